"""What the customer reads in an email: each sentence where it belongs, and the rule a decline quotes
is the rule its reason names (issue 23, items 3 and 9)."""

from __future__ import annotations

import html

import pytest

from emails.context import prepare
from emails.render import render
from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.policy import decline_clause, load_preset, render as render_policy
from tests.helpers import gql_ok, make_shop, storefront
from tests.lifecycle.builders import CANCEL_REQUEST, DECLINE, EMAIL, apply_preset, change_policy, delivered_order, placed_order, request_return, staff


async def _email(shop, topic: str):
    row = await OutboxMessage.filter(kind="EMAIL", topic=topic).order_by("-id").first()
    assert row is not None, topic
    shop = await Shop.get(id=shop.id)
    prepared = await prepare(shop, row.topic, row.payload)
    return render(row.topic, prepared.context, prepared.locale)


async def test_the_plain_text_cancellation_keeps_its_sentences_apart(client, db):
    shop = await make_shop()
    await placed_order(shop, name="#2001", quantity=2)
    cancelled = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL}))["orderCancelRequest"]
    assert cancelled["cancelled"] is True, cancelled
    email = await _email(shop, "cancellation_confirmed")
    assert "Your order #2001 is cancelled.\nWe are refunding" in email.text, email.text
    assert ".We" not in email.text


@pytest.mark.parametrize("reason, words, not_words", [
    ("CONDITION_NOT_MET", "Items must be returned unused", "sent back without"),
    ("RETURN_PERIOD_ENDED", "You can request a return within 30 days of delivery", "sent back without"),
    ("NOT_ELIGIBLE", "We don't accept returns of:", "sent back without"),
])
async def test_a_decline_quotes_the_rule_its_reason_names(client, db, reason, words, not_words):
    shop = await make_shop("allegra-k.myshopify.com", name="Allegra K")
    await apply_preset(client, shop, "ALLEGRA_K")
    _, line = await delivered_order(shop)
    ret = (await request_return(client, shop, line, quantity=1))["return"]
    declined = await staff(client, shop, DECLINE, {"id": ret["id"], "r": reason, "n": None})
    assert declined["userErrors"] == [], declined
    email = await _email(shop, "return_declined")
    assert words in email.text and not_words not in email.text, email.text
    assert words in html.unescape(email.html)


async def test_a_shop_that_takes_back_only_faults_quotes_that_rule_when_staff_find_no_fault(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALLEGRA_K")

    def only_at_fault(document: dict) -> None:
        document["returns"]["only_at_fault"] = True
        document["fault"]["reasons"] = ["DAMAGED", "DEFECTIVE"]
    await change_policy(client, shop, only_at_fault)
    _, line = await delivered_order(shop)
    ret = (await request_return(client, shop, line, quantity=1, reason="DAMAGED"))["return"]
    declined = await staff(client, shop, DECLINE, {"id": ret["id"], "r": "NOT_ELIGIBLE", "n": None})
    assert declined["userErrors"] == [], declined
    email = await _email(shop, "return_declined")
    assert ("We accept returns only of items that are damaged or defective: we can't take back an item returned for "
            "any other reason") in " ".join(email.text.split()), email.text
    assert "We don't accept returns of:" in email.text


@pytest.mark.parametrize("preset", ["alotrop", "alltrendsusa", "allegra-k"])
def test_every_quoted_rule_is_on_the_policy_page(preset):
    policy = load_preset(preset)
    page = " ".join(render_policy(policy, "Shop", "cs@example.com").replace("\n- ", " ").split()).lower()
    for reason in ("RETURN_PERIOD_ENDED", "CONDITION_NOT_MET", "FINAL_SALE", "NOT_ELIGIBLE"):
        clause = decline_clause(policy, reason)
        if clause is None:
            continue
        if clause.startswith("We don't accept returns of:"):
            # The page lists the excluded products under that sentence, one per bullet.
            labels = [e.label.lower() for e in policy.exclusions]
            assert "we don't accept returns of:" in page and all(label in page for label in labels)
        else:
            assert clause.lower() in page, (reason, clause)
    assert decline_clause(policy, "SUSPECTED_FRAUD") is None and decline_clause(policy, "OTHER") is None
