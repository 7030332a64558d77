import { html } from "../../shared/html.js";
import { Card } from "../../shared/ui.js";
import { useShop } from "../context.js";

export function Home() {
  const shop = useShop();
  return html`<div class="page-header"><h1>Home</h1></div>
    <${Card} title=${shop.name}><p class="subdued">${shop.domain}</p></${Card}>`;
}
