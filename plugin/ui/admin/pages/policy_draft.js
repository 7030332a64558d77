// Start from the written policy: the merchant pastes the page they already publish, Recourse drafts
// the settings from it (policyDraftFromText), shows each sentence beside the settings it set and the
// sentences no setting holds, then the page the draft would publish, its lint and its impact on
// recent orders (policyPreview, policySimulate), and saves it only when asked (policyUpdate). What a sentence
// no setting holds may say (its suggestions) the merchant takes with a click: the text is drafted again with it.
import { html, useState, useEffect } from "../../shared/html.js";
import { money, humanize } from "../../shared/format.js";
import { fieldErrors } from "../../shared/client.js";
import { Badge, Banner, Card, Field, Spinner } from "../../shared/ui.js";
import { gql } from "../api.js";
import { PageHeader, report } from "../components.js";

const M = "amount currencyCode";
const DRAFT = `query PolicyDraftFromText($text: String!, $accept: [String!]) { policyDraftFromText(text: $text, accept: $accept) {
  draft { document placed { path value confidence suggestion sentence { text start end } }
          unplaced { sentence { text start end } why suggestions { id confidence settings { path value } } }
          defaults { path value } problems }
  userErrors { field message code } } }`;
const PREVIEW = `query DraftPreview($document: JSON!) { policyPreview(document: $document) {
  published { html } lintWarnings { code path message severity } userErrors { field message code } } }`;
const SIMULATE = `query DraftImpact($document: JSON!, $since: DateTime!) { policySimulate(document: $document, since: $since) {
  impact { orders returnableBefore returnableAfter ordersChanged refundBefore { ${M} } refundAfter { ${M} }
    feesBefore { ${M} } feesAfter { ${M} } comparedWithVersion }
  userErrors { field message } } }`;
const SAVE = `mutation DraftSave($document: JSON!, $note: String) { policyUpdate(document: $document, note: $note) {
  policyVersion { number } userErrors { field message code } } }`;
const PAGE_STYLE = "<style>body{font:14px/1.5 system-ui,sans-serif;color:#303030;margin:12px}h1{font-size:20px}h2{font-size:16px}</style>";

/** "returns.window.days" -> "Returns › Window › Days". */
const label = (path) => path.split(".").map(humanize).join(" › ");
function show(value) {
  if (value === null || value === undefined) return "not set";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") {
    if (value.label) return value.label;
    if (value.payer) return `${humanize(value.payer)} pays${value.postage_reimbursed && value.postage_reimbursed !== "NO" ? `, reimbursed ${humanize(value.postage_reimbursed).toLowerCase()}` : ""}`;
    if (value.min_days !== undefined) return `${value.min_days}–${value.max_days} ${value.unit.toLowerCase()} days`;
    return JSON.stringify(value);
  }
  return /^[A-Z_]+$/.test(String(value)) ? humanize(String(value)) : String(value);
}

/** The text cut at the sentences the draft names; offsets count code points, as the API says. */
function pieces(text, draft) {
  const chars = Array.from(text);
  const marks = new Map();
  draft.placed.forEach((p) => {
    const key = `${p.sentence.start}:${p.sentence.end}`;
    const mark = marks.get(key) || { ...p.sentence, kind: "placed", paths: [] };
    if (!mark.paths.includes(p.path)) mark.paths.push(p.path);
    marks.set(key, mark);
  });
  // a sentence that set a setting and says more that no setting holds is "partly" placed: green with an amber edge
  draft.unplaced.forEach((u) => {
    const key = `${u.sentence.start}:${u.sentence.end}`;
    const mark = marks.get(key);
    marks.set(key, mark ? { ...mark, kind: "partly", why: u.why } : { ...u.sentence, kind: "unplaced", why: u.why, paths: [] });
  });
  const ordered = [...marks.values()].sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const mark of ordered) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ text: chars.slice(at, mark.start).join("") });
    out.push({ ...mark, text: chars.slice(mark.start, mark.end).join("") });
    at = mark.end;
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join("") });
  return out;
}

/** The settings set from each sentence that also says something no setting holds, by where the sentence starts. */
function partlyPlaced(draft) {
  const unplaced = new Set(draft.unplaced.map((u) => u.sentence.start));
  const out = new Map();
  for (const p of draft.placed.filter((p) => unplaced.has(p.sentence.start))) {
    const paths = out.get(p.sentence.start) || [];
    if (!paths.includes(p.path)) out.set(p.sentence.start, [...paths, p.path]);
  }
  return out;
}

const TITLES = {
  placed: (piece) => `Sets ${piece.paths.map(label).join(", ")}`,
  partly: (piece) => `Sets ${piece.paths.map(label).join(", ")}; the rest no setting holds (${piece.why})`,
  unplaced: () => "No setting holds this sentence",
};

function Sentences({ text, draft, selected, select }) {
  return html`<div class="draft-text" aria-label="Your policy text, sentence by sentence">${pieces(text, draft).map((piece) => piece.kind
    ? html`<button type="button" class=${`sentence ${piece.kind}${selected === piece.start ? " selected" : ""}`} id=${`sentence-${piece.start}`}
        title=${TITLES[piece.kind](piece)}
        onClick=${() => select(piece.start)}>${piece.text}</button>`
    : piece.text)}</div>`;
}

/** One row per setting: its values (every item, for a list setting), each with the suggestion it was chosen from if
 * the merchant chose it, and the sentences behind them. */
function bySetting(placed) {
  const rows = new Map();
  for (const p of placed) {
    const row = rows.get(p.path) || { path: p.path, values: [], sentences: [], confidence: null };
    if (!row.values.some((v) => JSON.stringify(v.value) === JSON.stringify(p.value))) row.values.push({ value: p.value, suggestion: p.suggestion });
    // a setting read by likeness (not by a rule) shows how sure the reader was: the least sure of the values it read itself
    if (p.confidence != null && !p.suggestion) row.confidence = row.confidence == null ? p.confidence : Math.min(row.confidence, p.confidence);
    if (!row.sentences.some((s) => s.start === p.sentence.start)) row.sentences.push(p.sentence);
    rows.set(p.path, row);
  }
  return [...rows.values()];
}

/** A setting's values the merchant chose, by the suggestion each came from: each is undone on its own. */
function chosen(row) {
  const groups = new Map();
  for (const v of row.values.filter((v) => v.suggestion)) groups.set(v.suggestion, [...(groups.get(v.suggestion) || []), v.value]);
  return [...groups];
}

function Placed({ draft, selected, select, undo, busy }) {
  const reveal = (start) => { select(start); document.getElementById(`sentence-${start}`)?.scrollIntoView({ block: "center" }); };
  return html`<ul class="draft-settings">${bySetting(draft.placed).map((row) => {
    const read = row.values.filter((v) => !v.suggestion).map((v) => show(v.value));
    return html`<li class=${row.sentences.some((s) => s.start === selected) ? "selected" : ""}>
    <div class="row"><strong>${label(row.path)}</strong> ${read.length ? html`<span class="draft-value">${read.join(", ")}</span>` : null}
      ${row.confidence != null ? html`<${Badge} value="guessed" tone="attention">Read by likeness, ${Math.floor(row.confidence * 100)}% sure: check it</${Badge}>` : null}</div>
    ${chosen(row).map(([id, values]) => html`<div class="row draft-chosen"><span class="draft-value">${values.map(show).join(", ")}</span>
      <${Badge} value="chosen" tone="info">You chose it</${Badge}>
      <button type="button" class="button plain" disabled=${busy} onClick=${() => undo(id)}>Undo</button></div>`)}
    ${row.sentences.map((sentence) => html`<button type="button" class="button plain draft-quote draft-from" onClick=${() => reveal(sentence.start)}>
      From: “${sentence.text}”</button>`)}
  </li>`;
  })}</ul>`;
}

/** What a sentence no setting holds may say, each with the button that takes it. */
function Suggestions({ suggestions, take, busy }) {
  if (!suggestions.length) return null;
  return html`<ul class="draft-suggestions">${suggestions.map((s) => html`<li>
    <span>May say <strong>${s.settings.map((x) => `${label(x.path)}: ${show(x.value)}`).join("; ")}</strong> <span class="subdued">(${Math.floor(s.confidence * 100)}% sure)</span></span>
    <button type="button" class="button" disabled=${busy} onClick=${() => take(s.id)}>Use this</button></li>`)}</ul>`;
}

function Review({ text, draft, onSaved, take, undo, busy }) {
  const [selected, setSelected] = useState(null);
  const [preview, setPreview] = useState(null);
  const [impact, setImpact] = useState(null);
  const [impactError, setImpactError] = useState(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState({});
  useEffect(() => {
    let live = true;
    const since = new Date(Date.now() - 90 * 86400000).toISOString();
    gql(PREVIEW, { document: draft.document }).then((r) => live && setPreview(r.policyPreview)).catch(report);
    gql(SIMULATE, { document: draft.document, since })
      .then((r) => live && setImpact(r.policySimulate.impact))
      .catch((e) => { report(e); if (live) setImpactError(e.message); });
    return () => { live = false; };
  }, [draft]);
  async function save() {
    setSaving(true);
    try {
      const r = (await gql(SAVE, { document: draft.document, note: "Drafted from our written policy" })).policyUpdate;
      setErrors(fieldErrors(r.userErrors, { strip: ["document"] }));
      if (!r.userErrors.length) onSaved(r.policyVersion.number);
    } catch (e) { report(e); setErrors({ "": [e.message] }); }
    finally { setSaving(false); }
  }
  const problems = [...draft.problems, ...Object.values(errors).flat()];
  const lint = preview?.lintWarnings || [];
  const partly = partlyPlaced(draft);
  return html`
    ${problems.length ? html`<${Banner} title="The draft cannot be saved as it is">${problems.map((m) => html`<div>${m}</div>`)}</${Banner}>` : null}
    <div class="split draft-layout">
      <${Card} title="Your text">
        <p class="subdued"><span class="legend placed">Green</span> sentences set a setting; <span class="legend unplaced">amber</span> ones
          are about returns but no setting holds them${partly.size ? html`; <span class="legend partly">green edged in amber</span> ones set a
          setting and say more that no setting holds` : null}. Select a sentence to see what it set.</p>
        <${Sentences} text=${text} draft=${draft} selected=${selected} select=${setSelected} />
      </${Card}>
      <div class="stack">
        <${Card} title=${`Settings drafted (${bySetting(draft.placed).length})`}>
          ${draft.placed.some((p) => p.confidence != null && !p.suggestion) ? html`<p class="subdued">Settings marked “read by likeness” come from sentences
            that say a rule in their own words, read by their likeness to sentences Recourse learned from rather than by a rule. Check them before saving.</p>` : null}
          ${draft.placed.length ? html`<${Placed} draft=${draft} selected=${selected} select=${setSelected} undo=${undo} busy=${busy} />`
            : html`<p class="subdued">No sentence states a setting Recourse knows. Your settings stay as they are.</p>`}
        </${Card}>
        <${Card} title=${`Sentences no setting holds (${draft.unplaced.length})`}>
          ${draft.unplaced.length ? html`<p class="subdued">Set these by hand in the policy form after saving, or keep them as notes: they are not enforced.
            Where Recourse has an idea of what a sentence says, it offers it: check the sentence, then use it or leave it.</p>
            <ul class="draft-unplaced">${draft.unplaced.map((u) => html`<li><button type="button" class="button plain draft-quote" onClick=${() => setSelected(u.sentence.start)}>“${u.sentence.text}”</button>
              <div class="subdued">${u.why}</div>${partly.has(u.sentence.start) ? html`<div class="subdued draft-partly">${`It also sets ${partly.get(u.sentence.start).map(label).join(", ")}`}: only
              what no setting holds is left to you.</div>` : null}<${Suggestions} suggestions=${u.suggestions} take=${take} busy=${busy} /></li>`)}</ul>`
            : html`<p class="subdued">Every sentence about returns was placed.</p>`}
        </${Card}>
        <details class="card draft-defaults"><summary>Not in your text: ${draft.defaults.length} settings keep their default</summary>
          <ul>${draft.defaults.map((d) => html`<li><strong>${label(d.path)}</strong>: ${show(d.value)}</li>`)}</ul></details>
      </div>
    </div>
    <div class="split draft-result">
      <${Card} title="Your policy page, as drafted">
        ${preview?.published ? html`<iframe class="preview-frame" title="Preview of the drafted return policy page" sandbox="" srcdoc=${PAGE_STYLE + preview.published.html}></iframe>`
          : preview ? html`<p class="subdued">The draft does not render yet.</p>` : html`<${Spinner} label="Rendering…" />`}
      </${Card}>
      <div class="stack">
        <${Card} title="Lint">${lint.length ? html`<ul class="lint">${lint.map((w) => html`<li><${Badge} tone=${w.severity === "error" ? "critical" : w.severity === "warning" ? "attention" : "info"}>${humanize(w.severity)}</${Badge}> ${w.message}</li>`)}</ul>`
          : preview ? html`<p class="subdued">No contradictions found.</p>` : html`<${Spinner} label="Checking…" />`}</${Card}>
        <${Card} title="Impact on the last 90 days of orders">
          ${impactError ? html`<${Banner}>${impactError}</${Banner}>` : !impact ? html`<${Spinner} label="Comparing with your orders…" />` : html`
            <dl class="facts">
              <dt>Lines returnable</dt><dd data-figure="returnable">${impact.returnableBefore.toLocaleString()} → <strong>${impact.returnableAfter.toLocaleString()}</strong></dd>
              <dt>Refunds if all returned</dt><dd>${money(impact.refundBefore)} → <strong>${money(impact.refundAfter)}</strong></dd>
              <dt>Fees kept</dt><dd>${money(impact.feesBefore)} → <strong>${money(impact.feesAfter)}</strong></dd>
              <dt>Orders changed</dt><dd>${impact.ordersChanged.toLocaleString()} of ${impact.orders.toLocaleString()}</dd>
            </dl>`}
        </${Card}>
        <${Card} title="Save">
          <p>Saving makes the draft your policy in force (a new version you can compare or undo in the history).</p>
          <button type="button" class="button primary" disabled=${saving || draft.problems.length} onClick=${save}>${saving ? "Saving…" : "Save as my policy"}</button>
        </${Card}>
      </div>
    </div>`;
}

export function PolicyDraft() {
  const [text, setText] = useState("");
  const [draft, setDraft] = useState(null);
  const [drafted, setDrafted] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState({});
  const [saved, setSaved] = useState(null);
  const [accepted, setAccepted] = useState([]);
  // the text drafted with the suggestions taken, in the order taken (each one was offered by the draft before it)
  async function draftWith(source, accept) {
    setBusy(true); setSaved(null);
    try {
      const r = (await gql(DRAFT, { text: source, accept })).policyDraftFromText;
      setErrors(fieldErrors(r.userErrors));
      if (r.draft) { setDraft(r.draft); setDrafted(source); setAccepted(accept); }
    } catch (e) { report(e); setErrors({ text: [e.message] }); }
    finally { setBusy(false); }
  }
  const read = (event) => { event.preventDefault(); draftWith(text, []); };
  const take = (id) => draftWith(drafted, [...accepted, id]);
  // taking a suggestion back takes back those taken after it too: they were offered by a draft that had them
  const undo = (id) => draftWith(drafted, accepted.slice(0, accepted.indexOf(id)));
  return html`<${PageHeader} title="Start from your written policy" back="#/policy" backLabel="Policy"
      subtitle="Paste the return policy you already publish. Recourse drafts your settings from it, sentence by sentence; nothing is saved until you save." />
    ${saved ? html`<${Banner} tone="success">Saved as version ${saved}. <a href="#/policy">Review it in the policy form</a>.</${Banner}>` : null}
    <${Card} title="Your policy text">
      <form onSubmit=${read} novalidate>
        <${Field} label="Policy text" id="policy-text" errors=${errors.text} help="Plain text or Markdown, as on your store's policy page.">
          ${(props) => html`<textarea ...${props} rows="10" value=${text} onInput=${(e) => setText(e.target.value)}
            placeholder="We accept returns within 30 days of delivery…"></textarea>`}
        </${Field}>
        <button type="submit" class="button primary" disabled=${busy}>${busy ? "Reading…" : "Draft my settings"}</button>
      </form>
    </${Card}>
    <div class="spacer"></div>
    ${errors.accept ? html`<${Banner}>${errors.accept.join(" ")}</${Banner}>` : null}
    ${draft ? html`<${Review} key=${drafted} text=${drafted} draft=${draft} onSaved=${setSaved} take=${take} undo=${undo} busy=${busy} />` : null}`;
}
