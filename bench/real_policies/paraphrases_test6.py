"""The rules of the test6 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/test6.json, git-ignored). See
paraphrase_score.py. The set's page `pawtive` has no stored text and has no items."""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- barnardsschwinn -----------------------------------------------------------------------------
    ("barnardsschwinn-1", """You have fifteen days to bring back a bike, or anything else you bought here, as long as it is in the
same state it was in when it left our shop.""",
     {"returns.window.days": 15, "requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("barnardsschwinn-2", """Not returnable:
- used bicycles
- custom orders and custom-built items""",
     {"exclusions": {"OTHER:used", "PERSONALIZED|OTHER:custom"}}),
    ("barnardsschwinn-3", """Something wrong with your purchase? Drop it off at the shop or mail it to us. The cost of sending it
back is yours, and so is the shipping you paid to have it delivered.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    ("barnardsschwinn-4", """Please leave the original tags on anything you send back.""",
     {"requirements.condition": {"TAGS_ATTACHED"}}),
    # --- canadiantreenursery -------------------------------------------------------------------------
    ("canadiantreenursery-1", """If any of your plants are not up to standard, tell us right away, no later than a day after they reach
you, and keep them until we tell you what to do.""",
     {**_w(1, "DELIVERY", prefix="fault.window")}),
    ("canadiantreenursery-2", """Plants that are, within reason, unsatisfactory will be refunded.""",
     {"fault.remedies": {"REFUND"}}),
    ("canadiantreenursery-3", """Getting the items back to the nursery, whether you drop them off yourself or send them by courier,
is up to you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("canadiantreenursery-4", """Once you have told us about a problem, you have thirty days to bring the items back, unchanged from the
state they were in when they reached you.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("canadiantreenursery-5", """Should a plant be badly damaged by the courier on its way to you, we will replace it and pay for the
new one's delivery.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("canadiantreenursery-6", """You have two weeks from the day you order to cancel; after that, an order can no longer be cancelled.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 336}),
    ("canadiantreenursery-7", """Cancelling is only possible while your order has not yet been dispatched.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    # --- carriecurran --------------------------------------------------------------------------------
    ("carriecurran-1", """Each print is produced to order, which is why none of them can be returned or refunded.""",
     {"returns.enabled": False}),
    ("carriecurran-2", """An undamaged print can be exchanged, but only if you ask within seven days of its delivery.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("carriecurran-3", """If your artwork arrives damaged, or goes missing or is stolen, let us know no later than two weeks
after the delivery date.""",
     {**_w(14, "DELIVERY", prefix="fault.window"), "fault.reasons": {"DAMAGED"}}),
    ("carriecurran-4", """To report a damaged piece, send us your order number with pictures of the damage itself and of the box
it came in, both outside and inside.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE", "PACKAGING"}}),
    ("carriecurran-5", """We replace frames and framed pieces that arrive damaged or that are lost or stolen; we do not refund
them.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- cellphonecases ------------------------------------------------------------------------------
    ("cellphonecases-1", """In your message to us, give the order number, the date you bought it, your email address and why you
are returning it.""",
     {"requirements.reason_required": True}),
    ("cellphonecases-2", """Any carrier will do for your return, as long as the parcel can be tracked. The customer pays for
return postage.""",
     {"instructions.tracked_shipping_recommended": True, "shipping.default.payer": "CUSTOMER"}),
    ("cellphonecases-3", """Your money goes back to the card or account you paid with; once our returns team has the parcel, it
takes a week at most to process.""",
     {"refund.processing": _r(0, 7, "CALENDAR"), "refund.method": "ORIGINAL_PAYMENT"}),
    ("cellphonecases-4", """As long as it has not been used, you can send an item back up to thirty days after the day you bought
it and choose a refund or an exchange.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED"}, "resolutions.exchange": "ALWAYS"}),
    ("cellphonecases-5", """For a faulty product, we will ask you for a photo that shows what is wrong with it.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("cellphonecases-6", """Unless the item is faulty, we charge twenty percent to restock it.""",
     {"fees.restocking_percent": "20", "fees.waived_when_merchant_at_fault": True, "fault.reasons": {"DEFECTIVE"}}),
    ("cellphonecases-7", """Earphones and Bluetooth headsets can't be sent back, for hygiene reasons.""",
     {"exclusions": {"OTHER:headset|OTHER:bluetooth", "OTHER:earphone"}}),
    ("cellphonecases-8", """Whatever you paid for delivery when you ordered, express or not, stays with us: it is not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("cellphonecases-9", """Items have to come back just as they arrived: unused, and not modified in any way.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "NOT_ALTERED"}}),
    # --- conquerordinary -----------------------------------------------------------------------------
    ("conquerordinary-1", """Our stock ships from several supplier warehouses, so nothing can be sent back until customer service has
given you an RMA number and the address to send it to. Get in touch with them first.""",
     {"returns.request_required_before_shipping": True, "instructions.address_on_request": True}),
    ("conquerordinary-2", """Unopened goods can come back up to thirty days after they reach you, in their original condition and
original packaging with the packing slip. You then get the full price back, minus shipping and any
gift wrap.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"},
      "refund.original_shipping": "NEVER"}),
    # --- imsurvival ----------------------------------------------------------------------------------
    ("imsurvival-1", """The majority of our products can be sent back for a refund up to ten days after we ship them. We deduct
the shipping we actually paid, and we may also charge a restocking fee of as much as 25%.""",
     {**_w(10, "SHIPMENT"), "returns.most_items_only": True, "refund.original_shipping": "NEVER"}),
    ("imsurvival-2", """For us to credit a return, it has to be:
- unused and as new;
- complete with its original box, tags, paperwork, manuals and every accessory.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED", "ORIGINAL_CONDITION"}}),
    ("imsurvival-3", """We need the item back fit to be sold again, except when it reached you damaged or faulty.""",
     {"fault.waive_condition": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("imsurvival-4", """You pay for the postage on a return, and the parcel travels at your risk until it reaches us.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("imsurvival-5", """Every return needs an RMA number, which our customer service team gives you.""",
     {"returns.request_required_before_shipping": True}),
    ("imsurvival-6", """Certain products, clearance goods among them, cannot be returned, and we may turn down any return for any
reason.""",
     {"exclusions": {"CLEARANCE"}}),
    ("imsurvival-7", """Once an approved return is with our returns department, allow as many as ten working days for the
refund.""",
     {"refund.processing": _r(0, 10, "BUSINESS")}),
    ("imsurvival-8", """Sending something back? Choose a service with tracking or insurance, so the parcel doesn't get lost on
the way.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    # --- lineinthesand -------------------------------------------------------------------------------
    ("lineinthesand-1", """Returns and exchanges are started online, on our returns page.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_via": "WEBSITE"}),
    ("lineinthesand-2", """A $9.99 shipping charge is taken for every return or exchange.""",
     {"resolutions.exchange": "ALWAYS", "fees.flat_fee": "9.99"}),
    ("lineinthesand-3", """Return requests are accepted up to thirty days from the day your order arrives.""",
     {**_w(30, "DELIVERY")}),
    ("lineinthesand-4", """We can take an item back only if:
- it hasn't been worn or used, and is just as it was when it reached you;
- all its tags are still on and it is in its original packaging;
- you can show a receipt or other proof of purchase.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("lineinthesand-5", """Gift cards, sale items and personal care products, beauty products included, are not returnable.""",
     {"exclusions": {"OTHER:personal care|OTHER:beauty", "CLEARANCE|FINAL_SALE", "OTHER:gift card"}}),
    ("lineinthesand-6", """Check your parcel as soon as it arrives. If something is faulty or damaged, or it isn't what you ordered,
get in touch straight away so we can look into it and put it right.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("lineinthesand-7", """Want something different? Send back what you have and, once we've accepted the return, simply place a
new order for the item you'd prefer. It's the quickest way.""",
     {"resolutions.reorder_hint": True}),
    ("lineinthesand-8", """When your return has arrived and been checked, we'll tell you whether the refund is approved; an approved
refund goes back automatically to the payment method you used.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"}),
    # --- panproa -------------------------------------------------------------------------------------
    ("panproa-1", """Whether you want a refund or a swap, the item has to be unopened and unused, in its original packaging
with every tag, label and accessory still in place.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "ACCESSORIES_INCLUDED"},
      "resolutions.exchange": "ALWAYS"}),
    ("panproa-2", """Custom and personalised pieces are final sale: we only take them back or exchange them if they reach you
faulty or are not what you ordered.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom"}, "fault.overrides_exclusions": True,
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("panproa-3", """You have thirty days from delivery to ask us for a return or an exchange.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("panproa-4", """Return postage is normally paid by you. When the item is faulty, was damaged in transit or is not what
you ordered (the wrong product or size, or parts missing), we send a prepaid label and pay all the
shipping ourselves.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM", "INCOMPLETE"}}),
    ("panproa-5", """We suggest sending your return with a tracked service and keeping the postage receipt.""",
     {"instructions.tracked_shipping_recommended": True}),
    # --- serendipitywoods ----------------------------------------------------------------------------
    ("serendipitywoods-1", """As long as your parcel hasn't left us yet, we can normally cancel the order and refund the whole amount
to the way you paid, so contact us quickly.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("serendipitywoods-2", """Out of respect for the designers and because of copyright, we can't take back anything printed: books,
patterns, or anything else that could be photocopied.""",
     {"exclusions": {"OTHER:printed|OTHER:pattern|OTHER:book|OTHER:photocop"}}),
    ("serendipitywoods-3", """Fabric can be returned if you get in touch with us within a week of your order arriving.""",
     {**_w(7, "DELIVERY")}),
    ("serendipitywoods-4", """Heads up: returns do not go to the address our parcels are sent from; it is a separate one.""",
     {"instructions.use_address_from_instructions": True}),
    # --- theinstrumentstore --------------------------------------------------------------------------
    ("theinstrumentstore-1", """Items we sell as new and unused can come back to us for up to thirty days from the day they reach you.""",
     {**_w(30, "DELIVERY")}),
    ("theinstrumentstore-2", """No return request goes ahead without a valid RMA number; you can get one from customer service by
email or over the phone.""",
     {"returns.request_required_before_shipping": True, "returns.request_via": "EMAIL"}),
    ("theinstrumentstore-3", """When you ask for your RMA number, tell us plainly why you are sending the item back.""",
     {"requirements.reason_required": True}),
    ("theinstrumentstore-4", """A refund covers at most what you paid for the item itself, plus any sales tax; shipping and handling
charges are never part of it.""",
     {"refund.original_shipping": "NEVER"}),
    ("theinstrumentstore-5", """Once your parcel is with us, processing it takes three to five working days; your bank then needs a
further five to ten working days to handle the refund.""",
     {"refund.processing": _r(3, 5, "BUSINESS"), "refund.additional_delay": _r(5, 10, "BUSINESS")}),
    ("theinstrumentstore-6", """Shipping an item back to us is at the customer's expense.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("theinstrumentstore-7", """Returned items must show no wear and tear and come back complete, with everything that was in the box
and the box itself.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("theinstrumentstore-8", """Anything sold to you 'as is' or as 'final sale' can't be returned.""",
     {"exclusions": {"FINAL_SALE", "OTHER:as-is|OTHER:as is"}}),
    ("theinstrumentstore-9", """Harmonicas, and boxes of reeds once opened, are not returnable for health reasons.""",
     {"exclusions": {"OTHER:harmonica", "OTHER:reed"}}),
    # --- winkalotts ----------------------------------------------------------------------------------
    ("winkalotts-1", """For thirty-one days after you buy it, an unopened product that is still new and in its original
packaging can come back to us for a refund or an exchange. The refund leaves out the delivery charge
you paid, and any processing fee we were charged is taken off it.""",
     {**_w(31, "PURCHASE"), "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
      "resolutions.exchange": "ALWAYS", "refund.original_shipping": "NEVER"}),
    ("winkalotts-2", """Sending the item back to us is at your own cost.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("winkalotts-3", """Once opened, some products can't be returned, exchanged or refunded, for health and safety reasons:
baby carriers, car seats and bases, breast pumps, bath and health products, toddler helmets, sleep
bags, sleep suits and swaddles, for example. The list isn't complete, so check with us first.""",
     {"exclusions": {"OTHER:health|OTHER:safety|OTHER:opened|OTHER:baby carrier|OTHER:bath|OTHER:breast pump|OTHER:car seat"
                     "|OTHER:helmet|OTHER:sleep|OTHER:swaddle"}}),
    ("winkalotts-4", """Sent the wrong thing? That one's on us: we'll ship you the right product free of charge and pay the
postage for returning the wrong one.""",
     {"fault.reasons": {"WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("winkalotts-5", """You'll get an email from us when your return has arrived and been processed.""",
     {"refund.confirmation_email": True}),
    ("winkalotts-6", """Refunds are paid back to the card or account you used, no later than three working days after your
return reaches us.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 3, "BUSINESS")}),
]
