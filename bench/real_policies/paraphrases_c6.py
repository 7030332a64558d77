"""The rules of twelve more shops' return-policy pages (set c6: bicycles, camping gear, golf equipment,
ski gear, fitness equipment, horse riding tack, hunting, kayaks, climbing, running shoes, tennis,
skateboards), one item per sentence that states a drafted setting as a general rule, each rewritten in
our own words and labelled by hand with the facts it states. The pages' own sentences are not kept
anywhere here; a page was read only as the opening the stored corpus holds, so a long page's later
rules are missing. Rules for one group of goods only (bikes, shoes, racquets, clothing), fees that
depend on an item's state or its price, and rules for refused parcels or international orders are left
out. See paraphrase_score.py.

Pages (read through the `search` tool, corpus "pages"):
    bbikes               https://bbikes.com/returns-policy/
    campinggearoutlet    https://campinggearoutlet.com/return-and-refund-policy/
    callawaygolfpreowned https://callawaygolfpreowned.com/customer-service?cid=order-return&fid=order-help
    skidepot             https://ski-depot.com/information-station/customer-service/returns-and-exchanges
    fitnessgearusa       https://fitnessgearusa.com/pages/return-policy
    tackshopuk           https://www.tackshop-uk.com/returns-exchanges
    huntersheart         https://store.huntersheart.com/returns.asp
    tampabaypaddle       https://tampabaypaddle.company/pages/refund-policy
    climbgear            https://www.climb-gear.com/refund-policy
    runpoint2            https://runpoint2.com/returnpolicy
    matchpointstore      https://matchpointstore.com/service/shipping-returns
    switchskateboarding  https://checkout.companybe.com/SwitchSkateboarding/help.cfm
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- bbikes (bicycle shop) ---------------------------------------------------------------------------
    ("bbikes-1", """You have thirty days from the day you bought something to bring or send it back.""",
     {**_w(30, "PURCHASE")}),
    ("bbikes-2", """Anything coming back has to be unused, with every bit of its original packaging and its tags still
on.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("bbikes-3", """We ask for evidence that you bought it here, such as a receipt or the order confirmation, on every
return.""",
     {"requirements.proof_of_purchase": True}),
    ("bbikes-4", """Got a product that doesn't work? Tell us right away and we will have it replaced or give you your
money back.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("bbikes-5", """Postage for a return is yours to pay, except when the product is faulty or the mistake was ours.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DEFECTIVE"}}),
    # --- campinggearoutlet (camping gear) ----------------------------------------------------------------
    ("campinggearoutlet-1", """Goods can be sent back for a refund during a fifteen-day period, as long as they meet our
conditions.""",
     {"returns.window.days": 15}),
    ("campinggearoutlet-2", """When a product is faulty you get all of your money back; send us a picture that shows the fault.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.full_refund": True, "fault.remedies": {"REFUND"},
      "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("campinggearoutlet-3", """What we charged to deliver the item to you is not part of the refund.""",
     {"refund.original_shipping": "NEVER"}),
    ("campinggearoutlet-4", """The cost of posting the item back to us is taken off what we refund.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("campinggearoutlet-5", """Returned goods must be new and never used, and you need to ask us for a return authorisation no
later than 15 days after the item arrives.""",
     {"requirements.condition": {"UNUSED"}, **_w(15, "DELIVERY"), "returns.request_required_before_shipping": True}),
    ("campinggearoutlet-6", """Once our prepaid label with your authorisation number reaches you, the parcel has to be on its way
back within ten days.""",
     {"instructions.ship_within_days": 10}),
    ("campinggearoutlet-7", """Everything has to be flawless and in its first box, and that box must still be unopened.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"}}),
    ("campinggearoutlet-8", """Every label that came on the product has to be kept on it.""",
     {"requirements.condition": {"TAGS_ATTACHED"}}),
    ("campinggearoutlet-9", """We cannot take back perishables, gift certificates, or anything that has been used.""",
     {"exclusions": {"OTHER:gift", "OTHER:perishable"}, "requirements.condition": {"UNUSED"}}),
    ("campinggearoutlet-10", """Products of the Camp Chef brand are sold as final and cannot come back.""",
     {"exclusions": {"OTHER:camp chef"}}),
    # --- callawaygolfpreowned (golf equipment) ------------------------------------------------------------
    ("callawaygolfpreowned-1", """Not happy with it? As long as it hasn't been hit or played, send it back within fifteen days of
when we shipped it and you get the full price of the product back.""",
     {**_w(15, "SHIPMENT"), "requirements.condition": {"UNUSED"}}),
    ("callawaygolfpreowned-2", """Charges for shipping, handling or customising are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("callawaygolfpreowned-3", """For the full refund, the item must come back just as it was when you bought it.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("callawaygolfpreowned-4", """For the full refund, the parcel must carry a return authorisation (RMA) number from us.""",
     {"returns.request_required_before_shipping": True}),
    ("callawaygolfpreowned-5", """For the full refund, every part and accessory must be included.""",
     {"requirements.condition": {"ACCESSORIES_INCLUDED"}}),
    ("callawaygolfpreowned-6", """Sign in to your account, open the order in your order history and choose what to send back: that
gives you the RMA and a free prepaid label for the return.""",
     {"returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True,
      "shipping.default.payer": "MERCHANT"}),
    ("callawaygolfpreowned-7", """Clubs bought as a set can only come back as the whole set, not one by one.""",
     {"sets.return_whole_only": True}),
    # --- skidepot (ski and snowboard) ---------------------------------------------------------------------
    ("skidepot-1", """If you are unhappy with what you bought, you can return it within 30 days and get your money back,
minus any shipping costs.""",
     {"returns.window.days": 30, "refund.original_shipping": "NEVER"}),
    ("skidepot-2", """Phone or email us first to get a return authorisation number.""",
     {"returns.request_required_before_shipping": True, "returns.request_via": "EMAIL"}),
    ("skidepot-3", """To be refunded, the item must be unused and just as we sent it, with all its tags, packaging and
accessories.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING",
                                 "ACCESSORIES_INCLUDED"}}),
    ("skidepot-4", """You pay the shipping costs of sending a return back.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("skidepot-5", """We can't refund skis with bindings already mounted, or special orders.""",
     {"exclusions": {"OTHER:mounted|OTHER:binding", "OTHER:special order"}}),
    ("skidepot-6", """Please send returns insured, by UPS or USPS.""",
     {"instructions.insured_shipping_recommended": True, "instructions.carrier_examples": ["UPS", "USPS"]}),
    ("skidepot-7", """If you paid by credit card, the refund goes back onto that card account.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("skidepot-8", """Used gear can't come back for a refund, except when it's defective.""",
     {"requirements.condition": {"UNUSED"}}),
    ("skidepot-9", """Put the packing slip in the parcel and write on its back why you are returning the item.""",
     {"requirements.reason_required": True}),
    # --- fitnessgearusa (fitness equipment) ---------------------------------------------------------------
    ("fitnessgearusa-1", """Returns are open for 30 days; once thirty days have passed since you bought it, no refund or
exchange is possible.""",
     {**_w(30, "PURCHASE")}),
    ("fitnessgearusa-2", """We refuse returns that we have not authorised, as well as items that are used.""",
     {"returns.request_required_before_shipping": True, "requirements.condition": {"UNUSED"}}),
    ("fitnessgearusa-3", """To start a return, fill in the returns form on our website.""",
     {"returns.request_via": "WEBSITE"}),
    ("fitnessgearusa-4", """An item only qualifies if it is unused, in the state it reached you, and in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("fitnessgearusa-5", """Some goods are exempt: perishables like food, flowers, newspapers and magazines, gift cards, some
personal-care and health products, and home gyms or machines heavier than 50 lbs.""",
     {"exclusions": {"OTHER:perishable|OTHER:food", "OTHER:gift card", "OTHER:personal care|OTHER:health",
                     "OTHER:home gym|OTHER:50 lb"}}),
    ("fitnessgearusa-6", """We need a receipt or other proof of purchase to finish your return.""",
     {"requirements.proof_of_purchase": True}),
    ("fitnessgearusa-7", """You pay the shipping on every return, unless it arrived faulty or was harmed on the way to you.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("fitnessgearusa-8", """If you just changed your mind, the cost of the first delivery is taken out of your refund.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    # --- tackshopuk (horse riding tack) -------------------------------------------------------------------
    ("tackshopuk-1", """You have 15 days, counted from the day your order arrives, to return it.""",
     {**_w(15, "DELIVERY")}),
    ("tackshopuk-2", """Whatever you return must be unused, inside its original packaging, with all its tags and labels
on.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("tackshopuk-3", """No later than 15 days after delivery, email our care team with your order number and what you want
to send back or swap.""",
     {**_w(15, "DELIVERY"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "resolutions.exchange": "ALWAYS"}),
    ("tackshopuk-4", """Expect an answer within one or two working days, giving you an RMA number and the address to send
it to.""",
     {"instructions.address_on_request": True}),
    ("tackshopuk-5", """Pack everything well, in the packaging it came in, with the RMA number visible outside.""",
     {"instructions.pack_securely": True}),
    ("tackshopuk-6", """Postage back to us is your cost unless we caused the return; we advise a tracked, insured service.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    ("tackshopuk-7", """When your parcel reaches us, we check what is inside before going any further.""",
     {"refund.inspection": True}),
    # --- huntersheart (hunting gear) ----------------------------------------------------------------------
    ("huntersheart-1", """Unhappy with something? Return it within thirty days of shipment, new, unused and still in its
original packaging, and choose credit, a refund, or a swap for another product.""",
     {**_w(30, "SHIPMENT"), "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
      "refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS", "resolutions.exchange": "ALWAYS"}),
    ("huntersheart-2", """All shipping costs, plus any customs, duties or taxes, are paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("huntersheart-3", """Custom-made equipment is final sale and cannot be refunded.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom"}}),
    ("huntersheart-4", """If a parcel arrives damaged, write to us by email.""",
     {"fault.reasons": {"DAMAGED"}}),
    ("huntersheart-5", """Every return needs an authorisation from us first.""",
     {"returns.request_required_before_shipping": True}),
    ("huntersheart-6", """We only accept goods as new, in their original packaging, and with warranty cards, manuals, tags and
accessories all included.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "MANUALS_INCLUDED",
                                 "ACCESSORIES_INCLUDED"}}),
    ("huntersheart-7", """Use a delivery service you can trace, and insure the parcel.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    ("huntersheart-8", """Ask for an authorisation by email or phone, telling us what is wrong.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    # --- tampabaypaddle (kayaks) --------------------------------------------------------------------------
    ("tampabaypaddle-1", """A new item can be refunded in full for up to two weeks (14 days) after you buy it.""",
     {**_w(14, "PURCHASE")}),
    ("tampabaypaddle-2", """Any shipping cost of sending the product back is yours to cover.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("tampabaypaddle-3", """It must come back with no signs of use.""",
     {"requirements.condition": {"UNUSED"}}),
    ("tampabaypaddle-4", """A kayak, board or accessory that has been out on the water can't be returned.""",
     {"requirements.condition": {"UNUSED"}}),
    # --- climbgear (climbing gear) ------------------------------------------------------------------------
    ("climbgear-1", """Returns have to be posted no later than 14 days after the purchase date.""",
     {**_w(14, "PURCHASE")}),
    ("climbgear-2", """Items sent back must be unused, with the original tags and labels still attached.""",
     {"requirements.condition": {"UNUSED", "TAGS_ATTACHED"}}),
    ("climbgear-3", """Email customer service to get an RMA number before you send anything.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("climbgear-4", """Pack the item carefully in the box it came in.""",
     {"instructions.pack_securely": True}),
    ("climbgear-5", """Return postage is entirely your cost, and the parcel must go by a service with tracking.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.tracked_shipping_recommended": True}),
    ("climbgear-6", """We look the item over when it arrives before we handle the return.""",
     {"refund.inspection": True}),
    ("climbgear-7", """You will get an email from us once the return is processed.""",
     {"refund.confirmation_email": True}),
    ("climbgear-8", """Special orders can't be returned.""",
     {"exclusions": {"OTHER:special order"}}),
    ("climbgear-9", """If a product is faulty, wrong or damaged, get in touch and we will refund or exchange it.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "DAMAGED"}, "fault.remedies": {"REFUND", "EXCHANGE"},
      "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("climbgear-10", """Sale items are final and can't be sent back.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    # --- runpoint2 (running shoes) ------------------------------------------------------------------------
    ("runpoint2-1", """Whether you shopped online or in store, you can bring your receipt and get all your money back on
goods returned up to thirty days after purchase.""",
     {**_w(30, "PURCHASE"), "requirements.proof_of_purchase": True}),
    ("runpoint2-2", """For a refund, items have to be unused, in their original packaging and still tagged.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("runpoint2-3", """Final sale, so no returns: clearance items of $75 or less, compression wear that has been worn, and
gift cards.""",
     {"exclusions": {"CLEARANCE", "OTHER:compression", "OTHER:gift card"}}),
    ("runpoint2-4", """Bought online? Send it back by post or drop it at one of our stores, for a refund or an exchange.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("runpoint2-5", """What you paid to have an online order shipped is not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("runpoint2-6", """Refunds go back to the payment method you used.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- matchpointstore (tennis) -------------------------------------------------------------------------
    ("matchpointstore-1", """Most products can be returned up to thirty days after the purchase date.""",
     {**_w(30, "PURCHASE"), "returns.most_items_only": True}),
    ("matchpointstore-2", """A returned item has to be as it was: never used or worn, with every tag, label and protective
wrapping still in place.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "NOT_WORN", "TAGS_ATTACHED"}}),
    ("matchpointstore-3", """Any refund or price adjustment is credited only to the payment method or account used for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("matchpointstore-4", """We don't take back gift cards, string reels, tennis balls, or anything discounted by 40% or more.""",
     {"exclusions": {"OTHER:gift card", "OTHER:reel|OTHER:string", "OTHER:ball",
                     "CLEARANCE|FINAL_SALE|OTHER:discount"}}),
    ("matchpointstore-5", """To return by post or courier, email us your name, order number and the reason; we then send you
shipping instructions.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    # --- switchskateboarding (skateboards) ----------------------------------------------------------------
    ("switchskateboarding-1", """Not fully satisfied? You have fifteen days after delivery to send it back, and we won't ask
why: you get either all your money back or a replacement.""",
     {**_w(15, "DELIVERY"), "resolutions.replacement": "ALWAYS", "requirements.reason_required": False}),
    ("switchskateboarding-2", """We refund only to the payment method you used.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("switchskateboarding-3", """Shipping both ways is refunded only when we made a shipping mistake.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT", "shipping.default.payer": "CUSTOMER",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("switchskateboarding-4", """Whatever you return must be unused and in its original packaging, with all tags and labels.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("switchskateboarding-5", """Every sale item is final: no returns, no exchanges.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("switchskateboarding-6", """Ask us for a return authorisation number (RA#) before sending anything back.""",
     {"returns.request_required_before_shipping": True}),
    ("switchskateboarding-7", """Pack your items securely, in their original packaging in good shape.""",
     {"instructions.pack_securely": True}),
    ("switchskateboarding-8", """Ship it with UPS, FedEx or USPS.""",
     {"instructions.carrier_examples": ["UPS", "FedEx", "USPS"]}),
]
