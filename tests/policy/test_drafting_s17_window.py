"""Session 17, after test64..67's read: a return window said beside another clock ("products must come back within 30
days, and refunds are issued within 14 days") is read from its own part of the sentence; and a heading that says the
shop will not accept returns ("Returns We Cannot Accept") refuses the goods listed under it, as "Non-returnable items"
does, but not a line that asks the reader to get in touch. After test68..71's read: a policy's own span in other words
("our refund policy is easy to use for 3 days after your order reaches you") is the window, and so is a change of mind
said as "the goods are not faulty"."""

from __future__ import annotations

from drafting_helpers import exclusion_labels

from plugin.policy.drafting import draft_policy


def _window(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text).placed if p.path.startswith("returns.window")}


def test_a_return_window_beside_the_refunds_clock_is_read_from_its_own_part():
    assert _window("Our return window is 30 days: products must come back within 30 days, and refunds are issued within 14 days.") == {
        "returns.window.days": 30}
    assert _window("Refunds are processed within 10 days, and items must be returned within 30 days of delivery.") == {
        "returns.window.days": 30, "returns.window.starts": "DELIVERY"}
    assert _window("Our return policy runs 30 days, and you have 30 days from receiving your item to ask for a return.") == {
        "returns.window.days": 30, "returns.window.starts": "DELIVERY"}


def test_goods_listed_under_a_heading_that_refuses_them_are_excluded():
    text = "Returns We Cannot Accept\n- Custom-made or personalized products\n- Engraving kits\n"
    assert exclusion_labels(text) == ["Custom-made or personalized products", "Engraving kits"]


def test_a_line_asking_the_reader_to_get_in_touch_names_no_goods():
    text = "What We Don't Accept\n- Engraving kits\nQuestions?\n- For questions about a particular product, just get in touch.\n- Write to hello@shop.example\n"
    assert exclusion_labels(text) == ["Engraving kits"]


def test_a_policys_own_span_in_other_words_is_the_return_window():
    assert _window("If you are not happy, whatever the reason, our refund policy is easy to use for 3 days after your order "
                   "reaches you.") == {"returns.window.days": 3, "returns.window.starts": "DELIVERY"}


def test_a_change_of_mind_said_as_goods_not_faulty_keeps_its_window():
    assert _window("If you change your mind within 14 working days (that is, the goods are not faulty and were described "
                   "correctly), we give you a full refund.") == {"returns.window.days": 14, "returns.window.unit": "BUSINESS"}
