"""The two reference servers the benchmark measures Recourse against, on the same database.

- `plain_app`: a Starlette route reading the order and its lines with two SQL statements over an
  asyncpg pool: the limit of this stack (HTTP, JSON, one event loop).
- `naive_app`: Strawberry + Tortoise as a first version would write it: the same rows read into
  model objects, no caches, Tortoise's default pool settings: the floor.

Both answer the same question the storefront's eligibility query starts from: this order (by
name + email in a shop) and its lines. Started by bench/run.py with uvicorn's `--factory`; the
database comes from BENCH_DATABASE_URL.
"""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from decimal import Decimal

import asyncpg
import strawberry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from strawberry.asgi import GraphQL
from tortoise.contrib.starlette import RegisterTortoise

from models import MODEL_MODULES
from models.order import Order, OrderLine
from plugin.store.db import normalise_url

ORDER_SQL = """SELECT id, name, email, currency, total_paid, placed_at FROM "order"
                WHERE shop_id = $1 AND name = $2 AND email = $3 LIMIT 1"""
LINES_SQL = """SELECT id, title, sku, quantity, unit_price FROM order_line
                WHERE shop_id = $1 AND order_id = $2 ORDER BY position, id"""


def _url() -> str:
    return normalise_url(os.environ["BENCH_DATABASE_URL"])


def plain_app() -> Starlette:
    state: dict = {}

    async def order(request: Request) -> JSONResponse:
        ask = json.loads(await request.body())
        async with state["pool"].acquire() as conn:
            row = await conn.fetchrow(ORDER_SQL, ask["shop"], ask["name"], ask["email"])
            if row is None:
                return JSONResponse({"order": None})
            lines = await conn.fetch(LINES_SQL, ask["shop"], row["id"])
        return JSONResponse({"order": {
            "id": row["id"], "name": row["name"], "email": row["email"], "currency": row["currency"],
            "totalPaid": str(row["total_paid"]), "placedAt": row["placed_at"].isoformat(),
            "lines": [{"id": l["id"], "title": l["title"], "sku": l["sku"], "quantity": l["quantity"],
                       "unitPrice": str(l["unit_price"])} for l in lines],
        }})

    @asynccontextmanager
    async def lifespan(_app):
        state["pool"] = await asyncpg.create_pool(_url(), min_size=1, max_size=10)
        yield
        await state["pool"].close()

    return Starlette(routes=[Route("/order", order, methods=["POST"])], lifespan=lifespan)


@strawberry.type
class NaiveLine:
    id: int
    title: str
    sku: str | None
    quantity: int
    unit_price: Decimal


@strawberry.type
class NaiveOrder:
    id: int
    name: str
    email: str | None
    currency: str
    total_paid: Decimal

    @strawberry.field
    async def lines(self) -> list[NaiveLine]:
        rows = await OrderLine.filter(order_id=self.id).order_by("position", "id")
        return [NaiveLine(id=r.id, title=r.title, sku=r.sku, quantity=r.quantity, unit_price=r.unit_price) for r in rows]


@strawberry.type
class NaiveQuery:
    @strawberry.field
    async def order(self, shop: int, name: str, email: str) -> NaiveOrder | None:
        row = await Order.filter(shop_id=shop, name=name, email=email).first()
        if row is None:
            return None
        return NaiveOrder(id=row.id, name=row.name, email=row.email, currency=row.currency, total_paid=row.total_paid)


def naive_app() -> Starlette:
    app = Starlette(routes=[Route("/graphql", GraphQL(strawberry.Schema(NaiveQuery)), methods=["POST"])])

    @asynccontextmanager
    async def lifespan(_app):
        config = {"connections": {"default": _url()},
                  "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}}, "use_tz": True}
        async with RegisterTortoise(app, config=config):
            yield

    app.router.lifespan_context = lifespan
    return app
