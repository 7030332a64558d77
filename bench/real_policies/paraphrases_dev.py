"""The rules of the dev set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/dev.json, git-ignored). See
paraphrase_score.py."""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- celticarthouse ---------------------------------------------------------------------------
    ("celticarthouse-1", """Did something arrive broken or faulty? Tell us within a week and we'll sort out a swap or your money back.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.window.days": 7, "fault.remedies": {"REFUND", "EXCHANGE"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("celticarthouse-2", """Returns are taken for thirty days; past that point we have to say no.""",
     _w(30)),
    ("celticarthouse-3", """Where needed, the postage back is on us: we either send you a prepaid label or pay you back what you spent sending it.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("celticarthouse-4", """Nothing can be sent back until we have given you a return authorisation number.""",
     {"returns.request_required_before_shipping": True}),
    ("celticarthouse-5", """Once we approve a return or a damage claim, the money goes straight back to the card or other payment method you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("celticarthouse-6", """Damaged in transit
You can have a fresh piece sent out in place of the damaged one, or your money returned.""",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- electricrider ----------------------------------------------------------------------------
    ("electricrider-1", """We can take a product back if it is as good as new and no more than thirty days have passed since we dispatched your order.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}, **_w(30, "SHIPMENT")}),
    ("electricrider-2", """We will refuse anything that has been used, is damaged, or is in any way not in the state it left our warehouse.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("electricrider-3", """Ship it with a trackable service and keep the number, and take out cover for the parcel's value in case it goes missing or gets damaged.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    # --- elsasdigitalportraits --------------------------------------------------------------------
    ("elsasdigitalportraits-1", """Refund requests need a picture showing the damage, sent to us by email.""",
     {"fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("elsasdigitalportraits-2", """Approved refunds are paid back onto the card or account you originally used.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("elsasdigitalportraits-3", """You have three days from the day you buy to ask for your money back or a swap; after that we can't help.""",
     {**_w(3, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("elsasdigitalportraits-4", """A replacement is offered solely for pieces that arrive faulty or broken.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- hengestonegallery ------------------------------------------------------------------------
    ("hengestonegallery-1", """Every product, apart from those in our exceptions list, is covered for factory faults for thirty days after it is delivered.""",
     {"fault.reasons": {"DEFECTIVE"}}),
    ("hengestonegallery-2", """You have thirty days after your goods arrive to return or exchange them.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("hengestonegallery-3", """Please send items back exactly as they left the factory, in their original boxes and with every manual, warranty card and accessory included.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"}}),
    ("hengestonegallery-4", """Get our approval first: returns that arrive without it are not accepted.""",
     {"returns.request_required_before_shipping": True}),
    ("hengestonegallery-5", """Shipping and handling charges are kept, unless we sent you the wrong item by mistake.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"WRONG_ITEM"}}),
    ("hengestonegallery-6", """When the wrong item is back with us, we dispatch the right one, or refund the whole order if we have none left.""",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("hengestonegallery-7", """If you simply no longer want an item, twenty percent is deducted from the refund for restocking.""",
     {"fees.restocking_percent": "20"}),
    ("hengestonegallery-8", """We can only take back goods that have never been used.""",
     {"requirements.condition": {"UNUSED"}}),
    # --- restockar --------------------------------------------------------------------------------
    ("restockar-1", """Want a different item instead? Swaps can be arranged up to a week after delivery, unless we have said otherwise for that item.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("restockar-2", """We need the item untouched and as it came to you, tags still on and packaging undamaged.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("restockar-3", """Please have your receipt or other proof you bought from us ready; we can't start without it.""",
     {"requirements.proof_of_purchase": True}),
    ("restockar-4", """We cannot take back:
- perishable goods
- made-to-order items
- personal care products""",
     {"exclusions": {"OTHER:perishable", "PERSONALIZED", "OTHER:personal care"}}),
    ("restockar-5", """Hazardous materials, including gases and flammable liquids, are never accepted back.""",
     {"exclusions": {"OTHER:hazardous"}}),
    ("restockar-6", """Gift cards and anything bought on sale are final.""",
     {"exclusions": {"CLEARANCE", "OTHER:gift card"}}),
    ("restockar-7", """Anything sold as pre-owned can be neither swapped nor refunded.""",
     {"exclusions": {"OTHER:pre-owned"}}),
    ("restockar-8", """To exchange something, sign in to your customer account on our site and start the return there.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_via": "WEBSITE"}),
    ("restockar-9", """Every return is checked over when it reaches us, and we then tell you whether your request has been accepted.""",
     {"refund.inspection": True}),
    # --- skelligwars ------------------------------------------------------------------------------
    ("skelligwars-1", """You have three weeks from the day your parcel arrives to arrange a return.""",
     _w(21, "DELIVERY")),
    ("skelligwars-2", """Items should come back in their own packaging, and that packaging must not be damaged.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("skelligwars-3", """We refund what you paid for the goods to the card you paid with; any delivery charge you paid is not refunded.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.original_shipping": "NEVER"}),
    ("skelligwars-4", """Postage for sending goods back is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("skelligwars-5", """After we issue your refund it can take as long as four days to show in your bank account.""",
     {"refund.typical_arrival": _r(0, 4)}),
    # --- spoiledbrat ------------------------------------------------------------------------------
    ("spoiledbrat-1", """Returns are requested online: sign in and use the returns section of your account.""",
     {"returns.request_via": "WEBSITE"}),
    ("spoiledbrat-2", """We strongly suggest sending your parcel with a tracked service, since nothing can be refunded or exchanged unless it actually reaches us.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("spoiledbrat-3", """You'll get an email as soon as your parcel is back with us, and another when the refund has gone through.""",
     {"refund.confirmation_email": True}),
    ("spoiledbrat-4", """Return postage is paid by the customer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("spoiledbrat-5", """Refunds are only given on goods sent back inside a fourteen-day period.""",
     _w(14)),
    ("spoiledbrat-6", """No more than two weeks after your return reaches us, your refund or exchange will be dealt with.""",
     {"refund.processing": _r(0, 14), "resolutions.exchange": "ALWAYS"}),
    ("spoiledbrat-7", """Try things on carefully: anything sent back needs its original tags still on.""",
     {"requirements.condition": {"TAGS_ATTACHED"}}),
]
