"""Alotrop preset: each test quotes the seed sentence (FAQ or Return & Refund Policy) it enforces.

Shop: US, America/New_York, USD.
"""

from datetime import date, timedelta
from decimal import Decimal

from policy_factories import ALL_CONDITIONS, ask, codes, line, ny, order, prior, request

from plugin.policy.cancellation import NEXT_RETURN
from plugin.policy.evaluate import evaluate_cancellation, evaluate_return, returnable_lines
from plugin.policy.presets import load_preset

P = load_preset("alotrop")
DELIVERED = ny(2026, 3, 5, 15, 0)
SHIPPED = ny(2026, 3, 2, 9, 0)


def delivered(line_id="L1", **kw):
    kw.setdefault("shipped_at", SHIPPED)
    kw.setdefault("delivered_at", DELIVERED)
    return line(line_id, **kw)


def test_return_on_the_28th_day_after_receipt_is_allowed():
    """FAQ: "Returns must be requested within 28 days of receiving your order." (last moment)"""
    d = evaluate_return(P, order(delivered()), [], request(), ny(2026, 4, 2, 23, 59, 59, 999999))
    assert d.allowed
    assert d.lines[0].return_by == date(2026, 4, 2)


def test_return_on_the_29th_day_is_refused():
    """FAQ: "Returns must be requested within 28 days of receiving your order." (first refused)"""
    d = evaluate_return(P, order(delivered()), [], request(), ny(2026, 4, 3, 0, 0))
    assert not d.allowed
    assert codes(d) == {"RETURN_PERIOD_ENDED"}


def test_window_counts_days_on_the_shop_clock():
    """Return policy: "You may request a return within 28 days of receipt" — a late-evening
    delivery in New York (already the next day in UTC) still counts from its local day."""
    late = delivered(delivered_at=ny(2026, 3, 5, 22, 30))
    d = evaluate_return(P, order(late), [], request(), ny(2026, 4, 2, 20, 0))
    assert d.allowed and d.lines[0].return_by == date(2026, 4, 2)


def test_cancel_before_shipping_is_allowed_with_full_refund():
    """FAQ: "Yes—if your order has not shipped yet, you may cancel it." """
    o = order(line("L1", fulfilled=0, price="40.00", tax="3.20"), shipping_paid="5.00")
    d = evaluate_cancellation(P, o, ny(2026, 3, 10), policy_version=7)
    assert d.allowed and d.refund_estimate.amount == Decimal("48.20")
    assert d.deadline is None and d.policy_version == 7


def test_cancel_after_shipping_is_refused_and_points_to_returns():
    """FAQ: "once your order has shipped, cancellations are no longer possible. You may still
    return the item according to our Returns & Refunds Policy." """
    o = order(line("L1", fulfilled=1, shipped_at=SHIPPED))
    d = evaluate_cancellation(P, o, ny(2026, 3, 3))
    assert not d.allowed and [r.code for r in d.reasons] == ["ALREADY_SHIPPED"]
    assert d.next_step == NEXT_RETURN
    assert d.refund_estimate.amount == 0


def test_final_sale_cannot_be_cancelled_or_returned():
    """FAQ: "We do not accept cancellations or returns for: Final Sale items" """
    o = order(line("L1", fulfilled=0, tags=("Final Sale",)))
    assert [r.code for r in evaluate_cancellation(P, o, ny(2026, 3, 1, 12)).reasons] == ["FINAL_SALE"]
    d = evaluate_return(P, order(delivered(tags=("final sale",))), [], request(), ny(2026, 3, 10))
    assert codes(d) == {"FINAL_SALE"}
    assert "Final sale items can't be returned." in d.lines[0].reasons[0].message


def test_personalized_items_are_not_returnable_or_cancellable():
    """FAQ: "Personalized or custom-made products" (no cancellations or returns); return
    policy: "We do not accept returns on: Personalized or customized items" """
    d = evaluate_return(P, order(delivered(tags=("personalized",))), [], request(), ny(2026, 3, 10))
    assert codes(d) == {"PERSONALIZED_ITEM"}
    c = evaluate_cancellation(P, order(line(fulfilled=0, tags=("custom-made",))), ny(2026, 3, 1, 11))
    assert [r.code for r in c.reasons] == ["PERSONALIZED_ITEM"]


def test_clearance_is_not_returnable_but_can_be_cancelled():
    """Return policy: "We do not accept returns on: Clearance or final sale products" (the FAQ
    does not list clearance among non-cancelable items; see alotrop.notes.txt)."""
    d = evaluate_return(P, order(delivered(tags=("clearance",))), [], request(), ny(2026, 3, 10))
    assert codes(d) == {"CLEARANCE_ITEM"}
    assert evaluate_cancellation(P, order(line(fulfilled=0, tags=("clearance",))), ny(2026, 3, 1, 11)).allowed


def test_damaged_final_sale_item_comes_back_with_a_photo_and_full_refund():
    """Return policy: "These items are considered non-refundable, unless they arrive damaged or
    defective." and "A full refund, including shipping costs" """
    o = order(delivered(tags=("final sale",), price="60.00"), delivered("L2", price="40.00"),
              shipping_paid="10.00")
    d = evaluate_return(P, o, [], request(ask("L1", reason="DAMAGED", photos=1)), ny(2026, 3, 20))
    assert d.allowed and d.merchant_at_fault
    assert d.quote.items.amount == Decimal("60.00")
    assert d.quote.shipping.amount == Decimal("6.00")  # 60/100 of the shipping paid
    assert d.quote.total.amount == Decimal("66.00")
    assert d.shipping.payer == "MERCHANT" and d.shipping.postage_reimbursed == "ON_RECEIPT"


def test_damaged_item_photos_are_asked_for_not_required():
    """FAQ: "Include a photo if possible"; return policy: "Include photos showing the issue and the
    packaging". The reading more favourable to the customer: asked for, never a reason to refuse
    (alotrop.notes.txt 2). A damaged final-sale item without photos is accepted for review."""
    d = evaluate_return(P, order(delivered(tags=("final sale",))), [],
                        request(ask(reason="DEFECTIVE", photos=0)), ny(2026, 3, 20))
    assert d.allowed and codes(d) == set()
    assert P.fault.photos_requested and P.fault.photos_of == ("ISSUE", "PACKAGING")


def test_damaged_report_after_28_days_is_refused():
    """Return policy: "Contact us within 28 days of receiving the product" """
    req = request(ask(reason="DAMAGED", photos=2))
    assert evaluate_return(P, order(delivered()), [], req, ny(2026, 4, 2, 23, 0)).allowed
    late = evaluate_return(P, order(delivered()), [], req, ny(2026, 4, 3, 0, 0))
    assert codes(late) == {"RETURN_PERIOD_ENDED"}


def test_missing_manuals_fail_the_condition():
    """Return policy: "In original packaging, including all labels, manuals, and accessories" """
    req = request(ask(condition=ALL_CONDITIONS - {"MANUALS_INCLUDED"}))
    d = evaluate_return(P, order(delivered()), [], req, ny(2026, 3, 10))
    assert codes(d) == {"CONDITION_NOT_MET"}
    assert "with all manuals" in d.lines[0].reasons[0].message


def test_damaged_items_need_not_be_in_original_condition():
    """FAQ: we refuse "Items that show wear or damage not caused during shipping" — damage
    reported as such is the exception."""
    req = request(ask(reason="DAMAGED", photos=1, condition=frozenset()))
    assert evaluate_return(P, order(delivered()), [], req, ny(2026, 3, 10)).allowed


def test_shipping_is_not_refunded_for_an_unwanted_item():
    """Return policy: "Shipping charges are non-refundable unless the product is faulty,
    damaged, or sent incorrectly" """
    o = order(delivered(price="50.00"), shipping_paid="8.00")
    d = evaluate_return(P, o, [], request(ask(reason="UNWANTED")), ny(2026, 3, 10))
    assert d.quote.shipping.amount == 0 and d.quote.total.amount == Decimal("50.00")
    assert d.shipping.payer == "CUSTOMER"


def test_shipping_is_refunded_for_an_item_sent_incorrectly():
    """Return policy: "Shipping charges are non-refundable unless the product is faulty,
    damaged, or sent incorrectly" """
    o = order(delivered(price="50.00"), shipping_paid="8.00")
    d = evaluate_return(P, o, [], request(ask(reason="WRONG_ITEM", photos=1)), ny(2026, 3, 10))
    assert d.quote.shipping.amount == Decimal("8.00")
    assert d.quote.total.amount == Decimal("58.00")


def test_free_shipping_orders_deduct_9_99():
    """Return policy: "If your order qualified for free shipping, we will deduct a flat fee of
    $9.99 to cover the original shipping cost" """
    o = order(delivered(price="40.00"), free_shipping=True)
    d = evaluate_return(P, o, [], request(), ny(2026, 3, 10))
    fee = [q for q in d.quote.lines if q.code == "FREE_SHIPPING_DEDUCTION"]
    assert fee and fee[0].amount.amount == Decimal("-9.99")
    assert d.quote.total.amount == Decimal("30.01")


def test_free_shipping_deduction_is_taken_once_per_order():
    """Return policy: "we will deduct a flat fee of $9.99 to cover the original shipping cost"
    — the original shipping happened once, so a second return on the order is not charged."""
    o = order(delivered("L1"), delivered("L2"), free_shipping=True)
    d = evaluate_return(P, o, [prior(("L1", 1))], request(ask("L2")), ny(2026, 3, 10))
    assert d.quote.fees.amount == 0 and d.quote.total.amount == Decimal("40.00")


def test_no_deduction_when_the_item_arrived_damaged():
    """Return policy: "We will offer: ... A full refund, including shipping costs" """
    o = order(delivered(price="40.00"), free_shipping=True)
    d = evaluate_return(P, o, [], request(ask(reason="DAMAGED", photos=1)), ny(2026, 3, 10))
    assert d.quote.fees.amount == 0 and d.quote.total.amount == Decimal("40.00")


def test_ship_within_28_days_of_the_instructions():
    """Return policy: "Ship the item within 28 days of receiving the return instructions" """
    d = evaluate_return(P, order(delivered()), [], request(), ny(2026, 3, 10, 18, 0))
    assert d.deadlines.ship_by == date(2026, 4, 7)
    assert d.instructions.ship_by == date(2026, 4, 7)


def test_refund_within_4_to_9_business_days_across_thanksgiving():
    """FAQ: "Approve and issue your refund within 4–9 business days" (the promise; the return
    policy's "typically take 5–10 business days, depending on your bank" is the soft arrival time,
    see alotrop.notes.txt 1). Received Friday 2026-11-20: the weekend and Thanksgiving (Thursday
    2026-11-26) do not count."""
    o = order(delivered(shipped_at=ny(2026, 11, 10), delivered_at=ny(2026, 11, 13)))
    req = request(received_at=ny(2026, 11, 20, 14, 0))
    d = evaluate_return(P, o, [], req, ny(2026, 11, 20, 15, 0))
    assert d.deadlines.received_on == date(2026, 11, 20) and not d.deadlines.received_estimated
    assert d.deadlines.refund_expected_from == date(2026, 11, 27)
    assert d.deadlines.refund_expected_to == date(2026, 12, 4)


def test_refunds_go_to_the_original_payment_method():
    """Return policy: "Approved items will be refunded to your original payment method" """
    d = evaluate_return(P, order(delivered()), [], request(), ny(2026, 3, 10))
    assert d.refund_method == "ORIGINAL_PAYMENT"


def test_no_exchanges_but_replacement_for_damaged_items():
    """Return policy: "We currently do not offer direct exchanges." and "We will offer: A
    replacement (if available)" for damaged or defective items."""
    exchange = evaluate_return(P, order(delivered()), [], request(resolution="EXCHANGE"), ny(2026, 3, 10))
    assert codes(exchange) == {"EXCHANGE_NOT_OFFERED"}
    replace_unwanted = evaluate_return(P, order(delivered()), [], request(resolution="REPLACEMENT"), ny(2026, 3, 10))
    assert codes(replace_unwanted) == {"REPLACEMENT_NOT_OFFERED"}
    replace_damaged = evaluate_return(
        P, order(delivered()), [], request(ask(reason="DAMAGED", photos=1), resolution="REPLACEMENT"),
        ny(2026, 3, 10),
    )
    assert replace_damaged.allowed and replace_damaged.refund_method == "REPLACEMENT"


def test_missing_delivery_date_counts_from_shipment_plus_buffer():
    """FAQ: "International: 7–21 business days after processing" — without a delivery date
    the 28 days count from shipment + 30 days (alotrop.notes.txt, item 8)."""
    o = order(line("L1", shipped_at=ny(2026, 3, 1, 9), delivered_at=None))
    listing = returnable_lines(P, o, [], ny(2026, 3, 5))
    assert listing[0].allowed and listing[0].return_by == date(2026, 3, 31) + timedelta(days=28)


def test_storefront_listing_offers_the_damage_override():
    """Return policy: "unless they arrive damaged or defective" — the listing refuses a final
    sale item but says the damaged/defective route is open."""
    o = order(delivered("L1"), delivered("L2", tags=("final sale",)))
    l1, l2 = returnable_lines(P, o, [], ny(2026, 3, 10))
    assert l1.allowed and not l1.fault_override_available
    assert not l2.allowed and l2.fault_override_available
    assert [r.code for r in l2.reasons] == ["FINAL_SALE"]
