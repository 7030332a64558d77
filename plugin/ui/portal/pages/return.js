// A return as the customer follows it: status and next step, the timeline, the instructions, the
// printable slip with its QR code, and withdrawing while nothing has arrived.
import { html, useContext, useEffect, useRef, useState } from "../../shared/html.js";
import { date, dateTime, money } from "../../shared/format.js";
import { Badge, Banner, FieldError, Spinner } from "../../shared/ui.js";
import { gql, session } from "../api.js";
import { PortalContext } from "../context.js";
import { QuoteRow, optionValue, totalLabel } from "./order.js";

const FIELDS = `id name status nextStep qrCode orderId resolution shippingMethod shipBy requestedAt approvedAt receivedAt closedAt
  quotedTotal { amount currencyCode }
  lines { id quantity reasonLabel photos quotedAmount { amount currencyCode } line { title variantTitle } }
  label { carrier trackingNumber url }
  decision { instructions { steps include tips shipBy returnAddress { formatted } } shipping { summary } deadlines { shipBy refundExpectedFrom refundExpectedTo }
    refund { lines { kind description amount { amount currencyCode } quantity taxIncluded { amount currencyCode } } total { amount currencyCode } }
    options { resolution amount { amount currencyCode } bonus { amount currencyCode } expiresOn difference { amount currencyCode } lines { title } } }`;
const RETURN = `query PortalReturn($id: ID!, $e: String) { return(id: $id, email: $e) { ${FIELDS} } }`;
const WITHDRAW = `mutation PortalWithdraw($id: ID!, $e: String) { returnCancel(id: $id, email: $e) { return { ${FIELDS} } userErrors { field message code } } }`;
const WITHDRAWABLE = ["REQUESTED", "ON_HOLD", "OPEN"];
// Instructions and the slip are for a return the shop approved and is waiting for; before that the
// customer must not send anything, after it the parcel is on its way or home.
const SHIPPING_BACK = ["OPEN"];
const AWAITING_APPROVAL = ["REQUESTED", "ON_HOLD"];

function Summary({ ret, t }) {
  const refund = ret.decision.refund;
  // Not a refund: say what the customer gets for the items (the decision's option they chose).
  const chosen = ret.resolution === "REFUND" ? null : (ret.decision.options || []).find((o) => o.resolution === ret.resolution);
  return html`<section class="card" aria-labelledby="summary-title">
    <h2 id="summary-title">${t("yourItems")}</h2>
    <table class="quote-lines">
      <caption class="visually-hidden">${t("quotedRefund")}</caption>
      <tbody>${refund.lines.map((l) => html`<${QuoteRow} line=${l} t=${t} />`)}</tbody>
      <tfoot><tr><th scope="row">${t(totalLabel(ret.resolution))}</th><td class="num total">${money(refund.total)}</td></tr></tfoot>
    </table>
    ${chosen ? html`<p class="you-get" data-resolution=${chosen.resolution}>
      <strong>${t("youGet")}:</strong> ${t.group("resolutions", chosen.resolution)} · ${optionValue(chosen, t)}</p>` : null}
    <p>${ret.decision.shipping.summary}</p>
<<<<<<< HEAD
    ${ret.decision.deadlines.refundExpectedFrom && ret.resolution !== "EXCHANGE" ? html`<dl class="facts"><dt>${t("refundBy")}</dt>
      <dd>${t("refundRange", { from: date(ret.decision.deadlines.refundExpectedFrom), to: date(ret.decision.deadlines.refundExpectedTo) })}</dd></dl>` : null}
=======
    <dl class="facts">
      ${ret.lines.map((l) => html`<dt>${t("reason")} · ${l.line.title}</dt><dd>${l.reasonLabel}</dd>`)}
      ${ret.decision.deadlines.refundExpectedFrom ? html`<dt>${t("refundBy")}</dt>
        <dd>${t("refundRange", { from: date(ret.decision.deadlines.refundExpectedFrom), to: date(ret.decision.deadlines.refundExpectedTo) })}</dd>` : null}
    </dl>
>>>>>>> reasons
  </section>`;
}

function Timeline({ ret, t }) {
  const steps = [
    ["requested", ret.requestedAt], ["approved", ret.approvedAt], ["received", ret.receivedAt], ["closed", ret.closedAt],
  ];
  return html`<ol class="timeline">${steps.map(([key, at]) => html`<li class=${at ? "done" : "todo"}>
    <span class="dot" aria-hidden="true"></span><span>${t(key)}</span>
    <span class="subdued">${at ? dateTime(at) : "—"}</span></li>`)}</ol>`;
}

function Slip({ ret, shop, t }) {
  const shipBy = ret.shipBy || ret.decision.deadlines.shipBy;
  const orderName = ret.name.replace(/-R\d+$/, "");
  const address = ret.decision.instructions.returnAddress;
  return html`<section class="card slip" id="slip" aria-labelledby="slip-title">
    <div class="slip-head">
      <div>
        <h2 id="slip-title">${t("slip")}</h2>
        <p class="slip-shop">${shop.name}</p>
      </div>
      <img class="qr" src=${ret.qrCode} alt=${ret.name} width="116" height="116" />
    </div>
    <dl class="facts">
      <dt>${t("returnTitle", { name: "" }).trim()}</dt><dd class="mono">${ret.name}</dd>
      <dt>${t("order", { name: "" }).trim()}</dt><dd>${orderName}</dd>
      ${shipBy ? html`<dt>${t("shipBy")}</dt><dd>${date(shipBy)}</dd>` : null}
      ${address ? html`<dt>${t("returnAddress")}</dt><dd class="address">${address.formatted.join("\n")}</dd>` : null}
    </dl>
    <table class="slip-items"><tbody>${ret.lines.map((l) => html`<tr><td>${l.line.title}${l.line.variantTitle ? ` — ${l.line.variantTitle}` : ""}</td>
      <td>${l.reasonLabel}</td><td class="num">× ${l.quantity}</td></tr>`)}</tbody></table>
    <p class="help">${t("slipHelp")}</p>
  </section>`;
}

export function ReturnPage({ id, fresh }) {
  const { t, shop } = useContext(PortalContext);
  const [ret, setRet] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(fresh ? t("confirmation") : null);
  const [withdrawError, setWithdrawError] = useState(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef(null);
  const email = session.token() ? null : session.guest()?.email;

  useEffect(() => {
    gql(RETURN, { id, e: email }).then((d) => (d.return ? setRet(d.return) : setError(t("notFound")))).catch((e) => setError(e.message));
  }, [id]);

  async function withdraw() {
    setBusy(true);
    setWithdrawError(null);
    try {
      const result = (await gql(WITHDRAW, { id, e: email })).returnCancel;
      if (result.userErrors.length) { setWithdrawError(result.userErrors.map((e) => e.message).join(" ")); return; }
      dialog.current?.close();
      setRet(result.return);
      setNotice(t("withdrawn"));
    } catch (e) {
      setWithdrawError(e.message);
    } finally {
      setBusy(false);
    }
  }

  if (error) return html`<div class="stack"><a href="#/" class="back">← ${t("back")}</a><${Banner}>${error}</${Banner}></div>`;
  if (!ret) return html`<${Spinner} label=${t("loading")} />`;
  const orderRoute = session.token() ? ret.orderId : ret.name.replace(/-R\d+$/, "");
  const instructions = ret.decision.instructions;
  const showSlip = SHIPPING_BACK.includes(ret.status);

  return html`<div class="stack">
    <a href=${`#/order/${encodeURIComponent(orderRoute)}`} class="back no-print">← ${t("back")}</a>
    ${notice ? html`<div class="no-print"><${Banner} tone="success">${notice}</${Banner}></div>` : null}
    <div class="spread no-print">
      <h1>${t("returnTitle", { name: ret.name })}</h1>
      <${Badge} value=${ret.status} tone=${ret.status === "ON_HOLD" ? "attention" : undefined}>${t.group("statuses", ret.status)}</${Badge}>
    </div>
    <section class="card no-print" aria-labelledby="next-title">
      <h2 id="next-title">${t("nextStep")}</h2>
      <p class="next-step">${ret.nextStep}</p>
      ${AWAITING_APPROVAL.includes(ret.status) ? html`<p class="subdued awaiting">${t("awaitingApproval")}</p>` : null}
      <${Timeline} ret=${ret} t=${t} />
    </section>
    ${showSlip ? html`<section class="card no-print" aria-labelledby="how-title">
      <h2 id="how-title">${t("instructions")}</h2>
      <ol class="steps">${instructions.steps.map((s) => html`<li>${s}</li>`)}</ol>
      ${instructions.returnAddress ? html`<h3>${t("returnAddress")}</h3><address class="address">${instructions.returnAddress.formatted.join("\n")}</address>` : null}
      ${ret.label?.url?.startsWith("https://") ? html`<p><a class="button" href=${ret.label.url} target="_blank" rel="noopener">${t("label")}</a>
        <span class="subdued"> ${ret.label.carrier} ${ret.label.trackingNumber}</span></p>` : null}
      ${instructions.tips.map((s) => html`<p class="subdued">${s}</p>`)}
    </section>` : null}
    <div class="no-print"><${Summary} ret=${ret} t=${t} /></div>
    ${showSlip ? html`<${Slip} ret=${ret} shop=${shop} t=${t} />` : null}
    <div class="row no-print actions">
      ${showSlip ? html`<button type="button" class="button primary" onClick=${() => window.print()}>${t("printSlip")}</button>` : null}
      ${WITHDRAWABLE.includes(ret.status) && !ret.receivedAt ? html`<button type="button" class="button" onClick=${() => dialog.current?.showModal()}>${t("withdraw")}</button>` : null}
    </div>
    <dialog ref=${dialog} aria-labelledby="withdraw-title">
      <div class="dialog-header"><h2 id="withdraw-title">${t("withdraw")}</h2></div>
      <div class="dialog-body"><p>${t("withdrawConfirm")}</p><${FieldError} id="withdraw-error" messages=${withdrawError ? [withdrawError] : []} /></div>
      <div class="dialog-footer">
        <button type="button" class="button" onClick=${() => dialog.current?.close()}>${t("close")}</button>
        <button type="button" class="button critical" disabled=${busy} onClick=${withdraw}>${t("withdraw")}</button>
      </div>
    </dialog>
  </div>`;
}
