"""Where the parcel goes (issue 23, item 1): approving needs a return address unless the policy says
the customer writes for it, and then every sentence says exactly that; an address added later is
picked up when the instructions are shown or re-sent."""

from __future__ import annotations

from emails.context import prepare
from emails.render import render
from models.audit import AuditEvent
from models.outbox import OutboxMessage
from models.returns import Return
from models.shop import Shop
from plugin.policy import lint, load_preset
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import APPROVE, add_return_address, apply_preset, delivered_order, lifecycle_state, request_return, staff

SHOWN = """query($id: ID!) { return(id: $id) { status decision { instructions { steps tips returnAddress { formatted } } } } }"""
RESEND = """mutation($id: ID!) { returnInstructionsResend(id: $id) { return { id status } userErrors { field code message } } }"""


async def _requested(client, shop) -> str:
    _, line = await delivered_order(shop)
    requested = await request_return(client, shop, line, quantity=1)
    assert requested["userErrors"] == [] and requested["return"], requested
    return requested["return"]["id"]


async def _instructions_email(shop) -> str:
    row = await OutboxMessage.filter(kind="EMAIL", topic="return_instructions").order_by("-id").first()
    shop = await Shop.get(id=shop.id)
    email = await prepare(shop, row.topic, row.payload)
    return render(row.topic, email.context, email.locale).text


async def test_a_return_cannot_be_approved_until_the_shop_says_where_it_goes(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALOTROP", warehouse=False)  # its seed gives no return address
    gid = await _requested(client, shop)
    before = await lifecycle_state()
    refused = await staff(client, shop, APPROVE, {"id": gid})
    assert [e["code"] for e in refused["userErrors"]] == ["RETURN_ADDRESS_MISSING"] and refused["return"] is None
    assert "return address" in refused["userErrors"][0]["message"]
    assert await lifecycle_state() == before and (await Return.get()).status == "REQUESTED"

    await add_return_address(client, shop)
    approved = await staff(client, shop, APPROVE, {"id": gid})
    assert approved["userErrors"] == [] and approved["return"]["status"] == "OPEN"
    shown = gql_ok(await admin(client, shop, SHOWN, {"id": gid}))["return"]["decision"]["instructions"]
    assert "1 Dock Road" in shown["returnAddress"]["formatted"]
    assert "Send the parcel to the return address given with these instructions." in shown["steps"]
    assert not any("Email us for the return address" in s or "Ask us" in s for s in shown["steps"] + shown["tips"])
    text = await _instructions_email(shop)
    assert "1 Dock Road" in text and "Email us for the return address" not in text


async def test_a_policy_that_gives_the_address_on_request_says_only_that_until_it_has_one(client, db):
    shop = await make_shop("allegra-k.myshopify.com", name="Allegra K")
    await apply_preset(client, shop, "ALLEGRA_K", warehouse=False)  # "contact us via email for return instruction"
    gid = await _requested(client, shop)
    approved = await staff(client, shop, APPROVE, {"id": gid})
    assert approved["userErrors"] == [] and approved["return"]["status"] == "OPEN"
    shown = gql_ok(await admin(client, shop, SHOWN, {"id": gid}))["return"]["decision"]["instructions"]
    assert shown["returnAddress"] is None
    assert "Email us for the return address, then send the parcel there." in shown["steps"]
    # Never "the address given here" next to "email us for it".
    assert not any("given here" in s or "given with these instructions" in s for s in shown["steps"] + shown["tips"]), shown
    text = await _instructions_email(shop)
    assert "Email us for the return address" in text and "given here" not in text

    # The shop adds its address: the return shows it now, and staff re-send the instructions with it.
    await add_return_address(client, shop)
    shown = gql_ok(await admin(client, shop, SHOWN, {"id": gid}))["return"]["decision"]["instructions"]
    assert "1 Dock Road" in shown["returnAddress"]["formatted"]
    assert not any("Email us for the return address" in s for s in shown["steps"] + shown["tips"]), shown
    emails = await OutboxMessage.filter(kind="EMAIL", topic="return_instructions").count()
    resent = gql_ok(await admin(client, shop, RESEND, {"id": gid}))["returnInstructionsResend"]
    assert resent["userErrors"] == [] and resent["return"]["status"] == "OPEN"
    assert await OutboxMessage.filter(kind="EMAIL", topic="return_instructions").count() == emails + 1
    text = await _instructions_email(shop)
    assert "1 Dock Road" in text and "Email us for the return address" not in text
    assert await AuditEvent.filter(action="return.instructions_resent").count() == 1


async def test_only_an_approved_return_has_its_instructions_re_sent(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    gid = await _requested(client, shop)
    refused = gql_ok(await admin(client, shop, RESEND, {"id": gid}))["returnInstructionsResend"]
    assert [e["code"] for e in refused["userErrors"]] == ["INVALID_STATE"]


def test_the_seed_presets_lint_as_their_approval_rule_says():
    errors = {name: [w.code for w in lint(load_preset(name)) if w.severity == "error"] for name in ("alotrop", "allegra-k")}
    assert "RETURN_ADDRESS_MISSING" in errors["alotrop"]  # approving would be refused: the check says so first
    assert "RETURN_ADDRESS_MISSING" not in errors["allegra-k"]  # its customers write for the address
