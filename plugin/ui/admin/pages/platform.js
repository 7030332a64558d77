// The platform desk: what Recourse asked the shop's platform (Shopify) to carry out, what it said,
// what the platform sent that Recourse could not import, and a Retry for what failed. Used by the return page (its own operations) and the Platform page
// (every operation of the shop, the failed ones first).
import { html, useState } from "../../shared/html.js";
import { dateTime } from "../../shared/format.js";
import { Badge, Banner, Card, EmptyState } from "../../shared/ui.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, ActionDialog, Pager, usePager } from "../components.js";

export const OPERATION_FIELDS = "id kind title webhookTopic status message refused attempts subjectId orderId createdAt doneAt";
const RETRY = `mutation PlatformRetry($id: ID!) { platformOperationRetry(id: $id) { userErrors { field message code } } }`;
const LIST = `query PlatformOperations($status: PlatformOperationStatus, $after: String) {
  platformOperations(first: 25, after: $after, status: $status) { nodes { ${OPERATION_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const STATUS_TONES = { DONE: "success", FAILED: "critical", PENDING: "attention", IN_PROGRESS: "info" };
const STATUS_WORDS = { DONE: "Done", FAILED: "Failed", PENDING: "Waiting", IN_PROGRESS: "In progress" };

function subjectLink(op) {
  const [, type] = /gid:\/\/recourse\/(\w+)\//.exec(op.subjectId) || [];
  if (type === "Return") return `#/returns/${encodeURIComponent(op.subjectId)}`;
  return op.orderId ? `#/orders/${encodeURIComponent(op.orderId)}` : null;
}

function why(op) {
  if (op.status !== "FAILED") return op.message;
  return op.refused ? op.message : `The platform could not be reached: ${op.message}`;
}

/** Retry in a dialog that says what happens: a refused operation goes anew, an unreachable one asks again with its key. */
export function RetryDialog({ op, onClose, onDone }) {
  return html`<${ActionDialog} title=${`Retry: ${op.title}?`} confirmLabel="Retry" onClose=${onClose} onDone=${onDone}
    onConfirm=${async () => (await gql(RETRY, { id: op.id })).platformOperationRetry.userErrors}>
    <p>${op.kind === "WEBHOOK_IMPORT"
      ? "What the platform sent is imported again, as if it had just come. Fix what the error names first (an order updated on the platform, for instance), or it fails again."
      : op.refused
      ? "It goes to the platform again, as a new request. Fix what the platform said first, or it will refuse again."
      : "It goes to the platform again with the same idempotency key: if the platform did carry it out after all, it is recorded, never done twice."}</p>
  </${ActionDialog}>`;
}

/** One operation as a row: its status, the platform's words, and a Retry when it failed. */
export function OperationRow({ op, onRetry, showSubject = false }) {
  const link = showSubject && subjectLink(op);
  return html`<div class="spread line-item" data-operation=${op.kind}>
    <div>
      <div><strong>${op.title}</strong> <${Badge} value=${op.status} tone=${STATUS_TONES[op.status]}>${STATUS_WORDS[op.status]}</${Badge}>
        ${link ? html` <a href=${link}>${op.kind.startsWith("RETURN") ? "Open the return" : "Open the order"}</a>` : null}</div>
      ${why(op) ? html`<div class=${op.status === "FAILED" ? "platform-error" : "subdued"}>${why(op)}</div>` : null}
      <div class="subdued">${dateTime(op.doneAt || op.createdAt)} · ${op.attempts} ${op.attempts === 1 ? "attempt" : "attempts"}</div>
    </div>
    ${op.status === "FAILED" ? html`<button type="button" class="button small" onClick=${() => onRetry(op)}>Retry</button>` : null}
  </div>`;
}

/** At the top of the return page: what the platform did not carry out, in its words. */
export function PlatformBanner({ operations }) {
  const failed = operations.filter((op) => op.status === "FAILED");
  if (!failed.length) return null;
  return html`<${Banner} tone="critical" title=${`The platform did not carry out ${failed.length === 1 ? "one step" : `${failed.length} steps`}`}>
    ${failed.map((op) => html`<div>${op.title}: ${why(op)}</div>`)} <div>Retry it under “On the platform”.</div></${Banner}>`;
}

/** The return page's card: nothing on a manual platform (no operations). */
export function PlatformCard({ operations, onChanged }) {
  const [retrying, setRetrying] = useState(null);
  if (!operations.length) return null;
  return html`<${Card} title="On the platform">
      ${operations.map((op) => html`<${OperationRow} op=${op} onRetry=${setRetrying} />`)}
    </${Card}>
    ${retrying ? html`<${RetryDialog} op=${retrying} onClose=${() => setRetrying(null)} onDone=${onChanged} />` : null}`;
}

export function Platform() {
  const [status, setStatus] = useState("FAILED");
  const pager = usePager();
  const state = useQuery(LIST, { status, after: pager.after });
  const [retrying, setRetrying] = useState(null);
  return html`<${PageHeader} title="Platform" subtitle="Refunds, cancellations and return steps carried out on your store's platform, and what it sent that could not be imported." />
    <${Card} className="flush">
      <nav class="tabs" aria-label="Operation status">${[["FAILED", "Failed"], ["PENDING", "Waiting"], ["DONE", "Done"], [null, "All"]].map(([v, l]) =>
        html`<button type="button" class="tab" aria-pressed=${status === v ? "true" : "false"} aria-current=${status === v ? "true" : undefined} onClick=${() => { pager.reset(); setStatus(v); }}>${l}</button>`)}</nav>
      <${Loaded} state=${state} label="Loading platform operations…">${(data) => data.platformOperations.nodes.length
        ? html`<div class="card-body">${data.platformOperations.nodes.map((op) => html`<${OperationRow} op=${op} onRetry=${setRetrying} showSubject=${true} />`)}</div>
          <${Pager} pager=${pager} pageInfo=${data.platformOperations.pageInfo} label="Operation pages" />`
        : html`<${EmptyState} title=${status === "FAILED" ? "Nothing failed" : "No operations here"}>
            ${status === "FAILED" ? "Every refund, cancellation and return step went through on the platform, and everything it sent was imported." : "Operations appear as refunds and returns move (not on a manual platform)."}</${EmptyState}>`}</${Loaded}>
    </${Card}>
    ${retrying ? html`<${RetryDialog} op=${retrying} onClose=${() => setRetrying(null)} onDone=${state.reload} />` : null}`;
}
