// The shop's policy as it is enforced, rendered by the API from the same rules.
import { html, useContext, useEffect, useState } from "../../shared/html.js";
import { Banner, Spinner } from "../../shared/ui.js";
import { gql } from "../api.js";
import { PortalContext } from "../context.js";

export function PolicyPage() {
  const { t } = useContext(PortalContext);
  const [policy, setPolicy] = useState(null);
  const [error, setError] = useState(null);
  // Worded for this page: returns and cancellations are made here, so it never says "email us" to start one.
  useEffect(() => { gql(`query PortalPolicy { returnPolicy(selfService: true) { html } }`).then((d) => setPolicy(d.returnPolicy)).catch((e) => setError(e.message)); }, []);
  if (error) return html`<${Banner}>${error}</${Banner}>`;
  if (!policy) return html`<${Spinner} label=${t("loading")} />`;
  return html`<div class="stack">
    <a href="#/" class="back">← ${t("back")}</a>
    <article class="card policy-text" aria-label=${t("policy")} dangerouslySetInnerHTML=${{ __html: policy.html }}></article>
  </div>`;
}
