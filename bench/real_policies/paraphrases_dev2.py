"""The rules of the dev2 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/dev2.json, git-ignored). See
paraphrase_score.py."""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- shoprrco ----------------------------------------------------------------------------------------
    ("shoprrco-1", """We can only take a piece back if it has never been worn or put through the wash, and its
original tags are still on it.""",
     {"requirements.condition": {"TAGS_ATTACHED", "NOT_WORN", "NOT_WASHED"}}),
    ("shoprrco-2", """You have fourteen days from the day your parcel arrives to send things back, and returns are
refunded as store credit only.""",
     {**_w(14, "DELIVERY"), "refund.method": "STORE_CREDIT"}),
    ("shoprrco-3", """What you paid for shipping and handling is not credited back; the credit covers the item alone.""",
     {"refund.original_shipping": "NEVER"}),
    ("shoprrco-4", """Sending a return back to us is at your own expense.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("shoprrco-5", """Anything bought on sale, or with a discount of 15% or more, is final and can't come back.""",
     {"exclusions": {"CLEARANCE"}}),
    ("shoprrco-6", """Hygiene rules mean we refuse returns of swimwear, bodysuits, earrings, and anything worn on the
head such as hats and headbands.""",
     {"exclusions": {"OTHER:swim", "BODYSUITS", "JEWELRY", "OTHER:hat"}}),
    ("shoprrco-7", """Faulty or damaged order?
Let us know no later than three days after it arrives, and attach a picture showing the damage or the fault.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.window.days": 3, "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE"}}),
    # --- partygirlz --------------------------------------------------------------------------------------
    ("partygirlz-1", """We don't give money back. Within seven days you can swap your purchase or take store credit instead.""",
     {"returns.window.days": 7, "resolutions.exchange": "ALWAYS", "refund.method": "STORE_CREDIT"}),
    ("partygirlz-2", """Returned pieces need their tags on and must be just as we sold them; anything that has been worn
or damaged won't be exchanged.""",
     {"requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_CONDITION", "NOT_WORN"}}),
    ("partygirlz-3", """Everything bought on sale is a final sale.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE"}}),
    ("partygirlz-4", """Please note that no swimwear, bodysuit or accessory can be returned: all of them are sold as final.""",
     {"exclusions": {"OTHER:swim", "BODYSUITS", "OTHER:accessor"}}),
    ("partygirlz-5", """The postage for sending a return is paid by you.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("partygirlz-6", """When your return gets to us, we issue your store credit in three to five working days and let you
know by email once it's been processed.""",
     {"refund.method": "STORE_CREDIT", "refund.processing": _r(3, 5, "BUSINESS"), "refund.confirmation_email": True}),
    # --- southernsouls -----------------------------------------------------------------------------------
    ("southernsouls-1", """Returns of web orders are refunded in store credit, never in cash.""",
     {"refund.method": "STORE_CREDIT"}),
    ("southernsouls-2", """Planning to send something back? Tell us no more than four days after your order is delivered.""",
     {**_w(4, "DELIVERY")}),
    ("southernsouls-3", """You cover the cost of shipping your return to us.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("southernsouls-4", """Clearance-tagged items are sold as final: we do not take them back.""",
     {"exclusions": {"CLEARANCE"}}),
    ("southernsouls-5", """As they are made to your choice, custom orders and screen-printed shirts can't be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom"}}),
    ("southernsouls-6", """We'll only accept a return that still has its tags on and hasn't been worn, washed or left
smelling of anything.""",
     {"requirements.condition": {"TAGS_ATTACHED", "NOT_WORN", "NOT_WASHED"}}),
    # --- mareanto ----------------------------------------------------------------------------------------
    ("mareanto-1", """Not happy, for whatever reason? Items can be sent back or exchanged up to a week after your order
reaches you.""",
     {**_w(7, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("mareanto-2", """We can't accept returns of clearance items, of special orders, or of anything damaged by ordinary
wear and tear.""",
     {"exclusions": {"CLEARANCE", "OTHER:special"}}),
    ("mareanto-3", """The following are final sale and will not be refunded: swimsuits, bodysuits, lingerie, jewellery,
face masks and beauty products.""",
     {"exclusions": {"OTHER:swim", "BODYSUITS", "INTIMATES", "JEWELRY", "OTHER:mask",
                     "OTHER:beauty|OTHER:personal care"}}),
    ("mareanto-4", """We don't refund what you paid for shipping and handling.""",
     {"refund.original_shipping": "NEVER"}),
    ("mareanto-5", """You pay to post your return back, except where we shipped the wrong thing or the item arrived damaged.""",
     {"shipping.default.payer": "CUSTOMER", "fault.reasons": {"DAMAGED", "WRONG_ITEM"}}),
    # --- teealohamlb -------------------------------------------------------------------------------------
    ("teealohamlb-1", """Returns and exchanges are possible for thirty days from the date you bought the item; after that
we can't offer either.""",
     {"resolutions.exchange": "ALWAYS", **_w(30, "PURCHASE")}),
    ("teealohamlb-2", """We only take back items that haven't been used, are still in their original box, and are in the
condition they were in when you got them.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("teealohamlb-3", """These can't be returned: gift cards, software you download, food, flowers and other perishables,
hazardous goods, intimate or sanitary products, and certain health and personal care items.""",
     {"exclusions": {"OTHER:gift card", "OTHER:software|OTHER:digital", "OTHER:perishable", "OTHER:hazardous",
                     "INTIMATES", "OTHER:personal care"}}),
    ("teealohamlb-4", """No return is completed without your receipt or some other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("teealohamlb-5", """We look over every return after it arrives and then email you whether the refund is approved or
refused.""",
     {"refund.confirmation_email": True, "refund.inspection": True}),
    ("teealohamlb-6", """Approved refunds go back onto the card or account you paid with, within a few working days.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("teealohamlb-7", """Sale items
Refunds are for full-price items only; nothing bought on sale can be refunded.""",
     {"exclusions": {"CLEARANCE"}}),
    ("teealohamlb-8", """A replacement is offered only when the item is faulty or was damaged.""",
     {"resolutions.replacement": "MERCHANT_AT_FAULT", "fault.remedies": {"REPLACEMENT"},
      "fault.reasons": {"DEFECTIVE", "DAMAGED"}}),
    # --- j1mart ------------------------------------------------------------------------------------------
    ("j1mart-1", """You can get your money back in full on the majority of our products if you return them within a
month (30 days) of delivery.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True}),
    ("j1mart-2", """Returned goods must be unused and come back in the packaging they were sent in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("j1mart-3", """Some kinds of goods can't be taken back, for example perishables, intimate and sanitary products,
hazardous materials and flammable liquids.""",
     {"exclusions": {"OTHER:perishable", "INTIMATES", "OTHER:hazardous"}}),
    ("j1mart-4", """Gift cards and software sold as downloads are also not returnable, among other things.""",
     {"exclusions": {"OTHER:gift card", "OTHER:software|OTHER:digital"}}),
    ("j1mart-6", """When the mistake is ours, sending the item back costs you nothing; in every other case the return
postage is yours to pay.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "shipping.default.payer": "CUSTOMER"}),
    ("j1mart-7", """Within 30 days of buying, you may send a purchase back and have the money returned to the payment
method you used.""",
     {"returns.window.days": 30, "refund.method": "ORIGINAL_PAYMENT"}),
    ("j1mart-8", """For returns sent by post, the refund follows three to five business days after the parcel reaches us.""",
     {"refund.processing": _r(3, 5, "BUSINESS")}),
    ("j1mart-9", """Received the wrong product? Send customer service some photos of it and we'll give you a return label
and send the right one as a replacement.""",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("j1mart-10", """If an item turns up defective, damaged or not what you ordered, contact customer service straight away.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("j1mart-11", """Non-returnable: some goods, among them perishables, custom-made products, personal care items,
hazardous materials, sale items and gift cards.""",
     {"exclusions": {"OTHER:perishable", "PERSONALIZED|OTHER:custom", "OTHER:personal care", "OTHER:hazardous",
                     "CLEARANCE", "OTHER:gift card"}}),
    ("j1mart-12", """Want a different item instead? Send this one back and place a new order for the one you want.""",
     {"resolutions.reorder_hint": True}),
]
