"""`policyDraftFromText` over HTTP: a written policy in, a settings draft out, nothing saved."""

import asyncio
import json
import time
from pathlib import Path

from models.policy import PolicyVersion
from plugin.values.text import MAX_INPUT_CHARS, MAX_POLICY_TEXT_CHARS
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


async def test_a_rule_said_in_other_words_is_read_by_likeness_and_says_how_sure(client, db):
    shop = await make_shop()
    query = DRAFT.replace("placed { path value", "placed { path value confidence")
    text = "You have 30 days from delivery to send items back. Sending it back to us is something you pay for."
    draft = gql_ok(await admin(client, shop, query, {"t": text}))["policyDraftFromText"]["draft"]
    placed = {p["path"]: p for p in draft["placed"]}
    assert placed["returns.window.days"]["confidence"] is None  # a rule read it
    payer = placed["shipping.default.payer"]
    assert payer["value"] == "CUSTOMER" and 0.7 <= payer["confidence"] <= 1
    assert payer["sentence"]["text"] == "Sending it back to us is something you pay for."
    assert draft["document"]["shipping"]["default"]["payer"] == "CUSTOMER"


async def test_an_empty_or_hostile_text_gets_a_clear_error(client, db):
    shop = await make_shop()
    blank = gql_ok(await admin(client, shop, DRAFT, {"t": "   \n "}))["policyDraftFromText"]
    assert blank["draft"] is None and blank["userErrors"] == [{"field": ["text"], "code": "BLANK", "message": "paste your policy text"}]
    nul = (await admin(client, shop, DRAFT, {"t": "Returns\x00 within 30 days"})).json()
    assert nul["data"] is None and "NUL" in nul["errors"][0]["message"]


# --- a real policy's length ---------------------------------------------------------------------

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "texts"
ORDERS = "query($q: String) { orders(first: 1, query: $q) { nodes { id } } }"


def _long_policy(chars: int) -> str:
    """The seed stores' pages one after another, as long as a long real policy."""
    base = "\n\n".join(path.read_text() for path in sorted(SEEDS.glob("*.txt")))
    return (base * (chars // len(base) + 1))[:chars].rsplit("\n", 1)[0]


def _messages(response) -> list[str]:
    assert response.status_code < 500, response.text
    return [e["message"] for e in response.json().get("errors") or []]


async def test_a_policy_longer_than_other_inputs_drafts_by_variable_and_by_literal(client, db):
    shop = await make_shop()
    text = _long_policy(60_000)
    assert len(text) > MAX_INPUT_CHARS
    answer = gql_ok(await admin(client, shop, DRAFT, {"t": text}))["policyDraftFromText"]
    assert answer["userErrors"] == [] and answer["draft"]["placed"]
    first = answer["draft"]["placed"][0]["sentence"]
    assert text[first["start"]:first["end"]] == first["text"]
    literal = '{ policyDraftFromText(text: %s) { draft { placed { path } } } }' % json.dumps(text)
    assert gql_ok(await admin(client, shop, literal))["policyDraftFromText"]["draft"]["placed"]


async def test_the_allowance_is_for_the_policy_text_only(client, db):
    shop = await make_shop()
    over = _long_policy(MAX_POLICY_TEXT_CHARS + 2_000)
    assert len(over) > MAX_POLICY_TEXT_CHARS
    assert any(str(MAX_POLICY_TEXT_CHARS) in m for m in _messages(await admin(client, shop, DRAFT, {"t": over})))
    long = "x" * (MAX_INPUT_CHARS + 1)
    # every other string keeps the global cap, in the same request as a long policy text too
    both = """query($t: String!, $q: String) { policyDraftFromText(text: $t) { draft { placed { path } } }
                                            orders(first: 1, query: $q) { nodes { id } } }"""
    assert any(str(MAX_INPUT_CHARS) in m for m in _messages(await admin(client, shop, both, {"t": "Returns within 30 days.", "q": long})))
    assert any(str(MAX_INPUT_CHARS) in m for m in _messages(await admin(client, shop, ORDERS, {"q": long})))
    # a variable given to the policy text and to another argument gets the smaller cap
    shared = """query($t: String!) { policyDraftFromText(text: $t) { draft { placed { path } } }
                                  orders(first: 1, query: $t) { nodes { id } } }"""
    assert any(str(MAX_INPUT_CHARS) in m for m in _messages(await admin(client, shop, shared, {"t": long})))
    # so does a literal anywhere but the policy text, and an alias does not change the field
    assert any(str(MAX_INPUT_CHARS) in m for m in _messages(await admin(client, shop, '{ orders(first: 1, query: "%s") { nodes { id } } }' % long)))
    aliased = '{ policyDraftFromText: orders(first: 1, query: "%s") { nodes { id } } }' % long
    assert any(str(MAX_INPUT_CHARS) in m for m in _messages(await admin(client, shop, aliased)))


async def test_a_long_draft_runs_off_the_event_loop(client, db):
    """While a 100,000-character page is drafted, the loop keeps turning: its longest pause is a
    small part of the drafting time (on the loop itself, it would be all of it)."""
    shop = await make_shop()
    text = _long_policy(MAX_POLICY_TEXT_CHARS)
    gaps: list[float] = []
    done = asyncio.Event()

    async def ticks() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticking = asyncio.create_task(ticks())
    await asyncio.sleep(0.02)
    started = time.perf_counter()
    answer = gql_ok(await admin(client, shop, DRAFT, {"t": text}))["policyDraftFromText"]
    took = time.perf_counter() - started
    done.set()
    await ticking
    assert answer["draft"]["placed"]
    drafting = took - 0.2  # the request's own work on the loop (parse, serialize the draft) is not drafting
    # On the loop the whole draft would be one pause (1 to 3 s); off it, pauses are the GIL's turns and,
    # on two cores shared with the other pass, the scheduler's: hence the half-second floor.
    assert max(gaps) < max(0.5, drafting / 4), (max(gaps), took)


# --- suggestions the merchant takes -----------------------------------------------------------------

SUGGESTED = """query($t: String!, $accept: [String!]) { policyDraftFromText(text: $t, accept: $accept) {
  draft { document placed { path value suggestion confidence sentence { text } }
          unplaced { sentence { text } why suggestions { id confidence settings { path value } } } }
  userErrors { field code message } } }"""
HELD = "What you paid for delivery is not refunded, unless the return comes from a mistake of ours."
OFFERED = f"Returns\n\nWe accept returns within 30 days of delivery.\n{HELD}\n"


async def test_a_suggestion_is_offered_on_its_sentence_and_placed_only_when_taken(client, db):
    shop = await make_shop()
    first = gql_ok(await admin(client, shop, SUGGESTED, {"t": OFFERED}))["policyDraftFromText"]["draft"]
    [held] = [u for u in first["unplaced"] if u["sentence"]["text"] == HELD]
    [suggestion] = held["suggestions"]
    assert suggestion["settings"] == [{"path": "refund.original_shipping", "value": "MERCHANT_AT_FAULT"}]
    assert first["document"]["refund"]["original_shipping"] == "NEVER"
    taken = gql_ok(await admin(client, shop, SUGGESTED, {"t": OFFERED, "accept": [suggestion["id"]]}))["policyDraftFromText"]
    assert taken["userErrors"] == []
    assert taken["draft"]["document"]["refund"]["original_shipping"] == "MERCHANT_AT_FAULT"
    [chosen] = [p for p in taken["draft"]["placed"] if p["suggestion"]]
    assert chosen == {"path": "refund.original_shipping", "value": "MERCHANT_AT_FAULT", "suggestion": suggestion["id"],
                      "confidence": suggestion["confidence"], "sentence": {"text": HELD}}
    assert await PolicyVersion.filter(shop_id=shop.id).count() == 0  # nothing saved


async def test_a_suggestion_not_offered_or_too_many_are_refused_with_a_code(client, db):
    from plugin.actions.policy_text import MAX_ACCEPTED

    shop = await make_shop()
    unknown = gql_ok(await admin(client, shop, SUGGESTED, {"t": OFFERED, "accept": ["5-0000000000"]}))["policyDraftFromText"]
    assert unknown["draft"] is None
    [error] = unknown["userErrors"]
    assert error["field"] == ["accept"] and error["code"] == "NOT_FOUND" and "5-0000000000" in error["message"]
    many = gql_ok(await admin(client, shop, SUGGESTED, {"t": OFFERED, "accept": ["5-0000000000"] * (MAX_ACCEPTED + 1)}))
    [error] = many["policyDraftFromText"]["userErrors"]
    assert error["field"] == ["accept"] and error["code"] == "TOO_LONG"
