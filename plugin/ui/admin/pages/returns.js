// Returns: status tabs, search (customer name or email, order or return name) and filters (reason,
// resolution, risk, the days requested), all kept in the URL so a filtered list can be shared;
// cursor pagination; bulk approve / mark received / refund of the rows ticked.
import { html, useState } from "../../shared/html.js";
import { money, dateTime, humanize } from "../../shared/format.js";
import { Badge, Banner, Card, EmptyState, Field } from "../../shared/ui.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, Pager, usePager, ActionDialog } from "../components.js";

// Argument types follow the schema's enums; only these declarations name them.
const QUERY = `query Returns($first: Int!, $after: String, $status: ReturnStatus, $query: String, $reason: ReturnReason,
  $resolution: ReturnResolution, $risk: RiskAssessmentResult, $from: Date, $to: Date) {
  returns(first: $first, after: $after, status: $status, query: $query, reason: $reason, resolution: $resolution,
          riskLevel: $risk, requestedFrom: $from, requestedTo: $to) {
    nodes { id name status requestedAt customerEmail customerName quotedTotal { amount currencyCode } lines { quantity } risk { level } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const BULK = `mutation Bulk($ids: [ID!]!, $action: ReturnBulkAction!, $key: String) {
  returnsBulk(ids: $ids, action: $action, idempotencyKey: $key) {
    results { returnId return { id name status } userErrors { field message code } }
    userErrors { field message code }
  }
}`;

const TABS = [
  [null, "All"], ["REQUESTED", "Requested"], ["ON_HOLD", "On hold"], ["OPEN", "Open"], ["RECEIVED", "Received"],
  ["CLOSED", "Closed"], ["DECLINED", "Declined"], ["CANCELED", "Canceled"],
];
const REASONS = ["DEFECTIVE", "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "COLOR", "STYLE",
  "UNWANTED", "INCOMPLETE", "LATE_DELIVERY", "OTHER"];
const RESOLUTIONS = ["REFUND", "EXCHANGE", "REPLACEMENT", "STORE_CREDIT"];
const RISKS = ["HIGH", "MEDIUM", "LOW"];
const FILTERS = ["status", "q", "reason", "resolution", "risk", "from", "to"]; // their names in the URL
const BULK_ACTIONS = [
  ["APPROVE", "Approve", "approved"], ["MARK_RECEIVED", "Mark received", "marked received"], ["REFUND", "Refund", "refunded"],
];

/** The list's URL for these filters: #/returns?status=OPEN&reason=DEFECTIVE… (empty ones left out). */
export function returnsHref(filters) {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (filters[key]) params.set(key, filters[key]);
  const query = params.toString();
  return query ? `#/returns?${query}` : "#/returns";
}

function SelectFilter({ label, name, value, options, onPick }) {
  return html`<${Field} label=${label}>${(p) => html`<select ...${p} name=${name} value=${value || ""} onChange=${(e) => onPick(name, e.target.value)}>
    <option value="">Any</option>${options.map((o) => html`<option value=${o}>${humanize(o)}</option>`)}</select>`}</${Field}>`;
}

function BulkDialog({ action, rows, onClose, onResult }) {
  const [, label, done] = BULK_ACTIONS.find(([a]) => a === action);
  const [key] = useState(() => crypto.randomUUID()); // a retried click refunds nobody twice
  return html`<${ActionDialog} title=${`${label} ${rows.length} ${rows.length === 1 ? "return" : "returns"}?`} confirmLabel=${label} onClose=${onClose}
    strip=${[]} onConfirm=${async () => {
      const payload = (await gql(BULK, { ids: rows.map((r) => r.id), action, key })).returnsBulk;
      if (!payload.userErrors.length) onResult({ label, done, rows, results: payload.results });
      return payload.userErrors;
    }}>
    <p>Each return goes through the same step as on its own page${action === "REFUND" ? " (the policy's quote for what was accepted)" : ""}.
      One that cannot be ${done} is listed afterwards and does not stop the others.</p>
    <ul class="bulk-names">${rows.map((r) => html`<li>${r.name}${r.customerName ? ` · ${r.customerName}` : ""}</li>`)}</ul>
  </${ActionDialog}>`;
}

function BulkResult({ outcome, onDismiss }) {
  const names = Object.fromEntries(outcome.rows.map((r) => [r.id, r.name]));
  const failed = outcome.results.filter((r) => r.userErrors.length).length;
  const tone = failed === 0 ? "success" : failed === outcome.results.length ? "critical" : "warning";
  return html`<${Banner} tone=${tone} onDismiss=${onDismiss}
    title=${`${outcome.label}: ${outcome.results.length - failed} of ${outcome.results.length} ${outcome.done}`}>
    <ul class="bulk-results" aria-label="Bulk results">${outcome.results.map((r) => html`<li data-return=${names[r.returnId]}>
      <a href=${`#/returns/${encodeURIComponent(r.returnId)}`}>${names[r.returnId]}</a>:
      ${r.userErrors.length ? html` <span class="bulk-failed">not ${outcome.done}: ${r.userErrors.map((e) => e.message).join("; ")}</span>`
        : html` ${outcome.done} <${Badge} value=${r.return.status} />`}</li>`)}</ul>
  </${Banner}>`;
}

export function Returns({ route }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, route.params.get(k) || ""]));
  const [text, setText] = useState(filters.q);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [selected, setSelected] = useState([]);
  const [bulk, setBulk] = useState(null);
  const [outcome, setOutcome] = useState(null);
  const pager = usePager();
  const state = useQuery(QUERY, {
    first: 20, after: pager.after, status: filters.status || null, query: filters.q || null, reason: filters.reason || null,
    resolution: filters.resolution || null, risk: filters.risk || null, from: filters.from || null, to: filters.to || null,
  });
  const go = (changes) => { location.hash = returnsHref({ ...filters, ...changes }); };
  const pick = (name, value) => go({ [name]: value });
  const apply = (e) => { e.preventDefault(); go({ q: text.trim(), from, to }); };
  const filtered = FILTERS.some((k) => k !== "status" && filters[k]);
  const rows = state.data?.returns.nodes || [];
  const chosen = rows.filter((r) => selected.includes(r.id));
  const toggle = (id, on) => setSelected(on ? [...selected, id] : selected.filter((x) => x !== id));
  return html`<${PageHeader} title="Returns" />
    ${outcome ? html`<${BulkResult} outcome=${outcome} onDismiss=${() => setOutcome(null)} />` : null}
    <${Card} className="flush">
      <nav class="tabs" aria-label="Return status">
        ${TABS.map(([value, label]) => html`<a class="tab" href=${returnsHref({ ...filters, status: value || "" })}
          aria-current=${(filters.status || null) === value ? "page" : undefined}>${label}</a>`)}
      </nav>
      <form class="filters grid-filters" role="search" aria-label="Search and filter returns" onSubmit=${apply}>
        <${Field} label="Search returns">${(p) => html`<input ...${p} type="search" placeholder="Customer name or email, order (#1001)" value=${text}
          onInput=${(e) => setText(e.target.value)} />`}</${Field}>
        <${SelectFilter} label="Reason" name="reason" value=${filters.reason} options=${REASONS} onPick=${pick} />
        <${SelectFilter} label="Resolution" name="resolution" value=${filters.resolution} options=${RESOLUTIONS} onPick=${pick} />
        <${SelectFilter} label="Risk" name="risk" value=${filters.risk} options=${RISKS} onPick=${pick} />
        <${Field} label="Requested from">${(p) => html`<input ...${p} type="date" value=${from} max=${to || undefined} onInput=${(e) => setFrom(e.target.value)} />`}</${Field}>
        <${Field} label="Requested to">${(p) => html`<input ...${p} type="date" value=${to} min=${from || undefined} onInput=${(e) => setTo(e.target.value)} />`}</${Field}>
        <div class="row filter-buttons">
          <button class="button" type="submit">Search</button>
          ${filtered ? html`<a class="button plain" href=${returnsHref({ status: filters.status })}>Clear filters</a>` : null}
        </div>
      </form>
      ${chosen.length ? html`<div class="bulk-bar" role="region" aria-label="Bulk actions">
        <strong>${chosen.length} selected</strong>
        ${BULK_ACTIONS.map(([action, label]) => html`<button type="button" class="button small" onClick=${() => { setOutcome(null); setBulk(action); }}>${label}</button>`)}
        <button type="button" class="button plain small" onClick=${() => setSelected([])}>Clear selection</button>
      </div>` : null}
      <${Loaded} state=${state} label="Loading returns…">${(data) => data.returns.nodes.length ? html`
        <div class="table-wrap"><table class="index stackable selectable">
          <caption class="visually-hidden">Returns${filters.status ? ` with status ${humanize(filters.status)}` : ""}</caption>
          <thead><tr>
            <th scope="col" class="pick"><input type="checkbox" aria-label="Select every return on this page"
              checked=${rows.length > 0 && chosen.length === rows.length} onChange=${(e) => setSelected(e.target.checked ? rows.map((r) => r.id) : [])} /></th>
            <th scope="col">Return</th><th scope="col">Status</th><th scope="col">Customer</th>
            <th scope="col">Items</th><th scope="col">Risk</th><th scope="col">Requested</th><th scope="col" class="num">Quoted refund</th></tr></thead>
          <tbody>${data.returns.nodes.map((r) => html`<tr>
            <td class="pick" data-label="Select"><input type="checkbox" aria-label=${`Select ${r.name}`} checked=${selected.includes(r.id)} onChange=${(e) => toggle(r.id, e.target.checked)} /></td>
            <td data-label="Return"><a href=${`#/returns/${encodeURIComponent(r.id)}`}>${r.name}</a></td>
            <td data-label="Status"><${Badge} value=${r.status} /></td>
            <td data-label="Customer"><span class="cell-stack">${r.customerName ? html`<span>${r.customerName}</span>` : null}<span class=${r.customerName ? "subdued" : ""}>${r.customerEmail || "—"}</span></span></td>
            <td data-label="Items">${r.lines.reduce((n, l) => n + l.quantity, 0)}</td>
            <td data-label="Risk">${r.risk ? html`<${Badge} value=${r.risk.level} />` : "—"}</td>
            <td data-label="Requested">${dateTime(r.requestedAt)}</td>
            <td data-label="Quoted refund" class="num">${money(r.quotedTotal)}</td>
          </tr>`)}</tbody>
        </table></div>
        <${Pager} pager=${{ ...pager, next: (c) => { setSelected([]); pager.next(c); }, previous: () => { setSelected([]); pager.previous(); } }}
          pageInfo=${data.returns.pageInfo} label="Return pages" />`
      : html`<${EmptyState} title=${filtered ? "No returns match these filters" : "No returns here"}>
          ${filtered ? "Try fewer filters, a customer's last name, or an order name like #1001." : "Returns in this status will appear here."}</${EmptyState}>`}
      </${Loaded}>
    </${Card}>
    ${bulk ? html`<${BulkDialog} action=${bulk} rows=${chosen} onClose=${() => setBulk(null)}
      onResult=${(result) => { setOutcome(result); setSelected([]); state.reload(); }} />` : null}`;
}
