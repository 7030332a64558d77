"""The rules of twelve more shops' return-policy pages (set c3: computers, phone accessories,
headphones, cameras, drones, gaming gear, smart home, printer ink, car parts, e-bikes, power tools,
batteries), one item per sentence that states a drafted setting as a general rule, each rewritten in
our own words and labelled by hand with the facts it states. The pages' own sentences are not kept
anywhere here; a page was read only as the opening the stored corpus holds, so a long page's later
rules are missing. Rules for one group of goods or one situation only (used items, pre-orders,
cores, late returns) are left out. See paraphrase_score.py.

Pages (read through the `search` tool, corpus "pages"):
    forgecomputers       https://www.forgecomputers.co/return-policy
    phonixaccessories    https://phonixaccessories.com/shipping-and-returns
    headphonesca         https://headphones.ca/pages/returns-and-exchanges
    thephotocenter       https://thephotocenter.com/return-policy
    dronematters         https://www.dronematters.com/warranty-rma/
    gamerstoday          https://gamerstoday.net/pages/returns
    hometosmarthome      https://hometosmarthome.com/return-policy
    inkplustoner         https://inkplustoner.com/returns-exchanges
    hondapartsunlimited  http://www.hondapartsunlimited.com/index.php?p=page&page_id=return_policy
    electricbikeexpress  https://electricbikeexpress.com/pages/return-refund-policy
    thetoolstore         http://www.thetoolstore.ca/return_policy.asp
    batteryweb           https://batteryweb.com/pages/refund-returns-policy
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- forgecomputers (custom PCs and parts) -----------------------------------------------------------
    ("forgecomputers-1", """If a machine you bought from us does not work the way we said it would once you have set it up, talk
to us. Usually we will either take it back and refund you in full, or send a new unit or a new part,
and you will not pay anything for it.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REFUND", "REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("forgecomputers-2", """Hold on to every piece of the box and packing it came in: without the original packaging we may
refuse the return.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("forgecomputers-3", """Simply changed your mind? Get in touch with us no later than thirty days after you bought it to
arrange sending it back.""",
     {**_w(30, "PURCHASE"), "returns.request_required_before_shipping": True}),
    ("forgecomputers-4", """We keep 20 percent of the price as a restocking charge on a return.""",
     {"fees.restocking_percent": "20"}),
    ("forgecomputers-5", """It is up to you to send the product back just as it was delivered, with every component that came
with it.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ACCESSORIES_INCLUDED"}}),
    # --- phonixaccessories (phone accessories) -----------------------------------------------------------
    ("phonixaccessories-1", """Bought something in our online shop? You can send it back for up to thirty days after it reaches
you.""",
     {**_w(30, "DELIVERY"), "sales_channels.allowed": ["web"]}),
    ("phonixaccessories-2", """To qualify, the product has to be unused, still in the packaging it came in, and in the same state
as when we delivered it.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("phonixaccessories-3", """Anything that has been worn or put to use will be turned away.""",
     {"requirements.condition": {"NOT_WORN", "UNUSED"}}),
    ("phonixaccessories-4", """A few things cannot come back at all: personalised products and gift cards.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:gift card"}}),
    ("phonixaccessories-5", """Before sending anything, phone or email our service team to ask for a return authorisation, giving
your order number and why the item is coming back.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True, "returns.request_via": "EMAIL"}),
    ("phonixaccessories-6", """You pay the postage for a return, except when the item is faulty or not the one you ordered. Choose
a tracked service or insure the parcel, since we cannot promise it will arrive.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "instructions.tracked_shipping_recommended": True,
      "instructions.insured_shipping_recommended": True}),
    ("phonixaccessories-7", """We check each return when it gets to us; checking it and paying out the refund take seven to ten
working days.""",
     {"refund.inspection": True, "refund.processing": _r(7, 10, "BUSINESS")}),
    ("phonixaccessories-8", """The money goes back to the card or account you paid with. Delivery charges stay with us, unless the
item was faulty or we sent the wrong one.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("phonixaccessories-9", """We don't swap items directly. Return the first one for your money back and place a fresh order for
the one you want.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("phonixaccessories-10", """Did your order turn up damaged, or is it the wrong product? Let our service team know no more than
seven days after it arrives.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, **_w(7, "DELIVERY", prefix="fault.window")}),
    # --- headphonesca (headphones) ------------------------------------------------------------------------
    ("headphonesca-1", """Every order is covered for thirty days from the day you place it: if you are not happy, send the gear
back looking as good as new and we refund what you paid, without asking why.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"ORIGINAL_CONDITION"},
      "requirements.reason_required": False}),
    ("headphonesca-2", """No return or exchange can be sent without our authorisation first; ask for it by email.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("headphonesca-3", """What you paid for shipping is never given back.""",
     {"refund.original_shipping": "NEVER"}),
    ("headphonesca-4", """Picked the wrong model? Order the one you really want straight away, then send us the first one to
be refunded, within thirty days of that first purchase.""",
     {"resolutions.reorder_hint": True, **_w(30, "PURCHASE")}),
    ("headphonesca-5", """Send the product back in like-new shape no more than 30 days after it reached you.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("headphonesca-6", """We take the cost of delivering your order off the refund, and refunds are only ever paid to the card
or account used at checkout.""",
     {"refund.original_shipping": "NEVER", "refund.method": "ORIGINAL_PAYMENT"}),
    ("headphonesca-7", """Any carrier will do, but we suggest an insured service where someone has to sign for the parcel.""",
     {"instructions.insured_shipping_recommended": True}),
    ("headphonesca-8", """Pack the gear the way it came to you, in its inner and outer boxes, or in boxes just as sturdy.""",
     {"instructions.pack_securely": True}),
    ("headphonesca-9", """Put back every manual, accessory and bit of packing material that was in the box.""",
     {"requirements.condition": {"MANUALS_INCLUDED", "ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING"}}),
    # --- thephotocenter (camera shop) ---------------------------------------------------------------------
    ("thephotocenter-1", """You have seven days to bring a purchase back for your money; you may also trade it for something else
or take store credit instead.""",
     {"returns.window.days": 7, "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS"}),
    ("thephotocenter-2", """A returned item has to be like new and in its own box, with all the packing, the unfilled warranty
card, the manuals and any accessories it was sold with.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                 "ACCESSORIES_INCLUDED"}}),
    ("thephotocenter-3", """For orders placed online or by mail, the postage to send a return to us is yours to pay.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("thephotocenter-4", """Shipping charges are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("thephotocenter-5", """A product that turns out to be faulty may be replaced within 30 days of the date of purchase.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(30, "PURCHASE", prefix="fault.window"),
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("thephotocenter-6", """We cannot take back film, ink cartridges, special orders, photo paper, light bulbs or drones, nor
anything that has been abused or can no longer be sold.""",
     {"exclusions": {"OTHER:special order", "OTHER:drone", "OTHER:film", "OTHER:light bulb",
                     "OTHER:ink|OTHER:cartridge", "OTHER:paper", "WORN_OR_DAMAGED|OTHER:abused|OTHER:unsaleable"}}),
    # --- dronematters (drones and FPV parts) ---------------------------------------------------------------
    ("dronematters-1", """Once your return reaches us, give us up to five business days to test it and complete the
refund.""",
     {"refund.inspection": True, "refund.processing": _r(0, 5, "BUSINESS")}),
    ("dronematters-2", """Nothing may be sent back until we have approved it: open a support ticket with us first.""",
     {"returns.request_required_before_shipping": True}),
    ("dronematters-3", """We may keep 10% of the price as a restocking charge, but never on a product that is faulty.""",
     {"fees.restocking_percent": "10", "fees.waived_when_merchant_at_fault": True}),
    ("dronematters-4", """Protect the parcel well against knocks on the way, and use a carrier that gives you a tracking
number.""",
     {"instructions.pack_securely": True, "instructions.tracked_shipping_recommended": True}),
    ("dronematters-5", """For a refund, the item must never have been used, look like new, and come back in its original box
with every cable, manual and other part.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                 "MANUALS_INCLUDED"}}),
    ("dronematters-6", """Once thirty days have passed since you bought it, we no longer accept the item back, for a refund or
an exchange.""",
     {**_w(30, "PURCHASE")}),
    ("dronematters-7", """Anything we build to order, such as a custom ready-to-fly model, cannot be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:made to order|OTHER:custom"}}),
    ("dronematters-8", """A faulty product can only be swapped for another one; we do not refund it.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    # --- gamerstoday (gaming gear) --------------------------------------------------------------------------
    ("gamerstoday-1", """Start your return by filling in the form on our website.""",
     {"returns.request_via": "WEBSITE"}),
    ("gamerstoday-2", """Want another colour, size or model? You can trade your item for a different one.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("gamerstoday-3", """Ordinary returns: you have 14 days from the delivery date to start one.""",
     {**_w(14, "DELIVERY")}),
    ("gamerstoday-4", """Something faulty? Tell us within 14 days of delivery and the postage back is free.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(14, "DELIVERY", prefix="fault.window"),
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("gamerstoday-5", """Every item has to come back in the packaging it shipped in.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("gamerstoday-6", """We can't accept back headphones or earbuds (for hygiene), anything customised or personalised, or
digital downloads, gift cards and software licences.""",
     {"exclusions": {"OTHER:headphone|OTHER:earbud", "PERSONALIZED|OTHER:custom", "OTHER:digital|OTHER:download",
                     "OTHER:gift card", "OTHER:software|OTHER:licen"}}),
    ("gamerstoday-7", """Nor do we take back items harmed by misuse or everyday wear, or electronics that show signs of
liquid damage.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:misuse|OTHER:wear|OTHER:liquid"}}),
    ("gamerstoday-8", """After we have inspected your return, the refund takes five to seven business days to process.""",
     {"refund.inspection": True, "refund.processing": _r(5, 7, "BUSINESS")}),
    ("gamerstoday-9", """Refunds go only to the payment method used for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("gamerstoday-10", """Returns of items that work fine carry a 15% restocking fee.""",
     {"fees.restocking_percent": "15", "fees.waived_when_merchant_at_fault": True}),
    # --- hometosmarthome (smart home devices) -------------------------------------------------------------
    ("hometosmarthome-1", """Most of what we sell can be returned within thirty days.""",
     {"returns.window.days": 30, "returns.most_items_only": True}),
    ("hometosmarthome-2", """To be refunded, an item must come back in new condition, in its original box, with its
accessories.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("hometosmarthome-3", """Put your receipt or invoice in the parcel as proof of purchase, together with a copy of the return
authorisation (RMA) we gave you.""",
     {"requirements.proof_of_purchase": True, "returns.request_required_before_shipping": True}),
    ("hometosmarthome-4", """Your return has to be postmarked no more than 30 days after the date we shipped your order.""",
     {**_w(30, "SHIPMENT")}),
    ("hometosmarthome-5", """Refunds are returned to the card or other means you paid with, for the price you paid minus any
shipping, and you should usually see it on your card within seven business days of the parcel reaching us.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.original_shipping": "NEVER",
      "refund.typical_arrival": _r(0, 7, "BUSINESS")}),
    ("hometosmarthome-6", """The cost of shipping a return to us is paid by the customer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("hometosmarthome-7", """Refurbished products cannot be refunded.""",
     {"exclusions": {"OTHER:refurbished"}}),
    ("hometosmarthome-8", """Software and custom-engraved products are final sales: no returns, refunds or exchanges.""",
     {"exclusions": {"OTHER:software", "PERSONALIZED|OTHER:custom|OTHER:etched|OTHER:engrav"}}),
    ("hometosmarthome-9", """Products shipped to you straight from the maker cannot be returned, refunded or exchanged through
us.""",
     {"exclusions": {"OTHER:direct ship|OTHER:drop ship|OTHER:maker"}}),
    ("hometosmarthome-10", """Any other faulty item sent back within thirty days of the date we shipped it is replaced free of
charge, and we send you a prepaid label for sending the faulty one back.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(30, "SHIPMENT", prefix="fault.window"), "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    # --- inkplustoner (printer ink and toner) --------------------------------------------------------------
    ("inkplustoner-1", """You can start a return for up to thirty days after the day you bought the item.""",
     {**_w(30, "PURCHASE")}),
    ("inkplustoner-2", """Products have to be unused and unopened, in the state you got them, and in their original
packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("inkplustoner-3", """We need proof that you bought it before we can handle a return or an exchange.""",
     {"resolutions.exchange": "ALWAYS", "requirements.proof_of_purchase": True}),
    ("inkplustoner-4", """Cartridges that have been opened or used, items bought on sale or at a discount, and
custom or special-order goods cannot be returned.""",
     {"exclusions": {"OTHER:cartridge|OTHER:opened|OTHER:used", "CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:discount",
                     "PERSONALIZED|OTHER:custom|OTHER:special order"}}),
    ("inkplustoner-5", """To begin, email our support team with your order number and the reason; we then send you an
authorisation number (RMA) with instructions.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    ("inkplustoner-6", """Pack the item safely in its own box with all its manuals, accessories and papers, and post it to the
address we give you.""",
     {"instructions.pack_securely": True,
      "requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"},
      "instructions.address_on_request": True}),
    ("inkplustoner-7", """When the item has arrived and been checked, an approved refund is paid to your original payment
method within 10 business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 10, "BUSINESS")}),
    ("inkplustoner-8", """We don't refund shipping costs.""",
     {"refund.original_shipping": "NEVER"}),
    ("inkplustoner-9", """Received a faulty item, or the wrong one? Contact us straight away and we will replace or exchange it
at no extra cost.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT", "EXCHANGE"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("inkplustoner-10", """Return postage is up to you, unless the return is down to our mistake, such as a wrong or faulty
item.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
    # --- hondapartsunlimited (car parts) --------------------------------------------------------------------
    ("hondapartsunlimited-1", """Electronic parts, such as sensors, switches, wiring harnesses or engine computers, cannot be
returned.""",
     {"exclusions": {"OTHER:electric"}}),
    ("hondapartsunlimited-2", """We can't accept a part that has been used or fitted to a car, even if only to see whether it
fits.""",
     {"requirements.condition": {"UNUSED"}}),
    ("hondapartsunlimited-3", """Returns close 14 days after the date the tracking shows your parcel was delivered.""",
     {**_w(14, "DELIVERY")}),
    ("hondapartsunlimited-4", """Parts have to be fit to be sold again and still in their original packaging; a package that was
opened and can't be sealed again will be refused.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("hondapartsunlimited-5", """Parts you send back because you no longer need them are charged a 20% restocking fee.""",
     {"fees.restocking_percent": "20"}),
    ("hondapartsunlimited-6", """Shipping is not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("hondapartsunlimited-7", """To return something, email or phone us with your order ID and why it is coming back; if it
qualifies, we give you an RMA number.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True, "returns.request_via": "EMAIL"}),
    ("hondapartsunlimited-8", """Put a copy of your invoice or packing slip in the box.""",
     {"requirements.proof_of_purchase": True}),
    # --- electricbikeexpress (e-bikes) ----------------------------------------------------------------------
    ("electricbikeexpress-1", """You can ask for a return up to thirty days after your e-bike or part is delivered.""",
     {**_w(30, "DELIVERY")}),
    ("electricbikeexpress-2", """To be accepted, it must be unused, in the packaging it came in, and in the same condition you
received it.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("electricbikeexpress-3", """Each return is charged a 15% restocking fee, and the buyer pays for shipping it back.""",
     {"fees.restocking_percent": "15", "shipping.default.payer": "CUSTOMER"}),
    ("electricbikeexpress-4", """Email or call us to start; once we agree to the return we arrange a pickup or send a label, and
tell you how and where to ship it. We turn away parcels sent without asking first.""",
     {"returns.request_required_before_shipping": True, "instructions.address_on_request": True, "returns.request_via": "EMAIL"}),
    ("electricbikeexpress-5", """We inspect every return when it arrives. An approved refund goes back to the original payment
method, less the 15% restocking fee; your bank or card issuer may then need up to 10 business days to
post it.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "fees.restocking_percent": "15",
      "refund.additional_delay": _r(0, 10, "BUSINESS")}),
    ("electricbikeexpress-6", """You can cancel an order free of charge within 24 hours of placing it.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 24, "cancellation.refund_percent": "100"}),
    ("electricbikeexpress-7", """An order can still be cancelled up until it ships.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("electricbikeexpress-8", """Refunds are paid only to the payment method used when you ordered.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- thetoolstore (power tools) --------------------------------------------------------------------------
    ("thetoolstore-1", """When a product you send back is faulty or damaged, we pay you back every cost, shipping
included.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("thetoolstore-2", """If nothing is wrong with the product, the delivery charge and the cost of the return are yours.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("thetoolstore-3", """Only unused items in their original packaging can be refunded.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("thetoolstore-4", """The refund goes back the way you paid: to your credit card, or by cheque.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("thetoolstore-5", """Depending on why an item comes back, we may charge a restocking fee of 10%.""",
     {"fees.restocking_percent": "10"}),
    ("thetoolstore-6", """You have seven days, counted from the day your order reaches you, to start a return.""",
     {**_w(7, "DELIVERY")}),
    ("thetoolstore-7", """First phone our customer service for a return authorisation number.""",
     {"returns.request_required_before_shipping": True}),
    ("thetoolstore-8", """In the box, add a note describing the fault or problem and a copy of your original invoice.""",
     {"requirements.reason_required": True, "requirements.proof_of_purchase": True}),
    ("thetoolstore-9", """We give no credit for anything that someone has tampered with.""",
     {"requirements.condition": {"NOT_ALTERED"}}),
    # --- batteryweb (batteries) ----------------------------------------------------------------------------
    ("batteryweb-1", """For a refund, your return has to reach us within thirty days of the day your order arrived.""",
     {**_w(30, "DELIVERY")}),
    ("batteryweb-2", """Send every return with the postage paid, and in perfect condition.""",
     {"shipping.default.payer": "CUSTOMER", "requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("batteryweb-3", """The original box has to be in the parcel, along with the manuals, accessories and any warranty
cards.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"}}),
    ("batteryweb-4", """Enclose the original packing slip, and make sure your RMA number can be seen on the outer box.""",
     {"requirements.proof_of_purchase": True, "returns.request_required_before_shipping": True}),
    ("batteryweb-5", """We inspect everything that comes back. Every return is charged a 15% restocking fee, taken off the
refund, and within seven business days the money is paid back to the card or account you used.""",
     {"refund.inspection": True, "fees.restocking_percent": "15", "refund.processing": _r(0, 7, "BUSINESS"),
      "refund.method": "ORIGINAL_PAYMENT"}),
    ("batteryweb-6", """We do not refund shipping charges.""",
     {"refund.original_shipping": "NEVER"}),
    ("batteryweb-7", """Return postage is paid by the customer; we strongly advise a tracked and insured service.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.tracked_shipping_recommended": True,
      "instructions.insured_shipping_recommended": True}),
    ("batteryweb-8", """Faulty items can be returned during the first 30 days.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.window.days": 30}),
]
