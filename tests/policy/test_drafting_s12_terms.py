"""Session 12 mend round on the return's terms: the window, the money back and the resolutions, rules only. Each test
names a way shops phrase a rule, in sentences of our own, with near misses that must not be read."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

RETURNS_PARAGRAPH = "You can send items back to us. {} Every return needs an order number."


# A parcel that never came: "marked delivered but never reached you, tell us within 7 days" is a deadline to report a
# lost parcel, no return window, even in a paragraph about returns
@pytest.mark.parametrize("text", [
    "Should a parcel be marked delivered but never reach you, tell us by email within 7 days of the delivery date.",
    "If your package shows as delivered but has not arrived, write to us within 5 days of the delivery date.",
    "When an order never turns up, please tell us within 10 days of the estimated delivery date.",
    "Lost parcels must be reported to us within 14 days of the shipping date.",
    "If the order has not been received, email us within 7 days of the dispatch date.",
])
def test_a_deadline_for_a_parcel_that_never_came_is_no_return_window(text):
    assert "returns.window.days" not in placed(RETURNS_PARAGRAPH.format(text))


@pytest.mark.parametrize("text", [
    "Items in their original condition can be sent within 30 days of delivery.",
    "Returned goods are taken within 14 days of delivery.",
    "Unworn pieces are accepted within 21 days of the delivery date.",
    "Items that were never worn are accepted within 30 days of delivery.",
    "Goods that have not been used are taken back within 30 days of delivery.",
])
def test_the_window_of_a_returns_paragraph_is_still_read(text):
    assert placed(RETURNS_PARAGRAPH.format(text)).get("returns.window.days") is not None


# One region's terms: "European Union 14 day cooling off period" as a line of its own, "if the goods are shipped into the
# European Union, you may return them within 14 days": a region's right, not every customer's window
@pytest.mark.parametrize("text", [
    "European Union 14 day cooling off period",
    "EU 14-day cooling-off period",
    "UK cooling off period of 14 days.",
    "If the goods are shipped into the European Union, you may return your order within 14 days.",
    "For goods delivered to the UK, you may return your order within 14 days of delivery.",
])
def test_a_regions_withdrawal_period_is_not_every_customers_window(text):
    assert "returns.window.days" not in placed(text)


@pytest.mark.parametrize("text", [
    "You have a 14 day cooling off period.",
    "You have the right to cancel this contract within 14 days.",
    "EU law gives you a 14 day cooling off period.",
    "Under UK law you have a 14 day cooling off period.",
    "You may return your order within 14 days of delivery.",
])
def test_every_customers_withdrawal_period_is_still_the_window(text):
    assert placed(text).get("returns.window.days") == 14


# The original way refused: "we do not give refunds to the original payment method" says no way the refund is paid
@pytest.mark.parametrize("text", [
    "Please be aware that we apply this policy strictly: we do not give refunds to the original payment method.",
    "We never refund your credit card.",
    "Refunds cannot be paid back to the original card.",
    "We don't issue refunds to the same payment method.",
    "Money is not credited back to the original payment method.",
])
def test_the_original_way_refused_is_not_the_refund_way(text):
    assert placed(text).get("refund.method") != "ORIGINAL_PAYMENT"


@pytest.mark.parametrize("text", [
    "We refund to the original payment method.",
    "Refunds are not issued until the item arrives, and then go back to the original payment method.",
    "We cannot refund shipping, but the price goes back to your original payment method.",
    "If we do not hear from you, we refund to the original payment method.",
    "Your refund goes back to the card you paid with.",
])
def test_the_original_way_given_is_still_the_refund_way(text):
    assert placed(text).get("refund.method") == "ORIGINAL_PAYMENT"


# What a return must meet to get a refund or credit, the terms once the time for a refund has run out, the shop choosing
# among outcomes: none of them is the customer's choice of how the refund is paid
@pytest.mark.parametrize("text", [
    "When you ask for a return online, these conditions must be met for a refund or a store credit.",
    "The following requirements apply for a refund or store credit.",
    "To qualify for a refund or store credit, items must be unused.",
    "Once that hour has passed we issue no refunds, though we may give store credit.",
    "Once the 30 days are over, we give store credit instead of a refund.",
    "After that period has expired, you may choose store credit or an exchange.",
    "Once we have confirmed the damage, we will choose to offer you a refund or store credit.",
    "We decide whether you receive store credit or a refund.",
])
def test_conditions_later_terms_or_the_shops_pick_are_no_refund_way(text):
    assert "refund.method" not in placed(text)


@pytest.mark.parametrize(("text", "method"), [
    ("You can choose store credit or a refund.", "CUSTOMER_CHOICE"),
    ("We refund the price in the same form the order was paid, or as store merchandise credit if you would rather have that.", "CUSTOMER_CHOICE"),
    ("Refunds go to the original payment method, or as merchandise credit if you prefer.", "CUSTOMER_CHOICE"),
    ("Refunds are only issued as store credit.", "STORE_CREDIT"),
    ("Once your return arrives we refund it to the original payment method.", "ORIGINAL_PAYMENT"),
    ("Pick a refund or store credit, whichever suits you.", "CUSTOMER_CHOICE"),
])
def test_the_refund_way_still_read(text, method):
    assert placed(text).get("refund.method") == method


# The order's shipping kept "in any other case" after a fault named first: kept unless the shop is at fault
@pytest.mark.parametrize("text", [
    "We replace any defective item or wrong shipment without charging you for shipping; in any other case shipping costs are not refunded.",
    "We send a new one free of charge if the item arrived damaged; in all other cases the original shipping charges are not refunded.",
    "Defective goods are replaced at our cost; otherwise, shipping costs are non-refundable.",
    "Wrong items are exchanged at no charge to you; in every other case delivery charges are not refunded.",
    "If we made a mistake, we pay the postage; in other cases shipping fees are not refunded.",
])
def test_shipping_kept_in_every_other_case_than_a_fault_is_kept_unless_at_fault(text):
    assert placed(text).get("refund.original_shipping") == "MERCHANT_AT_FAULT"


@pytest.mark.parametrize("text", [
    "We refund the item price; in any other case shipping costs are not refunded.",
    "Shipping is not refunded; otherwise we refund the full price.",
    "Original shipping charges are not refunded.",
    "We do not refund shipping, even if the item is defective.",
    "Shipping costs are not refunded in any other case.",
])
def test_shipping_kept_with_no_fault_before_is_never_refunded(text):
    assert placed(text).get("refund.original_shipping") in ("NEVER", None)


# The goods' shelf life under a heading about refunds: "close to expiring (within 120 days)", "with 120 to 365 days
# left before it expires" count the days to a date on the jar, no refund's time
@pytest.mark.parametrize("text", [
    "The products I received are expired or close to expiring (within 120 days).",
    "Every product should reach you with 120 to 365 days left before it expires.",
    "Goods received within 60 days of their best-before date can be refunded.",
    "We refund anything that arrives with less than 90 days of shelf life.",
    "Items delivered within 30 days of their use-by date are refunded.",
])
def test_a_shelf_life_is_no_refund_time(text):
    drafted = placed("Refunds\n" + text)
    assert "refund.processing" not in drafted and "refund.typical_arrival" not in drafted


@pytest.mark.parametrize(("text", "kind"), [
    ("Refunds are processed within 5 business days; store credit expires after a year.", "refund.processing"),
    ("Once your return reaches us, we issue the refund within 3 days.", "refund.processing"),
    ("Refunds are processed within 7 days, even for items close to their best-before date.", "refund.processing"),
    ("Your refund should show on your statement within 5 to 10 days.", "refund.typical_arrival"),
    ("Expect the money back with you within a week.", "refund.typical_arrival"),
])
def test_a_refund_time_beside_an_expiry_is_still_read(text, kind):
    assert kind in placed("Refunds\n" + text)


# A parcel's tracking in a paragraph that names a refund: "a new tracking number can show no scans for 24-72 hours"
# is the parcel on its way, not the money showing on the customer's account
@pytest.mark.parametrize("text", [
    "A new tracking number can show no scans for 24-72 hours after we hand the parcel over; that is normal.",
    "Tracking may not show any movement for up to 2 days.",
    "Your parcel may not be scanned for 48 hours after dispatch.",
    "Tracking details can take 3 days to show on the carrier's website.",
    "It can take 24 hours before tracking shows your parcel.",
])
def test_a_parcels_tracking_is_no_refund_time(text):
    drafted = placed(f"{text} If the parcel is lost, we will send it again or refund you.")
    assert "refund.typical_arrival" not in drafted and "refund.additional_delay" not in drafted


@pytest.mark.parametrize("text", [
    "Your bank may take 5 days before the refund shows on your statement.",
    "Refunds can take 3-5 days to show on your card.",
    "The refund will appear on your statement within 10 days.",
    "Please allow 5 business days for the refund to show in your account.",
    "It may take a week for the money to reflect in your bank account.",
])
def test_the_banks_time_for_a_refund_is_still_read(text):
    drafted = placed(f"{text} We refund every accepted return.")
    assert {"refund.typical_arrival", "refund.additional_delay", "refund.processing"} & set(drafted)


# An exchange done as a return and a new order of the customer's own: "To swap an item, return it for a refund and then
# place a new order" offers no exchange of the shop's (as "exchanges are treated as returns")
@pytest.mark.parametrize("text", [
    "To swap an item, return it for a refund and then place a new order for the product you want.",
    "To exchange something, just send it back and place a new order.",
    "To exchange an item, return it and make a separate purchase.",
    "To swap it, please return it and place a fresh order for the size you need.",
    "To exchange an item, send it back to us, then place a new order online.",
])
def test_an_exchange_made_as_a_return_and_a_new_order_is_no_exchange(text):
    assert placed(text).get("resolutions.exchange") == "NEVER"


@pytest.mark.parametrize("text", [
    "To exchange something bought online, do it in store, or mail back your online return and then place a new order.",
    "To exchange an item, contact us and we will send a replacement.",
    "To exchange an item, return it with the form and tell us which size you want.",
    "To exchange an item, return it and we will ship the new size.",
    "To exchange something, return it and mark the size you want on the slip.",
])
def test_an_exchange_the_shop_makes_is_still_offered(text):
    assert placed(text).get("resolutions.exchange") == "ALWAYS"


# The exchanges of a paragraph that opens on returns taken for faults only are the faults' exchanges
@pytest.mark.parametrize("opening", [
    "We only take back cosmetics when the goods are damaged or incorrect.",
    "Returns are only accepted when the item arrives damaged.",
    "We only accept returns of defective products.",
    "Refunds are only given if the item is faulty.",
    "We only take back items that arrive broken or wrong.",
])
def test_exchanges_under_an_opening_restricting_returns_to_faults_are_the_faults(opening):
    text = f"{opening} When an item reaches us we look at it. Most of the time we exchange the product without any questions."
    assert placed(text).get("resolutions.exchange") == "MERCHANT_AT_FAULT"


@pytest.mark.parametrize("opening", [
    "We take back anything unused within 30 days.",
    "Returns are accepted within 30 days of delivery.",
    "We accept returns of any item in its original packaging.",
    "Only unworn items can be returned.",
    "We only accept returns with a receipt.",
])
def test_exchanges_under_an_opening_for_every_return_are_every_returns(opening):
    text = f"{opening} When an item reaches us we look at it. Most of the time we exchange the product without any questions."
    assert placed(text).get("resolutions.exchange") == "ALWAYS"


# Exchanges refused in a case of the item ("If the inner seal has stuck to the lid, ...") are refused in that case only
@pytest.mark.parametrize("text", [
    "If the inner seal has stuck to the lid, but the product is still safe to use, we are unable to accept a return or an exchange.",
    "If the item has been worn, we cannot offer an exchange.",
    "If the packaging has been opened, we do not accept exchanges.",
    "When the tag is removed, we do not offer exchanges.",
    "If the box was thrown away, we cannot accept a return or an exchange.",
])
def test_exchanges_refused_in_a_case_of_the_item_are_not_refused_for_every_return(text):
    assert placed(text).get("resolutions.exchange") != "NEVER"


@pytest.mark.parametrize("text", [
    "We do not offer exchanges.",
    "We cannot accept exchanges.",
    "Exchanges are not available.",
    "If you change your mind, we cannot offer an exchange.",
    "We don't swap items directly.",
])
def test_exchanges_refused_for_every_return_are_never(text):
    assert placed(text).get("resolutions.exchange") == "NEVER"


# Shipping under a warranty: "No factory warranty covers shipping costs; the customer pays them" is a warranty claim's
# carriage, not who pays to send a return back
@pytest.mark.parametrize("text", [
    "No factory warranty covers shipping costs; the customer pays them.",
    "The warranty does not cover shipping; you pay it.",
    "Our warranty covers the shipping costs both ways.",
    "A manufacturer's warranty pays for postage only in the first month; after that, you pay it.",
    "The warranty includes shipping, which we pay.",
])
def test_who_pays_under_a_warranty_is_not_who_pays_for_a_return(text):
    assert "shipping.default.payer" not in placed(text)


@pytest.mark.parametrize(("text", "payer"), [
    ("Return shipping costs are paid by the customer.", "CUSTOMER"),
    ("We refund the price, less the cost of shipping it back to us.", "CUSTOMER"),
    ("We refund the price, less the cost of getting the parcel back to us.", "CUSTOMER"),
    ("You pay for return shipping.", "CUSTOMER"),
    ("Returns are free.", "MERCHANT"),
])
def test_who_pays_for_a_return_is_still_read(text, payer):
    assert placed(text).get("shipping.default.payer") == payer


# "refunded in full, less the price of shipping": which shipping, the order's or the return's, the sentence does not say
@pytest.mark.parametrize("text", [
    "When a return is accepted, the items are refunded in full, less the price of shipping.",
    "We refund the price, less the cost of shipping.",
    "You get your money back, minus the cost of shipping.",
    "Refunds are made in full, less the price of shipping, within 10 days.",
    "Your refund is the price you paid less the cost of shipping.",
])
def test_the_cost_of_shipping_kept_from_a_refund_names_no_return_payer(text):
    assert "shipping.default.payer" not in placed(text)


# One country's terms: "returns are free for you, Australia only", "for orders within the UK only"
@pytest.mark.parametrize("text", [
    "Please be aware that free return shipping is for orders within Australia only.",
    "Free returns apply to UK orders only.",
    "We pay the return postage for orders within the United States only.",
    "Return labels are free, Canada only.",
    "Free return shipping is for New Zealand addresses only.",
])
def test_free_returns_in_one_country_only_are_not_every_returns(text):
    assert "shipping.default.payer" not in placed(text)


@pytest.mark.parametrize("text", [
    "Return shipping is free for every order.",
    "We pay the return postage on all returns.",
    "Returns are free, no matter where you live.",
    "We only ship within Australia, and returns are free.",
    "Free returns on all orders.",
])
def test_free_returns_for_every_order_are_still_the_shops(text):
    assert placed(text).get("shipping.default.payer") == "MERCHANT"


# A fee of some goods: one given as an example ("For instance, IQAir products carry a 20% restocking fee"), goods named as
# what carries it, or under a heading naming goods in a state ("Gently Used Paddles")
@pytest.mark.parametrize("text", [
    "For instance, IQAir products carry a 20% restocking fee, and Austin Air adds $25 as its restocking fee.",
    "For example, a 15% restocking fee applies to returned mattresses.",
    "IQAir purifiers carry a 20% restocking fee.",
    "Gently Used Paddles\n- Gently used paddles can come back too, within 30 days of purchase.\n- We deduct a 10% repackaging fee from your refund to cover restocking.",
    "Open-Box Items\nWe charge a 15% restocking fee on these.",
    "Refurbished Units\nA 10% restocking fee is deducted from the refund.",
])
def test_a_fee_of_some_goods_is_not_every_returns(text):
    assert "fees.restocking_percent" not in placed(text)


@pytest.mark.parametrize(("text", "percent"), [
    ("All returns carry a 15% restocking fee.", "15"),
    ("Returned items carry a 15% restocking fee.", "15"),
    ("Every return is subject to a 10% restocking fee.", "10"),
    ("Returns\n- We deduct a 10% repackaging fee from your refund to cover restocking.", "10"),
    ("Returns and Exchanges\nA 20% restocking fee is deducted from every refund.", "20"),
])
def test_a_fee_of_every_return_is_still_read(text, percent):
    assert placed(text).get("fees.restocking_percent") == percent


# What is bought over the counter: "In Shop Order Policy", "in-shop sales", "in-store returns" name some orders only
@pytest.mark.parametrize("text", [
    "In Shop Order Policy\nIf it disappoints you, bring your order back to the shop where you bought it within 24 hours of purchase, and we'll replace it.",
    "In-Shop Orders\nItems can be returned within 7 days of purchase.",
    "In-shop sales can be refunded within 7 days of purchase.",
    "In-store returns are accepted within 14 days of purchase.",
    "In Store Order Policy\nYou may return items within 14 days of purchase.",
])
def test_a_window_for_orders_bought_in_the_shop_is_not_every_returns(text):
    assert "returns.window.days" not in placed(text)


@pytest.mark.parametrize("text", [
    "Returns\nItems can be returned within 14 days of purchase.",
    "You can return online orders in store or by post within 30 days of delivery.",
    "Online Order Policy\nYou may return items within 14 days of delivery.",
    "Shop Policy\nYou may return items within 14 days of delivery.",
    "Returns can be made in our shop or by post within 30 days of delivery.",
])
def test_a_window_for_every_order_is_still_read(text):
    assert placed(text).get("returns.window.days") is not None


# The refunds of one way of paying: "For payments made through a payment gateway, ..." are those orders' terms
@pytest.mark.parametrize("text", [
    "For payments made through a payment gateway, the price plus any shipping charge is paid back, minus the gateway's fee.",
    "Payments made through the payment gateway are refunded along with the delivery charges.",
    "For payments made by bank transfer, we refund the price and the shipping costs.",
    "Payments made via PayPal are refunded with the original shipping charges.",
    "Payments through a payment gateway are refunded to the original card.",
])
def test_the_refund_of_one_way_of_paying_is_not_every_refunds(text):
    drafted = placed(text)
    assert "refund.original_shipping" not in drafted and "refund.method" not in drafted


@pytest.mark.parametrize(("text", "path"), [
    ("We refund the original shipping charges as well.", "refund.original_shipping"),
    ("Refunds go back to the original payment method.", "refund.method"),
    ("Original shipping charges are refunded too.", "refund.original_shipping"),
    ("We refund the original payment method, whichever gateway you paid through.", "refund.method"),
    ("We refund both the item price and the shipping charges.", "refund.original_shipping"),
])
def test_the_refund_of_every_order_is_still_read(text, path):
    assert path in placed(text)


# The window counted from "the date of the original purchase", "the day of the original delivery": the original event
# named after its date
@pytest.mark.parametrize(("text", "starts"), [
    ("Send items back within 30 days of the date of the original purchase.", "PURCHASE"),
    ("Return items within 14 days of the date of the original order.", "PURCHASE"),
    ("Send items back within 30 days of the day of the original delivery.", "DELIVERY"),
    ("Items may be returned within 21 days from the date of the original purchase.", "PURCHASE"),
    ("You can return it within 30 days of the date of the original order.", "PURCHASE"),
])
def test_a_window_from_the_date_of_the_original_event(text, starts):
    assert placed(text).get("returns.window.starts") == starts


@pytest.mark.parametrize("text", [
    "Return items within 14 days of the date of the return request.",
    "Return items within 14 days of the date of the original invoice email.",
    "Send it back within 30 days of the date of the original repair.",
    "Return the part within 30 days of the date of the original quote.",
    "Return items within 14 days of the date of our reply.",
])
def test_a_window_from_the_date_of_another_event_has_no_start(text):
    assert placed(text).get("returns.window.starts") not in ("PURCHASE", "DELIVERY")


# The goods coming back in a state, or "no later than" the limit: "Merchandise sent back unused within 30 days of
# delivery is refunded", "comes back to us no later than 30 days after you ordered it"
@pytest.mark.parametrize(("text", "days"), [
    ("Merchandise sent back unused within 30 days of delivery is refunded to the person who bought it.", 30),
    ("For any unopened merchandise that comes back to us no later than 30 days after you ordered it, we are happy to refund the purchase price.", 30),
    ("Goods sent back unworn within 14 days of delivery are refunded.", 14),
    ("When merchandise comes back unused within 30 days of delivery, we refund the purchase price.", 30),
    ("Anything sent back no later than 21 days after delivery gets a full refund.", 21),
])
def test_goods_coming_back_in_a_state_or_no_later_than_a_limit_give_the_window(text, days):
    assert placed(text).get("returns.window.days") == days


@pytest.mark.parametrize("text", [
    "Refunds are sent back within 5 days of receiving your return.",
    "Money sent back within 5 days of approval shows on your card later.",
    "Your refund comes back to your card within 10 days.",
    "Payments sent back within 3 days of our check are final.",
    "Replacements are sent back to you within 7 days of the claim.",
])
def test_money_or_the_shops_goods_sent_back_give_no_window(text):
    assert "returns.window.days" not in placed(text)


# The goods unwanted or faulty: "If the board doesn't satisfy you, or the item is defective or damaged, send us a refund
# request within 14 days" is every return's window (the unwanted and the faulty alike)
@pytest.mark.parametrize(("text", "days"), [
    ("If your skateboard or accessories don't satisfy you, or the item you received is defective or damaged, please send us a refund request no later than 14 days after you receive it.", 14),
    ("If you are not satisfied, or your item is faulty, return it within 30 days of delivery.", 30),
    ("If it doesn't satisfy you, or it is damaged, return it within 30 days of delivery.", 30),
    ("If you are unhappy with it, or the item is defective, send it back within 30 days of delivery.", 30),
    ("Please send us a return request within 30 days of delivery.", 30),
])
def test_a_window_for_the_unwanted_and_the_faulty_is_every_returns(text, days):
    assert placed(text).get("returns.window.days") == days


@pytest.mark.parametrize("text", [
    "If the item is defective, send us a refund request within 14 days of delivery.",
    "If your item is defective or damaged, send us a request within 14 days of delivery.",
    "If you are not happy with the quality, or it arrived damaged, tell us within 7 days of delivery.",
    "If the item arrived damaged, return it within 30 days of delivery.",
    "If the item is faulty, or parts are missing, return it within 14 days of delivery.",
])
def test_a_window_for_the_faulty_only_is_not_every_returns(text):
    assert "returns.window.days" not in placed(text)


# The order's shipping left out of the refund after a comma ("We refund only the goods, not the original shipping fee"),
# or named as paid on the original order; kept unless the shop is at fault where the sentence excepts a fault
@pytest.mark.parametrize(("text", "value"), [
    ("What Is Refunded: We refund only the cost of the goods, not the original shipping fee, unless you are returning a defective product or a wrong delivery.", "MERCHANT_AT_FAULT"),
    ("The shipping paid on the original order is not refunded, except where a verified defect is the reason for the return.", "MERCHANT_AT_FAULT"),
    ("We refund the goods, not the shipping.", "NEVER"),
    ("We refund the item price, not the original delivery charge.", "NEVER"),
    ("The shipping paid on the original order is not refunded.", "NEVER"),
])
def test_the_orders_shipping_left_out_of_the_refund(text, value):
    assert placed(text).get("refund.original_shipping") == value


@pytest.mark.parametrize("text", [
    "We refund the item price, not the return postage.",
    "We refund the goods, not the shipping for returns.",
    "Refunds go to your card, not to a gift card.",
    "We refund the price, not store credit.",
    "The shipping paid on the return is not refunded.",
])
def test_other_things_left_out_of_the_refund_are_not_the_orders_shipping(text):
    assert placed(text).get("refund.original_shipping") is None


# The refund's time counted from the return reaching the shop: "3 weeks from the day the return is delivered", or the
# shop's act on the refund "2-3 days after the item has arrived", "within 3 days of receiving the goods"
@pytest.mark.parametrize(("text", "longest"), [
    ("Please allow up to 3 weeks from the day the return is delivered for your refund to be applied.", 21),
    ("We usually issue the refund 2-3 business days after the item has arrived.", 3),
    ("We process refunds within 3 business days of receiving the goods and pay them by the method of the original payment.", 3),
    ("We send the refund within 5 days of receiving your return.", 5),
    ("Allow 10 days after your return has arrived for the refund to be processed.", 10),
])
def test_a_refund_time_counted_from_the_return_reaching_the_shop(text, longest):
    assert placed(text).get("refund.processing", {}).get("max_days") == longest


@pytest.mark.parametrize("text", [
    "Refunds are available if you return the item within 14 days after the item arrived.",
    "You can return items for a refund within 30 days of receiving the goods.",
    "We refund items sent back within 30 days after the item has arrived.",
    "Items must be sent back within 14 days of receiving the goods to be refunded.",
    "Ask for a refund within 7 days after the parcel has arrived.",
])
def test_a_return_window_counted_from_the_goods_arriving_is_no_refund_time(text):
    assert "refund.processing" not in placed(text)


# A deadline counted from no event, in the step after the shop approves the request ("If we approve your request, we send
# you a return ID." then "post the item within 7 days"): the ship-by deadline after approval, no return window
@pytest.mark.parametrize("text", [
    "If we approve your request, we send you the address and a return ID. Sending it back: post the item within 7 days.",
    "If your return is authorised, you get a return number. Post the item within 10 days.",
    "Our team approves the request and emails a return label. Please send the goods within 7 days.",
    "If we approve your request, we send you a return ID. Send the item back within 5 days.",
    "After we reply with the RMA, mail the item within 14 days.",
])
def test_an_unanchored_deadline_after_the_approval_is_no_return_window(text):
    assert "returns.window.days" not in placed(text)


@pytest.mark.parametrize(("text", "days"), [
    ("Returns are accepted. Sending it back: post the item within 7 days.", 7),
    ("Email us first. Return the item within 30 days.", 30),
    ("We approve returns of unused items. Return the item within 30 days of delivery.", 30),
    ("Use the return label in the box. Return the item within 30 days of delivery.", 30),
    ("Our team checks every parcel. Return the item within 30 days.", 30),
])
def test_a_deadline_with_no_approval_before_or_counted_from_delivery_is_the_window(text, days):
    assert placed(text).get("returns.window.days") == days
