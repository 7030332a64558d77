"""Orders and requests for lifecycle tests, in through the same import path as webhooks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.platform.orders import import_order
from plugin.api.ids import to_gid
from plugin.policy import load_preset, policy_to_data
from plugin.policy.types import ConditionItem
from tests.helpers import admin, gql_ok, storefront
import typing

EMAIL = "robin@example.com"
EVERY_CONDITION = list(typing.get_args(ConditionItem))
NOW = datetime.now(timezone.utc)


async def delivered_order(shop, *, name="#1001", days_ago=5, quantity=2, price="40.00", country="US", tags="", shipping="5.00",
                          email=EMAIL, customer="c1", currency=None):
    """A web order of one product, delivered `days_ago` days ago."""
    placed = NOW - timedelta(days=days_ago + 4)
    pid = f"p-{name}"
    await upsert_product(shop, shopify.Product.model_validate(
        {"id": pid, "title": "Linen Shirt", "product_type": "Shirts", "tags": tags, "updated_at": placed.isoformat()}))
    total = f"{Decimal(price) * quantity + Decimal(shipping):.2f}"
    payload = {
        "id": name, "name": name, "email": email, "currency": currency or shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": f"{Decimal(price) * quantity:.2f}", "total_price": total,
        "shipping_lines": [{"price": shipping}],
        "shipping_address": {"country_code": country, "province_code": "NY"},
        "customer": {"id": customer, "email": email},
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


def jpeg_bytes(size=(64, 48), colour=(200, 40, 40)) -> bytes:
    """A small real JPEG, as a phone would send one."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG")
    return out.getvalue()


async def upload_photo(client, shop, *, order_name="#1001", email=EMAIL, data: bytes | None = None) -> str:
    """A photo uploaded for a guest's order, as the portal does it; its id for returnRequest."""
    response = await client.post("/storefront/photos", content=data or jpeg_bytes(), headers={
        "X-Shop-Domain": shop.domain, "X-Order-Name": order_name, "X-Order-Email": email, "Content-Type": "image/jpeg"})
    assert response.status_code == 201, response.text
    return response.json()["photo"]["id"]


RETURN_REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id name status nextStep policyVersion quotedTotal { amount } lines { id quantity } }
  decision { allowed reasons { code message } refund { total { amount currencyCode } } instructions { steps } }
  userErrors { field code message } } }"""

RETURN_FIELDS = """id name status shipBy policyVersion quotedTotal { amount currencyCode }
  lines { id quantity receivedQuantity acceptedQuantity rejectedQuantity }
  refunds { id amount { amount } status }
  timeline { action actor }"""


def request_input(line_gid, *, quantity=1, reason="UNWANTED", order_name="#1001", email=EMAIL, **extra):
    return {
        "orderName": order_name, "email": email, "proofOfPurchase": "INV-1001",
        "lines": [{"lineId": line_gid, "quantity": quantity, "reason": reason, "condition": EVERY_CONDITION}],
        **extra,
    }


async def request_return(client, shop, line_gid, **kwargs) -> dict:
    return gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(line_gid, **kwargs)}))["returnRequest"]


async def staff(client, shop, mutation: str, variables: dict) -> dict:
    data = gql_ok(await admin(client, shop, mutation, variables))
    return next(iter(data.values()))


# --- more orders -------------------------------------------------------------------------------


async def placed_order(shop, *, name="#2001", hours_ago=1.0, quantity=1, price="40.00", shipped=False,
                       email=EMAIL, customer="c1"):
    """A web order placed `hours_ago` hours ago; unshipped unless `shipped` (then in transit)."""
    placed = datetime.now(timezone.utc) - timedelta(hours=hours_ago)
    pid = f"p-{name}"
    await upsert_product(shop, shopify.Product.model_validate(
        {"id": pid, "title": "Linen Shirt", "product_type": "Shirts", "tags": "", "updated_at": placed.isoformat()}))
    payload = {
        "id": name, "name": name, "email": email, "currency": shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": f"{Decimal(price) * quantity:.2f}", "total_price": f"{Decimal(price) * quantity + 5:.2f}",
        "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY"},
        "customer": {"id": customer, "email": email},
        "line_items": [{"id": f"{name}-l1", "product_id": pid, "title": "Linen Shirt", "quantity": quantity, "price": price}],
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": name, "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
            "shipment_status": "in_transit", "line_items": [{"id": f"{name}-l1", "quantity": quantity}],
        }] if shipped else [],
    }
    return (await import_order(shop, shopify.Order.model_validate(payload))).order


async def customer_token(shop, platform_id="c1") -> str:
    from models.customer import Customer
    from plugin.api.auth import issue_customer_token

    return issue_customer_token(shop, await Customer.get(shop_id=shop.id, platform_id=platform_id))


WAREHOUSE = {"name": "Warehouse", "rest_of_world": True, "recipient": "Returns Dept", "address1": "1 Dock Road",
             "city": "Newark", "province": "NJ", "zip": "07114", "country": "US"}


async def apply_preset(client, shop, preset="ALOTROP", *, warehouse: bool = True) -> None:
    """The seed store's policy, and (as a merchant must before approving returns) the shop's return
    address when the preset gives none; `warehouse=False` keeps the preset as it is."""
    document = {**policy_to_data(load_preset(preset.lower().replace("_", "-"))), "currency": shop.currency}
    if not warehouse or document["shipping"]["return_addresses"]:
        data = gql_ok(await admin(client, shop, "mutation($p: PolicyPreset!) { policyApplyPreset(preset: $p) { userErrors { code } } }", {"p": preset}))
        assert data["policyApplyPreset"]["userErrors"] == []
    else:  # one version, as the merchant would save the preset with their address filled in
        document["shipping"]["return_addresses"] = [WAREHOUSE]
        saved = gql_ok(await admin(client, shop, "mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { field code message } } }",
                                   {"d": document}))["policyUpdate"]
        assert saved["userErrors"] == [], saved
    await shop.refresh_from_db()


async def add_return_address(client, shop) -> None:
    """A rest-of-world return address, unless the policy in force has one."""
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    if not document["shipping"]["return_addresses"]:
        await change_policy(client, shop, lambda d: d["shipping"].__setitem__("return_addresses", [WAREHOUSE]))


async def set_webhook_url(shop, url="https://hooks.example.com/recourse") -> None:
    shop.webhook_url = url
    await shop.save(update_fields=["webhook_url"])


# --- what a refused request must leave alone ---------------------------------------------------


async def lifecycle_state() -> dict:
    """Row counts of everything the lifecycle writes, and the mutable columns of what it changes:
    a refused request must leave all of it exactly as it was."""
    from models.audit import AuditEvent
    from models.idempotency import IdempotencyKey
    from models.order import Order
    from models.outbox import OutboxMessage
    from models.refund import Cancellation, Refund
    from models.returns import Return, ReturnLine

    counts = {model.__name__: await model.all().count()
              for model in (Return, ReturnLine, Refund, Cancellation, AuditEvent, OutboxMessage, IdempotencyKey)}
    return {
        **counts,
        "orders": sorted(await Order.all().values_list("id", "ledger_version", "cancelled_at")),
        "returns": sorted(await Return.all().values_list("id", "status", "lock_version", "ship_by")),
        "return_lines": sorted(await ReturnLine.all().values_list("id", "received_quantity", "accepted_quantity", "rejected_quantity")),
        "refunds": sorted(await Refund.all().values_list("id", "status", "amount")),
    }


# --- staff and customer steps ------------------------------------------------------------------

RETURN_PAYLOAD = f"return {{ {RETURN_FIELDS} }} userErrors {{ field code message }}"
APPROVE = f"mutation($id: ID!) {{ returnApproveRequest(id: $id) {{ {RETURN_PAYLOAD} }} }}"
DECLINE = f"mutation($id: ID!, $r: ReturnDeclineReason!, $n: String) {{ returnDeclineRequest(id: $id, declineReason: $r, note: $n) {{ {RETURN_PAYLOAD} }} }}"
RECEIVE = f"mutation($id: ID!, $l: [ReturnLineQuantityInput!]!) {{ returnMarkReceived(id: $id, lines: $l) {{ {RETURN_PAYLOAD} }} }}"
INSPECT = f"mutation($id: ID!, $l: [ReturnLineInspectionInput!]!) {{ returnInspect(id: $id, lines: $l) {{ {RETURN_PAYLOAD} }} }}"
CLOSE = f"mutation($id: ID!) {{ returnClose(id: $id) {{ {RETURN_PAYLOAD} }} }}"
REOPEN = f"mutation($id: ID!) {{ returnReopen(id: $id) {{ {RETURN_PAYLOAD} }} }}"
REFUND = """mutation($i: RefundCreateInput!) { refundCreate(input: $i) {
  refund { id amount { amount currencyCode } status reason returnId breakdown } userErrors { field code message } } }"""
CONFIRM = """mutation($id: ID!, $s: RefundStatus!, $p: String) { refundConfirm(id: $id, status: $s, platformRefundId: $p) {
  refund { id amount { amount } status processedAt } userErrors { field code message } } }"""
ORDER_CANCEL = """mutation($o: ID!, $refund: Boolean!, $k: String, $n: String, $notify: Boolean! = true) {
  orderCancel(orderId: $o, refund: $refund, idempotencyKey: $k, staffNote: $n, notifyCustomer: $notify) {
    order { id cancelledAt cancelReason refunds { amount { amount } status reason } } userErrors { field code message } } }"""
RETURN_CANCEL = """mutation($id: ID!, $e: String) { returnCancel(id: $id, email: $e) {
  return { id status nextStep } userErrors { field code message } } }"""
CANCEL_REQUEST = """mutation($o: ID, $n: String, $e: String, $k: String) {
  orderCancelRequest(orderId: $o, orderName: $n, email: $e, idempotencyKey: $k) {
    cancelled decision { allowed reasons { code message } deadline refundEstimate { amount currencyCode } nextStep policyVersion }
    userErrors { field code message } } }"""


async def return_in(client, shop, line_gid, status: str, *, quantity=2, accepted=None, order_name="#1001",
                    email=EMAIL, before_approval=None) -> tuple[str, str]:
    """A return of `quantity` units of `line_gid` driven to `status` (INSPECTED: received and inspected,
    `accepted` units accepted). Gives the return's and its line's ids. `before_approval` runs once the
    request is made (e.g. the shop adding the return address approving needs)."""
    requested = await request_return(client, shop, line_gid, quantity=quantity, order_name=order_name, email=email)
    assert requested["userErrors"] == [] and requested["return"], requested
    if before_approval is not None:
        await before_approval()
    rid, line = requested["return"]["id"], requested["return"]["lines"][0]["id"]
    steps = {
        "REQUESTED": [],
        "DECLINED": [(DECLINE, {"r": "OTHER", "n": "no"})],
        "CANCELED": [(RETURN_CANCEL, {"e": email})],
        "OPEN": [(APPROVE, {})],
        "RECEIVED": [(APPROVE, {}), (RECEIVE, {"l": [{"returnLineId": line, "quantity": quantity}]})],
        "INSPECTED": [(APPROVE, {}), (RECEIVE, {"l": [{"returnLineId": line, "quantity": quantity}]}),
                      (INSPECT, {"l": [{"returnLineId": line, "acceptedQuantity": quantity if accepted is None else accepted,
                                        "rejectedQuantity": quantity - (quantity if accepted is None else accepted),
                                        "condition": "AS_DESCRIBED" if accepted is None else "WORN"}]})],
        "CLOSED": [(APPROVE, {}), (CLOSE, {})],
    }[status]
    for mutation, variables in steps:
        if mutation is RETURN_CANCEL:
            body = gql_ok(await storefront(client, shop, mutation, {"id": rid, **variables}))["returnCancel"]
        else:
            body = await staff(client, shop, mutation, {"id": rid, **variables})
        assert body["userErrors"] == [], body
    return rid, line


async def change_policy(client, shop, change) -> dict:
    """Save the policy in force with `change(document)` applied; gives the saved document."""
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    change(document)
    saved = gql_ok(await admin(client, shop, "mutation($d: JSON!) { policyUpdate(document: $d) { policyVersion { number } userErrors { field code message } } }",
                               {"d": document}))["policyUpdate"]
    assert saved["userErrors"] == [], saved["userErrors"]
    await shop.refresh_from_db()
    return document
