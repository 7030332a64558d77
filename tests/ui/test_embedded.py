"""Embedded in the host admin: short-lived session tokens are renewed through the host frame, and
without an answer the app says the session expired instead of failing silently."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # a live server (and a browser): see pyproject.toml's timeout

HOST_PAGE = """<!doctype html><html lang="en"><head><title>Host admin</title></head><body>
<iframe id="app" title="Recourse" src="/app?id_token=%(initial)s" style="width:1200px;height:800px"></iframe>
<script>
  window.requests = 0;
  window.addEventListener("message", (event) => {
    if (event.data && event.data.type === "recourse:session-token-request") {
      window.requests += 1;
      if (%(answer)s) event.source.postMessage({type: "recourse:session-token", token: %(fresh)s}, event.origin);
    }
  });
</script></body></html>"""


def _host(page, live_server, *, answer: bool) -> None:
    fresh = live_server.tokens["allegra-k.myshopify.com"]
    html = HOST_PAGE % {"initial": "expired.token.value", "answer": "true" if answer else "false", "fresh": f'"{fresh}"'}
    # The host page is played from the origin RECOURSE_HOST_ADMIN_ORIGIN allows to frame the app.
    page.route("**/__test__/host.html", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.goto(f"{live_server.url}/__test__/host.html")


def test_a_rejected_token_is_renewed_by_the_host_and_the_app_loads(page, live_server):
    _host(page, live_server, answer=True)
    app = page.frame_locator("#app")
    page.expect_errors("401")  # the first, rejected call
    app.locator("h1", has_text="Home").wait_for(timeout=20_000)
    # (the heading may show before the rejected call's renewal is counted: wait for it rather than read it once)
    page.wait_for_function("() => window.requests >= 1", timeout=20_000)


def test_without_an_answer_from_the_host_the_session_is_shown_as_expired(page, live_server):
    _host(page, live_server, answer=False)
    app = page.frame_locator("#app")
    app.locator("text=Reopen Recourse from your store's admin").wait_for(timeout=20_000)
    assert app.locator("h1").inner_text() == "Session expired"
    page.expect_errors("401")
