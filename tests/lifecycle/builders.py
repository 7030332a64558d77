"""Orders and requests for lifecycle tests, in through the same import path as webhooks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from plugin import shopify
from plugin.actions.catalog import upsert_product
from plugin.actions.orders import import_order
from plugin.api.ids import to_gid
from plugin.policy.types import ConditionItem
from tests.helpers import admin, gql_ok, storefront
import typing

EMAIL = "robin@example.com"
EVERY_CONDITION = list(typing.get_args(ConditionItem))
NOW = datetime.now(timezone.utc)


async def delivered_order(shop, *, name="#1001", days_ago=5, quantity=2, price="40.00", country="US", tags="", shipping="5.00"):
    """A web order of one product, delivered `days_ago` days ago."""
    placed = NOW - timedelta(days=days_ago + 4)
    pid = f"p-{name}"
    await upsert_product(shop, shopify.Product.model_validate(
        {"id": pid, "title": "Linen Shirt", "product_type": "Shirts", "tags": tags, "updated_at": placed.isoformat()}))
    total = f"{float(price) * quantity + float(shipping):.2f}"
    payload = {
        "id": name, "name": name, "email": EMAIL, "currency": shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": f"{float(price) * quantity:.2f}", "total_price": total,
        "shipping_lines": [{"price": shipping}],
        "shipping_address": {"country_code": country, "province_code": "NY"},
        "customer": {"id": "c1", "email": EMAIL},
        "line_items": [{"id": f"{name}-l1", "product_id": pid, "title": "Linen Shirt", "quantity": quantity, "price": price}],
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": name, "created_at": (placed + timedelta(days=1)).isoformat(),
            "updated_at": (NOW - timedelta(days=days_ago)).isoformat(), "shipment_status": "delivered",
            "delivered_at": (NOW - timedelta(days=days_ago)).isoformat(),
            "line_items": [{"id": f"{name}-l1", "quantity": quantity}],
        }],
    }
    order = (await import_order(shop, shopify.Order.model_validate(payload))).order
    line = (await order.lines.all())[0]
    return order, to_gid("OrderLine", line.id)


RETURN_REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id name status nextStep policyVersion quotedTotal { amount } lines { id quantity } }
  decision { allowed reasons { code message } refund { total { amount currencyCode } } instructions { steps } }
  userErrors { field code message } } }"""

RETURN_FIELDS = """id name status shipBy policyVersion quotedTotal { amount currencyCode }
  lines { id quantity receivedQuantity acceptedQuantity rejectedQuantity }
  refunds { id amount { amount } status }
  timeline { action actor }"""


def request_input(line_gid, *, quantity=1, reason="UNWANTED", order_name="#1001", **extra):
    return {
        "orderName": order_name, "email": EMAIL, "proofOfPurchase": "INV-1001",
        "lines": [{"lineId": line_gid, "quantity": quantity, "reason": reason, "condition": EVERY_CONDITION}],
        **extra,
    }


async def request_return(client, shop, line_gid, **kwargs) -> dict:
    return gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(line_gid, **kwargs)}))["returnRequest"]


async def staff(client, shop, mutation: str, variables: dict) -> dict:
    data = gql_ok(await admin(client, shop, mutation, variables))
    return next(iter(data.values()))
