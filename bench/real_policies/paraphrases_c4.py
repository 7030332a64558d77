"""The rules of twelve new shops' return-policy pages (set c4: skincare, supplements, pet supplies,
books, art prints, musical instruments, sporting goods, fishing tackle, yoga gear, coffee, tea, craft
supplies), one item per sentence that states a drafted setting as a general rule, each rewritten in our
own words (no run of more than four of the page's words, names and numbers excepted) and labelled with
the facts it states. Rules for one group of goods or one situation only were left out, and so were
details no drafted setting holds. The pages' own sentences are not in the repository. See
paraphrase_score.py.

Pages (the `search` tool's stored public pages, read 2026-12-05):
# ukskincareproducts   https://www.ukskincareproducts.com/returns-exchanges
# acten                https://www.acten.com/refund-policy/
# futurepets           https://new.futurepets.com/us/returns
# thelittlebookplace   https://www.thelittlebookplace.com/return-policy
# oilandwaterart       https://oilandwaterart.com/pages/shipping-and-returns-policy-page
# indianamusicgarage   http://www.indianamusicgarage.com/terms-conditions.htm
# southwesttackle      https://southwesttackle.com/?p=15
# bodybyyoga           https://bodybyyoga.training/returns-and-refunds/
# jysports             https://jysports.com.au/pages/returns-policy
# faithandfamilycoffee https://faithandfamilycoffeecompany.com/pages/return-policy
# shoploosetea         https://shoploosetea.com/return-policy
# maggiescrochet       http://www.maggiescrochet.com/pages/return-policy
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- ukskincareproducts ------------------------------------------------------------------------------
    ("ukskincareproducts-1", """Apart from a few exceptions, anything still sealed and never used can come back, boxed as it
arrived, up to fifteen days after delivery, and you choose between your money back and a swap.""",
     {"returns.most_items_only": True, "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
      **_w(15, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("ukskincareproducts-2", """Sending a parcel back is at your expense, except when the product reached you damaged or
faulty.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("ukskincareproducts-3", """We don't give back the delivery charge on your original order.""",
     {"refund.original_shipping": "NEVER"}),
    ("ukskincareproducts-4", """Anything you send back has to be fit for us to sell again.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("ukskincareproducts-5", """For hygiene reasons we can't take back cosmetics or beauty products once opened, bath and shower
products once used, feminine care items once opened, dental care items that are no longer sealed, or any
personal care product whose hygiene seal is broken.""",
     {"exclusions": {"OTHER:cosmetic|OTHER:beauty|OTHER:opened", "OTHER:bath|OTHER:shower|OTHER:used",
                     "OTHER:feminine", "OTHER:dental", "OTHER:personal care|OTHER:hygiene seal"}}),
    ("ukskincareproducts-6", """First ask us for a return authorization: email our customer service no later than fifteen days
after the order arrives, giving the order number, the products, why you are sending them back, and whether
you want a refund or an exchange.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True, **_w(15, "DELIVERY"),
      "requirements.reason_required": True, "resolutions.exchange": "ALWAYS"}),
    ("ukskincareproducts-7", """When your return is approved, pack it with care and put in everything it came with: the original
box and accessories, plus the packing slip or invoice.""",
     {"returns.request_required_before_shipping": True, "instructions.pack_securely": True,
      "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}, "requirements.proof_of_purchase": True}),
    ("ukskincareproducts-8", """Please send it with a service that gives you a tracking number.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("ukskincareproducts-9", """We inspect each return once it's back with us, and then the refund is processed within five to
seven working days.""",
     {"refund.inspection": True, "refund.processing": _r(5, 7, "BUSINESS")}),
    ("ukskincareproducts-10", """The money is paid back onto the card or PayPal account you used to pay.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("ukskincareproducts-11", """An email lets you know once your refund has been made.""",
     {"refund.confirmation_email": True}),
    # --- acten -------------------------------------------------------------------------------------------
    ("acten-1", """We only accept returns of goods bought directly on our own website.""",
     {"sales_channels.allowed": ["web"]}),
    ("acten-2", """Supplements and other consumables can come back only if you bought them on our website, not
from a store that resells them, and only if they were never opened and are still sealed in the packaging
they came in.""",
     {"sales_channels.allowed": ["web"], "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("acten-3", """Before you send anything, you will need your order number and a return authorization number, which
we give you.""",
     {"returns.request_required_before_shipping": True}),
    ("acten-4", """Returned goods have to reach us no later than thirty days after you bought them; after that we accept
none.""",
     {**_w(30, "PURCHASE")}),
    ("acten-5", """To return something, first follow the steps on our contact page and give us your order number; if the
item qualifies, we send you an authorization number and tell you how to finish.""",
     {"returns.request_required_before_shipping": True}),
    ("acten-6", """You pay to ship a return, and no shipping is refunded, neither for the return nor for the first
delivery.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    ("acten-7", """Every refund is paid onto the card or PayPal account you used for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- futurepets --------------------------------------------------------------------------------------
    ("futurepets-1", """You can start a return up to thirty days after the date on your invoice.""",
     {**_w(30, "PURCHASE")}),
    ("futurepets-2", """Products must come back new and unused, complete with every part they were sold with and all of the
packaging.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING"}}),
    ("futurepets-3", """Items that were customised or ordered in specially for you can't be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special order"}}),
    ("futurepets-4", """Once your return is back with us, we either swap it or refund it, whichever you prefer.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("futurepets-5", """Refunds go to the payment method you used, within 10 to 21 business days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(10, 21, "BUSINESS")}),
    ("futurepets-6", """We keep the original delivery charge: it is taken off your refund.""",
     {"refund.original_shipping": "NEVER"}),
    ("futurepets-7", """Faulty or damaged on arrival? Phone us no later than one day (24 hours) after it reaches you.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, **_w(1, "DELIVERY", prefix="fault.window")}),
    ("futurepets-8", """Hold on to all the packing material and take pictures of the damage.""",
     {"fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("futurepets-9", """A faulty product is replaced with the same item, or its maker deals with it directly.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("futurepets-10", """Return postage for faulty or damaged items is paid by us.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DEFECTIVE", "DAMAGED"}}),
    ("futurepets-11", """Damage on the way back to us is not our responsibility, so please pack your return well.""",
     {"instructions.pack_securely": True}),
    ("futurepets-12", """Special-order and personalised products can be neither returned nor exchanged.""",
     {"exclusions": {"PERSONALIZED|OTHER:special order|OTHER:custom"}}),
    # --- thelittlebookplace ------------------------------------------------------------------------------
    ("thelittlebookplace-1", """Every book that comes back is checked carefully.""",
     {"refund.inspection": True}),
    ("thelittlebookplace-2", """A book that looks read, say with a cracked spine or folded page corners, can't be refunded,
exchanged or turned into credit.""",
     {"requirements.condition": {"UNUSED"}}),
    ("thelittlebookplace-3", """Bought online? You can send back or swap any item still in its original state, for a refund or
store credit, provided your request reaches us no more than seven days after you bought it.""",
     {**_w(7, "PURCHASE"), "requirements.condition": {"ORIGINAL_CONDITION"}, "resolutions.exchange": "ALWAYS",
      "resolutions.store_credit": "ALWAYS"}),
    ("thelittlebookplace-4", """Whenever you return or exchange something by post, the return shipping is yours to pay.""",
     {"resolutions.exchange": "ALWAYS", "shipping.default.payer": "CUSTOMER"}),
    ("thelittlebookplace-5", """We strongly advise sending it insured and with tracking.""",
     {"instructions.insured_shipping_recommended": True, "instructions.tracked_shipping_recommended": True}),
    ("thelittlebookplace-6", """When the parcel arrives we look over the item's condition and then start on your return.""",
     {"refund.inspection": True}),
    ("thelittlebookplace-7", """You'll get an email from us confirming the amount of your refund.""",
     {"refund.confirmation_email": True}),
    ("thelittlebookplace-8", """Delivery charges are not paid back.""",
     {"refund.original_shipping": "NEVER"}),
    ("thelittlebookplace-9", """Something missing, wrong or damaged in your order? Get in touch with the shop within seven days so
we can put it right.""",
     {"fault.reasons": {"INCOMPLETE", "WRONG_ITEM", "DAMAGED"}, **_w(7, "DELIVERY", prefix="fault.window")}),
    # --- oilandwaterart ----------------------------------------------------------------------------------
    ("oilandwaterart-1", """Original artworks are sold as final: there is no exchange or refund on them.""",
     {"exclusions": {"OTHER:original"}}),
    ("oilandwaterart-2", """Because each art print is produced to order, prints can't be refunded unless they reach you
damaged or faulty.""",
     {"returns.only_at_fault": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("oilandwaterart-3", """A return request must reach us no later than fourteen days after your order arrives.""",
     {**_w(14, "DELIVERY")}),
    ("oilandwaterart-4", """If your print arrives damaged or faulty, send us your order number, an account of the problem and
clear photos of the damage.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("oilandwaterart-5", """Anything sent back must be returned inside fourteen days from delivery.""",
     {**_w(14, "DELIVERY")}),
    ("oilandwaterart-6", """The item has to be unchanged and in the packaging we sent it in.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("oilandwaterart-7", """Custom and personalised prints can only be returned if they are faulty.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom"}, "fault.overrides_exclusions": True, "fault.reasons": {"DEFECTIVE"}}),
    ("oilandwaterart-8", """Once we approve a return, we tell you how to send the item back.""",
     {"returns.request_required_before_shipping": True}),
    ("oilandwaterart-9", """When the item is back and we have checked its condition, we refund the payment method you used.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"}),
    ("oilandwaterart-10", """The refund can take up to 7 to 10 business days to show in your account.""",
     {"refund.typical_arrival": _r(7, 10, "BUSINESS")}),
    ("oilandwaterart-11", """We don't exchange prints: to get a different one, return the first if it qualifies and order the
one you want.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("oilandwaterart-12", """You pay for return postage, except where it was already damaged or faulty on arrival; then we
pay.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    # --- indianamusicgarage ------------------------------------------------------------------------------
    ("indianamusicgarage-1", """Not fully happy, whatever the reason? Send it back within 30 days of buying it, as long as it is
still in its original state, and we refund the full price apart from shipping and handling.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"ORIGINAL_CONDITION"}, "refund.original_shipping": "NEVER"}),
    ("indianamusicgarage-2", """Returns by post need an authorization code from us first.""",
     {"returns.request_required_before_shipping": True}),
    ("indianamusicgarage-3", """Anything returned must be brand new, with no marks of use such as pick or buckle scratches, scuffs
or dings.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED"}}),
    ("indianamusicgarage-4", """It must also come with its original box, manuals, warranty papers and accessories.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"}}),
    ("indianamusicgarage-5", """We process your refund quickly once we've checked that the item meets these conditions.""",
     {"refund.inspection": True}),
    ("indianamusicgarage-6", """None of these can be returned: harmonicas; demo equipment; books; software once opened, and
downloaded software; computers and Apple hardware; CDs and videos; records on vinyl; cartridges for
turntables; tubes; earplugs, in-ear buds and in-ear monitors; fog machine fluid; cleaning products;
discontinued lines; clearance stock; anything marked as non-returnable; and custom or special orders,
including items we don't normally stock.""",
     {"exclusions": {"OTHER:harmonica", "OTHER:demo", "OTHER:book", "OTHER:software|OTHER:opened",
                     "OTHER:download", "OTHER:computer", "OTHER:apple", "OTHER:cd", "OTHER:video",
                     "OTHER:vinyl|OTHER:record", "OTHER:cartridge", "OTHER:tube", "OTHER:earplug",
                     "OTHER:ear bud|OTHER:earbud|OTHER:in-ear", "OTHER:monitor|OTHER:in-ear", "OTHER:fog",
                     "OTHER:cleaning", "OTHER:discontinued", "CLEARANCE", "NON_RETURNABLE_MARK|OTHER:non-returnable",
                     "PERSONALIZED|OTHER:special order|OTHER:custom"}}),
    # --- southwesttackle ---------------------------------------------------------------------------------
    ("southwesttackle-1", """Ask for a return no more than two weeks (14 days) after your order reaches you.""",
     {**_w(14, "DELIVERY")}),
    ("southwesttackle-2", """To qualify, an item must be unused and as it was sent, in its original box with every tag, label,
accessory and piece of paperwork.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                 "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}}),
    ("southwesttackle-3", """Except when they reach you damaged or faulty, we can't take back custom or personalised products, clearance
or final-sale goods, gift cards, or fishing line, bait and terminal tackle that has been opened or used.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "CLEARANCE|FINAL_SALE", "OTHER:gift card",
                     "OTHER:line|OTHER:bait|OTHER:terminal tackle|OTHER:opened"},
      "fault.overrides_exclusions": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("southwesttackle-4", """Item damaged or faulty on arrival? Contact us no later than seven days after delivery.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window")}),
    ("southwesttackle-5", """Include pictures of the broken item and of its packaging.""",
     {"fault.photos_min": 1, "fault.photos_of": {"ISSUE", "PACKAGING"}}),
    ("southwesttackle-6", """For an item that came damaged or faulty, we'll offer a new one, store credit or a full refund,
depending on the case.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "resolutions.store_credit": "MERCHANT_AT_FAULT"}),
    ("southwesttackle-7", """Returns are started by emailing our customer service.""",
     {"returns.request_via": "EMAIL"}),
    ("southwesttackle-8", """Tell us your order number, which product it is and why you are sending it back.""",
     {"requirements.reason_required": True}),
    ("southwesttackle-9", """We send return instructions once we've approved the request.""",
     {"returns.request_required_before_shipping": True}),
    ("southwesttackle-10", """Pack the item securely for its trip back.""",
     {"instructions.pack_securely": True}),
    ("southwesttackle-11", """Return postage is paid by the customer, except for faulty items or items we sent by mistake.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("southwesttackle-12", """We suggest a tracked shipping service, since we can't answer for returns lost on the way.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("southwesttackle-13", """Once the item is back and inspected, we refund the payment method you used.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"}),
    ("southwesttackle-14", """The refund takes 5 to 10 business days to show, according to how fast your bank or card issuer
is.""",
     {"refund.typical_arrival": _r(5, 10, "BUSINESS")}),
    # --- bodybyyoga --------------------------------------------------------------------------------------
    ("bodybyyoga-1", """Physical products can be sent back for a full refund up to thirty days after delivery.""",
     {**_w(30, "DELIVERY")}),
    ("bodybyyoga-2", """You pay the cost of returning it, and we only accept it unchanged and in the box it came in.""",
     {"shipping.default.payer": "CUSTOMER", "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("bodybyyoga-3", """Shipping charges you paid on the order itself are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("bodybyyoga-4", """To begin a return, fill in a return request on the contact form of our website.""",
     {"returns.request_via": "WEBSITE"}),
    ("bodybyyoga-5", """Only ship your items once you've contacted us and we've approved the return.""",
     {"returns.request_required_before_shipping": True}),
    ("bodybyyoga-6", """Approved refunds go back to the credit card you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("bodybyyoga-7", """After your items arrive and have been inspected, we process the refund in 1 to 3 business days; your
bank or card company may then need another 5 to 10 business days before it appears.""",
     {"refund.inspection": True, "refund.processing": _r(1, 3, "BUSINESS"),
      "refund.additional_delay": _r(5, 10, "BUSINESS")}),
    ("bodybyyoga-8", """Got a damaged or defective product? Contact us and choose between a full refund and a free
replacement.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REFUND", "REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("bodybyyoga-9", """Send us proof of the damage, a photo or a video, so we can handle your request.""",
     {"fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("bodybyyoga-10", """Damaged or defective items have to be reported within two days of delivery.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(2, "DELIVERY", prefix="fault.window")}),
    # --- jysports ----------------------------------------------------------------------------------------
    ("jysports-1", """Send the item back no more than 30 days after you receive it.""",
     {**_w(30, "DELIVERY")}),
    ("jysports-2", """It has to be unworn and unused, in its original state, with the tags still on.""",
     {"requirements.condition": {"NOT_WORN", "UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED"}}),
    ("jysports-3", """Both the product and its packaging must be fit to resell.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("jysports-4", """Swaps are possible: send the product back, and once it arrives we post you the other size or
product.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("jysports-5", """Damaged when it arrived? Let us know no more than 24 hours after it gets to you.""",
     {"fault.reasons": {"DAMAGED"}, **_w(1, "DELIVERY", prefix="fault.window")}),
    ("jysports-6", """If you think a product is faulty, get in touch no later than 14 days after delivery so we can take a
first look.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(14, "DELIVERY", prefix="fault.window")}),
    ("jysports-7", """Anything returned must come back undamaged and unchanged, packaging included.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("jysports-8", """We assess each item when it reaches our store, then give you credit, a refund or an exchange,
according to what you asked for on the returns form.""",
     {"refund.inspection": True, "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS",
      "refund.method": "CUSTOMER_CHOICE"}),
    # --- faithandfamilycoffee ----------------------------------------------------------------------------
    ("faithandfamilycoffee-1", """Being perishable, coffee and tea can't be returned unless the delivery arrived damaged.""",
     {"exclusions": {"OTHER:coffee|OTHER:tea|OTHER:perishable"}, "fault.overrides_exclusions": True,
      "fault.reasons": {"DAMAGED"}}),
    ("faithandfamilycoffee-2", """Ground delivery charges are given back only when a mistake in our shipping leaves your order
damaged.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"DAMAGED"}}),
    ("faithandfamilycoffee-3", """After your return arrives and has been inspected, we tell you whether the refund is approved; if
so, it is paid back to the card or account you used, in no more than 10 business days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 10, "BUSINESS")}),
    ("faithandfamilycoffee-4", """If your order is damaged when it comes, you have 48 hours to ask us for an exchange; after that,
neither exchanges nor returns are accepted.""",
     {"fault.reasons": {"DAMAGED"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.remedies": {"EXCHANGE"},
      "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("faithandfamilycoffee-5", """Accessories, clothing and other goods that don't spoil may be returned: request it within 30 days of
receipt.""",
     {**_w(30, "DELIVERY")}),
    ("faithandfamilycoffee-6", """It must be unworn or unused, in the state you got it, with tags on and still in the packaging it
came in.""",
     {"requirements.condition": {"NOT_WORN", "UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("faithandfamilycoffee-7", """You'll also have to show a receipt or other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    # --- shoploosetea ------------------------------------------------------------------------------------
    ("shoploosetea-1", """You may send items back for a refund or an exchange up to 30 days after they are delivered.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("shoploosetea-2", """To protect quality and safety, products have to be sealed, unused and still in the packaging they
came in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("shoploosetea-3", """Loose leaf tea that has been opened or used can't come back, unless it is faulty or damaged.""",
     {"exclusions": {"OTHER:opened|OTHER:used|OTHER:tea"}, "fault.overrides_exclusions": True,
      "fault.reasons": {"DEFECTIVE", "DAMAGED"}}),
    ("shoploosetea-4", """These are not returnable: gift cards and promotional items, and, unless faulty or damaged, tea that
has been opened or partly used and bulk or custom orders.""",
     {"exclusions": {"OTHER:opened|OTHER:used|OTHER:tea", "PERSONALIZED|OTHER:custom|OTHER:bulk", "OTHER:gift card",
                     "OTHER:promotional"},
      "fault.overrides_exclusions": True, "fault.reasons": {"DEFECTIVE", "DAMAGED"}}),
    ("shoploosetea-5", """Tea that reaches you damaged, spoiled or faulty is fully refunded or replaced.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REFUND", "REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("shoploosetea-6", """Got the wrong product? We'll post the right one at no extra charge, or refund you in full.""",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("shoploosetea-7", """Just not happy? A product that hasn't been opened can be returned for a refund or swapped.""",
     {"requirements.condition": {"UNUSED"}, "resolutions.exchange": "ALWAYS"}),
    ("shoploosetea-8", """Get in touch within 30 days of delivery with your order number, the products you're returning and
your reason.""",
     {**_w(30, "DELIVERY"), "requirements.reason_required": True}),
    ("shoploosetea-9", """We'll give you an RMA number and shipping instructions; returns that arrive without an RMA are
refused.""",
     {"returns.request_required_before_shipping": True}),
    ("shoploosetea-10", """Pack the unopened product carefully in its original packaging, add the RMA number, and post it to
the return address we send you.""",
     {"instructions.pack_securely": True, "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
      "instructions.address_on_request": True}),
    # --- maggiescrochet ----------------------------------------------------------------------------------
    ("maggiescrochet-1", """Our returns window is 60 days from the date you bought the item; after that we can't refund it.""",
     {**_w(60, "PURCHASE")}),
    ("maggiescrochet-2", """The item has to be unused, as you received it, and in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("maggiescrochet-3", """Please put a receipt or other proof of purchase in the parcel.""",
     {"requirements.proof_of_purchase": True}),
    ("maggiescrochet-4", """We give no refund for CDs or DVDs that have been opened, for clearance or bargain items, or for
downloadable patterns.""",
     {"exclusions": {"OTHER:cd|OTHER:dvd|OTHER:opened", "CLEARANCE|OTHER:bargain", "OTHER:download|OTHER:pattern"}}),
    ("maggiescrochet-5", """Only full-price items can be refunded; clearance and bargain goods cannot.""",
     {"exclusions": {"CLEARANCE|OTHER:bargain"}}),
    ("maggiescrochet-6", """Once your return has arrived and been inspected, we email you to say we have it and whether your
refund is approved.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    ("maggiescrochet-7", """Approved refunds go back onto your card or other original payment method, normally within 1 to 3
business days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(1, 3, "BUSINESS")}),
    ("maggiescrochet-8", """Shipping costs are refunded only when the return is caused by a mistake we made on your order.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
]
