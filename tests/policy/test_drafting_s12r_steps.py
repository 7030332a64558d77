"""Session 12 review probe (how a return is asked for and sent, cancelling, the shop's check, the sentences listed as
unplaced): the session's new readings beside near misses of the same words in another sense, for some goods only, the
shop's own doing or a neighbouring setting. Every sentence is written for the test; the rules alone are read."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY

PAGE = ("Returns\n\nWe accept returns within 30 days of delivery. Items must be unused and in their original packaging. "
        "Refunds are issued to the original payment method.\n\n")


def added(sentence: str) -> dict:
    """What the sentence adds to an ordinary returns page."""
    base, drafted = placed(PAGE), placed(PAGE + sentence)
    return {path: value for path, value in drafted.items() if base.get(path) != value}


def listed_why(sentence: str, page: str = PAGE) -> list[str]:
    return [u.why for u in draft_policy(page + sentence, RULES_ONLY).unplaced if sentence[:30] in u.sentence.text]


# --- asking first left to the customer ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "You don't need to contact us before sending your return back.",
    "There's no need to email us first, just post the parcel to our address.",
    "It is not necessary to call us before returning an item.",
])
def test_asking_first_left_to_the_customer(sentence):
    assert added(sentence).get("returns.request_required_before_shipping") is False


@pytest.mark.parametrize("sentence", [
    "You don't have to contact us first if you are returning a gift, but all other returns need a return number.",
    "You don't need to tell us first why you are returning it.",
    "No need to contact us before checking your order status online.",
    "Customers abroad don't need to contact us before sending items back.",
    "You don't need to contact us before the return window closes if the item is faulty.",
])
def test_no_asking_first_for_something_else_or_some_returns_is_not_placed_false(sentence):
    assert added(sentence).get("returns.request_required_before_shipping") is not False


# --- asking first required, in the sending's words ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Please don't send anything back before you have emailed us.",
    "Please do not return any item before you get in touch with us.",
    "Never ship a return before you have spoken to us.",
    "Returns are handled by asking us for a return authorization.",
    "When we have confirmed your request, we will send you the return label.",
])
def test_asking_first_required(sentence):
    assert added(sentence).get("returns.request_required_before_shipping") is True


@pytest.mark.parametrize("sentence", [
    "You need to email us if you decide to return something.",
    "You MUST contact us within 7 days if you intend to return any item to our store.",
])
def test_asking_first_if_you_intend_to_return(sentence):
    assert placed(sentence).get("returns.request_required_before_shipping") is True


@pytest.mark.parametrize("sentence", [
    "You must tell us if you intend to return an item bought with a gift card.",
    "You must call us if you want to send back an item over 20kg.",
    "You must contact us if you wish to return a personalised item.",
])
def test_asking_first_for_some_goods_is_no_rule_for_all(sentence):
    assert added(sentence).get("returns.request_required_before_shipping") is None


@pytest.mark.parametrize("sentence", [
    "Don't open the product before you contact us about a fault.",
    "Don't throw away the packaging before you have contacted us.",
    "When we have confirmed your request, we will refund you within 5 days.",
    "You must email us if you intend to return more than 5 items.",
    "Some items may need a return authorization before you send them.",
    "International customers must contact us before sending a return.",
])
def test_no_asking_first_from_another_step_or_some_returns(sentence):
    assert added(sentence).get("returns.request_required_before_shipping") is None


@pytest.mark.parametrize("sentence", [
    "All returns, from international customers too, need a return authorization number before shipping.",
    "All returns, international ones included, need an RMA number before shipping.",
    "Every return, including those of international customers, needs an RMA number before shipping.",
])
def test_some_customers_named_among_all_still_ask_first(sentence):
    assert added(sentence).get("returns.request_required_before_shipping") is True


# --- the way to ask ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("For any return, call our team or email returns@shop.example.", "EMAIL"),
    ("Write to returns@shop.example and we will email you a return label.", "EMAIL"),
    ("For all returns, please use our returns portal.", "WEBSITE"),
    ("Press the Start a Return button in your order page.", "WEBSITE"),
    ('Tap "Return item" in our app to begin.', "WEBSITE"),
    ("Start your return by clicking the chat bubble in the corner.", "WEBSITE"),
])
def test_the_way_to_ask(sentence, expected):
    assert added(sentence).get("returns.request_via") == expected


@pytest.mark.parametrize("sentence", [
    "To start a return, call us and press 2.",
    "To start a return, phone us and press the star key.",
    "We'll arrange a refund once the product is back with us.",
    "Once you've contacted us, we arrange a refund.",
    "Our chat window is open 9 to 5 for questions.",
    "For all returns, refunds take 5 days.",
    "Sign up to our newsletter and we will email you a discount code.",
])
def test_no_way_to_ask(sentence):
    assert added(sentence).get("returns.request_via") is None


# --- cancelling ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Orders cannot be cancelled unless they have not been shipped yet.",
    "Orders can't be cancelled unless it has not yet shipped.",
    "You may cancel any time before your order's ship date.",
    "Cancellations are accepted before the order's shipping date.",
])
def test_cancelling_until_shipped(sentence):
    assert added(sentence).get("cancellation.until_shipped") is True


@pytest.mark.parametrize("sentence", [
    "Please note that orders cannot be cancelled once they have been placed.",
    "Purchases can't be cancelled after they are submitted.",
    "An order cannot be cancelled once confirmed.",
])
def test_never_cancelled(sentence):
    assert added(sentence).get("cancellation.enabled") is False


@pytest.mark.parametrize("sentence", [
    "Orders cannot be cancelled once placed, except within 1 hour of ordering.",
    "Orders cannot be cancelled once placed unless they have not shipped yet.",
    "Orders cannot be cancelled after they are placed, but please contact us within 2 hours and we will try.",
])
def test_refused_once_placed_with_a_way_out_is_not_never(sentence):
    assert added(sentence).get("cancellation.enabled") is True  # the way out is cancelling (convention 24)


@pytest.mark.parametrize("sentence, enabled", [
    ("Custom orders cannot be cancelled once placed.", None),
    ("Pre-orders cannot be cancelled once they are placed.", None),
    ("Orders over $500 cannot be cancelled after they are confirmed.", None),
    ("Orders cannot be cancelled once they have been shipped.", True),  # until then they can (convention 24)
    ("Orders cannot be cancelled, except for pre-orders, which can be cancelled before they ship.", None),
    ("You can cancel or change an online order by calling us.", None),
])
def test_cancelling_not_refused_for_every_order(sentence, enabled):
    drafted = added(sentence)
    assert drafted.get("cancellation.enabled") is enabled
    assert drafted.get("cancellation.request_via") is None


@pytest.mark.parametrize("sentence,expected", [
    ("You can cancel online orders by calling us.", None),
    ("To cancel online orders, please phone us.", None),
    ("To cancel an online purchase, email us.", "EMAIL"),
    ("You can cancel your order online.", "WEBSITE"),
    ("Orders can be cancelled online from your account.", "WEBSITE"),
    ("To cancel, log in to your account.", "WEBSITE"),
])
def test_an_online_order_is_no_way_to_cancel(sentence, expected):
    assert added(sentence).get("cancellation.request_via") == expected


# --- packing advice -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Please pack your return neatly in a strong box.",
    "Items must be packed properly to avoid damage in transit.",
    "Use a rigid box with plenty of padding.",
    "Send large items in double-walled cartons.",
    "Please use a sturdy box.",
])
def test_packing_advised(sentence):
    assert added(sentence).get("instructions.pack_securely") is True


@pytest.mark.parametrize("sentence", [
    "All our products come in strong boxes.",
    "The item should be returned in its original rigid packaging.",
    "Our rigid boxes are recyclable.",
    "Our strong packaging protects your order on the way to you.",
    "Every order is shipped in sturdy boxes.",
    "Your order was packed neatly by our warehouse team.",
    "We pack every order neatly and with care.",
    "Please fold the garments neatly.",
])
def test_no_packing_advice(sentence):
    assert added(sentence).get("instructions.pack_securely") is None


# --- insurance ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Make sure your parcel is properly insured.",
    "Returns must be sent by insured mail.",
    "The parcel has to be insured for its full value.",
    "Your return must go by an insured service.",
])
def test_insurance_advised(sentence):
    assert added(sentence).get("instructions.insured_shipping_recommended") is True


@pytest.mark.parametrize("sentence", [
    "Our return labels must include insurance, which we pay for.",
    "You must have travel insurance.",
    "Packages must be properly insured by the shop before dispatch.",
    "Send it in the original box, as the carrier's insurance terms require.",
    "Orders over $500 must be shipped insured.",
])
def test_no_insurance_advice(sentence):
    assert added(sentence).get("instructions.insured_shipping_recommended") is None


@pytest.mark.parametrize("sentence,expected", [
    ("For returns we suggest FedEx or UPS, with insurance.", ["FedEx", "UPS"]),
    ("Returns must be sent insured; we recommend DHL or UPS.", ["DHL", "UPS"]),
])
def test_carriers_the_advice_names(sentence, expected):
    assert added(sentence).get("instructions.carrier_examples") == expected


@pytest.mark.parametrize("sentence", [
    "We suggest Monday or Tuesday for tracked drop-offs.",
    "We recommend you keep your receipt.",
])
def test_no_carriers(sentence):
    assert added(sentence).get("instructions.carrier_examples") is None


# --- tracking required ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Every return needs proof of a tracking number.",
    "Returns require a tracking number.",
])
def test_tracking_required(sentence):
    assert added(sentence).get("instructions.tracked_shipping_recommended") is True


@pytest.mark.parametrize("sentence", [
    "Returns require proof of purchase.",
    "The tracking needs updating before we refund.",
])
def test_no_tracking_advice(sentence):
    assert added(sentence).get("instructions.tracked_shipping_recommended") is None


# --- the time to send, counted from the go-ahead --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("You have 2 weeks from the date the authorization is sent to ship the item.", 14),
    ("From the day the label is sent, you have 10 days to get the parcel back to us.", 10),
    ("From the day the RGA # is issued, you have 30 days to send the product back.", 30),
    ("Once your RMA is issued, you have 14 days to send it back.", 14),
    ("When your return label is emailed, you have 10 days to post the parcel.", 10),
])
def test_days_to_send_from_the_go_ahead(sentence, expected):
    assert added(sentence).get("instructions.ship_within_days") == expected


@pytest.mark.parametrize("sentence", [
    "Once your RMA is issued, you have 14 days to send it back.",
    "From the day your RMA is issued, you have 14 days to send it back.",
    "Once your RMA is issued, you have 14 days to send us photos.",
])
def test_days_from_the_go_ahead_are_no_return_window(sentence):
    assert "returns.window.days" not in placed(sentence)  # (alone: on the page it would dispute the page's 30 days)


@pytest.mark.parametrize("sentence,expected", [
    ("Once your order is delivered, you have 14 days to send it back.", 14),
    ("You have 60 days to send it back.", 60),
])
def test_the_return_window_still_reads(sentence, expected):
    assert placed(sentence).get("returns.window.days") == expected  # (alone: the page's own window is 30 days)


@pytest.mark.parametrize("sentence", [
    "From the day the label is sent, you have 30 days to get a refund.",
    "You have 30 days from the date your approval is issued to send us photos.",
    "From the day your RMA is issued, you have 7 days to send us the tracking number.",
    "From the day the return is received, you have 5 days to contact us.",
    "From the day your order is approved, you have 14 days to return it.",
])
def test_no_days_to_send(sentence):
    assert added(sentence).get("instructions.ship_within_days") is None


# --- the return address given in the shop's reply ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Send the item to our returns address (given in your approval email).",
    "Please ship it to the address given in the return instructions.",
    "Post it to the address our customer service team gives you.",
    "The reply email from our team includes the return address.",
    "We will send you instructions on how to ship the item and where.",
])
def test_address_given_in_a_reply(sentence):
    assert added(sentence).get("instructions.address_on_request") is True


@pytest.mark.parametrize("sentence", [
    "Your confirmation email includes your shipping address; please check it.",
    "The order email contains your billing address and your delivery address.",
    "Our address is shown in the footer of every email.",
    "Please check that the delivery address in your order confirmation email is correct.",
    "We will send you instructions on how to care for the product and where to buy refills.",
])
def test_no_address_given_in_a_reply(sentence):
    assert added(sentence).get("instructions.address_on_request") is None


# --- the shop's check -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We inspect all returned items before issuing a refund.",
    "We check all returned items before refunding.",
    "We will examine the items once they arrive.",
])
def test_the_shop_checks_the_goods(sentence):
    assert added(sentence).get("refund.inspection") is True


@pytest.mark.parametrize("sentence", [
    "We check each return request within 2 days.",
    "We look over the request and confirm whether it qualifies.",
    "You must inspect your order on delivery and report any damage.",
    "We will check the form you send and refund once the item arrives.",
])
def test_no_check_of_the_goods(sentence):
    assert added(sentence).get("refund.inspection") is None


# --- proof of purchase ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Returns must include the original invoice or receipt.",
    "A receipt is required for all returns.",
    "Returns need your receipt; an order number alone is not enough.",
])
def test_proof_of_purchase(sentence):
    assert added(sentence).get("requirements.proof_of_purchase") is True


@pytest.mark.parametrize("sentence", [
    "Please include your order number with your return.",
    "Email us your invoice number and the reason for return.",
    "Keep your proof of postage until your refund arrives.",
])
def test_a_number_or_proof_of_sending_is_no_proof_of_purchase(sentence):
    assert added(sentence).get("requirements.proof_of_purchase") is None


# --- steps no setting holds: listed with their reason ----------------------------------------------------------------------

NUMBER_ON_THE_PARCEL = "a number to show on the parcel: no setting holds it"
CUSTOMERS_PACKING = "damage from the customer's packing: no setting holds it"
PROOF_OF_SENDING = "proof that the return was sent, kept: no setting holds it"


@pytest.mark.parametrize("sentence,why", [
    ("Please make sure the RA number is clearly visible on the outside of the box.", NUMBER_ON_THE_PARCEL),
    ("Write your return number on the parcel.", NUMBER_ON_THE_PARCEL),
    ("Include a note with your RMA number inside the box.", NUMBER_ON_THE_PARCEL),
    ("Please include your RMA number in the subject line.", NUMBER_ON_THE_PARCEL),
    ("Keep your proof of postage until your refund arrives.", PROOF_OF_SENDING),
    ("Please get a certificate of posting from the post office.", PROOF_OF_SENDING),
    ("Hold on to the courier receipt in case the parcel goes missing.", PROOF_OF_SENDING),
    ("Damage caused by items being badly packed will not be refunded.", CUSTOMERS_PACKING),
    ("Returns damaged through inadequate packaging will not be refunded.", CUSTOMERS_PACKING),
])
def test_a_step_no_setting_holds_is_listed(sentence, why):
    assert why in listed_why(sentence)


@pytest.mark.parametrize("sentence,why", [
    ("Please put your name in the subject line.", NUMBER_ON_THE_PARCEL),
    ("Your order number is shown on your confirmation email.", NUMBER_ON_THE_PARCEL),
    ("Please quote your order number when you contact us.", NUMBER_ON_THE_PARCEL),
    ("We mark the order number on every box we ship.", NUMBER_ON_THE_PARCEL),
    ("We will show proof of shipping on request.", PROOF_OF_SENDING),
    ("We provide shipping documents with every order.", PROOF_OF_SENDING),
    ("We get shipping receipts emailed from the courier for every order we send.", PROOF_OF_SENDING),
    ("Poor packaging on our part is our responsibility and we will refund you in full.", CUSTOMERS_PACKING),
    ("We are not responsible for damage caused by improper packaging by the courier.", CUSTOMERS_PACKING),
])
def test_not_that_step(sentence, why):
    assert why not in listed_why(sentence)


# --- sentences about returns in other words, under a heading that is not about returns ----------------------------------

ABOUT = PAGE + "About us\n\n"


@pytest.mark.parametrize("sentence", [
    "Holiday gifts get extra time to come back to us.",
    "If your parcel comes back to us undelivered, we will refund the order.",
    "Parcels arriving after the deadline will be turned away.",
    "Orders placed in December have an extended return period over the holidays.",
    "From November to January we allow some extra time, because of festive gift giving.",
])
def test_about_returns_is_listed(sentence):
    assert listed_why(sentence, ABOUT)


@pytest.mark.parametrize("sentence", [
    "We'll bring it back in stock next month.",
    "Our holiday opening hours include extra days in December.",
    "Christmas orders may take longer to arrive.",
    "Payments that arrive late may be rejected.",
    "Our founder came back from Italy with new ideas.",
    "Customers keep coming back to our store.",
    "We bring back our best-selling colours every spring.",
])
def test_not_about_returns_is_not_listed(sentence):
    assert listed_why(sentence, ABOUT) == []
