"""Goods rules, round s9 part 3 (area "goods"): ways of saying found on fresh pages. An item that must come back
unopened or still sealed, or that cannot come back once opened, is unused (convention 11); a shop that takes back
only faulty or wrong goods takes no returns; the page's layout (a dash ending a line, list items parted by blank
lines) no longer hides a heading or a list. Every sentence is written for this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions as _conditions, exclusion_labels as _excluded_labels, placed


# --- unopened, still sealed, or refused once opened: the item is unused (convention 11) ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Whatever you send back has to be unopened.", {"UNUSED"}),
    ("Returned goods must be unopened and in their original packaging.", {"UNUSED", "ORIGINAL_PACKAGING"}),
    ("We only accept returns of goods that have not been opened.", {"UNUSED"}),
    ("Items must still be sealed when they reach our warehouse.", {"UNUSED"}),
    ("Once an item has been opened, it cannot be returned to us.", {"UNUSED"}),
    ("Once opened, a product can't be sent back.", {"UNUSED"}),
])
def test_unopened_is_unused(text, expected):
    assert _conditions(text) == expected


@pytest.mark.parametrize("text", [
    "Board games must be unopened to be returned.",  # one kind of goods
    "Please check the contents as soon as the parcel is opened.",  # opening the parcel asks nothing
    "Opened items may be subject to a restocking fee.",  # a fee for a state, not a term every return meets
])
def test_opened_not_a_general_condition(text):
    assert "UNUSED" not in _conditions(text)


@pytest.mark.parametrize("text", [
    "After an item has been opened, we cannot accept it back or refund it.",
    "No return is possible once the box has been opened.",
])
def test_refused_once_opened_is_unused(text):
    assert _conditions(text) == {"UNUSED"}


# --- a shop that takes back only faulty or wrong goods takes returns only at fault ------------------------------

@pytest.mark.parametrize("text", [
    "Returns are not accepted unless the lamp we delivered was the wrong model or it arrived broken.",
    "Every order is sold as final, with no returns or refunds, except where the goods we sent are faulty or incorrect.",
    "We do not accept returns except when an item reaches you damaged or defective.",
])
def test_returns_closed_but_for_faults(text):
    assert placed(text).get("returns.only_at_fault") is True and placed(text).get("returns.enabled") is None


def test_returns_refused_after_their_reason_are_closed():
    assert placed("Our candles melt easily in transit, so we're sorry, but we can't take returns or exchanges.").get("returns.enabled") is False


@pytest.mark.parametrize("text", [
    "Returns are not accepted unless the item is unused and in its original box.",  # a condition, not a fault
    "Returns are not accepted unless we have agreed to them in writing.",  # another case
    "Returns are not accepted after 30 days unless the item is faulty.",  # a window
    "Sale items are final, with no returns, except where they arrive damaged.",  # some goods
])
def test_returns_not_closed_by_other_exceptions(text):
    assert placed(text).get("returns.enabled") is None and placed(text).get("returns.only_at_fault") is None


def test_final_unless_faulty_names_no_return_refused():
    # a labelled text: a final sale but for faults, with a window for returns in the next sentence
    assert placed("All purchases are final unless the goods came to you faulty. Nothing is taken back after 10 days.").get("returns.enabled") is None


@pytest.mark.parametrize("text,closed", [
    ("REFUNDS: Returns are not accepted unless we packed the wrong colour or the item is faulty.", True),
    ("Everything from our web shop is sold as final, with no returns, except where the parcel arrives damaged.", True),
    ("Everything in the clearance section is sold as final, with no returns, except where it arrives damaged.", None),
])
def test_closed_but_for_faults_lead_and_subject(text, closed):
    assert placed(text).get("returns.only_at_fault") is closed


# --- layout: a dash ending a line of prose marks no list item; list items parted by blank lines ----------------

def test_dash_ending_a_line_leaves_the_heading_below_a_heading():
    text = ("To qualify for a return:\n• the item must be unused.\n• it must come back with its box. -\n"
            "Non-Returnable Goods\n• Garden hoses.\n• Lamp shades.")
    assert _excluded_labels(text) == ["Garden hoses", "Lamp shades"]


def test_lone_dash_line_still_marks_a_list_item():
    text = "These cannot be returned:\n-\ngarden hoses\n-\nlamp shades"
    assert _excluded_labels(text) == ["Garden hoses", "Lamp shades"]


def test_list_items_parted_by_blank_lines():
    text = "Some goods cannot come back:\n\nGarden hoses\n\nLamp shades\n\nbird feeders\n\nWe need your receipt for every return."
    assert _excluded_labels(text) == ["Garden hoses", "Lamp shades", "Bird feeders"]


@pytest.mark.parametrize("text", [
    "Some goods cannot come back:\n\nGarden hoses cut to length for you.\n\ndoormats with rubber backs",  # a stop: prose
    "Some goods cannot come back:\n\nGarden hoses\n\nwe will gladly help you choose a hose that fits your garden tap",  # long
])
def test_blank_line_ends_a_list_of_prose(text):
    from plugin.policy.drafting.clauses import split

    assert split(text)[-1].intro == ""


# --- conditions missed: every item sent back, a term's topic as its title, an aside in brackets, papers -------

@pytest.mark.parametrize("text,expected", [
    ("Each item sent back has to be unused.", {"UNUSED"}),
    ("3. Condition of goods: Returned items must be in their original condition.", {"ORIGINAL_CONDITION"}),
    ("Items must come back in the original box (if pieces are missing, we may deduct their price).", {"ORIGINAL_PACKAGING"}),
    ("Items must be sent back in their original boxes with all packing inserts and documentation.", {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED"}),
])
def test_conditions_said_these_ways(text, expected):
    assert _conditions(text) == expected


@pytest.mark.parametrize("text", [
    "Garden hoses sent back have to be unused.",  # one kind of goods
    "We may deduct the cost of any missing box from your refund.",  # a deduction, no condition
    "Supporting documentation may be asked for on a warranty claim.",
])
def test_no_condition_from_these(text):
    assert _conditions(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Keep your receipt to hand when returning anything to us.", True),
    ("Keep your receipt: it is your guarantee.", None),
])
def test_proof_kept_for_the_return(text, expected):
    assert placed(text).get("requirements.proof_of_purchase") is expected
