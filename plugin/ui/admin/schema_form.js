// A form generated from the policy's JSON Schema, so every field of the document is editable and
// a new setting appears without UI work. Labels and help are the schema's titles and descriptions,
// written for a merchant (plugin/policy/model.py). Errors come from the API (userErrors whose field
// is the path into the document) and show next to the input they name. A folded section or group
// draws its inputs only once opened: the policy has about 200, and drawing them all held the page.
import { html, useState } from "../shared/html.js";
import { humanize } from "../shared/format.js";
import { errorsAt } from "../shared/client.js";
import { Field, FieldError } from "../shared/ui.js";

export function resolve(root, schema) {
  let node = schema || {};
  while (node.$ref) node = { ...root.$defs[node.$ref.split("/").pop()], ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== "$ref")) };
  return node;
}

/** {nullable, schema} for `anyOf: [X, {type: null}]`, the common Optional[X] shape. */
function unwrap(root, schema) {
  const node = resolve(root, schema);
  if (node.anyOf) {
    const rest = node.anyOf.filter((s) => s.type !== "null");
    const nullable = rest.length < node.anyOf.length;
    if (rest.length === 1) {
      const inner = resolve(root, rest[0]);
      return { nullable, schema: { ...inner, title: node.title || inner.title, description: node.description || inner.description, default: node.default } };
    }
    return { nullable, schema: node };
  }
  return { nullable: false, schema: node };
}

/** A value for a schema with nothing set: its default, else an object of its properties' defaults. */
export function blank(root, schema) {
  const { schema: node } = unwrap(root, schema);
  if (node.default !== undefined && node.default !== null) return structuredClone(node.default);
  if (node.type === "object" && node.properties) {
    return Object.fromEntries(Object.entries(node.properties).map(([k, s]) => [k, blank(root, s)]).filter(([, v]) => v !== undefined));
  }
  if (node.type === "array") return [];
  if (node.type === "boolean") return false;
  if (node.enum) return node.enum[0];
  if (node.type === "integer" || node.type === "number") return node.minimum ?? 0;
  if (node.type === "string") return "";
  return null;
}

// Every setting's title is written for a merchant; the key, in sentence case, only if one is missing.
const label = (key, node) => node.title || humanize(key);
// Choices whose code in sentence case would not say what they mean.
const CHOICES = { MERCHANT_AT_FAULT: "When we are at fault", NON_RETURNABLE_MARK: "Marked non-returnable", FREE_GIFT: "Free gifts",
  ORIGINAL_PAYMENT: "Original payment method", CUSTOMER_CHOICE: "The customer's choice", INSPECT_BEFORE_REFUND: "Refund only after inspection",
  NONE: "Nothing", HOLD: "Hold for review", ON_RECEIPT: "When we receive the return", AFTER_INSPECTION: "After inspecting the return",
  NO: "No", ISSUE: "The issue", PACKAGING: "The packaging", MERCHANT: "We do", CUSTOMER: "The customer", DELIVERY: "Delivery",
  PURCHASE: "Purchase", SHIPMENT: "Shipment", WORN_OR_DAMAGED: "Worn or damaged items" };
const choice = (value) => CHOICES[value] || humanize(value);
/** The description as help, unless it only repeats the title ("Postal code." under "Postal code"). */
const helpOf = (node, title) => (node.description && node.description.replace(/\.$/, "") !== title ? node.description : null);

/** A path into the document (["shipping", "return_addresses", "0"]) in the form's words, for lint and history. */
export function titlesOf(root, path) {
  let node = root;
  return path.map((key) => {
    const here = unwrap(root, node).schema;
    if (here.properties?.[key]) {
      node = here.properties[key];
      return label(key, unwrap(root, node).schema);
    }
    if (here.type === "array" && /^\d+$/.test(key)) {
      node = here.items || {};
      return `${resolve(root, node).title || "Entry"} ${Number(key) + 1}`;
    }
    node = {};
    return humanize(key);
  });
}

/** How many inputs a schema draws (a list's entry counted once): long groups fold away. */
function leafCount(schema) {
  const { schema: node } = unwrap(ROOT, schema);
  if (node.type === "object" && node.properties) return Object.values(node.properties).reduce((n, s) => n + leafCount(s), 0);
  if (node.type === "array") {
    const items = resolve(ROOT, node.items || {});
    return items.type === "object" ? leafCount(items) : 1;
  }
  return 1;
}
const FOLD_OVER = 4; // a group of more inputs than this starts folded (one with an error opens)
const idFor = (path) => "pf-" + path.join("-").replace(/[^\w-]/g, "_");

function Scalar({ node, nullable, value, path, onChange, errors, title }) {
  const key = path.join(".");
  const messages = errorsAt(errors, key);
  const help = helpOf(node, title);
  if (node.type === "boolean") {
    const id = idFor(path);
    return html`<div class=${"field" + (messages.length ? " has-error" : "")}>
      <label class="check" for=${id}><input id=${id} type="checkbox" checked=${!!value} aria-describedby=${help ? id + "-help" : undefined}
        onChange=${(e) => onChange(e.target.checked)} /> <span class="label">${title}</span></label>
      ${help ? html`<div class="help" id=${id + "-help"}>${help}</div>` : null}
      <${FieldError} id=${id + "-error"} messages=${messages} />
    </div>`;
  }
  return html`<${Field} id=${idFor(path)} label=${title} help=${help} errors=${messages}>${(p) => {
    if (node.enum) {
      return html`<select ...${p} value=${value ?? ""} onChange=${(e) => onChange(e.target.value === "" ? null : e.target.value)}>
        ${nullable ? html`<option value="">Not set</option>` : null}
        ${node.enum.map((v) => html`<option value=${v}>${choice(v)}</option>`)}</select>`;
    }
    if (node.type === "integer" || node.type === "number") {
      return html`<input ...${p} type="number" inputmode="numeric" min=${node.minimum} max=${node.maximum} step=${node.type === "integer" ? 1 : "any"}
        value=${value ?? ""} placeholder=${nullable ? "Not set" : ""}
        onInput=${(e) => { const t = e.target.value.trim(); onChange(t === "" ? (nullable ? null : t) : Number.isFinite(Number(t)) ? Number(t) : t); }} />`;
    }
    return html`<input ...${p} type="text" value=${value ?? ""} placeholder=${nullable ? "Not set" : ""}
      onInput=${(e) => { const t = e.target.value; onChange(t === "" && nullable ? null : t); }} />`;
  }}</${Field}>`;
}

function StringList({ node, value, path, onChange, errors, title }) {
  const items = resolve(ROOT, node.items || {});
  if (items.enum) {
    const chosen = new Set(value || []);
    return html`<fieldset class=${errorsAt(errors, path.join("."), { prefix: true }).length ? "has-error" : ""}><legend>${title}</legend>
      ${node.description ? html`<p class="help">${node.description}</p>` : null}
      <div class="form-grid">${items.enum.map((v) => html`<label class="check"><input type="checkbox" checked=${chosen.has(v)}
        onChange=${(e) => { const next = new Set(chosen); e.target.checked ? next.add(v) : next.delete(v); onChange(items.enum.filter((x) => next.has(x))); }} /> ${choice(v)}</label>`)}</div>
      <${FieldError} messages=${errorsAt(errors, path.join("."), { prefix: true })} />
    </fieldset>`;
  }
  return html`<${Field} id=${idFor(path)} label=${title} help=${(node.description ? node.description + " " : "") + "One per line."}
    errors=${errorsAt(errors, path.join("."), { prefix: true })}>${(p) => html`<textarea ...${p} value=${(value || []).join("\n")}
    onInput=${(e) => onChange(e.target.value.split("\n").map((s) => s.trim()).filter(Boolean).map((s) => (items.type === "integer" && /^-?\d+$/.test(s) ? Number(s) : s)))}></textarea>`}</${Field}>`;
}

/** Open as the merchant left it, else as `initial` says; one with an error opens itself. */
function useOpen(initial) {
  const [opened, setOpened] = useState(null);
  return [opened ?? initial, (e) => setOpened(e.currentTarget.open)];
}

/** A long group folded under a summary that says what it holds; it opens itself when it has an error.
 * `body` draws its inputs, called only while the group is open. */
function Fold({ title, count, errors, path, body }) {
  const bad = errorsAt(errors, path.join("."), { prefix: true }).length > 0;
  const [open, onToggle] = useOpen(bad);
  return html`<details class="group" open=${open || bad} onToggle=${onToggle} data-group=${path.join(".")}>
    <summary><span class="group-title">${title}</span>${count != null ? html` <span class="subdued">(${count})</span>` : null}
      ${bad ? html` <span class="badge badge-critical">Needs attention</span>` : null}</summary>
    ${open || bad ? html`<div class="group-body">${body()}</div>` : null}
  </details>`;
}

function ObjectList({ node, value, path, onChange, errors, title }) {
  const list = value || [];
  const item = node.items;
  const body = () => html`<${ObjectListBody} node=${node} list=${list} item=${item} path=${path} onChange=${onChange} errors=${errors} />`;
  return leafCount(item) > FOLD_OVER
    ? html`<${Fold} title=${title} count=${list.length} errors=${errors} path=${path} body=${body} />`
    : html`<fieldset><legend>${title}</legend>${body()}</fieldset>`;
}

function ObjectListBody({ node, list, item, path, onChange, errors }) {
  // Each entry is named by what one is ("Return address 2"), the list's title being what they all are.
  const one = resolve(ROOT, item).title || "Entry";
  return html`
    ${node.description ? html`<p class="help">${node.description}</p>` : null}
    <${FieldError} messages=${errorsAt(errors, path.join("."))} />
    ${list.map((entry, i) => html`<div class="list-entry">
      <div class="spread"><strong>${one} ${i + 1}</strong>
        <button type="button" class="button small" aria-label=${`Remove ${one.toLowerCase()} ${i + 1}`} onClick=${() => onChange(list.filter((_, j) => j !== i))}>Remove</button></div>
      <${Node} schema=${item} value=${entry} path=${[...path, String(i)]} errors=${errors} title=${`${one} ${i + 1}`} bare=${true}
        onChange=${(v) => onChange(list.map((x, j) => (j === i ? v : x)))} />
    </div>`)}
    <button type="button" class="button small" onClick=${() => onChange([...list, blank(ROOT, item)])}>Add ${one.toLowerCase()}</button>`;
}

function JsonValue({ node, value, path, onChange, errors, title }) {
  return html`<${Field} id=${idFor(path)} label=${`${title} (JSON)`} help=${node.description} errors=${errorsAt(errors, path.join("."), { prefix: true })}>${(p) =>
    html`<textarea ...${p} class="mono" value=${JSON.stringify(value ?? null, null, 2)}
      onChange=${(e) => { try { onChange(JSON.parse(e.target.value)); } catch (_) { /* keep the last valid value */ } }}></textarea>`}</${Field}>`;
}

let ROOT = null;

function Node({ schema, value, path, onChange, errors, title, bare = false }) {
  const { nullable, schema: node } = unwrap(ROOT, schema);
  const key = path[path.length - 1];
  const name = title || label(key, node);
  if (node.type === "object" && node.properties) {
    if (nullable && value == null) {
      return html`<fieldset><legend>${name}</legend>${node.description ? html`<p class="help">${node.description}</p>` : null}
        <button type="button" class="button small" onClick=${() => onChange(blank(ROOT, node))}>Set ${name.toLowerCase()}</button></fieldset>`;
    }
    const body = () => html`${node.description && !bare ? html`<p class="help">${node.description}</p>` : null}
      <${FieldError} messages=${errorsAt(errors, path.join("."))} />
      ${Object.entries(node.properties).map(([k, s]) => html`<${Node} schema=${s} value=${value?.[k]} path=${[...path, k]} errors=${errors}
        onChange=${(v) => onChange({ ...(value || {}), [k]: v })} />`)}
      ${nullable ? html`<button type="button" class="button small" onClick=${() => onChange(null)}>Remove ${name.toLowerCase()}</button>` : null}`;
    if (bare) return body();
    return leafCount(node) > FOLD_OVER
      ? html`<${Fold} title=${name} errors=${errors} path=${path} body=${body} />`
      : html`<fieldset><legend>${name}</legend>${body()}</fieldset>`;
  }
  if (node.type === "array") {
    const items = resolve(ROOT, node.items || {});
    if (items.type === "object") return html`<${ObjectList} node=${node} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`;
    if (["string", "integer"].includes(items.type) || items.enum) return html`<${StringList} node=${node} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`;
  }
  if (["string", "integer", "number", "boolean"].includes(node.type) || node.enum || node.const !== undefined) {
    return html`<${Scalar} node=${node} nullable=${nullable} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`;
  }
  return html`<${JsonValue} node=${node} value=${value} path=${path} onChange=${onChange} errors=${errors} title=${name} />`;
}

/** One top-level section, folded (Returns open) until the merchant opens it or it has an error. */
function Section({ name, schema, value, onChange, errors }) {
  const node = unwrap(ROOT, schema).schema;
  const bad = errorsAt(errors, name, { prefix: true }).length > 0;
  const [open, onToggle] = useOpen(name === "returns");
  return html`<details class="card section-card" open=${open || bad} onToggle=${onToggle} data-section=${name}>
    <summary><span class="section-title">${label(name, node)}</span>${bad ? html` <span class="badge badge-critical">Needs attention</span>` : null}
      <span class="subdued section-desc">${helpOf(node, label(name, node)) || ""}</span></summary>
    ${open || bad ? html`<div class="section-body"><${Node} schema=${schema} value=${value} path=${[name]} errors=${errors} bare=${true}
      onChange=${onChange} /></div>` : null}
  </details>`;
}

/** One collapsible section per top-level key; sections with errors open themselves. */
export function SchemaForm({ schema, value, onChange, errors, skip = [] }) {
  ROOT = schema;
  return html`${Object.entries(schema.properties).filter(([k]) => !skip.includes(k)).map(([k, s]) => html`<${Section} key=${k} name=${k}
    schema=${s} value=${value[k]} errors=${errors} onChange=${(v) => onChange({ ...value, [k]: v })} />`)}`;
}
