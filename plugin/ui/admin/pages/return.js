// One return: lines with photos, the decision and quote, instructions, refunds, risk in plain
// words, the audit timeline; and every staff step, each confirmed in a dialog that shows the
// API's userErrors next to the field they name.
import { html, useState, useEffect } from "../../shared/html.js";
import { money, date, dateTime, humanize } from "../../shared/format.js";
import { Badge, Banner, Card, Field } from "../../shared/ui.js";
import { errorsAt } from "../../shared/client.js";
import { gql } from "../api.js";
import { currentToken } from "../session.js";
import { useQuery, Loaded, PageHeader, ActionDialog, who } from "../components.js";
import { OPERATION_FIELDS, PlatformBanner, PlatformCard } from "./platform.js";
import { EXCHANGE_FIELDS, ChargeDialog, CreditCard, ExchangeCard } from "./exchange.js";

const M = "amount currencyCode";
const RETURN_FIELDS = `id name status nextStep orderId resolution shippingMethod policyVersion shipBy declineReason declineNote staffNote
  customerNote customerName availableSteps requestedAt approvedAt receivedAt closedAt requestedBy overrideReason customerEmail labelMissing label { carrier trackingNumber url }
  quotedTotal { ${M} } suggestedRefund { ${M} }
  decision { allowed reasons { code message }
    refund { items { ${M} } shipping { ${M} } fees { ${M} } credits { ${M} } total { ${M} } lines { kind lineId description amount { ${M} } taxIncluded { ${M} } } }
    deadlines { returnBy shipBy responseDue refundExpectedFrom refundExpectedTo }
    instructions { steps include returnAddress { formatted } } shipping { summary } }
  lines { id quantity reason reasonHandle reasonLabel condition customerNote photos quotedAmount { ${M} } receivedQuantity acceptedQuantity rejectedQuantity
    inspectionCondition restock line { id title variantTitle sku unitPrice { ${M} } } }
  refunds { id kind amount { ${M} } status reason note createdAt processedAt platformError }
  timeline { action actor at note }
  platformOperations { ${OPERATION_FIELDS} }
  ${EXCHANGE_FIELDS}
  risk { score level recommendation facts { code description sentiment weight } }`;

const QUERY = `query ReturnPage($id: ID!) { return(id: $id) { ${RETURN_FIELDS} } }`;
const PAYLOAD = `return { id status } userErrors { field message code }`;
const MUTATIONS = {
  approve: `mutation Approve($id: ID!) { returnApproveRequest(id: $id) { ${PAYLOAD} } }`,
  // `note` is the customer's (email and storefront); `staffNote` stays in the admin.
  decline: `mutation Decline($id: ID!, $reason: ReturnDeclineReason!, $note: String, $staffNote: String) { returnDeclineRequest(id: $id, declineReason: $reason, note: $note, staffNote: $staffNote) { ${PAYLOAD} } }`,
  receive: `mutation Receive($id: ID!, $lines: [ReturnLineQuantityInput!]!) { returnMarkReceived(id: $id, lines: $lines) { ${PAYLOAD} } }`,
  inspect: `mutation Inspect($id: ID!, $lines: [ReturnLineInspectionInput!]!) { returnInspect(id: $id, lines: $lines) { ${PAYLOAD} } }`,
  refund: `mutation Refund($input: RefundCreateInput!) { refundCreate(input: $input) { refund { id } userErrors { field message code } } }`,
  close: `mutation Close($id: ID!) { returnClose(id: $id) { ${PAYLOAD} } }`,
  reopen: `mutation Reopen($id: ID!) { returnReopen(id: $id) { ${PAYLOAD} } }`,
  label: `mutation AttachLabel($id: ID!, $label: ReturnLabelInput!) { returnLabelAttach(id: $id, label: $label) { ${PAYLOAD} } }`,
  resend: `mutation ResendInstructions($id: ID!) { returnInstructionsResend(id: $id) { ${PAYLOAD} } }`,
};
const DECLINE_REASONS = ["FINAL_SALE", "RETURN_PERIOD_ENDED", "NOT_ELIGIBLE", "CONDITION_NOT_MET", "SUSPECTED_FRAUD", "OTHER"];
const CONDITIONS = ["AS_DESCRIBED", "WORN", "WASHED", "DAMAGED", "MISSING_TAGS", "MISSING_PACKAGING", "MISSING_ACCESSORIES", "WRONG_ITEM", "OTHER"];

async function run(name, variables) {
  const data = await gql(MUTATIONS[name], variables);
  return Object.values(data)[0].userErrors;
}

// The API's availableSteps (the state machine narrowed by the lines and the refund ledger) -> the
// dialogs below: a step already done (every unit received or inspected, nothing left to refund) is
// not offered at all.
const STEP_KEYS = { ATTACH_LABEL: "label", APPROVE: "approve", DECLINE: "decline", MARK_RECEIVED: "receive", INSPECT: "inspect",
  REFUND: "refund", CLOSE: "close", REOPEN: "reopen" };
const LABELS = { resend: "Send instructions again", label: "Attach label", approve: "Approve", decline: "Decline", receive: "Mark received", inspect: "Inspect", refund: "Refund", close: "Close return", reopen: "Reopen", charge: "Charge via invoice" };

/** A customer photo: GET /admin/photos/<id> needs the session token, which an <img src> cannot
 * send, so it is fetched and shown from a blob URL (revoked when the thumbnail goes). */
function Photo({ photoRef, alt }) {
  const [src, setSrc] = useState(null);
  useEffect(() => {
    let url = null, live = true;
    fetch(`/admin/photos/${encodeURIComponent(photoRef)}`, { headers: { Authorization: `Bearer ${currentToken()}` } })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => { if (blob && live) { url = URL.createObjectURL(blob); setSrc(url); } })
      .catch(() => {});
    return () => { live = false; if (url) URL.revokeObjectURL(url); };
  }, [photoRef]);
  return src ? html`<a href=${src} target="_blank" rel="noopener"><img src=${src} alt=${alt} /></a>` : html`<span class="thumb-placeholder">${alt}</span>`;
}

/** The tax the quoted amount of an item includes ("$49.99 each" then $53.99 must add up). */
function taxOf(ret, l) {
  const quoted = (ret.decision?.refund?.lines || []).find((q) => q.kind === "ITEM" && q.lineId === l.line.id);
  return quoted?.taxIncluded && Number(quoted.taxIncluded.amount) ? quoted.taxIncluded : null;
}

function Lines({ ret }) {
  return html`${ret.lines.map((l) => html`<div class="line-item" data-line=${l.line.title}>
    <div>
      <div><strong>${l.line.title}</strong>${l.line.variantTitle ? html` <span class="subdued">· ${l.line.variantTitle}</span>` : null}</div>
      <div class="subdued">${[l.line.sku, `${money(l.line.unitPrice)} each`].filter(Boolean).join(" · ")}</div>
      <div>Reason: ${l.reasonLabel}${l.reasonHandle !== l.reason ? html` <span class="subdued">(counts as ${humanize(l.reason)})</span>` : null}</div>
      ${l.condition.length ? html`<div class="subdued">Customer declared: ${l.condition.map(humanize).join(", ")}</div>` : null}
      ${l.customerNote ? html`<blockquote class="customer-note">“${l.customerNote}”</blockquote>` : null}
      ${l.photos.length ? html`<div class="thumbs" aria-label="Customer photos">${l.photos.map((ref, i) => html`<${Photo} photoRef=${ref} alt=${`Photo ${i + 1} of ${l.line.title}`} />`)}</div>` : null}
      <div class="row subdued">
        <span>Received ${l.receivedQuantity} of ${l.quantity}</span>
        ${l.acceptedQuantity || l.rejectedQuantity ? html`<span>· accepted ${l.acceptedQuantity}, rejected ${l.rejectedQuantity}</span>` : null}
        ${l.inspectionCondition ? html`<span>· ${humanize(l.inspectionCondition)}${l.restock ? ", restocked" : ""}</span>` : null}
      </div>
    </div>
    <div class="num"><div>× ${l.quantity}</div><div class="subdued">${money(l.quotedAmount)}</div>
      ${taxOf(ret, l) ? html`<div class="subdued tax-note">incl. ${money(taxOf(ret, l))} tax</div>` : null}</div>
  </div>`)}`;
}

function Quote({ ret }) {
  const q = ret.decision.refund;
  return html`<dl class="facts">
    <dt>Items</dt><dd class="num">${money(q.items)}</dd>
    <dt>Shipping refunded</dt><dd class="num">${money(q.shipping)}</dd>
    <dt>Fees</dt><dd class="num">${/[1-9]/.test(q.fees.amount) ? "−" : ""}${money(q.fees)}</dd>
    ${Number(q.credits.amount) ? html`<dt>Credits</dt><dd class="num">${money(q.credits)}</dd>` : null}
    <dt><strong>${ret.resolution === "REFUND" ? "Quoted refund" : "Quoted value"}</strong></dt><dd class="num"><strong>${money(q.total)}</strong></dd>
  </dl>
  ${q.lines.filter((l) => l.kind !== "ITEM").map((l) => html`<div class="subdued">${l.description}: ${money(l.amount)}</div>`)}`;
}

export function Risk({ risk }) {
  if (!risk) return html`<p class="subdued">No risk assessment.</p>`;
  return html`<div class="row"><${Badge} value=${risk.level}>${humanize(risk.level)} risk · score ${risk.score}</${Badge}></div>
    <p class="subdued">Recommendation: ${humanize(risk.recommendation).toLowerCase()}</p>
    ${risk.facts.map((f) => html`<div class="fact"><span class="fact-weight">${f.weight > 0 ? "+" : ""}${f.weight}</span><span>${f.description}</span></div>`)}`;
}

/** "return.approved" -> "Approved"; "refund.created" -> "Refund created". */
const PLATFORM_EVENTS = { carried_out: "Carried out on the platform", refused: "Refused by the platform",
  handed: "Left to staff by the platform", retried: "Sent to the platform again" };
export function eventLabel(action) {
  const [subject, verb] = action.split(".");
  if (subject === "platform" && PLATFORM_EVENTS[verb]) return PLATFORM_EVENTS[verb];
  return subject === "return" ? humanize(verb) : humanize(`${subject}_${verb || ""}`);
}

export function Timeline({ events }) {
  return html`<ol class="timeline" aria-label="Timeline">${events.map((e) => html`<li>
    <div><strong>${eventLabel(e.action)}</strong> <span class="subdued">by ${who(e.actor)}</span></div>
    <div class="when">${dateTime(e.at)}</div>
    ${e.note ? html`<div>${e.note}</div>` : null}
  </li>`)}</ol>`;
}

function DeclineDialog({ ret, onClose, onDone }) {
  const [reason, setReason] = useState("OTHER");
  const [note, setNote] = useState("");
  const [staffNote, setStaffNote] = useState("");
  return html`<${ActionDialog} title=${`Decline ${ret.name}`} confirmLabel="Decline return" tone="critical" onClose=${onClose} onDone=${onDone}
    onConfirm=${() => run("decline", { id: ret.id, reason, note: note || null, staffNote: staffNote || null })}>${(errors) => html`
    <p>The customer gets an email with the reason and your message.</p>
    <${Field} label="Reason" errors=${errorsAt(errors, "declineReason")}>${(p) => html`<select ...${p} value=${reason} onChange=${(e) => setReason(e.target.value)}>
      ${DECLINE_REASONS.map((r) => html`<option value=${r}>${humanize(r)}</option>`)}</select>`}</${Field}>
    <${Field} label="Message to the customer" errors=${errorsAt(errors, "note")} help="Shown in the decline email.">${(p) => html`<textarea ...${p} value=${note} onInput=${(e) => setNote(e.target.value)}></textarea>`}</${Field}>
    <${Field} label="Staff note" errors=${errorsAt(errors, "staffNote")} help="Only staff see it, never the customer.">${(p) => html`<textarea ...${p} value=${staffNote} onInput=${(e) => setStaffNote(e.target.value)}></textarea>`}</${Field}>`}
  </${ActionDialog}>`;
}

function ReceiveDialog({ ret, onClose, onDone }) {
  const [qty, setQty] = useState(Object.fromEntries(ret.lines.map((l) => [l.id, Math.max(0, l.quantity - l.receivedQuantity)])));
  return html`<${ActionDialog} title=${`Mark ${ret.name} received`} confirmLabel="Mark received" onClose=${onClose} onDone=${onDone}
    onConfirm=${() => run("receive", { id: ret.id, lines: ret.lines.map((l) => ({ returnLineId: l.id, quantity: Number(qty[l.id]) || 0 })).filter((l) => l.quantity > 0) })}>${(errors) => html`
    <p>How many units arrived in this parcel, per item.</p>
    ${ret.lines.map((l, i) => html`<${Field} label=${`${l.line.title}: units received now (of ${l.quantity - l.receivedQuantity} expected)`} errors=${errorsAt(errors, `lines.${i}`, { prefix: true })}>${(p) =>
      html`<input ...${p} type="number" min="0" max=${l.quantity} value=${qty[l.id]} onInput=${(e) => setQty({ ...qty, [l.id]: e.target.value })} />`}</${Field}>`)}
    ${errorsAt(errors, "lines").length ? html`<${Banner}>${errorsAt(errors, "lines").join(" ")}</${Banner}>` : null}`}
  </${ActionDialog}>`;
}

function InspectDialog({ ret, onClose, onDone }) {
  const [rows, setRows] = useState(Object.fromEntries(ret.lines.map((l) => [l.id, {
    accepted: l.receivedQuantity, rejected: 0, condition: "AS_DESCRIBED", restock: true, note: "" }])));
  const set = (id, key, value) => setRows({ ...rows, [id]: { ...rows[id], [key]: value } });
  const lines = ret.lines.filter((l) => l.receivedQuantity > 0);
  return html`<${ActionDialog} title=${`Inspect ${ret.name}`} confirmLabel="Save inspection" onClose=${onClose} onDone=${onDone}
    onConfirm=${() => run("inspect", { id: ret.id, lines: lines.map((l) => ({ returnLineId: l.id, acceptedQuantity: Number(rows[l.id].accepted) || 0,
      rejectedQuantity: Number(rows[l.id].rejected) || 0, condition: rows[l.id].condition, restock: rows[l.id].restock, note: rows[l.id].note || null })) })}>${(errors) => html`
    ${lines.map((l, i) => html`<fieldset><legend>${l.line.title} (${l.receivedQuantity} received)</legend>
      <div class="form-grid">
        <${Field} label="Accepted units" errors=${errorsAt(errors, `lines.${i}.acceptedQuantity`)}>${(p) => html`<input ...${p} type="number" min="0" value=${rows[l.id].accepted} onInput=${(e) => set(l.id, "accepted", e.target.value)} />`}</${Field}>
        <${Field} label="Rejected units" errors=${errorsAt(errors, `lines.${i}.rejectedQuantity`)}>${(p) => html`<input ...${p} type="number" min="0" value=${rows[l.id].rejected} onInput=${(e) => set(l.id, "rejected", e.target.value)} />`}</${Field}>
        <${Field} label="Condition" errors=${errorsAt(errors, `lines.${i}.condition`)}>${(p) => html`<select ...${p} value=${rows[l.id].condition} onChange=${(e) => set(l.id, "condition", e.target.value)}>
          ${CONDITIONS.map((c) => html`<option value=${c}>${humanize(c)}</option>`)}</select>`}</${Field}>
      </div>
      <label class="check"><input type="checkbox" checked=${rows[l.id].restock} onChange=${(e) => set(l.id, "restock", e.target.checked)} /> Restock accepted units</label>
      <${Field} label="Inspection note" errors=${errorsAt(errors, `lines.${i}.note`)}>${(p) => html`<input ...${p} type="text" value=${rows[l.id].note} onInput=${(e) => set(l.id, "note", e.target.value)} />`}</${Field}>
      ${errorsAt(errors, `lines.${i}`).length ? html`<${Banner}>${errorsAt(errors, `lines.${i}`).join(" ")}</${Banner}>` : null}
    </fieldset>`)}`}
  </${ActionDialog}>`;
}

function RefundDialog({ ret, onClose, onDone }) {
  const [amount, setAmount] = useState(ret.suggestedRefund.amount);
  const [note, setNote] = useState("");
  return html`<${ActionDialog} title=${`Refund ${ret.name}`} confirmLabel=${`Refund ${money({ amount, currencyCode: ret.suggestedRefund.currencyCode })}`} onClose=${onClose} onDone=${onDone}
    onConfirm=${() => run("refund", { input: { returnId: ret.id, amount: amount === "" || amount === ret.suggestedRefund.amount ? null : amount, note: note || null, idempotencyKey: crypto.randomUUID() } })}>${(errors) => html`
    <p>Pre-filled with the policy's quote for the accepted units, less what this return already got: <strong>${money(ret.suggestedRefund)}</strong>.</p>
    <${Field} label=${`Amount (${ret.suggestedRefund.currencyCode})`} errors=${errorsAt(errors, "amount")} help="Edit to refund a different amount.">${(p) =>
      html`<input ...${p} type="text" inputmode="decimal" value=${amount} onInput=${(e) => setAmount(e.target.value.trim())} />`}</${Field}>
    <${Field} label="Note (staff only)" errors=${errorsAt(errors, "note")}>${(p) => html`<input ...${p} type="text" value=${note} onInput=${(e) => setNote(e.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`;
}

/** The instructions card says whether the customer has them: only an approved return's were sent. */
function instructionsTitle(ret) {
  if (ret.status === "REQUESTED" || ret.status === "ON_HOLD") return "Instructions (sent when approved)";
  if (ret.status === "DECLINED" || ret.status === "CANCELED") return "Instructions (not sent)";
  if (ret.labelMissing) return "Instructions (sent with the label)";
  return "Instructions sent";
}

function SimpleDialog({ ret, step, onClose, onDone }) {
  const text = {
    // A ship-by date only where the policy sets one (instructions.ship_within_days): never promised otherwise.
    approve: ret.decision.deadlines.shipBy ? "The customer gets the return instructions and the date to ship the parcel by."
      : "The customer gets the return instructions.",
    resend: "The customer gets the return instructions again by email, with the return address the policy gives now.",
    close: "Closing ends the return. You can reopen it later.",
    reopen: "The return goes back to open (or received, if its items arrived).",
  }[step];
  return html`<${ActionDialog} title=${`${LABELS[step]} ${ret.name}?`} confirmLabel=${LABELS[step]} onClose=${onClose} onDone=${onDone}
    onConfirm=${() => run(step, { id: ret.id })}><p>${text}</p></${ActionDialog}>`;
}

function LabelDialog({ ret, onClose, onDone }) {
  const [carrier, setCarrier] = useState(ret.label?.carrier || "");
  const [tracking, setTracking] = useState(ret.label?.trackingNumber || "");
  const [url, setUrl] = useState(ret.label?.url || "");
  return html`<${ActionDialog} title=${`Prepaid label for ${ret.name}`} confirmLabel="Attach label" onClose=${onClose} onDone=${onDone}
    strip=${["label"]} onConfirm=${() => run("label", { id: ret.id, label: { carrier, trackingNumber: tracking, url: url || null } })}>${(errors) => html`
    <p>The customer gets the return instructions with this label.</p>
    <${Field} label="Carrier" errors=${errorsAt(errors, "carrier")}>${(p) => html`<input ...${p} type="text" value=${carrier} onInput=${(e) => setCarrier(e.target.value)} />`}</${Field}>
    <${Field} label="Tracking number" errors=${errorsAt(errors, "trackingNumber")}>${(p) => html`<input ...${p} type="text" value=${tracking} onInput=${(e) => setTracking(e.target.value)} />`}</${Field}>
    <${Field} label="Label URL" help="A link to the label the carrier issued (https)." errors=${errorsAt(errors, "url")}>${(p) => html`<input ...${p} type="url" value=${url} onInput=${(e) => setUrl(e.target.value)} />`}</${Field}>`}
  </${ActionDialog}>`;
}

const DIALOGS = { label: LabelDialog, decline: DeclineDialog, receive: ReceiveDialog, inspect: InspectDialog, refund: RefundDialog, charge: ChargeDialog };

export function ReturnPage({ id }) {
  const state = useQuery(QUERY, { id });
  const [dialog, setDialog] = useState(null);
  const [done, setDone] = useState(null);
  return html`<${Loaded} state=${state} label="Loading the return…">${(data) => {
    const ret = data.return;
    if (!ret) return html`<${PageHeader} title="Return not found" back="#/returns" backLabel="Returns" />`;
    const steps = ret.availableSteps.map((s) => STEP_KEYS[s]).filter(Boolean);
    // One primary action: the next step in the return's life; declining is never the suggested one.
    const primary = steps.find((s) => s !== "decline");
    const Dialog = dialog && (DIALOGS[dialog] || SimpleDialog);
    const finished = () => { const message = `${LABELS[dialog]}: done.`; state.reload().then(() => setDone(message)); };
    return html`<${PageHeader} title=${ret.name} back="#/returns" backLabel="Returns" badges=${html`<${Badge} value=${ret.status} />`}
        subtitle=${`Requested ${dateTime(ret.requestedAt)} by ${who(ret.requestedBy)}${ret.customerName ? " · " + ret.customerName : ""}${ret.customerEmail ? " · " + ret.customerEmail : ""}`}
        actions=${steps.map((s) => html`<button type="button" class=${"button" + (s === primary ? " primary" : "") + (s === "decline" ? " critical-outline" : "")} onClick=${() => { setDone(null); setDialog(s); }}>${LABELS[s]}</button>`)} />
      ${done ? html`<${Banner} tone="success" onDismiss=${() => setDone(null)}>${done}</${Banner}>` : null}
      ${ret.status === "ON_HOLD" ? html`<${Banner} tone="warning" title="Held for fraud review">Resolve it in <a href="#/fraud">Fraud review</a> before anything else.</${Banner}>` : null}
      <${PlatformBanner} operations=${ret.platformOperations} />
      ${ret.labelMissing ? html`<${Banner} tone="warning" title="Prepaid label missing">The customer chose a prepaid label and has no instructions until you attach it.</${Banner}>` : null}
      ${ret.overrideReason ? html`<${Banner} tone="info" title="Created by staff over the policy's refusal">${ret.overrideReason}</${Banner}>` : null}
      <div class="grid-2">
        <div class="stack">
          ${ret.customerNote ? html`<${Card} title="Customer's note"><blockquote class="customer-note">“${ret.customerNote}”</blockquote>
            <p class="subdued">${ret.requestedBy.startsWith("staff") ? "What staff noted the customer said." : "Written by the customer with the request."}</p></${Card}>` : null}
          <${Card} title="Items"><${Lines} ret=${ret} /></${Card}>
          <${ExchangeCard} exchange=${ret.exchange} onCharge=${() => { setDone(null); setDialog("charge"); }} />
          <${CreditCard} credits=${ret.storeCredits} />
          <${Card} title="Refunds">
            ${ret.refunds.length ? ret.refunds.map((r) => html`<div class="spread line-item"><div>${money(r.amount)}${r.kind === "PAYMENT" ? "" : ` ${humanize(r.kind).toLowerCase()}`} <${Badge} value=${r.status} />
              <div class="subdued">${humanize(r.reason)} · ${dateTime(r.createdAt)}${r.note ? " · " + r.note : ""}</div>
              ${r.platformError ? html`<div class="platform-error">The platform refused it: ${r.platformError}</div>` : null}</div></div>`)
              : html`<p class="subdued">No refund yet.</p>`}
            <p>Suggested refund now: <strong>${money(ret.suggestedRefund)}</strong></p>
          </${Card}>
          <${PlatformCard} operations=${ret.platformOperations} onChanged=${state.reload} />
          <${Card} title="Timeline"><${Timeline} events=${ret.timeline} /></${Card}>
        </div>
        <div class="stack">
          <${Card} title="Decision">
            <p>${ret.decision.allowed ? "Allowed by the policy" : "Refused by the policy"}${ret.policyVersion ? ` (version ${ret.policyVersion})` : " (default policy)"}.</p>
            ${ret.decision.reasons.map((r) => html`<p class="subdued">${r.message}</p>`)}
            ${ret.declineReason ? html`<p><strong>Declined:</strong> ${humanize(ret.declineReason)}${ret.declineNote ? ` — “${ret.declineNote}”` : ""}${ret.staffNote ? ` (staff: ${ret.staffNote})` : ""}</p>` : null}
            <${Quote} ret=${ret} />
            <dl class="facts section">
              <dt>Resolution</dt><dd>${humanize(ret.resolution)}</dd>
              <dt>Shipping</dt><dd>${ret.decision.shipping.summary}</dd>
              ${ret.shipBy || ret.decision.deadlines.shipBy ? html`<dt>Ship by</dt><dd>${date(ret.shipBy || ret.decision.deadlines.shipBy)}</dd>` : null}
              <dt>Refund expected</dt><dd>${ret.decision.deadlines.refundExpectedFrom ? `${date(ret.decision.deadlines.refundExpectedFrom)} – ${date(ret.decision.deadlines.refundExpectedTo)}` : "—"}</dd>
            </dl>
          </${Card}>
          <${Card} title=${instructionsTitle(ret)} actions=${ret.status === "OPEN" && !ret.labelMissing
            ? html`<button type="button" class="button small" onClick=${() => { setDone(null); setDialog("resend"); }}>${LABELS.resend}</button>` : null}>
            <ol>${ret.decision.instructions.steps.map((s) => html`<li>${s}</li>`)}</ol>
            ${ret.decision.instructions.returnAddress ? html`<p><strong>Return address</strong><br />${ret.decision.instructions.returnAddress.formatted.map((l) => html`${l}<br />`)}</p>` : null}
            ${ret.label ? html`<p><strong>Label:</strong> ${ret.label.carrier} ${ret.label.trackingNumber}${ret.label.url ? html` · <a href=${ret.label.url} target="_blank" rel="noopener">open</a>` : null}</p>` : null}
            <p class="subdued">Next step for the customer: ${ret.nextStep}</p>
          </${Card}>
          <${Card} title="Risk"><${Risk} risk=${ret.risk} /></${Card}>
          <${Card} title="Order"><a href=${`#/orders/${encodeURIComponent(ret.orderId)}`}>Open the order</a></${Card}>
        </div>
      </div>
      ${Dialog ? html`<${Dialog} ret=${ret} step=${dialog} onClose=${() => setDialog(null)} onDone=${finished} />` : null}`;
  }}</${Loaded}>`;
}
