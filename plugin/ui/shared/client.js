// The GraphQL client both faces use: POST JSON to one endpoint with a bearer token.
//
// Outcomes a page must tell apart, as distinct error classes:
//   SessionExpired (401)   -> ask for a new token (the host, or the person) and say so plainly;
//   RateLimited (429)      -> "too many requests", with the server's Retry-After when it sends one;
//   ApiError               -> a top-level GraphQL error or an unexpected status (a bug, not user input).
// Expected refusals are data (`userErrors`), not exceptions: `fieldErrors` maps them to the field
// path they name, so a form can show each next to its input.

export class ApiError extends Error {
  constructor(message, { status = 0, errors = [] } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.errors = errors;
  }
}
export class SessionExpired extends ApiError {
  constructor(message = "Your session has expired.") { super(message, { status: 401 }); this.name = "SessionExpired"; }
}
export class RateLimited extends ApiError {
  constructor(retryAfter) {
    super(retryAfter ? `Too many requests. Try again in ${retryAfter} seconds.` : "Too many requests. Try again in a moment.", { status: 429 });
    this.name = "RateLimited";
    this.retryAfter = retryAfter;
  }
}

/**
 * createClient({endpoint, getToken, refreshToken, headers})
 *   getToken():      the current token (or null for anonymous calls);
 *   refreshToken():  optional; resolves to a fresh token or null. Called once after a 401, and the
 *                    request is retried with the new token (embedded apps receive short-lived tokens).
 *   headers:         extra headers (e.g. X-Shop-Domain for the storefront).
 * client.request(query, variables) -> data; throws the errors above.
 */
export function createClient({ endpoint, getToken = () => null, refreshToken = null, headers = {} }) {
  async function send(query, variables, token) {
    const hdrs = { "Content-Type": "application/json", Accept: "application/json", ...headers };
    if (token) hdrs.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(endpoint, { method: "POST", headers: hdrs, body: JSON.stringify({ query, variables }) });
    } catch (error) {
      throw new ApiError("Cannot reach the server. Check your connection and try again.");
    }
    return response;
  }

  async function request(query, variables = {}) {
    let response = await send(query, variables, getToken());
    if (response.status === 401 && refreshToken) {
      const fresh = await refreshToken();
      if (fresh) response = await send(query, variables, fresh);
    }
    if (response.status === 401) throw new SessionExpired();
    if (response.status === 429) {
      const after = Number.parseInt(response.headers.get("Retry-After") || "", 10);
      throw new RateLimited(Number.isFinite(after) ? after : null);
    }
    let body = null;
    try { body = await response.json(); } catch (_) { /* not JSON: handled below */ }
    if (!response.ok || !body) {
      const message = body?.errors?.[0]?.message || `The server answered ${response.status}.`;
      throw new ApiError(message, { status: response.status, errors: body?.errors || [] });
    }
    if (body.errors?.length) throw new ApiError(body.errors[0].message, { status: response.status, errors: body.errors });
    return body.data;
  }

  return { request };
}

/**
 * userErrors -> { "lines.0.quantity": ["message", ...], "": [messages with no field] }.
 * `strip` drops a leading wrapper segment such as "input" or "document" so a form can key its
 * inputs by the path inside the object it edits.
 */
export function fieldErrors(userErrors, { strip = [] } = {}) {
  const out = {};
  for (const error of userErrors || []) {
    let path = [...(error.field || [])];
    while (path.length && strip.includes(path[0])) path = path.slice(1);
    const key = path.join(".");
    (out[key] ||= []).push(error.message);
  }
  return out;
}

/** The messages for `key` and, with `prefix: true`, for every path under it. */
export function errorsAt(errors, key, { prefix = false } = {}) {
  if (!errors) return [];
  if (!prefix) return errors[key] || [];
  return Object.entries(errors).filter(([k]) => k === key || k.startsWith(key + ".")).flatMap(([, v]) => v);
}
