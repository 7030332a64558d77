"""Every email a customer can get, in Spanish and German, has no English sentence left (issue 23,
items 6 and 7): the policy text a verification hold quotes, the rule a decline quotes and the
decline's reason included. The merchant's own words (product titles, the shop's name, a staff
note) stay as written."""

from __future__ import annotations

import re

import pytest

from emails.context import prepare
from emails.render import render
from models.outbox import OutboxMessage
from models.shop import Shop
from tests.emails.cases import every_kind, shop_for_mail

ENGLISH = frozenset("""the you your we our us with within of for to is are be can can't don't doesn't if or
    returns refund refunds order orders items item shipping days day business delivery purchase shipment
    which when after before once until unless except any every other this that these those not only
    available offer offers pay paid return returned exchange replacement store credit cannot could""".split())
# The merchant's and the test's own words: product and variant titles, the shop, a staff note,
# addresses, and the English link text of the unsubscribe footer's URL.
MERCHANT = re.compile(
    r"Linen Shirt|Oxford Shirt|Small|Medium|Large|Mail Store( Returns)?|Marked final sale at checkout\.|"
    r"\S+@\S+|https?://\S+|US\$|#\d+(-R\d+)?"
)
WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def english_lines(text: str) -> list[str]:
    # A postal address (the merchant's return address, indented) is written as the merchant wrote it.
    return [line for line in text.splitlines() if not line.startswith("  ")
            and any(w.lower() in ENGLISH for w in WORD.findall(MERCHANT.sub(" ", line)))]


@pytest.mark.parametrize("lang", ["es", "de"])
async def test_every_email_reads_in_the_customers_language(client, db, lang):
    shop = await shop_for_mail(client, locale=lang)
    await every_kind(client, shop)
    shop = await Shop.get(id=shop.id)
    rows = await OutboxMessage.filter(kind="EMAIL").order_by("id")
    left = {}
    for row in rows:
        prepared = await prepare(shop, row.topic, row.payload)
        email = render(row.topic, prepared.context, prepared.locale)
        found = english_lines(email.text)
        if found:
            left[row.topic] = found
    assert {row.topic for row in rows} >= {"return_declined", "held_for_verification"}
    assert not left, "\n".join(f"{k}: {v}" for k, v in left.items())
