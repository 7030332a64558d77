// Pieces the admin pages share: data loading, page header, confirm dialogs, pagination.
import { html, useState, useEffect, useRef, useCallback } from "../shared/html.js";
import { SessionExpired, fieldErrors } from "../shared/client.js";
import { Banner, Spinner } from "../shared/ui.js";
import { gql, inFlightUntil } from "./api.js";

/** A failure no page can fix itself goes up to the shell (an expired session). */
export function report(error) {
  if (error instanceof SessionExpired) window.dispatchEvent(new CustomEvent("recourse:session-expired"));
}

/** Run `query` with `variables` whenever `key` changes: {data, error, loading, reload}. `reload()` resolves once the
 * new answer is shown, so a "saved" banner can wait for it: a banner beside the old list reads as a lost save. */
export function useQuery(query, variables = {}, key = JSON.stringify(variables)) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const waiting = useRef([]);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    gql(query, variables)
      .then((data) => live && setState({ data, error: null, loading: false }))
      .catch((error) => { report(error); if (live) setState({ data: null, error, loading: false }); })
      .finally(() => { if (live) waiting.current.splice(0).forEach((resolve) => resolve()); });
    return () => { live = false; };
  }, [key, tick]);
  // Busy from the call, not from the effect that runs after the next paint: a page that shows an
  // action's outcome and reloads does not look settled in between.
  const reload = useCallback(() => inFlightUntil(new Promise((resolve) => { waiting.current.push(resolve); setTick((t) => t + 1); })), []);
  return { ...state, reload };
}

/** Loading, error and content states in one place. */
export function Loaded({ state, children, label }) {
  if (state.loading && !state.data) return html`<${Spinner} label=${label || "Loading…"} />`;
  if (state.error) return html`<${Banner} title="This could not be loaded">${state.error.message}
    <div><button class="button small" type="button" onClick=${state.reload}>Try again</button></div></${Banner}>`;
  return children(state.data);
}

export function PageHeader({ title, back, backLabel = "Back", badges, actions, subtitle }) {
  return html`<div class="page-header">
    <div>
      ${back ? html`<a class="breadcrumb" href=${back}>← ${backLabel}</a>` : null}
      <div class="row"><h1>${title}</h1>${badges}</div>
      ${subtitle ? html`<p class="subdued">${subtitle}</p>` : null}
    </div>
    ${actions ? html`<div class="row">${actions}</div>` : null}
  </div>`;
}

/**
 * A modal that confirms before acting. `onConfirm()` runs the mutation and resolves to its
 * payload's userErrors ([] when done): errors stay in the dialog next to their fields
 * (`errors` keyed by field path without the "input" wrapper), the rest in a banner.
 */
export function ActionDialog({ title, confirmLabel, tone = "primary", onConfirm, onClose, onDone, children, strip = ["input"] }) {
  const ref = useRef(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState({});
  const [failure, setFailure] = useState(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => { if (dialog?.open) dialog.close(); };
  }, []);
  async function submit(event) {
    event.preventDefault();
    setBusy(true); setFailure(null);
    try {
      const userErrors = await onConfirm();
      if (userErrors && userErrors.length) setErrors(fieldErrors(userErrors, { strip }));
      else { setErrors({}); onDone && onDone(); onClose(); }
    } catch (error) {
      report(error);
      setFailure(error.message);
    } finally {
      setBusy(false);
    }
  }
  const general = errors[""] || [];
  const titleId = "dialog-title-" + title.replace(/\W+/g, "-").toLowerCase();
  return html`<dialog ref=${ref} aria-labelledby=${titleId} onCancel=${(e) => { e.preventDefault(); onClose(); }}>
    <form onSubmit=${submit} novalidate>
      <div class="dialog-header"><h2 id=${titleId}>${title}</h2>
        <button type="button" class="button plain" aria-label="Close" onClick=${onClose}>×</button></div>
      <div class="dialog-body">
        ${failure ? html`<${Banner}>${failure}</${Banner}>` : null}
        ${general.length ? html`<${Banner}>${general.map((m) => html`<div>${m}</div>`)}</${Banner}>` : null}
        ${typeof children === "function" ? children(errors) : children}
      </div>
      <div class="dialog-footer">
        <button type="button" class="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class=${"button " + tone} disabled=${busy} aria-busy=${busy ? "true" : undefined}>${busy ? "Working…" : confirmLabel}</button>
      </div>
    </form>
  </dialog>`;
}

/** Cursor pagination: the cursors of earlier pages are kept so "Previous" works too. */
export function usePager() {
  const [stack, setStack] = useState([null]);
  const after = stack[stack.length - 1];
  return {
    after,
    page: stack.length,
    next: (cursor) => setStack((s) => [...s, cursor]),
    previous: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([null]),
  };
}

export function Pager({ pager, pageInfo, label }) {
  if (!pageInfo || (pager.page === 1 && !pageInfo.hasNextPage)) return null;
  return html`<nav class="pager" aria-label=${label || "Pages"}>
    <button type="button" class="button" disabled=${pager.page === 1} onClick=${pager.previous}>← Previous</button>
    <span class="subdued">Page ${pager.page}</span>
    <button type="button" class="button" disabled=${!pageInfo.hasNextPage} onClick=${() => pager.next(pageInfo.endCursor)}>Next →</button>
  </nav>`;
}

/** "staff:1" -> "Staff", "customer:12" -> "Customer", "policy" -> "Policy". */
export function who(actor) {
  if (!actor) return "";
  const [kind] = String(actor).split(":");
  return { staff: "Staff", customer: "Customer", guest: "Customer", policy: "Policy", platform: "Platform", demo: "Demo" }[kind] || actor;
}
