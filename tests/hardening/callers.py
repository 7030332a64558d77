"""Requests from distinct callers: a client address per httpx client (the ASGI scope's peer), as
distinct attackers and customers would be."""

from __future__ import annotations

from contextlib import asynccontextmanager

import httpx


@asynccontextmanager
async def from_address(app, address: str):
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://recourse.test") as http:
        yield http


def aliased(field: str, count: int) -> str:
    """`count` aliases of one field in one document; `{i}` in the field is the alias's number."""
    return " ".join(f"a{i}: {field.replace('{i}', str(i))}" for i in range(count))


def wrong_guesses(count: int, name: str = "#1001", start: int = 0) -> str:
    return "{ " + aliased(f'order(name: "{name}", email: "guess{{i}}-{start}@example.com") {{ name }}', count) + " }"


def codes(response: httpx.Response) -> set:
    return {(e.get("extensions") or {}).get("code") for e in response.json().get("errors") or []}
