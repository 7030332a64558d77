"""Session 12 review probe (the return's terms): sentences of our own on the readings this session added to the window,
the refund, its processing, fees, resolutions and the return's payer, in a small ordinary policy page; those each new
pattern should read and the near misses (another sense of the same words, some goods only, a neighbouring setting) it
must not. Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

WINDOW = "We accept returns within 30 days of delivery. "
CONDITION = "Items must be unused and in their original packaging. "
METHOD = "Refunds are issued to the original payment method. "


def page(*parts: str) -> str:
    return "Returns\n\n" + "".join(parts)


# After the shop's approval, a deadline told as the step to take ("Post the goods within 14 days") is the ship-by one;
# a sentence that states the window itself after an approval, an RMA or a return label is still the window
@pytest.mark.parametrize("text", [
    "If we authorise your return, we send you an RMA number. Post the parcel within 10 days.",
    "Once approved, you will receive a return label by email. Please send the item within 5 days.",
    "We will email you a return number once we approve the request. Post the goods within 14 days.",
    "We email you a return label. Post the item within 7 days.",
    "You will receive a return label by email. Please send the goods within 7 days.",
])
def test_a_step_after_the_approval_is_no_window(text):
    assert "returns.window.days" not in placed(page(CONDITION, METHOD, text))


@pytest.mark.parametrize(("text", "days"), [
    ("We will email you a return number. You can return any item within 60 days.", 60),
    ("Returns must be authorised by us first. Items can be returned within 60 days.", 60),
    ("All returns need an RMA number. Returns are accepted within 45 days.", 45),
    ("Refunds are approved after inspection. You may return goods within 60 days.", 60),
    ("We approve most requests. You have 60 days to return an item.", 60),
    ("Returns need our approval. We accept returns within 60 days.", 60),
    ("Each return needs a return label. Items can be sent back within 60 days.", 60),
    ("An RMA is required. Unused goods may be returned within 60 days.", 60),
    ("Print the return label from your account. Return the item within 30 days.", 30),
    ("A return label is included in every parcel. Send the item back within 30 days.", 30),
    ("Every order comes with a free return label. Return it within 30 days.", 30),
])
def test_a_window_stated_after_an_approval_is_read(text, days):
    assert placed(page(CONDITION, METHOD, text)).get("returns.window.days") == days


# The order's shipping left out after a comma ("We refund the price of the item, not the original shipping charge") is
# kept; another thing the shipping names (its address, time, insurance, account) or the shipping of a return or an
# exchange is not the order's shipping cost
@pytest.mark.parametrize("text", [
    "We refund the price of the item, not the original shipping charge.",
    "Refunds cover the goods only, not the shipping you paid.",
    "We refund the cost of the products, not the delivery fee.",
    "Shipping paid on the original order is not refunded.",
])
def test_the_orders_shipping_left_out_of_the_refund_is_kept(text):
    assert placed(page(WINDOW, CONDITION, METHOD, text)).get("refund.original_shipping") == "NEVER"


@pytest.mark.parametrize("text", [
    "We refund the shipping, not the restocking fee.",
    "We refund the goods, not the shipping for the return.",
    "Refunds are made to your card, not the shipping address.",
    "We refund you in full, not the shipping of exchanges.",
    "Refunds go to the original payment, not the shipping account.",
    "Refunds are issued within 5 days, not the shipping time.",
    "We refund the item price, not shipping insurance.",
])
def test_another_thing_named_by_the_shipping_keeps_no_shipping(text):
    assert "refund.original_shipping" not in placed(page(WINDOW, CONDITION, METHOD, text))


# The shop's refund counted from the return or the goods coming in is the refund's processing; a span whose nearest verb
# is the customer's return, or another act counted from the goods arriving, is not
@pytest.mark.parametrize(("text", "days"), [
    ("Your refund is processed within 5 days from the day the return is delivered to our warehouse.", 5),
    ("We send your refund within 7 days after the parcel has arrived.", 7),
    ("We credit your card within 3 days of receiving the return.", 3),
    ("We pay refunds within 10 days of the items being received.", 10),
])
def test_a_refund_counted_from_the_return_coming_in_is_processing(text, days):
    assert placed(page(WINDOW, CONDITION, METHOD, text))["refund.processing"]["max_days"] == days


@pytest.mark.parametrize("text", [
    "You can return the goods within 14 days after the items are delivered.",
    "Refunds are possible for items sent back within 14 days after the goods are delivered.",
    "We refund any item returned within 14 days of the goods arriving.",
    "We refund items you return within 21 days of receiving the goods.",
    "We refund orders cancelled within 2 days of the order being placed.",
    "Report damage within 3 days of the goods being delivered and we will refund you.",
])
def test_a_span_the_customer_acts_in_is_no_refund_processing(text):
    assert "refund.processing" not in placed(page(WINDOW, CONDITION, METHOD, text))


# The original way refused names no refund way ("We do not refund to the original payment method"); a refusal of
# something else beside the way, the conditions for a refund, and a choice of the shop's that is not among outcomes
# ("We will choose the best courier") leave the way read
@pytest.mark.parametrize(("text", "method"), [
    ("We do not refund to the original payment method; all refunds are given as store credit.", "STORE_CREDIT"),
    ("Refunds are given as store merchandise credit.", "STORE_CREDIT"),
    ("We do not charge a fee; refunds go back to the original payment method.", "ORIGINAL_PAYMENT"),
    ("Refunds are never delayed and always go back to your original payment method.", "ORIGINAL_PAYMENT"),
    ("We don't keep any of your money: refunds are paid back to your card.", "ORIGINAL_PAYMENT"),
    ("We cannot refund shipping, but the item price is refunded to the original payment method.", "ORIGINAL_PAYMENT"),
    ("We do not issue cash refunds; refunds are credited back to the card you paid with.", "ORIGINAL_PAYMENT"),
    ("To qualify for a refund, items must be unused. Refunds are made to your original payment method.", "ORIGINAL_PAYMENT"),
    ("Refunds are made to the original payment method once the conditions for a refund are met.", "ORIGINAL_PAYMENT"),
    ("Once your refund has been processed, it goes back to the original payment method.", "ORIGINAL_PAYMENT"),
    ("We will choose the best courier; refunds go to the original payment method.", "ORIGINAL_PAYMENT"),
    ("Refunds are never delayed and are sent to your original payment method.", "ORIGINAL_PAYMENT"),
    ("We do not hold refunds back; they are sent to your original payment method.", "ORIGINAL_PAYMENT"),
    ("We never charge a fee and refunds are issued to the original payment method.", "ORIGINAL_PAYMENT"),
])
def test_the_refund_way_beside_another_refusal_or_choice_is_read(text, method):
    assert placed(page(WINDOW, CONDITION, text)).get("refund.method") == method


@pytest.mark.parametrize("text", [
    "We never refund your card; refunds are issued as a gift card.",
    "We do not refund to the original payment method.",
    "Once the 30 days have passed, we can only offer store credit.",
    "Once we have confirmed the fault, we will choose to offer you a refund or store credit.",
    "We decide whether an item qualifies; approved refunds go back to your card.",
    "These conditions must be met for a refund: the item is unused and in its box.",
])
def test_a_refused_way_a_later_tier_or_the_shops_pick_names_no_way(text):
    assert placed(page(WINDOW, CONDITION, text)).get("refund.method") != "ORIGINAL_PAYMENT"


# A line led by one region's people, orders or period ("EU customers have a 14-day cooling-off period") is that region's;
# a line that names the region for another thing (the shop's team, where goods are made, the region among others) is not
@pytest.mark.parametrize("text", [
    "UK customers may return items within 14 days.",
    "EU customers have a 14-day cooling-off period.",
    "Orders shipped to the UK can be returned within 14 days.",
    "UK: returns are accepted within 14 days.",
    "UK law gives you 14 days to cancel. EU orders may be returned within 21 days.",
])
def test_one_regions_window_is_not_every_returns(text):
    assert placed(page(CONDITION, METHOD, text)).get("returns.window.days") not in (14, 21)


@pytest.mark.parametrize("text", [
    "UK, EU and US customers can return items within 30 days.",
    "The UK team accepts returns within 30 days.",
    "We are a UK company. You can return any item within 30 days.",
])
def test_a_region_named_for_another_thing_leaves_the_window(text):
    assert placed(page(CONDITION, METHOD, text)).get("returns.window.days") == 30


# Shipping kept in the cases past a fault named first ("We pay shipping for defective items; otherwise shipping costs are
# not refunded") is kept unless the shop is at fault; "in any other case" with no fault before, or after another case
# (abroad, sale items), is not the fault's
@pytest.mark.parametrize("text", [
    "We pay shipping for defective items; otherwise shipping costs are not refunded.",
    "If your item is defective we cover all shipping, otherwise original shipping charges are non-refundable.",
    "Defective items are replaced free of charge. In all other cases, shipping costs are not refunded.",
])
def test_shipping_kept_in_the_cases_past_a_fault_is_kept_unless_at_fault(text):
    assert placed(page(WINDOW, CONDITION, METHOD, text)).get("refund.original_shipping") == "MERCHANT_AT_FAULT"


@pytest.mark.parametrize("text", [
    "Shipping is not refunded unless you live abroad; otherwise shipping costs are not refunded.",
    "For sale items, shipping is not refunded; in other cases we refund it.",
    "Original shipping is not refunded in any other case.",
])
def test_shipping_kept_past_another_case_is_not_the_faults(text):
    assert placed(page(WINDOW, CONDITION, METHOD, text)).get("refund.original_shipping") != "MERCHANT_AT_FAULT"


# A window for goods unwanted or faulty alike is every return's, in the customer's own contractions too ("If you're
# unhappy with your purchase or if it's faulty"); a deadline to report a fault or a lost parcel is no return window
@pytest.mark.parametrize(("text", "days"), [
    ("If you're unhappy with your purchase or if it's faulty, send it back within 21 days.", 21),
    ("If you are not satisfied, or your item is defective, you may return it within 30 days.", 30),
    ("If you aren't happy with your order, or it arrived damaged, return it within 14 days of delivery.", 14),
    ("Please submit a return request no later than 30 days after delivery.", 30),
    ("Send us a refund request within 20 days of receiving the goods.", 20),
])
def test_a_window_for_unwanted_or_faulty_goods_is_every_returns(text, days):
    assert placed(page(CONDITION, METHOD, text)).get("returns.window.days") == days


@pytest.mark.parametrize("text", [
    "If you are not satisfied with our service, or your parcel was damaged in transit, report it within 2 days.",
    "If the item is damaged or defective, send us a return request within 3 days of delivery.",
    "If the product doesn't satisfy you, we are sorry. Defective items must be reported within 7 days.",
    "Submit a cancellation request no later than 2 days after ordering.",
    "Please submit a warranty request within 12 months of purchase.",
    "If the parcel has not arrived yet, tell us within 14 days of dispatch.",
])
def test_a_deadline_for_a_fault_or_a_parcel_is_no_return_window(text):
    assert "returns.window.days" not in placed(page(CONDITION, METHOD, text))


# Exchanges: one done as a return and a new order of the customer's own is none; a paragraph opening on returns taken for
# faults only makes its exchanges the faults', unless the exchange names every item; one refused in a case of the item
# is that case's
@pytest.mark.parametrize(("text", "exchange"), [
    ("To exchange an item, simply return it for a refund and place a new order.", "NEVER"),
    ("To swap a product, send it back to us and then make a new order for the size you need.", "NEVER"),
    ("To exchange an item, return it to us and we will send the new size; or return it and place a new order.", "ALWAYS"),
    ("To exchange an item, contact us and we will send a replacement.", "ALWAYS"),
    ("To exchange an item, return it and place a new order, or ask us and we will swap it for you.", "ALWAYS"),
    ("To swap an item, return it and place a new order for the size or colour you want.", "NEVER"),
    ("To exchange it, return it with a note; we will ship the new item, so there is no need to place a new order.", "ALWAYS"),
    ("We exchange items free of charge. To return an item, send it back and place a new order if you want another.", "ALWAYS"),
    ("We only take back goods that arrive damaged. We exchange them for a new one.", "MERCHANT_AT_FAULT"),
    ("Returns are only accepted for defective products. Defective products can be exchanged.", "MERCHANT_AT_FAULT"),
    ("We only refund faulty goods. We are happy to exchange any item for another size.", "ALWAYS"),
    ("We accept returns for any reason. Exchanges are welcome.", "ALWAYS"),
    ("We do not offer exchanges.", "NEVER"),
    ("If the seal is opened, we cannot offer an exchange.", None),
    ("If an item has been worn, exchanges are not possible.", None),
])
def test_the_exchanges_a_paragraph_offers(text, exchange):
    assert placed(page(WINDOW, CONDITION, METHOD + "\n\n" + text)).get("resolutions.exchange") == exchange


# The return's postage kept from the refund ("less the cost of return shipping", "minus the cost of shipping the item
# back") names the customer as payer; "less the price of shipping" alone does not say which shipping
@pytest.mark.parametrize("text", [
    "We refund the item, less the cost of return shipping.",
    "You get a full refund minus the cost of shipping the item back to us.",
    "We refund the purchase price less the cost of returning it.",
    "We refund the item less the price of shipping them back.",
])
def test_the_returns_postage_kept_from_the_refund_is_the_customers(text):
    assert placed(page(WINDOW, CONDITION, METHOD, text)).get("shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text", [
    "We refund the item in full, less the price of shipping.",
    "The warranty covers shipping both ways for faulty goods.",
    "Our warranty covers shipping costs for claims.",
    "Return shipping is free within the UK only.",
    "Returns are free for customers in Canada only.",
])
def test_a_shipping_of_no_return_or_one_country_names_no_payer(text):
    assert "shipping.default.payer" not in placed(page(WINDOW, CONDITION, METHOD, text))


# The conditions for a refund name no refund way when nothing stands beside them; a part of the sentence after them that
# says where the money goes is read
@pytest.mark.parametrize("text", [
    "The same rules apply for every refund: the money goes back to the card you paid with.",
    "To qualify for a refund, return the item unused; the refund then goes to your original payment method.",
    "Our usual terms apply for all refunds, which go back to the original payment method.",
])
def test_the_way_beside_the_conditions_for_a_refund_is_read(text):
    assert placed(page(WINDOW, CONDITION, text)).get("refund.method") == "ORIGINAL_PAYMENT"


@pytest.mark.parametrize("text", [
    "These conditions must be met for a refund or a store credit.",
    "To qualify for a refund or store credit, items must be unused.",
])
def test_the_conditions_alone_name_no_refund_way(text):
    assert "refund.method" not in placed(page(WINDOW, CONDITION, text))


# A shelf life counted in days ("close to expiring within 120 days", "with 90 days left before it expires") is no refund
# time; a refund time beside the credit's own expiry is read
@pytest.mark.parametrize(("text", "days"), [
    ("We process refunds within 5 days and store credit expires after one year.", 5),
    ("Refunds are processed within 7 days of receipt, before any voucher expiry date.", 7),
    ("Refunds are issued within 10 days, with no expiry on store credit.", 10),
])
def test_a_refund_time_beside_an_expiry_is_read(text, days):
    assert placed(page(WINDOW, CONDITION, METHOD, text))["refund.processing"]["max_days"] == days


@pytest.mark.parametrize("text", [
    "Refunds: products that arrive close to expiring (within 90 days) can be refunded.",
    "Refunds: every product reaches you with 120 to 365 days left before it expires.",
    "Refunds: goods received within 60 days of their best-before date can be refunded.",
])
def test_a_shelf_life_beside_refunds_is_no_refund_time(text):
    assert "refund.processing" not in placed(page(WINDOW, CONDITION, METHOD, text))


# One country's terms ("Returns are free; UK only") are that country's; the one country the shop sells to at all ("we
# ship to the UK only") is every order's, so the rule beside it is every return's
@pytest.mark.parametrize(("text", "path", "value"), [
    ("Return postage is paid by the customer, as we deliver to UK addresses only.", "shipping.default.payer", "CUSTOMER"),
    ("You pay return shipping; we sell to Australia only.", "shipping.default.payer", "CUSTOMER"),
    ("Return shipping is at your cost (we currently ship to the USA only).", "shipping.default.payer", "CUSTOMER"),
    ("We ship to Canada only and accept returns within 30 days.", "returns.window.days", 30),
    ("Returns are accepted within 30 days (we ship to the UK only).", "returns.window.days", 30),
])
def test_the_one_country_a_shop_sells_to_is_every_orders(text, path, value):
    assert placed(page(CONDITION, METHOD, text)).get(path) == value


@pytest.mark.parametrize("text", [
    "Returns are free; UK only.",
    "Free returns for UK orders only.",
    "Return shipping is free within the UK only.",
])
def test_free_returns_in_one_country_name_no_payer(text):
    assert "shipping.default.payer" not in placed(page(WINDOW, CONDITION, METHOD, text))


# Goods shipped into a region are that region's orders; a return sent back to the shop in that region is every return's
@pytest.mark.parametrize(("text", "expected"), [
    ("Returns must be sent to the UK address below within 30 days of delivery.", {"returns.window.days": 30}),
    ("You have 30 days to return items, which must be sent to the UK at your own cost.",
     {"returns.window.days": 30, "shipping.default.payer": "CUSTOMER"}),
    ("All returns are sent to the EU warehouse; you have 30 days to return an item.", {"returns.window.days": 30}),
    ("If the goods are shipped into the European Union, you may return your order within 14 days.", {"returns.window.days": None}),
    ("For goods delivered to the UK, you may return your order within 14 days of delivery.", {"returns.window.days": None}),
])
def test_a_return_sent_to_the_region_is_every_returns(text, expected):
    drafted = placed(page(CONDITION, METHOD, text))
    assert {path: drafted.get(path) for path in expected} == expected


# Guards on the session's other new readings, read right before this review: a restocking fee of some goods (an example,
# goods that carry it, goods in a state) and every return's fee; the window's start in the original purchase's words,
# goods sent or coming back within a limit, a request for a return made by a limit; a parcel that never came
@pytest.mark.parametrize(("text", "percent"), [
    ("For example, electronics carry a 15% restocking fee.", None),
    ("Special-order items are subject to a 20% restocking fee.", None),
    ("Opened items carry a 25% restocking fee.", None),
    ("All returns carry a 15% restocking fee.", "15"),
    ("Returned items are subject to a 15% restocking fee.", "15"),
    ("Every return incurs a 10% restocking fee.", "10"),
    ("Returned goods attract a 10% restocking fee.", "10"),
    ("A 15% restocking fee applies to all returns, e.g. $15 on a $100 item.", "15"),
    ("All returns incur a 15% restocking fee. For example, on a $200 order we deduct $30.", "15"),
])
def test_a_restocking_fee_of_some_goods_or_of_every_return(text, percent):
    assert placed(page(WINDOW, CONDITION, METHOD, text)).get("fees.restocking_percent") == percent


@pytest.mark.parametrize(("text", "days", "starts"), [
    ("Returns are accepted within 60 days from the date of the original purchase.", 60, "PURCHASE"),
    ("Items can be returned within 30 days of the original order date.", 30, "PURCHASE"),
    ("Returns are accepted within 30 days of the original shipment.", 30, "SHIPMENT"),
    ("As long as your order comes back to us no later than 30 days after delivery, we will refund it.", 30, "DELIVERY"),
    ("Make a return request within 14 days of delivery.", 14, "DELIVERY"),
    ("File a return request no later than 10 days after delivery.", 10, "DELIVERY"),
])
def test_a_window_in_other_words(text, days, starts):
    drafted = placed(page(CONDITION, METHOD, text))
    assert (drafted.get("returns.window.days"), drafted.get("returns.window.starts")) == (days, starts)


@pytest.mark.parametrize("text", [
    "Refunds sent back within 10 days go to your card.",
    "Our team comes back to you no later than 2 business days after your email.",
    "Repaired items are sent back within 14 days.",
    "The money comes back to your account within 10 days.",
    "Returns are accepted within 30 days of the original warranty claim.",
])
def test_other_things_sent_or_coming_back_state_no_window(text):
    assert "returns.window.days" not in placed(page(CONDITION, METHOD, text))


@pytest.mark.parametrize(("text", "days"), [
    ("Returns that do not reach us within 30 days of delivery will be refused.", 30),
    ("Items that did not come with tags can be returned within 30 days of delivery.", 30),
    ("If your return has not reached us within 30 days of delivery, we cannot accept it.", 30),
])
def test_goods_that_did_not_arrive_back_are_no_lost_parcel(text, days):
    assert placed(page(CONDITION, METHOD, "You can send items back to us. " + text)).get("returns.window.days") == days
