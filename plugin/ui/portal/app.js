// The customer returns portal of one shop (/portal/<shop domain>): find an order, return items,
// follow the return. Routes live in the hash (#/order/<name>, #/return/<id>, #/policy) so the page
// works inside a storefront iframe without the server knowing the routes.
import { html, render, useState, useEffect } from "../shared/html.js";
import { setLocale } from "../shared/format.js";
import { Banner, Spinner } from "../shared/ui.js";
import { gql, session, setLanguage, shopDomain } from "./api.js";
import { LANGUAGES, initialLanguage, safeStorage, translator } from "./i18n.js";
import { PortalContext } from "./context.js";
import { LookupPage } from "./pages/lookup.js";
import { OrderPage } from "./pages/order.js";
import { ReturnPage } from "./pages/return.js";
import { PolicyPage } from "./pages/policy.js";

const SHOP = `query PortalShop { shop { name domain supportEmail logoUrl accentColor policyUrl timezone } customer { email firstName } }`;

function parseHash() {
  return (location.hash.replace(/^#/, "") || "/").split("/").filter(Boolean).map(decodeURIComponent);
}

/** Text on the accent colour must stay readable (WCAG): dark text on light accents. */
function onAccent(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (1.05) / (luminance + 0.05) >= 4.5 ? "#ffffff" : "#1a1a1a";
}

function Header({ shop, t, lang, onLanguage }) {
  return html`<header class="portal-header">
    <div class="portal-header-inner">
      <a class="brand" href="#/">
        ${shop.logoUrl ? html`<img class="logo" src=${shop.logoUrl} alt="" />` : null}
        <span class="brand-name">${shop.name}</span>
        <span class="visually-hidden">— ${t("returns")}</span>
      </a>
      <div class="lang">
        <label for="lang" class="visually-hidden">${t("language")}</label>
        <select id="lang" value=${lang} onChange=${(e) => onLanguage(e.target.value)}>
          ${LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code}>${name}</option>`)}
        </select>
      </div>
    </div>
  </header>`;
}

function Footer({ shop, t }) {
  return html`<footer class="portal-footer">
    <a href="#/policy">${t("policy")}</a>
    ${shop.supportEmail ? html`<a href=${`mailto:${shop.supportEmail}`}>${t("contact")}: ${shop.supportEmail}</a>` : null}
  </footer>`;
}

/** Every request from now on asks for `code`: set before any page of the new language mounts, since a
 *  page's own effects run before the App's and would otherwise fetch in the old language. */
function speak(code) {
  setLanguage(code);
  setLocale(code);
  document.documentElement.lang = code;
}

function App() {
  const [route, setRoute] = useState(parseHash());
  const [lang, setLang] = useState(() => { const code = initialLanguage(); speak(code); return code; });
  const [shop, setShop] = useState(null);
  const [customer, setCustomer] = useState(null);
  const [error, setError] = useState(null);
  const t = translator(lang);

  useEffect(() => {
    const onChange = () => { setRoute(parseHash()); window.scrollTo(0, 0); document.getElementById("main")?.focus({ preventScroll: true }); };
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);

  useEffect(() => {
    setError(null);
    gql(SHOP).then((data) => {
      setShop(data.shop);
      setCustomer(data.customer);
      setLocale(lang, data.shop.timezone);
      document.title = `${t("returns")} · ${data.shop.name}`;
      const accent = data.shop.accentColor || "#303030";
      document.documentElement.style.setProperty("--accent", accent);
      document.documentElement.style.setProperty("--on-accent", onAccent(accent));
    }).catch((e) => setError(e.status === 401 ? t("unknownShop") : e.message));
  }, [lang]);

  const changeLanguage = (code) => { safeStorage("recourse-portal-lang", code); speak(code); setLang(code); };

  if (error) return html`<main class="page portal" id="main" tabindex="-1"><${Banner} title=${t("loadError")}>${error}</${Banner}></main>`;
  if (!shop) return html`<main class="page portal" id="main"><${Spinner} label="…" /></main>`;

  const [section, ...rest] = route;
  let page;
  // Each page is keyed by the language: switching remounts it, and it fetches its sentences again.
  if (section === "policy") page = html`<${PolicyPage} key=${lang} />`;
  else if (section === "order" && rest[0]) page = html`<${OrderPage} key=${`${rest[0]}-${lang}`} name=${rest[0]} />`;
  else if (section === "return" && rest[0]) page = html`<${ReturnPage} key=${`${rest[0]}-${lang}`} id=${rest[0]} fresh=${rest[1] === "new"} />`;
  else page = html`<${LookupPage} key=${lang} />`;

  return html`<${PortalContext.Provider} value=${{ shop, customer, t, lang, domain: shopDomain }}>
    <a class="skip-link" href="#main" onClick=${(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>${t("skip")}</a>
    <${Header} shop=${shop} t=${t} lang=${lang} onLanguage=${changeLanguage} />
    <main class="page portal" id="main" tabindex="-1" data-route=${location.hash}>${page}</main>
    <${Footer} shop=${shop} t=${t} />
  </${PortalContext.Provider}>`;
}

const root = document.getElementById("root");
root.textContent = "";
render(html`<${App} />`, root);
export { session };
