"""The rules of the test14 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/test14.json, git-ignored). See
paraphrase_score.py."""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    ("outdoorfurnitureandgarden-1", """Goods that arrive back with us no more than ten days after they were dispatched can be swapped for something
else or turned into store credit, except final-sale and made-to-order pieces.""",
     {**_w(10, "SHIPMENT"), "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS",
      "exclusions": {"FINAL_SALE", "PERSONALIZED|OTHER:made to order|OTHER:custom"}}),
    ("outdoorfurnitureandgarden-2", """Returns are only accepted with an authorisation number, which you get from the returns area of our website
(under Service). Mark it clearly on the outside of the carton.""",
     {"returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True}),
    ("outdoorfurnitureandgarden-3", """What we need back: the item exactly as it left us (never worn, never used, never washed) in its original box,
marked with its authorised RMA number, plus a copy of your invoice or packing slip and a note saying why
you are returning it.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "NOT_WASHED", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True, "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    ("outdoorfurnitureandgarden-4", """Unless the item is faulty, we deduct a restocking charge of twenty per cent, and you prepay the postage to
send it back.""",
     {"fees.restocking_percent": "20", "fees.waived_when_merchant_at_fault": True, "fault.reasons": {"DEFECTIVE"},
      "shipping.default.payer": "CUSTOMER"}),
    ("outdoorfurnitureandgarden-5", """We can never take back or swap:
- anything sold as final sale
- items made to order, including custom-ordered furniture""",
     {"exclusions": {"FINAL_SALE", "PERSONALIZED|OTHER:made to order|OTHER:custom"}}),
    ("biggrillshop-1", """We can refund a product when it comes back within thirty days of the day you bought it, has not been used
or damaged, and is accompanied by your original receipt.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED"}, "requirements.proof_of_purchase": True}),
    ("biggrillshop-2", """Returns start with our support team: get in touch no later than 30 days after your order, tell them your
order number and why the product is going back, and they will issue you an RA number.""",
     {**_w(30, "PURCHASE"), "returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    ("biggrillshop-3", """Everything that came in the box, accessories and original packing materials included, should go back well
protected, with the RA number written clearly on the outside.""",
     {"instructions.pack_securely": True, "requirements.condition": {"ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING"}}),
    ("biggrillshop-4", """Your refund is started only after the parcel has arrived and we have checked that it meets our return
conditions.""",
     {"refund.inspection": True}),
    ("biggrillshop-5", """How you are refunded is your choice: as store credit to spend on our website, or back onto the card or
account you paid with.""",
     {"refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS"}),
    ("hearthstopper-1", """A Hearth Stopper can be sent back up to thirty days after it was bought.""",
     _w(30, "PURCHASE")),
    ("hearthstopper-2", """If your Hearth Stopper is damaged, we will send a replacement or refund you in full, and all the shipping
costs are on us.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("hearthstopper-3", """Sending something back simply because you changed your mind? Then the shipping costs are yours to pay.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("blindsmax-1", """Because every blind, shade and shutter we sell is built to your window's measurements, we cannot accept
any of them back.""",
     {"returns.enabled": False}),
    ("blindsmax-2", """Damage caused during delivery must be reported to our support line within seven days.""",
     {"fault.reasons": {"DAMAGED"}, "fault.window.days": 7}),
    ("peelandpaper-1", """Returns can be requested for up to thirty days from the day your order is delivered, custom products
excepted.""",
     {**_w(30, "DELIVERY"), "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:wallpaper"}}),
    ("peelandpaper-2", """We only take back items that are exactly as they arrived: not worn, not used, tags still on, and in the
packaging they came in.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("peelandpaper-3", """Please keep your receipt: a return cannot go ahead without proof that you bought the item.""",
     {"requirements.proof_of_purchase": True}),
    ("peelandpaper-4", """Always ask for a return before posting anything to us; parcels we were not told about are refused.""",
     {"returns.request_required_before_shipping": True}),
    ("peelandpaper-5", """Check your parcel as soon as it arrives. A faulty product, something broken on the way or an item you
did not order should be reported to us straight away, and we will put it right.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("peelandpaper-6", """Wallpaper and any other custom-printed product cannot be sent back.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:wallpaper"}}),
    ("peelandpaper-7", """Gift cards and anything bought on sale are non-returnable.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:gift card"}}),
    ("peelandpaper-8", """When your return reaches us it is inspected first; we then tell you whether your refund has been approved.""",
     {"refund.inspection": True}),
    ("peelandpaper-9", """Approved refunds go back to the card or account you paid with, at most ten working days later.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 10, "BUSINESS")}),
    ("curtaindecorpro-1", """Once your order has been delivered, you have fifteen days in which to return or exchange it.""",
     {**_w(15, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("curtaindecorpro-2", """Items we accept back:
- have never been used
- are still in the packaging we sent them in
- are in the state they were in when they reached you""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("curtaindecorpro-3", """Every return has to be backed by the original receipt or another proof of purchase.""",
     {"requirements.proof_of_purchase": True}),
    ("curtaindecorpro-4", """Clearance and final-sale purchases can be neither returned nor swapped.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE"}}),
    ("curtaindecorpro-5", """To start a return, email our customer care team no later than fifteen days after your delivery.""",
     {"returns.request_via": "EMAIL", **_w(15, "DELIVERY")}),
    ("curtaindecorpro-6", """We can only process a return that carries an RMA number we have issued.""",
     {"returns.request_required_before_shipping": True}),
    ("curtaindecorpro-7", """Put the items back in their original packaging, wrap them well, add a copy of your receipt, and mark the
RMA number clearly on the box.""",
     {"instructions.pack_securely": True, "requirements.condition": {"ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("curtaindecorpro-8", """You pay to ship your return to us. The exception is a mistake of ours, such as sending you the wrong
product: then we cover it.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"WRONG_ITEM"}}),
    ("curtaindecorpro-9", """We inspect every return on arrival and email you once that is done, then tell you whether your refund or
exchange is approved or declined.""",
     {"resolutions.exchange": "ALWAYS", "refund.inspection": True}),
    ("alittlepillowcompany-1", """Our return period is ninety days, though we will try to help in special cases even after that.""",
     {"returns.window.days": 90}),
    ("alittlepillowcompany-2", """Refunds go out one or two working days after your item gets back to us.""",
     {"refund.processing": _r(1, 2, "BUSINESS")}),
    ("alittlepillowcompany-3", """You will get two emails from us: one when your return arrives, and another when the refund has been made.""",
     {"refund.confirmation_email": True}),
    ("alittlepillowcompany-4", """We don't do direct swaps. Return the item for a refund and simply place a new order for what you would
like instead.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("alittlepillowcompany-5", """Where the mistake is ours, we pay the shipping in both directions.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("alittlepillowcompany-6", """You can set up a return yourself by logging into your account on our site, any time in the 90 days.""",
     {"returns.request_via": "WEBSITE", "returns.window.days": 90}),
    ("customtowel-1", """Nothing may be sent back to us until we have approved the return.""",
     {"returns.request_required_before_shipping": True}),
    ("customtowel-2", """Once a return is approved, items that have not been used are refunded in full.""",
     {"requirements.condition": {"UNUSED"}}),
    ("customtowel-3", """Refund and exchange requests are accepted for up to thirty days after the order date.""",
     {**_w(30, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("customtowel-4", """The following can't be refunded or exchanged:
- custom orders, such as embroidered or screen printed towels
- closeouts and special sales
- samples""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:embroider|OTHER:screen print",
                    "CLEARANCE|FINAL_SALE|OTHER:closeout|OTHER:special sale", "OTHER:sample"}}),
    ("customtowel-5", """Inside the box, add a copy of your invoice or packing slip, a short note explaining why you are returning
the items, and a phone number where we can reach you.""",
     {"requirements.proof_of_purchase": True, "requirements.reason_required": True}),
    ("soapbeautiful-1", """Our soaps are handmade in small batches for personal use, so once you have bought them we can neither take
them back nor refund them.""",
     {"returns.enabled": False}),
    ("soapbeautiful-2", """Something broken in the parcel, or not what you ordered? Tell us straight away and send a picture showing
both the item and its packaging; after a quick review we will arrange a replacement where appropriate.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE", "PACKAGING"},
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("uberchicbeauty-1", """With a few exceptions, anything new and still sealed can be sent back for a full refund up to thirty days
after it was delivered.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True, "requirements.condition": {"UNUSED"}}),
    ("uberchicbeauty-2", """If we got it wrong (a faulty product, or not the item you ordered), the return postage is on us.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
    ("uberchicbeauty-3", """How long a refund takes:
- your parcel reaching us: 5-10 working days
- our processing once it is here: 3-5 working days
- your bank then needs another 5-10 working days""",
     {"refund.processing": _r(3, 5, "BUSINESS"), "refund.additional_delay": _r(5, 10, "BUSINESS")}),
    ("uberchicbeauty-4", """Prices on this site are shown in US dollars.""",
     {"currency": "USD"}),
    ("elementtattoosupply-1", """Every refund we give is issued as store credit.""",
     {"refund.method": "STORE_CREDIT", "resolutions.store_credit": "ALWAYS"}),
    ("elementtattoosupply-2", """We do not give back the shipping you paid on your order.""",
     {"refund.original_shipping": "NEVER"}),
    ("elementtattoosupply-3", """Tattoo machines, tattoo ink, needles, cartridges and tattoo anesthetics are all non-returnable, given the
kind of business we are in.""",
     {"exclusions": {"OTHER:tattoo machine", "OTHER:tattoo ink", "OTHER:needle|OTHER:cartridge", "OTHER:anesthetic"}}),
    ("elementtattoosupply-4", """Anything you send back should be unused and arrive complete with its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("elementtattoosupply-5", """We keep twenty percent of the price of each returned item as a restocking charge.""",
     {"fees.restocking_percent": "20"}),
    ("elementtattoosupply-6", """Return postage is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("elementtattoosupply-7", """Returns are arranged by email: write to our support address to get started.""",
     {"returns.request_via": "EMAIL"}),
    ("elementtattoosupply-8", """Cancelling an order
An order that has not left our warehouse yet can still be cancelled, with a full refund.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("hydroprowashington-1", """Before returning anything, email us to say so; we will reply with a returns form for you to fill in and
send back.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("hydroprowashington-2", """Faulty goods, or an order that does not match what you bought, are refunded in full provided you tell us no
later than thirty days after delivery; the refund is paid once the items are back with us.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(30, "DELIVERY", prefix="fault.window"), "fault.remedies": {"REFUND"}}),
    ("hydroprowashington-3", """We examine returned items, let you know the outcome, and usually pay the refund within two weeks.""",
     {"refund.inspection": True, "refund.processing": _r(0, 14)}),
    ("hydroprowashington-4", """We only accept products back sealed and unused, in their original packaging with no damage to it.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("hydroprowashington-5", """Any refund due is paid no more than fourteen days after we have received and checked your items.""",
     {"refund.inspection": True, "refund.processing": _r(0, 14)}),
]
