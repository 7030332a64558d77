"""The rules of the dev3 set's pages, one item per sentence that states a labelled fact, each
rewritten in our own words as another shop would write it, with the facts it states. The pages' own
sentences stay out of the repository (texts/paraphrase_origins/dev3.json, git-ignored). See
paraphrase_score.py. (tru-bal has no stored text among those given and has no items.)"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- barbellcartel -----------------------------------------------------------------------------------
    ("barbellcartel-1", """You have sixty days, counted from the day your order is delivered, to send a piece back or swap it for another.""",
     {**_w(60, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("barbellcartel-2", """We can only take back gear that has never been used and still has its original tags on it.""",
     {"requirements.condition": {"UNUSED", "TAGS_ATTACHED"}}),
    ("barbellcartel-3", """Anything bought from our clearance section is not eligible for a return or an exchange.""",
     {"exclusions": {"CLEARANCE"}}),
    ("barbellcartel-4", """To send something back or swap it, set the return up yourself in the returns portal on our website.""",
     {"resolutions.exchange": "ALWAYS", "returns.request_via": "WEBSITE"}),
    ("barbellcartel-5", """Once you start a return or exchange, a prepaid shipping label lands in your inbox; it costs you nothing.""",
     {"resolutions.exchange": "ALWAYS", "shipping.default.payer": "MERCHANT"}),
    ("barbellcartel-6", """When the parcel reaches us, the team handles it: you'll either get the new item shipped out to you or see the
money go back onto the card you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- lareneeboutique ---------------------------------------------------------------------------------
    ("lareneeboutique-1", """We don't give money back on returns: every item sent back is exchanged for store credit.""",
     {"refund.method": "STORE_CREDIT"}),
    ("lareneeboutique-2", """We will refuse any piece that has been worn or laundered, is stained, carries pet hair or a smoky smell,
or that you have damaged.""",
     {"requirements.condition": {"NOT_WASHED", "NOT_WORN", "NOT_STAINED"}}),
    ("lareneeboutique-3", """Whatever you send back has to be exactly as it was when it left us.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}}),
    ("lareneeboutique-4", """Think your item arrived faulty? Let us know no later than three days after delivery and we will send you
a new one.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(3, "DELIVERY", prefix="fault.window"), "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("lareneeboutique-5", """Returns are handled three to six business days after they arrive here. Your account is then credited with
the price of what you returned, less whatever you paid to have the order shipped to you.""",
     {"refund.processing": _r(3, 6, "BUSINESS"), "refund.original_shipping": "NEVER", "refund.method": "STORE_CREDIT"}),
    ("lareneeboutique-6", """Shipping is always paid by the shopper, in both directions.""",
     {"shipping.default.payer": "CUSTOMER"}),
    # --- interstellarseller ------------------------------------------------------------------------------
    ("interstellarseller-1", """Apart from a few exceptions listed further down, anything you buy can come back within two weeks
(14 days) of the day it reached you.""",
     {**_w(14, "DELIVERY"), "returns.most_items_only": True}),
    ("interstellarseller-2", """Please return the item just as you got it: keep every tag on it and make no changes to it.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "TAGS_ATTACHED", "NOT_ALTERED"}}),
    ("interstellarseller-3", """Postage for sending a return is on you, and what you paid for the original delivery stays with us.""",
     {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": "NEVER"}),
    ("interstellarseller-4", """We check every return that comes in; after that, the money goes back the same way you paid for the order.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"}),
    # --- baileysfurniture --------------------------------------------------------------------------------
    ("baileysfurniture-1", """For hygiene reasons, we cannot take back or exchange upholstered pieces, pillows, or mattresses and
mattress protectors.""",
     {"exclusions": {"OTHER:upholster", "OTHER:pillow", "OTHER:mattress"}}),
    ("baileysfurniture-2", """A manager will look over anything brought back, and it has to be in as-new condition and still boxed in its
original packaging.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}, "refund.inspection": True}),
    ("baileysfurniture-3", """You can return or exchange furniture up to thirty days after buying it; for art and accessories the limit
is one day.""",
     {**_w(30, "PURCHASE"), "resolutions.exchange": "ALWAYS"}),
    ("baileysfurniture-4", """Each return is charged a restocking fee of a quarter (25%) of the price, taken off the credit you receive.""",
     {"fees.restocking_percent": "25"}),
    ("baileysfurniture-5", """Whether you return or exchange, the value goes onto your account as credit to spend in our store.""",
     {"resolutions.exchange": "ALWAYS", "refund.method": "STORE_CREDIT"}),
]
