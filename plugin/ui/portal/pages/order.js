// One order: every line with what may be returned and until when (or why not), the return form with
// a live quote from the policy, one submit with an idempotency key, and cancelling while allowed.
import { html, useContext, useEffect, useMemo, useRef, useState } from "../../shared/html.js";
import { date, money } from "../../shared/format.js";
import { errorsAt, fieldErrors } from "../../shared/client.js";
import { Badge, Banner, FieldError, Spinner } from "../../shared/ui.js";
import { gql, orderArgs, session, uploadPhoto } from "../api.js";
import { PortalContext } from "../context.js";

const MONEY = "{ amount currencyCode }";
const REASON = "{ code message }";
export const ORDER = `query PortalOrder($id: ID, $n: String, $e: String) {
  order(id: $id, name: $n, email: $e) {
    id name placedAt cancelledAt totalPaid ${MONEY}
    lines { id title variantTitle quantity unitPrice ${MONEY} setId suggestedReturnReasons }
    returnableLines { lineId returnableQuantity allowed reasons ${REASON} returnBy faultOverrideAvailable wholeSetOnly }
    cancellation { allowed reasons ${REASON} nextStep refundEstimate ${MONEY}
      partialAllowed lines { lineId title quantity cancellable reasons ${REASON} refund ${MONEY} } }
    returns { id name status requestedAt }
  }
  returnPolicy { figures { exchanges refundMethod conditions } }
  returnReasons { handle label askPhoto askNote }
}`;
export const QUOTE = `mutation PortalQuote($i: ReturnRequestInput!) { returnQuote(input: $i) {
  quote { allowed reasons ${REASON}
    refund { lines { kind code description amount ${MONEY} lineId quantity taxIncluded ${MONEY} } items ${MONEY} shipping ${MONEY} fees ${MONEY} credits ${MONEY} total ${MONEY} }
    shipping { payer labelAvailable summary }
    deadlines { returnBy shipBy refundExpectedFrom refundExpectedTo }
    options { resolution offered summary amount ${MONEY} bonus ${MONEY} bonusPercent expiresOn difference ${MONEY} differenceHandling
      lines { lineId variantId title inStock } } }
  userErrors { field message code } } }`;
const VARIANTS = `query PortalVariants($l: ID!, $id: ID, $n: String, $e: String) {
  exchangeVariants(lineId: $l, orderId: $id, orderName: $n, email: $e) {
    id title available options { name value } price ${MONEY} priceDifference ${MONEY} } }`;
const REQUEST = `mutation PortalRequest($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id name status }
  decision { allowed reasons ${REASON} }
  userErrors { field message code } } }`;
const CANCEL = `mutation PortalCancel($id: ID, $n: String, $e: String, $k: String, $lines: [ID!]) {
  orderCancelRequest(orderId: $id, orderName: $n, email: $e, idempotencyKey: $k, lineIds: $lines) {
    cancelled cancelledLineIds pendingReview nextStep decision { allowed reasons ${REASON} } userErrors { field message code } } }`;

function newKey() {
  return (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);
}

/** One idempotency key per order until a request goes through: a double click or a retry after a
 *  lost answer sends the same key, so the server makes one return. */
function submitKey(orderId, reset = false) {
  const name = `recourse-portal-key-${orderId}`;
  try {
    if (reset) { sessionStorage.removeItem(name); return null; }
    let key = sessionStorage.getItem(name);
    if (!key) { key = newKey(); sessionStorage.setItem(name, key); }
    return key;
  } catch (_) { return reset ? null : (submitKey.memory[name] ||= newKey()); }
}
submitKey.memory = {};

function emptyChoice(line, eligibility) {
  return { selected: false, quantity: Math.min(1, eligibility?.returnableQuantity || 1), reason: "", condition: [], photos: [], note: "", uploading: 0, uploadError: null };
}

function PhotoPicker({ order, choice, update, t, index, required }) {
  const inputId = `photos-${index}`;
  async function add(event) {
    const files = [...event.target.files];
    event.target.value = "";
    for (const file of files) {
      update((c) => ({ ...c, uploading: c.uploading + 1, uploadError: null }));
      try {
        const preview = await new Promise((resolve) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.onerror = () => resolve(null); r.readAsDataURL(file); });
        const id = await uploadPhoto(order, file);
        update((c) => ({ ...c, photos: [...c.photos, { id, preview, name: file.name }] }));
      } catch (e) {
        update((c) => ({ ...c, uploadError: `${file.name}: ${e.message}` }));
      } finally {
        update((c) => ({ ...c, uploading: c.uploading - 1 }));
      }
    }
  }
  // The browser's own file button speaks the browser's language ("Choose Files"), not the page's: the
  // input is hidden and a button-looking label in the page's words opens it.
  return html`<div class="field">
    <label class="label" for=${inputId}>${t(required ? "photosRequired" : "photos")}</label>
    <input id=${inputId} class="file visually-hidden" type="file" accept="image/*" multiple onChange=${add} aria-describedby=${`${inputId}-help`} />
    <label for=${inputId} class="button file-button" aria-hidden="true">${t("addPhotos")}</label>
    <div class="help" id=${`${inputId}-help`}>${t("photosHelp")}</div>
    ${choice.uploading ? html`<div class="subdued" role="status">${t("uploading")}</div>` : null}
    <${FieldError} id=${`${inputId}-error`} messages=${choice.uploadError ? [choice.uploadError] : []} />
    ${choice.photos.length ? html`<ul class="thumbs">${choice.photos.map((p, n) => html`<li>
      ${p.preview ? html`<img src=${p.preview} alt=${p.name} />` : html`<span>${p.name}</span>`}
      <button type="button" class="button plain small" aria-label=${t("removePhoto", { n: n + 1 })}
        onClick=${() => update((c) => ({ ...c, photos: c.photos.filter((x) => x.id !== p.id) }))}>×</button>
    </li>`)}</ul>` : null}
  </div>`;
}

/** The sizes and colours this line may be exchanged for, with live stock (the API lists only what
 *  is in stock above the shop's buffer); asked again whenever the picker opens. */
function VariantPicker({ order, line, choice, update, t, index }) {
  const [variants, setVariants] = useState(null);
  const [failed, setFailed] = useState(null);
  useEffect(() => {
    const args = orderArgs(order);
    gql(VARIANTS, { l: line.id, id: args.orderId, n: args.orderName, e: args.email })
      .then((data) => setVariants(data.exchangeVariants || []))
      .catch((e) => setFailed(e.message));
  }, [line.id]);
  const name = `variant-${index}`;
  if (failed) return html`<${FieldError} id=${`${name}-error`} messages=${[failed]} />`;
  if (!variants) return html`<p class="subdued" role="status">${t("loading")}</p>`;
  if (!variants.length) return html`<p class="help" data-testid="no-variants">${t("noVariants")}</p>`;
  const extra = (v) => {
    const d = Number(v.priceDifference.amount);
    if (d > 0) return ` · ${t("payMore", { amount: money(v.priceDifference) })}`;
    if (d < 0) return ` · ${t("refundRest", { amount: money({ ...v.priceDifference, amount: String(-d) }) })}`;
    return "";
  };
  return html`<fieldset class="variants">
    <legend>${t("exchangeFor")}</legend>
    <p class="help">${t("chooseVariant")}</p>
    ${variants.map((v) => html`<label class="check variant">
      <input type="radio" name=${name} value=${v.id} checked=${choice.variant === v.id}
        onChange=${() => update((c) => ({ ...c, variant: v.id }))} />
      <span><strong>${v.title}</strong> <span class="subdued">${v.available === null ? "" : t("inStock", { n: v.available })}${extra(v)}</span></span>
    </label>`)}
  </fieldset>`;
}

/** What one resolution gives, in the customer's words: the exchange's items and any price
 *  difference, or the amount with a store credit's bonus and expiry. */
export function optionValue(o, t) {
  if (o.resolution === "EXCHANGE") {
    if (!o.lines.length) return t("chooseVariant");
    const names = o.lines.map((l) => l.title).join(", ");
    const d = o.difference ? Number(o.difference.amount) : 0;
    const more = d > 0 ? ` · ${t("payMore", { amount: money(o.difference) })}` : d < 0 ? ` · ${t("refundRest", { amount: money({ ...o.difference, amount: String(-d) }) })}` : "";
    return `${names}${more}`;
  }
  const bonus = o.bonus && Number(o.bonus.amount) > 0 ? ` (${t("bonus", { amount: money(o.bonus) })})` : "";
  const expiry = o.expiresOn ? ` · ${t("expires", { date: date(o.expiresOn) })}` : "";
  return `${money(o.amount)}${bonus}${expiry}`;
}

/** The quote's total is a refund only when money is what the customer chose; otherwise it is what
 *  the returned items are worth, and the options say what that buys. */
export const totalLabel = (resolution) => (!resolution || resolution === "REFUND" ? "total" : "totalValue");

function ResolutionOptions({ quote, resolution, t }) {
  if (!quote?.options?.length) return null;
  const value = (o) => optionValue(o, t);
  return html`<div class="resolution-options">
    <h3>${t("yourOptions")}</h3>
    <ul>${quote.options.map((o) => html`<li data-resolution=${o.resolution} data-summary=${o.summary}
      class=${(o.resolution === resolution ? "chosen" : "") + (o.offered ? "" : " unavailable")}>
      <span class="option-name">${t.group("resolutions", o.resolution)}</span>
      <span class="option-value">${value(o)}</span></li>`)}</ul>
  </div>`;
}

/** The shop's reasons for one item: those that fit it first (its product type's suggestions), then the rest. */
function ReasonSelect({ line, reasons, choice, update, t, index }) {
  const suggested = reasons.filter((r) => line.suggestedReturnReasons.includes(r.handle));
  const others = reasons.filter((r) => !line.suggestedReturnReasons.includes(r.handle));
  const option = (r) => html`<option value=${r.handle}>${r.label}</option>`;
  return html`<select id=${`reason-${index}`} value=${choice.reason} required onChange=${(e) => update((c) => ({ ...c, reason: e.target.value }))}>
    <option value="" disabled>—</option>
    ${suggested.length ? html`<optgroup label=${t("suggestedReasons")}>${suggested.map(option)}</optgroup>
      <optgroup label=${t("otherReasons")}>${others.map(option)}</optgroup>` : others.map(option)}
  </select>`;
}

function LineCard({ order, line, eligibility, choice, update, t, index, errors, exchange, reasons, conditions }) {
  const chosen = reasons.find((r) => r.handle === choice.reason);
  const allowed = eligibility?.allowed && eligibility.returnableQuantity > 0;
  const canTry = allowed || eligibility?.faultOverrideAvailable;
  const titleId = `line-${index}-title`;
  return html`<li class=${"line card" + (choice.selected ? " selected" : "")} aria-labelledby=${titleId}>
    <div class="line-head">
      <div>
        <h3 id=${titleId}>${line.title}</h3>
        ${line.variantTitle ? html`<div class="subdued">${line.variantTitle}</div>` : null}
        <div class="subdued">${t("qty", { n: line.quantity })} · ${t("each", { price: money(line.unitPrice) })}</div>
      </div>
      ${allowed ? null : html`<${Badge} tone="neutral">${t(canTry ? "onlyIfFaulty" : "notReturnable")}</${Badge}>`}
    </div>
    ${allowed ? html`<p class="eligibility">${eligibility.returnBy
      ? t("returnable", { n: eligibility.returnableQuantity, date: date(eligibility.returnBy) })
      : t("returnableNoDate", { n: eligibility.returnableQuantity })}</p>` : null}
    ${eligibility?.reasons?.length ? html`<ul class="why">${eligibility.reasons.map((r) => html`<li data-code=${r.code}>${r.message}</li>`)}</ul>` : null}
    ${eligibility?.faultOverrideAvailable && !allowed ? html`<p class="help">${t("faultOverride")}</p>` : null}
    ${eligibility?.wholeSetOnly ? html`<p class="help">${t("wholeSet")}</p>` : null}
    ${canTry ? html`<label class="check select-line">
      <input type="checkbox" checked=${choice.selected} onChange=${(e) => update((c) => ({ ...c, selected: e.target.checked }))} />
      ${t("returnThis")}
    </label>` : null}
    ${choice.selected ? html`<div class="line-form">
      <div class="row two">
        <div class="field">
          <label class="label" for=${`qty-${index}`}>${t("quantity")}</label>
          <select id=${`qty-${index}`} value=${choice.quantity} onChange=${(e) => update((c) => ({ ...c, quantity: Number(e.target.value) }))}>
            ${Array.from({ length: Math.max(1, eligibility.returnableQuantity || line.quantity) }, (_, n) => html`<option value=${n + 1}>${n + 1}</option>`)}
          </select>
        </div>
        <div class="field">
          <label class="label" for=${`reason-${index}`}>${t("reason")}</label>
          <${ReasonSelect} line=${line} reasons=${reasons} choice=${choice} update=${update} t=${t} index=${index} />
        </div>
      </div>
      ${conditions.length ? html`<fieldset class="conditions">
        <legend>${t("condition")}</legend>
        ${conditions.map((code) => html`<label class="check"><input type="checkbox" checked=${choice.condition.includes(code)}
          onChange=${(e) => update((c) => ({ ...c, condition: e.target.checked ? [...c.condition, code] : c.condition.filter((x) => x !== code) }))} />
          ${t.group("conditions", code)}</label>`)}
      </fieldset>` : null}
      ${exchange ? html`<${VariantPicker} order=${order} line=${line} choice=${choice} update=${update} t=${t} index=${index} />` : null}
      <${PhotoPicker} order=${order} choice=${choice} update=${update} t=${t} index=${index} required=${chosen?.askPhoto} />
      <div class="field">
        <label class="label" for=${`note-${index}`}>${t(chosen?.askNote ? "noteRequired" : "note")}</label>
        <textarea id=${`note-${index}`} maxlength="1000" value=${choice.note} onInput=${(e) => update((c) => ({ ...c, note: e.target.value }))}></textarea>
      </div>
      <${FieldError} id=${`line-${index}-errors`} messages=${errors} />
    </div>` : null}
  </li>`;
}

/** One line of a refund: an item line says how many and how much tax its amount includes, so it adds
 *  up against the unit price the customer saw. */
export function QuoteRow({ line, t }) {
  return html`<tr data-kind=${line.kind}><td>${line.description}${line.quantity ? ` × ${line.quantity}` : ""}
    ${line.taxIncluded ? html`<div class="subdued tax-note">${t("taxIncluded", { amount: money(line.taxIncluded) })}</div>` : null}</td>
    <td class="num">${money(line.amount)}</td></tr>`;
}

function QuoteCard({ quote, busy, t, empty, resolution }) {
  return html`<section class="card quote" aria-labelledby="quote-title" aria-live="polite" aria-busy=${busy ? "true" : "false"}>
    <h2 id="quote-title">${t(totalLabel(resolution) === "total" ? "quote" : "quoteValue")}</h2>
    ${empty ? html`<p class="subdued">${t("quoteEmpty")}</p>` : !quote ? html`<p class="subdued">${t("quoting")}</p>` : html`
      ${quote.allowed ? null : html`<div class="banner banner-attention" role="status"><div class="banner-body">
        <strong class="banner-title">${t("notAllowed")}</strong>
        <ul class="why">${quote.reasons.map((r) => html`<li data-code=${r.code}>${r.message}</li>`)}</ul></div></div>`}
      <table class="quote-lines">
        <tbody>${quote.refund.lines.map((l) => html`<${QuoteRow} line=${l} t=${t} />`)}</tbody>
        <tfoot><tr><th scope="row">${t(totalLabel(resolution))}</th><td class="num total" data-amount=${quote.refund.total.amount}>${money(quote.refund.total)}</td></tr></tfoot>
      </table>
      <${ResolutionOptions} quote=${quote} resolution=${resolution} t=${t} />
      <p class="shipping-summary">${quote.shipping.summary}</p>
      <dl class="facts">
        ${quote.deadlines.shipBy ? html`<dt>${t("shipBy")}</dt><dd>${date(quote.deadlines.shipBy)}</dd>` : null}
        ${quote.deadlines.refundExpectedFrom && resolution !== "EXCHANGE" ? html`<dt>${t("refundBy")}</dt><dd>${t("refundRange", { from: date(quote.deadlines.refundExpectedFrom), to: date(quote.deadlines.refundExpectedTo) })}</dd>` : null}
      </dl>`}
    ${busy && quote ? html`<span class="visually-hidden">${t("quoting")}</span>` : null}
  </section>`;
}

/** Cancelling: the whole order, or, when only some items must stay (final sale, personalized), the
 *  items that may go, each with what cancelling it refunds. */
function CancelOrder({ order, t, onDone }) {
  const dialog = useRef(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const partial = !order.cancellation.allowed && order.cancellation.partialAllowed;
  const free = order.cancellation.lines.filter((l) => l.cancellable);
  const [picked, setPicked] = useState(() => free.map((l) => l.lineId));
  const label = partial ? t("cancelItems") : t("cancelOrder");
  async function confirm() {
    if (partial && !picked.length) { setError(t("cancelPickOne")); return; }
    setBusy(true);
    setError(null);
    const args = orderArgs(order);
    try {
      const data = await gql(CANCEL, { id: args.orderId, n: args.orderName, e: args.email, k: submitKey(`cancel-${order.id}-${picked.join(",")}`),
        lines: partial ? picked : null });
      const result = data.orderCancelRequest;
      if (result.userErrors.length) { setError(result.userErrors.map((e) => e.message).join(" ")); return; }
      dialog.current?.close();
      onDone(result);
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  }
  return html`<div>
    <button type="button" class="button" onClick=${() => dialog.current?.showModal()}>${label}</button>
    <dialog ref=${dialog} aria-labelledby="cancel-title">
      <div class="dialog-header"><h2 id="cancel-title">${label}</h2></div>
      <div class="dialog-body"><p>${partial ? t("cancelItemsConfirm", { name: order.name }) : t("cancelConfirm", { name: order.name })}</p>
        ${partial ? html`<fieldset class="conditions"><legend>${t("cancelWhich")}</legend>
          ${free.map((l) => html`<label class="check"><input type="checkbox" checked=${picked.includes(l.lineId)}
            onChange=${(e) => setPicked(e.target.checked ? [...picked, l.lineId] : picked.filter((id) => id !== l.lineId))} />
            ${l.quantity} × ${l.title} · ${money(l.refund)}</label>`)}</fieldset>` : null}
        ${order.cancellation.nextStep ? html`<p class="subdued">${order.cancellation.nextStep}</p>` : null}
        <${FieldError} id="cancel-error" messages=${error ? [error] : []} /></div>
      <div class="dialog-footer">
        <button type="button" class="button" onClick=${() => dialog.current?.close()}>${t("keepOrder")}</button>
        <button type="button" class="button critical" disabled=${busy} onClick=${confirm}>${label}</button>
      </div>
    </dialog>
  </div>`;
}

export function OrderPage({ name }) {
  const { t } = useContext(PortalContext);
  const [order, setOrder] = useState(null);
  const [figures, setFigures] = useState(null);
  const [reasons, setReasons] = useState([]);
  const [error, setError] = useState(null);
  const [choices, setChoices] = useState({});
  const [resolution, setResolution] = useState("REFUND");
  const [method, setMethod] = useState("CUSTOMER_SHIPPED");
  const [proof, setProof] = useState("");
  const [quote, setQuote] = useState(null);
  const [quoteBusy, setQuoteBusy] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitErrors, setSubmitErrors] = useState(null);
  const [notice, setNotice] = useState(null);
  const sequence = useRef(0);

  function load() {
    const guest = session.guest();
    const variables = name.startsWith("gid://") ? { id: name } : { n: name, e: guest?.email || "" };
    return gql(ORDER, variables).then((data) => {
      if (!data.order) { setError(t("notFound")); return; }
      setOrder(data.order);
      setFigures(data.returnPolicy.figures);
      setReasons(data.returnReasons);
    }).catch((e) => setError(e.message));
  }
  useEffect(() => { load(); }, [name]);

  const eligibility = useMemo(() => Object.fromEntries((order?.returnableLines || []).map((r) => [r.lineId, r])), [order]);
  const choice = (line) => choices[line.id] || emptyChoice(line, eligibility[line.id]);
  const updater = (line) => (fn) => setChoices((all) => ({ ...all, [line.id]: fn(all[line.id] || emptyChoice(line, eligibility[line.id])) }));
  const selected = (order?.lines || []).filter((line) => choice(line).selected);

  // The live quote: what the policy says about exactly this choice, asked again on every change.
  const quoteInput = selected.length && selected.every((l) => choice(l).reason) ? {
    ...orderArgs(order), resolution, shippingMethod: method, proofOfPurchase: proof.trim() || null,
    lines: selected.map((l) => ({ lineId: l.id, quantity: choice(l).quantity, reasonHandle: choice(l).reason, condition: choice(l).condition,
      photos: choice(l).photos.map((p) => p.id), note: choice(l).note.trim() || null,
      ...(resolution === "EXCHANGE" && choice(l).variant ? { exchangeVariantId: choice(l).variant } : {}) })),
  } : null;
  const quoteKey = JSON.stringify(quoteInput);
  useEffect(() => {
    if (!quoteInput) { setQuote(null); return undefined; }
    const mine = ++sequence.current;
    setQuoteBusy(true);
    const timer = setTimeout(() => {
      gql(QUOTE, { i: quoteInput }).then((data) => {
        if (mine !== sequence.current) return;
        const payload = data.returnQuote;
        setQuote(payload.quote);
        setSubmitErrors(payload.userErrors.length ? payload.userErrors : null);
      }).catch((e) => { if (mine === sequence.current) setSubmitErrors([{ field: null, message: e.message }]); })
        .finally(() => { if (mine === sequence.current) setQuoteBusy(false); });
    }, 250);
    return () => clearTimeout(timer);
  }, [quoteKey]);

  async function submit(event) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setSubmitErrors(null);
    try {
      const input = {
        ...orderArgs(order), resolution, shippingMethod: method, proofOfPurchase: proof.trim() || null,
        idempotencyKey: submitKey(order.id),
        lines: selected.map((l) => ({ lineId: l.id, quantity: choice(l).quantity, reasonHandle: choice(l).reason, condition: choice(l).condition,
          photos: choice(l).photos.map((p) => p.id), note: choice(l).note.trim() || null,
          ...(resolution === "EXCHANGE" && choice(l).variant ? { exchangeVariantId: choice(l).variant } : {}) })),
      };
      const data = await gql(REQUEST, { i: input });
      const result = data.returnRequest;
      if (result.userErrors.length) { setSubmitErrors(result.userErrors); return; }
      if (!result.return) { setSubmitErrors((result.decision?.reasons || []).map((r) => ({ field: null, message: r.message }))); return; }
      submitKey(order.id, true);
      location.hash = `#/return/${encodeURIComponent(result.return.id)}/new`;
    } catch (e) {
      setSubmitErrors([{ field: null, message: e.message }]);
    } finally {
      setSubmitting(false);
    }
  }

  if (error) return html`<div class="stack"><a href="#/" class="back">← ${t("back")}</a><${Banner}>${error}</${Banner}></div>`;
  if (!order) return html`<${Spinner} label=${t("loading")} />`;

  const errors = submitErrors ? fieldErrors(submitErrors, { strip: ["input"] }) : null;
  const general = errors ? Object.entries(errors).filter(([k]) => !k.startsWith("lines.")).flatMap(([, v]) => v) : [];
  // What the shop offers: the quote's options once there is a quote (each with its value, below).
  const offered = quote?.options?.length ? quote.options.map((o) => o.resolution) : null;
  const resolutions = offered ? (offered.includes(resolution) ? offered : [...offered, resolution]) : ["REFUND",
    ...(figures?.refundMethod !== "ORIGINAL_PAYMENT" ? ["STORE_CREDIT"] : []),
    ...(figures?.exchanges !== "NEVER" ? ["EXCHANGE", "REPLACEMENT"] : [])];
  const needsVariant = resolution === "EXCHANGE" && selected.some((l) => !choice(l).variant);
  const methods = ["CUSTOMER_SHIPPED", ...(quote?.shipping.labelAvailable || method === "PREPAID_LABEL" ? ["PREPAID_LABEL"] : [])];
  const returnable = order.returnableLines.some((r) => (r.allowed && r.returnableQuantity > 0) || r.faultOverrideAvailable);

  return html`<div class="stack">
    <a href="#/" class="back">← ${t("back")}</a>
    <div class="spread">
      <div><h1>${t("order", { name: order.name })}</h1><p class="subdued">${t("placed", { date: date(order.placedAt) })} · ${money(order.totalPaid)}</p></div>
      ${(order.cancellation.allowed || order.cancellation.partialAllowed) && !order.cancelledAt && !notice ? html`<${CancelOrder} order=${order} t=${t} onDone=${(r) => { setNotice(r.pendingReview ? { tone: "info", text: r.nextStep || t("cancelHeld") } : { tone: "success", text: r.cancelledLineIds?.length ? t("itemsCancelled") : t("cancelled") }); load(); }} />` : null}
    </div>
    ${notice ? html`<${Banner} tone=${notice.tone}>${notice.text}</${Banner}>` : null}
    ${!notice && !order.cancelledAt && !order.cancellation.allowed && order.cancellation.partialAllowed
      ? html`<p class="subdued partial-step">${order.cancellation.nextStep}</p>` : null}
    ${order.returns.length ? html`<section class="card" aria-labelledby="returns-title">
      <h2 id="returns-title">${t("yourReturns")}</h2>
      <ul class="order-list">${order.returns.map((r) => html`<li><a class="order-link" href=${`#/return/${encodeURIComponent(r.id)}`}>
        <strong>${r.name}</strong><${Badge} value=${r.status}>${t.group("statuses", r.status)}</${Badge}></a></li>`)}</ul>
    </section>` : null}
    <form class="return-form" onSubmit=${submit} novalidate>
      <h2 class="section-title">${t("items")}</h2>
      <ul class="lines">${order.lines.map((line, index) => html`<${LineCard} key=${line.id} order=${order} line=${line} eligibility=${eligibility[line.id]}
        choice=${choice(line)} update=${updater(line)} t=${t} index=${index} exchange=${resolution === "EXCHANGE"} reasons=${reasons} conditions=${figures?.conditions || []}
        errors=${errors ? errorsAt(errors, `lines.${selected.indexOf(line)}`, { prefix: true }) : []} />`)}</ul>
      ${returnable ? html`<div class="card options">
        <div class="row two">
          <div class="field"><label class="label" for="resolution">${t("resolution")}</label>
            <select id="resolution" value=${resolution} onChange=${(e) => setResolution(e.target.value)}>
              ${resolutions.map((r) => html`<option value=${r}>${t.group("resolutions", r)}</option>`)}</select></div>
          <div class="field"><label class="label" for="method">${t("shippingMethod")}</label>
            <select id="method" value=${method} onChange=${(e) => setMethod(e.target.value)}>
              ${methods.map((m) => html`<option value=${m}>${t.group("methods", m)}</option>`)}</select></div>
        </div>
        <div class="field"><label class="label" for="proof">${t("proof")}</label>
          <input id="proof" type="text" maxlength="255" value=${proof} aria-describedby="proof-help" onInput=${(e) => setProof(e.target.value)} />
          <div class="help" id="proof-help">${t("proofHelp")}</div></div>
      </div>` : null}
      ${returnable ? html`<${QuoteCard} quote=${quote} busy=${quoteBusy} t=${t} empty=${!quoteInput} resolution=${resolution} />` : null}
      ${general.length ? html`<${Banner}>${general.map((m) => html`<div>${m}</div>`)}</${Banner}>` : null}
      ${returnable ? html`<button class="button primary wide" type="submit"
        disabled=${submitting || quoteBusy || !quote?.allowed || needsVariant || selected.some((l) => choice(l).uploading)}>${submitting ? t("submitting") : t("submit")}</button>` : null}
    </form>
  </div>`;
}
