// Settings: the shop's own details in one place. Contact details (shopUpdate), return addresses and
// prepaid-label countries (policy settings: each save is a new policy version, through policyUpdate),
// and notifications: the customer emails' sender (emailSettingsUpdate) and the webhook for events.
import { html, useState } from "../../shared/html.js";
import { errorsAt, fieldErrors } from "../../shared/client.js";
import { Banner, Card, EmptyState, Field } from "../../shared/ui.js";
import { gql } from "../api.js";
import { useQuery, Loaded, PageHeader, ActionDialog, report } from "../components.js";

const QUERY = `query Settings { shop { id supportEmail phone postalAddress openingHours webhookUrl platform platformNotifiesCustomer }
  policy { version document } emailSettings { settings } }`;
const SHOP = `mutation ShopSettings($supportEmail: String, $phone: String, $postalAddress: String, $openingHours: String) {
  shopUpdate(supportEmail: $supportEmail, phone: $phone, postalAddress: $postalAddress, openingHours: $openingHours) {
    shop { id } userErrors { field message code } } }`;
const WEBHOOK = `mutation Webhook($url: String) { shopUpdate(webhookUrl: $url) { shop { id } userErrors { field message code } } }`;
const POLICY = `mutation SettingsPolicy($document: JSON!, $note: String) { policyUpdate(document: $document, note: $note) {
  policyVersion { number } userErrors { field message code } } }`;
const EMAIL = `mutation SettingsSender($settings: JSON!) { emailSettingsUpdate(settings: $settings) { userErrors { field message code } } }`;

/** A card's form: its fields' errors, a lasting "saved" line and a busy button. `save()` resolves to userErrors. */
function useSave(save, strip, onSaved) {
  const [errors, setErrors] = useState({});
  const [saved, setSaved] = useState(null);
  const [busy, setBusy] = useState(false);
  async function submit(event) {
    event.preventDefault();
    setBusy(true); setSaved(null);
    try {
      const result = await save();
      setErrors(fieldErrors(result.errors, { strip }));
      if (!result.errors.length) { if (onSaved) await onSaved(); setSaved(result.message); }
    } catch (error) {
      report(error);
      setErrors({ "": [error.message] });
    } finally {
      setBusy(false);
    }
  }
  return { errors, saved, busy, submit, dirty: () => setSaved(null) };
}

function Saved({ form }) {
  return html`${form.saved ? html`<${Banner} tone="success">${form.saved}</${Banner}>` : null}
    ${(form.errors[""] || []).length ? html`<${Banner}>${form.errors[""].join(" ")}</${Banner}>` : null}`;
}

function Contact({ shop }) {
  const [v, setV] = useState({ supportEmail: shop.supportEmail || "", phone: shop.phone || "", postalAddress: shop.postalAddress || "",
    openingHours: shop.openingHours || "" });
  const form = useSave(async () => ({ errors: (await gql(SHOP, v)).shopUpdate.userErrors,
    message: "Contact details saved. The policy page, the portal and every email now show them." }), []);
  const set = (k) => (e) => { setV({ ...v, [k]: e.target.value }); form.dirty(); };
  return html`<${Card} title="Contact details"><form onSubmit=${form.submit} novalidate>
    <p class="subdued">How customers reach you: printed under "Questions" on your return policy, in the portal and at the foot of every email. Leave a field empty to leave it out.</p>
    <${Saved} form=${form} />
    <div class="form-grid">
      <${Field} label="Support email" errors=${errorsAt(form.errors, "supportEmail")}>${(p) => html`<input ...${p} type="email" autocomplete="email" value=${v.supportEmail} onInput=${set("supportEmail")} />`}</${Field}>
      <${Field} label="Phone" errors=${errorsAt(form.errors, "phone")}>${(p) => html`<input ...${p} type="tel" autocomplete="tel" value=${v.phone} onInput=${set("phone")} />`}</${Field}>
    </div>
    <${Field} label="Postal address" help="Where customers can write to you (return parcels go to the return addresses below)." errors=${errorsAt(form.errors, "postalAddress")}>${(p) =>
      html`<textarea ...${p} rows="3" value=${v.postalAddress} onInput=${set("postalAddress")}></textarea>`}</${Field}>
    <${Field} label="Opening hours" help="For example: Monday to Friday, 9:00–17:00 (Eastern time)." errors=${errorsAt(form.errors, "openingHours")}>${(p) =>
      html`<input ...${p} type="text" value=${v.openingHours} onInput=${set("openingHours")} />`}</${Field}>
    <button class="button primary" type="submit" disabled=${form.busy}>${form.busy ? "Saving…" : "Save contact details"}</button>
  </form></${Card}>`;
}

const BLANK_ADDRESS = { name: "", countries: [], rest_of_world: false, recipient: "", address1: "", address2: null, city: "", province: null,
  zip: null, country: "", phone: null };
const ADDRESS_FIELDS = [
  ["recipient", "Recipient", "First line of the parcel's label, e.g. your shop's name and “Returns”."],
  ["address1", "Street and number"], ["address2", "Suite, unit, building (optional)"], ["city", "City"],
  ["province", "State or region (optional)"], ["zip", "Postal code"], ["country", "Country", "Two-letter code, e.g. US."],
  ["phone", "Phone for the carrier (optional)"],
];

/** A policy document with `change(shipping)` applied to a copy of its shipping section. */
function withShipping(document, change) {
  const copy = JSON.parse(JSON.stringify(document));
  copy.shipping = copy.shipping || {};
  change(copy.shipping);
  return copy;
}

async function savePolicy(document, note) {
  const r = (await gql(POLICY, { document, note })).policyUpdate;
  return { errors: r.userErrors, version: r.policyVersion?.number };
}

function AddressDialog({ policy, index, onClose, onDone }) {
  const existing = index == null ? BLANK_ADDRESS : policy.document.shipping.return_addresses[index];
  const [a, setA] = useState({ ...BLANK_ADDRESS, ...existing });
  const [countries, setCountries] = useState((existing.countries || []).join(", "));
  const set = (k, optional) => (e) => setA({ ...a, [k]: e.target.value === "" && optional ? null : e.target.value });
  const path = `document.shipping.return_addresses.${index == null ? policy.document.shipping.return_addresses?.length || 0 : index}`;
  async function confirm() {
    const address = { ...a, country: a.country.trim().toUpperCase(),
      countries: a.rest_of_world ? [] : countries.split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter(Boolean) };
    const document = withShipping(policy.document, (s) => {
      const list = [...(s.return_addresses || [])];
      if (index == null) list.push(address); else list[index] = address;
      s.return_addresses = list;
    });
    const saved = await savePolicy(document, `Return address ${index == null ? "added" : "changed"}: ${address.name}`);
    if (!saved.errors.length) await onDone(`Return address “${address.name}” saved (policy version ${saved.version}).`);
    return saved.errors;
  }
  return html`<${ActionDialog} title=${index == null ? "Add a return address" : `Edit ${existing.name}`} confirmLabel="Save address" onClose=${onClose}
    strip=${[]} onConfirm=${confirm}>${(errors) => {
      const at = (k) => errorsAt(errors, `${path}.${k}`, { prefix: true });
      const general = [...errorsAt(errors, path), ...errorsAt(errors, "document.shipping.return_addresses"), ...errorsAt(errors, "document.shipping")];
      return html`
        ${general.length ? html`<${Banner}>${general.join(" ")}</${Banner}>` : null}
        <${Field} label="Name (only staff see it)" help="E.g. US returns centre." errors=${at("name")}>${(p) => html`<input ...${p} type="text" value=${a.name} onInput=${set("name")} />`}</${Field}>
        <fieldset><legend>Returns from which countries come here</legend>
          <label class="check"><input type="checkbox" checked=${a.rest_of_world} onChange=${(e) => setA({ ...a, rest_of_world: e.target.checked })} /> Every country no other address covers</label>
          ${a.rest_of_world ? null : html`<${Field} label="Countries" help="Two-letter codes separated by commas, e.g. US, CA (EU for every EU member)." errors=${at("countries")}>${(p) =>
            html`<input ...${p} type="text" value=${countries} onInput=${(e) => setCountries(e.target.value)} />`}</${Field}>`}
        </fieldset>
        <div class="form-grid">${ADDRESS_FIELDS.map(([k, label, help]) => html`<${Field} label=${label} help=${help} errors=${at(k)}>${(p) =>
          html`<input ...${p} type="text" value=${a[k] ?? ""} onInput=${set(k, label.includes("optional"))} />`}</${Field}>`)}</div>`;
    }}
  </${ActionDialog}>`;
}

function Addresses({ policy, onSaved }) {
  const list = policy.document.shipping?.return_addresses || [];
  const [editing, setEditing] = useState(undefined); // undefined: closed; null: a new address; n: the n-th
  const [removing, setRemoving] = useState(null);
  const [done, setDone] = useState(null);
  const finish = (message) => onSaved().then(() => setDone(message));
  return html`<${Card} title="Return addresses" actions=${html`<button type="button" class="button" onClick=${() => { setDone(null); setEditing(null); }}>Add address</button>`}>
    <p class="subdued">Where parcels go back to, chosen by the order's shipping country. The right one is printed in the return instructions, the emails and the return slip.</p>
    ${done ? html`<${Banner} tone="success" onDismiss=${() => setDone(null)}>${done}</${Banner}>` : null}
    ${list.length ? html`<ul class="address-list">${list.map((a, i) => html`<li class="list-entry" data-address=${a.name}>
      <div class="spread"><strong>${a.name}</strong>
        <div class="row"><button type="button" class="button small" aria-label=${`Edit ${a.name}`} onClick=${() => { setDone(null); setEditing(i); }}>Edit</button>
          <button type="button" class="button small critical-outline" aria-label=${`Remove ${a.name}`} onClick=${() => { setDone(null); setRemoving(i); }}>Remove</button></div></div>
      <div class="subdued">For ${a.rest_of_world ? "every other country" : a.countries.join(", ")}</div>
      <address>${[a.recipient, a.address1, a.address2, [a.city, a.province, a.zip].filter(Boolean).join(" "), a.country].filter(Boolean).map((l) => html`${l}<br />`)}</address>
    </li>`)}</ul>`
      : html`<${EmptyState} title="No return address yet">Customers are told to ask you for one. Add where returns should go.</${EmptyState}>`}
    ${editing !== undefined ? html`<${AddressDialog} policy=${policy} index=${editing} onClose=${() => setEditing(undefined)} onDone=${finish} />` : null}
    ${removing != null ? html`<${ActionDialog} title=${`Remove ${list[removing].name}?`} confirmLabel="Remove address" tone="critical" onClose=${() => setRemoving(null)}
      strip=${[]} onConfirm=${async () => {
        const name = list[removing].name;
        const saved = await savePolicy(withShipping(policy.document, (s) => { s.return_addresses = list.filter((_, i) => i !== removing); }), `Return address removed: ${name}`);
        if (!saved.errors.length) await finish(`Return address “${name}” removed (policy version ${saved.version}).`);
        return saved.errors;
      }}><p>Returns from ${list[removing].rest_of_world ? "every other country" : list[removing].countries.join(", ")} will no longer be sent here. Approved returns keep the address they were given.</p></${ActionDialog}>` : null}
  </${Card}>`;
}

function Labels({ policy, onSaved }) {
  const [countries, setCountries] = useState((policy.document.shipping?.label_countries || []).join(", "));
  const form = useSave(async () => {
    const codes = countries.split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
    const saved = await savePolicy(withShipping(policy.document, (s) => { s.label_countries = codes; }), "Prepaid label countries changed");
    return { errors: saved.errors, message: `Saved as policy version ${saved.version}.` };
  }, ["document", "shipping"], onSaved);
  return html`<${Card} title="Prepaid return labels"><form onSubmit=${form.submit} novalidate>
    <p class="subdued">Customers shipping from these countries may choose a prepaid label; you attach it to the return when you approve it.</p>
    <${Saved} form=${form} />
    <${Field} label="Countries where you provide a label" help="Two-letter codes separated by commas, e.g. US, CA. Empty: no prepaid labels."
      errors=${errorsAt(form.errors, "label_countries", { prefix: true })}>${(p) => html`<input ...${p} type="text" value=${countries}
      onInput=${(e) => { setCountries(e.target.value); form.dirty(); }} />`}</${Field}>
    <button class="button primary" type="submit" disabled=${form.busy}>${form.busy ? "Saving…" : "Save label countries"}</button>
  </form></${Card}>`;
}

function Notifications({ shop, emailSettings }) {
  const [fromName, setFromName] = useState(emailSettings.from_name || "");
  const [replyTo, setReplyTo] = useState(emailSettings.reply_to || "");
  const [webhook, setWebhook] = useState(shop.webhookUrl || "");
  const sender = useSave(async () => ({
    errors: (await gql(EMAIL, { settings: { ...emailSettings, from_name: fromName.trim() || null, reply_to: replyTo.trim() || null } })).emailSettingsUpdate.userErrors,
    message: "Sender saved: the next emails go out with it." }), ["settings"]);
  const hook = useSave(async () => ({ errors: (await gql(WEBHOOK, { url: webhook.trim() || null })).shopUpdate.userErrors,
    message: webhook.trim() ? "Webhook saved: return, refund and cancellation events are sent to it." : "Webhook removed: no events are sent." }), []);
  return html`<${Card} title="Notifications">
    <form onSubmit=${sender.submit} novalidate>
      <h3>Customer emails</h3>
      <p class="subdued">Customers get an email at every step of their return. Logo, colours and wording are on the <a href="#/emails">Emails</a> page.</p>
      <${Saved} form=${sender} />
      <div class="form-grid">
        <${Field} label="Sender name" help="Defaults to your shop's name." errors=${errorsAt(sender.errors, "from_name")}>${(p) =>
          html`<input ...${p} type="text" value=${fromName} onInput=${(e) => { setFromName(e.target.value); sender.dirty(); }} />`}</${Field}>
        <${Field} label="Replies go to" help="Defaults to the support email." errors=${errorsAt(sender.errors, "reply_to")}>${(p) =>
          html`<input ...${p} type="email" value=${replyTo} onInput=${(e) => { setReplyTo(e.target.value); sender.dirty(); }} />`}</${Field}>
      </div>
      <button class="button primary" type="submit" disabled=${sender.busy}>${sender.busy ? "Saving…" : "Save sender"}</button>
    </form>
    <form class="section" onSubmit=${hook.submit} novalidate>
      <h3>Events for your other systems</h3>
      <p class="subdued">Recourse posts each return, refund and cancellation event to this address, signed with your API secret.</p>
      <${Saved} form=${hook} />
      <${Field} label="Webhook URL" help="An https address. Empty: no events are sent." errors=${errorsAt(hook.errors, "webhookUrl")}>${(p) =>
        html`<input ...${p} type="url" value=${webhook} onInput=${(e) => { setWebhook(e.target.value); hook.dirty(); }} />`}</${Field}>
      <button class="button" type="submit" disabled=${hook.busy}>${hook.busy ? "Saving…" : "Save webhook"}</button>
    </form>
  </${Card}>`;
}

/** Who carries refunds, cancellations and returns out (Shop.platform): shown, not edited here. */
function Platform({ shop }) {
  const shopify = shop.platform === "SHOPIFY";
  return html`<${Card} title="Platform">
    <dl class="facts">
      <dt>Carried out by</dt>
      <dd>${shopify ? "Shopify: Recourse carries refunds, cancellations and return steps out on your Shopify store itself."
        : "Your own system (manual): it acts on the events sent to your webhook and confirms each refund on the Refunds page."}</dd>
      ${shopify ? html`<dt>Customer emails</dt><dd>${shop.platformNotifiesCustomer
        ? "Shopify emails customers about the refunds and cancellations it carries out; Recourse does not."
        : "Recourse emails customers about refunds and cancellations."}</dd>` : null}
    </dl>
    <p class="subdued">${shopify ? html`What the platform could not carry out is listed on the <a href="#/platform">Platform</a> page. ` : null}This is set when the app is installed (or through the admin API's <code>shopUpdate</code>), not on this page.</p>
  </${Card}>`;
}

export function Settings() {
  const state = useQuery(QUERY);
  return html`<${PageHeader} title="Settings" subtitle="Your shop's contact details, where returns go, labels and notifications." />
    <${Loaded} state=${state} label="Loading settings…">${(data) => html`<div class="stack">
      <${Contact} shop=${data.shop} />
      <${Addresses} policy=${data.policy} onSaved=${state.reload} />
      <${Labels} policy=${data.policy} onSaved=${state.reload} />
      <${Notifications} shop=${data.shop} emailSettings=${data.emailSettings.settings} />
      <${Platform} shop=${data.shop} />
    </div>`}</${Loaded}>`;
}
