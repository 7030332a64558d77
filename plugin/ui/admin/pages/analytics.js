// Analytics: why things come back and what returns cost, for a period against the one before
// (admin `returnAnalytics`). Figures link to the returns behind them (#/returns?q=<returnsQuery>);
// every table exports as CSV; charts are Chart.js (vendored), each with its table beside it.
import { html, useEffect, useRef, useState } from "../../shared/html.js";
import { date, money, humanize } from "../../shared/format.js";
import { Card, EmptyState } from "../../shared/ui.js";
import { useQuery, Loaded, PageHeader } from "../components.js";
import { useShop } from "../context.js";
import { inFlightUntil } from "../api.js";

// Chart.js is half a megabyte of JavaScript that only this page draws with: it is fetched when the
// page first opens, beside its query, not by every page of the app at start-up (a static import would
// put it on every page's critical path). The root stays busy while it loads, as for a request.
let chartJs = null;
function loadChart() {
  chartJs ??= inFlightUntil(import("../../vendor/chart.mjs")).then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
      return Chart;
    },
    (error) => { chartJs = null; throw error; }, // the next chart asks again
  );
  return chartJs;
}

const COUNTS = "itemsSold ordersSold itemsReturned ordersReturned returns itemsKept itemReturnRate orderReturnRate";
const FIGURES = `counts { ${COUNTS} } refundsPaid { amount currencyCode } credits { amount currencyCode }
  feesKept { amount currencyCode } postageCharged { amount currencyCode } returnsRefunded refundTimeMedianSeconds
  refundTimeP90Seconds decidedAutomatically decidedByStaff automaticShare fraudHolds`;
const QUERY = `query Analytics($from: Date!, $to: Date!, $by: ReturnAnalyticsDimension!) {
  returnAnalytics(from: $from, to: $to, groupBy: $by) {
    period { start end days } previousPeriod { start end } timezone currencyCode returnsQuery
    current { ${FIGURES} } previous { ${FIGURES} }
    groups { key label current { ${COUNTS} } previous { itemReturnRate itemsReturned } returnsQuery }
    fraudSignals { signal holds open cleared confirmedFraud }
    policyVersions { version requested requestedBefore approved approvedAtOnce declined kept returnsQuery }
  }
}`;

const PERIODS = [[7, "Last 7 days"], [30, "Last 30 days"], [90, "Last 90 days"], [365, "Last 365 days"]];
const GROUPS = [["PRODUCT", "Product"], ["VARIANT", "Variant"], ["PRODUCT_TYPE", "Product type"], ["REASON", "Reason"],
  ["CUSTOMER_SEGMENT", "Customer segment"]];
const SEGMENTS = { GUEST: "Guest checkout", NEW: "First order", RETURNING: "Returning customer" };

function today(timeZone) {
  // The shop's own date, as en-CA writes it: YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function minusDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const percent = (rate) => (rate === null || rate === undefined ? "—" : `${(Number(rate) * 100).toFixed(1)}%`);
let counter = null; // one formatter for every figure, not one made per figure
const count = (n) => (counter ??= new Intl.NumberFormat()).format(n);
function duration(seconds) {
  if (seconds === null || seconds === undefined) return "—";
  const hours = seconds / 3600;
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} days`;
}
// Money comes one amount per currency (the shop's first), never added across currencies.
const amounts = (list) => list.map((m) => money(m)).join(" + ");
const returnsLink = (query) => `#/returns?q=${encodeURIComponent(query)}`;

function groupLabel(by, group) {
  if (by === "REASON") return humanize(group.key);
  if (by === "CUSTOMER_SEGMENT") return SEGMENTS[group.key] || group.key;
  return group.label || "(none)";
}

// --- CSV ---------------------------------------------------------------------------------------

function csvCell(value) {
  const text = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ would be read as a formula by spreadsheets: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function CsvButton({ name, header, rows }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return html`<button type="button" class="button plain" onClick=${download} data-csv=${name}>Export CSV</button>`;
}

// --- charts ------------------------------------------------------------------------------------

function BarChart({ label, labels, datasets, percentAxis }) {
  const canvas = useRef(null);
  useEffect(() => {
    let chart = null;
    let gone = false;
    loadChart().then((Chart) => {
      if (gone) return;
      chart = new Chart(canvas.current, {
        type: "bar",
        data: { labels, datasets },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          indexAxis: "y",
          scales: { x: { beginAtZero: true, ticks: percentAxis ? { callback: (v) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%` } : {} } },
          plugins: {
            legend: { position: "bottom" },
            tooltip: { callbacks: percentAxis ? { label: (c) => `${c.dataset.label}: ${percent(c.raw)}` } : {} },
          },
        },
      });
    });
    return () => { gone = true; chart?.destroy(); };
  }, [JSON.stringify({ labels, datasets })]);
  return html`<div class="chart">
    <canvas ref=${canvas} role="img" aria-label=${label}></canvas></div>`;
}

// --- figures -----------------------------------------------------------------------------------

function Change({ now, before, rate, lowerIsBetter = true }) {
  if (before === null || before === undefined || now === null || now === undefined) return null;
  const a = Number(now), b = Number(before);
  if (a === b) return html`<span class="subdued change">no change</span>`;
  const up = a > b;
  const good = lowerIsBetter ? !up : up;
  const text = rate ? `${up ? "+" : "−"}${Math.abs((a - b) * 100).toFixed(1)} pts` : `${up ? "+" : "−"}${count(Math.abs(a - b))}`;
  return html`<span class=${`change ${good ? "good" : "bad"}`}>${text} <span class="visually-hidden">against the period before</span></span>`;
}

function Kpi({ label, value, sub, href, children }) {
  const body = html`<span class="queue-label">${label}</span><span class="kpi-value">${value}</span>
    ${children}<span class="subdued">${sub}</span>`;
  return href ? html`<a class="card kpi" href=${href}>${body}</a>` : html`<div class="card kpi">${body}</div>`;
}

function Kpis({ data }) {
  const { current: c, previous: p } = data;
  const link = returnsLink(data.returnsQuery);
  const moneyChange = (key) => html`<span class="subdued change">before: ${amounts(p[key])}</span>`;
  return html`<div class="grid-cards kpis" role="list" aria-label="Key figures">
    <div role="listitem"><${Kpi} label="Item return rate" value=${percent(c.counts.itemReturnRate)} href=${link}
      sub=${`${count(c.counts.itemsReturned)} of ${count(c.counts.itemsSold)} items`}>
      <${Change} now=${c.counts.itemReturnRate} before=${p.counts.itemReturnRate} rate /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Order return rate" value=${percent(c.counts.orderReturnRate)} href=${link}
      sub=${`${count(c.counts.ordersReturned)} of ${count(c.counts.ordersSold)} orders`}>
      <${Change} now=${c.counts.orderReturnRate} before=${p.counts.orderReturnRate} rate /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Refunds paid" value=${amounts(c.refundsPaid)} href=${link}
      sub=${`${count(c.returnsRefunded)} returns refunded`}>${moneyChange("refundsPaid")}</${Kpi}></div>
    <div role="listitem"><${Kpi} label="Fees kept" value=${amounts(c.feesKept)} href=${link}
      sub=${`Postage charged ${amounts(c.postageCharged)}, credits ${amounts(c.credits)}`}>${moneyChange("feesKept")}</${Kpi}></div>
    <div role="listitem"><${Kpi} label="Request to refund" value=${duration(c.refundTimeMedianSeconds)} href=${link}
      sub=${`median; 90% within ${duration(c.refundTimeP90Seconds)}`}>
      <${Change} now=${c.refundTimeMedianSeconds} before=${p.refundTimeMedianSeconds} /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Decided by the policy" value=${percent(c.automaticShare)} href=${link}
      sub=${`${count(c.decidedAutomatically)} automatic, ${count(c.decidedByStaff)} by staff`}>
      <${Change} now=${c.automaticShare} before=${p.automaticShare} rate lowerIsBetter=${false} /></${Kpi}></div>
    <div role="listitem"><${Kpi} label="Held for fraud review" value=${count(c.fraudHolds)} href="#/fraud"
      sub=${`${count(c.counts.itemsKept)} items kept without a return`}>
      <${Change} now=${c.fraudHolds} before=${p.fraudHolds} /></${Kpi}></div>
  </div>`;
}

function Groups({ data, by }) {
  const byName = GROUPS.find(([value]) => value === by)[1];
  const rows = data.groups;
  if (!rows.length) return html`<${Card} title=${`Returns by ${byName.toLowerCase()}`}><${EmptyState} title="Nothing sold or returned in this period" /></${Card}>`;
  const top = rows.slice(0, 10);
  const rateOf = by === "REASON" ? "Share of items sold" : "Item return rate";
  const header = [byName, "Key", "Items sold", "Items returned", "Orders sold", "Orders returned", "Returns", "Kept without return",
    rateOf, "Order return rate", "Item return rate before", "Items returned before"];
  const csvRows = rows.map((g) => [groupLabel(by, g), g.key, g.current.itemsSold, g.current.itemsReturned, g.current.ordersSold,
    g.current.ordersReturned, g.current.returns, g.current.itemsKept, g.current.itemReturnRate, g.current.orderReturnRate,
    g.previous.itemReturnRate, g.previous.itemsReturned]);
  return html`<${Card} title=${`Returns by ${byName.toLowerCase()}`} className="flush"
      actions=${html`<${CsvButton} name=${`returns-by-${by.toLowerCase()}-${data.period.start}-${data.period.end}.csv`} header=${header} rows=${csvRows} />`}>
    <div class="card-body">
      <${BarChart} label=${`${rateOf} by ${byName.toLowerCase()}, this period and the one before (the table below has the figures)`}
        labels=${top.map((g) => groupLabel(by, g))} percentAxis
        datasets=${[
          { label: "This period", data: top.map((g) => Number(g.current.itemReturnRate || 0)), backgroundColor: "#2c6ecb" },
          { label: "Period before", data: top.map((g) => Number(g.previous.itemReturnRate || 0)), backgroundColor: "#b4c9e8" },
        ]} />
    </div>
    <div class="table-wrap"><table class="index stackable">
      <caption class="visually-hidden">Returns by ${byName.toLowerCase()}</caption>
      <thead><tr><th scope="col">${byName}</th><th scope="col" class="num">Sold</th><th scope="col" class="num">Returned</th>
        <th scope="col" class="num">${rateOf}</th><th scope="col" class="num">Before</th><th scope="col">Returns</th></tr></thead>
      <tbody>${rows.map((g) => html`<tr>
        <td data-label=${byName}>${groupLabel(by, g)}</td>
        <td data-label="Sold" class="num">${count(g.current.itemsSold)}</td>
        <td data-label="Returned" class="num">${count(g.current.itemsReturned)}</td>
        <td data-label=${rateOf} class="num">${percent(g.current.itemReturnRate)}</td>
        <td data-label="Before" class="num">${percent(g.previous.itemReturnRate)}</td>
        <td data-label="Returns">${g.current.returns
          ? html`<a href=${returnsLink(g.returnsQuery)}>${count(g.current.returns)} ${g.current.returns === 1 ? "return" : "returns"}</a>`
          : "—"}</td>
      </tr>`)}</tbody>
    </table></div>
  </${Card}>`;
}

function Signals({ data }) {
  const rows = data.fraudSignals;
  const header = ["Signal", "Holds", "Open", "Cleared", "Confirmed fraud"];
  return html`<${Card} title="Fraud holds by signal" className="flush"
      actions=${rows.length ? html`<${CsvButton} name=${`fraud-signals-${data.period.start}-${data.period.end}.csv`} header=${header}
        rows=${rows.map((s) => [s.signal, s.holds, s.open, s.cleared, s.confirmedFraud])} />` : null}>
    ${rows.length ? html`<div class="table-wrap"><table class="index stackable">
      <thead><tr><th scope="col">Signal</th><th scope="col" class="num">Holds</th><th scope="col" class="num">Open</th>
        <th scope="col" class="num">Cleared</th><th scope="col" class="num">Confirmed fraud</th></tr></thead>
      <tbody>${rows.map((s) => html`<tr><td data-label="Signal">${humanize(s.signal)}</td>
        <td data-label="Holds" class="num">${count(s.holds)}</td><td data-label="Open" class="num">${count(s.open)}</td>
        <td data-label="Cleared" class="num">${count(s.cleared)}</td>
        <td data-label="Confirmed fraud" class="num">${count(s.confirmedFraud)}</td></tr>`)}</tbody>
    </table></div>` : html`<${EmptyState} title="No fraud holds in this period" />`}
  </${Card}>`;
}

function Versions({ data }) {
  const rows = data.policyVersions;
  const header = ["Policy version", "Requested", "Requested before", "Approved", "Approved at once", "Declined", "Kept without return"];
  const name = (v) => (v.version === null ? "Defaults" : `Version ${v.version}`);
  return html`<${Card} title="Decisions per policy version" className="flush"
      actions=${rows.length ? html`<${CsvButton} name=${`policy-versions-${data.period.start}-${data.period.end}.csv`} header=${header}
        rows=${rows.map((v) => [name(v), v.requested, v.requestedBefore, v.approved, v.approvedAtOnce, v.declined, v.kept])} />` : null}>
    ${rows.length ? html`<div class="table-wrap"><table class="index stackable">
      <thead><tr><th scope="col">Policy</th><th scope="col" class="num">Requested</th><th scope="col" class="num">Approved</th>
        <th scope="col" class="num">At once</th><th scope="col" class="num">Declined</th><th scope="col" class="num">Kept</th></tr></thead>
      <tbody>${rows.map((v) => html`<tr>
        <td data-label="Policy"><a href=${returnsLink(v.returnsQuery)}>${name(v)}</a></td>
        <td data-label="Requested" class="num">${count(v.requested)}</td><td data-label="Approved" class="num">${count(v.approved)}</td>
        <td data-label="At once" class="num">${count(v.approvedAtOnce)}</td><td data-label="Declined" class="num">${count(v.declined)}</td>
        <td data-label="Kept" class="num">${count(v.kept)}</td></tr>`)}</tbody>
    </table></div>` : html`<${EmptyState} title="No returns requested in this period" />`}
  </${Card}>`;
}

export function Analytics({ route }) {
  const shop = useShop();
  const end = route.params.get("to") || today(shop.timezone);
  const days = Number(route.params.get("days") || 30);
  const start = route.params.get("from") || minusDays(end, days - 1);
  const by = route.params.get("by") || "PRODUCT";
  const [form, setForm] = useState({ start, end, by });
  const state = useQuery(QUERY, { from: start, to: end, by });
  useEffect(() => { loadChart().catch(() => {}); }, []); // arrives while the figures are asked for; a chart reports a failure
  const go = (params) => { window.location.hash = `#/analytics?${new URLSearchParams(params)}`; };
  const apply = (e) => { e.preventDefault(); go({ from: form.start, to: form.end, by: form.by }); };
  return html`<${PageHeader} title="Analytics" subtitle=${`Returns of ${shop.name}, in ${shop.timezone} and ${shop.currencyCode}`} />
    <${Card} className="flush">
      <nav class="tabs" aria-label="Period">
        ${PERIODS.map(([n, label]) => html`<a class="tab" href=${`#/analytics?${new URLSearchParams({ days: n, by })}`}
          aria-current=${!route.params.get("from") && days === n ? "page" : undefined}>${label}</a>`)}
      </nav>
      <form class="filters" onSubmit=${apply} aria-label="Period and grouping">
        <div class="field"><label class="label" for="an-from">From</label>
          <input id="an-from" type="date" value=${form.start} required onInput=${(e) => setForm({ ...form, start: e.target.value })} /></div>
        <div class="field"><label class="label" for="an-to">To</label>
          <input id="an-to" type="date" value=${form.end} required onInput=${(e) => setForm({ ...form, end: e.target.value })} /></div>
        <div class="field"><label class="label" for="an-by">Group by</label>
          <select id="an-by" value=${form.by} onChange=${(e) => setForm({ ...form, by: e.target.value })}>
            ${GROUPS.map(([value, label]) => html`<option value=${value}>${label}</option>`)}</select></div>
        <button class="button primary" type="submit">Show</button>
      </form>
    </${Card}>
    <${Loaded} state=${state} label="Counting returns…">${(data) => {
      const a = data.returnAnalytics;
      return html`<p class="subdued period-note">${`${date(a.period.start)} to ${date(a.period.end)} (${a.period.days} days), against ${date(a.previousPeriod.start)} to ${date(a.previousPeriod.end)}.`}</p>
        <${Kpis} data=${a} />
        <div class="spacer"></div>
        <${Groups} data=${a} by=${by} />
        <div class="spacer"></div>
        <div class="split analytics-split">
          <${Signals} data=${a} />
          <${Versions} data=${a} />
        </div>`;
    }}</${Loaded}>`;
}
