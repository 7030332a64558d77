// The return page's exchange and store credit: what the customer gets instead of money, where it
// stands on the platform (the replacement order, the held stock, the credit or gift card), and
// "Charge via invoice" for an instant exchange whose item never came back.
import { html } from "../../shared/html.js";
import { money, date, dateTime, humanize } from "../../shared/format.js";
import { Badge, Banner, Card } from "../../shared/ui.js";
import { gql } from "../api.js";
import { ActionDialog } from "../components.js";

const M = "amount currencyCode";
export const EXCHANGE_FIELDS = `exchange { id status instant unreturned platformOrderName platformOrderId holdPlatformId platformError fallback
    invoiceReason invoiceUrl invoicedAt shippedAt value { ${M} } priceDifference { ${M} }
    items { title sku quantity variantPlatformId unitPrice { ${M} } } }
  storeCredits { id via status amount { ${M} } bonus { ${M} } total { ${M} } expiresAt platformId codeLastCharacters platformError issuedAt }`;

const CHARGE = `mutation ChargeInvoice($id: ID!) { exchangeChargeInvoice(returnId: $id) { return { id } userErrors { field message code } } }`;

const EXCHANGE_WORDS = {
  REQUESTED: "Chosen — waiting for approval", RESERVING: "Holding the stock…", RESERVED: "Stock held for the customer",
  WAITING_STOCK: "Waiting for stock", SHIPPING: "Placing the order…", SHIPPED: "Shipped", FELL_BACK: "Fell back",
  CANCELED: "Cancelled",
};
const EXCHANGE_TONES = { SHIPPED: "success", RESERVED: "info", WAITING_STOCK: "warning", FELL_BACK: "attention", CANCELED: "neutral" };
const CREDIT_WORDS = { PENDING: "Being issued", ISSUED: "Issued", FAILED: "Refused by the platform", HANDED: "Left to your system" };
const CREDIT_TONES = { ISSUED: "success", FAILED: "critical", PENDING: "attention", HANDED: "info" };

export function ExchangeCard({ exchange, onCharge }) {
  if (!exchange) return null;
  return html`<${Card} title="Exchange" actions=${html`<${Badge} value=${exchange.status} tone=${EXCHANGE_TONES[exchange.status]}>${EXCHANGE_WORDS[exchange.status]}</${Badge}>`}>
    ${exchange.unreturned ? html`<${Banner} tone="warning" title="The item never came back">
        This exchange shipped before the return arrived, and the item is past its ship-by date.
        <div><button type="button" class="button primary small" onClick=${onCharge}>Charge via invoice</button></div></${Banner}>` : null}
    <ul class="plain-list">${exchange.items.map((item) => html`<li class="line-item"><strong>${item.quantity} × ${item.title}</strong>
      <div class="subdued">${item.sku ? `SKU ${item.sku} · ` : ""}${money(item.unitPrice)} each</div></li>`)}</ul>
    <dl class="facts section">
      <dt>Exchange order</dt><dd>${exchange.platformOrderName || (exchange.status === "SHIPPED" ? "placed" : "not placed yet")}</dd>
      ${exchange.holdPlatformId && exchange.status !== "SHIPPED" ? html`<dt>Stock held by</dt><dd class="mono">${exchange.holdPlatformId}</dd>` : null}
      ${exchange.instant ? html`<dt>Instant</dt><dd>Shipped before the item came back (low risk)</dd>` : null}
      ${exchange.shippedAt ? html`<dt>Shipped</dt><dd>${dateTime(exchange.shippedAt)}</dd>` : null}
      ${/[1-9]/.test(exchange.priceDifference.amount) ? html`<dt>Customer pays</dt><dd>${money(exchange.priceDifference)} by the platform's invoice</dd>` : null}
      ${exchange.invoiceReason ? html`<dt>Invoiced</dt><dd>${humanize(exchange.invoiceReason)}${exchange.invoicedAt ? ` · ${dateTime(exchange.invoicedAt)}` : " · being sent"}
        ${exchange.invoiceUrl ? html` · <a href=${exchange.invoiceUrl} target="_blank" rel="noopener">invoice</a>` : null}</dd>` : null}
      ${exchange.fallback ? html`<dt>Instead</dt><dd>${humanize(exchange.fallback)} (the variant sold out)</dd>` : null}
    </dl>
    ${exchange.platformError ? html`<div class="platform-error">The platform said: ${exchange.platformError}</div>` : null}
  </${Card}>`;
}

export function CreditCard({ credits }) {
  if (!credits.length) return null;
  return html`<${Card} title="Store credit">
    ${credits.map((c) => html`<div class="spread line-item" data-credit=${c.status}><div>
      <div><strong>${money(c.total)}</strong> <${Badge} value=${c.status} tone=${CREDIT_TONES[c.status]}>${CREDIT_WORDS[c.status]}</${Badge}></div>
      <div class="subdued">${/[1-9]/.test(c.bonus.amount) ? `${money(c.amount)} + ${money(c.bonus)} bonus · ` : ""}${
        c.via === "GIFT_CARD" ? `Gift card${c.codeLastCharacters ? ` ending ${c.codeLastCharacters}` : ""}` : "Customer's store credit account"}${
        c.expiresAt ? ` · expires ${date(c.expiresAt.slice(0, 10))}` : " · never expires"}</div>
      ${c.platformId ? html`<div class="subdued mono">${c.platformId}</div>` : null}
      ${c.platformError ? html`<div class="platform-error">The platform refused it: ${c.platformError}</div>` : null}
    </div></div>`)}
  </${Card}>`;
}

export function ChargeDialog({ ret, onClose, onDone }) {
  return html`<${ActionDialog} title=${`Charge ${money(ret.exchange.value)} for ${ret.name}?`} confirmLabel="Send the invoice" onClose=${onClose} onDone=${onDone}
    onConfirm=${async () => (await gql(CHARGE, { id: ret.id })).exchangeChargeInvoice.userErrors}>
    <p>The platform emails the customer an invoice for the replacement they kept; they pay on the store's checkout. No card is charged without them.</p>
  </${ActionDialog}>`;
}
