"""The rules of the c9 set's pages: twelve shops' return-policy pages (maternity clothing, school
uniforms, dancewear, cycling clothing, knitting yarn, fabric), read from the stored public-pages
corpus on 2026-12-05. One item per sentence that states a drafted setting as a general rule,
rewritten in our own words, with the facts it states, labelled by the c9 helper (who had not read
the drafter). The pages' own sentences are not stored anywhere.

Pages:
# https://thyparenthoodapparel.com/new-page
# https://rkmaternity.shop/refund_returns
# https://kpspnc.com.au/refund-and-exchange-policy
# https://acacia.rosewall.co.za/refund_returns
# https://www.juledancewear.com/returnpolicy
# https://davinedancewear.com/return-policy
# https://www.ridecyclewear.com/returns-exchanges
# https://www.tineli.co.nz/returns/
# https://knitty-noddy.com/returns-refunds
# https://designmyfabric.com/returns-and-refunds-policy
# https://fabricmerchantsoutlet.com/help/
# https://www.fabricdepot.com/policies/returns-exchanges
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- thyparenthoodapparel (maternity clothing) ---------------------------------------------------------
    ("thyparenthoodapparel-1", """Anything you send back has to be free of damage, and must never have been worn or put through the wash.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "NOT_WASHED"}}),
    ("thyparenthoodapparel-2", """Your money is returned the same way you paid for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("thyparenthoodapparel-3", """What you paid for delivery stays with us, unless the piece reached you damaged, faulty or was not the
one you ordered.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}}),
    ("thyparenthoodapparel-4", """If we sent you something damaged, faulty or wrong, post it back within fourteen days of the date we
dispatched it: you get a refund of what you paid, the first delivery charge and your return postage too.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}, **_w(14, "SHIPMENT", prefix="fault.window"),
      "fault.remedies": {"REFUND"}, "refund.original_shipping": "MERCHANT_AT_FAULT",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("thyparenthoodapparel-5", """Please choose a postal service that gives you a tracking number.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("thyparenthoodapparel-6", """Want it in another size? We are glad to send the same piece again free of charge, provided we still
have it.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("thyparenthoodapparel-7", """To cancel an order, email us no more than 24 hours after you placed it.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 24, "cancellation.request_via": "EMAIL"}),
    # --- rkmaternity (maternity clothing) ------------------------------------------------------------------
    ("rkmaternity-1", """You have thirty days from the day you bought it to return an item, provided it is unused, as it was
when it left us and still carries its tags.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED"}}),
    ("rkmaternity-2", """Sending a return by post? Put a copy of your receipt in the parcel along with a short note explaining
why it is coming back.""",
     {"requirements.proof_of_purchase": True, "requirements.reason_required": True}),
    ("rkmaternity-3", """Postage for a return is the customer's to pay.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("rkmaternity-4", """When the parcel is with us, your refund goes through within seven to ten working days, back onto the
method you paid with.""",
     {"refund.processing": _r(7, 10, "BUSINESS"), "refund.method": "ORIGINAL_PAYMENT"}),
    ("rkmaternity-5", """These are final sale and cannot come back: underwear, swimsuits, accessories such as jewellery, belts
and hats, and clearance pieces.""",
     {"exclusions": {"INTIMATES|OTHER:undergarment|OTHER:underwear", "OTHER:swim",
                     "OTHER:accessor|JEWELRY|OTHER:belt|OTHER:hat", "CLEARANCE"}}),
    ("rkmaternity-6", """Did a piece arrive damaged or faulty? Tell us straight away and we will set up a replacement or a
refund.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("rkmaternity-7", """We look over each return once it arrives and email you to say it has reached us.""",
     {"refund.inspection": True}),
    # --- kpspnc (school uniforms) -----------------------------------------------------------------------
    ("kpspnc-1", """For a full refund, bring the garment back unworn, in its packaging with the labels still on, no more
than 30 days after you bought it, together with the receipt or order number.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"NOT_WORN", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
      "requirements.proof_of_purchase": True}),
    ("kpspnc-2", """Picked the wrong size? We will swap it for you.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("kpspnc-3", """Because of hygiene, socks, tights, hats and swimming caps can be neither refunded nor swapped.""",
     {"exclusions": {"SOCKS", "TIGHTS", "OTHER:hat", "OTHER:swim"}}),
    ("kpspnc-4", """Pre-loved uniform pieces are not refunded or exchanged.""",
     {"exclusions": {"OTHER:second hand|OTHER:second-hand|OTHER:pre-loved|OTHER:used|WORN_OR_DAMAGED"}}),
    # --- rosewall (school uniforms) ---------------------------------------------------------------------
    ("rosewall-1", """We will only look at a return or refund if you can show you bought it from us, for example with the
till slip or the confirmation email of an online order.""",
     {"requirements.proof_of_purchase": True}),
    ("rosewall-2", """Bring items back in the packaging they came in, with their tags on.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("rosewall-3", """We exchange or refund goods only when they are exactly as they were at the sale; a manufacturing fault
is the exception.""",
     {"resolutions.exchange": "ALWAYS", "requirements.condition": {"ORIGINAL_CONDITION"}, "fault.waive_condition": True}),
    ("rosewall-4", """To get your money back, return the goods no later than ten days after you bought them.""",
     {**_w(10, "PURCHASE")}),
    ("rosewall-5", """Every refund is paid into the account or onto the card you used to pay.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- juledancewear (dancewear) ----------------------------------------------------------------------
    ("juledancewear-1", """Online orders can be sent back for a refund or a swap if the parcel is postmarked no later than 30 days
after the date of purchase.""",
     {**_w(30, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("juledancewear-2", """Each return has a $7.99 charge taken off the refund.""",
     {"fees.flat_fee": "7.99"}),
    ("juledancewear-3", """Swapping an item costs you nothing.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("juledancewear-4", """Everything in our sale section is final sale.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("juledancewear-5", """Returns and swaps are started through our online returns centre.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_via": "WEBSITE"}),
    ("juledancewear-6", """When your parcel reaches us we check it and deal with it within seven to ten business days, and we let
you know by email once that is done.""",
     {"refund.inspection": True, "refund.processing": _r(7, 10, "BUSINESS"), "refund.confirmation_email": True}),
    ("juledancewear-7", """The refund goes back to whatever you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("juledancewear-8", """We cannot take back or refund anything that is soiled, has been worn or has been laundered.""",
     {"requirements.condition": {"NOT_STAINED", "NOT_WORN", "NOT_WASHED"}}),
    ("juledancewear-9", """Items must look as good as new, with no sign of wear and their tags still on.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "TAGS_ATTACHED"}}),
    ("juledancewear-10", """You can trade a piece for the same style in a different size or colour.""",
     {"resolutions.exchange": "ALWAYS"}),
    # --- davinedancewear (dancewear) --------------------------------------------------------------------
    ("davinedancewear-1", """We give refunds on returns, but we do not do exchanges.""",
     {"resolutions.exchange": "NEVER"}),
    ("davinedancewear-2", """You can send an item back up to 30 days after the date it was marked delivered.""",
     {**_w(30, "DELIVERY")}),
    ("davinedancewear-3", """Whatever comes back must be in the state it was in when it reached you.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("davinedancewear-4", """Before you post anything, email us to say a return is coming, and we will reply with the address to
use.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "instructions.address_on_request": True}),
    ("davinedancewear-5", """We inspect your parcel once it arrives, then confirm by email that it is here.""",
     {"refund.inspection": True}),
    ("davinedancewear-6", """Once approved, the money is credited to your card or other original payment method within a week.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 7)}),
    # --- ridecyclewear (cycling clothing) ---------------------------------------------------------------
    ("ridecyclewear-1", """You have 15 days after delivery to send something back.""",
     {**_w(15, "DELIVERY")}),
    ("ridecyclewear-2", """Returned kit must be unused, still boxed or bagged as it came, with every tag in place.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("ridecyclewear-3", """Proof of purchase: your original order number.""",
     {"requirements.proof_of_purchase": True}),
    ("ridecyclewear-4", """To keep things hygienic and safe, we take back or swap no footbeds, body armour or men's base layers.""",
     {"exclusions": {"OTHER:footbed", "OTHER:armour|OTHER:armor", "OTHER:base layer"}}),
    ("ridecyclewear-5", """Start by emailing our service team; within two business days they will send you an authorisation.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("ridecyclewear-6", """Return postage is yours to pay, except when the return is caused by our mistake.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("ridecyclewear-7", """After we have received and checked your return, the refund takes three to five working days to
process and goes back to the payment method you used.""",
     {"refund.inspection": True, "refund.processing": _r(3, 5, "BUSINESS"), "refund.method": "ORIGINAL_PAYMENT"}),
    ("ridecyclewear-8", """We keep the delivery charges unless we made the error.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("ridecyclewear-9", """Need another size? Return the first one with a note of the size you want instead.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("ridecyclewear-10", """If your kit turns up damaged or faulty, tell us within three days of delivery and attach pictures of
the problem; we will collect it free of charge and send a replacement.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(3, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    # --- tineli (cycling clothing) ----------------------------------------------------------------------
    ("tineli-1", """Not completely happy? Send the product back within 45 days and we will swap it or give you back the full
price.""",
     {**_w(45), "resolutions.exchange": "ALWAYS"}),
    ("tineli-2", """Everything returned has to be in as-new state, its original labels intact, never worn and never washed.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "TAGS_ATTACHED", "NOT_WORN", "NOT_WASHED"}}),
    ("tineli-3", """Tell us in the parcel who you are and why you are sending the item back.""",
     {"requirements.reason_required": True}),
    ("tineli-4", """Refunds are paid back to the debit or credit card used for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("tineli-5", """Delivery fees paid when you ordered are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    # --- knittynoddy (knitting yarn) --------------------------------------------------------------------
    ("knittynoddy-1", """Yarn that is not to your liking can be sent back for a refund up to thirty days after you bought it.""",
     {**_w(30, "PURCHASE")}),
    ("knittynoddy-2", """We do not take back special orders, clearance or sale goods, yarn that has been wound, magazines,
patterns, hooks, needles, cases, bags, or anything used or opened.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:bag", "OTHER:case", "OTHER:hook", "OTHER:magazine", "OTHER:needle", "OTHER:pattern", "OTHER:special order", "OTHER:wound"}, "requirements.condition": {"UNUSED"}}),
    ("knittynoddy-3", """Received the wrong thing, or something faulty? Let us know within 7 days: we cover the postage of a new
one, when we have one, and send you a prepaid label for the return.""",
     {"fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}, **_w(7, prefix="fault.window"), "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("knittynoddy-4", """A restocking charge of 5% may be taken from an authorised refund.""",
     {"fees.restocking_percent": "5"}),
    ("knittynoddy-5", """We never pay for return postage: sending the goods back is at your cost.""",
     {"shipping.default.payer": "CUSTOMER"}),
    # --- designmyfabric (fabric) ------------------------------------------------------------------------
    ("designmyfabric-1", """Fabric that is unused, still whole and has not been washed can come back within fourteen days of the
purchase date.""",
     {**_w(14, "PURCHASE"), "requirements.condition": {"UNUSED", "NOT_ALTERED", "NOT_WASHED"}}),
    ("designmyfabric-2", """It has to be as it was when we sent it, with no cuts, marks or damage.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "NOT_ALTERED", "NOT_STAINED"}}),
    ("designmyfabric-3", """To begin a return, get in touch with our support team, giving your order details and the reason.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    ("designmyfabric-4", """When the fabric is back and we have checked it, we start the refund to the original payment method
within 3 business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 3, "BUSINESS")}),
    ("designmyfabric-5", """Shipping and handling charges are not part of the refund, unless the return is down to our mistake.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("designmyfabric-6", """Sent the wrong fabric or a faulty one? Contact us at once: we arrange an exchange and give you a prepaid
label to send it back.""",
     {"fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}, "fault.remedies": {"EXCHANGE"},
      "resolutions.exchange": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("designmyfabric-7", """The cost of posting fabric back falls on you, except when we made an error or the product is defective.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DEFECTIVE"}}),
    ("designmyfabric-8", """Use a service with tracking, or buy insurance for the parcel, when you send it to us.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    # --- fabricmerchantsoutlet (fabric) -----------------------------------------------------------------
    ("fabricmerchantsoutlet-1", """Whatever the reason, you may send your order back within fourteen days of receiving it, as long as it
is in the state it arrived in.""",
     {**_w(14, "DELIVERY"), "requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("fabricmerchantsoutlet-2", """Reduced fabrics from our clearance section are not included.""",
     {"exclusions": {"CLEARANCE|OTHER:marked down|OTHER:reduced"}}),
    ("fabricmerchantsoutlet-3", """We refund the full price of the fabric, but not what you paid for delivery.""",
     {"refund.original_shipping": "NEVER"}),
    ("fabricmerchantsoutlet-4", """If the fabric arrives damaged, or it is the wrong SKU, we give back the delivery cost as well.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, "refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("fabricmerchantsoutlet-5", """To open a return, email our office with your order number and why you are returning it.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    ("fabricmerchantsoutlet-6", """When the return reaches us, the refund goes back to the form of payment you used.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("fabricmerchantsoutlet-7", """Fabric that has been cut, washed or changed in any other way cannot be refunded.""",
     {"requirements.condition": {"NOT_ALTERED", "NOT_WASHED"}}),
    # --- fabricdepot (fabric) ---------------------------------------------------------------------------
    ("fabricdepot-1", """Online orders can be returned or exchanged up to 30 days after they were shipped.""",
     {**_w(30, "SHIPMENT"), "resolutions.exchange": "ALWAYS"}),
    ("fabricdepot-2", """Fabric has to come back in the same state we sent it in.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("fabricdepot-3", """Something missing or damaged? Let us know within 7 business days of the order reaching you.""",
     {"fault.reasons": {"INCOMPLETE", "DAMAGED"}, **_w(7, "DELIVERY", "BUSINESS", prefix="fault.window")}),
    ("fabricdepot-4", """We cannot accept back books or patterns, clearance goods, flash-sale items, fabric cut shorter than one
yard, or any yarn or fabric you have already cut, washed, sewn or changed.""",
     {"exclusions": {"OTHER:book", "OTHER:pattern", "CLEARANCE", "OTHER:flash sale|OTHER:flash-sale|FINAL_SALE",
                     "OTHER:yard", "WORN_OR_DAMAGED|OTHER:cut|OTHER:washed|OTHER:sewn|OTHER:altered"}}),
    ("fabricdepot-5", """Delivery charges are refunded only when the mistake was ours.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
]
