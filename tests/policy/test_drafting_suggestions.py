"""Suggestions: what a sentence no setting holds may state, offered to the merchant and placed only when chosen."""

import pytest

from plugin.policy.drafting import UnknownSuggestion, draft_policy
from plugin.policy.drafting.learned import CUT, FLOOR

WINDOW = "We accept returns within 30 days of delivery."
HELD = "What you paid for delivery is not refunded, unless the return comes from a mistake of ours."
UNSURE = "Drop us a line at help@example.com before posting anything back."
TEXT = f"Returns\n\n{WINDOW}\n{HELD}\n{UNSURE}\n"


def _offered(draft) -> dict:
    return {u.sentence.text: u.suggestions for u in draft.unplaced}


def _facts(suggestion) -> list:
    return [(fact.path, fact.value) for fact in suggestion.facts]


def test_a_reading_a_guard_holds_back_is_offered_not_placed():
    draft = draft_policy(TEXT)
    [held] = _offered(draft)[HELD]
    # the rules read the sentence as about some returns only, so the reader may not place what it is sure of
    assert _facts(held) == [("refund.original_shipping", "MERCHANT_AT_FAULT")] and held.confidence >= CUT
    assert "refund.original_shipping" not in {p.path for p in draft.placed}
    assert draft.document["refund"]["original_shipping"] == "NEVER"  # the default stands until the merchant takes it


def test_a_reading_under_the_cut_is_offered_with_how_sure_it_is():
    draft = draft_policy(TEXT)
    [unsure] = _offered(draft)[UNSURE]
    assert _facts(unsure) == [("returns.request_required_before_shipping", True)] and FLOOR <= unsure.confidence < CUT
    assert draft.document["returns"]["request_required_before_shipping"] is False


def test_a_chosen_suggestion_is_placed_from_its_sentence_and_the_others_stay_offered():
    offered = _offered(draft_policy(TEXT))
    [held], [unsure] = offered[HELD], offered[UNSURE]
    once = draft_policy(TEXT, chosen=[held.id])
    assert [(p.path, p.value, p.sentence.text, p.suggestion, p.confidence) for p in once.placed if p.suggestion] == [
        ("refund.original_shipping", "MERCHANT_AT_FAULT", HELD, held.id, held.confidence)]
    assert once.document["refund"]["original_shipping"] == "MERCHANT_AT_FAULT"
    assert [s.id for s in _offered(once)[UNSURE]] == [unsure.id]  # the same suggestion, the same id
    both = draft_policy(TEXT, chosen=[held.id, unsure.id])
    assert both.document["returns"]["request_required_before_shipping"] is True
    assert not any(u.suggestions for u in both.unplaced)
    assert "returns.request_required_before_shipping" not in {d.path for d in both.defaults}


def test_a_setting_a_sentence_already_set_is_not_offered_again():
    text = f"Returns\n\nPlease email us before you send anything back.\n{UNSURE}\n"
    draft = draft_policy(text)
    assert draft.document["returns"]["request_required_before_shipping"] is True
    assert not _offered(draft).get(UNSURE)


def test_a_sentence_that_contradicts_an_earlier_one_gets_no_suggestion():
    # one counts the window from delivery, the other from the order: which is meant is the merchant's call, and the
    # reader (sure the second one means the order) must not pick a side
    later = "You have 30 days from the day you ordered to send it back."
    draft = draft_policy(f"Returns\n\n{WINDOW}\n{later}\n")
    [unplaced] = [u for u in draft.unplaced if u.sentence.text == later]
    assert unplaced.why.startswith("says returns.window.starts is 'PURCHASE'") and unplaced.suggestions == ()
    assert "returns.window.starts" not in {p.path for p in draft.placed}


def test_a_suggestion_the_draft_does_not_offer_is_refused():
    [held] = _offered(draft_policy(TEXT))[HELD]
    with pytest.raises(UnknownSuggestion, match="0-0000000000"):
        draft_policy(TEXT, chosen=["0-0000000000"])
    with pytest.raises(UnknownSuggestion):
        draft_policy(TEXT, chosen=[held.id, held.id])  # taken once, it is offered no more
    with pytest.raises(UnknownSuggestion):
        draft_policy(TEXT.replace("mistake", "error"), chosen=[held.id])  # another text's


def test_the_json_lists_each_sentences_suggestions_and_whence_a_setting_came():
    [held] = _offered(draft_policy(TEXT))[HELD]
    answer = draft_policy(TEXT, chosen=[held.id]).as_json()
    assert set(answer) == {"document", "placed", "unplaced", "defaults"}
    assert {p["suggestion"] for p in answer["placed"]} == {None, held.id}
    [unsure] = [u for u in answer["unplaced"] if u["text"] == UNSURE]
    assert unsure["suggestions"] == [{"id": unsure["suggestions"][0]["id"], "confidence": unsure["suggestions"][0]["confidence"],
                                      "settings": [{"path": "returns.request_required_before_shipping", "value": True}]}]
