"""The emulated Admin API over HTTP: `Emulator` holds the shops and builds the Starlette app.

Routes (the shop's own origin is `<base>/shops/<domain>`, so the client joins paths exactly as it
does for `https://<domain>`):

    POST /shops/{domain}/admin/api/{version}/graphql.json   the Admin GraphQL API
    POST /shops/{domain}/admin/oauth/access_token           token exchange and refresh
    GET  /                                                  what the emulated shops hold (HTML)
    GET  /shops/{domain}/orders/{id}.json                   one order, as JSON, for tests and demos
    GET  /shops/{domain}/state.json                         store credit, gift cards, draft orders, stock
    POST /faults                                            inject a fault (JSON body, see faults.py)
    POST /shops/{domain}/down                               {"down": true|false}: the shop's API is out

`recourse serve` mounts it at /emulator (so /emulator/shops/<domain> is a demo shop's origin).

Every document is parsed and validated against the SDL fixture before anything runs; a
validation error is answered as Shopify answers it (HTTP 200, `errors`, nothing done).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import time
from urllib.parse import parse_qsl
from decimal import Decimal
from importlib import resources

from graphql import (
    GraphQLError,
    OperationDefinitionNode,
    OperationType,
    StringValueNode,
    VariableNode,
    build_schema,
    execute,
    get_operation_ast,
    parse,
    validate,
)
from graphql.language import FieldNode
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from plugin.platform.emulator import exchanges, operations, reasons, views
from plugin.platform.emulator import store as s
from plugin.platform.emulator.cost import MAX_QUERY_COST, Bucket, actual_cost, requested_cost
from plugin.platform.emulator.faults import Fault, Faults
from plugin.platform.emulator.tokens import OAuthError, Tokens

VERSION = "2026-10"
SDL_FILE = "admin_2026_10.graphql"
DEFAULT_SCOPES = "read_orders,write_orders,read_returns,write_returns,read_fulfillments,read_products,read_customers,read_locations"
MAX_BODY = 1_000_000
BAD_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"


def load_schema():
    sdl = resources.files("plugin.platform.emulator").joinpath(SDL_FILE).read_text()
    schema = build_schema(sdl)
    schema.type_map["Money"].parse_value = _money_value
    schema.type_map["Money"].parse_literal = lambda node, _variables=None: _money_value(getattr(node, "value", None))
    return schema


def _money_value(value) -> str:
    """Money input: a decimal string (or number) that is finite and has at most 2+ decimals."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise GraphQLError("Money must be a decimal string")
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        raise GraphQLError(f"Money {str(value)[:20]!r} is not a decimal") from None
    if not amount.is_finite() or abs(amount.adjusted()) > 15:
        raise GraphQLError("Money is out of range")
    return str(amount)


def _key_of(node: FieldNode, variables: dict) -> str | None:
    for directive in node.directives or ():
        if directive.name.value != "idempotent":
            continue
        for argument in directive.arguments or ():
            if argument.name.value == "key":
                value = argument.value
                if isinstance(value, StringValueNode):
                    return value.value
                if isinstance(value, VariableNode):
                    return variables.get(value.name.value)
    return None


async def _hold(seconds: float) -> None:
    """Keep a request waiting; a server shutting down meanwhile just ends the wait."""
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.sleep(seconds)


def _matching_drafts(shop: s.Shop, query: str | None, reverse: bool) -> list[s.DraftOrder]:
    """Shopify's search syntax, the part we use: `tag:<tag>` terms (all must match), newest last."""
    drafts = list(shop.draft_orders.values())
    for term in (query or "").split():
        name, _, value = term.partition(":")
        if name == "tag" and value:
            drafts = [d for d in drafts if value.strip('"').lower() in (t.lower() for t in d.tags)]
    return list(reversed(drafts)) if reverse else drafts


def _error(message: str, code: str) -> dict:
    return {"message": message, "extensions": {"code": code}}


class Emulator:
    """Emulated shops and their Admin API. Tests build one, add shops and orders, start its app."""

    def __init__(self, *, maximum_available: float = 2000.0, restore_rate: float = 100.0,
                 token_ttl: int = 3600, clock=time.monotonic) -> None:
        self.schema = load_schema()
        self.shops: dict[str, s.Shop] = {}
        self.scopes: dict[str, str] = {}
        self.buckets: dict[str, Bucket] = {}
        self.ids = s.Ids()
        self.faults = Faults()
        self.tokens = Tokens(ttl=token_ttl)
        self.down: set[str] = set()
        self.idempotency: dict[tuple[str, str], tuple[str, dict]] = {}
        self.calls: list[tuple[str, str]] = []  # (shop, operation) of every request that ran
        self.spent: dict[str, int] = {}  # actual query cost charged, per shop
        self.throttled: dict[str, int] = {}  # THROTTLED answers, per shop
        self._bucket_args = (maximum_available, restore_rate, clock)
        self.app = Starlette(routes=[
            Route("/shops/{domain}/admin/api/{version}/graphql.json", self._graphql, methods=["POST"]),
            Route("/shops/{domain}/admin/oauth/access_token", self._oauth, methods=["POST"]),
            Route("/", self._index, methods=["GET"]),
            Route("/shops/{domain}/orders/{order_id}.json", self._order_json, methods=["GET"]),
            Route("/shops/{domain}/state.json", self._state_json, methods=["GET"]),
            Route("/faults", self._inject, methods=["POST"]),
            Route("/shops/{domain}/down", self._down, methods=["POST"]),
        ])

    # --- setting up ------------------------------------------------------------------------------

    def add_shop(self, domain: str, client_id: str, client_secret: str, *, currency: str = "USD",
                 scopes: str = DEFAULT_SCOPES) -> s.Shop:
        shop = s.Shop(domain=domain, client_id=client_id, client_secret=client_secret, currency=currency)
        self.shops[domain] = shop
        self.scopes[domain] = scopes
        maximum, restore, clock = self._bucket_args
        self.buckets[domain] = Bucket(maximum_available=maximum, restore_rate=restore, clock=clock)
        return shop

    def add_order(self, domain: str, order_id: str, *, name: str, lines: list[dict], currency: str | None = None,
                  presentment_currency: str | None = None, rate: str = "1", shipping: str = "0",
                  payments: list[dict] | None = None, fulfilled: bool = False) -> s.Order:
        """An order as the platform would hold it after checkout. `lines`: {id, name, sku, quantity,
        price}; `payments`: {gateway, amount, kind} (one SALE of the whole total by default);
        `fulfilled`: every line shipped in one fulfillment."""
        shop = self.shops[domain]
        items = [s.Line(id=str(line["id"]), name=line.get("name") or f"Item {line['id']}", sku=line.get("sku"),
                        quantity=int(line["quantity"]), unit_price=Decimal(str(line["price"]))) for line in lines]
        order = s.Order(id=str(order_id), name=name, currency=currency or shop.currency,
                        presentment_currency=presentment_currency or currency or shop.currency, rate=Decimal(rate),
                        lines=items, shipping_price=Decimal(shipping))
        total = sum((line.unit_price * line.quantity for line in items), Decimal(0)) + order.shipping_price
        for payment in payments if payments is not None else [{"gateway": "shopify_payments", "amount": str(total)}]:
            order.transactions.append(s.Transaction(id=self.ids(), kind=payment.get("kind", "SALE"),
                                                    gateway=payment["gateway"], amount=Decimal(str(payment["amount"]))))
        shop.orders[order.id] = order
        if fulfilled:
            self.fulfil(domain, order_id)
        return order

    def add_customer(self, domain: str, customer_id: str, email: str | None = None) -> s.Customer:
        customer = s.Customer(id=str(customer_id), email=email)
        self.shops[domain].customers[customer.id] = customer
        return customer

    def add_variant(self, domain: str, variant_id: str, *, sku: str, title: str, price: str, available: int = 0,
                    product_id: str = "1", product_title: str = "Product") -> s.Variant:
        """A product variant with `available` units at the primary location (its inventory item's id
        is the variant's own, prefixed 9)."""
        shop = self.shops[domain]
        variant = s.Variant(id=str(variant_id), product_id=str(product_id), title=title, product_title=product_title,
                            sku=sku, price=Decimal(str(price)), inventory_item_id=f"9{variant_id}")
        shop.variants[variant.id] = variant
        shop.inventory[(sku, s.PRIMARY_LOCATION)] = available
        return variant

    def stock(self, domain: str, sku: str) -> dict:
        """One SKU's quantities at the primary location: available, reserved, committed."""
        shop = self.shops[domain]
        key = (sku, s.PRIMARY_LOCATION)
        return {"available": shop.inventory.get(key, 0), "reserved": shop.reserved.get(key, 0),
                "committed": shop.committed.get(key, 0)}

    def shop_state(self, domain: str) -> dict:
        """Store credit, gift cards, draft orders and stock: what exchanges and credits changed."""
        shop = self.shops[domain]
        return {
            "storeCredit": {c.id: [{"account": a.id, "currency": a.currency, "balance": views.amount(a.balance),
                                    "transactions": [{"id": t.id, "amount": views.amount(t.amount),
                                                      "expiresAt": t.expires_at.isoformat() if t.expires_at else None}
                                                     for t in a.transactions]} for a in c.accounts]
                            for c in shop.customers.values()},
            "giftCards": [{"id": g.id, "lastCharacters": g.last_characters, "initialValue": views.amount(g.initial_value),
                           "currency": g.currency, "expiresOn": g.expires_on, "customer": g.customer_id}
                          for g in shop.gift_cards.values()],
            "draftOrders": [{"id": d.id, "name": d.name, "status": d.status, "tags": d.tags, "total": views.amount(d.total),
                             "order": d.order_id, "invoiceSent": d.invoice_sent_at is not None,
                             "lines": [{"title": line.title, "variant": line.variant.id if line.variant else None,
                                        "sku": line.sku, "quantity": line.quantity, "total": views.amount(line.total)}
                                       for line in d.lines]}
                            for d in shop.draft_orders.values()],
            "stock": {sku: self.stock(domain, sku) for sku in sorted({v.sku for v in shop.variants.values()})},
        }

    def fulfil(self, domain: str, order_id: str, quantities: dict[str, int] | None = None) -> s.Fulfillment:
        shop = self.shops[domain]
        order = shop.orders[str(order_id)]
        lines = []
        for line in order.lines:
            quantity = line.unfulfilled if quantities is None else min(quantities.get(line.id, 0), line.unfulfilled)
            if quantity:
                line.fulfilled += quantity
                lines.append(s.FulfillmentLine(id=self.ids(), line=line, quantity=quantity))
        fulfillment = s.Fulfillment(id=self.ids(), created_at=s.now(), lines=lines)
        order.fulfillments.append(fulfillment)
        return fulfillment

    def order(self, domain: str, order_id: str) -> s.Order:
        self.shops[domain].run_due_jobs()
        return self.shops[domain].orders[str(order_id)]

    def inject(self, fault: Fault) -> None:
        self.faults.add(fault)

    def set_down(self, domain: str, down: bool) -> None:
        (self.down.add if down else self.down.discard)(domain)

    def snapshot(self, domain: str, order_id: str) -> dict:
        """The order as plain JSON: what a test or a newcomer checks after a refund."""
        shop = self.shops[domain]
        shop.run_due_jobs()
        order = shop.orders[str(order_id)]
        return {
            "id": order.id, "name": order.name, "currency": order.presentment_currency,
            "cancelled": order.cancelled_at is not None, "financialStatus": order.financial_status,
            "received": views.amount(order.received), "refunded": views.amount(order.refunded),
            "lines": [{"id": line.id, "sku": line.sku, "quantity": line.quantity, "refunded": line.refunded,
                       "fulfilled": line.fulfilled} for line in order.lines],
            "transactions": [{"id": t.id, "kind": t.kind, "gateway": t.gateway, "amount": views.amount(t.amount),
                              "parent": t.parent.id if t.parent else None} for t in order.transactions],
            "refunds": [{"id": r.id, "note": r.note, "amount": views.amount(r.total), "shipping": views.amount(r.shipping),
                         "lines": [{"line": rl.line.id, "quantity": rl.quantity, "restockType": rl.restock_type,
                                    "location": rl.location_id} for rl in r.lines]} for r in order.refunds],
            "returns": [{"id": r.id, "name": r.name, "status": r.status,
                         "lines": [{"fulfillmentLineItem": rl.fulfillment_line.id, "quantity": rl.quantity,
                                    "processed": rl.processed,
                                    "reasonHandle": reasons.DEFINITIONS[rl.reason_definition][0] if rl.reason_definition else None}
                                   for rl in r.lines],
                         "labels": [d.label_url for rfo in r.reverse_orders for d in rfo.deliveries]}
                        for r in order.returns],
            "inventory": {f"{sku}@{location}": count for (sku, location), count in shop.inventory.items()},
        }

    # --- the Admin API ---------------------------------------------------------------------------

    def _cost_extension(self, domain: str, requested: int, actual: int | None) -> dict:
        return {"cost": {"requestedQueryCost": requested, "actualQueryCost": actual,
                         "throttleStatus": self.buckets[domain].status()}}

    async def _graphql(self, request: Request) -> Response:
        domain, version = request.path_params["domain"], request.path_params["version"]
        if version != VERSION:
            return JSONResponse({"errors": f"The emulator serves API version {VERSION} only, not {version}"}, 404)
        shop = self.shops.get(domain)
        if shop is None:
            return JSONResponse({"errors": "Not Found"}, 404)
        if domain in self.down:
            return JSONResponse({"errors": "Service Unavailable"}, 503)
        if self.tokens.shop_of(request.headers.get("x-shopify-access-token")) != domain:
            return JSONResponse({"errors": BAD_TOKEN}, 401)
        body = await request.body()
        try:
            payload = json.loads(body) if len(body) <= MAX_BODY else None
            query, variables = payload["query"], payload.get("variables") or {}
            if not isinstance(query, str) or not isinstance(variables, dict):
                raise TypeError
        except (ValueError, TypeError, KeyError):
            return JSONResponse({"errors": "Bad Request: the body must be JSON with a query string"}, 400)
        try:
            document = parse(query)
        except GraphQLError as exc:
            return JSONResponse({"errors": [_error(exc.message, "PARSE_ERROR")]})
        problems = validate(self.schema, document)
        if problems:
            return JSONResponse({"errors": [{"message": p.message, "locations": [loc._asdict() for loc in p.locations or []],
                                             "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}} for p in problems]})
        operation = get_operation_ast(document, payload.get("operationName"))
        if operation is None:
            return JSONResponse({"errors": [_error("An operation name is required", "BAD_REQUEST")]})
        return await self._run(domain, shop, document, operation, variables)

    async def _run(self, domain: str, shop: s.Shop, document, operation: OperationDefinitionNode, variables: dict) -> Response:
        names = [node.name.value for node in operation.selection_set.selections if isinstance(node, FieldNode)]
        requested = requested_cost(self.schema, document, operation, variables)
        if requested > MAX_QUERY_COST:
            return JSONResponse({"errors": [_error(f"Query cost is {requested}, which exceeds the single query max cost "
                                                   f"limit ({MAX_QUERY_COST}).", "MAX_COST_EXCEEDED")],
                                 "extensions": self._cost_extension(domain, requested, None)})
        shop.run_due_jobs()  # the background jobs (orderCancel's) whose time has come, before anything reads
        fault = self.faults.take(domain, names)
        if fault and fault.kind == "server_error":
            return JSONResponse({"errors": "Internal Server Error"}, fault.status)
        if fault and fault.kind == "timeout":
            await _hold(fault.delay)
            return JSONResponse({"errors": "Gateway Timeout"}, 504)
        if (fault and fault.kind == "throttled") or not self.buckets[domain].take(requested):
            self.throttled[domain] = self.throttled.get(domain, 0) + 1
            return JSONResponse({"errors": [{"message": "Throttled", "extensions": {
                "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
                "extensions": self._cost_extension(domain, requested, None)})
        context = {"shop": shop, "domain": domain, "variables": variables, "refuse": fault.message if fault and fault.kind == "user_error" else None}
        root = self._mutation_root(context) if operation.operation == OperationType.MUTATION else self._query_root(shop)
        result = execute(self.schema, document, root_value=root, context_value=context, variable_values=variables,
                         operation_name=operation.name.value if operation.name else None)
        self.calls.extend((domain, name) for name in names)
        actual = min(requested, actual_cost(result.data, operation.operation == OperationType.MUTATION, len(names)))
        self.buckets[domain].give_back(requested - actual)
        self.spent[domain] = self.spent.get(domain, 0) + actual
        body = {"data": result.data}
        if result.errors:
            body["errors"] = [e.formatted for e in result.errors]
        body["extensions"] = self._cost_extension(domain, requested, actual)
        if fault and fault.kind == "lost_answer":
            await _hold(fault.delay)
            return JSONResponse({"errors": "Bad Gateway"}, 502)
        return JSONResponse(body)

    def _query_root(self, shop: s.Shop) -> dict:
        def order(info, id):
            return views.order_view(shop, shop.orders.get(s.local_id(id, "Order") or ""))

        def return_(info, id):
            found = shop.find_return(s.local_id(id, "Return") or "")
            return views.return_view(shop, *found) if found else None

        return {
            "order": order,
            "return": return_,
            "location": lambda info, id=None: views.location(shop, s.local_id(id, "Location") if id else s.PRIMARY_LOCATION),
            "locations": lambda info, first=None, after=None: views.connection(
                [views.location(shop, key) for key in shop.locations], first, after),
            "job": lambda info, id: ({"id": id, "done": shop.jobs[key].done}
                                     if (key := s.local_id(id, "Job") or "") in shop.jobs else None),
            "customer": lambda info, id: views.customer(shop, shop.customers.get(s.local_id(id, "Customer") or "")),
            "productVariant": lambda info, id: views.variant(shop, shop.variant_by_gid(id)),
            "draftOrder": lambda info, id: views.draft_order(shop, draft) if (
                draft := shop.draft_orders.get(s.local_id(id, "DraftOrder") or "")) else None,
            "draftOrders": lambda info, first=None, after=None, query=None, reverse=False, **_: views.connection(
                [views.draft_order(shop, d) for d in _matching_drafts(shop, query, reverse)], first, after),
            "giftCard": lambda info, id: views.gift_card(shop, card) if (
                card := shop.gift_cards.get(s.local_id(id, "GiftCard") or "")) else None,
            "returnReasonDefinitions": lambda info, first=None, after=None, handles=None, ids=None, **_: views.connection(
                reasons.find(handles, ids), first, after),
        }

    def _mutation_root(self, context: dict) -> dict:
        return {name: self._mutation(name, run, context)
                for name, run in (operations.MUTATIONS | exchanges.MUTATIONS).items()}

    def _mutation(self, name: str, run, context: dict):
        def resolve(info, **args):
            node = info.field_nodes[0]
            key = _key_of(node, context["variables"])
            if any(d.name.value == "idempotent" for d in node.directives or ()) and name not in operations.IDEMPOTENT:
                raise GraphQLError(f"The @idempotent directive is not supported on {name}",
                                   extensions={"code": "BAD_REQUEST"})
            if key is None and name in operations.KEY_REQUIRED:
                raise GraphQLError(f"The @idempotent directive is required for {name} in API version {VERSION}",
                                   extensions={"code": "BAD_REQUEST"})
            fingerprint = json.dumps([name, args], sort_keys=True, default=str)
            if key is not None:
                seen = self.idempotency.get((context["domain"], key))
                if seen is not None:
                    if seen[0] != fingerprint:
                        raise GraphQLError("The idempotency key was already used with different parameters",
                                           extensions={"code": "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"})
                    return seen[1]
            if context["refuse"]:
                error = {"field": None, "message": context["refuse"], "code": "INVALID"}
                payload = {"userErrors": [error], "orderCancelUserErrors": [error]}
            else:
                payload = run(context["shop"], self.ids, args)
            if key is not None:
                self.idempotency[(context["domain"], key)] = (fingerprint, payload)
            return payload

        return resolve

    # --- OAuth -----------------------------------------------------------------------------------

    async def _oauth(self, request: Request) -> Response:
        shop = self.shops.get(request.path_params["domain"])
        if shop is None:
            return JSONResponse({"error": "shop_not_found"}, 404)
        try:
            if request.headers.get("content-type", "").startswith("application/json"):
                form = json.loads(await request.body())
            else:
                form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
            if not isinstance(form, dict):
                raise ValueError
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"error": "invalid_request", "error_description": "Unreadable body"}, 400)
        try:
            grant = self.tokens.exchange(shop.domain, shop.client_id, shop.client_secret, form)
        except OAuthError as exc:
            return JSONResponse({"error": exc.error, "error_description": exc.description}, exc.status)
        return JSONResponse(self.tokens.answer(grant, self.scopes[shop.domain]))

    # --- inspection and control ------------------------------------------------------------------

    async def _order_json(self, request: Request) -> Response:
        domain, order_id = request.path_params["domain"], request.path_params["order_id"]
        if domain not in self.shops or order_id not in self.shops[domain].orders:
            return JSONResponse({"error": "not found"}, 404)
        return JSONResponse(self.snapshot(domain, order_id))

    async def _state_json(self, request: Request) -> Response:
        domain = request.path_params["domain"]
        if domain not in self.shops:
            return JSONResponse({"error": "not found"}, 404)
        return JSONResponse(self.shop_state(domain))

    async def _inject(self, request: Request) -> Response:
        try:
            data = json.loads(await request.body())
            fault = Fault(**{k: data[k] for k in ("kind", "operation", "times", "status", "delay", "message", "shop") if k in data})
        except (ValueError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        self.inject(fault)
        return JSONResponse({"ok": True})

    async def _down(self, request: Request) -> Response:
        domain = request.path_params["domain"]
        try:
            down = json.loads(await request.body())["down"]
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"error": 'the body must be {"down": true|false}'}, 400)
        if domain not in self.shops or not isinstance(down, bool):
            return JSONResponse({"error": "unknown shop or not a boolean"}, 400)
        self.set_down(domain, down)
        return JSONResponse({"down": down})

    async def _index(self, request: Request) -> Response:
        rows = []
        for domain, shop in self.shops.items():
            shop.run_due_jobs()
            for order in shop.orders.values():
                if not (order.refunds or order.returns or order.cancelled_at):
                    continue
                refunds = "; ".join(f"{views.amount(r.total)} {order.presentment_currency}"
                                    + (f" ({', '.join(f'{rl.quantity}× {rl.line.name} {rl.restock_type}' for rl in r.lines)})" if r.lines else "")
                                    for r in order.refunds)
                returns = "; ".join(f"{r.name} {r.status}" for r in order.returns)
                rows.append(f"<tr><td>{html.escape(domain)}</td><td>{html.escape(order.name)}</td>"
                            f"<td>{order.financial_status}{' · CANCELLED' if order.cancelled_at else ''}</td>"
                            f"<td>{html.escape(refunds)}</td><td>{html.escape(returns)}</td></tr>")
        table = "".join(rows) or "<tr><td colspan=5>No refunds, returns or cancellations yet.</td></tr>"
        page = (f"<!doctype html><meta charset=utf-8><title>Shopify emulator</title>"
                f"<style>body{{font:14px system-ui;margin:2rem}}td,th{{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left}}</style>"
                f"<h1>Shopify Admin API emulator ({VERSION})</h1><p>Orders the platform changed on Recourse's request.</p>"
                f"<table><tr><th>Shop</th><th>Order</th><th>Status</th><th>Refunds</th><th>Returns</th></tr>{table}</table>")
        return HTMLResponse(page)
