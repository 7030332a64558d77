// Returns: status tabs, search by order name or customer email, cursor pagination.
import { html, useState } from "../../shared/html.js";
import { money, dateTime } from "../../shared/format.js";
import { Badge, Card, EmptyState } from "../../shared/ui.js";
import { useQuery, Loaded, PageHeader, Pager, usePager } from "../components.js";

// $status's type follows the schema's enum (ReturnStatus); only this declaration names it.
const QUERY = `query Returns($first: Int!, $after: String, $status: ReturnStatus, $query: String) {
  returns(first: $first, after: $after, status: $status, query: $query) {
    nodes { id name status requestedAt customerEmail quotedTotal { amount currencyCode } lines { quantity } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const TABS = [
  [null, "All"], ["REQUESTED", "Requested"], ["ON_HOLD", "On hold"], ["OPEN", "Open"], ["RECEIVED", "Received"],
  ["CLOSED", "Closed"], ["DECLINED", "Declined"], ["CANCELED", "Canceled"],
];

export function Returns({ route }) {
  const status = route.params.get("status") || null;
  const [text, setText] = useState(route.params.get("q") || "");
  const [query, setQuery] = useState(text);
  const pager = usePager();
  const state = useQuery(QUERY, { first: 20, after: pager.after, status, query: query || null });
  const search = (e) => { e.preventDefault(); pager.reset(); setQuery(text.trim()); };
  return html`<${PageHeader} title="Returns" />
    <${Card} className="flush">
      <nav class="tabs" aria-label="Return status">
        ${TABS.map(([value, label]) => html`<a class="tab" href=${value ? `#/returns?status=${value}` : "#/returns"}
          aria-current=${status === value ? "page" : undefined}>${label}</a>`)}
      </nav>
      <form class="filters" role="search" onSubmit=${search}>
        <div class="field"><label class="label" for="return-search">Search returns</label>
          <input id="return-search" type="search" placeholder="Order name (#1001) or customer email" value=${text}
            onInput=${(e) => setText(e.target.value)} /></div>
        <button class="button" type="submit">Search</button>
      </form>
      <${Loaded} state=${state} label="Loading returns…">${(data) => data.returns.nodes.length ? html`
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Returns${status ? ` with status ${status}` : ""}</caption>
          <thead><tr><th scope="col">Return</th><th scope="col">Status</th><th scope="col">Customer</th>
            <th scope="col">Items</th><th scope="col">Requested</th><th scope="col" class="num">Quoted refund</th></tr></thead>
          <tbody>${data.returns.nodes.map((r) => html`<tr>
            <td data-label="Return"><a href=${`#/returns/${encodeURIComponent(r.id)}`}>${r.name}</a></td>
            <td data-label="Status"><${Badge} value=${r.status} /></td>
            <td data-label="Customer">${r.customerEmail || "—"}</td>
            <td data-label="Items">${r.lines.reduce((n, l) => n + l.quantity, 0)}</td>
            <td data-label="Requested">${dateTime(r.requestedAt)}</td>
            <td data-label="Quoted refund" class="num">${money(r.quotedTotal)}</td>
          </tr>`)}</tbody>
        </table></div>
        <${Pager} pager=${pager} pageInfo=${data.returns.pageInfo} label="Return pages" />`
      : html`<${EmptyState} title=${query ? "No returns match your search" : "No returns here"}>
          ${query ? "Try an order name like #1001 or part of an email address." : "Returns in this status will appear here."}</${EmptyState}>`}
      </${Loaded}>
    </${Card}>`;
}
