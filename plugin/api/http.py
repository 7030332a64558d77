"""GraphQL over HTTP: authenticate first, then hand the request to Strawberry.

Credentials are checked before GraphQL runs, so a bad token is a plain 401 and never reaches a
resolver. Queries may come as POST or GET (mutations only as POST: a GET that would change something
is refused with 405); a GET asking for HTML gets the GraphiQL page outside production.

Responses follow the GraphQL-over-HTTP spec: a client that accepts
`application/graphql-response+json` gets that media type, and a request that fails before execution
(the document does not parse or validate, or a request guard refuses it) answers 400 without a
`data` key; a client accepting only `application/json` (or anything) gets `application/json` with
200, as before.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import strawberry
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.types import ExecutionResult

from plugin.api.context import Context
from plugin.api.errors import without_suggestions
from plugin.api.auth import (
    Caller,
    Unauthorized,
    authenticate_customer,
    authenticate_staff,
    bearer,
    client_key,
    shop_by_domain,
    storefront_domain,
)
from plugin.platform.shopify_admin.connect import ensure_connected

Authenticate = Callable[[Request], Awaitable[Caller]]


async def staff_caller(request: Request) -> Caller:
    token = bearer(request.headers.get("authorization"))
    if token is None:
        raise Unauthorized()
    caller = await authenticate_staff(token)
    # A shopify shop's offline token comes from exchanging this very session token (in the
    # background, once per process until it is stored).
    ensure_connected(caller.shop, token, request.app.state.settings)
    return caller


async def storefront_caller(request: Request) -> Caller:
    domain = storefront_domain(request)
    shop = await shop_by_domain(domain) if domain else None
    if shop is None or shop.uninstalled_at is not None:  # an uninstalled shop is served no more
        raise Unauthorized("unknown shop: send its domain in the X-Shop-Domain header")
    token = bearer(request.headers.get("authorization"))
    customer = await authenticate_customer(token, shop) if token else None
    return Caller(shop=shop, customer=customer, address=client_key(request, shop))


GRAPHQL_RESPONSE = "application/graphql-response+json"


def _wants_graphql_response(request: Request) -> bool:
    return GRAPHQL_RESPONSE in request.headers.get("accept", "").lower()


def _request_error(result: ExecutionResult) -> bool:
    """The operation never ran: no data, and no error belongs to a field."""
    return result.data is None and bool(result.errors) and all(error.path is None for error in result.errors)


class _Strawberry(GraphQL):
    async def get_sub_response(self, request: Request) -> Response:
        response = await super().get_sub_response(request)
        response.graphql_request = request  # create_response is given only this
        return response

    async def process_result(self, request: Request, result: ExecutionResult) -> dict:
        data = await super().process_result(request, result)
        caller = request.scope.get("state", {}).get("caller")
        if caller is not None and data.get("errors") and not request.app.state.settings.introspection(
                "storefront" if caller.staff is None else "admin"):
            for error in data["errors"]:
                error["message"] = without_suggestions(error["message"])
        if _wants_graphql_response(request) and _request_error(result):
            data.pop("data", None)  # the spec: a request error has no data entry at all
            request.state.graphql_request_error = True
        return data

    def create_response(self, response_data, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        request = getattr(sub_response, "graphql_request", None)
        if request is not None and request.method == "GET":
            response.headers["cache-control"] = "no-store"  # a shop's or a customer's data: no shared cache keeps it
        if request is not None and _wants_graphql_response(request):
            response.headers["content-type"] = f"{GRAPHQL_RESPONSE}; charset=utf-8"
            if getattr(request.state, "graphql_request_error", False) and sub_response.status_code is None:
                response.status_code = 400
        return response

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
        return Context(request=request, response=response, shop=caller.shop, customer=caller.customer, staff=caller.staff,
                       address=caller.address)


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
        self.app = _Strawberry(schema, graphql_ide="graphiql" if ide else None, allow_queries_via_get=True)

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
        elif request.method != "GET":
            await JSONResponse({"errors": [{"message": "use GET or POST"}]}, 405, headers={"Allow": "GET, POST"})(scope, receive, send)
            return
        if request.method == "POST" or not _ide_page(request):
            try:
                caller = await self.authenticate(request)
            except Unauthorized as exc:
                await JSONResponse({"errors": [{"message": str(exc)}]}, 401)(scope, receive, send)
                return
            scope.setdefault("state", {})["caller"] = caller
        await self.app(scope, receive, send)


def _ide_page(request: Request) -> bool:
    """A browser opening the endpoint: it gets GraphiQL (or 404 in production), and runs nothing."""
    return "query" not in request.query_params and "text/html" in request.headers.get("accept", "")
