// The way in: a signed-in customer sees their own orders; a guest finds one by number and email.
import { html, useContext, useEffect, useState } from "../../shared/html.js";
import { date, money } from "../../shared/format.js";
import { Banner, Field, Spinner } from "../../shared/ui.js";
import { gql, session } from "../api.js";
import { PortalContext } from "../context.js";

const FIND = `query Find($n: String!, $e: String!) { order(name: $n, email: $e) { id name } }`;
const MINE = `{ customer { email orders { id name placedAt totalPaid { amount currencyCode } } } }`;

function MyOrders() {
  const { t } = useContext(PortalContext);
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { gql(MINE).then((d) => setData(d.customer)).catch((e) => setError(e.message)); }, []);
  if (error) return html`<${Banner}>${error}</${Banner}>`;
  if (!data) return html`<${Spinner} label=${t("loading")} />`;
  return html`<section class="card" aria-labelledby="mine">
    <h1 id="mine">${t("yourOrders")}</h1>
    <p class="subdued">${t("signedInAs", { email: data.email })}</p>
    ${data.orders.length ? html`<ul class="order-list">${data.orders.map((o) => html`<li>
      <a class="order-link" href=${`#/order/${encodeURIComponent(o.id)}`}>
        <strong>${t("order", { name: o.name })}</strong>
        <span class="subdued">${date(o.placedAt)} · ${money(o.totalPaid)}</span>
      </a></li>`)}</ul>` : html`<p>${t("noOrders")}</p>`}
  </section>`;
}

function GuestLookup() {
  const { t } = useContext(PortalContext);
  const guest = session.guest();
  const [name, setName] = useState(guest?.name || "");
  const [email, setEmail] = useState(guest?.email || "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await gql(FIND, { n: name.trim(), e: email.trim() });
      if (!data.order) { setError(t("notFound")); return; }
      session.setGuest({ name: data.order.name, email: email.trim() });
      location.hash = `#/order/${encodeURIComponent(data.order.name)}`;
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  }

  return html`<form class="card lookup" onSubmit=${submit} novalidate>
    <h1>${t("findTitle")}</h1>
    <p class="subdued">${t("findHelp")}</p>
    ${error ? html`<${Banner} title=${null}>${error}</${Banner}>` : null}
    <${Field} label=${t("orderNumber")} id="order-name">${(p) => html`<input ...${p} type="text" name="order" autocomplete="off" inputmode="text" required placeholder="#1001" value=${name} onInput=${(e) => setName(e.target.value)} />`}</${Field}>
    <${Field} label=${t("email")} id="order-email">${(p) => html`<input ...${p} type="email" name="email" autocomplete="email" required value=${email} onInput=${(e) => setEmail(e.target.value)} />`}</${Field}>
    <button class="button primary wide" type="submit" disabled=${busy || !name.trim() || !email.trim()}>${busy ? t("submitting") : t("find")}</button>
  </form>`;
}

export function LookupPage() {
  const { customer } = useContext(PortalContext);
  return customer ? html`<${MyOrders} />` : html`<${GuestLookup} />`;
}
