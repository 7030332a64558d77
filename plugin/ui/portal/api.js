// The portal's only backend: /storefront/graphql (and the photo endpoint next to it), for one shop.
// Who is asking: a signed-in customer's token (?customer_token=... from the storefront, kept for the
// tab) or a guest's order name + email (kept for the tab, sent with every call that needs them).
import { createClient } from "../shared/client.js";

export const shopDomain = decodeURIComponent(location.pathname.replace(/^\/portal\//, "").split("/")[0] || "");

function fromUrl() {
  const params = new URLSearchParams(location.search);
  const token = params.get("customer_token");
  if (token) {
    sessionSet("token", token);
    params.delete("customer_token"); // out of the address bar, history and referrers
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? `?${query}` : "") + location.hash);
  }
}

function sessionGet(key) { try { return sessionStorage.getItem(`recourse-portal-${key}`); } catch (_) { return memory[key] ?? null; } }
function sessionSet(key, value) {
  memory[key] = value;
  try { if (value == null) sessionStorage.removeItem(`recourse-portal-${key}`); else sessionStorage.setItem(`recourse-portal-${key}`, value); } catch (_) { /* blocked: memory only */ }
}
const memory = {};
fromUrl();

export const session = {
  token: () => sessionGet("token"),
  guest: () => { const raw = sessionGet("guest"); try { return raw ? JSON.parse(raw) : null; } catch (_) { return null; } },
  setGuest: (guest) => sessionSet("guest", guest ? JSON.stringify(guest) : null),
  signOut: () => { sessionSet("guest", null); },
};

let language = "en";
let client = null;
export function setLanguage(lang) { language = lang; client = null; }

export function gql(query, variables = {}) {
  client ||= createClient({
    endpoint: "/storefront/graphql",
    getToken: session.token,
    headers: { "X-Shop-Domain": shopDomain, "Accept-Language": language },
  });
  return client.request(query, variables);
}

/** Who owns the order, as the photo endpoints read it. */
function orderHeaders(order) {
  const headers = { "X-Shop-Domain": shopDomain };
  const guest = session.guest();
  if (session.token()) {
    headers.Authorization = `Bearer ${session.token()}`;
    headers["X-Order-Id"] = order.id;
  } else if (guest) {
    headers["X-Order-Name"] = guest.name;
    headers["X-Order-Email"] = guest.email;
  }
  return headers;
}

/** Upload one photo for `order`: resolves to its id, or rejects with the server's message. */
export async function uploadPhoto(order, file) {
  let response;
  try {
    response = await fetch("/storefront/photos", { method: "POST", headers: orderHeaders(order), body: file });
  } catch (_) {
    throw new Error("Cannot reach the server. Check your connection and try again.");
  }
  let body = null;
  try { body = await response.json(); } catch (_) { /* handled below */ }
  if (response.status !== 201 || !body?.photo) throw new Error(body?.errors?.[0]?.message || `The server answered ${response.status}.`);
  return body.photo.id;
}

/** The lookup arguments every order query takes: the id when signed in, else name + email. */
export function orderArgs(order) {
  const guest = session.guest();
  if (session.token() && order?.id) return { orderId: order.id };
  return { orderName: guest?.name, email: guest?.email };
}
