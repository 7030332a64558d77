// Hash routes -> pages. Each page is a module under pages/.
import { Home } from "./pages/home.js";
import { NotFound } from "./pages/notfound.js";

export const NAV = [
  ["#/", "Home", "home"],
];

export function routes({ segments }) {
  const [first, second] = segments;
  if (!first) return { Page: Home, props: {}, nav: "home" };
  return { Page: NotFound, props: {}, nav: null };
}
