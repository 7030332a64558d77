"""customers/redact erases the customer the platform names — its customer id and the orders it lists
in `orders_to_redact` — and nothing of anyone else, however much they share: a phone number, an
email that normalises to the same mailbox (a `+tag` alias), a household address.

Found by a probe: customers were matched by id OR email OR phone, so redacting one erased the row
and order of another who shared her phone number."""

from __future__ import annotations

import json

from models.audit import AuditEvent
from models.customer import Customer
from models.idempotency import IdempotencyKey
from models.order import Order
from models.outbox import OutboxMessage
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.platform.operations import decode
from plugin.risk import normalize_email
from tests.helpers import gql_ok, make_shop, send_webhook, storefront
from tests.lifecycle.builders import EVERY_CONDITION, apply_preset, set_webhook_url
from tests.test_privacy import order_payload

ANN_EMAIL = "ann.lee@gmail.com"
BEN_EMAIL = "annlee+ben@gmail.com"  # the same Gmail mailbox by its normalised key
PHONE = "212-555-0142"  # one household line
STREET = "12 Elm Street"  # one household address

REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { return { id } userErrors { code message } } }"""


async def _request_return(client, shop, name: str, email: str, note: str, key: str) -> None:
    order = await Order.get(shop_id=shop.id, name=name)
    line = (await order.lines.all())[0]
    done = gql_ok(await storefront(client, shop, REQUEST, {"i": {
        "orderName": name, "email": email, "customerNote": note, "idempotencyKey": key,
        "lines": [{"lineId": f"gid://recourse/OrderLine/{line.id}", "quantity": 1, "reason": "UNWANTED",
                   "condition": EVERY_CONDITION, "note": f"{note} (line)"}]}}))["returnRequest"]
    assert done["userErrors"] == [] and done["return"], done


async def _everything_of(order_name: str, customer_platform_id: str) -> dict:
    """Every row that belongs to one customer (their customer row, order, returns and lines, their
    emails and webhooks, their keyed replies, the audit of their records), as plain data to compare."""
    customer = await Customer.get(platform_id=customer_platform_id).values()
    order = await Order.get(name=order_name)
    returns = await Return.filter(order_id=order.id).values()
    return_ids = [r["id"] for r in returns]
    lines = await ReturnLine.filter(return_request_id__in=return_ids).values()
    outbox = [m for m in await OutboxMessage.all().order_by("id").values()
              if (m["payload"] or {}).get("order_id") == order.id or order_name in json.dumps(m["payload"])]
    mine = (order_name, f"gid://recourse/Order/{order.id}", *(f"gid://recourse/Return/{i}" for i in return_ids))
    keys = [k for k in await IdempotencyKey.all().order_by("id").values()
            if any(m in json.dumps(k["response"], default=str) for m in mine)]
    audit = await AuditEvent.filter(subject_type__in=("Order", "Return"), subject_id__in=[order.id, *return_ids]).order_by("id").values()
    order_row = await Order.filter(id=order.id).values()
    return json.loads(json.dumps({"customer": customer, "order": order_row, "returns": returns, "lines": lines,
                                  "outbox": outbox, "keys": keys, "audit": audit}, default=str))


async def test_redacting_one_customer_leaves_a_housemate_who_shares_phone_alias_and_address(client, db):
    shop = await make_shop("household.myshopify.com", api_secret="h" * 64)
    await apply_preset(client, shop, "ALLEGRA_K")
    await set_webhook_url(shop)  # outbound webhooks name both customers' orders
    assert normalize_email(ANN_EMAIL) == normalize_email(BEN_EMAIL)
    ann = order_payload("#2001", email_=ANN_EMAIL, first="Ann", last="Lee", phone=PHONE, street=STREET,
                        customer="601", ip="203.0.113.10")
    ben = order_payload("#2002", email_=BEN_EMAIL, first="Ben", last="Lee", phone=PHONE, street=STREET,
                        customer="602", ip="203.0.113.10")
    for index, payload in enumerate((ann, ben)):
        assert (await send_webhook(client, shop, "orders/create", payload, event_id=f"o-{index}")).status_code == 200
    await _request_return(client, shop, "#2001", ANN_EMAIL, "Ann Lee, call 212-555-0142", "ann-key")
    await _request_return(client, shop, "#2002", BEN_EMAIL, "Ben Lee at 12 Elm Street, 212-555-0142", "ben-key")
    ben_before = await _everything_of("#2002", "602")
    text = json.dumps(ben_before)
    assert BEN_EMAIL in text and STREET in text and "Ben Lee at 12 Elm Street" in text and ben_before["outbox"]

    # The platform's payload names Ann by id, with her contact details, and lists her order.
    payload = {"shop_id": shop.id, "shop_domain": shop.domain,
               "customer": {"id": 601, "email": ANN_EMAIL, "phone": PHONE}, "orders_to_redact": [2001]}
    response = await send_webhook(client, shop, "customers/redact", payload, event_id="redact-ann")
    assert response.status_code == 200 and response.json() == {"status": "redacted"}

    assert await _everything_of("#2002", "602") == ben_before  # Ben: not one value changed
    ben_customer = await Customer.get(platform_id="602")
    assert (ben_customer.email, ben_customer.phone, ben_customer.first_name) == (BEN_EMAIL, PHONE, "Ben")
    ann_customer = await Customer.get(platform_id="601")
    assert (ann_customer.email, ann_customer.phone, ann_customer.first_name) == (None, None, None)
    ann_order = await Order.get(name="#2001")
    assert ann_order.email is None and ann_order.phone is None and "address1" not in (ann_order.shipping_address or {})
    ann_return = await Return.get(order_id=ann_order.id)
    assert ann_return.customer_note is None


async def test_an_order_listed_for_redaction_that_belongs_to_someone_else_is_left_alone(client, db):
    """A payload naming another customer's order (a platform mix-up, or a forged list under a leaked
    secret) never erases it: an order is erased only when it is the customer's or a guest's."""
    shop = await make_shop("household2.myshopify.com", api_secret="h" * 64)
    await apply_preset(client, shop, "ALLEGRA_K")
    ann = order_payload("#3001", email_=ANN_EMAIL, first="Ann", last="Lee", phone=PHONE, street=STREET,
                        customer="701", ip="203.0.113.10")
    ben = order_payload("#3002", email_=BEN_EMAIL, first="Ben", last="Lee", phone=PHONE, street=STREET,
                        customer="702", ip="203.0.113.10")
    for index, payload in enumerate((ann, ben)):
        assert (await send_webhook(client, shop, "orders/create", payload, event_id=f"o-{index}")).status_code == 200
    ben_before = await _everything_of("#3002", "702")
    payload = {"shop_id": shop.id, "shop_domain": shop.domain,
               "customer": {"id": 701, "email": ANN_EMAIL, "phone": PHONE}, "orders_to_redact": [3001, 3002]}
    response = await send_webhook(client, shop, "customers/redact", payload, event_id="redact-ann")
    assert response.status_code == 200
    assert await _everything_of("#3002", "702") == ben_before
    assert (await Order.get(name="#3001")).email is None


async def test_platform_operations_for_the_customers_orders_lose_their_notes_and_still_go_out(client, db):
    """A shop whose platform carries outcomes out (issue 22) has PLATFORM outbox rows copying the
    customer's words (a return line's note) into the request for Shopify. Redaction strips them from
    the redacted customer's operations, which stay due (what the platform owes them still happens);
    a housemate's operations keep every word."""
    shop = await make_shop("household3.myshopify.com", api_secret="h" * 64)
    await Shop.filter(id=shop.id).update(platform="shopify")
    shop = await Shop.get(id=shop.id)
    await apply_preset(client, shop, "ALLEGRA_K")
    ann = order_payload("#4001", email_=ANN_EMAIL, first="Ann", last="Lee", phone=PHONE, street=STREET,
                        customer="801", ip="203.0.113.10")
    ben = order_payload("#4002", email_=BEN_EMAIL, first="Ben", last="Lee", phone=PHONE, street=STREET,
                        customer="802", ip="203.0.113.10")
    for index, payload in enumerate((ann, ben)):
        assert (await send_webhook(client, shop, "orders/create", payload, event_id=f"o-{index}")).status_code == 200
    await _request_return(client, shop, "#4001", ANN_EMAIL, "Ann Lee, call 212-555-0142", "ann-key")
    await _request_return(client, shop, "#4002", BEN_EMAIL, "Ben Lee at 12 Elm Street, 212-555-0142", "ben-key")
    ann_order, ben_order = await Order.get(name="#4001"), await Order.get(name="#4002")

    async def operations(order) -> list[dict]:
        return await OutboxMessage.filter(kind="PLATFORM", chain=f"order:{order.id}").order_by("id").values()

    ann_ops, ben_before = await operations(ann_order), await operations(ben_order)
    assert ann_ops and ben_before and "Ann Lee, call 212-555-0142 (line)" in json.dumps(ann_ops, default=str)

    payload = {"shop_id": shop.id, "shop_domain": shop.domain,
               "customer": {"id": 801, "email": ANN_EMAIL, "phone": PHONE}, "orders_to_redact": [4001]}
    assert (await send_webhook(client, shop, "customers/redact", payload, event_id="redact-ann")).status_code == 200

    after = await operations(ann_order)
    text = json.dumps(after, default=str)
    assert "Ann" not in text and PHONE not in text
    assert [(row["status"], row["topic"]) for row in after] == [(row["status"], row["topic"]) for row in ann_ops]
    assert all(row["redacted_at"] is not None for row in after)
    assert all(decode(row["topic"], row["payload"]) for row in after)  # still a request the worker can carry out
    assert after[0]["payload"]["lines"][0]["note"] is None and after[0]["payload"]["order_id"] == ann_ops[0]["payload"]["order_id"]
    assert await operations(ben_order) == ben_before  # Ben's words still go to the platform
