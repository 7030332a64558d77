"""Session 19, from test80..83's read: a window counted "of when you received it", from "the date shown on your sales
receipt" or "the receipt's date", of goods that "arrive back with" the shop or that the customer may "send back new,
unused products"; a refusal's grounds ("Under health and safety rules", "for safety rules and loss of value we") and a
heading's question word are no goods; a deadline the customer meets (contacting the team, goods reaching the shop "more
than 60 days after"), and when to ask after a late refund, are no refund time; the shop's own work ("We try to have it
done within 7 days", "Our team inspects what you sent back within 2 business days") is no return window; the shop's
check in more words; an amount in an example is no fee; a return "has to be requested by e-mail", or the email that
says "which product you are sending back and why", is the way to ask, and a "Contact Us link" is the site's. Then from
the development pages' misses: "Most new, unopened items can be sent back" asks every return to be unused, as "no sign of
having been used" does, while a parcel the shop leaves unopened, or a full refund for an unopened item, asks nothing; "For
an item to be returnable" is any item, not some goods; the address given in the shop's reply, in more words; goods named by
a state in a list of what cannot come back are conditions, and a condition after the faults set apart first is every
other return's. From test84..87's wrong facts: a refused state's examples are no goods, "the wrong way" no wrong item,
"Processing ... takes" the shop's processing, a package opened on arrival no packing advice, insurance "where it is
needed" no advice; every return refused but for faults, said with "no" or after its reason, turns returns off."""

from __future__ import annotations

from drafting_helpers import conditions, exclusion_labels, holds, placed

from plugin.policy.drafting.readers.names import names_no_goods


def test_a_window_counted_from_when_you_received_it_or_the_receipts_date():
    holds("A product must be returned within 15 days of when you received it.",
          {"returns.window.days": 15, "returns.window.starts": "DELIVERY"})
    holds("You may send back new, unused products up to 30 days after the date shown on your sales receipt.",
          {"returns.window.days": 30, "returns.window.starts": "PURCHASE"})
    holds("Once 30 days have passed since the receipt's date, we accept no returns and make no refunds.",
          {"returns.window.days": 30, "returns.window.starts": "PURCHASE"})
    # the goods reaching the shop again within the window
    holds("Goods have to be fit to sell again, and must arrive back with Acme no more than 28 days after the order date.",
          {"returns.window.days": 28, "returns.window.starts": "PURCHASE"})


def test_the_shops_own_work_is_no_return_window():
    text = ("If you changed your mind, you send the items back at your own cost, on the conditions below:\n\n"
            "1. Goods must arrive back with Acme no more than 28 days after the order date.\n\n"
            "2. We book the goods back into our system and then refund their value. We try to have it done within 7 days "
            "of receiving them.\n")
    holds(text, {"returns.window.days": 28, "returns.window.starts": "PURCHASE"})
    drafted = placed("Our team inspects what you sent back within 2 business days.")
    assert "returns.window.days" not in drafted and drafted["refund.inspection"] is True


def test_the_grounds_of_a_refusal_are_no_goods():
    assert exclusion_labels("Under health and safety rules, every dietary supplement is final sale: once bought, it "
                            "cannot be returned.") == ["Dietary supplement"]
    assert "Loss of value we" not in exclusion_labels("- Non-Returnable Items: for safety rules and loss of value we cannot "
                                                      "take back customized generators.")
    assert exclusion_labels("What cannot be returned\n\n- Gift cards\n") == ["Gift cards"]
    # a word that joins or weighs, a need, or the way an order was paid
    for words in ("Whether as PDF or print", "Depending on the usage", "Dietary needs", "Purchases paid by bank card", "Credit card"):
        assert names_no_goods(words), words
    assert not names_no_goods("Cushion inserts")


def test_a_deadline_the_customer_meets_is_no_refund_time():
    holds("If you receive a damaged or defective item, contact our support team within 14 days and we will help with a "
          "refund or an exact replacement.", {"refund.processing": None, "fault.window.days": 14})
    holds("We do not refund or replace defective or damaged products that reach us more than 60 days after the receipt's "
          "date.", {"refund.processing": None})
    # a late refund's list: the days are when to ask, not how long a refund takes
    holds("Late or Missing Refunds\nIf your refund has not arrived after two weeks:\n\n  1. Ask your bank or payment "
          "provider first.\n\n  2. If that does not settle it, contact us for help.\n",
          {"refund.typical_arrival": None, "refund.processing": None})


def test_the_shops_check_in_more_words():
    for text in ("We examine items when they arrive.", "Each fixture gets a quality control review once it reaches us."):
        holds(text, {"refund.inspection": True})


def test_an_amount_in_an_example_is_no_fee():
    holds("For instance, if your order came to $125 and shipped free, and the items you return would bring it under the "
          "free shipping threshold, we deduct the shipping cost.", {"fees.free_shipping_deduction": None, "currency": None})
    holds("If your order shipped free, we deduct $8.95 from the refund for the free shipping.",
          {"fees.free_shipping_deduction": "8.95"})


def test_the_way_to_ask_in_more_words():
    holds("Every return has to be requested by e-mail at sales@acme.example and approved by us before you send anything.",
          {"returns.request_via": "EMAIL"})
    holds("Email us at hello@acme.example, saying which product(-s) you are sending back and why.",
          {"returns.request_via": "EMAIL"})
    holds("• a return has to be arranged in advance, by requesting it through our Contact Us link",
          {"returns.request_via": "WEBSITE"})



def test_unopened_goods_taken_back_are_the_state_every_return_is_in():
    for text in ("Most new, unopened items can be sent back within 30 days of delivery for a full refund.",
                 "We accept returns of unopened items within 30 days.", "Items must show no sign of having been used.",
                 "For an item to be returnable it must be unused."):
        assert conditions(text) == {"UNUSED"}, text
    # the shop's own quarantine, and a full refund's case, ask nothing of every return
    for text in ("For everyone's safety, each returned parcel is left unopened for 7 days once it reaches us.",
                 "If it is brand new and unopened, you get a full refund.",
                 "Every record we sell is new, unopened and shrink-wrapped at the factory.",
                 # an order not yet processed, the return's shipping label, a receipt altered: nothing asked of the goods
                 "You can cancel your order as long as it has not been processed or shipped yet.",
                 "Once your return is accepted, we email you a label for the return shipping, ready to print.",
                 "We refuse returns whose receipts we have reasonable grounds to think were falsified or altered."):
        assert conditions(text) == set(), text
    assert conditions("Everything must come back with no sign of having been used, washed or worn.") == {"UNUSED", "NOT_WASHED", "NOT_WORN"}
    # beside opened items taken back for a fee, unopened ones are no state asked of every return
    assert conditions("Unopened items may be returned within 30 days of delivery. Opened items are subject to a 15% "
                      "restocking fee.") == set()
    # a purpose that narrows the case is still some returns' rule, comma or none
    assert conditions("For an item to be refunded in full it must be in its original packaging.") == set()


def test_the_address_given_in_the_shops_reply_in_more_words():
    for text in ("We will answer within 48 hours of your request and, if we confirm the return, give you the postal address "
                 "to send it to.",
                 "Returning is simple: contact customer service, who will give you a Return Merchandise Authorization (RMA) "
                 "number and tell you the right address to ship to."):
        holds(text, {"instructions.address_on_request": True})


def test_goods_named_by_a_state_in_a_list_of_what_cannot_come_back_are_conditions():
    for intro in ("We cannot accept returns of:", "We give no refunds or exchanges for:", "The following cannot be returned:"):
        text = f"{intro}\n- Products that have been used or altered\n- Items that were worn or washed\n- Special orders\n"
        assert conditions(text) == {"UNUSED", "NOT_ALTERED", "NOT_WORN", "NOT_WASHED"}, intro
    assert conditions("We accept returns of:\n- Products that have been used or altered\n") == set()


def test_a_condition_after_the_faults_set_apart_is_every_other_returns():
    assert conditions("Except where the product arrived damaged, a product you send back has to be new, unused and not "
                      "altered.") == {"UNUSED", "NOT_ALTERED"}
    assert "NOT_ALTERED" in conditions("Products must come back in their original condition, that is unused, unmodified "
                                       "and in their original packaging.")


def test_from_test84_to_87s_wrong_facts():
    # the lines under "items that were altered or damaged, for example:" are the state's examples, not goods; a manner
    # done "the wrong way" is no wrong item
    text = ("The Company cannot take back items that were altered or damaged after they arrived, for example:\n\n"
            "  • Cleaning done the wrong way (harsh chemicals, for instance, or harm done in a washing machine)\n\n"
            "  • Patchy colour or fading caused by use\n")
    assert exclusion_labels(text) == []
    assert "WRONG_ITEM" not in placed(text).get("fault.reasons", set())
    # the shop's processing as the subject that takes the time
    holds("Processing and authorizing a refund usually takes 2-3 days.",
          {"refund.processing": {"min_days": 2, "max_days": 3, "unit": "CALENDAR"}, "refund.typical_arrival": None})
    # a parcel the customer opens on arrival is no packing advice; "package" the verb still is
    holds("Please open every package and check what is inside carefully when it arrives.", {"instructions.pack_securely": None})
    holds("Please package the item carefully.", {"instructions.pack_securely": True})
    # insurance only where a parcel needs it is no advice for every return
    holds("Choose this and the return shipping, and insurance where it is needed, are yours to pay.",
          {"instructions.insured_shipping_recommended": None, "shipping.default.payer": "CUSTOMER"})


def test_every_return_refused_but_for_faults_said_with_no_and_a_reason_first():
    for text in ("To keep our customers safe, we take no returns and give no exchanges or refunds, except where the item you "
                 "bought is defective, broken or damaged.", "No returns or refunds, except for defective items."):
        holds(text, {"returns.only_at_fault": True, "returns.enabled": None})
    # a refusal of refunds alone, or of some goods', leaves returns open
    for text in ("No refunds, except for defective items.", "No returns on sale items, except for defective ones."):
        holds(text, {"returns.enabled": None, "returns.only_at_fault": None})
