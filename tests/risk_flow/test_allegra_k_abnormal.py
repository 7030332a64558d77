"""Allegra K's "Except for the following situations": each of the seed's four abnormal conditions,
clearly present on its own, holds the request and sends the contact email with the policy in it;
the innocent look-alikes (a customer who moved, a gift to a relative, a company address, a
plus-addressed or new-domain email, a somewhat larger return) go through. Orders come in through
signed webhooks, requests through the storefront API."""

from datetime import datetime, timedelta, timezone

import pytest

from models.outbox import OutboxMessage
from models.returns import Return
from tests.helpers import gql_ok, make_shop, send_webhook, storefront
from tests.lifecycle.builders import EVERY_CONDITION, RETURN_REQUEST, apply_preset

NOW = datetime.now(timezone.utc)
BUYER = {"name": "Robin Smith", "address1": "12 Elm Street", "city": "Buffalo", "province_code": "NY",
         "zip": "14201", "country_code": "US", "phone": "+1 716 555 0142"}


def address(**change) -> dict:
    return {**BUYER, **change}


async def order(client, shop, name: str, *, price="40.00", email="robin@example.com", billing=None, shipping=None,
                days_ago=5) -> str:
    placed = NOW - timedelta(days=days_ago + 4)
    payload = {
        "id": name, "name": name, "email": email, "currency": "USD", "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": price, "total_price": price, "shipping_lines": [],
        "billing_address": billing or BUYER, "shipping_address": shipping or BUYER,
        "customer": {"id": "c-robin", "email": email},
        "line_items": [{"id": f"{name}-l1", "title": "Satin Blouse", "quantity": 1, "price": price}],
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": name, "created_at": (placed + timedelta(days=1)).isoformat(),
            "updated_at": (NOW - timedelta(days=days_ago)).isoformat(), "shipment_status": "delivered",
            "delivered_at": (NOW - timedelta(days=days_ago)).isoformat(),
            "line_items": [{"id": f"{name}-l1", "quantity": 1}],
        }],
    }
    response = await send_webhook(client, shop, "orders/create", payload, event_id=f"ev-{name}")
    assert response.status_code == 200, response.text
    found = gql_ok(await storefront(client, shop, "query($n: String!, $e: String!) { order(name: $n, email: $e) { lines { id } } }",
                                    {"n": name, "e": email}))
    return found["order"]["lines"][0]["id"]


async def request(client, shop, name: str, line: str, email: str) -> dict:
    variables = {"i": {"orderName": name, "email": email, "lines": [
        {"lineId": line, "quantity": 1, "reason": "UNWANTED", "condition": EVERY_CONDITION}]}}
    answer = gql_ok(await storefront(client, shop, RETURN_REQUEST, variables))["returnRequest"]
    assert answer["userErrors"] == [] and answer["decision"]["allowed"], answer
    return answer["return"]


async def past_orders(client, shop, total: str, count: int = 3) -> None:
    for n in range(count):
        await order(client, shop, f"#90{n}", price=total, days_ago=60 + n * 20)


CASES = {
    # 1. "The amount of return order fluctuates greatly": 150.00 against orders of 20.00.
    "amount fluctuates greatly": ({"price": "150.00"}, "20.00", True),
    # 2. "The billing address and the shipping address are abnormal": billed in the U.S., shipped
    #    to the buyer's own name in another country.
    "billing and shipping addresses apart": (
        {"shipping": address(city="Toronto", province_code="ON", zip="M5V 2T6", country_code="CA", phone="+1 416 555 0199")}, None, True),
    # 3. "The recipient's name and contact information are abnormal": a phone that is no number.
    "recipient contact abnormal": ({"shipping": address(phone="12345")}, None, True),
    # 4. "The order email address is fraudulent and false": a throwaway domain, a made-up address.
    "disposable email": ({"email": "robin@mailinator.com"}, None, True),
    "made-up email": ({"email": "xk7q9zvw2p@gmail.com"}, None, True),
    # Innocent look-alikes.
    "moved to another state": ({"shipping": address(city="Newark", province_code="NJ", zip="07102")}, None, False),
    "gift to a relative": ({"shipping": address(name="Alex Smith-Jones", city="Rochester", zip="14604", phone="+1 585 555 0123")}, None, False),
    "gift to a relative abroad": ({"shipping": address(name="Maria Rossi", city="Milan", province_code="MI", zip="20121",
                                                       country_code="IT", phone="+39 02 1234 5678")}, None, False),
    "company address": ({"shipping": address(address1="Acme Corp, 500 Main Street", city="Albany", zip="12207")}, None, False),
    "plus-addressed email": ({"email": "robin+allegra@example.com"}, None, False),
    "new-domain email": ({"email": "robin@robinsmith.studio"}, None, False),
    "a somewhat larger return": ({"price": "50.00"}, "20.00", False),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_each_abnormal_condition_alone_holds_and_each_look_alike_does_not(client, db, case):
    shop = await make_shop(domain="allegra-k.myshopify.com", name="Allegra K", support_email="cs@allegra-k.com")
    await apply_preset(client, shop, "ALLEGRA_K")
    kwargs, history, held = CASES[case]
    if history:
        await past_orders(client, shop, history)
    email = kwargs.get("email", "robin@example.com")
    line = await order(client, shop, "#1001", **kwargs)

    ret = await request(client, shop, "#1001", line, email)

    emails = {m.topic: m for m in await OutboxMessage.filter(kind="EMAIL")}
    if held:
        assert ret["status"] == "REQUESTED", case  # what the customer reads; staff see ON_HOLD
        assert (await Return.get(id=int(ret["id"].rsplit("/", 1)[1]))).status == "ON_HOLD", case
        contact = emails["held_for_verification"]
        assert contact.payload["to"] == email
        from emails.compose import compose

        composed = await compose(shop, "held_for_verification", contact.payload)
        # The contact email confirms the order with the customer and carries the return policy.
        assert "confirm a few details" in composed.rendered.text and "Allegra K Return & Refund Policy" in composed.rendered.text
    else:
        assert ret["status"] == "REQUESTED", case
        assert "held_for_verification" not in emails
