"""The "why not" sentences of one order agree with each other (issue 23, item 4): an order-level
refusal stands alone, an item that can't be returned is never told it may be "once it arrives", and
the partial-cancellation step counts the items it names."""

from policy_factories import line, ny, order

from plugin.policy.evaluate import evaluate_cancellation, returnable_lines
from plugin.policy.presets import load_preset

ALOTROP = load_preset("alotrop")
SHIPPED = ny(2026, 3, 2, 9, 0)


def _messages(eligibility) -> str:
    return " ".join(r.message for r in eligibility.reasons)


def test_a_cancelled_order_says_only_that_it_was_cancelled():
    o = order(line("L1", fulfilled=0), line("L2", fulfilled=0, tags=("final sale",)), cancelled_at=ny(2026, 3, 1, 12))
    for row in returnable_lines(ALOTROP, o, [], ny(2026, 3, 2)):
        assert [r.code for r in row.reasons] == ["ORDER_CANCELLED"], row.reasons
        assert "cancel it instead" not in _messages(row)


def test_an_item_that_cant_be_returned_is_never_told_to_wait_for_it():
    unshipped = order(line("L1", fulfilled=0, tags=("final sale",)), line("L2", fulfilled=0))
    in_transit = order(line("L1", shipped_at=SHIPPED, tags=("final sale",)))
    for o in (unshipped, in_transit):
        final_sale = returnable_lines(ALOTROP, o, [], ny(2026, 3, 3))[0]
        assert [r.code for r in final_sale.reasons] == ["FINAL_SALE"], final_sale.reasons
        assert "once it arrives" not in _messages(final_sale)
    # An ordinary unshipped item may still be cancelled (the portal offers it), and says so.
    ordinary = returnable_lines(ALOTROP, unshipped, [], ny(2026, 3, 3))[1]
    assert [r.code for r in ordinary.reasons] == ["NOT_FULFILLED"] and "cancel it instead" in _messages(ordinary)


def test_the_partial_cancellation_step_counts_what_stays():
    two_kept = order(line("L1", fulfilled=0, title="Desk Lamp"), line("L2", fulfilled=0, tags=("final sale",), title="Travel Adapter"),
                     line("L3", fulfilled=0, tags=("personalized",), title="Monogram Mug"))
    step = evaluate_cancellation(ALOTROP, two_kept, ny(2026, 3, 1, 12)).next_step
    assert "Travel Adapter and Monogram Mug stay in your order." in step and "Once they arrive" in step
    assert "Once it arrives" not in step
    one_kept = order(line("L1", fulfilled=0, title="Desk Lamp"), line("L2", fulfilled=0, tags=("final sale",), title="Travel Adapter"))
    step = evaluate_cancellation(ALOTROP, one_kept, ny(2026, 3, 1, 12)).next_step
    assert "Travel Adapter stays in your order." in step and "Once it arrives" in step
