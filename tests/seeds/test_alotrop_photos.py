"""Alotrop's FAQ asks for a photo of a damaged item "if possible"; its return policy says "include
photos". The reading more favourable to the customer: a damage claim without photos is accepted for
review (even for a final-sale item, which only the damage lets back), and the email asks for them."""

from emails.compose import compose
from models.outbox import OutboxMessage
from tests.helpers import make_shop
from tests.lifecycle.builders import apply_preset, delivered_order, request_return


async def test_damage_claim_without_photos_is_asked_for_them_not_refused(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALOTROP")
    _, line = await delivered_order(shop, quantity=1, tags="final-sale")

    claim = await request_return(client, shop, line, quantity=1, reason="DEFECTIVE")

    assert claim["userErrors"] == [] and claim["decision"]["allowed"], claim["decision"]["reasons"]
    assert claim["return"]["status"] == "REQUESTED"
    row = await OutboxMessage.get(kind="EMAIL", topic="damaged_claim_received")
    text = (await compose(shop, row.topic, row.payload)).rendered.text
    assert "reply with photos showing the issue and the packaging" in text
    assert "We will check your photos" not in text
