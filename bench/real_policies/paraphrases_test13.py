"""The rules of the test13 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/test13.json, git-ignored). See
paraphrase_score.py."""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- myvacuumstore (vacuum cleaners) ---
    ("myvacuumstore-1",
     """You have 30 days from the day you bought an item to send it back. We take it back only if it was
never opened or used and is still in the box it came in; we then refund the full price, minus the
original delivery charge and the card processing fee.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"ORIGINAL_PACKAGING", "UNUSED"},
      "refund.original_shipping": "NEVER"}),
    ("myvacuumstore-2",
     """Under no circumstances can we accept back:
- replacement filters of any kind, electrical parts or vacuum fittings that have been used
- vacuum bags or cleaning detergents and chemicals once they are opened""",
     {"exclusions": {"OTHER:fitting", "OTHER:filter", "OTHER:electrical", "OTHER:vacuum bag",
                     "OTHER:detergent|OTHER:chemical"}}),
    ("myvacuumstore-3",
     """Whatever it costs to ship your return to us is yours to pay.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("myvacuumstore-4",
     """Once a returned product reaches us, we examine it, and only then do we send your refund.""",
     {"refund.inspection": True}),
    ("myvacuumstore-5",
     """Every parcel you send back needs an authorization number issued by us. A parcel that arrives
without one will be turned away, and you will bear the cost.""",
     {"returns.request_required_before_shipping": True}),

    # --- sewingmachine (sewing machines) ---
    ("sewingmachine-1",
     """Changed your mind? Within thirty days you can get your money back (some limits apply).""",
     {"returns.window.days": 30}),
    ("sewingmachine-2",
     """Nothing may be sent back, whether for a return or an exchange, until our returns team has approved
it. Ask for that approval through the online form in your customer account.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_required_before_shipping": True, "returns.request_via": "WEBSITE"}),
    ("sewingmachine-3",
     """We don't take back parts bought on special order.""",
     {"exclusions": {"OTHER:special order"}}),
    ("sewingmachine-4",
     """What you paid for delivery is never refunded, and if your order shipped free, the cost of sending it
to you is taken off your refund.""",
     {"refund.original_shipping": "NEVER"}),
    ("sewingmachine-5",
     """Every item that comes back is checked by us before any money is returned.""",
     {"refund.inspection": True}),
    ("sewingmachine-6",
     """Software can be neither returned nor exchanged, except when it was faulty when you bought it, and
then only for an identical copy.""",
     {"exclusions": {"OTHER:software"}}),
    ("sewingmachine-7",
     """Custom orders: anything we build to your own specifications is final and can't be sent back.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom"}}),

    # --- airpura (air purifiers) ---
    ("airpura-1",
     """For up to thirty days after you buy from us, you can ask for your money back.""",
     {**_w(30, "PURCHASE")}),
    ("airpura-2",
     """We accept a unit back only if it is just as it was when you got it: clean, free of damage and fit to
be sold again, packed in its original box and foam inserts, with its manuals.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED"}}),
    ("airpura-3",
     """A return can't be completed unless you show us your receipt or some other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("airpura-4",
     """The postage for sending your item back is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("airpura-5",
     """We recommend insuring your parcel before you send it: if it is lost or damaged on the way, we can't
be held responsible.""",
     {"instructions.insured_shipping_recommended": True}),
    ("airpura-6",
     """Each returned item is inspected, and items bought at full price carry a twenty-five percent
restocking fee.""",
     {"fees.restocking_percent": "25", "refund.inspection": True}),
    ("airpura-7",
     """The following can't be returned: UV lights, pre-filters and replacement filters.""",
     {"exclusions": {"OTHER:filter", "OTHER:uv light"}}),
    ("airpura-8",
     """Returns start by email: write to returns@example.com with your name, the unit's serial number and
why you are sending it back. We'll reply with an RA number, which has to be marked clearly on the box.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),

    # --- shopofficechairs (office chairs) ---
    ("shopofficechairs-1",
     """Did something arrive damaged, or is something missing? Email us pictures of it without delay, and no
later than seven days after the delivery.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
      **_w(7, "DELIVERY", prefix="fault.window")}),
    ("shopofficechairs-2",
     """No return can be made without our approval; we will tell you how to get it and will arrange for any
damaged goods to be collected from you.""",
     {"returns.request_required_before_shipping": True}),
    ("shopofficechairs-3",
     """We guarantee our products against manufacturing faults. If you find one, tell us within 7 days of
the item being delivered and we will ship you a new one.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window"),
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),

    # --- standwhileworking (standing desks) ---
    ("standwhileworking-1",
     """Should your order reach you damaged, email photographs of the damage to returns@example.com and we
will file the insurance claim for you.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("standwhileworking-2",
     """We can only pay a refund back to the credit card the order was paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),

    # --- smarthomegadgets (smart home devices) ---
    ("smarthomegadgets-1",
     """Not happy with it? Send it back for a full refund up to thirty days after it was delivered. Just
email hello@example.shop within those thirty days to get the return started.""",
     {**_w(30, "DELIVERY"), "returns.request_via": "EMAIL"}),
    ("smarthomegadgets-2",
     """Returns are accepted only in their original packaging and in as-new condition, ready to be resold;
if not, we charge a restocking fee.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("smarthomegadgets-3",
     """You pay to send a return back to us, and we don't reimburse that cost, except when the item reached
you damaged or was not the one you ordered.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED", "WRONG_ITEM"}}),
    ("smarthomegadgets-4",
     """Your refund is credited back to the card or other payment method you used at checkout.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("smarthomegadgets-5",
     """Once your parcel reaches us, processing the return takes between five and seven working days.""",
     {"refund.processing": _r(5, 7, "BUSINESS")}),
    ("smarthomegadgets-6",
     """If an item turns up damaged, get in touch no later than five days after it arrives so we can start
the return.""",
     {"fault.reasons": {"DAMAGED"}, **_w(5, "DELIVERY", prefix="fault.window")}),
    ("smarthomegadgets-7",
     """A defective product is swapped for a new one, provided it comes back to us no more than 30 days
after it was delivered.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),

    # --- billiardpooltableplus (pool tables) ---
    ("billiardpooltableplus-1",
     """Up to thirty days from the date on your invoice, any purchase can be sent back, whether you'd like
to swap it for something else or you're simply not happy with it.""",
     {**_w(30, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("billiardpooltableplus-2",
     """We take items back only as they were sold: no wear, no damage, no dings or scrapes (chalk on the tip
of a cue is fine).""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("billiardpooltableplus-3",
     """Please return everything in its original packaging, along with any warranty papers that came with it.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("billiardpooltableplus-4",
     """Not covered by our 30-day guarantee:
- personalized or custom-made products
- anything bought at a discount, on clearance or as final sale
- products that are worn, altered, modified, misused, abused or badly maintained""",
     {"exclusions": {"FINAL_SALE|CLEARANCE|OTHER:sale|OTHER:discount", "PERSONALIZED|OTHER:custom"}, "requirements.condition": {"NOT_ALTERED", "NOT_WORN"}}),
    ("billiardpooltableplus-5",
     """For your own protection, have the return parcel insured and hold on to its tracking number.""",
     {"instructions.insured_shipping_recommended": True, "instructions.tracked_shipping_recommended": True}),
    ("billiardpooltableplus-6",
     """No return or exchange can be accepted without the original receipt.""",
     {"requirements.proof_of_purchase": True}),

    # --- mypianova (digital pianos) ---
    ("mypianova-1",
     """Eligible items can come back to us for up to thirty calendar days, counted from the day they are
delivered.""",
     {**_w(30, "DELIVERY", "CALENDAR")}),
    ("mypianova-2",
     """We accept a piano back only if it is still sealed and has never been played, shows no wear, damage
or changes, is in the manufacturer's undamaged box with every accessory, cable, pedal and manual it
shipped with, and comes with your receipt or order number.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION", "ACCESSORIES_INCLUDED",
                                 "MANUALS_INCLUDED"},
      "requirements.proof_of_purchase": True}),
    ("mypianova-3",
     """We keep fifteen percent of each refund as a restocking charge, unless you are returning the item
because we made a mistake in shipping your order.""",
     {"fees.restocking_percent": "15", "fees.waived_when_merchant_at_fault": True}),
    ("mypianova-4",
     """Custom pieces, special orders and anything sold on clearance or as final sale are non-returnable.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special order", "CLEARANCE|FINAL_SALE"}}),

    # --- 1971hook (hot sauce) ---
    ("1971hook-1",
     """Our sauces are food, so every sale is final: we don't take products back or swap them.""",
     {"returns.enabled": False, "resolutions.exchange": "NEVER"}),
    ("1971hook-2",
     """Did your bottles turn up broken, faulty or not what you ordered? Write to us no more than two days
after delivery with your order number, a short description of the problem and at least one photo
showing it.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}, **_w(2, "DELIVERY", prefix="fault.window"),
      "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("1971hook-3",
     """If a product reached you damaged or defective, you choose: a new one or all your money back. If we
sent the wrong item, we ship the right one free of charge.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("1971hook-4",
     """Refunds go back onto the payment method used for the order; allow 5 to 10 business days.""",
     {"refund.processing": _r(5, 10, "BUSINESS"), "refund.method": "ORIGINAL_PAYMENT"}),

    # --- oliveoil4life (olive oil) ---
    ("oliveoil4life-1",
     """Returns and refunds can be requested for up to fourteen days from the date you bought the item.""",
     {**_w(14, "PURCHASE")}),
    ("oliveoil4life-2",
     """We can only refund bottles that are still unopened with the seal unbroken, in their original
packaging and in the same state as when they reached you.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"}}),
    ("oliveoil4life-3",
     """Returns are started by emailing returns@example.com.""",
     {"returns.request_via": "EMAIL"}),
    ("oliveoil4life-4",
     """Ask for a return first: any package we receive without a return request will be turned away.""",
     {"returns.request_required_before_shipping": True}),
    ("oliveoil4life-5",
     """When your return reaches us we examine it and tell you whether it has been accepted. For an accepted
return, you decide whether you want a refund or an exchange.""",
     {"refund.inspection": True, "resolutions.exchange": "ALWAYS"}),
    ("oliveoil4life-6",
     """Refunds are paid back to whatever you paid with, in no more than ten working days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 10, "BUSINESS")}),
    ("oliveoil4life-7",
     """Check your parcel as soon as it arrives. If something is broken, faulty or not what you ordered,
let us know straight away so that we can look into it and put it right.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("oliveoil4life-8",
     """Exchanging an order you placed by mistake, refused or never collected costs a $10 restocking fee,
as long as you are still inside the fourteen-calendar-day return period.""",
     {"resolutions.exchange": "ALWAYS", "returns.window.days": 14, "returns.window.unit": "CALENDAR"}),

    # --- saltysavorysweet (spices) ---
    ("saltysavorysweet-1",
     """You can ask to return an item up to thirty days after it reaches you.""",
     {**_w(30, "DELIVERY")}),
    ("saltysavorysweet-2",
     """Returns must be unused, still tagged, in the original packaging and exactly as you received them,
and must come with a receipt or other proof of purchase.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("saltysavorysweet-3",
     """Anything that isn't food, such as teapots or salt and pepper mills, can be exchanged within 30 days,
as long as you bring the original receipt and the product's original packaging.""",
     {"resolutions.exchange": "ALWAYS", "returns.window.days": 30, "requirements.proof_of_purchase": True,
      "requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("saltysavorysweet-4",
     """We refund only items that have not been used and are just as we sold them.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("saltysavorysweet-5",
     """Perishables can't be sent back. Food sales are final: opened or sealed, we won't take food back.""",
     {"exclusions": {"OTHER:perishable|OTHER:food|OTHER:gift set"}}),
    ("saltysavorysweet-6",
     """Gift boxes with teas, spices, herbs or other edible treats count as food, so they can be neither
exchanged nor refunded.""",
     {"exclusions": {"OTHER:perishable|OTHER:food|OTHER:gift set|OTHER:gift box"}}),
    ("saltysavorysweet-7",
     """Gift cards and anything bought on sale are non-returnable.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:gift card"}}),
    ("saltysavorysweet-8",
     """We don't refund delivery charges.""",
     {"refund.original_shipping": "NEVER"}),
    ("saltysavorysweet-9",
     """A faulty item qualifies for a refund if you tell us about it no later than 30 days after your order
arrives.""",
     {"fault.reasons": {"DEFECTIVE"}}),

    # --- mydietshopz (nutrition bars) ---
    ("mydietshopz-1",
     """Think a product is faulty? We'll pass its batch and serial numbers and any samples you have to the
maker, and if they find it is faulty, you get your money back for it.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REFUND"}}),
]
