"""Finding 2: a 200 MB unauthenticated POST to /webhooks/orders/create was read into memory before
the 413. Every route now refuses by Content-Length before reading, and stops reading a streamed body
at the limit."""

from __future__ import annotations

import pytest

from plugin.web.body_limit import MAX_BODY_BYTES

ROUTES = ["/webhooks/orders/create", "/install", "/admin/graphql", "/storefront/graphql", "/healthz", "/app", "/admin/labels"]
CHUNK = 64 * 1024


async def _call(app, path: str, headers: list, chunks: int) -> tuple[int, int]:
    """Drive the ASGI app as a server would; give back the status and how many chunks it read."""
    pulled, sent = 0, []

    async def receive():
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": b"x" * CHUNK, "more_body": pulled < chunks}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"host", b"recourse.test"), (b"content-type", b"application/json"), *headers],
             "client": ("127.0.0.1", 5000), "server": ("recourse.test", 80)}
    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], pulled


@pytest.mark.parametrize("path", ROUTES)
async def test_a_body_announced_too_large_is_refused_unread(app, path):
    status, pulled = await _call(app, path, [(b"content-length", str(200 * 1024 * 1024).encode())], 3200)
    assert status == 413
    assert pulled == 0


@pytest.mark.parametrize("path", ROUTES[:4])
async def test_a_streamed_body_stops_being_read_at_the_limit(app, path):
    total = 3200  # 200 MiB in 64 KiB chunks, no Content-Length
    status, pulled = await _call(app, path, [(b"x-shopify-topic", b"orders/create")], total)
    # /install without an install token refuses before reading anything; the others read and stop.
    assert status == (404 if path == "/install" else 413)
    assert pulled * CHUNK <= MAX_BODY_BYTES + CHUNK
