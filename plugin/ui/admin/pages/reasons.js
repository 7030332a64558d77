// Return reasons: the shop's reasons library. The twelve core reasons and the merchant's own, in the
// order customers see them; add one (its words in English, Spanish and German, the core reason it
// counts as, the Shopify reason it carries), reword it, move it, retire it or offer it again; and
// the fewest size returns before the storefront's fit hints speak.
import { html, useState } from "../../shared/html.js";
import { errorsAt } from "../../shared/client.js";
import { Badge, Banner, Card, Field } from "../../shared/ui.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, ActionDialog, report } from "../components.js";

const REASON = "handle code label core labels { en es de } shopifyHandle askPhoto askNote merchantAtFault productTypes retired fit";
const QUERY = `query Reasons { returnReasons { ${REASON} } shopifyReturnReasonHandles shop { id fitHintMinimum } }`;
const CREATE = `mutation ReasonCreate($input: ReturnReasonInput!) { returnReasonCreate(input: $input) {
  reason { handle } userErrors { field message code } } }`;
const UPDATE = `mutation ReasonUpdate($input: ReturnReasonInput!) { returnReasonUpdate(input: $input) {
  reason { handle } userErrors { field message code } } }`;
const REORDER = `mutation ReasonsReorder($handles: [String!]!) { returnReasonsReorder(handles: $handles) {
  reasons { handle } userErrors { field message code } } }`;
const RETIRE = `mutation ReasonRetire($handle: String!, $retired: Boolean) { returnReasonRetire(handle: $handle, retired: $retired) {
  reason { handle retired } userErrors { field message code } } }`;
const FIT = `mutation FitHints($minimum: Int!) { fitHintsUpdate(minimum: $minimum) { shop { id fitHintMinimum } userErrors { field message code } } }`;

const LANGUAGES = [["en", "English"], ["es", "Spanish"], ["de", "German"]];
const FAULT = [["", "As the policy says for its core reason"], ["true", "Yes: the merchant is at fault"], ["false", "No"]];

function ReasonDialog({ reason, library, shopifyHandles, onClose, onDone }) {
  const core = library.filter((r) => r.core);
  const fresh = !reason;
  const [v, setV] = useState({
    handle: reason?.handle || "", code: reason?.code || "OTHER", en: reason?.labels.en || "", es: reason?.labels.es || "",
    de: reason?.labels.de || "", shopifyHandle: fresh ? "" : reason.shopifyHandle, askPhoto: !!reason?.askPhoto, askNote: !!reason?.askNote,
    fault: reason?.merchantAtFault == null ? "" : String(reason.merchantAtFault), productTypes: (reason?.productTypes || []).join(", "),
  });
  const set = (k) => (e) => setV({ ...v, [k]: e.target.type === "checkbox" ? e.target.checked : e.target.value });
  async function confirm() {
    const input = {
      labels: { en: v.en, es: v.es, de: v.de }, shopifyHandle: v.shopifyHandle, askPhoto: v.askPhoto, askNote: v.askNote,
      merchantAtFault: v.fault === "" ? null : v.fault === "true",
      productTypes: v.productTypes.split(",").map((t) => t.trim()).filter(Boolean),
      ...(fresh ? { code: v.code, handle: v.handle.trim() || null } : { handle: reason.handle, ...(reason.core ? {} : { code: v.code }) }),
    };
    const payload = fresh ? (await gql(CREATE, { input })).returnReasonCreate : (await gql(UPDATE, { input })).returnReasonUpdate;
    return payload.userErrors;
  }
  return html`<${ActionDialog} title=${fresh ? "Add a return reason" : `Edit “${reason.label}”`} confirmLabel=${fresh ? "Add reason" : "Save reason"}
    onClose=${onClose} onDone=${onDone} onConfirm=${confirm}>${(errors) => html`
      <fieldset><legend>What customers read</legend>
        <div class="form-grid">${LANGUAGES.map(([lang, name]) => html`<${Field} label=${`${name}${lang === "en" ? "" : " (optional)"}`}
          help=${lang === "en" ? (reason?.core ? "Empty: the shipped words." : "Required.") : "Empty: English is shown."}
          errors=${errorsAt(errors, `labels.${lang}`)}>${(p) => html`<input ...${p} type="text" maxlength="80" lang=${lang}
            value=${v[lang]} onInput=${set(lang)} />`}</${Field}>`)}</div>
      </fieldset>
      <div class="form-grid">
        ${reason?.core ? null : html`<${Field} label="Counts as" help="The core reason it rolls up to: what the policy decides on and reports count. Too small and too large count for fit hints."
          errors=${errorsAt(errors, "code")}>${(p) => html`<select ...${p} value=${v.code} onChange=${set("code")}>
            ${core.map((r) => html`<option value=${r.code}>${r.label}</option>`)}</select>`}</${Field}>`}
        <${Field} label="Shopify reason" help="The standard return reason the return carries on Shopify. Empty: the core reason's."
          errors=${errorsAt(errors, "shopifyHandle")}>${(p) => html`<select ...${p} value=${v.shopifyHandle} onChange=${set("shopifyHandle")}>
            ${["", ...shopifyHandles].map((h) => html`<option value=${h}>${h || "The core reason's"}</option>`)}</select>`}</${Field}>
        ${fresh ? html`<${Field} label="Handle (optional)" help="Its stable name for the API, e.g. too-tight-shoulders. Empty: made from the English words."
          errors=${errorsAt(errors, "handle")}>${(p) => html`<input ...${p} type="text" maxlength="64" value=${v.handle} onInput=${set("handle")} />`}</${Field}>` : null}
        <${Field} label="Merchant at fault" errors=${errorsAt(errors, "merchantAtFault")}>${(p) => html`<select ...${p} value=${v.fault} onChange=${set("fault")}>
          ${FAULT.map(([value, name]) => html`<option value=${value}>${name}</option>`)}</select>`}</${Field}>
      </div>
      <${Field} label="Suggest for product types" help="Comma-separated, e.g. Shirts, Dresses. Empty: where its core reason is suggested (sizing for clothes, defective for electronics)."
        errors=${errorsAt(errors, "productTypes", { prefix: true })}>${(p) => html`<input ...${p} type="text" value=${v.productTypes} onInput=${set("productTypes")} />`}</${Field}>
      <fieldset><legend>Ask the customer for</legend>
        <label class="check"><input type="checkbox" checked=${v.askPhoto} onChange=${set("askPhoto")} /> A photo</label>
        <label class="check"><input type="checkbox" checked=${v.askNote} onChange=${set("askNote")} /> A note saying more</label>
      </fieldset>`}
  </${ActionDialog}>`;
}

function ReasonRow({ reason, rollsUpTo, index, count, onMove, onRetire, onEdit }) {
  const asks = [reason.askPhoto ? "photo" : null, reason.askNote ? "note" : null].filter(Boolean);
  return html`<tr class=${reason.retired ? "retired" : ""}>
    <td data-label="Reason"><span class="cell-stack"><strong>${reason.label}</strong>
      <span class="subdued">${reason.core ? "Core reason" : `Counts as ${rollsUpTo}`} · <code>${reason.handle}</code></span></span></td>
    <td data-label="Shopify"><code>${reason.shopifyHandle}</code></td>
    <td data-label="Asks for">${asks.length ? asks.join(", ") : "—"}</td>
    <td data-label="Status">${reason.retired ? html`<${Badge} tone="neutral">Retired</${Badge}>` : html`<${Badge} tone="success">Offered</${Badge}>`}</td>
    <td data-label="Actions"><div class="row">
      <button type="button" class="button small" aria-label=${`Move ${reason.label} up`} disabled=${index === 0} onClick=${() => onMove(index, -1)}>↑</button>
      <button type="button" class="button small" aria-label=${`Move ${reason.label} down`} disabled=${index === count - 1} onClick=${() => onMove(index, 1)}>↓</button>
      <button type="button" class="button small" onClick=${() => onEdit(reason)}>Edit</button>
      <button type="button" class="button small" onClick=${() => onRetire(reason)}>${reason.retired ? "Offer again" : "Retire"}</button>
    </div></td>
  </tr>`;
}

function FitHints({ shop, onSaved }) {
  const [minimum, setMinimum] = useState(String(shop.fitHintMinimum));
  const [errors, setErrors] = useState([]);
  const [saved, setSaved] = useState(null);
  async function submit(event) {
    event.preventDefault();
    setSaved(null);
    try {
      const payload = (await gql(FIT, { minimum: Number(minimum) })).fitHintsUpdate;
      setErrors(payload.userErrors.map((e) => e.message));
      if (!payload.userErrors.length) { setSaved(`Fit hints speak from ${payload.shop.fitHintMinimum} size returns on.`); onSaved(); }
    } catch (error) { report(error); setErrors([error.message]); }
  }
  return html`<${Card} title="Fit hints"><form onSubmit=${submit} novalidate>
    <p class="subdued">Your theme can show “runs small” or “runs large” on a product page (the storefront API's <code>fitHints</code>): the share of
      size returns that said too small against too large, per product and variant, once there are enough of them.</p>
    ${saved ? html`<${Banner} tone="success">${saved}</${Banner}>` : null}
    <${Field} label="Fewest size returns before a hint" errors=${errors}>${(p) => html`<input ...${p} type="number" min="1" max="10000"
      value=${minimum} onInput=${(e) => { setMinimum(e.target.value); setSaved(null); }} />`}</${Field}>
    <button class="button" type="submit">Save minimum</button>
  </form></${Card}>`;
}

export function Reasons() {
  const state = useQuery(QUERY);
  const [dialog, setDialog] = useState(null);
  const [notice, setNotice] = useState(null);
  const [failure, setFailure] = useState(null);
  async function run(work, message) {
    setFailure(null); setNotice(null);
    try {
      const payload = await work();
      if (payload.userErrors.length) setFailure(payload.userErrors.map((e) => e.message).join(" "));
      else await state.reload().then(() => setNotice(message));
    } catch (error) { report(error); setFailure(error.message); }
  }
  const move = (reasons) => (index, step) => {
    const handles = reasons.map((r) => r.handle);
    [handles[index], handles[index + step]] = [handles[index + step], handles[index]];
    run(async () => (await gql(REORDER, { handles })).returnReasonsReorder, `“${reasons[index].label}” moved ${step < 0 ? "up" : "down"}.`);
  };
  const retire = (reason) => run(async () => (await gql(RETIRE, { handle: reason.handle, retired: !reason.retired })).returnReasonRetire,
    reason.retired ? `“${reason.label}” is offered again.` : `“${reason.label}” is retired: customers no longer see it; returns that chose it keep it.`);
  return html`<${PageHeader} title="Return reasons" subtitle="What customers choose from when they return an item, in this order, in their language."
      actions=${html`<button type="button" class="button primary" onClick=${() => setDialog({ reason: null })}>Add reason</button>`} />
    <${Loaded} state=${state} label="Loading return reasons…">${(data) => html`<div class="stack">
      ${notice ? html`<${Banner} tone="success" onDismiss=${() => setNotice(null)}>${notice}</${Banner}>` : null}
      ${failure ? html`<${Banner} onDismiss=${() => setFailure(null)}>${failure}</${Banner}>` : null}
      <${Card} title="Reasons library">
        <p class="subdued">The twelve core reasons are always there: reword, move or retire them. Your own reasons each count as one of them in
          reports and in the policy, and carry a Shopify reason to your store.</p>
        <div class="table-wrap"><table class="index stackable">
          <caption class="visually-hidden">Return reasons in the order customers see them</caption>
          <thead><tr><th scope="col">Reason</th><th scope="col">Shopify reason</th><th scope="col">Asks for</th><th scope="col">Status</th>
            <th scope="col">Actions</th></tr></thead>
          <tbody>${data.returnReasons.map((reason, index) => html`<${ReasonRow} key=${reason.handle} reason=${reason} index=${index}
            rollsUpTo=${data.returnReasons.find((r) => r.core && r.code === reason.code)?.label || reason.code}
            count=${data.returnReasons.length} onMove=${move(data.returnReasons)} onRetire=${retire} onEdit=${(r) => setDialog({ reason: r })} />`)}</tbody>
        </table></div>
      </${Card}>
      <${FitHints} shop=${data.shop} onSaved=${state.reload} />
    </div>`}</${Loaded}>
    ${dialog && state.data ? html`<${ReasonDialog} reason=${dialog.reason} library=${state.data.returnReasons}
      shopifyHandles=${state.data.shopifyReturnReasonHandles} onClose=${() => setDialog(null)}
      onDone=${() => { const message = dialog.reason ? "Reason saved." : "Reason added: customers see it in the portal now."; state.reload().then(() => setNotice(message)); }} />` : null}`;
}
