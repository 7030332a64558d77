// Fraud review: the queue highest score first with its facts in plain words, resolve CLEAR or
// CONFIRM_FRAUD with a note and what to block; and the blocklist, add and remove.
import { html, useState } from "../../shared/html.js";
import { money, dateTime, humanize } from "../../shared/format.js";
import { Badge, Banner, Card, EmptyState, Field } from "../../shared/ui.js";
import { errorsAt } from "../../shared/client.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, ActionDialog, Pager, usePager, who } from "../components.js";

// $status / $kind types follow the schema's enums (RiskReviewStatus, BlocklistKind).
const QUEUE = `query Fraud($status: RiskReviewStatus, $after: String) {
  riskReviews(first: 20, after: $after, status: $status) {
    nodes { id status score subjectType subjectId orderId createdAt resolvedBy resolutionNote resolvedAt
      assessment { level recommendation facts { code description sentiment weight } }
      order { id name email phone totalPaid { amount currencyCode } customer { firstName lastName } }
      subject { __typename ... on Return { id name quotedTotal { amount currencyCode } }
        ... on Cancellation { refundAmount { amount currencyCode } } }
      blocklistMatches { id kind value } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const BLOCKLIST = `query Blocklist($after: String) { blocklist(first: 50, after: $after) {
  nodes { id kind value note createdBy createdAt } pageInfo { hasNextPage endCursor } } }`;
const RESOLVE = `mutation Resolve($id: ID!, $decision: RiskReviewDecision!, $note: String, $block: [BlocklistKind!]) {
  riskReviewResolve(id: $id, decision: $decision, note: $note, block: $block) { riskReview { id status } userErrors { field message code } } }`;
const ADD = `mutation Block($kind: BlocklistKind!, $value: String!, $note: String) {
  blocklistAdd(kind: $kind, value: $value, note: $note) { entry { id } userErrors { field message code } } }`;
const REMOVE = `mutation Unblock($id: ID!) { blocklistRemove(id: $id) { entry { id } userErrors { field message code } } }`;

function subjectLink(review) {
  const kind = review.subjectType === "Return" ? "returns" : "orders";
  const id = review.subjectType === "Return" ? review.subjectId : review.orderId;
  return html`<a href=${`#/${kind}/${encodeURIComponent(id)}`}>${review.subjectType === "Return" ? "Open the return" : "Open the order"}</a>`;
}

function ResolveDialog({ review, decision, onClose, onDone }) {
  const [note, setNote] = useState("");
  const [block, setBlock] = useState([]);
  const toggle = (kind, on) => setBlock(on ? [...block, kind] : block.filter((k) => k !== kind));
  const fraud = decision === "CONFIRM_FRAUD";
  // Clearing a hold that the blocklist caused: offer to take those contacts off it (each one ticked
  // is removed with blocklistRemove once the review is cleared).
  const [unblock, setUnblock] = useState([]);
  const matches = fraud ? [] : review.blocklistMatches;
  async function resolve() {
    const errors = (await gql(RESOLVE, { id: review.id, decision, note: note || null, block: fraud && block.length ? block : null })).riskReviewResolve.userErrors;
    if (errors.length) return errors;
    for (const id of unblock) {
      const removed = (await gql(REMOVE, { id })).blocklistRemove.userErrors;
      if (removed.length) return removed.map((e) => ({ ...e, field: null, message: `Cleared, but not taken off the blocklist: ${e.message}` }));
    }
    return [];
  }
  return html`<${ActionDialog} title=${fraud ? "Confirm fraud?" : "Clear this request?"} confirmLabel=${fraud ? "Confirm fraud" : "Clear"} tone=${fraud ? "critical" : "primary"}
    onClose=${onClose} onDone=${() => onDone(unblock.length)} onConfirm=${resolve}>${(errors) => html`
    <p><strong>${subjectName(review)}</strong> · ${customerName(review)} · ${amountHeld(review)}</p>
    <p>${fraud ? "The request is declined and the customer is told. You can block their contacts." : "The request goes back to the normal flow and the customer is told."}</p>
    ${matches.length ? html`<fieldset><legend>Also take off the blocklist</legend>
      <p class="subdued">This request was held partly because these contacts are blocked. If the block was a mistake, remove them too.</p>
      ${matches.map((m) => html`<label class="check"><input type="checkbox" checked=${unblock.includes(m.id)}
        onChange=${(e) => setUnblock(e.target.checked ? [...unblock, m.id] : unblock.filter((x) => x !== m.id))} /> ${humanize(m.kind)}: <span class="mono">${m.value}</span></label>`)}
    </fieldset>` : null}
    <${Field} label="Note (staff only)" errors=${errorsAt(errors, "note")}>${(p) => html`<textarea ...${p} value=${note} onInput=${(e) => setNote(e.target.value)}></textarea>`}</${Field}>
    ${fraud ? html`<fieldset><legend>Block this customer's</legend>
      ${["EMAIL", "PHONE", "ADDRESS"].map((k) => html`<label class="check"><input type="checkbox" checked=${block.includes(k)} onChange=${(e) => toggle(k, e.target.checked)} /> ${humanize(k)}</label>`)}
      <${FieldErrorList} messages=${errorsAt(errors, "block")} />
    </fieldset>` : null}`}
  </${ActionDialog}>`;
}

function FieldErrorList({ messages }) {
  return messages.length ? html`<div class="field-error" role="alert">${messages.join(" ")}</div>` : null;
}

/** "Return #1005-R1", "Cancellation of #1005", "Order #1005". */
function subjectName(review) {
  const subject = review.subject;
  if (review.subjectType === "Return" && subject?.name) return `Return ${subject.name}`;
  if (review.subjectType === "Cancellation") return `Cancellation of ${review.order.name}`;
  return `Order ${review.order.name}`;
}

function customerName(review) {
  const c = review.order.customer;
  const name = c ? [c.firstName, c.lastName].filter(Boolean).join(" ") : "";
  return name ? `${name} (${review.order.email || "no email"})` : review.order.email || "Guest without an email";
}

/** What the held request is worth: the return's quoted refund, the cancellation's refund, or the order's total. */
function amountHeld(review) {
  const subject = review.subject;
  if (subject?.quotedTotal) return `${money(subject.quotedTotal)} quoted refund`;
  if (subject?.refundAmount) return `${money(subject.refundAmount)} to refund`;
  return `${money(review.order.totalPaid)} order total`;
}

function Review({ review, onResolve }) {
  const a = review.assessment;
  return html`<${Card} className="review">
    <div class="spread">
      <div class="row"><h2>${subjectName(review)} held for review</h2><${Badge} value=${a.level}>${humanize(a.level)} · score ${review.score}</${Badge}> <${Badge} value=${review.status} /></div>
      ${subjectLink(review)}
    </div>
    <dl class="facts review-facts">
      <dt>Order</dt><dd><a href=${`#/orders/${encodeURIComponent(review.order.id)}`}>${review.order.name}</a></dd>
      <dt>Customer</dt><dd>${customerName(review)}</dd>
      <dt>Amount</dt><dd>${amountHeld(review)}</dd>
    </dl>
    <p class="subdued">Held ${dateTime(review.createdAt)} · recommendation: ${humanize(a.recommendation).toLowerCase()}</p>
    <ul class="facts-list">${a.facts.map((f) => html`<li class=${"fact sentiment-" + f.sentiment.toLowerCase()}>
      <span class="fact-weight">${f.weight > 0 ? "+" : ""}${f.weight}</span><span>${f.description}</span></li>`)}</ul>
    ${review.status === "OPEN" ? html`<div class="row">
      <button type="button" class="button primary" onClick=${() => onResolve(review, "CLEAR")}>Clear</button>
      <button type="button" class="button critical-outline" onClick=${() => onResolve(review, "CONFIRM_FRAUD")}>Confirm fraud</button>
    </div>` : html`<p class="subdued">Resolved by ${who(review.resolvedBy)} ${dateTime(review.resolvedAt)}${review.resolutionNote ? ` — ${review.resolutionNote}` : ""}</p>`}
  </${Card}>`;
}

function Blocklist() {
  const pager = usePager();
  const state = useQuery(BLOCKLIST, { after: pager.after });
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState("EMAIL"), [value, setValue] = useState(""), [reason, setReason] = useState("");
  const [removing, setRemoving] = useState(null);
  return html`<${Card} title="Blocklist" className="flush" actions=${html`<button type="button" class="button" onClick=${() => setAdding(true)}>Add to blocklist</button>`}>
    <${Loaded} state=${state} label="Loading the blocklist…">${(data) => data.blocklist.nodes.length ? html`<div class="table-wrap"><table class="index stackable">
      <caption class="visually-hidden">Blocked contacts</caption>
      <thead><tr><th scope="col">Kind</th><th scope="col">Value</th><th scope="col">Note</th><th scope="col">Added</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${data.blocklist.nodes.map((e) => html`<tr>
        <td data-label="Kind">${humanize(e.kind)}</td><td data-label="Value" class="mono">${e.value}</td><td data-label="Note">${e.note || "—"}</td>
        <td data-label="Added">${dateTime(e.createdAt)} · ${who(e.createdBy)}</td>
        <td><button type="button" class="button small" aria-label=${`Remove ${e.value} from the blocklist`} onClick=${() => setRemoving(e)}>Remove</button></td></tr>`)}</tbody>
    </table></div><${Pager} pager=${pager} pageInfo=${data.blocklist.pageInfo} label="Blocklist pages" />`
      : html`<${EmptyState} title="Nobody is blocked">Blocked emails, phones and addresses raise the risk of their requests.</${EmptyState}>`}</${Loaded}>
    ${adding ? html`<${ActionDialog} title="Add to blocklist" confirmLabel="Block" tone="critical" onClose=${() => setAdding(false)} onDone=${() => { setValue(""); setReason(""); state.reload(); }}
      onConfirm=${async () => (await gql(ADD, { kind, value, note: reason || null })).blocklistAdd.userErrors}>${(errors) => html`
      <${Field} label="Kind" errors=${errorsAt(errors, "kind")}>${(p) => html`<select ...${p} value=${kind} onChange=${(e) => setKind(e.target.value)}>
        <option value="EMAIL">Email</option><option value="PHONE">Phone</option></select>`}</${Field}>
      <${Field} label=${kind === "EMAIL" ? "Email address" : "Phone number"} errors=${errorsAt(errors, "value")}>${(p) => html`<input ...${p} type="text" value=${value} onInput=${(e) => setValue(e.target.value)} />`}</${Field}>
      <${Field} label="Note (staff only)" errors=${errorsAt(errors, "note")}>${(p) => html`<input ...${p} type="text" value=${reason} onInput=${(e) => setReason(e.target.value)} />`}</${Field}>
      <p class="subdued">Addresses are blocked from a fraud review (Confirm fraud).</p>`}
    </${ActionDialog}>` : null}
    ${removing ? html`<${ActionDialog} title="Remove from blocklist?" confirmLabel="Remove" onClose=${() => setRemoving(null)} onDone=${state.reload}
      onConfirm=${async () => (await gql(REMOVE, { id: removing.id })).blocklistRemove.userErrors}><p>${removing.value} will no longer raise the risk of its requests.</p></${ActionDialog}>` : null}
  </${Card}>`;
}

export function Fraud({ route }) {
  const status = route.params.get("status") || "OPEN";
  const pager = usePager();
  const state = useQuery(QUEUE, { status: status === "ALL" ? null : status, after: pager.after });
  const [resolving, setResolving] = useState(null);
  const [done, setDone] = useState(null);
  const [blocklistTick, setBlocklistTick] = useState(0); // the blocklist reloads after a review removed entries
  return html`<${PageHeader} title="Fraud review" subtitle="Requests held because their risk was high, highest score first." />
    ${done ? html`<${Banner} tone="success" onDismiss=${() => setDone(null)}>${done}</${Banner}>` : null}
    <nav class="tabs card-tabs" aria-label="Review status">
      ${[["OPEN", "Open"], ["CLEARED", "Cleared"], ["CONFIRMED_FRAUD", "Confirmed fraud"], ["ALL", "All"]].map(([v, l]) =>
        html`<a class="tab" href=${`#/fraud?status=${v}`} aria-current=${status === v ? "page" : undefined}>${l}</a>`)}
    </nav>
    <${Loaded} state=${state} label="Loading the review queue…">${(data) => html`<div class="stack">
      ${data.riskReviews.nodes.length ? data.riskReviews.nodes.map((r) => html`<${Review} review=${r} onResolve=${(review, decision) => setResolving({ review, decision })} />`)
        : html`<${Card}><${EmptyState} title="No requests to review">Requests held for fraud review appear here.</${EmptyState}></${Card}>`}
      <${Pager} pager=${pager} pageInfo=${data.riskReviews.pageInfo} label="Review pages" />
    </div>`}</${Loaded}>
    <div class="spacer"></div>
    <${Blocklist} key=${blocklistTick} />
    ${resolving ? html`<${ResolveDialog} review=${resolving.review} decision=${resolving.decision} onClose=${() => setResolving(null)}
      onDone=${(unblocked) => { setDone(resolving.decision === "CLEAR"
        ? `Cleared: the request is back in the normal flow.${unblocked ? ` ${unblocked === 1 ? "One contact was" : `${unblocked} contacts were`} taken off the blocklist.` : ""}`
        : "Fraud confirmed: the request was declined."); state.reload(); setBlocklistTick((t) => t + 1); }} />` : null}`;
}
