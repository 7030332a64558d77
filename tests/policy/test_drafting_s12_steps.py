"""Session 12, how a return is asked for and sent, cancelling, and the shop's check: each reading mended beside near
misses of the same shape. Every sentence is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


# --- the site's chat by its widget: "through the chat box in the corner of the screen" ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("To start a return, get in touch with us through the chat box in the corner of the screen.", "WEBSITE"),
    ("To start a return, message us in the chat window on any page.", "WEBSITE"),
    ("To request a return, open the chat widget and tell us your order number.", "WEBSITE"),
    ("To start a return, click the chat bubble at the bottom right and give us your order number.", "WEBSITE"),
    ("To return an item, use the chat button on our site.", "WEBSITE"),
    # not: email, with no chat named
    ("To start a return, email us your order number.", "EMAIL"),
    ("To start a return, contact us with your order number.", "EMAIL"),
    ("To start a return, write to help@shop.example with your order number.", "EMAIL"),
    ("To request a return, send us an email with the box number.", "EMAIL"),
    ("To start a return, email us; we do not offer phone support.", "EMAIL"),
])
def test_chat_box_is_the_website(text, expected):
    assert setting(text, "returns.request_via") == expected


# --- the shop's own doing: "we'll arrange a refund, paid into the account of your card" --------------------------------

@pytest.mark.parametrize("text", [
    "Once your returned product is back with us, we'll arrange a refund, paid into the account of your original payment method.",
    "When the parcel reaches us we will arrange a refund to the account of your card.",
    "We arrange the refund once the item is back, into the account of your original payment method.",
    "After inspection we'll set up a refund into the account of your bank.",
    "We will arrange a refund to your original payment method once the goods are back.",
])
def test_the_shops_refund_is_no_way_to_ask(text):
    assert setting(text, "returns.request_via") is None


@pytest.mark.parametrize("text", [
    "To arrange a return, log in to your account.",
    "Arrange your return through our returns portal.",
    "You can arrange a return on the order page of your account.",
    "To ask for a refund, use the returns form on our website.",
    "Open a return request in your account.",
])
def test_the_customers_arranging_is_still_read(text):
    assert setting(text, "returns.request_via") == "WEBSITE"


# --- asking first left to the customer: "You don't have to contact us before returning something" ----------------------

# (placed as False, as the labels state it: the draft shows where the text says so; it was a case of
# test_drafting_classes.test_a_negated_requirement_or_promise_sets_nothing before session 12)
@pytest.mark.parametrize("text", [
    "You don't have to contact us before returning something, but we recommend it.",
    "You do not need to email us before sending your return back.",
    "There is no need to contact us first; just send the item back.",
    "It is not necessary to call us before you return an item.",
    "You don't need to get in touch with us before you post it back.",
])
def test_asking_first_not_required(text):
    found = placed(text)
    assert found.get("returns.request_required_before_shipping") is False
    assert found.get("returns.request_via") is None


@pytest.mark.parametrize("text", [
    "Please contact us before returning something.",
    "You have to email us before sending your return back.",
    "Contact us first; then send the item back.",
    "You must call us before sending the item back.",
    "You need to get in touch with us before you post anything back, or the parcel is refused.",
])
def test_asking_first_still_required(text):
    assert setting(text, "returns.request_required_before_shipping") is True


# --- some goods, some customers or the maker only ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Some items (such as clothing and jewelry) may have special return circumstances: for these you must contact us for return authorization before you ship anything back.",
    "Certain products need a return authorization: please contact us before you send them back.",
    "Product Exchanges for International Customers: Customers abroad must contact us first for a return authorization.",
    "Customers overseas must email us before sending anything back.",
    "Before sending your item back to the manufacturer, you have to ask for a Return Authorization Number.",
    "Please email us before you ship anything back to the brand for repair.",
])
def test_asked_first_for_some_returns_only(text):
    found = placed(text)
    assert found.get("returns.request_required_before_shipping") is None
    assert found.get("returns.request_via") is None


@pytest.mark.parametrize("text", [
    "All items need a return authorization: please contact us before you send them back.",
    "Customers must contact us first for a return authorization.",
    "Before sending your item back to us, you have to ask for a Return Authorization Number.",
    "Please email us before you ship anything back to our warehouse.",
    "Every customer must email us before sending anything back.",
])
def test_asked_first_for_every_return(text):
    assert setting(text, "returns.request_required_before_shipping") is True


def test_a_fault_line_sets_the_steps_after_it():
    text = ("These conditions apply to returns:\n"
            "- For items damaged upon receipt, a claim is filed with the carrier. Please contact us before you send the item back.\n"
            "- Other items can be returned within 30 days.")
    found = placed(text)
    assert found.get("returns.request_required_before_shipping") is None
    assert found.get("returns.request_via") is None


def test_a_plain_line_keeps_its_steps():
    text = ("These conditions apply to returns:\n"
            "- For a refund, please contact us before you send the item back.\n"
            "- Items can be returned within 30 days.")
    assert setting(text, "returns.request_required_before_shipping") is True


# --- a packing's manner, not an insurance's; a carrier's insurance terms as a reason ----------------------------------

@pytest.mark.parametrize("text", [
    "Please make sure your package(s) are properly insured.",
    "Make sure the parcel is properly tracked.",
    "Please check that your package is properly addressed.",
    "Make sure the package is correctly labelled.",
    "Please send items back in their original packaging, as UPS's insurance terms and conditions require.",
    "Returns must be in the original box, as our carrier's insurance policy requires.",
])
def test_no_packing_advice(text):
    found = placed(text)
    assert found.get("instructions.pack_securely") is None
    if "insurance" in text:
        assert found.get("instructions.insured_shipping_recommended") is None


@pytest.mark.parametrize("text", [
    "Please make sure your package is properly packed.",
    "Please package your return properly.",
    "Pack the items carefully so nothing breaks.",
    "Make sure your return is well protected.",
    "Wrap the item securely before sending it back.",
])
def test_packing_advice_still_read(text):
    assert setting(text, "instructions.pack_securely") is True


@pytest.mark.parametrize("text", [
    "We recommend that you insure your return.",
    "Please make sure your package is properly insured.",
    "Please purchase shipping insurance for your return.",
    "You should insure the parcel for its full value.",
    "We suggest an insured service for your return.",
])
def test_insurance_advice_still_read(text):
    assert setting(text, "instructions.insured_shipping_recommended") is True


# --- the shop's check of the goods, not of a request; the customer's check of a delivery --------------------------------

@pytest.mark.parametrize("text", [
    "To start a return:\n- We look over the request and confirm whether it qualifies.",
    "To start a return:\n- We check your request within two days.",
    "When your return request arrives, we review the application and reply.",
    "Everything we ship is insured, but you have to inspect it and report any damage within 24 hours of receipt.",
    "When your order arrives, you need to inspect the goods and tell us of any damage.",
])
def test_no_inspection_of_the_return(text):
    assert setting(text, "refund.inspection") is None


@pytest.mark.parametrize("text", [
    "Once your return arrives, we look over the items and refund you.",
    "We check every item once it is back with us.",
    "Returned goods are inspected when they reach us.",
    "Our team will examine the returned product on arrival.",
    "When your return reaches us, we inspect the item before refunding.",
])
def test_inspection_still_read(text):
    assert setting(text, "refund.inspection") is True


# --- cancelling: an online order is no way to cancel; a refusal's exception keeps its own limit ------------------------

@pytest.mark.parametrize("text", [
    "You can cancel or change an online order only during the 12 hours after it is placed.",
    "You may cancel an online purchase within 24 hours.",
    "Orders from our online store can be cancelled within 2 hours.",
    "To cancel an online order, call our store.",
    "Cancel or amend online payments within 12 hours by phone.",
])
def test_online_order_is_no_cancel_channel(text):
    assert setting(text, "cancellation.request_via") is None


@pytest.mark.parametrize("text", [
    "You can cancel your order online in your account.",
    "To cancel, log in to your account and open the order.",
    "Orders can be cancelled online within 2 hours.",
    "Sign in to cancel your order.",
    "Cancel it online from your order history.",
])
def test_cancel_online_still_read(text):
    assert setting(text, "cancellation.request_via") == "WEBSITE"


@pytest.mark.parametrize("text", [
    "Orders cannot be cancelled, except for pre-orders. A pre-order can be cancelled until it has shipped.",
    "Orders cannot be cancelled, unless they are custom orders. Once the order has been fulfilled, it can't be cancelled.",
    "Orders can't be cancelled, apart from gift cards. A gift card can be cancelled as long as it has not been sent.",
])
def test_refusal_with_an_exception_keeps_no_shipment_limit(text):
    assert setting(text, "cancellation.until_shipped") is None


@pytest.mark.parametrize("text", [
    "You can cancel your order until it has been shipped.",
    "Once the order has been fulfilled, it can't be cancelled.",
    "Orders can be cancelled as long as they have not been shipped.",
])
def test_shipment_limit_still_read(text):
    assert setting(text, "cancellation.until_shipped") is True


# --- a document's number is not the document --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Add a written request giving the invoice number, the product details and the amount you claim.",
    "Please include your order number with the return.",
    "Write the receipt number on the returns form and send it back with the item.",
    "Send the item back with the invoice no. written on the parcel.",
    "Please provide your order # when you return an item.",
])
def test_document_number_is_no_proof(text):
    assert setting(text, "requirements.proof_of_purchase") is None


@pytest.mark.parametrize("text", [
    "Please include a copy of the invoice with your return.",
    "Returns must be accompanied by the original receipt.",
    "Provide proof of purchase with the returned item.",
    "Send the item back with the invoice.",
    "Include your receipt or order number with the return.",
])
def test_document_still_asked(text):
    assert setting(text, "requirements.proof_of_purchase") is True


# --- the return's number shown on or put in the parcel: a step no setting holds, listed for the merchant --------------

def listed(text: str) -> list[str]:
    from plugin.policy.drafting import draft_policy
    from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY
    return [u.sentence.text for u in draft_policy(text, RULES_ONLY).unplaced]


@pytest.mark.parametrize("text", [
    "Pack the item securely in its original packaging, with the RMA number clearly visible.",
    "Pack the items securely, with the RAN clearly marked on the outside.",
    "Please mark the RA number clearly on the outside of the parcel.",
    "Pack the item securely and write the RAN on the outside of the parcel.",
    "You must phone us for a Return Authorization number and write this number clearly on the package you send back.",
    "Pack the item with enough protective packaging, and enclose a copy of the RA form.",
    "Email us with RETURN REQUEST in the subject line, within 15 days of delivery.",
])
def test_number_on_the_parcel_is_listed(text):
    assert listed(text) == [text]


@pytest.mark.parametrize("text", [
    "Pack the item securely in its original packaging.",
    "Pack the items carefully so nothing breaks.",
    "You must phone us for a Return Authorization number before sending anything back.",
    "Please wrap the parcel securely.",
    "Send the item back in a sturdy box.",
])
def test_packing_alone_is_not_listed(text):
    assert listed(text) == []


# --- a form that travels in the parcel is paper, no website --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On the Return Form, write down why you are sending it back, then sign it and put it in with your return.",
    "Put your filled-in Return Form inside the package, and tell us why you are returning the item.",
    "Fill in the returns form, write why you are sending it back, and place it in the box.",
    "Write down why you are returning the item on the form and slip it into the parcel.",
    "To start a return, put the completed return form in the parcel.",
])
def test_paper_form_is_no_website(text):
    assert setting(text, "returns.request_via") is None


@pytest.mark.parametrize("text", [
    "To start a return, fill in the return form on our website.",
    "To start a return, complete the online return form.",
    "To request a return, submit the returns form in your account.",
    "To start a return, use the return form on our returns page.",
    "Start your return on our returns portal.",
])
def test_online_form_is_the_website(text):
    assert setting(text, "returns.request_via") == "WEBSITE"


# --- sentences about returns in other words: the goods coming back, a parcel refused on arrival, a season's exception ----

@pytest.mark.parametrize("text", [
    "Christmas gifts get extra time to come back.",
    "Anything that reaches us after 60 days will be refused automatically.",
    "From November to January we allow some extra time, because of festive gift giving.",
    "Exceptions apply during the holidays.",
    "Sometimes you can bring the cake back for design adjustments, at a cost.",
    "Parcels arriving without a note will be turned away.",
])
def test_about_returns_in_other_words_is_listed(text):
    assert listed(text) == [text]


@pytest.mark.parametrize("text", [
    "Please come back soon to see our new range.",
    "Our shop is closed during the holidays.",
    "We will get back to you within two days.",
    "Come back again for more deals.",
    "Your order reaches you within 5 days.",
])
def test_other_words_not_about_returns(text):
    assert listed(text) == []


# --- the return address given in the shop's reply, in more words ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Post the parcel to our return address (given in your approval email) by a trackable method.",
    "Send it to the address given in the return instructions.",
    "Ship the paddle to the address our customer service team gives you.",
    "Please post your pre-approved return to the address customer service gives you.",
    "Send the item to the warehouse we name (the email with the return instructions gives its shipping address).",
    "Once your return is accepted, we send you instructions on how to send the package and where.",
])
def test_address_given_in_a_reply(text):
    assert setting(text, "instructions.address_on_request") is True


@pytest.mark.parametrize("text", [
    "Post the parcel to our return address below.",
    "Send it to the address printed on the packing slip.",
    "Ship the item to the address on our website.",
    "Our customer service team gives you a refund within 5 days.",
    "The email with your order confirmation gives its tracking number.",
    "We send you instructions on how to send the package.",
])
def test_address_not_given_in_a_reply(text):
    assert setting(text, "instructions.address_on_request") is None


# --- asked first, in more words --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Don't post anything back to us before you have contacted us.",
    "Please do not send any item back before you have emailed us.",
    "You MUST contact us within 7 days if you intend to return any item to our store.",
    "You need to email us if you want to return something.",
    "Follow the instructions on our website, which take you through asking for a return authorization.",
    "When we have confirmed your request, we will send you a return address and instructions for the return.",
])
def test_asked_first_in_more_words(text):
    assert setting(text, "returns.request_required_before_shipping") is True


@pytest.mark.parametrize("text", [
    "Don't use the item before you have checked it.",
    "You must contact us within 7 days if the item arrives damaged.",
    "If you want to return something, you can do so within 30 days.",
    "When we have received your return, we will refund you.",
    "Please don't throw away the box before you have tried the product.",
])
def test_not_asked_first(text):
    assert setting(text, "returns.request_required_before_shipping") is None


# --- the way to ask, in more words -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("For any return, phone our customer service team or email returns@shop.example.", "EMAIL"),
    ("For every return, contact our support team.", "EMAIL"),
    ("Please write to returns@shop.example and we will email you a return shipping label.", "EMAIL"),
    ("Contact us and we'll send you a prepaid return label.", "EMAIL"),
    ("Contacts Return Instructions:\n1. Within 90 days of purchase, email info@shop.example and ask for a return.", "EMAIL"),
    ("Type your order number into the boxes above, then press Start a Return.", "WEBSITE"),
])
def test_way_to_ask_in_more_words(text, expected):
    assert setting(text, "returns.request_via") == expected


@pytest.mark.parametrize("text", [
    "For any questions, email support@shop.example.",
    "Write to us and we will email you a discount code.",
    "For faulty items, contact our support team.",
    "Press coverage:\n1. Email press@shop.example for interviews.",
    "We will email you a return shipping label once the return is approved.",
])
def test_no_way_to_ask(text):
    assert setting(text, "returns.request_via") is None


# --- the carriers an advice names; insurance required ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("For returns we suggest FedEx or UPS, with insurance.", ["FedEx", "UPS"]),
    ("We recommend using DHL or UPS, with tracking.", ["DHL", "UPS"]),
    ("We suggest UPS, FedEx or DHL, with tracking.", ["UPS", "FedEx", "DHL"]),
    ("Use a tracked service such as UPS or FedEx.", ["UPS", "FedEx"]),
    ("Please insure the parcel; we recommend FedEx or DHL.", ["FedEx", "DHL"]),
])
def test_carriers_an_advice_names(text, expected):
    assert setting(text, "instructions.carrier_examples") == expected


@pytest.mark.parametrize("text", [
    "We suggest FedEx or UPS for your next order.",
    "We ship with FedEx or UPS.",
    "We recommend our Gold Plan or Silver Plan.",
    "Orders go out by UPS or FedEx, with tracking numbers emailed to you.",
    "For returns we suggest you include a note.",
])
def test_no_carriers_without_advice(text):
    assert setting(text, "instructions.carrier_examples") is None


@pytest.mark.parametrize("text", [
    "You must ship it in a way that gives insurance and a tracking number.",
    "To be refunded, the jewelry has to reach us by insured mail.",
    "Returns need to be sent insured.",
    "You have to take out insurance for the return parcel.",
    "Please send it back by insured mail.",
])
def test_insurance_required(text):
    assert setting(text, "instructions.insured_shipping_recommended") is True


@pytest.mark.parametrize("text", [
    "Every parcel we send must be fully insured by us.",
    "Insurance for the return is optional.",
    "All our shipments are insured.",
    "You must tell us within 2 days if the parcel arrives damaged.",
    "We must file an insurance claim with the carrier.",
])
def test_no_insurance_advice(text):
    assert setting(text, "instructions.insured_shipping_recommended") is None


# --- cancelling refused from the first moment; the ship date as the limit -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Because of limited availability, an order cannot be cancelled once placed, and we do not accept refunds.",
    "Orders can't be cancelled once they have been placed.",
    "Please note that orders cannot be cancelled after they are submitted.",
    "Purchases cannot be cancelled once confirmed.",
    "An order can not be cancelled once it has been made.",
])
def test_never_cancelled(text):
    assert setting(text, "cancellation.enabled") is False


@pytest.mark.parametrize("text, expected", [
    # a limit on cancelling says that customers may cancel until it (convention 24)
    ("Orders cannot be cancelled once shipped.", True),
    ("Orders cannot be cancelled after 24 hours.", True),
    ("Orders can be cancelled once placed, within one hour.", True),
    ("Custom orders cannot be cancelled once placed.", None),
    ("An order cannot be cancelled once it has been dispatched.", True),
])
def test_not_never_cancelled(text, expected):
    assert setting(text, "cancellation.enabled") is expected


@pytest.mark.parametrize("text", [
    "You can change or cancel an order only by contacting our team, before the order's ship date.",
    "Orders may be cancelled before your order's shipping date.",
    "Cancel at any time before the order's ship date.",
])
def test_cancel_before_the_ship_date(text):
    assert setting(text, "cancellation.until_shipped") is True


@pytest.mark.parametrize("text", [
    "You can cancel an order within 2 hours of placing it.",
    "Cancellations are accepted before the order's delivery.",
    "We'll email you the order's ship date.",
])
def test_no_ship_date_limit(text):
    assert setting(text, "cancellation.until_shipped") is None


# --- proof that the return was sent, kept or shown: a step no setting holds, listed ---------------------------------------

@pytest.mark.parametrize("text", [
    "Send the item to the address we give you and keep the logistics documents.",
    "Paying for the return postage is up to you, and you need to be able to show proof of postage.",
    "Please keep your proof of posting until the refund arrives.",
    "Obtain a certificate of posting from the post office when you send the return.",
    "Hold on to the courier receipt in case the parcel goes missing.",
])
def test_proof_of_sending_is_listed(text):
    assert text in listed(text)


@pytest.mark.parametrize("text", [
    "Send the item to our warehouse in its original box.",
    "Keep your receipt: it is your proof of purchase.",
    "Keep your order confirmation email for your records.",
    "Please keep the item unused until we reply.",
    "Show the item to our staff in store.",
])
def test_other_keeping_is_not_proof_of_sending(text):
    assert listed(text) == []


# --- the time to send, counted from the go-ahead ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("From the day the RGA # is issued, you have 30 days to send the product back.", 30),
    ("From the date your RMA number is issued, you have 14 days to return the item.", 14),
    ("From the moment the return authorization is sent, you have 10 days to ship it.", 10),
    ("You have 7 days from the day the label is emailed to send the parcel.", 7),
    ("From the day your approval is given you have 2 weeks to post it back.", 14),
])
def test_days_to_send_from_the_go_ahead(text, expected):
    assert setting(text, "instructions.ship_within_days") == expected


@pytest.mark.parametrize("text", [
    "From the day your order is delivered, you have 30 days to send the product back.",
    "From the day the RGA # is issued, we have 30 days to refund you.",
    "You have 30 days to send the product back.",
    "From the day the refund is issued, you have 5 days to check your statement.",
    "From the date of purchase, you have 14 days to return the item.",
])
def test_days_to_send_from_another_event(text):
    assert setting(text, "instructions.ship_within_days") is None


# --- packing advice in more words: "neatly", "packed properly", rigid or double-walled boxes, bracing --------------------

@pytest.mark.parametrize("text", [
    "Pack your return neatly and put it in a box.",
    "Make sure items are packed properly for the trip back.",
    "The original box or other rigid packaging is best for the return.",
    "Use double-walled cartons with bracing inside for your return.",
    "Please use a strong box for the return.",
])
def test_packing_advice_in_more_words(text):
    assert setting(text, "instructions.pack_securely") is True


@pytest.mark.parametrize("text", [
    "We pack every order neatly in a strong box.",
    "Items must be returned in their original packaging.",
    "Our rigid gift boxes are sold separately.",
    "Your order was packed properly by our team.",
    "Returns must be unused and in the original box.",
])
def test_the_shops_own_packing_and_a_box_required_are_no_packing_advice(text):
    assert setting(text, "instructions.pack_securely") is None


@pytest.mark.parametrize("text", [
    "Make sure items are packed properly; anything that breaks because it was badly packed gets no refund.",
    "Items damaged by poor packaging will not be refunded.",
    "We are not responsible for returns that arrive broken due to inadequate packing.",
    "Goods that were insufficiently packaged and arrive damaged are refused.",
    "Pack it well: anything improperly packed is at your risk.",
])
def test_damage_from_the_customers_packing_is_listed(text):
    assert text in listed(text)


@pytest.mark.parametrize("text", [
    "Every return needs proof of a tracking number from the shipper you chose.",
    "Each return requires a tracking number.",
    "Your return parcel requires evidence of a tracking number.",
    "Every parcel you send back needs a tracking number.",
    "A return requires proof of a tracking number from the carrier.",
])
def test_tracking_required(text):
    assert setting(text, "instructions.tracked_shipping_recommended") is True


@pytest.mark.parametrize("text", [
    "Every order we send comes with a tracking number.",
    "Your order confirmation includes a tracking link.",
    "Returns need a receipt.",
    "We email you a tracking number once your order ships.",
    "Each return requires a reason.",
])
def test_tracking_not_required(text):
    assert setting(text, "instructions.tracked_shipping_recommended") is None
