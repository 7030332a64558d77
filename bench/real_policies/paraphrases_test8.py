"""The rules of the test8 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/test8.json, git-ignored). See
paraphrase_score.py."""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- usintimates -------------------------------------------------------------------------------------
    ("usintimates-1", """You may send items back for up to fifteen days once your order has been delivered.""",
     {**_w(15, "DELIVERY")}),
    ("usintimates-2", """We can only take a piece back if nobody has worn or washed it, its tags are still on, and it comes
in the box it was sent in.""",
     {"requirements.condition": {"NOT_WORN", "NOT_WASHED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("usintimates-3", """Your money goes back onto the card or account you paid with; allow five to seven working days for
us to process it.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 7, "BUSINESS")}),
    ("usintimates-4", """Postage for a return is paid by you. We suggest an insured service that comes with a tracking
number.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.insured_shipping_recommended": True,
      "instructions.tracked_shipping_recommended": True}),
    ("usintimates-5", """Exchanges are possible while stock lasts.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("usintimates-6", """For hygiene reasons, two kinds of item are never taken back or swapped: crotchless lingerie, and
anything bought at a discount or marked final sale on its product page.""",
     {"exclusions": {"INTIMATES|OTHER:crotchless|OTHER:lingerie", "FINAL_SALE|CLEARANCE|OTHER:discount"}}),
    ("usintimates-7", """First, ask us. Send our care team an email no later than 15 days after your order reaches you,
giving your order number, the items concerned and why you are sending them back.""",
     {**_w(15, "DELIVERY"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    ("usintimates-8", """Wrap everything carefully so it travels safely; the original box is best.""",
     {"instructions.pack_securely": True}),
    # --- solidrise ---------------------------------------------------------------------------------------
    ("solidrise-1", """Changed your mind? Send it back within thirty days of it arriving and choose between your money back
and a swap for something else.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("solidrise-2", """We accept a bottle only if it is exactly as it left us: still sealed, never opened, and in all of its
original boxes and wrapping.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"}}),
    ("solidrise-3", """Once your parcel reaches us, expect the refund to be processed in three to five working days.""",
     {"refund.processing": _r(3, 5, "BUSINESS")}),
    ("solidrise-4", """To begin, get in touch with our support team by email or phone, quoting your order number and telling
us what went wrong; we then email you an authorization number and a return label.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True, "returns.request_via": "EMAIL"}),
    ("solidrise-5", """Pack the item with care, back in the box it came in.""",
     {"instructions.pack_securely": True}),
    ("solidrise-6", """We check every return when it arrives; after that, the money is sent back to the payment method you
used, within 3 to 5 business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(3, 5, "BUSINESS")}),
    ("solidrise-7", """Did your order reach you broken? Get in touch straight away with a picture of the damage. You can then have a
new one or all of your money back, and the cost of sending it back is on us.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
      "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    # --- statementskateboarding --------------------------------------------------------------------------
    ("statementskateboarding-1", """What we need before we take something back:
- it has not been ridden, used or worn, and it is still in its original packaging.""",
     {"requirements.condition": {"UNUSED", "NOT_WORN", "ORIGINAL_PACKAGING"}}),
    ("statementskateboarding-2", """What we need before we take something back:
- you ask for the return no later than thirty days after the delivery.""",
     {**_w(30, "DELIVERY")}),
    ("statementskateboarding-3", """What we need before we take something back:
- a proof that you bought it from us, such as the receipt or your order number.""",
     {"requirements.proof_of_purchase": True}),
    ("statementskateboarding-4", """For safety and hygiene we cannot accept back decks, wheels, bearings, trucks or grip tape that have
been used, nor anything from the clearance or final-sale section, stickers that have been peeled off or
stuck on, or products that were customised or modified.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:used", "CLEARANCE|FINAL_SALE", "OTHER:sticker",
                     "PERSONALIZED|OTHER:custom|OTHER:modified"}}),
    ("statementskateboarding-5", """You can swap a product when it is the wrong size, the wrong model or print, faulty, or it got
damaged on its way to you.""",
     {"resolutions.exchange": "ALWAYS", "fault.reasons": {"DEFECTIVE", "DAMAGED"}}),
    ("statementskateboarding-6", """Something arrived broken or not working? Let us know no more than a week after it was delivered, and
send pictures of both the item and the box it came in.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE", "PACKAGING"}}),
    ("statementskateboarding-7", """When an item reaches you damaged or faulty, we will give you the choice of a new one, credit in our
store, or your money back.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "resolutions.store_credit": "MERCHANT_AT_FAULT"}),
    ("statementskateboarding-8", """You pay to send a return back to us, except when it comes back because it is faulty, damaged or we
made a mistake.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("statementskateboarding-9", """What you paid for delivery on your first order is not given back, unless the law says otherwise.""",
     {"refund.original_shipping": "NEVER"}),
    # --- jans --------------------------------------------------------------------------------------------
    ("jans-1", """Every return has to come back in its original box, with the maker's tags and paperwork still
included.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("jans-2", """Want something different instead? The fastest route is to order the new item yourself right away and
send the first one back to us to be refunded in full.""",
     {"resolutions.reorder_hint": True}),
    ("jans-3", """We cannot take back goods that show use or damage or have been altered, except where the product is
faulty.""",
     {"requirements.condition": {"UNUSED", "NOT_ALTERED"}}),
    ("jans-4", """No original box any more? Then please use one at least as sturdy as ours, so the parcel reaches us
without harm.""",
     {"instructions.pack_securely": True}),
    ("jans-5", """None of the following can be returned, so check make, model and size before you buy: anything bought on
sale, ski boots of every kind, swimwear and boardshorts, underwear and sports bras, packs with ABS or
AvaLung units, and avalanche beacons or transceivers.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:ski boot", "OTHER:swimwear|OTHER:boardshort",
                     "INTIMATES|OTHER:underwear|OTHER:sports bra", "OTHER:abs|OTHER:avalung",
                     "OTHER:avalanche beacon|OTHER:transceiver"}}),
    # --- burrfection -------------------------------------------------------------------------------------
    ("burrfection-1", """Not pleased with what you bought? Provided no more than thirty days have passed since you ordered it
and the item qualifies, we will accept it back.""",
     {"returns.window.days": 30, "returns.window.starts": "PURCHASE"}),
    ("burrfection-2", """Only items that were never used, are just as they were when they reached you, and sit in their
original box can be returned.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("burrfection-3", """Where the mistake is ours (we sent the wrong thing, or it was broken when it arrived), the return
postage is paid by us too.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
    ("burrfection-4", """Write to us first: we reply with an RMA number, and the parcel must carry that number on the outside
when it comes back.""",
     {"returns.request_required_before_shipping": True}),
    ("burrfection-5", """We never ask why you are returning an order: if it meets our conditions, you get a full refund.""",
     {"requirements.reason_required": False}),
    ("burrfection-6", """For a full refund:
- you have paid for the return postage yourself""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("burrfection-7", """We do not take back: anything labelled Clearance or B-stock, items customised for you, special orders
(products we only stock when someone orders them), and consumables once opened.""",
     {"exclusions": {"CLEARANCE|OTHER:b-stock", "PERSONALIZED|OTHER:custom", "OTHER:special order",
                     "OTHER:consumable|OTHER:opened"}}),
    ("burrfection-8", """For a full refund:
- you asked for the return within thirty days of delivery""",
     {**_w(30, "DELIVERY")}),
    # --- thefilamentdealer -------------------------------------------------------------------------------
    ("thefilamentdealer-1", """If you simply changed your mind, you have a month (30 days) after delivery; the goods must be sealed,
unused and still in their original packaging.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("thefilamentdealer-2", """To open a return, send us an email that gives your order number and the reason you are returning it,
plus pictures when the item is damaged, the wrong one, or faulty.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True, "fault.photos_min": 1,
      "fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE"}}),
    ("thefilamentdealer-3", """Parcels sent to us before we have approved the return will be refused.""",
     {"returns.request_required_before_shipping": True}),
    ("thefilamentdealer-4", """Returns because you changed your mind carry a restocking charge of thirty percent once approved.""",
     {"fees.restocking_percent": "30", "fees.waived_when_merchant_at_fault": True}),
    ("thefilamentdealer-5", """Sending it back is up to you: you pay the postage, pack it so it will not be harmed, and pick a
service that can be tracked.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.pack_securely": True,
      "instructions.tracked_shipping_recommended": True}),
    ("thefilamentdealer-6", """Items that are damaged, wrong or faulty: once we have confirmed the problem, we send a replacement or
refund you, whichever fits, and pay for the return postage when the fault or the error is ours.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("thefilamentdealer-7", """We cannot take back spools that have been opened or used, cut lengths and samples, anything custom
or specially ordered, gift cards, or items bought on sale or clearance.""",
     {"exclusions": {"OTHER:opened|OTHER:used|OTHER:spool", "OTHER:cut length|OTHER:sample",
                     "PERSONALIZED|OTHER:custom|OTHER:special order", "OTHER:gift card", "CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("thefilamentdealer-8", """Swapping an item: the fastest way is to put in a fresh order for the one you want and send the first
one back after we approve it.""",
     {"resolutions.reorder_hint": True}),
    ("thefilamentdealer-9", """When your parcel arrives we examine it and then tell you whether the return is accepted.""",
     {"refund.inspection": True}),
    # --- getdronetech ------------------------------------------------------------------------------------
    ("getdronetech-1", """Items that are not right for you may be sent back up to two weeks after they reach you.""",
     {**_w(14, "DELIVERY")}),
    ("getdronetech-2", """We only accept a return when the item has not been used, is in the state you got it in, and is still
in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("getdronetech-3", """No return can be processed without a receipt or some other proof that you bought the item.""",
     {"requirements.proof_of_purchase": True}),
    ("getdronetech-4", """Sending the item back is paid for by the buyer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("getdronetech-5", """Items bought at a reduced price cannot be refunded; only full-price purchases qualify.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:reduced"}}),
    ("getdronetech-6", """A replacement is offered solely for items that are faulty or arrive damaged.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("getdronetech-7", """When the item arrives, it is examined and we email you to confirm we have it, then tell you whether
your refund has been approved or refused.""",
     {"refund.inspection": True}),
    ("getdronetech-8", """Approved refunds are credited automatically to your card or other original payment method within 96
hours.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 4)}),
    # --- rug-resources -----------------------------------------------------------------------------------
    ("rug-resources-1", """Need to send something back? Tell us no later than thirty days after it was delivered.""",
     {**_w(30, "DELIVERY")}),
    ("rug-resources-2", """For a refund, ship the item back no more than 14 days after you asked for it, and give us its
tracking number.""",
     {"instructions.ship_within_days": 14}),
    ("rug-resources-3", """A rug sent back within 30 days of its arrival is refunded at the price you paid, to the same card or
account you used.""",
     {**_w(30, "DELIVERY"), "refund.method": "ORIGINAL_PAYMENT"}),
    ("rug-resources-4", """Each rug has to come back as it was, in its original packaging, together with a receipt or other
proof of purchase.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}, "requirements.proof_of_purchase": True}),
    ("rug-resources-5", """Please wait until we have given you a return authorization number and the address to use before you
ship anything back.""",
     {"returns.request_required_before_shipping": True, "instructions.address_on_request": True}),
    ("rug-resources-6", """The cost of shipping a return is paid by the customer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("rug-resources-7", """Clearance rugs are sold as they are and are not eligible for a refund or an exchange.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:as-is"}}),
    ("rug-resources-8", """Your refund is issued once the rug is back with us and has been checked.""",
     {"refund.inspection": True}),
    ("rug-resources-9", """Exchanges are possible up to thirty days after your rug arrives, for everything except clearance
stock.""",
     {"resolutions.exchange": "ALWAYS"}),
    # --- joysldgroup -------------------------------------------------------------------------------------
    ("joysldgroup-1", """Return period
You can ask for a return up to 30 days after your order is delivered.""",
     {**_w(30, "DELIVERY")}),
    ("joysldgroup-2", """What we accept back
Goods that have not been used or damaged and are still in their original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("joysldgroup-3", """What we accept back
You will need to show that you bought the item from us.""",
     {"requirements.proof_of_purchase": True}),
    ("joysldgroup-4", """We cannot take back bespoke or special-order fittings, bulbs and other consumables, items
sold as clearance or final sale, or anything damaged by incorrect installation.""",
     {"exclusions": {"PERSONALIZED|OTHER:bespoke|OTHER:special-order", "OTHER:bulb|OTHER:consumable",
                     "CLEARANCE|FINAL_SALE", "WORN_OR_DAMAGED|OTHER:installation"}}),
    ("joysldgroup-5", """To ask for a return, write to us by email with your order details and some pictures; we send the
return instructions once your request has been approved.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("joysldgroup-6", """Ship it with tracking, and make sure the box contains every original part, the packaging and all
manuals and papers.""",
     {"instructions.tracked_shipping_recommended": True,
      "requirements.condition": {"ACCESSORIES_INCLUDED", "MANUALS_INCLUDED", "ORIGINAL_PACKAGING"}}),
    ("joysldgroup-7", """Once the goods are back and inspected, we refund your original payment method in five to ten working
days. Shipping charges, both for delivery and for the return, are not refunded.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 10, "BUSINESS"),
      "refund.original_shipping": "NEVER"}),
    ("joysldgroup-8", """Was something broken when you opened the box? Send us pictures and your order details, and we will
refund or replace it at no cost to you.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
      "fault.remedies": {"REFUND", "REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("joysldgroup-9", """Customers pay for ordinary return shipping; we pay it when the item is faulty or we sent the wrong
one.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    # --- pepperhead --------------------------------------------------------------------------------------
    ("pepperhead-1", """You can cancel for a refund as long as your order has not gone out yet.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("pepperhead-2", """Once an order is on its way, anything you return has to reach us within thirty days of buying it, never
used and with all of its seeds or spices, for a full refund minus transaction fees.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED"}}),
    ("pepperhead-3", """Food that has been opened is not returnable.""",
     {"exclusions": {"OTHER:open food|OTHER:food"}}),
    ("pepperhead-4", """The buyer pays the postage for sending goods back, and the delivery charge on the original order is not
refunded.""",
     {"refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER"}),
    # --- scrapbooking-warehouse --------------------------------------------------------------------------
    ("scrapbooking-warehouse-1", """Whatever the reason, an item that is unopened, unused and free of damage can be sent back to us for
its purchase price, provided it is within thirty days of your order arriving.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"UNUSED"}}),
    ("scrapbooking-warehouse-2", """We credit your account only for goods that come back in their original condition or in a state we
can sell again.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("scrapbooking-warehouse-3", """When we have authorized your return, pack the items well and mail them to us with the RMA number
written clearly on the outside of the carton.""",
     {"instructions.pack_securely": True, "returns.request_required_before_shipping": True}),
    ("scrapbooking-warehouse-4", """Faulty, damaged or missing items: if part of your order is missing or broken when it reaches you,
call or email our customer service within two working days of delivery.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "INCOMPLETE"}, **_w(2, "DELIVERY", "BUSINESS", prefix="fault.window")}),
    ("scrapbooking-warehouse-5", """For items that are damaged, faulty or that we sent by mistake, we pay the shipping; for every other
return, the shipping is paid by the customer.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
      "shipping.default.payer": "CUSTOMER"}),
    # --- paiutetrails ------------------------------------------------------------------------------------
    ("paiutetrails-1", """You have thirty days from delivery to send back any hat that is unused or defective, and we refund
the full amount to the payment method you used.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"UNUSED"}, "fault.reasons": {"DEFECTIVE"},
      "refund.method": "ORIGINAL_PAYMENT"}),
    ("paiutetrails-2", """Please note that an unused item must come back in the same state as when you got it.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("paiutetrails-3", """We ask you to pack anything you send back with care.""",
     {"instructions.pack_securely": True}),
    ("paiutetrails-4", """Allow five to seven working days for your return and refund to be processed; we will email you to
confirm once they are done.""",
     {"refund.processing": _r(5, 7, "BUSINESS"), "refund.confirmation_email": True}),
    ("paiutetrails-5", """To ask for a return and refund, open the chat on our website and tell us your name, why you are
returning it, which item it is, your email address and your phone number.""",
     {"returns.request_via": "WEBSITE", "requirements.reason_required": True}),
    ("paiutetrails-6", """Return postage is your cost, although we will give you store credit of up to $5 towards it.""",
     {"shipping.default.payer": "CUSTOMER"}),
]
