// Emails: branding and per-kind overrides, a preview of each kind for a real return in each
// shipped language, and the deliveries with their status and a retry for failed ones.
import { html, useState, useEffect } from "../../shared/html.js";
import { dateTime, humanize } from "../../shared/format.js";
import { errorsAt, fieldErrors } from "../../shared/client.js";
import { Badge, Banner, Card, EmptyState, Field, Spinner } from "../../shared/ui.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, ActionDialog, Pager, usePager, report } from "../components.js";

const SETTINGS = `query EmailPage { emailSettings { settings warnings kinds } }`;
// Only what each kind can be shown for (a refund email for a refund, a cancellation for an order we cancelled).
const SUBJECTS = `query PreviewSubjects($kind: EmailKind!) { emailPreviewSubjects(kind: $kind) { id label } }`;
const SAVE = `mutation EmailSettingsSave($settings: JSON!) { emailSettingsUpdate(settings: $settings) { emailSettings { warnings } userErrors { field message code } } }`;
const PREVIEW = `query EmailPreview($kind: EmailKind!, $subject: ID!, $locale: String) { emailPreview(kind: $kind, subjectId: $subject, locale: $locale) {
  preview { subject html text to locale warnings } userErrors { field message } } }`;
// $status follows the schema's enum (EmailDeliveryStatus).
const DELIVERIES = `query Deliveries($status: EmailDeliveryStatus, $after: String) { emailDeliveries(first: 20, after: $after, status: $status) {
  nodes { id kind to status attempts lastError sentAt nextAttemptAt subjectId createdAt } pageInfo { hasNextPage endCursor } } }`;
const RETRY = `mutation EmailRetry($id: ID!) { emailRetry(id: $id) { userErrors { field message code } } }`;
const LANGUAGES = [["en", "English"], ["es", "Español"], ["de", "Deutsch"]];

function Branding({ settings, onSaved }) {
  const [doc, setDoc] = useState(settings);
  const [errors, setErrors] = useState({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (k, v) => { setDoc({ ...doc, [k]: v }); setSaved(false); };
  async function save(e) {
    e.preventDefault(); setBusy(true);
    try {
      const r = (await gql(SAVE, { settings: doc })).emailSettingsUpdate;
      setErrors(fieldErrors(r.userErrors, { strip: ["settings"] }));
      if (!r.userErrors.length) { setSaved(true); onSaved(); }
    } catch (err) { report(err); setErrors({ "": [err.message] }); } finally { setBusy(false); }
  }
  const text = (k, labelText, help, type = "text") => html`<${Field} label=${labelText} help=${help} errors=${errorsAt(errors, k)}>${(p) =>
    html`<input ...${p} type=${type} value=${doc[k] ?? ""} onInput=${(e) => set(k, e.target.value === "" ? null : e.target.value)} />`}</${Field}>`;
  return html`<${Card} title="Branding and sender"><form onSubmit=${save} novalidate>
    ${saved ? html`<${Banner} tone="success">Email settings saved.</${Banner}>` : null}
    ${(errors[""] || []).length ? html`<${Banner}>${errors[""].join(" ")}</${Banner}>` : null}
    <div class="form-grid">
      ${text("from_name", "Sender name", "Defaults to the shop's name.")}
      ${text("reply_to", "Reply-to address", "Defaults to the support email.", "email")}
      ${text("logo_url", "Logo URL", "An https address of your logo.", "url")}
      ${text("accent_color", "Accent colour", "#RRGGBB, for buttons and links.")}
    </div>
    <${Field} label="Signature" errors=${errorsAt(errors, "signature")}>${(p) => html`<textarea ...${p} value=${doc.signature ?? ""} onInput=${(e) => set("signature", e.target.value || null)}></textarea>`}</${Field}>
    <${Field} label="Blind copy to" help="Up to 5 addresses, one per line." errors=${errorsAt(errors, "copy_to", { prefix: true })}>${(p) =>
      html`<textarea ...${p} value=${(doc.copy_to || []).join("\n")} onInput=${(e) => set("copy_to", e.target.value.split("\n").map((s) => s.trim()).filter(Boolean))}></textarea>`}</${Field}>
    <${Overrides} doc=${doc} set=${set} errors=${errors} />
    <button class="button primary" type="submit" disabled=${busy}>${busy ? "Saving…" : "Save email settings"}</button>
  </form></${Card}>`;
}

function Overrides({ doc, set, errors }) {
  const kinds = Object.keys(KINDS);
  const [kind, setKind] = useState(kinds[0]);
  const current = (doc.overrides || {})[kind] || {};
  const put = (part, value) => {
    const next = { ...current, [part]: value || undefined };
    Object.keys(next).forEach((k) => next[k] === undefined && delete next[k]);
    const overrides = { ...(doc.overrides || {}) };
    if (Object.keys(next).length) overrides[kind] = next; else delete overrides[kind];
    set("overrides", overrides);
  };
  return html`<fieldset><legend>Template overrides</legend>
    <p class="help">Jinja2 with the same variables as the shipped templates. Leave empty to use the shipped text.</p>
    <div class="field"><label class="label" for="override-kind">Email</label>
      <select id="override-kind" value=${kind} onChange=${(e) => setKind(e.target.value)}>${kinds.map((k) => html`<option value=${k}>${KINDS[k]}${doc.overrides?.[k] ? " (overridden)" : ""}</option>`)}</select></div>
    ${["subject", "text", "html"].map((part) => html`<${Field} label=${`${humanize(part)} override`} errors=${errorsAt(errors, `overrides.${kind}.${part}`)}>${(p) =>
      part === "subject" ? html`<input ...${p} type="text" value=${current[part] || ""} onInput=${(e) => put(part, e.target.value)} />`
        : html`<textarea ...${p} class="mono" value=${current[part] || ""} onInput=${(e) => put(part, e.target.value)}></textarea>`}</${Field}>`)}
  </fieldset>`;
}

let KINDS = {};

function Preview({ kinds }) {
  const [kind, setKind] = useState("RETURN_INSTRUCTIONS");
  const [subject, setSubject] = useState("");
  const [subjects, setSubjects] = useState(null);
  const [locale, setLocale] = useState("en");
  const [state, setState] = useState({ loading: false });
  // A new kind drops the old subject and its preview in the same render: the old id (a refund's, say) previewed
  // under the new kind would flash that kind's "not found" warning before the new subjects arrive.
  const chooseKind = (next) => { setKind(next); setSubjects(null); setSubject(""); setState({ loading: false }); };
  useEffect(() => {
    let live = true;
    gql(SUBJECTS, { kind })
      .then((d) => { if (!live) return; const list = d.emailPreviewSubjects.map((x) => [x.id, x.label]); setSubjects(list); setSubject(list[0]?.[0] || ""); })
      .catch((e) => { report(e); if (live) { setSubjects([]); setState({ loading: false, error: e.message }); } });
    return () => { live = false; };
  }, [kind]);
  useEffect(() => {
    if (!subject) { setState({ loading: false }); return; }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    gql(PREVIEW, { kind, subject, locale })
      .then((d) => live && setState({ loading: false, ...d.emailPreview }))
      .catch((e) => { report(e); if (live) setState({ loading: false, error: e.message }); });
    return () => { live = false; };
  }, [kind, subject, locale]);
  const p = state.preview;
  return html`<${Card} title="Preview" className="email-preview">
    <div class="form-grid">
      <div class="field"><label class="label" for="preview-kind">Email</label>
        <select id="preview-kind" value=${kind} onChange=${(e) => chooseKind(e.target.value)}>${kinds.map((k) => html`<option value=${k}>${humanize(k)}</option>`)}</select></div>
      <div class="field"><label class="label" for="preview-subject">For</label>
        <select id="preview-subject" value=${subject} disabled=${!subjects?.length} onChange=${(e) => setSubject(e.target.value)}>${(subjects || []).map(([id, l]) => html`<option value=${id}>${l}</option>`)}</select></div>
      <div class="field"><label class="label" for="preview-locale">Language</label>
        <select id="preview-locale" value=${locale} onChange=${(e) => setLocale(e.target.value)}>${LANGUAGES.map(([v, l]) => html`<option value=${v} lang=${v}>${l}</option>`)}</select></div>
    </div>
    <div aria-live="polite">
    ${subjects === null || (state.loading && !p) ? html`<${Spinner} label="Rendering…" />` : null}
    ${subjects && !subjects.length ? html`<${EmptyState} title=${`Nothing to preview “${humanize(kind)}” with yet`}>This email is previewed with a real return, refund or order it was (or would be) sent for; none of this shop's fits yet.</${EmptyState}>` : null}
    ${state.error ? html`<${Banner}>${state.error}</${Banner}>` : null}
    ${(state.userErrors || []).length ? html`<${Banner} tone="warning">${state.userErrors.map((e) => e.message).join(" ")}</${Banner}>` : null}
    ${p ? html`<div class=${state.loading ? "stale" : ""}>
      <dl class="facts"><dt>To</dt><dd>${p.to || "—"}</dd><dt>Subject</dt><dd class="preview-subject" lang=${p.locale}>${p.subject}</dd></dl>
      ${p.warnings.length ? html`<${Banner} tone="warning" title="Override problems">${p.warnings.map((w) => html`<div>${w}</div>`)}</${Banner}>` : null}
      <iframe class="preview-frame" title=${`HTML email: ${p.subject}`} sandbox="" srcdoc=${p.html}></iframe>
      <details><summary>Plain-text part</summary><pre lang=${p.locale}>${p.text}</pre></details>
    </div>` : null}
    </div>
  </${Card}>`;
}

function Deliveries() {
  const [status, setStatus] = useState(null);
  const pager = usePager();
  const state = useQuery(DELIVERIES, { status, after: pager.after });
  const [retrying, setRetrying] = useState(null);
  return html`<${Card} title="Deliveries" className="flush">
    <nav class="tabs" aria-label="Delivery status">${[[null, "All"], ["PENDING", "Pending"], ["SENT", "Sent"], ["FAILED", "Failed"]].map(([v, l]) =>
      html`<button type="button" class="tab" aria-pressed=${status === v ? "true" : "false"} aria-current=${status === v ? "true" : undefined} onClick=${() => { pager.reset(); setStatus(v); }}>${l}</button>`)}</nav>
    <${Loaded} state=${state} label="Loading deliveries…">${(data) => data.emailDeliveries.nodes.length ? html`<div class="table-wrap"><table class="index stackable">
      <caption class="visually-hidden">Email deliveries</caption>
      <thead><tr><th scope="col">Email</th><th scope="col">To</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">When</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${data.emailDeliveries.nodes.map((d) => html`<tr>
        <td data-label="Email">${humanize(d.kind)}</td><td data-label="To">${d.to || "—"}</td>
        <td data-label="Status"><${Badge} value=${d.status} />${d.lastError ? html`<div class="subdued">${d.lastError}</div>` : null}</td>
        <td data-label="Attempts">${d.attempts}</td>
        <td data-label="When">${dateTime(d.sentAt || d.nextAttemptAt || d.createdAt)}</td>
        <td>${d.status === "FAILED" ? html`<button type="button" class="button small" onClick=${() => setRetrying(d)}>Retry</button>` : null}</td></tr>`)}</tbody>
    </table></div><${Pager} pager=${pager} pageInfo=${data.emailDeliveries.pageInfo} label="Delivery pages" />`
      : html`<${EmptyState} title="No emails here">Emails appear as returns and refunds move.</${EmptyState}>`}</${Loaded}>
    ${retrying ? html`<${ActionDialog} title="Send this email again?" confirmLabel="Retry" onClose=${() => setRetrying(null)} onDone=${state.reload}
      onConfirm=${async () => (await gql(RETRY, { id: retrying.id })).emailRetry.userErrors}><p>${humanize(retrying.kind)} to ${retrying.to} goes back to the queue, due now, with the same Message-ID.</p></${ActionDialog}>` : null}
  </${Card}>`;
}

export function Emails() {
  const state = useQuery(SETTINGS);
  return html`<${PageHeader} title="Emails" subtitle="What customers receive at each step, in their language." />
    <${Loaded} state=${state} label="Loading email settings…">${(data) => {
      // EmailKind members; overrides are keyed by their values, the template names in lower case.
      KINDS = Object.fromEntries(data.emailSettings.kinds.map((k) => [k.toLowerCase(), humanize(k)]));
      return html`${data.emailSettings.warnings.length ? html`<${Banner} tone="warning" title="Override problems">${data.emailSettings.warnings.map((w) => html`<div>${w}</div>`)}</${Banner}>` : null}
        <div class="split">
          <${Branding} settings=${data.emailSettings.settings} onSaved=${state.reload} />
          <${Preview} kinds=${data.emailSettings.kinds} />
        </div>
        <div class="spacer"></div>
        <${Deliveries} />`;
    }}</${Loaded}>`;
}
