"""The rules of the c11 set's pages: twelve shops' return-policy pages (phone cases, keyboards, 3D
printers, guitars, telescopes, DJ gear), one item per sentence that states a drafted setting as a
general rule, each rewritten in our own words, with the facts it states, labelled by hand. The pages'
own sentences are not stored anywhere.

Pages (read 2026-12-05 with the `search` tool, corpus "pages"):
# casesforeveryphone  https://casesforeveryphone.com/refund_returns
# mechanicalkeybo     https://mechanicalkeybo.com/refund_returns
# mechboards          https://mechboardsuk.reamaze.com/kb/shipping-and-returns/returns-policy
# guitarshopstores    https://www.guitarshopstores.com/return-policy
# 3dprintermart       https://the3dprintermart.com/pages/returns-exchanges
# dygma               https://support.dygma.com/hc/en-us/articles/360006281998-What-is-your-return-and-refund-policy
# printers3d          https://printers-3d.co/pages/refund-policy
# iiidmax             https://iiidmax.com/refund_returns
# caseforphoneshop    https://www.caseforphoneshop.com/returns-exchanges
# telescopewolves     https://telescopewolves.com/pages/refund-policy
# otelescope          https://www.otelescope.com/refundpolicy/
# djshopstores        https://www.djshopstores.com/return-policy
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- casesforeveryphone ------------------------------------------------------------------------------
    ("casesforeveryphone-1", """Not happy with a case? You can send it back up to thirty days after it reaches you.""",
     {**_w(30, "DELIVERY")}),
    ("casesforeveryphone-2", """We take an item back only if it hasn't been used, is just as you got it, and comes in its own
box.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("casesforeveryphone-3", """We will need to see proof that you bought it, like your order number or the confirmation email.""",
     {"requirements.proof_of_purchase": True}),
    ("casesforeveryphone-4", """Sending a parcel back is at your cost, except when the mistake is ours, for instance a faulty
product or the wrong one.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("casesforeveryphone-5", """To start a return, email us your order number and tell us why you are sending the item back.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("casesforeveryphone-6", """Within two working days we reply with the steps to follow and the address to post it to.""",
     {"instructions.address_on_request": True}),
    ("casesforeveryphone-7", """A refund is only approved after the returned item has reached us and been inspected.""",
     {"refund.inspection": True}),
    ("casesforeveryphone-8", """Approved refunds go back onto the payment method you used, within five to ten business days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 10, "BUSINESS")}),
    ("casesforeveryphone-9", """What you paid for delivery is kept, unless the return comes from a mistake of ours in shipping or in the
product itself.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("casesforeveryphone-10", """Want another size, colour or style? We will swap it, as long as we have it in stock.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("casesforeveryphone-11", """These can't be sent back: cases that were customised or personalised, gift cards, and anything
sold as final sale.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:gift card", "FINAL_SALE|CLEARANCE"}}),
    ("casesforeveryphone-12", """Did your product come broken or not working? Write to us no later than seven days after delivery,
with pictures of the item and of its packaging, and we will either ship a replacement or refund you in
full.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE", "PACKAGING"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "fault.full_refund": True}),
    # --- mechanicalkeybo ---------------------------------------------------------------------------------
    ("mechanicalkeybo-1", """You have fourteen days from the day your parcel is delivered to ask us for a return.""",
     {**_w(14, "DELIVERY")}),
    ("mechanicalkeybo-2", """A returned item has to be unused and as it was when new, with its tags on and in the box it came
in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("mechanicalkeybo-3", """Please show us a receipt or some other proof of the purchase.""",
     {"requirements.proof_of_purchase": True}),
    ("mechanicalkeybo-4", """Returns are started by sending us an email.""",
     {"returns.request_via": "EMAIL"}),
    ("mechanicalkeybo-5", """If what you got is damaged, faulty or not the item you ordered, get in touch right away so we can
sort it out.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"}}),
    ("mechanicalkeybo-6", """Gift cards and anything bought on sale cannot be returned.""",
     {"exclusions": {"OTHER:gift card", "CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("mechanicalkeybo-7", """We don't do exchanges as such: send the first item back, and when that return has been handled,
order the one you want.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("mechanicalkeybo-8", """After your parcel arrives we inspect it; if the refund is approved, it is paid back to the card or
account you used within ten business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 10, "BUSINESS")}),
    # --- mechboards --------------------------------------------------------------------------------------
    ("mechboards-1", """If something is faulty, or it isn't what you ordered, please let us know.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("mechboards-2", """Changed your mind? We refund items that come back to us within 30 days of you receiving them.""",
     {**_w(30, "DELIVERY")}),
    ("mechboards-3", """For a refund the item must be unused, complete with every part, and in its original packaging with
no damage.""",
     {"requirements.condition": {"UNUSED", "ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING"}}),
    ("mechboards-4", """The cost of posting a return is paid by the customer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("mechboards-5", """Once the parcel gets to us our team looks it over, and if all is well we issue the refund.""",
     {"refund.inspection": True}),
    ("mechboards-6", """Ask for a return or a refund through the contact form on our site.""",
     {"returns.request_via": "WEBSITE"}),
    ("mechboards-7", """After approval the money normally clears within a day or two, though some payment methods take up
to ten days.""",
     {"refund.typical_arrival": _r(1, 10)}),
    ("mechboards-8", """Refunds are paid back the same way you paid.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("mechboards-9", """Delivery charges are not given back once your order has left us.""",
     {"refund.original_shipping": "NEVER"}),
    # --- guitarshopstores --------------------------------------------------------------------------------
    ("guitarshopstores-1", """A return must be started no later than seven days after the delivery.""",
     {**_w(7, "DELIVERY")}),
    ("guitarshopstores-2", """The gear has to be unused, as you received it, and in its original box.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("guitarshopstores-3", """We can't accept strings or picks that have been played with, accessories whose pack has been opened,
or final-sale products.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:opened|OTHER:string", "FINAL_SALE|CLEARANCE"}}),
    ("guitarshopstores-4", """Pack the item safely in the box it came in.""",
     {"instructions.pack_securely": True}),
    ("guitarshopstores-5", """When we have approved your return, we tell you where to ship it.""",
     {"returns.request_required_before_shipping": True, "instructions.address_on_request": True}),
    ("guitarshopstores-6", """You pay the postage for a return, unless what arrived was damaged or not what you ordered.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED", "WRONG_ITEM"}}),
    ("guitarshopstores-7", """We inspect each return; an approved refund is sent back the way you paid, taking five to seven
business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 7, "BUSINESS")}),
    ("guitarshopstores-8", """Delivery fees are not refunded, except when the return is down to our mistake.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("guitarshopstores-9", """There are no direct swaps for now: return what you have and buy the other item in a new order.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("guitarshopstores-10", """Got a damaged item or the wrong one? Tell us no later than 48 hours after it arrives and we will replace it or
give you a full refund.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, **_w(2, "DELIVERY", prefix="fault.window"),
      "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "fault.full_refund": True}),
    # --- 3dprintermart -----------------------------------------------------------------------------------
    ("3dprintermart-1", """If a product reaches you faulty or damaged, let us know no more than 30 days after you receive it, and
we will guide you through sending it back for a new one or a refund.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, **_w(30, "DELIVERY", prefix="fault.window"),
      "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("3dprintermart-2", """Every order carries a 25% restocking fee, unless stated otherwise.""",
     {"fees.restocking_percent": "25"}),
    ("3dprintermart-3", """Sent the wrong product? Tell us within thirty days of it arriving.""",
     {"fault.reasons": {"WRONG_ITEM"}, **_w(30, "DELIVERY", prefix="fault.window")}),
    ("3dprintermart-4", """If you simply change your mind, the product must still be in its unopened original packaging.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "UNUSED"}}),
    ("3dprintermart-5", """It must be fit to sell again, unused and undamaged.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("3dprintermart-6", """Let us know within 30 days of delivery and get a return authorization from us before sending
anything.""",
     {**_w(30, "DELIVERY"), "returns.request_required_before_shipping": True}),
    ("3dprintermart-7", """To start, email our support team; within one to two working days we answer and ask for your order
number, the reason for the return and the product details.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("3dprintermart-8", """Once the return is authorized, we tell you where to send the product.""",
     {"instructions.address_on_request": True}),
    ("3dprintermart-9", """Return postage is yours to pay, unless the product was faulty, damaged or not what you ordered.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("3dprintermart-10", """Wrap it well so nothing breaks on the way.""",
     {"instructions.pack_securely": True}),
    ("3dprintermart-11", """We advise a tracked service and insurance for the parcel.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    # --- dygma -------------------------------------------------------------------------------------------
    ("dygma-1", """Until your order has shipped, you can ask us to cancel it at any time.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("dygma-2", """Once we have emailed you that the order is on its way, it can no longer be cancelled.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("dygma-3", """You can return an item for 30 calendar days after it reaches you.""",
     {**_w(30, "DELIVERY", "CALENDAR")}),
    ("dygma-4", """It must be new and flawless with no sign of use, in its original packaging, with every component there
and undamaged.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("dygma-5", """The postage for sending a return back is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("dygma-6", """When the keyboard gets back to us we check it over.""",
     {"refund.inspection": True}),
    ("dygma-7", """If the return is approved, the refund goes to your card or the method you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("dygma-8", """Did your product arrive damaged? We pay for sending it back, and then send you a new one or refund
you.""",
     {"fault.reasons": {"DAMAGED"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- printers3d --------------------------------------------------------------------------------------
    ("printers3d-1", """Something broke or came damaged? Send it back for a refund no later than thirty days after delivery.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, **_w(30, "DELIVERY", prefix="fault.window"),
      "fault.remedies": {"REFUND"}}),
    ("printers3d-2", """To qualify for a return, the item needs to be unused and in the state you got it in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("printers3d-3", """Parts missing from your order? Contact us straight away and we will send the missing parts out.""",
     {"fault.reasons": {"INCOMPLETE"}, "fault.remedies": {"REPLACEMENT"}}),
    ("printers3d-4", """We only pay for return shipping when your item came damaged.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED"}}),
    ("printers3d-5", """Email our support address to begin a return.""",
     {"returns.request_via": "EMAIL"}),
    ("printers3d-6", """Include a receipt or some other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("printers3d-7", """In your email, explain why you are returning the item.""",
     {"requirements.reason_required": True}),
    # --- iiidmax -----------------------------------------------------------------------------------------
    ("iiidmax-1", """You have 30 days from the date you bought an item to return it; after that we can't take it back.""",
     {**_w(30, "PURCHASE")}),
    ("iiidmax-2", """The item must be unused, in the state it arrived, and in the box it came in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("iiidmax-3", """We take a 15% restocking fee off every return.""",
     {"fees.restocking_percent": "15"}),
    ("iiidmax-4", """An approved refund is credited to your original payment method within two to three days, less the 15%
restocking fee.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(2, 3), "fees.restocking_percent": "15"}),
    ("iiidmax-5", """Gift cards cannot be returned.""",
     {"exclusions": {"OTHER:gift card"}}),
    ("iiidmax-6", """To return something, email us and include your order number.""",
     {"returns.request_via": "EMAIL"}),
    ("iiidmax-7", """You pay to send your item back, and delivery costs are not refunded.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    ("iiidmax-8", """Think about a tracked service or buying insurance for the parcel.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}),
    # --- caseforphoneshop --------------------------------------------------------------------------------
    ("caseforphoneshop-1", """For most products, you can ask to return or exchange them up to 15 days after delivery.""",
     {**_w(15, "DELIVERY"), "returns.most_items_only": True, "resolutions.exchange": "ALWAYS"}),
    ("caseforphoneshop-2", """Returned goods must be as new: unused, not damaged, and in all of their original packaging.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING"}}),
    ("caseforphoneshop-3", """Every tag must still be in place.""",
     {"requirements.condition": {"TAGS_ATTACHED"}}),
    ("caseforphoneshop-4", """You'll need proof of purchase, such as your order number.""",
     {"requirements.proof_of_purchase": True}),
    ("caseforphoneshop-5", """On hygiene and safety grounds we can't take back earphones or headphones once opened, chargers or charging
cables that were opened or used, or anything that shows wear.""",
     {"exclusions": {"OTHER:earphone|OTHER:headphone|OTHER:audio", "OTHER:charg|OTHER:cable",
                     "WORN_OR_DAMAGED|OTHER:used|OTHER:wear"}}),
    ("caseforphoneshop-6", """First email our support team, no later than 15 days after the order reaches you.""",
     {**_w(15, "DELIVERY"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("caseforphoneshop-7", """Within two business days we look at your request and send you a return number and where to ship
it.""",
     {"returns.request_required_before_shipping": True,
      "instructions.address_on_request": True}),
    ("caseforphoneshop-8", """Pack the item securely.""",
     {"instructions.pack_securely": True}),
    ("caseforphoneshop-9", """Post it with a tracked service. The postage is yours, unless we caused the return.""",
     {"instructions.tracked_shipping_recommended": True, "shipping.default.payer": "CUSTOMER",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("caseforphoneshop-10", """When your return arrives we inspect it, then handle the refund or exchange within three to five
business days.""",
     {"resolutions.exchange": "ALWAYS", "refund.inspection": True, "refund.processing": _r(3, 5, "BUSINESS")}),
    ("caseforphoneshop-11", """Refunds go back to the way you paid.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- telescopewolves ---------------------------------------------------------------------------------
    ("telescopewolves-1", """You may ask for a return up to 30 days after your item arrives.""",
     {**_w(30, "DELIVERY")}),
    ("telescopewolves-2", """It must be unused, as you received it, with its tags, and in the original box; please also have
your receipt or other proof of purchase.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("telescopewolves-3", """Email us to start a return. If we accept it, we send instructions on where to post it; parcels sent
without asking us first are refused.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "instructions.address_on_request": True}),
    ("telescopewolves-4", """Check your order when it comes and write to us at once if an item is faulty, damaged or the wrong
one, with pictures of the fault.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("telescopewolves-5", """If you just changed your mind, shipping the return is at your expense.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("telescopewolves-6", """To swap an item for another, email us the name and SKU of both.""",
     {"resolutions.exchange": "ALWAYS"}),
    # --- otelescope --------------------------------------------------------------------------------------
    ("otelescope-1", """Not fully satisfied? Return your purchase within fourteen days of receiving it for a refund or an exchange,
minus a 30% restocking fee.""",
     {**_w(14, "DELIVERY"), "resolutions.exchange": "ALWAYS", "fees.restocking_percent": "30"}),
    ("otelescope-2", """Refunds are paid in the same form you used to pay.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("otelescope-3", """Every return needs an RMA number, so talk to us before you ship anything.""",
     {"returns.request_required_before_shipping": True}),
    ("otelescope-4", """The product has to come back as new, in its original packing, also as new.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("otelescope-5", """The customer pays the shipping on every return, even when a faulty product comes back for a replacement or a
warranty repair.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "CUSTOMER"},
      "fault.reasons": {"DEFECTIVE"}}),
    ("otelescope-6", """We examine each returned parcel on arrival, and a refund or credit usually follows within seven days.""",
     {"refund.inspection": True, "refund.processing": _r(0, 7)}),
    # --- djshopstores ------------------------------------------------------------------------------------
    ("djshopstores-1", """Returns are taken for fourteen days after delivery.""",
     {**_w(14, "DELIVERY")}),
    ("djshopstores-2", """The item has to be unused, in its original packaging, and fit to be sold again.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("djshopstores-3", """Please show proof of purchase, such as your order number or receipt.""",
     {"requirements.proof_of_purchase": True}),
    ("djshopstores-4", """We cannot take back DJ accessories that were opened or used, software and digital goods, final-sale
items, custom or special orders, or gift cards.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:opened|OTHER:accessor", "OTHER:software|OTHER:digital",
                     "FINAL_SALE|CLEARANCE", "PERSONALIZED|OTHER:custom|OTHER:special", "OTHER:gift card"}}),
    ("djshopstores-5", """To request a return, email our returns team with your order number and the reason.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("djshopstores-6", """Wait until we approve the return and send you shipping instructions; parcels we have not approved
might be turned away.""",
     {"returns.request_required_before_shipping": True}),
    ("djshopstores-7", """Customers cover return postage, except when the item is faulty or not what they ordered.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("djshopstores-8", """Use a shipping service you can track.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("djshopstores-9", """After we get and inspect the item, an approved refund reaches the card or account you paid with in
five to ten business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(5, 10, "BUSINESS")}),
    ("djshopstores-10", """We keep the delivery charge, except when the return happens because we got something wrong.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("djshopstores-11", """If your order comes damaged or faulty, contact us no later than 48 hours after delivery with clear photos of the
product and the box, and we will replace it or refund it in full.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE", "PACKAGING"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "fault.full_refund": True}),
]
