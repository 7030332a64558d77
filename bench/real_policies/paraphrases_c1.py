"""The rules of twelve more shops' return-policy pages (set c1: a women's clothing boutique, sneakers,
baby clothes, jewellery, handbags, eyeglasses, lingerie, toys, watches, perfume, hats, socks), one item
per sentence that states a drafted setting as a general rule, each rewritten in our own words and
labelled by hand with the facts it states. The pages' own sentences are not kept anywhere here; a
page was read only as the opening the stored corpus holds, so a long page's later rules are missing.
See paraphrase_score.py.

Pages (read through the `search` tool, corpus "pages"):
    boutiquewshop     https://boutiquewshop.com/pages/returns-refunds
    sneakersh         https://sneakersh.com/refund_returns
    bebepanda         https://bebepanda.com.au/pages/return-and-exchange-policy-faq
    hoosierjewelry    https://www.hoosierjewelry.com/terms-conditions.htm
    mooyabag          http://www.mooyabag.com/content/store-policies
    coolframes        https://www.coolframes.com/policy/returns.html
    dawnnight         https://dawnnight.com/pages/returns-and-exchanges
    sensory-stuff     https://sensory-stuff.co.uk/returns-refunds
    newyorkwatchoutlet https://newyorkwatchoutlet.com/policies/refund-policy
    fragrancess       https://fragrancess.com/return-policies
    itsmyhat          https://www.itsmyhat.co.uk/refund-policy
    sockhodler        https://shop.sockhodler.com/exchanges-returns
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- boutiquewshop (women's clothing boutique) -------------------------------------------------------
    ("boutiquewshop-1", """Bought online? You can bring it back or swap it for something else for up to two weeks (14 days)
after it reaches you, provided nobody has worn it and our tag is still on it.""",
     {**_w(14, "DELIVERY"), "resolutions.exchange": "ALWAYS", "requirements.condition": {"NOT_WORN", "TAGS_ATTACHED"}}),
    ("boutiquewshop-2", """Check your order as soon as it comes: any damage has to be reported to us within five days of
delivery, after which we can no longer accept responsibility for it.""",
     {"fault.reasons": {"DAMAGED"}, **_w(5, "DELIVERY", prefix="fault.window")}),
    ("boutiquewshop-3", """Anything bought on sale is final and cannot be sent back.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("boutiquewshop-4", """To start a return or exchange, write to us by email with your order number and tell us why the item
is coming back.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("boutiquewshop-5", """We reply with a return authorisation number, which must be written clearly on the box;
anything that arrives without one is neither refunded nor exchanged.""",
     {"returns.request_required_before_shipping": True}),
    ("boutiquewshop-6", """The postage for sending an item back is yours to pay, and what you paid for shipping is not given
back.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    ("boutiquewshop-7", """When a return reaches us, the refund or exchange is handled within three business days.""",
     {"resolutions.exchange": "ALWAYS", "refund.processing": _r(0, 3, "BUSINESS")}),
    ("boutiquewshop-8", """After we have received and checked your item, we email you to say it has arrived and whether your
refund has been accepted or turned down.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    # --- sneakersh (sneakers) ----------------------------------------------------------------------------
    ("sneakersh-1", """You have a week (7 days) from delivery to send something back; once that week has passed we cannot
refund or exchange it.""",
     {**_w(7, "DELIVERY")}),
    ("sneakersh-2", """We only take back pairs that were never used, are in the state you got them in, and come in their
original box.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("sneakersh-3", """Every return is charged a 5% restocking fee.""",
     {"fees.restocking_percent": "5"}),
    ("sneakersh-4", """You will need a receipt or some other proof that you bought the item before a return can be
completed.""",
     {"requirements.proof_of_purchase": True}),
    ("sneakersh-5", """For health reasons, socks and insoles cannot be returned, so choose them with care.""",
     {"exclusions": {"SOCKS", "OTHER:insole"}}),
    ("sneakersh-6", """Once your parcel is back and has been looked over, we email you to confirm we have it and to tell
you whether the refund is approved.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    ("sneakersh-7", """An approved refund goes back to your card or the way you paid, minus 5% of what you paid, within two
to three business days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "fees.restocking_percent": "5", "refund.processing": _r(2, 3, "BUSINESS")}),
    ("sneakersh-8", """Only full-price goods can be refunded: anything on sale or discounted is final sale, unless it
reached you faulty or it is not the size, colour or product you ordered.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:discount"}, "fault.overrides_exclusions": True,
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    # --- bebepanda (baby clothes) ------------------------------------------------------------------------
    ("bebepanda-1", """Returns and exchanges are started online: sign in, open your order history, pick the order and the
pieces you want to send back or swap, and follow the steps.""",
     {"returns.request_via": "WEBSITE", "resolutions.exchange": "ALWAYS"}),
    ("bebepanda-2", """We send you the shipping instructions by email once your request has been approved.""",
     {"returns.request_required_before_shipping": True}),
    ("bebepanda-3", """To qualify, a piece must come back no later than 30 days after you receive it.""",
     {**_w(30, "DELIVERY")}),
    ("bebepanda-4", """Clothes must come back in the packaging they were sent in, with every tag still on.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("bebepanda-5", """A garment that has been through the wash or has had its tags cut off will be refused.""",
     {"requirements.condition": {"NOT_WASHED", "TAGS_ATTACHED"}}),
    ("bebepanda-6", """We don't refund discounted items bought in a sale, nor anything returned without its original
packaging and tags.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:discount"},
      "requirements.condition": {"ORIGINAL_PACKAGING", "TAGS_ATTACHED"}}),
    ("bebepanda-7", """If something you bought turns out to be faulty, get in touch with us no more than 7 days after it was
delivered.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window")}),
    ("bebepanda-8", """Swaps are welcome: when we approve your exchange, we post the new item out to you.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("bebepanda-9", """You decide how to be refunded: back to the payment method you used, or as store credit.""",
     {"refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS"}),
    ("bebepanda-10", """When your return has been processed we send you a refund notice; the money then needs another one to
three business days to reach your original payment method.""",
     {"refund.additional_delay": _r(1, 3, "BUSINESS")}),
    # --- hoosierjewelry (jewellery) ----------------------------------------------------------------------
    ("hoosierjewelry-1", """You may return a piece up to fourteen days after the day you bought it.""",
     {**_w(14, "PURCHASE")}),
    ("hoosierjewelry-2", """It has to be unworn and just as we sold it, and it must come back in its original gift box together
with your receipt.""",
     {"requirements.condition": {"NOT_WORN", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
      "requirements.proof_of_purchase": True}),
    ("hoosierjewelry-3", """Closeout pieces, special orders, jewellery that has been altered (ring resizing included) and custom
designs can be neither returned nor exchanged.""",
     {"exclusions": {"CLEARANCE|OTHER:closeout", "OTHER:special order", "OTHER:altered|OTHER:resiz|OTHER:sizing",
                     "PERSONALIZED|OTHER:custom"}}),
    ("hoosierjewelry-4", """We don't give cash back: a return earns you store credit or an exchange.""",
     {"refund.method": "STORE_CREDIT", "resolutions.store_credit": "ALWAYS", "resolutions.exchange": "ALWAYS"}),
    # --- mooyabag (handbags) -----------------------------------------------------------------------------
    ("mooyabag-1", """Within ten days of your purchase you can send goods back and choose a refund, credit in our store or a
swap, as long as they are unused and in their original packaging.""",
     {**_w(10, "PURCHASE"), "refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS",
      "resolutions.exchange": "ALWAYS", "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("mooyabag-2", """Email us before you post anything back so we can give you a return authorisation number.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("mooyabag-3", """A return that arrives without that authorisation will be refused.""",
     {"returns.request_required_before_shipping": True}),
    ("mooyabag-4", """All the postage for sending goods back to us is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("mooyabag-5", """If your purse turns out to be defective, contact us and we will arrange an exchange.""",
     {"resolutions.exchange": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE"}}),
    # --- coolframes (eyeglasses) -------------------------------------------------------------------------
    ("coolframes-1", """Should a frame or lens arrive faulty or damaged, we replace it.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("coolframes-2", """You may cancel free of charge during the first two hours after placing your order; just phone or
email us straight away.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 2, "cancellation.refund_percent": "100", "cancellation.request_via": "EMAIL"}),
    ("coolframes-3", """As soon as an order has shipped, cancelling it is no longer possible.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("coolframes-4", """If the frame or lens came faulty or damaged, tell us no more than three working days after your
glasses arrive, and we will exchange it at no charge.""",
     {"resolutions.exchange": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE", "DAMAGED"}, **_w(3, "DELIVERY", "BUSINESS", prefix="fault.window"),
      "fault.remedies": {"EXCHANGE"}}),
    ("coolframes-5", """Not happy with how they look on you? You can swap them once for any other frame we sell, no later
than five working days after they arrive.""",
     {**_w(5, "DELIVERY", "BUSINESS"), "resolutions.exchange": "ALWAYS"}),
    ("coolframes-6", """The only charge for an exchange is $9.95 for shipping and handling.""",
     {"resolutions.exchange": "ALWAYS", "fees.flat_fee": "9.95"}),
    ("coolframes-7", """The cost of shipping the frame back to us falls on the buyer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("coolframes-8", """Use a tracked service when you send it, since we can't answer for a return that goes missing.""",
     {"instructions.tracked_shipping_recommended": True}),
    # --- dawnnight (lingerie) ----------------------------------------------------------------------------
    ("dawnnight-1", """Returned pieces must be new: never worn, never washed, and with every original tag in place.""",
     {"requirements.condition": {"NOT_WORN", "NOT_WASHED", "TAGS_ATTACHED"}}),
    ("dawnnight-2", """We turn away anything showing use or marks such as make-up or deodorant stains.""",
     {"requirements.condition": {"UNUSED", "NOT_STAINED"}}),
    ("dawnnight-3", """Don't post anything yet: first email customer service, no later than thirty days after your order
arrives, to get a return authorisation.""",
     {**_w(30, "DELIVERY"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("dawnnight-4", """Send your return to the address customer service gives you, not to the one shown on our website.""",
     {"instructions.address_on_request": True}),
    ("dawnnight-5", """Hold on to the tracking number of your parcel; it is your responsibility until it reaches our
warehouse.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("dawnnight-6", """When your parcel has arrived and been inspected, we let you know by email, and your refund or exchange
is then completed within seven business days.""",
     {"refund.inspection": True, "refund.processing": _r(0, 7, "BUSINESS"),
      "resolutions.exchange": "ALWAYS"}),
    ("dawnnight-7", """If you simply changed your mind, the return postage is on you; if the item is damaged, wrong or faulty
because of us, we pay it.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE"}}),
    ("dawnnight-8", """We do accept returns for quality problems, though small differences in colour or size are not counted
as such.""",
     {"fault.reasons": {"DEFECTIVE"}}),
    ("dawnnight-9", """Parcels sent back without our prior authorisation will not be accepted.""",
     {"returns.request_required_before_shipping": True}),
    # --- sensory-stuff (toys) ----------------------------------------------------------------------------
    ("sensory-stuff-1", """We can only refund an item that comes back no later than 14 days after you bought it.""",
     {**_w(14, "PURCHASE")}),
    ("sensory-stuff-2", """It has to be unused, in the condition it reached you, and still in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("sensory-stuff-3", """Please show us a receipt or some other proof of purchase when you ask for a refund.""",
     {"requirements.proof_of_purchase": True}),
    ("sensory-stuff-4", """Money is returned the way you paid for your order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("sensory-stuff-5", """We don't refund delivery charges, and sending a return back to us is at your own cost.""",
     {"refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER"}),
    ("sensory-stuff-6", """If a toy is damaged or doesn't work when it arrives, let us know right away and we will replace it
or refund you.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("sensory-stuff-7", """After your return reaches us, allow seven to ten business days for the refund to be processed.""",
     {"refund.processing": _r(7, 10, "BUSINESS")}),
    # --- newyorkwatchoutlet (watches) --------------------------------------------------------------------
    ("newyorkwatchoutlet-1", """Need to cancel? Email us your order details before the order ships; after it has been processed
or sent, we may no longer be able to stop it.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True, "cancellation.request_via": "EMAIL"}),
    ("newyorkwatchoutlet-2", """You can ask to return your watch for a full refund up to thirty days after the carrier shows it as
delivered; later requests are refused.""",
     {**_w(30, "DELIVERY")}),
    # --- fragrancess (perfume) ---------------------------------------------------------------------------
    ("fragrancess-1", """Any product that has not been opened, is as we sent it and still has all its original packaging may
come back within thirty days of arriving, refunded in full except for shipping.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"},
      "refund.original_shipping": "NEVER"}),
    ("fragrancess-2", """We are unable to take back anything that has been opened or used.""",
     {"requirements.condition": {"UNUSED"}}),
    ("fragrancess-3", """To cancel an order, email us no later than twelve hours after you placed it.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 12, "cancellation.request_via": "EMAIL"}),
    ("fragrancess-4", """If a product reaches you damaged, you can lodge a claim with us, and we will usually ask for it to be
sent back to our warehouse to be checked.""",
     {"fault.reasons": {"DAMAGED"}}),
    # --- itsmyhat (hats) ---------------------------------------------------------------------------------
    ("itsmyhat-1", """A hat can only come back if it has not been used, is in the state you received it in, and, where it
had any, is in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("itsmyhat-2", """Changed your mind? You have 14 working days from delivery to get a full refund, but what it costs you
to post the item back is not repaid.""",
     {**_w(14, "DELIVERY", "BUSINESS"), "shipping.default.payer": "CUSTOMER"}),
    ("itsmyhat-3", """If what you bought is damaged or does not match its description, get in touch and we will tell you
what to do; send nothing back until we have given you a returns (RMA) number.""",
     {"fault.reasons": {"DAMAGED", "NOT_AS_DESCRIBED"}, "returns.request_required_before_shipping": True}),
    ("itsmyhat-4", """When you tell us about a return, we send you a returns number by email, explaining the steps and
where to post it.""",
     {"returns.request_required_before_shipping": True, "instructions.address_on_request": True}),
    # --- sockhodler (socks) ------------------------------------------------------------------------------
    ("sockhodler-1", """Not fully happy, whatever the reason? Send it back and pick a full refund, credit in our shop, or an
exchange.""",
     {"refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS", "resolutions.exchange": "ALWAYS"}),
    ("sockhodler-2", """Returns and exchanges are accepted for fifteen days from the day your socks were delivered.""",
     {**_w(15, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("sockhodler-3", """Refunds are paid back in the same way you originally paid.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("sockhodler-4", """We don't pay for return postage and don't supply shipping labels.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("sockhodler-5", """Socks have to come back unworn and in the packaging they came in.""",
     {"requirements.condition": {"NOT_WORN", "ORIGINAL_PACKAGING"}}),
    ("sockhodler-6", """Include your order number, the date of the order and proof that you paid with every return, or it
won't be processed.""",
     {"requirements.proof_of_purchase": True}),
    ("sockhodler-7", """Products sold as part of a promotion cannot be returned.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:promotion|OTHER:promo"}}),
    ("sockhodler-8", """Manufacturing defects are covered for the first 30 days after purchase, and eligible pairs are
replaced for free.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(30, "PURCHASE", prefix="fault.window"), "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
]
