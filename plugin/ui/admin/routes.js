// Hash routes -> pages. Each page is a module under pages/.
import { Home } from "./pages/home.js";
import { Returns } from "./pages/returns.js";
import { ReturnPage } from "./pages/return.js";
import { Refunds } from "./pages/refunds.js";
import { Orders, OrderPage } from "./pages/orders.js";
import { Fraud } from "./pages/fraud.js";
import { Policy } from "./pages/policy.js";
import { PolicyDraft } from "./pages/policy_draft.js";
import { Emails } from "./pages/emails.js";
import { Platform } from "./pages/platform.js";
import { Analytics } from "./pages/analytics.js";
import { Settings } from "./pages/settings.js";
import { Reasons } from "./pages/reasons.js";
import { NotFound } from "./pages/notfound.js";

export const NAV = [
  ["#/", "Home", "home"],
  ["#/returns", "Returns", "returns"],
  ["#/refunds", "Refunds", "refunds"],
  ["#/orders", "Orders", "orders"],
  ["#/fraud", "Fraud review", "fraud"],
  ["#/analytics", "Analytics", "analytics"],
  ["#/policy", "Policy", "policy"],
  ["#/reasons", "Return reasons", "reasons"],
  ["#/emails", "Emails", "emails"],
  ["#/platform", "Platform", "platform"],
  ["#/settings", "Settings", "settings"],
];

export function routes({ segments }) {
  const [first, second] = segments;
  if (!first) return { Page: Home, props: {}, nav: "home" };
  if (first === "returns" && second) return { Page: ReturnPage, props: { id: second }, nav: "returns" };
  if (first === "returns") return { Page: Returns, props: {}, nav: "returns" };
  if (first === "refunds") return { Page: Refunds, props: {}, nav: "refunds" };
  if (first === "orders" && second) return { Page: OrderPage, props: { id: second }, nav: "orders" };
  if (first === "orders") return { Page: Orders, props: {}, nav: "orders" };
  if (first === "reasons") return { Page: Reasons, props: {}, nav: "reasons" };
  if (first === "analytics") return { Page: Analytics, props: {}, nav: "analytics" };
  if (first === "fraud") return { Page: Fraud, props: {}, nav: "fraud" };
  if (first === "policy" && second === "draft") return { Page: PolicyDraft, props: {}, nav: "policy" };
  if (first === "policy") return { Page: Policy, props: {}, nav: "policy" };
  if (first === "emails") return { Page: Emails, props: {}, nav: "emails" };
  if (first === "platform") return { Page: Platform, props: {}, nav: "platform" };
  if (first === "settings") return { Page: Settings, props: {}, nav: "settings" };
  return { Page: NotFound, props: {}, nav: null };
}
