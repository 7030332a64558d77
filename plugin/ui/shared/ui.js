// Small building blocks both faces share: field errors next to their input, labelled fields,
// banners, badges, loading and empty states. Styling lives in base.css.
import { html } from "./html.js";
import { humanize } from "./format.js";

let nextId = 0;
/** A stable id for label/for and aria-describedby pairs. */
export function uid(prefix = "f") { nextId += 1; return `${prefix}-${nextId}`; }

/** The messages the API returned for one field, announced to screen readers. */
export function FieldError({ id, messages }) {
  if (!messages || !messages.length) return null;
  return html`<div class="field-error" id=${id} role="alert">${messages.map((m) => html`<div>${m}</div>`)}</div>`;
}

/**
 * A labelled control with its help text and errors wired to aria-describedby / aria-invalid.
 * `children` is a function (props) => control, receiving {id, "aria-describedby", "aria-invalid"}.
 */
export function Field({ label, help, errors, children, id, hideLabel = false }) {
  const fieldId = id || uid("field");
  const errId = `${fieldId}-error`, helpId = `${fieldId}-help`;
  const described = [errors?.length ? errId : null, help ? helpId : null].filter(Boolean).join(" ") || undefined;
  const control = children({ id: fieldId, "aria-describedby": described, "aria-invalid": errors?.length ? "true" : undefined });
  return html`<div class=${"field" + (errors?.length ? " has-error" : "")}>
    <label for=${fieldId} class=${hideLabel ? "visually-hidden" : "label"}>${label}</label>
    ${control}
    ${help ? html`<div class="help" id=${helpId}>${help}</div>` : null}
    <${FieldError} id=${errId} messages=${errors} />
  </div>`;
}

/** Messages not tied to a field (userErrors with an empty path) or failures of the request itself. */
export function Banner({ tone = "critical", title, children, onDismiss }) {
  const role = tone === "critical" ? "alert" : "status";
  return html`<div class=${`banner banner-${tone}`} role=${role}>
    <div class="banner-body">${title ? html`<strong class="banner-title">${title}</strong>` : null}${children}</div>
    ${onDismiss ? html`<button type="button" class="button plain" aria-label="Dismiss" onClick=${onDismiss}>×</button>` : null}
  </div>`;
}

const TONES = {
  REQUESTED: "attention", ON_HOLD: "critical", OPEN: "info", RECEIVED: "info", CLOSED: "success",
  DECLINED: "neutral", CANCELED: "neutral", CANCELLED: "neutral", PENDING: "attention", SUCCEEDED: "success",
  FAILED: "critical", SENT: "success", SENDING: "info", CLEARED: "success", CONFIRMED_FRAUD: "critical",
  HIGH: "critical", MEDIUM: "attention", LOW: "success", NONE: "neutral",
};
/** A status badge: colour by value, text always present (colour is never the only signal). */
export function Badge({ value, tone, children }) {
  const t = tone || TONES[value] || "neutral";
  return html`<span class=${`badge badge-${t}`}>${children || humanize(value)}</span>`;
}

export function Spinner({ label = "Loading…" }) {
  return html`<div class="loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>${label}</div>`;
}

export function EmptyState({ title, children }) {
  return html`<div class="empty"><p class="empty-title">${title}</p>${children ? html`<p class="subdued">${children}</p>` : null}</div>`;
}

export function Card({ title, actions, children, className = "" }) {
  return html`<section class=${"card " + className} aria-label=${title || undefined}>
    ${title || actions ? html`<div class="card-header">${title ? html`<h2>${title}</h2>` : null}${actions ? html`<div class="card-actions">${actions}</div>` : null}</div>` : null}
    ${children}
  </section>`;
}
