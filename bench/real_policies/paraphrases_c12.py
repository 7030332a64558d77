"""The rules of twelve shops' return-policy pages (set c12: gift baskets, party supplies, greeting
cards, photo prints, framing, flags, religious gifts, trading cards and collectibles, knives), one
item per sentence that states a drafted setting as a general rule, each rewritten in our own words
and labelled with the facts it states. The pages' own sentences are not stored anywhere."""

# Pages (read with the `search` tool, corpus "pages", 2026-12-05):
#   giftbasketsgalore      https://giftbasketsgalore.com/returns/
#   partyunlimited         http://www.partyunlimitedsupplies.com/11/New-Page/
#   partysuppliesarea      https://www.partysuppliesarea.com/returns-exchanges
#   whiteclover            https://whitecloverpaperco.com/refund_returns
#   chicagowallart         https://chicagowallart.com/returns
#   framesforwall          https://framesforwall.com/refund_returns
#   theflagspot            https://theflagspot.com/pages/returns-and-exchanges
#   flags1800              https://1-800flags.com/pages/returns-and-refund
#   romancatholicstore     https://theromancatholicstore.com/pages/returns-policy
#   gpknives               https://www.gpknives.com/returns/
#   thriftyknife           https://thriftyknife.com/refund_returns
#   happyskeleton          https://www.thehappyskeleton.com/shipping-returns

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- giftbasketsgalore (gift baskets) ----------------------------------------------------------------
    ("giftbasketsgalore-1", """Send a return back in the box it came in, no later than fourteen days after it was delivered. We
pay back what the order cost, less the delivery charge we billed you and less the cost of getting the
parcel back to us.""",
     {**_w(14, "DELIVERY"), "requirements.condition": {"ORIGINAL_PACKAGING"}, "refund.original_shipping": "NEVER",
      "shipping.default.payer": "CUSTOMER"}),
    ("giftbasketsgalore-2", """Please choose a delivery service that lets you follow the parcel.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("giftbasketsgalore-3", """Card-processing rules mean a refund can only be put back on the card that paid for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("giftbasketsgalore-4", """Goods that spoil or break easily can't be sent back to us.""",
     {"exclusions": {"OTHER:perishable|OTHER:spoil", "OTHER:fragile|OTHER:break"}}),
    # --- partyunlimited (party supplies) -----------------------------------------------------------------
    ("partyunlimited-1", """You have thirty days, counted from the day your parcel reached you, to send things back.""",
     {**_w(30, "DELIVERY")}),
    ("partyunlimited-2", """Put the delivery receipt in with anything you return.""",
     {"requirements.proof_of_purchase": True}),
    ("partyunlimited-3", """We refund only the price of the goods, and the postage to send them back is yours to pay.""",
     {"refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER"}),
    ("partyunlimited-4", """Every refund goes back to the payment method used at checkout.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("partyunlimited-5", """Goods must come back as new: unopened, never worn, and in their first packaging.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "NOT_WORN", "ORIGINAL_PACKAGING"}}),
    ("partyunlimited-6", """Post your return with a service that can be traced.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("partyunlimited-7", """Sweets and other food, glow sticks, helium tanks and balloon weights cannot be returned.""",
     {"exclusions": {"OTHER:food|OTHER:candy|OTHER:sweet", "OTHER:glow", "OTHER:helium", "OTHER:balloon"}}),
    ("partyunlimited-8", """Special orders, personalised products and sale goods are not taken back.""",
     {"exclusions": {"OTHER:special", "PERSONALIZED|OTHER:custom|OTHER:personali", "CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    # --- partysuppliesarea (party supplies) --------------------------------------------------------------
    ("partysuppliesarea-1", """Anything you bought can be sent back or swapped up to 15 days after your order arrives.""",
     {**_w(15, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("partysuppliesarea-2", """To qualify, the item has to be unused and as it was sold, with every tag still on and its packaging
whole, and you need your order confirmation or receipt.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("partysuppliesarea-3", """For hygiene, colouring masks, party hats, made-to-order or personalised goods, and anything used or
damaged are not accepted back.""",
     {"exclusions": {"OTHER:hat", "OTHER:mask", "PERSONALIZED|OTHER:custom|OTHER:made-to-order"}, "requirements.condition": {"UNUSED"}}),
    ("partysuppliesarea-4", """Start by writing to our service team by email within those 15 days of delivery, and wait for our
authorisation before posting anything.""",
     {**_w(15, "DELIVERY"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("partysuppliesarea-6", """Wrap the item safely in the box it came in, with all its parts and extras.""",
     {"instructions.pack_securely": True, "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("partysuppliesarea-7", """Post it to the address given in our authorisation email. Since the postage is on you, we suggest a
service with tracking.""",
     {"instructions.address_on_request": True, "shipping.default.payer": "CUSTOMER",
      "instructions.tracked_shipping_recommended": True}),
    ("partysuppliesarea-8", """After the parcel arrives and we have checked it, we email you about your refund or swap.""",
     {"resolutions.exchange": "ALWAYS", "refund.inspection": True, "refund.confirmation_email": True}),
    ("partysuppliesarea-9", """You pay to send goods back unless we sent the wrong thing or it is faulty; the first delivery charge
is never refunded.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}, "refund.original_shipping": "NEVER"}),
    # --- whiteclover (greeting cards, stationery) --------------------------------------------------------
    ("whiteclover-1", """Refunds and exchanges are open for thirty days after your order is received.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("whiteclover-2", """An item qualifies only if it is unused, in the state it reached you, and in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("whiteclover-3", """We need a receipt or other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("whiteclover-4", """Personalised and made-to-order pieces, cards included, can be neither returned nor exchanged.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:made-to-order"}}),
    ("whiteclover-5", """A refund is granted only once the goods are back with us and have been inspected.""",
     {"refund.inspection": True}),
    ("whiteclover-6", """We don't pay back delivery charges: what it cost to ship the order to you is taken off your refund.""",
     {"refund.original_shipping": "NEVER"}),
    # --- chicagowallart (photo prints) -------------------------------------------------------------------
    ("chicagowallart-1", """If a print reaches you damaged or faulty, tell us no later than thirty days from the date you placed
the order.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(30, "PURCHASE", prefix="fault.window")}),
    ("chicagowallart-2", """A returned item must be unused, in its original packaging, and as you found it on arrival.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("chicagowallart-3", """When a print comes back for any reason other than damage or a defect, we keep 25% as a restocking
charge.""",
     {"fees.restocking_percent": "25", "fees.waived_when_merchant_at_fault": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("chicagowallart-4", """Shipping is not refunded, and the cost of posting your return is yours.""",
     {"refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER"}),
    ("chicagowallart-5", """Think about a tracked service or buying cover for the parcel.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    ("chicagowallart-6", """When your return has arrived and been checked, we email you to say so.""",
     {"refund.inspection": True}),
    ("chicagowallart-7", """Approved refunds are credited to your card or whatever you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("chicagowallart-8", """Limited Edition prints and discounted items can't be returned.""",
     {"exclusions": {"OTHER:limited", "CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:discount"}}),
    # --- framesforwall (frames) --------------------------------------------------------------------------
    ("framesforwall-1", """Frames may come back within 30 days of delivery.""",
     {**_w(30, "DELIVERY")}),
    ("framesforwall-2", """They must be unused, still in their first packaging, and fit to sell again.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("framesforwall-3", """We ask for proof of purchase, such as the order number or receipt.""",
     {"requirements.proof_of_purchase": True}),
    ("framesforwall-4", """Custom or personalised frames, gift cards, and clearance or final-sale goods are not returnable.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:gift card", "CLEARANCE|FINAL_SALE"}}),
    ("framesforwall-5", """We look over each return once it arrives, then refund approved ones to the original payment method
within 5 to 10 business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 10, "BUSINESS")}),
    ("framesforwall-6", """Delivery charges are kept, unless the return is our mistake or the item is faulty.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE"}}),
    ("framesforwall-7", """A faulty or damaged item is replaced.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "fault.remedies": {"REPLACEMENT"}}),
    ("framesforwall-8", """You pay for the return trip unless the item is faulty or we sent you the wrong one; send it with
tracking.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "instructions.tracked_shipping_recommended": True}),
    ("framesforwall-9", """To begin a return, send us an email.""",
     {"returns.request_via": "EMAIL"}),
    # --- theflagspot (flags) -----------------------------------------------------------------------------
    ("theflagspot-1", """We accept an item back only when it is unused, just as it reached you, and in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("theflagspot-2", """Returns and exchanges have to happen no later than 30 days after you bought the item.""",
     {**_w(30, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("theflagspot-3", """Once your return reaches us, the money goes back to the method you paid with and shows up about two
to four days after we process it.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.additional_delay": _r(2, 4)}),
    ("theflagspot-4", """Got a faulty flag, or the wrong one? We email you a return label and cover the postage.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("theflagspot-5", """If you simply changed your mind, post it back at your own cost; neither the first delivery nor the
return postage is refunded.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    ("theflagspot-6", """Pick a carrier you can track, such as USPS Priority Mail, UPS or FedEx.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.carrier_examples": ["USPS", "UPS", "FedEx"]}),
    # --- flags1800 (flags) -------------------------------------------------------------------------------
    ("flags1800-1", """You can ask for a return for up to seven days after your order reaches you.""",
     {**_w(7, "DELIVERY")}),
    ("flags1800-2", """The flag must be unused, never flown or put on display, and as it was when it arrived.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("flags1800-3", """Arrived damaged? Let us know inside seven days of delivery: we email a prepaid label, and you choose a
full refund or a swap.""",
     {"resolutions.exchange": "MERCHANT_AT_FAULT", "fault.reasons": {"DAMAGED"}, **_w(7, "DELIVERY", prefix="fault.window"),
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.remedies": {"REFUND", "EXCHANGE"},
      "fault.full_refund": True}),
    ("flags1800-4", """Changed your mind? Tell us within the first week after delivery and we refund everything but the
original shipping.""",
     {**_w(7, "DELIVERY"), "refund.original_shipping": "NEVER"}),
    ("flags1800-5", """Write to our sales email to start; anything mailed back before we have accepted a request is
refused.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("flags1800-6", """Check the order when it comes and tell us straight away if something is broken, faulty or not what
you ordered.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}}),
    ("flags1800-7", """When we have the return and have checked it, an approved refund goes automatically to your original
payment method; your bank may need 5 to 7 business days more to post it.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.additional_delay": _r(5, 7, "BUSINESS")}),
    ("flags1800-8", """Custom-made flags cannot be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom"}}),
    # --- romancatholicstore (religious gifts) ------------------------------------------------------------
    ("romancatholicstore-1", """We take back most things by post for 30 days after they arrive, with the return postage paid by
you.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True, "shipping.default.payer": "CUSTOMER"}),
    ("romancatholicstore-2", """The first delivery fee, if you paid one, is kept.""",
     {"refund.original_shipping": "NEVER"}),
    ("romancatholicstore-3", """Email our service team first to open a return request.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("romancatholicstore-4", """Goods have to come back in their first state and box, with every accessory and document included.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                 "MANUALS_INCLUDED"}}),
    ("romancatholicstore-5", """After we have checked what you sent, we refund it to the way you paid; give it five to seven
working days to reach your account.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.typical_arrival": _r(5, 7, "BUSINESS")}),
    ("romancatholicstore-6", """If an item is faulty, damaged or not the one you ordered, contact us at once and we will replace
it if we have it in stock.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("romancatholicstore-7", """Custom goods, such as special orders and personalised pieces, are not returnable.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:special"}}),
    ("romancatholicstore-8", """We are glad to exchange items.""",
     {"resolutions.exchange": "ALWAYS"}),
    # --- gpknives (knives) -------------------------------------------------------------------------------
    ("gpknives-1", """Phone us within 7 days to get a return authorization number; return shipping is never on us.""",
     {"returns.window.days": 7, "returns.request_required_before_shipping": True,
      "shipping.default.payer": "CUSTOMER"}),
    ("gpknives-2", """You can swap an item for another of the same value.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("gpknives-3", """A 15% restocking fee applies to every return, and $10.00 more comes off if your order shipped free.""",
     {"fees.restocking_percent": "15", "fees.free_shipping_deduction": "10.00"}),
    ("gpknives-4", """Once the goods reach us, we refund the card or method you paid with; processing takes 5 to 7 days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 7)}),
    ("gpknives-5", """Only new, unused merchandise is accepted back.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED"}}),
    ("gpknives-6", """Getting the item back to us is your job, and the parcel should be insured.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.insured_shipping_recommended": True}),
    # --- thriftyknife (knives) ---------------------------------------------------------------------------
    ("thriftyknife-1", """You have thirty days from your purchase date to send something back.""",
     {**_w(30, "PURCHASE")}),
    ("thriftyknife-2", """It must be unused, in the state you got it, and still in its original packaging, and we need your
proof of purchase.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("thriftyknife-3", """When the return arrives we inspect it and email you to confirm receipt and whether your refund is
approved.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    ("thriftyknife-4", """An approved refund is credited to your original payment method.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("thriftyknife-5", """If your knife turns up faulty or damaged, email us and we will send a new one straight away.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("thriftyknife-6", """The cost of posting a return to us is yours.""",
     {"shipping.default.payer": "CUSTOMER"}),
    # --- happyskeleton (trading cards, collectibles) -----------------------------------------------------
    ("happyskeleton-1", """Trading cards, sealed or single, are final sale: no returns and no exchanges.""",
     {"exclusions": {"OTHER:trading card|OTHER:card"}}),
    ("happyskeleton-2", """Ask for a return no later than seven days after delivery.""",
     {**_w(7, "DELIVERY")}),
    ("happyskeleton-3", """We deduct a 20% restocking fee from every approved refund.""",
     {"fees.restocking_percent": "20"}),
    ("happyskeleton-4", """Items must come back unopened and sealed where they were sealed, in the packaging they shipped in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
]
