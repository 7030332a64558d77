"""The rules of the test4 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/test4.json, git-ignored). See
paraphrase_score.py. (2mcosmetics has no stored text and has no items.)"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- amgcarparts -------------------------------------------------------------------------------------
    ("amgcarparts-1", """Please put a copy of your invoice in the box with any part you send back.""",
     {"requirements.proof_of_purchase": True}),
    ("amgcarparts-2", """Every part that comes back to us has fifteen percent taken off its refund as a restocking charge.""",
     {"fees.restocking_percent": "15"}),
    ("amgcarparts-3", """We only accept a part back if it is still in the box it came in and we could sell it again.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("amgcarparts-4", """A part that has been used can't be returned to us.""",
     {"requirements.condition": {"UNUSED"}}),
    ("amgcarparts-5", """If a product's page marks it as non-returnable, that is final: it cannot come back.""",
     {"exclusions": {"NON_RETURNABLE_MARK|OTHER:non-returnable"}}),
    ("amgcarparts-6", """We don't take returns of any electrical components.""",
     {"exclusions": {"OTHER:electric"}}),
    ("amgcarparts-7", """You have thirty days from the day your parts arrive to ask for a return.""",
     {**_w(30, "DELIVERY")}),
    ("amgcarparts-8", """Cancelling
Until your order (or any part of it) has left our hands and been shipped, you are free to cancel it.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    # --- tackledirect ------------------------------------------------------------------------------------
    ("tackledirect-1", """Want to send something back or swap it? Start within 15 days of the item reaching you.""",
     {**_w(15, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("tackledirect-2", """What we can take back: gear that is new and has never been used, still in its original box, with
its tags, instructions and every accessory.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "MANUALS_INCLUDED",
                                 "ACCESSORIES_INCLUDED"}}),
    ("tackledirect-3", """Before your fifteen days run out, drop our support team an email quoting your order number and
telling us why you want to return or exchange.""",
     {"resolutions.exchange": "ALWAYS", "returns.window.days": 15, "returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("tackledirect-4", """Parcels that arrive without an RMA number issued by us beforehand will not be accepted.""",
     {"returns.request_required_before_shipping": True}),
    ("tackledirect-5", """Pack your items so they are well protected, and write the RMA number where it can be read on the
outside of the carton.""",
     {"instructions.pack_securely": True}),
    ("tackledirect-6", """You pay to ship your return to us. The exception is a mistake on our side, such as a faulty item or
the wrong item sent, in which case we cover it.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
    ("tackledirect-7", """A shipping method with tracking is our recommendation.""",
     {"instructions.tracked_shipping_recommended": True}),
    # --- golfgearbox -------------------------------------------------------------------------------------
    ("golfgearbox-1", """Anything that turns out to be faulty will, as it always has been, be repaired or swapped for a new one
by us.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("golfgearbox-2", """If what you received is broken, faulty or not what you ordered, tell us no later than seven days after
it was delivered; it has to be unused and as good as new, otherwise we may refuse the return.""",
     {"fault.reasons": {"WRONG_ITEM", "DAMAGED", "DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window")}),
    ("golfgearbox-3", """Returning something that isn't defective? A restocking fee of fifteen percent will apply.""",
     {"fees.restocking_percent": "15"}),
    ("golfgearbox-4", """We cannot return or refund:
- custom-made products
- anything labelled closeout or clearance
- the cost of shipping""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "CLEARANCE|OTHER:closeout"}, "refund.original_shipping": "NEVER"}),
    # --- olivewoodbrewing --------------------------------------------------------------------------------
    ("olivewoodbrewing-1", """Whatever you send back should be unused and still in the packaging it came in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("olivewoodbrewing-2", """Because they spoil, we can't take back perishables: yeast, hops, fruit, juice, grain, malt
extract, enzymes, cultures, flavourings and extracts are all excluded.""",
     {"exclusions": {"OTHER:perishable|OTHER:yeast|OTHER:hops|OTHER:fruit|OTHER:juice|OTHER:grain|OTHER:malt|OTHER:enzyme"
                     "|OTHER:culture|OTHER:flavoring|OTHER:flavouring|OTHER:extract"}}),
    ("olivewoodbrewing-3", """Ask us for a return authorisation no later than thirty days after your order was delivered; the
goods themselves need to reach us within sixty days of delivery.""",
     {**_w(30, "DELIVERY"), "returns.request_required_before_shipping": True}),
    ("olivewoodbrewing-4", """Once your return is in our hands, expect your refund within roughly one working day.""",
     {"refund.processing": _r(0, 1, "BUSINESS")}),
    ("olivewoodbrewing-5", """A prepaid label for sending your return comes from us; what it costs is taken off your refund, except
where our 100% Money-Back Guarantee covers the return.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("olivewoodbrewing-6", """Wrap returned goods carefully and firmly so nothing is damaged on the way.""",
     {"instructions.pack_securely": True}),
    # --- cowgirlbluesyarn --------------------------------------------------------------------------------
    ("cowgirlbluesyarn-1", """Eligible items may be sent back, or swapped for something else, up to sixty days after the date of
purchase.""",
     {**_w(60, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("cowgirlbluesyarn-2", """We can't return or exchange stock that we ordered in especially because you asked for it.""",
     {"exclusions": {"OTHER:ordered in|OTHER:especially|OTHER:specifically"}}),
    ("cowgirlbluesyarn-3", """Sale and clearance purchases are final: no returns, no exchanges.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE"}}),
    ("cowgirlbluesyarn-4", """Yarn from our studio that carries a "custom colour" label can be neither returned nor refunded.""",
     {"exclusions": {"OTHER:custom colour"}}),
    ("cowgirlbluesyarn-5", """Custom orders (yarn dyed in a colour you asked for, or anything made to your own specification) are
personal to you, so we don't accept them back or refund them.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom order|OTHER:specification|OTHER:dyed"}}),
    ("cowgirlbluesyarn-6", """No return or exchange without a receipt or some other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    # --- summitcitycoral ---------------------------------------------------------------------------------
    ("summitcitycoral-1", """Not fully satisfied once your order arrives? Return it and we'll refund everything you paid for the
products themselves, though not the shipping.""",
     {"refund.original_shipping": "NEVER"}),
    ("summitcitycoral-2", """Get in touch within fourteen days of the delivery and we'll tell you how to send the goods back.""",
     {**_w(14, "DELIVERY"), "returns.request_required_before_shipping": True}),
    ("summitcitycoral-3", """Livestock bought anywhere other than our shop in person can't be returned or exchanged.""",
     {"exclusions": {"OTHER:live"}}),
    # --- slmcameras --------------------------------------------------------------------------------------
    ("slmcameras-1", """We accept returns only of unused goods, exactly as they left us and with all of their original
packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("slmcameras-2", """Every return needs a receipt or other proof that you bought the item.""",
     {"requirements.proof_of_purchase": True}),
    ("slmcameras-3", """Items we can't take back
Anything bought from our outlet is sold as described and can't be returned.""",
     {"exclusions": {"OTHER:outlet"}}),
    ("slmcameras-4", """The cost of shipping a return is yours, and we don't refund it.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("slmcameras-5", """If nothing is wrong with the item, ten percent of its price is kept as a restocking fee.""",
     {"fees.restocking_percent": "10"}),
    ("slmcameras-6", """We check each returned item when it arrives, and only then process the refund.""",
     {"refund.inspection": True}),
    ("slmcameras-7", """Once a refund is approved, it goes back to the card or account you paid with in no more than fourteen
days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 14, "CALENDAR")}),
    # --- tackroom ----------------------------------------------------------------------------------------
    ("tackroom-1", """Thirty days are allowed for getting your money back or exchanging an item.""",
     {"returns.window.days": 30, "resolutions.exchange": "ALWAYS"}),
    ("tackroom-2", """We do not pay back what you spend sending a return, except when it comes back because we got
something wrong: the item arrived damaged or faulty, or we sent you the wrong one.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}}),
    ("tackroom-3", """Refunds are credited to the credit card you originally paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- onlinevitaminstore ------------------------------------------------------------------------------
    ("onlinevitaminstore-1", """Whatever the reason, any product can come back as long as it hasn't been opened: post it to us no
later than thirty business days after it was delivered and you'll get your money back.""",
     {"returns.window.days": 30, "requirements.condition": {"UNUSED"}}),
    ("onlinevitaminstore-2", """Your refund is the price you paid less a 15% restocking and handling charge (never below $15),
which we don't charge if the mistake was ours.""",
     {"fees.restocking_percent": "15", "fees.waived_when_merchant_at_fault": True}),
    ("onlinevitaminstore-3", """Check your parcel when it arrives. Got something broken, faulty or not what you ordered? Let us
know straight away and we'll look into it and put it right.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("onlinevitaminstore-4", """Sale and clearance items, discounted offers, buy-one-get-one-free deals and gift cards are not
returnable.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:discount", "OTHER:buy one|FREE_GIFT", "OTHER:gift card"}}),
    ("onlinevitaminstore-5", """Returns are started by email: write to our support address.""",
     {"returns.request_via": "EMAIL"}),
    ("onlinevitaminstore-6", """Anything posted back without a return being requested first will be refused.""",
     {"returns.request_required_before_shipping": True}),
    ("onlinevitaminstore-7", """Exchanges
The quickest route to a different item: send back the one you have and, once we've accepted the return,
buy the new one in a separate order.""",
     {"resolutions.reorder_hint": True}),
    ("onlinevitaminstore-8", """When your return has arrived and been inspected we'll tell you whether the refund is approved; if it
is, the money goes back automatically to the payment method you used.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"}),
    # --- tea-us ------------------------------------------------------------------------------------------
    ("tea-us-1", """Returns are accepted for thirty days. Once more than thirty days have gone by since you bought it, we're
sorry, but we can no longer refund or exchange your purchase.""",
     {"returns.window.days": 30}),
    ("tea-us-2", """When you get in touch, give us your name, the order number, which items and how many you're sending
back, and tell us why.""",
     {"requirements.reason_required": True}),
    ("tea-us-3", """We can only accept an item that hasn't been used, is in the state it reached you in, and is still in
its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("tea-us-4", """Each return is inspected on arrival, after which we email you to confirm we have it.""",
     {"refund.inspection": True}),
    ("tea-us-5", """Approved refunds are credited automatically to your card or whatever payment method you originally
used.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("tea-us-6", """Return postage is paid by you, and we don't refund what you paid for shipping.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    # --- gadgetcircle ------------------------------------------------------------------------------------
    ("gadgetcircle-1", """Changed your mind, or picked the wrong product? You have fourteen days, counted from the day after
delivery, to let us know by email that you want to return it.""",
     {**_w(14, "DELIVERY"), "returns.request_via": "EMAIL"}),
    ("gadgetcircle-2", """Booking and paying for the courier is up to you. Please insure the parcel with them and pack it well
enough to survive the trip.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.insured_shipping_recommended": True,
      "instructions.pack_securely": True}),
    ("gadgetcircle-3", """When the product is back with us, we'll examine it and then get in touch about what happens next.""",
     {"refund.inspection": True}),
    ("gadgetcircle-4", """A change of mind is not a reason we can accept for some goods: digital downloads; CDs, DVDs and
software whose seal has been broken; goods made to measure or personalised; and headphones.""",
     {"exclusions": {"OTHER:digital|OTHER:download", "PERSONALIZED|OTHER:tailor|OTHER:made to measure|OTHER:personalised",
                     "OTHER:headphone"}}),
]
