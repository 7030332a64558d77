"""Installation over HTTP: the host posts a shop, and gets back the API key and secret it will sign with.

Guarded by RECOURSE_INSTALL_TOKEN, a secret shared with the host; without it the endpoint is off and
shops are added with `recourse shop add`.
"""

from __future__ import annotations

import hmac
import json

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse

from plugin.platform.catalog_import import import_catalogue, parse
from plugin.actions.shops import ShopInvalid, create_shop
from plugin.platform.shopify import json_number
from plugin.values.text import Text


MAX_IMPORT = 5_000


class InstallRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    domain: Text(255, min_length=1)
    name: Text(255, min_length=1)
    currency: Text(3) = "USD"
    country: Text(2) = "US"
    timezone: Text(64) = "UTC"
    locale: Text(16) = "en"
    support_email: Text(320) | None = None
    # The catalogue and recent orders the shop already has, when the host provides them (Shopify's
    # JSON shapes): imported at once, so existing final-sale items are excluded from day one.
    products: list[dict] = Field(default_factory=list, max_length=MAX_IMPORT)
    orders: list[dict] = Field(default_factory=list, max_length=MAX_IMPORT)


async def install(request: Request) -> JSONResponse:
    expected = request.app.state.settings.install_token
    if not expected:
        return JSONResponse({"error": "installation over HTTP is disabled"}, 404)
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return JSONResponse({"error": "invalid install token"}, 401)
    try:
        data = InstallRequest.model_validate(json.loads(await request.body(), parse_float=json_number))
    except (ValueError, ValidationError) as exc:
        problems = exc.errors(include_url=False) if isinstance(exc, ValidationError) else str(exc)
        return JSONResponse({"error": "invalid install request", "problems": json.loads(json.dumps(problems, default=str))}, 400)
    products, problems = parse("products", data.products)
    orders, order_problems = parse("orders", data.orders)
    if problems or order_problems:
        return JSONResponse({"error": "invalid install request", "problems": [
            {"field": p.field, "message": p.message} for p in (problems + order_problems)[:50]]}, 400)
    try:
        shop = await create_shop(**data.model_dump(exclude={"products", "orders"}))
    except ShopInvalid as exc:
        status = 409 if "already installed" in str(exc) else 400
        return JSONResponse({"error": str(exc), "field": exc.field}, status)
    body = {"domain": shop.domain, "apiKey": shop.api_key, "apiSecret": shop.api_secret}
    if products or orders:
        report = await import_catalogue(shop, products, orders)
        body["imported"] = {"products": sum(report.products.values()), "orders": sum(report.orders.values()),
                            "problems": [{"field": p.field, "message": p.message} for p in report.problems]}
    return JSONResponse(body, 201)
