// The admin app's credentials: the session token the host admin gives it.
//
// - Embedded: the host opens /app?id_token=<JWT>. Tokens live a minute, so on a 401 the app asks the
//   host frame for a fresh one (postMessage {type: "recourse:session-token-request"}; the host
//   answers {type: "recourse:session-token", token}). With no answer in 5 s the app says the session
//   has expired and to reopen it from the admin.
// - Standalone demo: `recourse serve` prints a day-long token and a ready URL; a token pasted into
//   the sign-in form works the same way. The token is kept for this tab only (sessionStorage) and
//   removed from the address bar so it is not left in history or shared by copy-paste.
const KEY = "recourse.admin.token";

export function initialToken() {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get("id_token");
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    url.searchParams.delete("id_token");
    history.replaceState(history.state, "", url.pathname + (url.search || "") + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(KEY);
}

export function currentToken() { return sessionStorage.getItem(KEY); }
export function setToken(token) { if (token) sessionStorage.setItem(KEY, token); else sessionStorage.removeItem(KEY); }
export function embedded() { return window.parent !== window; }

/** A fresh token from the host frame, or null after `timeout` ms (or when not embedded). */
export function requestHostToken(timeout = 5000) {
  if (!embedded()) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (token) => { window.removeEventListener("message", listen); clearTimeout(timer); resolve(token); };
    function listen(event) {
      if (event.source !== window.parent) return;
      const data = event.data;
      if (data && data.type === "recourse:session-token" && typeof data.token === "string") {
        setToken(data.token);
        done(data.token);
      }
    }
    window.addEventListener("message", listen);
    const timer = setTimeout(() => done(null), timeout);
    window.parent.postMessage({ type: "recourse:session-token-request" }, "*");
  });
}
