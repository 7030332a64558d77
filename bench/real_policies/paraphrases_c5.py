"""The rules of twelve shops' return-policy pages (set c5: clothing, shoes and accessories shops), one item
per sentence that states a drafted setting as a general rule, each rewritten in our own words and
labelled by hand with the facts it states. The pages' own sentences stay out of the repository.

Pages (read through the `search` tool's stored public pages, 2026-12-05):
# moltisanti          https://moltisanti.com/pages/shipping-returns                        (men's clothing)
# swimwearsbeachwear  https://www.swimwearsbeachwear.com/returns-information               (swimwear)
# streetsshoes        https://streetsshoes.com/pages/refund-return-policy                  (shoes)
# misslilliedesigns   https://misslilliedesigns.com/pages/shipping-returns                 (kids' clothing)
# triplefatgoose      https://triplefatgoose.com/pages/returns-exchanges                   (outdoor jackets)
# uniformsworld       https://uniforms-world.com/en-au/pages/refund-policy                 (workwear)
# weddingshoppe       https://weddingshoppeinc.com/shipping.aspx                           (wedding dresses)
# mardigrasoutlet     http://www.mardigrasoutlet.com/returns.asp                           (costumes)
# herplussize         https://herplussize.com/policies/refund-policy                       (plus-size fashion)
# outlandervtg        https://outlandervtg.com/returns                                     (vintage clothing)
# chestermox          https://chestermox.com/pages/exchange-return                         (belts and wallets)
# swankyscarves       https://swankyscarves.com/return-refund-policy/                      (scarves)
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- moltisanti (men's clothing) ---------------------------------------------------------------------
    ("moltisanti-1", """Want to send something back or swap it? Get in touch with our service team no later than fourteen
days after the parcel reaches you, before you post anything.""",
     {"resolutions.exchange": "ALWAYS", **_w(14, "DELIVERY"), "returns.request_required_before_shipping": True}),
    ("moltisanti-2", """Wrap the pieces carefully again before they travel back to us.""",
     {"instructions.pack_securely": True}),
    ("moltisanti-3", """We will tell you where to send your parcel once you have asked us.""",
     {"instructions.address_on_request": True}),
    ("moltisanti-4", """We do not send out prepaid labels: the postage for a return is yours to pay.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("moltisanti-5", """Every parcel you send back to us needs a tracking number.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("moltisanti-6", """Money is always paid back the way you originally paid.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("moltisanti-7", """Our goal is to handle your refund two to three days after your parcel gets here.""",
     {"refund.processing": _r(2, 3)}),
    ("moltisanti-8", """You will get an email once your parcel has arrived and the refund has been made; your card issuer
can then take five to ten working days more to show it.""",
     {"refund.confirmation_email": True, "refund.additional_delay": _r(5, 10, "BUSINESS")}),
    ("moltisanti-9", """Apart from boxer shorts and underwear, nothing we sell is final sale.""",
     {"exclusions": {"INTIMATES|OTHER:underwear|OTHER:boxer"}}),
    # --- swimwearsbeachwear (swimwear) -------------------------------------------------------------------
    ("swimwearsbeachwear-1", """Returns are accepted for fourteen days from the day your order is delivered.""",
     {**_w(14, "DELIVERY")}),
    ("swimwearsbeachwear-2", """We take back only pieces nobody has worn, with no damage, still in the original packaging and with
their tags on.""",
     {"requirements.condition": {"NOT_WORN", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("swimwearsbeachwear-3", """Final-sale purchases, such as clearance and promotional items, cannot be sent back.""",
     {"exclusions": {"FINAL_SALE|CLEARANCE|OTHER:promotion"}}),
    ("swimwearsbeachwear-4", """Ask for a return first, by signing in to your account on our site or through the online returns
portal.""",
     {"returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True}),
    ("swimwearsbeachwear-5", """Pack your return so that it is well protected.""",
     {"instructions.pack_securely": True}),
    ("swimwearsbeachwear-6", """Post it with a service that tracks the parcel; we also advise insuring it.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    ("swimwearsbeachwear-7", """You pay to send a return back, unless we got it wrong, for example a faulty item or the wrong
one.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("swimwearsbeachwear-8", """After your parcel arrives and we have checked it, your refund is handled within five to seven
business days.""",
     {"refund.inspection": True, "refund.processing": _r(5, 7, "BUSINESS")}),
    ("swimwearsbeachwear-9", """Refunds go to the payment method used for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("swimwearsbeachwear-10", """Delivery charges are refunded only when the return is our fault.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("swimwearsbeachwear-11", """There are no direct swaps at the moment: send back what you bought, then order the item you want
instead.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("swimwearsbeachwear-12", """Received something damaged, faulty or not what you ordered? Reach us at once; we pay for the return and send a replacement or refund you in full.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "fault.full_refund": True}),
    # --- streetsshoes (shoes) ----------------------------------------------------------------------------
    ("streetsshoes-1", """A pair can come back only if it is unused, in its original box, and in the state it was in when
you got it.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("streetsshoes-2", """Start your return no later than seven days after delivery.""",
     {**_w(7, "DELIVERY")}),
    ("streetsshoes-3", """Need another size, colour or style? Ask our service team and we will arrange a swap, provided we
have it in stock.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("streetsshoes-4", """If your shoes arrive damaged or faulty, tell us right away and we will replace them or give your money
back.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- misslilliedesigns (kids' clothing) --------------------------------------------------------------
    ("misslilliedesigns-1", """Clothes and shoes can come back if they have not been worn or washed, are free of damage and
still carry their tags.""",
     {"requirements.condition": {"NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION", "TAGS_ATTACHED"}}),
    ("misslilliedesigns-2", """We do not take back reduced items: anything bought below full price or with a discount code.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:discount"}}),
    ("misslilliedesigns-3", """Accessories and gifts, such as toys, books, dolls, jewellery and anything else that is not
clothing, cannot be returned.""",
     {"exclusions": {"OTHER:accessor|OTHER:gift|OTHER:toy|OTHER:non-clothing|JEWELRY"}}),
    ("misslilliedesigns-4", """Custom pieces, embroidered goods and anything monogrammed are not returnable.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:embroider|OTHER:monogram"}}),
    ("misslilliedesigns-5", """Once thirty days have passed since the purchase, we accept no returns.""",
     {**_w(30, "PURCHASE")}),
    ("misslilliedesigns-6", """Every sale item is final.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("misslilliedesigns-7", """We are glad to swap a piece for another size of the same item, as long as it is unworn, unwashed
and has its tags on.""",
     {"resolutions.exchange": "ALWAYS", "requirements.condition": {"NOT_WORN", "NOT_WASHED", "TAGS_ATTACHED"}}),
    # --- triplefatgoose (outdoor jackets) ----------------------------------------------------------------
    ("triplefatgoose-1", """You have thirty days from the delivery date given by the carrier to return or exchange items;
after that we cannot take them.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("triplefatgoose-2", """Every item has to be unworn, without stains, and with its hang tags still fixed to it and
untouched.""",
     {"requirements.condition": {"NOT_WORN", "NOT_STAINED", "TAGS_ATTACHED"}}),
    ("triplefatgoose-3", """Before sending anything, ask us for a return; give us your order number and why you are sending
it back.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    ("triplefatgoose-4", """Swaps depend on whether the item is in stock when your return reaches us.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("triplefatgoose-5", """We only accept returns of goods bought on our own website, not from a reseller or other third
party.""",
     {"sales_channels.allowed": ["web"]}),
    ("triplefatgoose-6", """After we have the item and have looked it over, the refund goes back to your original payment
method.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"}),
    ("triplefatgoose-7", """What you paid for shipping, including express delivery and signature confirmation, is not
refunded.""",
     {"refund.original_shipping": "NEVER"}),
    # --- uniformsworld (workwear) ------------------------------------------------------------------------
    ("uniformsworld-1", """Eligible goods may be returned for a refund up to thirty days after you bought them.""",
     {**_w(30, "PURCHASE")}),
    ("uniformsworld-2", """Made-to-order uniforms, final-sale goods and anything whose description says it is non-returnable
cannot be sent back.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:made-to-order", "FINAL_SALE", "NON_RETURNABLE_MARK"}}),
    ("uniformsworld-3", """Embroidered garments are final sale too: no refund, no swap.""",
     {"exclusions": {"PERSONALIZED|OTHER:embroider"}}),
    ("uniformsworld-4", """We refuse anything that has been worn, washed, damaged or altered.""",
     {"requirements.condition": {"NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION", "NOT_ALTERED"}}),
    ("uniformsworld-5", """Please talk to us before posting anything back; parcels sent without asking are not accepted.""",
     {"returns.request_required_before_shipping": True}),
    ("uniformsworld-6", """Our warehouse checks each return, and once it meets our terms we refund or exchange it.""",
     {"refund.inspection": True, "resolutions.exchange": "ALWAYS"}),
    ("uniformsworld-7", """Only the goods themselves are refunded; shipping, insurance and other charges are kept.""",
     {"refund.original_shipping": "NEVER"}),
    ("uniformsworld-8", """You may cancel within a day of ordering and get all your money back.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 24, "cancellation.refund_percent": "100"}),
    ("uniformsworld-9", """The refund for a cancelled order takes one business day.""",
     {"cancellation.enabled": True, "cancellation.refund_time": _r(1, 1, "BUSINESS")}),
    ("uniformsworld-10", """Cancellations must be asked for by email.""",
     {"cancellation.enabled": True, "cancellation.request_via": "EMAIL"}),
    # --- weddingshoppe (wedding dresses) -----------------------------------------------------------------
    ("weddingshoppe-1", """Send your purchase back within fifteen days after it reaches you.""",
     {**_w(15, "DELIVERY")}),
    ("weddingshoppe-2", """It must be in the state it arrived in, in its original packaging and with the tags still on.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("weddingshoppe-3", """Monogrammed, dyed or personalised pieces can be neither returned nor exchanged.""",
     {"exclusions": {"PERSONALIZED|OTHER:monogram|OTHER:dyed"}}),
    ("weddingshoppe-5", """The refund is credited to the card you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("weddingshoppe-6", """You pay the postage to send a return back to us.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("weddingshoppe-7", """Think something is defective? Get in touch no later than five days after you receive
it.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(5, "DELIVERY", prefix="fault.window")}),
    ("weddingshoppe-8", """We cover the shipping costs for defective goods.""",
     {"fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    # --- mardigrasoutlet (costumes) ----------------------------------------------------------------------
    ("mardigrasoutlet-1", """Goods that are unused and still in their original packaging can be returned for a refund for
thirty days after purchase.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("mardigrasoutlet-2", """We do not swap items; send back what you don't want and order the replacement separately.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("mardigrasoutlet-3", """It is up to you to arrange and pay for the shipment back to our warehouse.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("mardigrasoutlet-4", """If anything came damaged, defective or wrong, contact our service team to sort it out; pictures of
the problem help.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}, "fault.photos_requested": True,
      "fault.photos_of": {"ISSUE"}}),
    ("mardigrasoutlet-5", """Returned goods must be as new: unused, in their original packaging and not modified in any way.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "NOT_ALTERED", "ORIGINAL_CONDITION"}}),
    ("mardigrasoutlet-6", """Costumes, novelty hats and other clothing are always sold as final.""",
     {"exclusions": {"OTHER:costume", "OTHER:hat", "OTHER:apparel|OTHER:clothing"}}),
    ("mardigrasoutlet-7", """Put the goods in a sturdy box with enough padding so they reach us intact.""",
     {"instructions.pack_securely": True}),
    ("mardigrasoutlet-8", """Use a carrier with tracking, for instance USPS, UPS or FedEx, and think about insuring a valuable
parcel.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.carrier_examples": ["USPS", "UPS", "FedEx"],
      "instructions.insured_shipping_recommended": True}),
    ("mardigrasoutlet-9", """We credit the price you paid, without the shipping charges, to your original payment source
within a week of receiving the return.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.original_shipping": "NEVER", "refund.processing": _r(0, 7)}),
    ("mardigrasoutlet-10", """Your bank may need another three to five business days before the money shows up.""",
     {"refund.additional_delay": _r(3, 5, "BUSINESS")}),
    # --- herplussize (plus-size fashion) -----------------------------------------------------------------
    ("herplussize-1", """To begin a return, fill in the returns form on our site with your order number and email
address.""",
     {"returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True}),
    ("herplussize-2", """You can ask for a return up to thirty days after the date you bought the item.""",
     {**_w(30, "PURCHASE")}),
    ("herplussize-3", """If the product is faulty, contact us no later than seven days after it was delivered.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window")}),
    ("herplussize-4", """We give refunds only when we sent the wrong item or it is damaged or faulty.""",
     {"fault.reasons": {"WRONG_ITEM", "DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REFUND"}}),
    ("herplussize-5", """Photograph the fault as soon as the parcel arrives; in that case we pay the shipping.""",
     {"fault.photos_min": 1, "fault.photos_of": {"ISSUE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("herplussize-6", """Once the return is here and we have checked it, we will let you know.""",
     {"refund.inspection": True}),
    ("herplussize-7", """Wrong size, or just not your style? For whatever reason, you can exchange it.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("herplussize-8", """Anything you send back needs its original tags intact and its original packaging.""",
     {"requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("herplussize-9", """The customer pays the postage, and we email you the address to send it to.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.address_on_request": True}),
    ("herplussize-10", """When your item has come back and passed our check, we send a credit code to spend on a new
order.""",
     {"refund.inspection": True, "resolutions.store_credit": "ALWAYS"}),
    ("herplussize-11", """Some things can't be returned: special orders and other personalised products, and personal care
goods such as beauty products.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special order", "OTHER:personal care|OTHER:beauty"}}),
    ("herplussize-12", """For hygiene, swimwear and underwear are neither returnable nor exchangeable.""",
     {"exclusions": {"OTHER:swim", "INTIMATES|OTHER:underwear"}}),
    ("herplussize-13", """Earrings are not taken back unless faulty, for health and safety reasons.""",
     {"exclusions": {"JEWELRY|OTHER:earring"}}),
    ("herplussize-14", """Clearance, reduced and sale items, and gift cards, are not accepted back.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:discount", "OTHER:gift card"}}),
    # --- outlandervtg (vintage clothing) -----------------------------------------------------------------
    ("outlandervtg-1", """If you are not fully happy, you may return pieces in their original state for fourteen days after
delivery.""",
     {**_w(14, "DELIVERY"), "requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("outlandervtg-2", """To qualify, a piece must be unworn and unwashed, not altered, with every original tag on and all of
its original packaging.""",
     {"requirements.condition": {"NOT_WORN", "NOT_WASHED", "NOT_ALTERED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("outlandervtg-3", """Final-sale and clearance pieces cannot be returned.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE"}}),
    ("outlandervtg-4", """Contact our support team first, giving your order number and the reason you are returning it, to
receive a return number.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    ("outlandervtg-5", """Protect the item well for the journey, in its original packaging if you still have it.""",
     {"instructions.pack_securely": True}),
    ("outlandervtg-6", """Send it with a trackable service, insure anything valuable, and note that return postage is paid by
you.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True,
      "shipping.default.payer": "CUSTOMER"}),
    ("outlandervtg-7", """Approved returns are paid back to the original payment method three to five business days after
we have inspected them.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(3, 5, "BUSINESS")}),
    ("outlandervtg-8", """Each vintage piece is one of a kind, so we cannot swap it directly: return it for a refund, then
order what you want instead.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    # --- chestermox (belts and wallets) ------------------------------------------------------------------
    ("chestermox-1", """A return or an exchange can be requested up to fourteen days after your order arrives.""",
     {**_w(14, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("chestermox-2", """Goods made to your specifications, such as belts cut to a size, personal details, chosen leather or
thread colours, or a removed logo, cannot be returned or exchanged.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:specification"}}),
    ("chestermox-3", """Shipping you paid for is not refunded, and sending the item back is at your cost.""",
     {"refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER"}),
    ("chestermox-4", """Items returned for a refund carry a restocking fee of 15%.""",
     {"fees.restocking_percent": "15"}),
    # --- swankyscarves (scarves) -------------------------------------------------------------------------
    ("swankyscarves-1", """Whether you want an exchange or your money back, you have twenty-one days from the day your order
arrived to return it.""",
     {**_w(21, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("swankyscarves-2", """To start, answer the email that confirmed your order.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("swankyscarves-3", """Tell us why you are returning it and whether you would like a swap, shop credit or a refund.""",
     {"requirements.reason_required": True, "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS"}),
    ("swankyscarves-4", """We will send you the return address by email.""",
     {"instructions.address_on_request": True}),
    ("swankyscarves-5", """You pick how you are refunded: as credit on your account with us, or to the way you paid.""",
     {"refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS"}),
    ("swankyscarves-6", """Because payment providers differ, a refund can take as long as 15 to 20 working days to reach your
account.""",
     {"refund.typical_arrival": _r(15, 20, "BUSINESS")}),
    ("swankyscarves-7", """Returns must be unused, with all their tags and labels still attached, and reach us within
twenty-one days of delivery.""",
     {"requirements.condition": {"UNUSED", "TAGS_ATTACHED"}, **_w(21, "DELIVERY")}),
]
