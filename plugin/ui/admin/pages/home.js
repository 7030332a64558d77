// Home: what needs staff now, each queue with its count, the oldest waiting time and a link.
import { html } from "../../shared/html.js";
import { money, dateTime, waited } from "../../shared/format.js";
import { Badge, Card, EmptyState } from "../../shared/ui.js";
import { useQuery, Loaded, PageHeader } from "../components.js";
import { useShop } from "../context.js";

const QUERY = `query Home {
  workQueue {
    awaitingReview { count waitingSeconds }
    heldForReview { count waitingSeconds }
    awaitingInspection { count waitingSeconds }
    refundsPending { count waitingSeconds }
    platformFailed { count waitingSeconds }
    exchangesWaitingForStock { count waitingSeconds }
    exchangesUnreturned { count waitingSeconds }
  }
  returns(first: 5) { nodes { id name status requestedAt customerEmail quotedTotal { amount currencyCode } } }
}`;

const QUEUES = [
  ["awaitingReview", "Requests awaiting review", "#/returns?status=REQUESTED", "Approve or decline"],
  ["heldForReview", "Held for fraud review", "#/fraud", "Clear or confirm fraud"],
  ["awaitingInspection", "Parcels awaiting inspection", "#/returns?status=RECEIVED", "Inspect received items"],
  ["refundsPending", "Refunds pending confirmation", "#/refunds?status=PENDING", "Confirm what the platform paid"],
  ["platformFailed", "Failed on the platform", "#/platform", "Read what the platform said, retry"],
  ["exchangesWaitingForStock", "Exchanges waiting for stock", "#/returns?status=OPEN", "Restock, or they fall back"],
  ["exchangesUnreturned", "Exchanges never returned", "#/returns?status=OPEN", "Charge via invoice"],
];

function QueueCard({ item, label, href, hint }) {
  return html`<a class="card queue-card" href=${href} data-queue=${label}>
    <span class="queue-label">${label}</span>
    <span class="queue-count">${item.count}</span>
    <span class="subdued">${item.count ? `Oldest waiting ${waited(item.waitingSeconds)}` : "Nothing waiting"}</span>
    <span class="queue-hint">${hint} →</span>
  </a>`;
}

export function Home() {
  const shop = useShop();
  const state = useQuery(QUERY);
  return html`<${PageHeader} title="Home" subtitle=${shop.name ? `What needs ${shop.name} staff now` : "What needs staff now"} />
    <${Loaded} state=${state} label="Loading your queues…">${(data) => html`
      <div class="grid-cards" role="list" aria-label="Work queues">
        ${QUEUES.map(([key, label, href, hint]) => html`<div role="listitem"><${QueueCard} item=${data.workQueue[key]} label=${label} href=${href} hint=${hint} /></div>`)}
      </div>
      <div class="spacer"></div>
      <${Card} title="Latest returns" actions=${html`<a class="button plain" href="#/returns">View all returns</a>`} className="flush">
        ${data.returns.nodes.length ? html`<div class="table-wrap"><table class="index stackable">
          <thead><tr><th scope="col">Return</th><th scope="col">Status</th><th scope="col">Customer</th><th scope="col">Requested</th><th scope="col" class="num">Quoted refund</th></tr></thead>
          <tbody>${data.returns.nodes.map((r) => html`<tr>
            <td data-label="Return"><a href=${`#/returns/${encodeURIComponent(r.id)}`}>${r.name}</a></td>
            <td data-label="Status"><${Badge} value=${r.status} /></td>
            <td data-label="Customer">${r.customerEmail || "—"}</td>
            <td data-label="Requested">${dateTime(r.requestedAt)}</td>
            <td data-label="Quoted refund" class="num">${money(r.quotedTotal)}</td></tr>`)}</tbody>
        </table></div>` : html`<${EmptyState} title="No returns yet">Returns customers request appear here.</${EmptyState}>`}
      </${Card}>`}
    </${Loaded}>`;
}
