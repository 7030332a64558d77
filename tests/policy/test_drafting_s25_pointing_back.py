"""A list whose introduction says what it is only by pointing back to the sentence before it ("Some items can be neither
returned nor exchanged. Usually these are:"): its items are read with that sentence, as one introduction."""

import pytest

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.clauses import split

ITEMS = "- Items on sale or clearance.\n- Products that were personalized or custom-made.\n- Gift cards.\n"


def _refused(text: str) -> list[str]:
    return [f"{item['category']}:{item['label']}" for item in draft_policy(text).document["exclusions"]]


@pytest.mark.parametrize("lead", [
    "To keep every customer safe and happy, some items can be neither returned nor exchanged. Usually these are:",
    "Some items cannot be returned. They include:",
    "Some kinds of goods can't be returned. They are listed here:",
    "Some items can't be returned, for reasons of health and safety. Among them (the list is not complete):",
    "A few products are final sale. These products are:",
])
def test_a_list_pointing_back_to_a_refusal_lists_what_is_refused(lead):
    text = f"Items That Can't Be Returned\n\n{lead}\n{ITEMS}"
    assert _refused(text) == ["CLEARANCE:Items on sale or clearance", "PERSONALIZED:Products that were personalized or custom-made",
                              "OTHER:Gift cards"]
    # the lead and the sentence it points back to are placed with the items, not left to the merchant
    assert draft_policy(text).unplaced == ()


def test_what_the_sentence_pointed_back_to_states_itself_stays_its_own():
    text = f"Returns\n\nWe accept returns within 30 days of delivery. These are the conditions:\n- Items must be unused.\n"
    draft = draft_policy(text)
    assert [(p.path, p.sentence.text) for p in draft.placed if p.path == "returns.window.days"] == [
        ("returns.window.days", "We accept returns within 30 days of delivery.")]
    assert draft.document["requirements"]["condition"] == ["UNUSED"] and draft.document["exclusions"] == []


def test_only_a_list_s_own_lines_and_only_a_pointing_lead_carry_the_sentence_before():
    clauses = split("Some items cannot be returned. These include:\n- Gift cards\nPlease ask us before you send anything back.\n\n"
                    "Some items cannot be returned. The following cannot come back:\n- Candles\n")
    carried = {clause.text: clause.antecedent for clause in clauses}
    assert carried["- Gift cards"] == "Some items cannot be returned."
    assert carried["Please ask us before you send anything back."] == ""  # prose after the list, not one of its lines
    assert carried["- Candles"] == ""  # an introduction that says what its list is needs nothing before it
