// The admin app's one connection to the server: /admin/graphql with the session token.
import { createClient } from "../shared/client.js";
import { currentToken, requestHostToken } from "./session.js";

export const client = createClient({
  endpoint: "/admin/graphql",
  getToken: currentToken,
  refreshToken: () => requestHostToken(),
});

// Requests in flight, as aria-busy on the app's root: assistive tech and the browser tests know when a
// page is still updating after an action. Not on <html>, where axe-core counts it a critical fault.
let inFlight = 0;
function busy(delta) {
  inFlight += delta;
  const root = document.getElementById("root");
  if (inFlight > 0) root.setAttribute("aria-busy", "true");
  else root.removeAttribute("aria-busy");
}

/** `promise`, with the root marked busy until it settles (a request, or a module a page loads late). */
export async function inFlightUntil(promise) {
  busy(1);
  try {
    return await promise;
  } finally {
    busy(-1);
  }
}

export function gql(query, variables) {
  return inFlightUntil(client.request(query, variables));
}

/** Global IDs travel in the hash route; keep only their numeric part visible. */
export function idPart(gid) { return String(gid).split("/").pop(); }
export function gid(type, id) { return String(id).startsWith("gid://") ? id : `gid://recourse/${type}/${id}`; }
