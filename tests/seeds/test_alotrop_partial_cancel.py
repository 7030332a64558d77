"""Alotrop refuses cancellation "for Final Sale items" and "Personalized or custom-made items": items,
not orders. An unshipped order holding one final-sale item and one ordinary item cancels its ordinary
line (refunded line by line, on the ledger, with its email) and keeps the final-sale one; the answers
name what stays and never send the customer in a circle. Over HTTP, orders by signed webhooks."""

from datetime import datetime, timedelta, timezone

from emails.compose import compose
from models.order import OrderLine
from models.outbox import OutboxMessage
from models.refund import Refund
from tests.helpers import admin, gql_ok, make_shop, send_webhook, storefront
from tests.lifecycle.builders import apply_preset, lifecycle_state

EMAIL = "sam@example.com"
NOW = datetime.now(timezone.utc)
CANCEL = """mutation($n: String, $e: String, $l: [ID!], $k: String) {
  orderCancelRequest(orderName: $n, email: $e, lineIds: $l, idempotencyKey: $k) {
    cancelled cancelledLineIds nextStep
    decision { allowed partialAllowed reasons { code message } nextStep
               lines { lineId title cancellable reasons { code message } refund { amount } } }
    userErrors { field code message } } }"""
ORDER = """query($n: String!, $e: String!) { order(name: $n, email: $e) {
  lines { id title }
  cancellation { allowed partialAllowed nextStep lines { lineId cancellable } }
  returnableLines { lineId allowed reasons { code message } } } }"""


async def product(client, shop, pid: int, title: str, tags: str) -> None:
    payload = {"id": pid, "title": title, "product_type": "Jewelry", "tags": tags,
               "updated_at": NOW.isoformat(), "variants": []}
    assert (await send_webhook(client, shop, "products/create", payload, event_id=f"p{pid}")).status_code == 200


async def mixed_order(client, shop) -> dict[str, str]:
    await product(client, shop, 1, "Linen Shirt", "")
    await product(client, shop, 2, "Engraved Necklace", "final-sale")
    placed = NOW - timedelta(hours=3)
    payload = {
        "id": 5001, "name": "#5001", "email": EMAIL, "currency": "USD", "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": "65.00", "total_price": "70.00", "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY"},
        "customer": {"id": 77, "email": EMAIL},
        "line_items": [
            {"id": 11, "product_id": 1, "title": "Linen Shirt", "quantity": 1, "price": "40.00"},
            {"id": 12, "product_id": 2, "title": "Engraved Necklace", "quantity": 1, "price": "25.00"},
        ],
    }
    assert (await send_webhook(client, shop, "orders/create", payload, event_id="o5001")).status_code == 200
    lines = gql_ok(await storefront(client, shop, ORDER, {"n": "#5001", "e": EMAIL}))["order"]["lines"]
    return {line["title"]: line["id"] for line in lines}


async def test_mixed_order_cancels_its_ordinary_line_and_keeps_the_final_sale_one(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALOTROP")
    ids = await mixed_order(client, shop)
    shirt, necklace = ids["Linen Shirt"], ids["Engraved Necklace"]

    # The order page: the whole order can't be cancelled, the shirt can, and the necklace's row does
    # not send the customer to a cancellation that is refused.
    page = gql_ok(await storefront(client, shop, ORDER, {"n": "#5001", "e": EMAIL}))["order"]
    assert page["cancellation"]["allowed"] is False and page["cancellation"]["partialAllowed"] is True
    assert {l["lineId"]: l["cancellable"] for l in page["cancellation"]["lines"]} == {shirt: True, necklace: False}
    assert "You can cancel Linen Shirt now" in page["cancellation"]["nextStep"]
    assert "Engraved Necklace stays in your order" in page["cancellation"]["nextStep"]
    kept_row = next(l for l in page["returnableLines"] if l["lineId"] == necklace)
    # It can be neither cancelled nor returned: its row says so, and never "once it arrives" (issue 23, item 4).
    assert [r["code"] for r in kept_row["reasons"]] == ["FINAL_SALE"]
    assert not any("cancel it instead" in r["message"] or "once it arrives" in r["message"] for r in kept_row["reasons"])

    # Naming the final-sale line is refused, and nothing is written.
    before = await lifecycle_state()
    refused = gql_ok(await storefront(client, shop, CANCEL, {"n": "#5001", "e": EMAIL, "l": [shirt, necklace]}))["orderCancelRequest"]
    assert refused["cancelled"] is False and [e["code"] for e in refused["userErrors"]] == ["NOT_CANCELLABLE"]
    assert "Engraved Necklace can't be cancelled" in refused["userErrors"][0]["message"]
    assert await lifecycle_state() == before

    # The shirt alone: cancelled, refunded on its own ledger row, confirmed by email.
    done = gql_ok(await storefront(client, shop, CANCEL, {"n": "#5001", "e": EMAIL, "l": [shirt], "k": "c1"}))["orderCancelRequest"]
    assert done["userErrors"] == [] and done["cancelled"] is True and done["cancelledLineIds"] == [shirt]
    refunds = await Refund.all().values("amount", "reason", "breakdown", "cancellation_id")
    assert len(refunds) == 1 and str(refunds[0]["amount"]).startswith("40.00") and refunds[0]["reason"] == "CANCELLATION"
    assert [(l["description"], l["amount"]["amount"]) for l in refunds[0]["breakdown"]] == [("Linen Shirt", "40.00")]
    assert await OrderLine.filter(title="Linen Shirt").values_list("cancelled_quantity", flat=True) == [1]

    mails = {m.topic: m for m in await OutboxMessage.filter(kind="EMAIL")}
    confirmed = await compose(shop, "cancellation_confirmed", mails["cancellation_confirmed"].payload)
    text = confirmed.rendered.text
    assert "These items of your order #5001 are cancelled: Linen Shirt." in text
    assert "These items stay in your order and will ship: Engraved Necklace." in text
    assert "$40.00" in text
    assert "refund_issued" in mails

    # The order goes on with the necklace: nothing more to cancel, the shirt gone from its lines.
    after = gql_ok(await storefront(client, shop, ORDER, {"n": "#5001", "e": EMAIL}))["order"]
    assert [l["lineId"] for l in after["returnableLines"]] == [necklace]
    again = gql_ok(await storefront(client, shop, CANCEL, {"n": "#5001", "e": EMAIL, "l": [shirt], "k": "c1"}))["orderCancelRequest"]
    assert again == done  # an idempotent replay


OWN_POLICY = {"currency": "USD", "exclusions": [{"category": "FINAL_SALE", "label": "Clearance picks", "not_cancellable": True,
                                                 "match": {"tags": ["final-sale"]}}]}
PARTIAL = {
    "es": ("Puedes cancelar Linen Shirt ahora y recibir el reembolso de esos artículos. Engraved Necklace sigue en tu pedido.",
           "Cuando llegue, se le aplica nuestra política de devoluciones."),
    "de": ("Du kannst Linen Shirt jetzt stornieren und bekommst den Betrag dafür erstattet. Engraved Necklace bleibt in deiner Bestellung.",
           "Sobald der Artikel ankommt, gilt für ihn unsere Rückgaberichtlinie."),
}


async def test_a_merchants_own_policy_says_the_partial_cancellation_in_the_customers_language(client, db):
    shop = await make_shop()
    saved = gql_ok(await admin(client, shop, "mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { message } } }",
                               {"d": OWN_POLICY}))["policyUpdate"]
    assert saved["userErrors"] == []
    await mixed_order(client, shop)
    for lang, (opening, closing) in PARTIAL.items():
        page = gql_ok(await storefront(client, shop, ORDER, {"n": "#5001", "e": EMAIL}, headers={"Accept-Language": lang}))["order"]
        said = page["cancellation"]["nextStep"]
        assert page["cancellation"]["partialAllowed"] and said.startswith(opening) and said.endswith(closing), said
        assert {"es": "contienen: clearance picks", "de": "storniert werden: clearance picks"}[lang] in said  # the merchant's own label
