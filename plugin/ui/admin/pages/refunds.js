// Refunds: the whole ledger, whatever a refund pays for (a return, a cancellation, a goodwill gesture),
// filtered by status, what it is for, kind and age (kept in the URL). On a manual platform a pending
// refund is confirmed here once the platform has paid it (or marked failed); one Recourse carries out
// on the platform itself (it has platform operations) is not confirmed by hand, and when the platform
// refused it the row shows the platform's words and a Retry (platformOperationRetry).
import { html, useState } from "../../shared/html.js";
import { money, dateTime, humanize, waited } from "../../shared/format.js";
import { Badge, Banner, Card, EmptyState, Field } from "../../shared/ui.js";
import { errorsAt } from "../../shared/client.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, Pager, usePager, ActionDialog } from "../components.js";
import { OPERATION_FIELDS, RetryDialog } from "./platform.js";

// Argument types follow the schema's enums (RefundStatus grows as the platform reports more states).
const QUERY = `query Refunds($after: String, $status: RefundStatus, $kind: RefundKind, $reason: RefundReason, $before: DateTime) {
  refunds(first: 25, after: $after, status: $status, kind: $kind, reason: $reason, createdBefore: $before) {
    nodes { id amount { amount currencyCode } status kind reason note createdAt processedAt platformError
      platformOperations { ${OPERATION_FIELDS} } return { id name } order { id name email } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CONFIRM = `mutation Confirm($id: ID!, $status: RefundStatus!, $platformRefundId: String) {
  refundConfirm(id: $id, status: $status, platformRefundId: $platformRefundId) { refund { id status } userErrors { field message code } } }`;

// Filter values and their labels. Statuses: every member of RefundStatus (tests/ui/test_refunds_platform.py
// compares this list with the schema's enum); an unknown one still shows as its name.
const STATUSES = [["PENDING", "Pending confirmation"], ["SUCCEEDED", "Succeeded"], ["FAILED", "Failed"]];
const REASONS = [["RETURN", "Returns"], ["CANCELLATION", "Cancellations"], ["GOODWILL", "Goodwill"], ["PRICE_ADJUSTMENT", "Price adjustments"],
  ["DAMAGED_IN_TRANSIT", "Damaged in transit"], ["OTHER", "Other"]];
const KINDS = [["PAYMENT", "Payment back"], ["REIMBURSEMENT", "Reimbursement (granted on top)"]];
const AGES = [["1", "Older than a day"], ["3", "Older than 3 days"], ["7", "Older than a week"], ["30", "Older than 30 days"]];
const FILTERS = ["status", "reason", "kind", "age"];

export function refundsHref(filters) {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (filters[key]) params.set(key, filters[key]);
  const query = params.toString();
  return query ? `#/refunds?${query}` : "#/refunds";
}

function Select({ label, name, value, options, onPick, any = "Any" }) {
  return html`<${Field} label=${label}>${(p) => html`<select ...${p} value=${value || ""} onChange=${(e) => onPick(name, e.target.value)}>
    <option value="">${any}</option>${options.map(([v, l]) => html`<option value=${v}>${l}</option>`)}</select>`}</${Field}>`;
}

function paysFor(refund) {
  if (refund.return) return html`<a href=${`#/returns/${encodeURIComponent(refund.return.id)}`}>Return ${refund.return.name}</a>`;
  const what = refund.reason === "CANCELLATION" ? "Cancellation of" : "Order";
  return html`<a href=${`#/orders/${encodeURIComponent(refund.order.id)}`}>${what} ${refund.order.name}</a>`;
}

function ConfirmDialog({ refund, onClose, onDone }) {
  const [status, setStatus] = useState("SUCCEEDED");
  const [platformId, setPlatformId] = useState("");
  const failed = status === "FAILED";
  return html`<${ActionDialog} title=${`Confirm the refund of ${money(refund.amount)}`} confirmLabel=${failed ? "Mark failed" : "Confirm refund"}
    tone=${failed ? "critical" : "primary"} onClose=${onClose} onDone=${() => onDone(failed ? "Marked failed: it no longer counts against what was paid." : "Confirmed: the refund succeeded.")}
    onConfirm=${async () => (await gql(CONFIRM, { id: refund.id, status, platformRefundId: platformId.trim() || null })).refundConfirm.userErrors}>${(errors) => html`
    <p>${paysFor(refund)} · ${refund.order.email || "no email"} · issued ${dateTime(refund.createdAt)}</p>
    <fieldset><legend>What the platform did</legend>
      <label class="check"><input type="radio" name="outcome" checked=${!failed} onChange=${() => setStatus("SUCCEEDED")} /> Paid out: the refund succeeded</label>
      <label class="check"><input type="radio" name="outcome" checked=${failed} onChange=${() => setStatus("FAILED")} /> It failed: nothing was paid</label>
    </fieldset>
    <${Field} label="Refund id on the platform (optional)" errors=${errorsAt(errors, "platformRefundId")} help="Lets you match this refund with the platform's record.">${(p) =>
      html`<input ...${p} type="text" value=${platformId} onInput=${(e) => setPlatformId(e.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`;
}

/** What staff can do with a refund: confirm a pending one by hand (a manual platform), retry one the
 * platform failed to carry out, or nothing (a pending one the platform is carrying out says so). */
function RowAction({ refund, onConfirm, onRetry }) {
  const on = (refund.platformOperations || []);
  const failed = on.find((op) => op.status === "FAILED");
  const whose = refund.return ? refund.return.name : refund.order.name;
  if (failed) return html`<button type="button" class="button small" aria-label=${`Retry the refund of ${money(refund.amount)} for ${whose} on the platform`}
    onClick=${() => onRetry(failed)}>Retry</button>`;
  if (refund.status !== "PENDING") return null;
  if (on.length) return html`<span class="subdued">Being carried out on the platform</span>`;
  return html`<button type="button" class="button small" aria-label=${`Confirm the refund of ${money(refund.amount)} for ${whose}`}
    onClick=${onConfirm}>Confirm</button>`;
}

export function Refunds({ route }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, route.params.get(k) || ""]));
  const pager = usePager();
  // Age is "created before N days ago", worked out when the page opens (a reload moves it on).
  const [before] = useState(() => (filters.age ? new Date(Date.now() - Number(filters.age) * 86400_000).toISOString() : null));
  const state = useQuery(QUERY, { after: pager.after, status: filters.status || null, reason: filters.reason || null,
    kind: filters.kind || null, before });
  const [confirming, setConfirming] = useState(null);
  const [retrying, setRetrying] = useState(null);
  const [done, setDone] = useState(null);
  const pick = (name, value) => { location.hash = refundsHref({ ...filters, [name]: value }); };
  const filtered = FILTERS.some((k) => filters[k]);
  const label = (pairs, value) => (pairs.find(([v]) => v === value) || [value, humanize(value)])[1];
  return html`<${PageHeader} title="Refunds" subtitle="Every refund, whatever it pays for. Pending ones wait for the platform to pay them out." />
    ${done ? html`<${Banner} tone="success" onDismiss=${() => setDone(null)}>${done}</${Banner}>` : null}
    <${Card} className="flush">
      <nav class="tabs" aria-label="Refund status">
        ${[["", "All"], ...STATUSES].map(([value, text]) => html`<a class="tab" href=${refundsHref({ ...filters, status: value })}
          aria-current=${filters.status === value ? "page" : undefined}>${value === "PENDING" ? "Pending" : text}</a>`)}
      </nav>
      <div class="filters grid-filters" role="group" aria-label="Filter refunds">
        <${Select} label="Refund for" name="reason" value=${filters.reason} options=${REASONS} onPick=${pick} />
        <${Select} label="Kind" name="kind" value=${filters.kind} options=${KINDS} onPick=${pick} />
        <${Select} label="Age" name="age" value=${filters.age} options=${AGES} onPick=${pick} any="Any age" />
        ${filtered ? html`<div class="filter-buttons"><a class="button plain" href="#/refunds">Clear filters</a></div>` : null}
      </div>
      <${Loaded} state=${state} label="Loading refunds…">${(data) => data.refunds.nodes.length ? html`
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Refunds${filters.status ? `: ${label(STATUSES, filters.status)}` : ""}</caption>
          <thead><tr><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">For</th><th scope="col">Customer</th>
            <th scope="col">Issued</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${data.refunds.nodes.map((r) => html`<tr data-refund=${r.id}>
            <td data-label="Amount" class="num"><strong>${money(r.amount)}</strong>${r.kind === "REIMBURSEMENT" ? html`<div class="subdued">reimbursement</div>` : null}</td>
            <td data-label="Status"><${Badge} value=${r.status} />${r.platformError ? html`<div class="platform-error">The platform refused it: ${r.platformError}</div>` : null}</td>
            <td data-label="For"><div>${paysFor(r)}</div><div class="subdued">${humanize(r.reason)}${r.note ? ` · ${r.note}` : ""}</div></td>
            <td data-label="Customer">${r.order.email || "—"}</td>
            <td data-label="Issued"><div>${dateTime(r.createdAt)}</div>
              <div class="subdued">${r.status === "PENDING" ? `waiting ${waited((Date.now() - Date.parse(r.createdAt)) / 1000)}` : r.processedAt ? `${humanize(r.status)} ${dateTime(r.processedAt)}` : ""}</div></td>
            <td><${RowAction} refund=${r} onConfirm=${() => { setDone(null); setConfirming(r); }} onRetry=${(op) => { setDone(null); setRetrying(op); }} /></td>
          </tr>`)}</tbody>
        </table></div>
        <${Pager} pager=${pager} pageInfo=${data.refunds.pageInfo} label="Refund pages" />`
      : html`<${EmptyState} title=${filtered ? "No refunds match these filters" : "No refunds yet"}>
          ${filtered ? "Try another status or age." : "Refunds of returns and cancellations appear here."}</${EmptyState}>`}
      </${Loaded}>
    </${Card}>
    ${retrying ? html`<${RetryDialog} op=${retrying} onClose=${() => setRetrying(null)}
      onDone=${() => state.reload().then(() => setDone("Sent to the platform again: the refund is pending until it answers."))} />` : null}
    ${confirming ? html`<${ConfirmDialog} refund=${confirming} onClose=${() => setConfirming(null)} onDone=${(message) => state.reload().then(() => setDone(message))} />` : null}`;
}
