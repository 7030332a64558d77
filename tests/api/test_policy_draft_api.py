"""`policyDraftFromText` over HTTP: a written policy in, a settings draft out, nothing saved."""

from models.policy import PolicyVersion
from tests.helpers import admin, gql_ok, make_shop

DRAFT = """query($t: String!) { policyDraftFromText(text: $t) {
  draft { document placed { path value sentence { text start end } } unplaced { sentence { text } why }
          defaults { path value } problems }
  userErrors { field code message } } }"""
TEXT = ("Returns are accepted within 14 days of delivery. A restocking fee of 20% applies.\n"
        "Returns to our Berlin shop get a free coffee.")


async def test_a_written_policy_drafts_settings_with_their_sentences_and_saves_nothing(client, db):
    shop = await make_shop()
    before = await PolicyVersion.filter(shop_id=shop.id).count()
    answer = gql_ok(await admin(client, shop, DRAFT, {"t": TEXT}))["policyDraftFromText"]
    assert answer["userErrors"] == []
    draft = answer["draft"]
    assert draft["document"]["returns"]["window"]["days"] == 14
    assert draft["document"]["fees"]["restocking_percent"] == "20"
    placed = {p["path"]: p for p in draft["placed"]}
    assert placed["fees.restocking_percent"]["sentence"]["text"] == "A restocking fee of 20% applies."
    sentence = placed["returns.window.days"]["sentence"]
    assert TEXT[sentence["start"]:sentence["end"]] == "Returns are accepted within 14 days of delivery."
    assert [u["sentence"]["text"] for u in draft["unplaced"]] == ["Returns to our Berlin shop get a free coffee."]
    assert {"path": "refund.method", "value": "ORIGINAL_PAYMENT"} in draft["defaults"]
    assert draft["problems"] == []
    assert await PolicyVersion.filter(shop_id=shop.id).count() == before  # nothing saved


async def test_an_empty_or_hostile_text_gets_a_clear_error(client, db):
    shop = await make_shop()
    blank = gql_ok(await admin(client, shop, DRAFT, {"t": "   \n "}))["policyDraftFromText"]
    assert blank["draft"] is None and blank["userErrors"] == [{"field": ["text"], "code": "BLANK", "message": "paste your policy text"}]
    nul = (await admin(client, shop, DRAFT, {"t": "Returns\x00 within 30 days"})).json()
    assert nul["data"] is None and "NUL" in nul["errors"][0]["message"]
