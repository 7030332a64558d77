// Policy settings: every field of the document in a form generated from its JSON Schema, a live
// preview of the public policy page and lint while editing (policyPreview: validated and rendered,
// not saved), the impact of the draft on recent orders (policySimulate), presets, save with errors
// at their field, and the version history with a diff between any two versions.
import { html, useState, useEffect, useMemo, useRef } from "../../shared/html.js";
import { money, dateTime, humanize } from "../../shared/format.js";
import { fieldErrors } from "../../shared/client.js";
import { Badge, Banner, Card, EmptyState, Spinner } from "../../shared/ui.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, ActionDialog, report, who } from "../components.js";
import { SchemaForm, titlesOf } from "../schema_form.js";

const M = "amount currencyCode";
const LOAD = `query PolicyPage { policy { version document } policySchema
  policyVersions(first: 50) { nodes { number createdAt createdBy note preset } } }`;
const PREVIEW = `query PolicyPreview($document: JSON!) { policyPreview(document: $document) {
  published { html } lintWarnings { code path message severity } userErrors { field message code } } }`;
const SIMULATE = `query PolicySimulate($document: JSON!, $since: DateTime!) { policySimulate(document: $document, since: $since) {
  impact { orders truncated lines returnableBefore returnableAfter becameReturnable becameNotReturnable ordersChanged
    refundBefore { ${M} } refundAfter { ${M} } feesBefore { ${M} } feesAfter { ${M} } comparedWithVersion elapsedMs
    samples { orderId name refundBefore { ${M} } refundAfter { ${M} }
      lines { title before { allowed reasons { message } } after { allowed reasons { message } } } } }
  userErrors { field message } } }`;
const SAVE = `mutation PolicySave($document: JSON!, $note: String) { policyUpdate(document: $document, note: $note) {
  policyVersion { number } userErrors { field message code } } }`;
// $preset follows the schema's enum (PolicyPreset).
const PRESET_DOCUMENT = `query PresetDocument($preset: PolicyPreset!) { policyPresetDocument(preset: $preset) }`;
const PRESET = `mutation PolicyPreset($preset: PolicyPreset!) { policyApplyPreset(preset: $preset) { policyVersion { number } userErrors { field message code } } }`;
const DIFF = `query PolicyDiff($from: Int!, $to: Int!) { policyDiff(fromVersion: $from, toVersion: $to) { changes { path kind before after } userErrors { field message } } }`;
const PAGE_STYLE = "<style>body{font:14px/1.5 system-ui,sans-serif;color:#303030;margin:12px}h1{font-size:20px}h2{font-size:16px}h3{font-size:14px}</style>";
const PRESETS = [["ALOTROP", "Alotrop (electronics, 30 days)"], ["ALLTRENDSUSA", "Alltrendsusa"], ["ALLEGRA_K", "Allegra K (fashion)"]];
const presetName = (value) => (PRESETS.find(([v]) => v === value) || [value, value])[1];

/** `value` changes -> `run(value, current, opening)` after `delay` ms of quiet; the latest answer wins.
 * The first run (the page opening: `opening` is true) goes at once: there is no typing to wait for. */
function useDebounced(run, value, delay, deps) {
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => run(value, () => mine === seq.current, mine === 1), mine === 1 ? 0 : delay);
    return () => clearTimeout(timer);
  }, deps);
}

const OPENING_DAYS = 90; // the impact's period when the page opens
const since = (days) => new Date(Date.now() - days * 86400000).toISOString();

/** The preview and the impact of the policy as it stands, asked for the moment it arrives: they are
 * on the wire while the form draws, not after it. The editor awaits them (and reports a failure). */
function openingChecks(document) {
  const quiet = (promise) => { promise.catch(() => {}); return promise; };
  return { document, preview: quiet(gql(PREVIEW, { document })), impact: quiet(gql(SIMULATE, { document, since: since(OPENING_DAYS) })) };
}

const show = (v) => (v === null || v === undefined ? "not set" : typeof v === "object" ? JSON.stringify(v) : String(v));
const delta = (a, b) => { const d = b - a; return d === 0 ? "no change" : `${d > 0 ? "+" : "−"}${Math.abs(d).toLocaleString()}`; };

function Impact({ impact, days, setDays, busy, error }) {
  return html`<${Card} title="Impact on recent orders" className="impact" actions=${html`<label class="visually-hidden" for="impact-days">Orders of the last</label>
    <select id="impact-days" value=${days} onChange=${(e) => setDays(Number(e.target.value))}>
      ${[30, 60, 90, 180, 365].map((d) => html`<option value=${d}>Last ${d} days</option>`)}</select>`}>
    <div aria-live="polite">
    ${error ? html`<${Banner}>${error}</${Banner}>` : null}
    ${!impact ? (busy ? html`<${Spinner} label="Comparing with your orders…" />` : html`<p class="subdued">Fix the errors to see the impact.</p>`) : html`
      <p class="subdued">The draft against version ${impact.comparedWithVersion ?? "(defaults)"} over ${impact.orders.toLocaleString()} orders${impact.truncated ? " (the newest 10,000)" : ""}, as of now. ${busy ? "Updating…" : ""}</p>
      <dl class="facts impact-figures">
        <dt>Lines returnable</dt><dd data-figure="returnable">${impact.returnableBefore.toLocaleString()} → <strong>${impact.returnableAfter.toLocaleString()}</strong> <span class="subdued">(${delta(impact.returnableBefore, impact.returnableAfter)})</span></dd>
        <dt>Become returnable</dt><dd data-figure="became-returnable">${impact.becameReturnable.toLocaleString()}</dd>
        <dt>No longer returnable</dt><dd data-figure="became-not-returnable">${impact.becameNotReturnable.toLocaleString()}</dd>
        <dt>Refunds if all returned</dt><dd data-figure="refunds">${money(impact.refundBefore)} → <strong>${money(impact.refundAfter)}</strong></dd>
        <dt>Fees kept</dt><dd data-figure="fees">${money(impact.feesBefore)} → <strong>${money(impact.feesAfter)}</strong></dd>
        <dt>Orders changed</dt><dd data-figure="orders-changed">${impact.ordersChanged.toLocaleString()} of ${impact.orders.toLocaleString()}</dd>
      </dl>
      ${impact.samples.length ? html`<h3 class="section">Examples of changed orders</h3>
        <ul class="samples">${impact.samples.slice(0, 8).map((o) => html`<li>
          <a href=${`#/orders/${encodeURIComponent(o.orderId)}`}>${o.name}</a> <span class="subdued">${money(o.refundBefore)} → ${money(o.refundAfter)}</span>
          ${o.lines.map((l) => html`<div class="sample-line">${l.title}:
            <span class="diff-before">${l.before.allowed ? "returnable" : l.before.reasons.map((r) => r.message).join(" ")}</span> →
            <span class="diff-after">${l.after.allowed ? "returnable" : l.after.reasons.map((r) => r.message).join(" ")}</span></div>`)}
        </li>`)}</ul>` : html`<p class="subdued">No order changes under the draft.</p>`}`}
    </div>
  </${Card}>`;
}

function History({ versions, current, schema }) {
  const latest = versions[0]?.number;
  const [from, setFrom] = useState(versions[1]?.number ?? latest);
  const [to, setTo] = useState(latest);
  const [diff, setDiff] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { setTo(versions[0]?.number); setFrom(versions[1]?.number ?? versions[0]?.number); }, [versions[0]?.number]);
  async function compare(e) {
    e.preventDefault(); setError(null);
    try { setDiff((await gql(DIFF, { from: Number(from), to: Number(to) })).policyDiff); } catch (err) { report(err); setError(err.message); }
  }
  if (!versions.length) return html`<${Card} title="Version history"><${EmptyState} title="No saved version yet">The defaults apply until you save.</${EmptyState}></${Card}>`;
  return html`<${Card} title="Version history" className="history">
    <div class="table-wrap"><table class="index stackable"><caption class="visually-hidden">Saved policy versions</caption>
      <thead><tr><th scope="col">Version</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">Note</th></tr></thead>
      <tbody>${versions.map((v) => html`<tr data-version=${v.number}><td data-label="Version">${v.number} ${v.number === current ? html`<${Badge} tone="success">In force</${Badge}>` : null}</td>
        <td data-label="Saved">${dateTime(v.createdAt)}</td><td data-label="By">${who(v.createdBy || "")}</td>
        <td data-label="Note">${v.note || (v.preset ? `Preset ${v.preset}` : "")}</td></tr>`)}</tbody></table></div>
    ${versions.length > 1 ? html`<form class="row compare" onSubmit=${compare}>
      <label for="diff-from">Compare version</label>
      <select id="diff-from" value=${from} onChange=${(e) => setFrom(e.target.value)}>${versions.map((v) => html`<option value=${v.number}>${v.number}</option>`)}</select>
      <label for="diff-to">with</label>
      <select id="diff-to" value=${to} onChange=${(e) => setTo(e.target.value)}>${versions.map((v) => html`<option value=${v.number}>${v.number}</option>`)}</select>
      <button class="button" type="submit">Compare</button>
    </form>` : null}
    ${error ? html`<${Banner}>${error}</${Banner}>` : null}
    ${diff ? (diff.changes.length ? html`<table class="index diff"><caption class="visually-hidden">Changes from version ${from} to ${to}</caption>
      <thead><tr><th scope="col">Setting</th><th scope="col">Version ${from}</th><th scope="col">Version ${to}</th></tr></thead>
      <tbody>${diff.changes.map((c) => html`<tr><td>${titlesOf(schema, c.path).join(" › ")}</td>
        <td><span class="diff-before">${show(c.before)}</span></td><td><span class="diff-after">${show(c.after)}</span></td></tr>`)}</tbody></table>`
      : html`<p class="subdued">These versions are the same.</p>`) : null}
  </${Card}>`;
}

function Editor({ loaded, opening, reload, saved, setSaved }) {
  const [draft, setDraft] = useState(loaded.policy.document);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState({});
  const [preview, setPreview] = useState(null);
  const [lint, setLint] = useState(null); // null until the first check answers: never "none found" before
  const [impact, setImpact] = useState(null);
  const [impactBusy, setImpactBusy] = useState(true);
  const [impactError, setImpactError] = useState(null);
  const [days, setDays] = useState(OPENING_DAYS);
  const [note, setNote] = useState("");
  const [saving, setSaving] = useState(false);
  const [preset, setPreset] = useState(null);
  // A preset loaded into the draft, not saved yet: its preview and impact show before it is applied.
  const [presetDraft, setPresetDraft] = useState(null);

  const change = (next) => { setDraft(next); setDirty(true); setSaved(null); setPresetDraft(null); };

  // On opening, the checks asked for when the policy arrived (if they are of this very document).
  const opened = (first, doc) => first && opening?.document === doc;

  useDebounced(async (doc, current, first) => {
    try {
      const r = (await (opened(first, doc) ? opening.preview : gql(PREVIEW, { document: doc }))).policyPreview;
      if (!current()) return;
      setErrors(fieldErrors(r.userErrors, { strip: ["document"] }));
      if (r.published) setPreview(r.published.html);
      setLint(r.lintWarnings);
    } catch (e) { report(e); }
  }, draft, 300, [draft]);

  useDebounced(async ([doc, d], current, first) => {
    setImpactBusy(true); setImpactError(null);
    try {
      const r = (await (opened(first, doc) && d === OPENING_DAYS ? opening.impact : gql(SIMULATE, { document: doc, since: since(d) }))).policySimulate;
      if (!current()) return;
      setImpact(r.impact);
    } catch (e) { report(e); if (current()) setImpactError(e.message); }
    finally { if (current()) setImpactBusy(false); }
  }, [draft, days], 600, [draft, days]);

  async function save() {
    setSaving(true);
    try {
      // A preset reviewed as it came is applied as the preset (its version says so); edited, it is a plain save.
      const r = presetDraft
        ? (await gql(PRESET, { preset: presetDraft })).policyApplyPreset
        : (await gql(SAVE, { document: draft, note: note || null })).policyUpdate;
      setErrors(fieldErrors(r.userErrors, { strip: ["document"] }));
      if (!r.userErrors.length) {
        setSaved({ version: r.policyVersion.number, preset: presetDraft });
        setDirty(false); setNote(""); setPresetDraft(null); reload();
      }
    } catch (e) { report(e); setErrors({ "": [e.message] }); }
    finally { setSaving(false); }
  }
  const general = errors[""] || [];
  const count = Object.values(errors).flat().length;
  return html`<${PageHeader} title="Policy" subtitle=${`Version ${loaded.policy.version ?? "— (defaults)"} is in force.${dirty ? " You have unsaved changes." : ""}`}
      actions=${html`<a class="button" href="#/policy/draft">Draft from your written policy</a>
        <button type="button" class="button" onClick=${() => setPreset("ALOTROP")}>Preview a preset…</button>
        <button type="button" class="button primary" disabled=${saving} onClick=${save}>${saving ? "Saving…" : "Save policy"}</button>`} />
    ${saved ? html`<${Banner} tone="success" onDismiss=${() => setSaved(null)}>${saved.preset ? `Preset ${presetName(saved.preset)} applied: saved` : "Saved"} as version ${saved.version}. It applies to new requests from now on.</${Banner}>` : null}
    ${presetDraft ? html`<${Banner} tone="info" title=${`Previewing the preset ${presetName(presetDraft)}: not saved yet`}>
      The form, the impact on recent orders and the public page below show the preset. Save to apply it, or
      <button type="button" class="button plain inline" onClick=${() => { setDraft(loaded.policy.document); setDirty(false); setPresetDraft(null); }}>discard it</button>.</${Banner}>` : null}
    ${count ? html`<${Banner} title=${`${count} ${count === 1 ? "setting needs" : "settings need"} attention`}>${general.map((m) => html`<div>${m}</div>`)}Each error is shown at its field below.</${Banner}>` : null}
    <div class="grid-2 policy-layout">
      <div class="stack">
        <${SchemaForm} schema=${loaded.policySchema} value=${draft} onChange=${change} errors=${errors} skip=${["schema_version"]} />
        <${Card} title="Save">
          <div class="field"><label class="label" for="policy-note">Note for the history (optional)</label>
            <input id="policy-note" type="text" value=${note} onInput=${(e) => setNote(e.target.value)} /></div>
          <button type="button" class="button primary" disabled=${saving} onClick=${save}>${saving ? "Saving…" : "Save policy"}</button>
        </${Card}>
      </div>
      <div class="stack">
        <${Impact} impact=${impact} days=${days} setDays=${setDays} busy=${impactBusy} error=${impactError} />
        <${Card} title="Lint">${count ? html`<p class="lint-blocked">The draft has ${count} ${count === 1 ? "error" : "errors"}: fix ${count === 1 ? "it" : "them"} to check the policy for contradictions.</p>`
          : lint === null ? html`<${Spinner} label="Checking the policy…" />`
          : lint.length ? html`<ul class="lint">${lint.map((w) => html`<li><${Badge} tone=${w.severity === "error" ? "critical" : w.severity === "warning" ? "attention" : "info"}>${humanize(w.severity)}</${Badge}> ${w.message}
            ${w.path.length ? html`<div class="subdued">${titlesOf(loaded.policySchema, w.path).join(" › ")}</div>` : null}</li>`)}</ul>`
          : html`<p class="subdued">No contradictions found.</p>`}</${Card}>
        <${Card} title="Public policy page (preview)">
          ${preview ? html`<iframe class="preview-frame" title="Preview of the public return policy page" sandbox="" srcdoc=${PAGE_STYLE + preview}></iframe>` : html`<${Spinner} label="Rendering…" />`}
        </${Card}>
      </div>
    </div>
    <div class="spacer"></div>
    <${History} versions=${loaded.policyVersions.nodes} current=${loaded.policy.version} schema=${loaded.policySchema} />
    ${preset ? html`<${ActionDialog} title="Preview a preset" confirmLabel="Preview" onClose=${() => setPreset(null)}
      onConfirm=${async () => {
        const doc = (await gql(PRESET_DOCUMENT, { preset })).policyPresetDocument;
        setDraft(doc); setDirty(true); setSaved(null); setPresetDraft(preset);
        return [];
      }}>
      <p>A preset replaces the whole policy with a seed store's rules. It is loaded into the form first, with its impact on your recent orders and its public page; nothing is saved until you save. Unsaved changes are replaced.</p>
      <div class="field"><label class="label" for="preset">Preset</label>
        <select id="preset" value=${preset} onChange=${(e) => setPreset(e.target.value)}>${PRESETS.map(([v, l]) => html`<option value=${v}>${l}</option>`)}</select></div>
    </${ActionDialog}>` : null}`;
}

export function Policy() {
  const state = useQuery(LOAD);
  const opening = useMemo(() => state.data && openingChecks(state.data.policy.document), [state.data]);
  // Kept here, not in the editor: the confirmation outlives the remount on the saved document.
  const [saved, setSaved] = useState(null);
  // A new key after a save remounts the editor on the saved document.
  return html`<${Loaded} state=${state} label="Loading the policy…">${(data) =>
    html`<${Editor} key=${data.policy.version} loaded=${data} opening=${opening} reload=${state.reload} saved=${saved} setSaved=${setSaved} />`}</${Loaded}>`;
}
