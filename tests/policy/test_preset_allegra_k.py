"""Allegra K preset: each test quotes the seed sentence ("Return Policy") it enforces.

Shop: US, America/New_York, USD.
"""

from datetime import date
from decimal import Decimal

import pytest
from policy_factories import ALL_CONDITIONS, ask, codes, line, ny, order, prior, request

from plugin.policy.evaluate import evaluate_cancellation, evaluate_return
from plugin.policy.presets import load_preset

P = load_preset("allegra-k")
DELIVERED = ny(2026, 3, 5, 15, 0)
NOW = ny(2026, 3, 12, 10, 0)


def delivered(line_id="L1", **kw):
    kw.setdefault("shipped_at", ny(2026, 3, 2, 9))
    kw.setdefault("delivered_at", DELIVERED)
    return line(line_id, **kw)


def two_lines(country="US", **kw):
    return order(delivered("L1", price="25.00"), delivered("L2", price="35.00"), country=country, **kw)


def fee(d, code):
    return sum((q.amount.amount for q in d.quote.lines if q.code == code), Decimal(0))


def test_return_within_30_days_of_receipt():
    """"you can easily return them for free within 30 days of receipt (for most items)" """
    assert evaluate_return(P, order(delivered()), [], request(), ny(2026, 4, 4, 23, 59)).allowed
    late = evaluate_return(P, order(delivered()), [], request(), ny(2026, 4, 5, 0, 0))
    assert codes(late) == {"RETURN_PERIOD_ENDED"}


def test_first_us_return_is_free_with_the_label():
    """"If you're shopping in the U.S. • Return shipping is free on your 1st return package." """
    d = evaluate_return(P, two_lines(), [], request(ask("L1"), method="PREPAID_LABEL"), NOW)
    assert d.allowed and d.shipping.payer == "MERCHANT" and d.shipping.label_available
    assert d.shipping.return_number == 1
    assert d.quote.fees.amount == 0 and d.quote.total.amount == Decimal("25.00")


def test_later_us_return_with_label_deducts_6_99():
    """"If you have already returned item(s) from an order ... you can use the Return Label we
    provided, and $6.99 shipping fee will be deducted from your refund." """
    d = evaluate_return(P, two_lines(), [prior(("L1", 1))], request(ask("L2"), method="PREPAID_LABEL"), NOW)
    assert d.allowed and d.shipping.return_number == 2
    assert fee(d, "LABEL_FEE") == Decimal("-6.99")
    assert d.quote.total.amount == Decimal("28.01")


def test_later_us_return_shipped_by_the_customer():
    """"If you have already returned item(s) from an order but would like to make additional
    returns of item(s), you are responsible for paying the return shipping fee." """
    d = evaluate_return(P, two_lines(), [prior(("L1", 1))], request(ask("L2")), NOW)
    assert d.allowed and d.shipping.payer == "CUSTOMER"
    assert d.quote.total.amount == Decimal("35.00")


def test_declined_return_does_not_use_up_the_free_first_return():
    """"Return shipping is free on your 1st return package." — a declined or cancelled request
    sent no package."""
    priors = [prior(("L1", 1), status="DECLINED"), prior(("L1", 1), status="CANCELED", return_id="R2")]
    d = evaluate_return(P, two_lines(), priors, request(ask("L1"), method="PREPAID_LABEL"), NOW)
    assert d.shipping.return_number == 1 and d.shipping.payer == "MERCHANT"
    assert d.quote.total.amount == Decimal("25.00")


def test_quality_issue_in_the_us_is_free_even_on_a_later_return():
    """"If you want to return an item with quality issues, or Allegra K® responsibility,
    Allegra K® will pay for the return shipping fee" """
    d = evaluate_return(P, two_lines(), [prior(("L1", 1))],
                        request(ask("L2", reason="DEFECTIVE"), method="PREPAID_LABEL"), NOW)
    assert d.allowed and d.shipping.payer == "MERCHANT" and fee(d, "LABEL_FEE") == 0


def test_canada_first_return_gets_6_99():
    """"If you are shopping in Canada or Japan. • Allegra K® will pay you $6.99 for your 1st
    return." and "The $6.99 return shipping fee will be returned to your original account with
    the refund" """
    d = evaluate_return(P, two_lines("CA"), [], request(ask("L1")), NOW)
    assert d.allowed and d.shipping.payer == "CUSTOMER"
    assert d.shipping.credit.amount == Decimal("6.99")
    assert fee(d, "RETURN_SHIPPING_CREDIT") == Decimal("6.99")
    assert d.quote.total.amount == Decimal("31.99")


def test_japan_later_return_gets_nothing():
    """"If you have already returned item(s) from an order but would like to make additional
    returns of item(s), you are responsible for paying the return shipping fee." (Canada/Japan)"""
    d = evaluate_return(P, two_lines("JP"), [prior(("L1", 1))], request(ask("L2")), NOW)
    assert d.shipping.credit is None and d.quote.total.amount == Decimal("35.00")


def test_canada_quality_issue_on_a_later_return_gets_6_99():
    """"If you want to return an item with quality issues, or Allegra K® responsibility,
    Allegra K® will pay $6.99 for the return shipping fee" (Canada/Japan)"""
    d = evaluate_return(P, two_lines("CA"), [prior(("L1", 1))], request(ask("L2", reason="DAMAGED")), NOW)
    assert d.quote.total.amount == Decimal("41.99")


def test_eu_customers_pay_return_shipping():
    """"If you're shopping in the EU. • You are responsible for paying the return shipping fee." """
    d = evaluate_return(P, two_lines("DE"), [], request(ask("L1", reason="DEFECTIVE")), NOW)
    assert d.allowed and d.shipping.payer == "CUSTOMER" and d.shipping.region == "the EU"
    assert d.shipping.credit is None and d.quote.total.amount == Decimal("25.00")


def test_return_label_is_for_us_customers_only():
    """"Option 1: Return the package by return label (US customer only)" """
    for country in ("CA", "JP", "FR", "AU"):
        d = evaluate_return(P, two_lines(country), [], request(ask("L1"), method="PREPAID_LABEL"), NOW)
        assert codes(d) == {"LABEL_NOT_AVAILABLE"}, country


@pytest.mark.parametrize(
    "product_type",
    ["Bodysuit", "Tights", "Socks", "Jewelry", "Intimates"],
)
def test_excluded_product_types(product_type):
    """"Products including bodysuits, tights, socks, jewelry and intimate items can not be
    returned" """
    o = order(delivered(product_type=product_type.lower()))
    d = evaluate_return(P, o, [], request(), NOW)
    assert codes(d) == {"EXCLUDED_PRODUCT_TYPE"}


def test_quality_issues_do_not_lift_exclusions():
    """"Products including bodysuits, tights, socks, jewelry and intimate items can not be
    returned" — the seed gives no exception for quality issues."""
    d = evaluate_return(P, order(delivered(product_type="socks")), [], request(ask(reason="DEFECTIVE")), NOW)
    assert codes(d) == {"EXCLUDED_PRODUCT_TYPE"}


def test_non_returnable_marks_and_free_gifts():
    """"Items with non-returnable marks and free gifts cannot be returned" """
    marked = evaluate_return(P, order(delivered(non_returnable=True)), [], request(), NOW)
    assert codes(marked) == {"NON_RETURNABLE"}
    gift = evaluate_return(P, order(delivered(price="0.00")), [], request(), NOW)
    assert codes(gift) == {"FREE_GIFT"}
    tagged = evaluate_return(P, order(delivered(tags=("Free Gift",))), [], request(), NOW)
    assert codes(tagged) == {"FREE_GIFT"}


def test_sets_cannot_be_returned_separately():
    """"The sets cannot be returned separately" """
    o = order(delivered("TOP", set_id="S1"), delivered("SKIRT", set_id="S1"), delivered("L3"))
    part = evaluate_return(P, o, [], request(ask("TOP"), ask("L3")), NOW)
    assert not part.allowed
    assert [l.allowed for l in part.lines] == [False, True]
    assert part.lines[0].reasons[0].code == "SET_MUST_RETURN_WHOLE"
    assert part.quote.total.amount == Decimal("40.00")  # only the allowed line is quoted
    whole = evaluate_return(P, o, [], request(ask("TOP"), ask("SKIRT")), NOW)
    assert whole.allowed and whole.quote.total.amount == Decimal("80.00")


def test_a_set_bought_twice_returns_one_whole_set_at_a_time():
    """"The sets cannot be returned separately" — with two sets on the order, one of each piece
    is a whole set; two tops and one skirt is not."""
    o = order(delivered("TOP", set_id="S1", quantity=2), delivered("SKIRT", set_id="S1", quantity=2))
    assert evaluate_return(P, o, [], request(ask("TOP", 1), ask("SKIRT", 1)), NOW).allowed
    uneven = evaluate_return(P, o, [], request(ask("TOP", 2), ask("SKIRT", 1)), NOW)
    assert codes(uneven) == {"SET_MUST_RETURN_WHOLE"}


def test_worn_or_washed_items_cannot_be_returned():
    """"The products should not be worn, washed, ironed, stained, processed, and the label
    tags should be kept intact" """
    for missing in ("NOT_WORN", "NOT_WASHED", "NOT_IRONED", "NOT_STAINED", "NOT_ALTERED", "TAGS_ATTACHED"):
        req = request(ask(condition=ALL_CONDITIONS - {missing}))
        assert codes(evaluate_return(P, order(delivered()), [], req, NOW)) == {"CONDITION_NOT_MET"}, missing


def test_no_exchanges():
    """"we don't offer an exchange option. Simply return your item(s) and reorder for a
    replacement." """
    for resolution in ("EXCHANGE", "REPLACEMENT", "STORE_CREDIT"):
        d = evaluate_return(P, order(delivered()), [], request(resolution=resolution), NOW)
        assert not d.allowed, resolution


def test_refund_within_7_days_plus_3_to_5():
    """"refunds will be processed within 7 days after we receive your return package.
    Unfortunately, due to transportation delays, your refund may require an additional 3-5
    days to process." """
    d = evaluate_return(P, order(delivered()), [], request(received_at=ny(2026, 3, 16, 9)), ny(2026, 3, 16, 10))
    assert d.deadlines.refund_expected_from == date(2026, 3, 16)
    assert d.deadlines.refund_expected_to == date(2026, 3, 28)
    assert d.refund_method == "ORIGINAL_PAYMENT"


def test_original_shipping_is_non_refundable_even_for_quality_issues():
    """"The original shipping fee, if any, is non-refundable." """
    o = order(delivered(price="25.00"), shipping_paid="5.95")
    d = evaluate_return(P, o, [], request(ask(reason="DEFECTIVE")), NOW)
    assert d.quote.shipping.amount == 0 and d.quote.total.amount == Decimal("25.00")


def test_the_6_99_is_paid_even_on_a_cheap_item():
    """"Allegra K® will pay you $6.99 for your 1st return." — it pays return postage, so it is
    owed whatever the item cost (see allegra-k.notes.txt)."""
    d = evaluate_return(P, order(delivered(price="3.00"), country="CA"), [], request(), NOW)
    assert d.quote.total.amount == Decimal("9.99")


def test_label_fee_never_makes_a_refund_negative():
    """"you can use the Return Label we provided, and $6.99 shipping fee will be deducted from
    your refund" — on a $5 item the refund is zero, not minus $1.99."""
    o = order(delivered("L1", price="5.00"), delivered("L2", price="5.00"))
    d = evaluate_return(P, o, [prior(("L1", 1))], request(ask("L2"), method="PREPAID_LABEL"), NOW)
    assert d.quote.total.amount == Decimal("0.00")
    assert d.quote.lines[-1].kind == "ADJUSTMENT"
    assert sum(q.amount.amount for q in d.quote.lines) == d.quote.total.amount


def test_no_online_cancellation():
    """The seed does not offer cancellations; the preset turns them off (allegra-k.notes.txt)."""
    d = evaluate_cancellation(P, order(line(fulfilled=0)), NOW)
    assert not d.allowed and d.reasons[0].code == "CANCELLATION_NOT_OFFERED"


def test_instructions_warn_about_the_package_address():
    """"Please do not send your return to the address on your package." and "we recommend that
    all returns be sent with a traceable carrier" """
    d = evaluate_return(P, order(delivered()), [], request(), NOW)
    text = " ".join(d.instructions.recommendations)
    # No return address in the seed: the customer writes for it, so nothing says "given here".
    assert "Don't send your return to the address on your original package" in text and "traceable" in text
    assert "given here" not in text
