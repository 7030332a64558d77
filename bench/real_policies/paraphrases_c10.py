"""The rules of the c10 set's pages (twelve shops: kitchen knives, barbecue grills, coffee machines,
water filters, aquariums, sewing machines), one item per sentence that states a drafted fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages were
read from the stored public-pages corpus as reference only; none of their text is kept here."""

# Pages (read 2026-12-05, the stored opening of each):
#   knifemerchant      https://www.knifemerchant.com/returns.asp
#   knifeprovisions    https://knifeprovisions.com/return-refund-policy
#   chefknifedepot     https://www.chefknifedepot.com/returns-exchanges
#   diybbq             https://diybbq.com/shipping-returns/
#   coffeetoolshop     https://www.coffeetoolshop.com/shipping-returns
#   kpodcoffee         https://kpodcoffee.co.uk/pages/returns-refund-policy
#   waterfilterworks   https://waterfilterworks.com/refund-and-returns-policy
#   rvwaterfilterstore https://www.rvwaterfilterstore.com/SARP.htm
#   nocleanaquariums   https://nocleanaquariums.com/policies/refund-policy
#   aquariumsupply     https://aquariumsupply.com/pages/return-policy
#   sewingpartsonline  https://sewingpartsonline.com/process-return.aspx
#   sewsantabarbara    https://sew-santabarbara.com/refund-policy

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- knifemerchant -----------------------------------------------------------------------------------
    ("knifemerchant-1", """Not happy with a blade for whatever reason? Send back anything you haven't used and pick a swap,
store credit or your money back.""",
     {"requirements.condition": {"UNUSED"}, "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS",
      "refund.method": "CUSTOMER_CHOICE"}),
    ("knifemerchant-2", """We can give you a prepaid label for the return, but what that postage costs comes off your refund
or credit.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("knifemerchant-3", """What we paid to deliver your order is kept back unless the piece was faulty or we made a mistake.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE"}}),
    ("knifemerchant-4", """An order that has already left our building can't be cancelled any more.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("knifemerchant-5", """For 90 days after you buy, you may return items that are unused and still in their undamaged
original boxes.""",
     {**_w(90, "PURCHASE"), "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    # --- knifeprovisions ---------------------------------------------------------------------------------
    ("knifeprovisions-1", """You have thirty days, counted from the day the parcel reaches you, to send something back.""",
     {**_w(30, "DELIVERY")}),
    ("knifeprovisions-2", """To qualify, the product has to be unused and exactly as it came to you, and must come back with its
box, tags, accessories and manuals all present.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                 "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}}),
    ("knifeprovisions-3", """A knife that has been cut with or resharpened cannot be returned, and neither can anything damaged
through misuse or poor care.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:sharpened|OTHER:misuse"}}),
    ("knifeprovisions-4", """We don't take back engraved or made-to-order pieces, opened software, or goods marked as final sale
or clearance.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:engraved", "OTHER:software",
                     "FINAL_SALE|CLEARANCE"}}),
    ("knifeprovisions-5", """Before shipping anything to us, ask our support team for a return authorisation and tell them your
order number and why it is coming back.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    ("knifeprovisions-6", """When the authorisation is granted we email you the steps to follow and where the parcel should go.""",
     {"instructions.address_on_request": True}),
    # --- chefknifedepot ----------------------------------------------------------------------------------
    ("chefknifedepot-1", """A return or swap is open to items that are unused, as you got them and with their packaging whole.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}, "resolutions.exchange": "ALWAYS"}),
    ("chefknifedepot-2", """Ask for it no later than 15 days after your order arrives.""",
     {**_w(15, "DELIVERY")}),
    ("chefknifedepot-3", """You will need to show the original receipt or order confirmation.""",
     {"requirements.proof_of_purchase": True}),
    ("chefknifedepot-4", """For safety and hygiene we cannot accept used whetstones and other sharpeners, knife care products
once opened, engraved or personalised pieces, or knife sets whose seals have been broken.""",
     {"exclusions": {"OTHER:sharpen|OTHER:whetstone", "OTHER:knife care|OTHER:opened",
                     "PERSONALIZED|OTHER:engraved", "OTHER:set"}}),
    ("chefknifedepot-5", """Start by writing to our advisors by email with your order number, the product and the reason, and
wait for our go-ahead before you ship.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    ("chefknifedepot-7", """Pack the item well and put in every accessory and paper document that came with it.""",
     {"instructions.pack_securely": True, "requirements.condition": {"ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}}),
    ("chefknifedepot-8", """Send the parcel with a service you can track.""",
     {"instructions.tracked_shipping_recommended": True}),
    # --- diybbq ------------------------------------------------------------------------------------------
    ("diybbq-1", """Most of our products can come back for a full refund if they are unopened and unused and you return
them within 30 days of delivery.""",
     {"returns.most_items_only": True, **_w(30, "DELIVERY"), "requirements.condition": {"UNUSED"}}),
    ("diybbq-2", """Sent the wrong part? Tell us within 72 hours of it arriving and we will cover the postage back.""",
     {"fault.reasons": {"WRONG_ITEM"}, **_w(3, "DELIVERY", prefix="fault.window"),
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("diybbq-3", """Once your return is with us, handling it takes us three to five working days; your bank then needs
another five to ten working days.""",
     {"refund.processing": _r(3, 5, "BUSINESS"), "refund.additional_delay": _r(5, 10, "BUSINESS")}),
    ("diybbq-4", """To send something back, sign in, open the order under your completed orders and use the return
button.""",
     {"returns.request_via": "WEBSITE"}),
    ("diybbq-5", """When the returned goods have been received and dealt with, we email you about the refund.""",
     {"refund.confirmation_email": True}),
    # --- coffeetoolshop ----------------------------------------------------------------------------------
    ("coffeetoolshop-1", """Returns are open for 15 days from delivery.""",
     {**_w(15, "DELIVERY")}),
    ("coffeetoolshop-2", """Goods must be unused and back in their box with every accessory.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("coffeetoolshop-3", """We process the refund within five to seven working days of the parcel reaching us.""",
     {"refund.processing": _r(5, 7, "BUSINESS")}),
    ("coffeetoolshop-4", """You pay to send it back, except when the product is faulty.""",
     {"shipping.default.payer": "CUSTOMER", "fault.reasons": {"DEFECTIVE"},
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("coffeetoolshop-5", """To be taken back or swapped, an item has to be in its first state, never used or opened, boxed with
its tags and accessories, and sent with your receipt or other proof of purchase.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                 "ACCESSORIES_INCLUDED"},
      "requirements.proof_of_purchase": True, "resolutions.exchange": "ALWAYS"}),
    ("coffeetoolshop-6", """Coffee blends can't be returned or exchanged, whether opened or not.""",
     {"exclusions": {"OTHER:coffee"}}),
    # --- kpodcoffee --------------------------------------------------------------------------------------
    ("kpodcoffee-1", """Consumables that have been opened or used are not taken back for a refund or a swap.""",
     {"exclusions": {"OTHER:consumable"}}),
    ("kpodcoffee-2", """We can take returns for up to 30 days from the day you signed for the delivery.""",
     {**_w(30, "DELIVERY")}),
    ("kpodcoffee-3", """If goods are neither faulty nor our mistake, sending them back is at your cost and your risk.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("kpodcoffee-4", """The money is only paid back after the goods reach us and we have checked that they are unused and
that they and their packaging are fit to be sold again.""",
     {"refund.inspection": True, "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    # --- waterfilterworks --------------------------------------------------------------------------------
    ("waterfilterworks-1", """You may ask to return something within 30 days after it reaches you.""",
     {**_w(30, "DELIVERY")}),
    ("waterfilterworks-2", """Whatever comes back must be as we sent it: unused, tags in place and in the original box.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("waterfilterworks-3", """Email our support address with your order number and the reason; once we approve, you get the
steps and a label. Returns sent without approval are refused.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    ("waterfilterworks-4", """A faulty product goes back on a prepaid label from us; if you simply changed your mind, the postage
is yours to pay.""",
     {"fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "shipping.default.payer": "CUSTOMER"}),
    ("waterfilterworks-5", """Faulty goods are replaced or refunded.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("waterfilterworks-6", """Change-of-mind returns of unused goods get back the price of the product; delivery charges are
kept and there is no restocking charge.""",
     {"requirements.condition": {"UNUSED"}, "refund.original_shipping": "NEVER", "fees.restocking_percent": "0"}),
    ("waterfilterworks-7", """We don't do swaps: send the item back and buy the one you want as a new order.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True}),
    ("waterfilterworks-8", """A refund is processed no more than two working days after the return is received and accepted.""",
     {"refund.processing": _r(0, 2, "BUSINESS")}),
    # --- rvwaterfilterstore ------------------------------------------------------------------------------
    ("rvwaterfilterstore-1", """Anything you bought here can be returned for your money within 30 days of the purchase, as long
as it has not been used and is in good shape.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("rvwaterfilterstore-2", """Let us know by phone or email before you post anything back.""",
     {"returns.request_required_before_shipping": True, "returns.request_via": "EMAIL"}),
    ("rvwaterfilterstore-3", """The shipping back to us is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    # --- nocleanaquariums --------------------------------------------------------------------------------
    ("nocleanaquariums-1", """A return can be started up to 30 days after delivery, provided the item is unused and in its
original box and state.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("nocleanaquariums-2", """Just answer your order confirmation email, naming the item and saying why you're sending it back.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("nocleanaquariums-3", """Got a faulty piece or the wrong product? Let us know within 48 hours of delivery and we'll send a
replacement part or cover the shipping.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, **_w(2, "DELIVERY", prefix="fault.window"),
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("nocleanaquariums-4", """We look over each return when it arrives and email you; if it passes, the money goes back to your
original payment method, and it should show within 7 business days.""",
     {"refund.inspection": True, "refund.confirmation_email": True, "refund.method": "ORIGINAL_PAYMENT",
      "refund.typical_arrival": _r(0, 7, "BUSINESS")}),
    ("nocleanaquariums-5", """A refund can be refused when the item is not in its original state, is damaged or has parts
missing.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ACCESSORIES_INCLUDED"}}),
    ("nocleanaquariums-6", """Other than in those cases, return postage is up to you, and the first delivery charge is not
refunded.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    # --- aquariumsupply ----------------------------------------------------------------------------------
    ("aquariumsupply-1", """Each return needs an authorisation number from us: email our returns team for it before sending
anything.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("aquariumsupply-2", """The email with your number tells you which address to ship to.""",
     {"instructions.address_on_request": True}),
    ("aquariumsupply-3", """Every return has to include its product box, the manuals and all accessories.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"}}),
    ("aquariumsupply-4", """Most products can come back within 365 days of the order date if they are unused and still
unopened.""",
     {"returns.most_items_only": True, **_w(365, "PURCHASE"), "requirements.condition": {"UNUSED"}}),
    # --- sewingpartsonline -------------------------------------------------------------------------------
    ("sewingpartsonline-1", """You have 60 days to send an order back, for a refund or for a different item.""",
     {"returns.window.days": 60, "resolutions.exchange": "ALWAYS"}),
    ("sewingpartsonline-2", """The cost of sending goods back is yours unless they were defective.""",
     {"shipping.default.payer": "CUSTOMER", "fault.reasons": {"DEFECTIVE"},
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("sewingpartsonline-3", """Phone or email us first to get a return authorisation number.""",
     {"returns.request_required_before_shipping": True, "returns.request_via": "EMAIL"}),
    ("sewingpartsonline-4", """Wrap the parcel well so nothing breaks on the way.""",
     {"instructions.pack_securely": True}),
    ("sewingpartsonline-5", """Post it back insured, using a service that gives you a tracking number.""",
     {"instructions.insured_shipping_recommended": True, "instructions.tracked_shipping_recommended": True}),
    ("sewingpartsonline-6", """We inspect what comes back; if it is as new, we refund the way you paid, and the money can take 7
to 10 business days to appear.""",
     {"refund.inspection": True, "requirements.condition": {"ORIGINAL_CONDITION"}, "refund.method": "ORIGINAL_PAYMENT",
      "refund.typical_arrival": _r(7, 10, "BUSINESS")}),
    # --- sewsantabarbara ---------------------------------------------------------------------------------
    ("sewsantabarbara-1", """With a few exceptions, you can bring anything back within 30 days of buying it.""",
     {**_w(30, "PURCHASE"), "returns.most_items_only": True}),
    ("sewsantabarbara-2", """A refund needs the original receipt and the product in its first packaging, never opened.""",
     {"requirements.proof_of_purchase": True, "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("sewsantabarbara-3", """Money is paid back by the same method you used to pay.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("sewsantabarbara-4", """We do not take back BERNINA or bernette accessories, software, embroidery designs, fabric cut to
length, furniture, cabinet inserts, table extensions, books, patterns or special orders.""",
     {"exclusions": {"OTHER:accessories", "OTHER:software", "OTHER:embroidery", "OTHER:fabric|OTHER:cut",
                     "OTHER:furniture", "OTHER:insert", "OTHER:extension|OTHER:table", "OTHER:book",
                     "OTHER:pattern", "OTHER:special order"}}),
]
