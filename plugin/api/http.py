"""GraphQL over HTTP: authenticate first, then hand the request to Strawberry.

Credentials are checked before GraphQL runs, so a bad token is a plain 401 and never reaches a
resolver. GET serves only the GraphiQL page (outside production); queries must be POSTed.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import strawberry
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL

from models.shop import Shop
from plugin.api.context import Context
from plugin.auth import Caller, Unauthorized, authenticate_customer, authenticate_staff, bearer

Authenticate = Callable[[Request], Awaitable[Caller]]


async def staff_caller(request: Request) -> Caller:
    token = bearer(request.headers.get("authorization"))
    if token is None:
        raise Unauthorized()
    return await authenticate_staff(token)


async def storefront_caller(request: Request) -> Caller:
    domain = request.headers.get("x-shop-domain") or request.query_params.get("shop")
    shop = await Shop.get_or_none(domain=domain) if domain and len(domain) <= 255 and "\x00" not in domain else None
    if shop is None or shop.uninstalled_at is not None:  # an uninstalled shop is served no more
        raise Unauthorized("unknown shop: send its domain in the X-Shop-Domain header")
    token = bearer(request.headers.get("authorization"))
    customer = await authenticate_customer(token, shop) if token else None
    return Caller(shop=shop, customer=customer)


class _Strawberry(GraphQL):
    def decode_json(self, data: str | bytes) -> object:
        # Strawberry turns only JSONDecodeError into a 400; bad UTF-8, deep nesting and integers
        # of over 4300 digits raise other errors, which would be a 500.
        try:
            return json.loads(data)
        except (RecursionError, ValueError):
            raise json.JSONDecodeError("not valid JSON (bad encoding, too deep or a number too long)", "", 0) from None

    async def get_context(self, request: Request, response: Response) -> Context | None:
        caller: Caller | None = request.scope.get("state", {}).get("caller")
        if caller is None:  # GET: only the IDE page is served, no operation runs
            return None
        return Context(request=request, response=response, shop=caller.shop, customer=caller.customer, staff=caller.staff)


MAX_BODY_BYTES = 256 * 1024


async def _read_body(receive: Receive) -> bytes | None:
    """The whole body, or None once it grows past the limit (nothing more is read)."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    async def receive() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class GraphQLEndpoint:
    def __init__(self, schema: strawberry.Schema, authenticate: Authenticate, *, ide: bool) -> None:
        self.authenticate = authenticate
        self.app = _Strawberry(schema, graphql_ide="graphiql" if ide else None, allow_queries_via_get=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await JSONResponse({"errors": [{"message": "only HTTP is supported"}]}, 400)(scope, receive, send)
            return
        request = Request(scope, receive)
        if request.method == "POST":
            body = await _read_body(receive)
            if body is None:
                await JSONResponse({"errors": [{"message": f"request body over {MAX_BODY_BYTES} bytes"}]}, 413)(scope, receive, send)
                return
            receive = _replay(body)
            try:
                caller = await self.authenticate(request)
            except Unauthorized as exc:
                await JSONResponse({"errors": [{"message": str(exc)}]}, 401)(scope, receive, send)
                return
            scope.setdefault("state", {})["caller"] = caller
        elif request.method != "GET":
            await JSONResponse({"errors": [{"message": "use POST"}]}, 405)(scope, receive, send)
            return
        await self.app(scope, receive, send)
