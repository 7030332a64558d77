// Orders: search, and an order page with lines, fulfillments, what the customer may return and
// cancel (as the storefront would answer), its returns and refunds; cancel, and create a return.
import { html, useState, useRef } from "../../shared/html.js";
import { money, date, dateTime, humanize } from "../../shared/format.js";
import { Badge, Banner, Card, EmptyState, Field } from "../../shared/ui.js";
import { errorsAt } from "../../shared/client.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, Pager, usePager, ActionDialog } from "../components.js";
import { Risk } from "./return.js";

const M = "amount currencyCode";
const LIST = `query Orders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query) {
    nodes { id name email placedAt cancelledAt totalPaid { ${M} } salesChannel returns { id status } fulfillments { deliveredAt shippedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function fulfilment(order) {
  if (order.cancelledAt) return ["Cancelled", "neutral"];
  if (!order.fulfillments.length) return ["Unfulfilled", "attention"];
  if (order.fulfillments.every((f) => f.deliveredAt)) return ["Delivered", "success"];
  return ["Shipped", "info"];
}

export function Orders({ route }) {
  const [text, setText] = useState(route.params.get("q") || "");
  const [query, setQuery] = useState(text);
  const pager = usePager();
  const state = useQuery(LIST, { first: 25, after: pager.after, query: query || null });
  return html`<${PageHeader} title="Orders" />
    <${Card} className="flush">
      <form class="filters" role="search" onSubmit=${(e) => { e.preventDefault(); pager.reset(); setQuery(text.trim()); }}>
        <div class="field"><label class="label" for="order-search">Search orders</label>
          <input id="order-search" type="search" placeholder="Order name, email, or name:#1001 email:… status:open" value=${text} onInput=${(e) => setText(e.target.value)} /></div>
        <button class="button" type="submit">Search</button>
      </form>
      <${Loaded} state=${state} label="Loading orders…">${(data) => data.orders.nodes.length ? html`
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Orders</caption>
          <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Customer</th><th scope="col">Fulfillment</th><th scope="col">Returns</th><th scope="col" class="num">Total</th></tr></thead>
          <tbody>${data.orders.nodes.map((o) => { const [label, tone] = fulfilment(o); return html`<tr>
            <td data-label="Order"><a href=${`#/orders/${encodeURIComponent(o.id)}`}>${o.name}</a></td>
            <td data-label="Placed">${dateTime(o.placedAt)}</td>
            <td data-label="Customer">${o.email || "—"}</td>
            <td data-label="Fulfillment"><${Badge} tone=${tone}>${label}</${Badge}></td>
            <td data-label="Returns">${o.returns.length || "—"}</td>
            <td data-label="Total" class="num">${money(o.totalPaid)}</td></tr>`; })}</tbody>
        </table></div>
        <${Pager} pager=${pager} pageInfo=${data.orders.pageInfo} label="Order pages" />`
      : html`<${EmptyState} title="No orders found">Try an order name like #1001 or an email address.</${EmptyState}>`}
      </${Loaded}>
    </${Card}>`;
}

const ORDER = `query OrderPage($id: ID!) { order(id: $id) {
  id name email phone placedAt cancelledAt cancelReason financialStatus salesChannel
  subtotal { ${M} } shippingPaid { ${M} } taxes { ${M} } discounts { ${M} } totalPaid { ${M} } refundable { ${M} }
  customer { firstName lastName email }
  shippingAddress { name address1 city provinceCode zip countryCode }
  lines { id title variantTitle sku quantity unitPrice { ${M} } }
  fulfillments { id status shipmentStatus trackingCompany trackingNumber shippedAt deliveredAt lines { quantity line { id } } }
  cancellation { allowed reasons { code message } deadline refundEstimate { ${M} } nextStep
    partialAllowed lines { lineId title quantity cancellable reasons { message } refund { ${M} } } }
  returnableLines { lineId returnableQuantity allowed reasons { code message } returnBy }
  returns { id name status quotedTotal { ${M} } requestedAt }
  refunds { id amount { ${M} } status reason createdAt }
  risk { score level recommendation facts { code description sentiment weight } }
}
  returnReasons { handle label askPhoto askNote retired } }`;

const CANCEL = `mutation Cancel($orderId: ID!, $refund: Boolean!, $restock: Boolean!, $notify: Boolean!, $note: String, $key: String, $lineIds: [ID!]) {
  orderCancel(orderId: $orderId, refund: $refund, restock: $restock, notifyCustomer: $notify, staffNote: $note, idempotencyKey: $key, lineIds: $lineIds) {
    order { id cancelledAt } userErrors { field message code } } }`;
// $reason / $resolution types follow the schema's enums (ReturnReason, ReturnResolution).
const CREATE = `mutation CreateReturn($input: ReturnCreateInput!) { returnCreate(input: $input) {
  return { id name status } overridable decision { allowed reasons { code message } refund { total { ${M} } } }
  userErrors { field message code } } }`;
const CONDITIONS = ["UNUSED", "NOT_WORN", "NOT_WASHED", "NOT_IRONED", "NOT_STAINED", "NOT_ALTERED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"];

/** When only some items stand in the way (final sale, personalized), staff may cancel the others on
 *  their own, as the customer may: the items to cancel are chosen here, each with its refund. */
function PartialChoice({ cancellation, scope, setScope, picked, setPicked, errors }) {
  const free = cancellation.lines.filter((l) => l.cancellable), kept = cancellation.lines.filter((l) => !l.cancellable);
  return html`<fieldset class="cancel-scope"><legend>What to cancel</legend>
    <label class="check"><input type="radio" name="cancel-scope" checked=${scope === "lines"} onChange=${() => setScope("lines")} /> Only the items that may go</label>
    ${scope === "lines" ? html`<div class="indent">${free.map((l) => html`<label class="check"><input type="checkbox" checked=${picked.includes(l.lineId)}
        onChange=${(e) => setPicked(e.target.checked ? [...picked, l.lineId] : picked.filter((id) => id !== l.lineId))} /> ${l.quantity} × ${l.title} (${money(l.refund)})</label>`)}
      ${kept.map((l) => html`<p class="subdued">${l.quantity} × ${l.title} stays: ${l.reasons.map((r) => r.message).join(" ")}</p>`)}
      ${errorsAt(errors, "lineIds").length ? html`<${Banner}>${errorsAt(errors, "lineIds").join(" ")}</${Banner}>` : null}</div>` : null}
    <label class="check"><input type="radio" name="cancel-scope" checked=${scope === "order"} onChange=${() => setScope("order")} /> The whole order (over the policy)</label>
  </fieldset>`;
}

function CancelDialog({ order, onClose, onDone }) {
  const [refund, setRefund] = useState(true), [restock, setRestock] = useState(true), [notify, setNotify] = useState(true);
  const [note, setNote] = useState("");
  const [key] = useState(() => crypto.randomUUID());
  const partial = order.cancellation.partialAllowed;
  const [scope, setScope] = useState(partial ? "lines" : "order");
  const [picked, setPicked] = useState(() => order.cancellation.lines.filter((l) => l.cancellable).map((l) => l.lineId));
  const lineIds = scope === "lines" ? picked : null;
  return html`<${ActionDialog} title=${scope === "lines" ? `Cancel items of ${order.name}?` : `Cancel order ${order.name}?`}
    confirmLabel=${scope === "lines" ? "Cancel items" : "Cancel order"} tone="critical" onClose=${onClose}
    onDone=${() => onDone(scope === "lines" ? "Items cancelled; the rest of the order stays." : "Order cancelled.")}
    onConfirm=${async () => (await gql(CANCEL, { orderId: order.id, refund, restock, notify, note: note || null, key, lineIds })).orderCancel.userErrors}>${(errors) => html`
    ${!order.cancellation.allowed && !partial ? html`<${Banner} tone="warning" title="The policy would refuse the customer">${order.cancellation.reasons.map((r) => r.message).join(" ")} Staff may still cancel.</${Banner}>` : null}
    ${partial ? html`<${PartialChoice} cancellation=${order.cancellation} scope=${scope} setScope=${setScope} picked=${picked} setPicked=${setPicked} errors=${errors} />` : null}
    <label class="check"><input type="checkbox" checked=${refund} onChange=${(e) => setRefund(e.target.checked)} /> ${scope === "lines" ? "Refund the cancelled items" : `Refund what is left (${money(order.refundable)})`}</label>
    <label class="check"><input type="checkbox" checked=${restock} onChange=${(e) => setRestock(e.target.checked)} /> Restock the items</label>
    <label class="check"><input type="checkbox" checked=${notify} onChange=${(e) => setNotify(e.target.checked)} /> Email the customer</label>
    <${Field} label="Staff note" errors=${errorsAt(errors, "staffNote")}>${(p) => html`<input ...${p} type="text" value=${note} onInput=${(e) => setNote(e.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`;
}

function CreateReturnDialog({ order, reasons, onClose, onDone }) {
  // The shop's reasons library; staff attach no photos here, so reasons that ask for one are left to the portal.
  const offered = reasons.filter((r) => !r.retired && !r.askPhoto);
  const returnable = Object.fromEntries(order.returnableLines.map((r) => [r.lineId, r]));
  const candidates = order.lines.filter((l) => returnable[l.id]?.returnableQuantity > 0);
  const [picked, setPicked] = useState(Object.fromEntries(candidates.map((l) => [l.id, { on: false, quantity: 1, reason: "UNWANTED", condition: [], note: "" }])));
  const [resolution, setResolution] = useState("REFUND");
  const [note, setNote] = useState("");
  const [proof, setProof] = useState("");
  const [refusal, setRefusal] = useState(null);
  const [override, setOverride] = useState("");
  const created = useRef(null); // read by onDone right after submit resolves, before a re-render
  const [key, setKey] = useState(() => crypto.randomUUID());
  const set = (id, k, v) => setPicked({ ...picked, [id]: { ...picked[id], [k]: v } });
  async function submit() {
    const lines = candidates.filter((l) => picked[l.id].on).map((l) => ({
      lineId: l.id, quantity: Number(picked[l.id].quantity) || 0, reasonHandle: picked[l.id].reason, condition: picked[l.id].condition,
      note: picked[l.id].note.trim() || null }));
    const input = { orderId: order.id, lines, resolution, customerNote: note || null, proofOfPurchase: proof || null,
      overrideReason: refusal ? override : null, idempotencyKey: key };
    const result = (await gql(CREATE, { input })).returnCreate;
    setKey(crypto.randomUUID()); // a changed request is a new request
    if (result.userErrors.length) return result.userErrors;
    if (!result.return) {
      setRefusal(result);
      return [{ field: null, message: result.overridable
        ? "The policy refuses this return. To take it anyway, give a reason below (it is recorded and shown on the return)."
        : "The policy refuses this return, and this refusal cannot be overridden." }];
    }
    created.current = result.return;
    return [];
  }
  return html`<${ActionDialog} title=${`Create a return for ${order.name}`} confirmLabel=${refusal?.overridable ? "Create return over the policy" : "Create return"}
    onClose=${onClose} onDone=${() => onDone(created.current)} onConfirm=${submit}>${(errors) => html`
    <p>For a customer who phoned or wrote. The policy decides as it would for them.</p>
    ${candidates.length ? null : html`<${Banner} tone="warning">Nothing on this order can be returned (nothing shipped, or all returned).</${Banner}>`}
    ${errorsAt(errors, "lines").length ? html`<${Banner}>${errorsAt(errors, "lines").join(" ")}</${Banner}>` : null}
    ${candidates.map((l) => { const r = returnable[l.id]; const i = candidates.filter((c) => picked[c.id].on).indexOf(l); return html`<fieldset>
      <legend><label class="check"><input type="checkbox" checked=${picked[l.id].on} onChange=${(e) => set(l.id, "on", e.target.checked)} /> ${l.title}</label></legend>
      <p class="subdued">${r.allowed ? `Returnable: ${r.returnableQuantity}${r.returnBy ? `, until ${date(r.returnBy)}` : ""}` : `Policy: ${r.reasons.map((x) => x.message).join(" ")}`}</p>
      ${picked[l.id].on ? html`<div class="form-grid">
        <${Field} label=${`Quantity of ${l.title}`} errors=${errorsAt(errors, `lines.${i}.quantity`)}>${(p) => html`<input ...${p} type="number" min="1" max=${r.returnableQuantity} value=${picked[l.id].quantity} onInput=${(e) => set(l.id, "quantity", e.target.value)} />`}</${Field}>
        <${Field} label=${`Reason for ${l.title}`} errors=${errorsAt(errors, `lines.${i}.reasonHandle`)}>${(p) => html`<select ...${p} value=${picked[l.id].reason} onChange=${(e) => set(l.id, "reason", e.target.value)}>
          ${offered.map((x) => html`<option value=${x.handle}>${x.label}</option>`)}</select>`}</${Field}>
      </div>
      ${offered.find((x) => x.handle === picked[l.id].reason)?.askNote ? html`<${Field} label=${`Customer's note on ${l.title} (this reason asks for one)`}
        errors=${errorsAt(errors, `lines.${i}.note`)}>${(p) => html`<input ...${p} type="text" maxlength="1000" value=${picked[l.id].note}
          onInput=${(e) => set(l.id, "note", e.target.value)} />`}</${Field}>` : null}
      <fieldset class="conditions"><legend>What the customer declared about ${l.title}</legend>
        <p class="subdued">Tick only what the customer told you; nothing is assumed.</p>
        <div class="check-grid">${CONDITIONS.map((c) => html`<label class="check"><input type="checkbox" checked=${picked[l.id].condition.includes(c)}
          onChange=${(e) => set(l.id, "condition", e.target.checked ? [...picked[l.id].condition, c] : picked[l.id].condition.filter((x) => x !== c))} /> ${humanize(c)}</label>`)}</div>
      </fieldset>` : null}
    </fieldset>`; })}
    <div class="form-grid">
      <${Field} label="Resolution" errors=${errorsAt(errors, "resolution")}>${(p) => html`<select ...${p} value=${resolution} onChange=${(e) => setResolution(e.target.value)}>
        ${["REFUND", "EXCHANGE", "REPLACEMENT", "STORE_CREDIT"].map((x) => html`<option value=${x}>${humanize(x)}</option>`)}</select>`}</${Field}>
      <${Field} label="Proof of purchase" errors=${errorsAt(errors, "proofOfPurchase")}>${(p) => html`<input ...${p} type="text" value=${proof} onInput=${(e) => setProof(e.target.value)} />`}</${Field}>
    </div>
    <${Field} label="What the customer said" errors=${errorsAt(errors, "customerNote")}>${(p) => html`<textarea ...${p} value=${note} onInput=${(e) => setNote(e.target.value)}></textarea>`}</${Field}>
    ${refusal ? html`<div class="refusal">
      <h3>The policy refuses</h3>
      <ul>${refusal.decision.reasons.map((r) => html`<li>${r.message}</li>`)}</ul>
      ${refusal.overridable ? html`<${Field} label="Override reason" help="Required to take the return anyway. Recorded in the audit trail and shown on the return." errors=${errorsAt(errors, "overrideReason")}>${(p) =>
        html`<textarea ...${p} value=${override} onInput=${(e) => setOverride(e.target.value)}></textarea>`}</${Field}>` : null}
    </div>` : null}`}
  </${ActionDialog}>`;
}

export function OrderPage({ id }) {
  const state = useQuery(ORDER, { id });
  const [dialog, setDialog] = useState(null);
  const [done, setDone] = useState(null);
  return html`<${Loaded} state=${state} label="Loading the order…">${(data) => {
    const order = data.order;
    if (!order) return html`<${PageHeader} title="Order not found" back="#/orders" backLabel="Orders" />`;
    const returnable = Object.fromEntries(order.returnableLines.map((r) => [r.lineId, r]));
    return html`<${PageHeader} title=${order.name} back="#/orders" backLabel="Orders"
        badges=${order.cancelledAt ? html`<${Badge} value="CANCELLED">Cancelled</${Badge}>` : null}
        subtitle=${`Placed ${dateTime(order.placedAt)} · ${order.email || "no email"} · ${humanize(order.salesChannel)}`}
        actions=${html`<button type="button" class="button primary" onClick=${() => { setDone(null); setDialog("return"); }}>Create return</button>
          ${order.cancelledAt ? null : html`<button type="button" class="button critical-outline" onClick=${() => { setDone(null); setDialog("cancel"); }}>Cancel order</button>`}`} />
      ${done ? html`<${Banner} tone="success" onDismiss=${() => setDone(null)}>${done}</${Banner}>` : null}
      <div class="grid-2">
        <div class="stack">
          <${Card} title="Items">
            ${order.lines.map((l) => { const r = returnable[l.id]; return html`<div class="line-item">
              <div><strong>${l.title}</strong>${l.variantTitle ? html` <span class="subdued">· ${l.variantTitle}</span>` : null}
                <div class="subdued">${l.sku || ""} · ${money(l.unitPrice)} × ${l.quantity}</div>
                ${r ? html`<div>${r.allowed ? html`<${Badge} tone="success">Returnable: ${r.returnableQuantity}</${Badge}> ${r.returnBy ? html`<span class="subdued">until ${date(r.returnBy)}</span>` : null}`
                  : html`<${Badge} tone="neutral">Not returnable</${Badge}> <span class="subdued">${r.reasons.map((x) => x.message).join(" ")}</span>`}</div>` : null}
              </div></div>`; })}
            <dl class="facts section">
              <dt>Subtotal</dt><dd class="num">${money(order.subtotal)}</dd>
              <dt>Shipping</dt><dd class="num">${money(order.shippingPaid)}</dd>
              <dt>Taxes</dt><dd class="num">${money(order.taxes)}</dd>
              <dt><strong>Paid</strong></dt><dd class="num"><strong>${money(order.totalPaid)}</strong></dd>
              <dt>Still refundable</dt><dd class="num">${money(order.refundable)}</dd>
            </dl>
          </${Card}>
          <${Card} title="Fulfillments">
            ${order.fulfillments.length ? order.fulfillments.map((f) => html`<div class="line-item"><div>
              <div>${f.trackingCompany || "Carrier"} ${f.trackingNumber || ""}</div>
              <div class="subdued">Shipped ${dateTime(f.shippedAt)} · ${f.deliveredAt ? `delivered ${dateTime(f.deliveredAt)}` : humanize(f.shipmentStatus || f.status)}</div>
            </div></div>`) : html`<p class="subdued">Not shipped yet.</p>`}
          </${Card}>
          <${Card} title="Returns">
            ${order.returns.length ? order.returns.map((r) => html`<div class="spread line-item"><a href=${`#/returns/${encodeURIComponent(r.id)}`}>${r.name}</a>
              <span><${Badge} value=${r.status} /> ${money(r.quotedTotal)}</span></div>`) : html`<p class="subdued">No returns.</p>`}
          </${Card}>
          <${Card} title="Refunds">
            ${order.refunds.length ? order.refunds.map((r) => html`<div class="spread line-item"><span>${money(r.amount)} · ${humanize(r.reason)}</span>
              <span><${Badge} value=${r.status} /> <span class="subdued">${dateTime(r.createdAt)}</span></span></div>`) : html`<p class="subdued">No refunds.</p>`}
          </${Card}>
        </div>
        <div class="stack">
          <${Card} title="Customer">
            <p>${order.customer ? `${order.customer.firstName || ""} ${order.customer.lastName || ""}` : "Guest"}</p>
            <p class="subdued">${order.email || ""}${order.phone ? ` · ${order.phone}` : ""}</p>
            ${order.shippingAddress ? html`<p class="subdued">${[order.shippingAddress.address1, order.shippingAddress.city, order.shippingAddress.provinceCode, order.shippingAddress.zip, order.shippingAddress.countryCode].filter(Boolean).join(", ")}</p>` : null}
          </${Card}>
          <${Card} title="Cancellation">
            <p>${order.cancelledAt ? `Cancelled ${dateTime(order.cancelledAt)}${order.cancelReason ? ` (${humanize(order.cancelReason)})` : ""}.`
              : order.cancellation.allowed ? `The customer may cancel${order.cancellation.deadline ? ` until ${dateTime(order.cancellation.deadline)}` : ""}, for ${money(order.cancellation.refundEstimate)}.`
              : order.cancellation.partialAllowed ? "The customer may cancel some items on their own, not the whole order."
              : "The customer may not cancel."}</p>
            ${order.cancellation.reasons.map((r) => html`<p class="subdued">${r.message}</p>`)}
            <p class="subdued">${order.cancellation.nextStep}</p>
          </${Card}>
          <${Card} title="Risk"><${Risk} risk=${order.risk} /></${Card}>
        </div>
      </div>
      ${dialog === "cancel" ? html`<${CancelDialog} order=${order} onClose=${() => setDialog(null)} onDone=${(message) => state.reload().then(() => setDone(message))} />` : null}
      ${dialog === "return" ? html`<${CreateReturnDialog} order=${order} reasons=${data.returnReasons} onClose=${() => setDialog(null)}
        onDone=${(ret) => { if (ret) location.hash = `#/returns/${encodeURIComponent(ret.id)}`; }} />` : null}`;
  }}</${Loaded}>`;
}
