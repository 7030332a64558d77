// The embedded admin app: session, navigation and the page for the current route.
// Routes live in the hash (#/returns/42) so the server serves one file and the host's URL stays put.
import { html, render, useState, useEffect } from "../shared/html.js";
import { setLocale } from "../shared/format.js";
import { SessionExpired } from "../shared/client.js";
import { Banner } from "../shared/ui.js";
import { gql } from "./api.js";
import { initialToken, setToken, embedded } from "./session.js";
import { routes, NAV } from "./routes.js";
import { ShopContext } from "./context.js";


function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  return { segments: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

function useRoute() {
  const [route, setRoute] = useState(parseHash());
  useEffect(() => {
    const onChange = () => { setRoute(parseHash()); window.scrollTo(0, 0); };
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

function SignIn({ onToken, expired }) {
  const [value, setValue] = useState("");
  if (embedded()) {
    return html`<main class="page" id="main"><div class="card signin">
      <h1>Session expired</h1>
      <p>Your admin session has ended. Reopen Recourse from your store's admin to continue.</p>
    </div></main>`;
  }
  return html`<main class="page" id="main"><form class="card signin" onSubmit=${(e) => { e.preventDefault(); onToken(value.trim()); }}>
    <h1>${expired ? "Session expired" : "Open Recourse"}</h1>
    <p class="subdued">${expired
      ? "Your session has ended. Reopen Recourse from your store's admin, or paste a new token."
      : "Open this page from your store's admin. For the local demo, paste the admin token that `recourse serve` prints."}</p>
    <div class="field">
      <label class="label" for="token">Admin session token</label>
      <input id="token" type="password" autocomplete="off" value=${value} onInput=${(e) => setValue(e.target.value)} required />
    </div>
    <button class="button primary" type="submit">Open</button>
  </form></main>`;
}

function Nav({ current }) {
  return html`<nav class="topnav" aria-label="Recourse">
    ${NAV.map(([href, label, key]) => html`<a class="tab" href=${href} aria-current=${current === key ? "page" : undefined}>${label}</a>`)}
  </nav>`;
}

// What the shell knows of the shop before its query answers.
const PENDING_SHOP = { id: null, name: "", domain: "", currencyCode: null, countryCode: null, timezone: undefined, locale: undefined };

function App() {
  const route = useRoute();
  const [token, setTok] = useState(initialToken());
  const [shop, setShop] = useState(null);
  const [state, setState] = useState(token ? "loading" : "signin");
  const [error, setError] = useState(null);

  useEffect(() => {
    if (!token) return;
    setState("loading");
    gql(`query AppShop { shop { id name domain currencyCode countryCode timezone locale } }`)
      .then((data) => { setLocale(data.shop.locale, data.shop.timezone); setShop(data.shop); setState("ready"); })
      .catch((e) => {
        if (e instanceof SessionExpired) { setToken(null); setState("expired"); }
        else { setError(e.message); setState("error"); }
      });
  }, [token]);

  // A page that meets an expired session reports it here, whatever it was doing.
  useEffect(() => {
    const onExpired = () => { setToken(null); setShop(null); setState("expired"); };
    window.addEventListener("recourse:session-expired", onExpired);
    return () => window.removeEventListener("recourse:session-expired", onExpired);
  }, []);

  if (state === "signin" || state === "expired") {
    return html`<${SignIn} expired=${state === "expired"} onToken=${(t) => { setToken(t); setTok(t + ""); }} />`;
  }
  if (state === "error") return html`<main class="page" id="main"><${Banner} title="Recourse could not load">${error}</${Banner}></main>`;

  // The page starts its own request while the shop's is in flight (two round trips at once, not one
  // after the other); money and dates re-render in the shop's locale when it arrives.
  const current = shop || PENDING_SHOP;
  const match = routes(route);
  return html`<${ShopContext.Provider} value=${current}>
    <a class="skip-link" href="#main" onClick=${(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>Skip to content</a>
    <header class="appbar">
      <div class="appbar-inner">
        <span class="brand">Recourse</span>
        <span class="subdued shop-name">${current.name}</span>
      </div>
      <${Nav} current=${match.nav} />
    </header>
    <main class="page" id="main" tabindex="-1" data-route=${location.hash}>
      <${match.Page} key=${location.hash} ...${match.props} route=${route} />
    </main>
  </${ShopContext.Provider}>`;
}

const root = document.getElementById("root");
root.textContent = ""; // the static "Loading" placeholder; Preact appends to what it finds
render(html`<${App} />`, root);
