import { html } from "../../shared/html.js";
import { EmptyState } from "../../shared/ui.js";

export function NotFound() {
  return html`<${EmptyState} title="This page does not exist"><a href="#/">Back to home</a></${EmptyState}>`;
}
