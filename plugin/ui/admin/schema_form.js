// A form generated from the policy's JSON Schema, so every field of the document is editable and
// a new setting appears without UI work. Errors come from the API (userErrors whose field is the
// path into the document) and show next to the input they name.
import { html } from "../shared/html.js";
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

// Titles of shared definitions are class names ("ReturnWindow") and pydantic title-cases field names
// ("Most Items Only"); the property's own name in sentence case reads better, and a few get words.
const NAMES = { eu: "EU consumer rights", sales_channels: "Sales channels", risk: "Fraud risk", fault: "Damaged, defective or wrong items",
  sets: "Sets sold together", fees: "Fees and deductions", product_rules: "Rules for some products", verification: "Verification by email",
  first_returns: "Returns with first-return terms", label_countries: "Countries with a prepaid label", rest_of_world: "Every other country",
  zip: "Postal code", address1: "Street and number", address2: "Suite, unit, building", payer: "Who pays return postage",
  most_items_only: "Only for most items", auto_approve: "Approve requests automatically", on_high: "At high risk", on_medium: "At medium risk" };
const label = (key, node) => NAMES[key] || humanize(key);

/** Help written for developers names settings in backticks (`cancellation.stated`): say them as the form does. */
export function plainHelp(text) {
  if (!text) return text;
  return text.replace(/`([^`]+)`/g, (_, code) => "“" + code.split(".").map((part) => NAMES[part] || humanize(part)).join(" › ") + "”");
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
  const help = plainHelp(node.description);
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
        ${node.enum.map((v) => html`<option value=${v}>${humanize(v)}</option>`)}</select>`;
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
      ${node.description ? html`<p class="help">${plainHelp(node.description)}</p>` : null}
      <div class="form-grid">${items.enum.map((v) => html`<label class="check"><input type="checkbox" checked=${chosen.has(v)}
        onChange=${(e) => { const next = new Set(chosen); e.target.checked ? next.add(v) : next.delete(v); onChange(items.enum.filter((x) => next.has(x))); }} /> ${humanize(v)}</label>`)}</div>
      <${FieldError} messages=${errorsAt(errors, path.join("."), { prefix: true })} />
    </fieldset>`;
  }
  return html`<${Field} id=${idFor(path)} label=${title} help=${(node.description ? plainHelp(node.description) + " " : "") + "One per line."}
    errors=${errorsAt(errors, path.join("."), { prefix: true })}>${(p) => html`<textarea ...${p} value=${(value || []).join("\n")}
    onInput=${(e) => onChange(e.target.value.split("\n").map((s) => s.trim()).filter(Boolean).map((s) => (items.type === "integer" && /^-?\d+$/.test(s) ? Number(s) : s)))}></textarea>`}</${Field}>`;
}

/** A long group folded under a summary that says what it holds; it opens itself when it has an error. */
function Fold({ title, count, errors, path, children }) {
  const bad = errorsAt(errors, path.join("."), { prefix: true }).length > 0;
  return html`<details class="group" open=${bad} data-group=${path.join(".")}>
    <summary><span class="group-title">${title}</span>${count != null ? html` <span class="subdued">(${count})</span>` : null}
      ${bad ? html` <span class="badge badge-critical">Needs attention</span>` : null}</summary>
    <div class="group-body">${children}</div>
  </details>`;
}

function ObjectList({ node, value, path, onChange, errors, title }) {
  const list = value || [];
  const item = node.items;
  const body = html`<${ObjectListBody} node=${node} list=${list} item=${item} path=${path} onChange=${onChange} errors=${errors} title=${title} />`;
  return leafCount(item) > FOLD_OVER
    ? html`<${Fold} title=${title} count=${list.length} errors=${errors} path=${path}>${body}</${Fold}>`
    : html`<fieldset><legend>${title}</legend>${body}</fieldset>`;
}

function ObjectListBody({ node, list, item, path, onChange, errors, title }) {
  return html`
    ${node.description ? html`<p class="help">${plainHelp(node.description)}</p>` : null}
    <${FieldError} messages=${errorsAt(errors, path.join("."))} />
    ${list.map((entry, i) => html`<div class="list-entry">
      <div class="spread"><strong>${title} ${i + 1}</strong>
        <button type="button" class="button small" aria-label=${`Remove ${title} ${i + 1}`} onClick=${() => onChange(list.filter((_, j) => j !== i))}>Remove</button></div>
      <${Node} schema=${item} value=${entry} path=${[...path, String(i)]} errors=${errors} title=${`${title} ${i + 1}`} bare=${true}
        onChange=${(v) => onChange(list.map((x, j) => (j === i ? v : x)))} />
    </div>`)}
    <button type="button" class="button small" onClick=${() => onChange([...list, blank(ROOT, item)])}>Add ${title.toLowerCase()}</button>`;
}

function JsonValue({ node, value, path, onChange, errors, title }) {
  return html`<${Field} id=${idFor(path)} label=${`${title} (JSON)`} help=${plainHelp(node.description)} errors=${errorsAt(errors, path.join("."), { prefix: true })}>${(p) =>
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
      return html`<fieldset><legend>${name}</legend>${node.description ? html`<p class="help">${plainHelp(node.description)}</p>` : null}
        <button type="button" class="button small" onClick=${() => onChange(blank(ROOT, node))}>Set ${name.toLowerCase()}</button></fieldset>`;
    }
    const body = html`${node.description && !bare ? html`<p class="help">${plainHelp(node.description)}</p>` : null}
      <${FieldError} messages=${errorsAt(errors, path.join("."))} />
      ${Object.entries(node.properties).map(([k, s]) => html`<${Node} schema=${s} value=${value?.[k]} path=${[...path, k]} errors=${errors}
        onChange=${(v) => onChange({ ...(value || {}), [k]: v })} />`)}
      ${nullable ? html`<button type="button" class="button small" onClick=${() => onChange(null)}>Remove ${name.toLowerCase()}</button>` : null}`;
    if (bare) return body;
    return leafCount(node) > FOLD_OVER
      ? html`<${Fold} title=${name} errors=${errors} path=${path}>${body}</${Fold}>`
      : html`<fieldset><legend>${name}</legend>${body}</fieldset>`;
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

/** One collapsible section per top-level key; sections with errors open themselves. */
export function SchemaForm({ schema, value, onChange, errors, skip = [] }) {
  ROOT = schema;
  return html`${Object.entries(schema.properties).filter(([k]) => !skip.includes(k)).map(([k, s]) => {
    const node = unwrap(schema, s).schema;
    const bad = errorsAt(errors, k, { prefix: true }).length > 0;
    return html`<details class="card section-card" open=${bad || k === "returns"} data-section=${k}>
      <summary><span class="section-title">${label(k, node)}</span>${bad ? html` <span class="badge badge-critical">Needs attention</span>` : null}
        <span class="subdued section-desc">${plainHelp(node.description) || ""}</span></summary>
      <div class="section-body"><${Node} schema=${s} value=${value[k]} path=${[k]} errors=${errors} bare=${true}
        onChange=${(v) => onChange({ ...value, [k]: v })} /></div>
    </details>`;
  })}`;
}
