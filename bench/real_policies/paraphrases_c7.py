"""The rules of twelve more shops' return-policy pages (set c7: candles, soap, cosmetics, hair care,
vitamins, organic food, wine accessories, chocolate, baby products, board games, puzzles, wooden toys),
one item per sentence that states a drafted setting as a general rule, each rewritten in our own words
and labelled by hand with the facts it states. The pages' own sentences are not kept anywhere here; a
page was read only as the opening the stored corpus holds, so a long page's later rules are missing.
See paraphrase_score.py.

Pages (read through the `search` tool, corpus "pages"):
    dolcecandle333        https://www.dolcecandle333.com/policies/refund
    aslanorganics         https://aslanorganics.com/returns-and-exchanges
    fifthandskin          https://www.fifthandskin.com/shipping-returns
    langehairusmalls      https://langehairusmalls.com/pages/refund-policy
    vitamincentercapitola https://vitamincentercapitola.com/pages/refund-policy
    shoporganics          http://shoporganics.com.au/returns-and-refunds.html
    winestuff             https://www.winestuff.com/pages/returns-exchanges-damages
    sweetschoice          https://sweetschoice.com/return-policy/
    kidslandusa           https://www.kidslandusa.com/returns
    boardgm               https://boardgm.com/?p=2744
    antelopepuzzle        https://antelopepuzzle.com/es/pages/policy
    woodentoys            https://woodentoys.com/pages/returns
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- dolcecandle333 (candles) ------------------------------------------------------------------------
    ("dolcecandle333-1", """You have two weeks (14 days) from the day your parcel arrives to send candles back to us.""",
     {**_w(14, "DELIVERY")}),
    ("dolcecandle333-2", """A candle can come back only if it was never burned and is still flawless, just as we sent it.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("dolcecandle333-3", """Send it in the box it came in, together with every extra that was included.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("dolcecandle333-4", """Candles that have been burned, have melted or were changed in any way, and candles made with a
personal design, cannot be taken back.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:lit|OTHER:melted|OTHER:altered", "PERSONALIZED|OTHER:custom"}}),
    ("dolcecandle333-5", """Did a candle reach you broken or faulty? Tell us no later than 48 hours after delivery, and send
pictures or a video showing both the candle and the box.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE", "PACKAGING"}}),
    ("dolcecandle333-6", """For a candle that arrived damaged or faulty we can send a new one, give you credit to spend with us,
or refund the full price, whichever suits the case.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT", "resolutions.store_credit": "MERCHANT_AT_FAULT",
      "fault.full_refund": True}),
    ("dolcecandle333-7", """Postage for a return is yours to pay, except when the candle arrived damaged or we made a mistake.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DAMAGED"}}),
    ("dolcecandle333-8", """We can't answer for parcels lost on their way back, so please choose a service with tracking.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("dolcecandle333-9", """We won't accept back: candles made to order or with a personal design, candles that were burned or
harmed after they reached you, and anything sold as final sale (clearance or last-chance lines).""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "WORN_OR_DAMAGED|OTHER:used|OTHER:lit", "CLEARANCE|FINAL_SALE"}}),
    ("dolcecandle333-10", """It takes us three to five business days after your return arrives to inspect it and settle the refund.""",
     {"refund.inspection": True, "refund.processing": _r(3, 5, "BUSINESS")}),
    ("dolcecandle333-11", """An approved refund goes back to whatever you paid with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("dolcecandle333-12", """Your account may show the money only 5 to 10 business days later.""",
     {"refund.typical_arrival": _r(5, 10, "BUSINESS")}),
    ("dolcecandle333-13", """Swapping for another candle is possible as long as we have it in stock.""",
     {"resolutions.exchange": "ALWAYS"}),
    # --- aslanorganics (handmade soap) -------------------------------------------------------------------
    ("aslanorganics-1", """Because of what our products are, we can't take back anything that has been opened or used.""",
     {"requirements.condition": {"UNUSED"}}),
    ("aslanorganics-2", """We're glad to swap any item that is still sealed, untouched and as we sent it, if you ask within ten
days of the delivery confirmation.""",
     {"resolutions.exchange": "ALWAYS", "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
      **_w(10, "DELIVERY")}),
    ("aslanorganics-3", """The buyer pays to post items back to us.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("aslanorganics-4", """Before anything goes in the post, get an RA# (our return authorization) from us.""",
     {"returns.request_required_before_shipping": True}),
    ("aslanorganics-5", """Refunds are possible for items in their first state, unopened, unused and without damage, sent back
no more than 10 days after delivery was confirmed.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}, **_w(10, "DELIVERY")}),
    ("aslanorganics-6", """What you paid for the original delivery is not given back.""",
     {"refund.original_shipping": "NEVER"}),
    ("aslanorganics-7", """If your order turns up broken, crushed or wet, get in touch and have a photo or a video of the unboxing
ready to show us the damage.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    # --- fifthandskin (cosmetics) ------------------------------------------------------------------------
    ("fifthandskin-1", """Makeup shade not right, or clothes in the wrong size? Open a return request from your account on our
website.""",
     {"returns.request_via": "WEBSITE"}),
    ("fifthandskin-2", """Want another shade or size? Just order it as new and we will refund the first one once it reaches
us.""",
     {"resolutions.reorder_hint": True}),
    ("fifthandskin-3", """Anything else can't be returned once it has been opened.""",
     {"exclusions": {"OTHER:opened"}}),
    ("fifthandskin-4", """To send something back: sign in, open the order in your account, press the return button, pick a
reason and finish the steps; an email then authorises the return and tells you what to do.""",
     {"returns.request_via": "WEBSITE", "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    ("fifthandskin-5", """Once your parcel has arrived and the return is processed, we email you about your refund.""",
     {"refund.confirmation_email": True}),
    ("fifthandskin-6", """Items may come back for up to thirty days after delivery and are refunded in full, apart from the
shipping.""",
     {**_w(30, "DELIVERY"), "refund.original_shipping": "NEVER"}),
    ("fifthandskin-7", """If the return is down to us (we sent the wrong thing or a faulty one), we cover the postage back.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
    ("fifthandskin-8", """Handling your return takes us three to five business days after it arrives.""",
     {"refund.processing": _r(3, 5, "BUSINESS")}),
    ("fifthandskin-9", """After that, your bank may need another five to ten business days to pass the refund on.""",
     {"refund.additional_delay": _r(5, 10, "BUSINESS")}),
    # --- langehairusmalls (hair care) --------------------------------------------------------------------
    ("langehairusmalls-1", """You can send back items you haven't opened or used for up to sixty days after your order arrives.""",
     {**_w(60, "DELIVERY"), "requirements.condition": {"UNUSED"}}),
    ("langehairusmalls-2", """For a refund, a product has to be in the packaging it came in, its tags and seals unbroken.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "TAGS_ATTACHED", "UNUSED"}}),
    ("langehairusmalls-3", """Get in touch first with the order number, the products and a short reason; we answer with an
authorization and how to ship the items back.""",
     {"requirements.reason_required": True, "returns.request_required_before_shipping": True}),
    ("langehairusmalls-4", """Shipping the items back is at your cost. A service with tracking is best, since we can't be
responsible for parcels that go missing.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.tracked_shipping_recommended": True}),
    ("langehairusmalls-5", """We check each return when it arrives, then refund it to your original means of payment within
five to ten business days.""",
     {"refund.inspection": True, "refund.processing": _r(5, 10, "BUSINESS"), "refund.method": "ORIGINAL_PAYMENT"}),
    ("langehairusmalls-6", """An eligible return never carries a restocking fee.""",
     {"fees.restocking_percent": "0"}),
    ("langehairusmalls-7", """Products that have been opened or used can't be refunded, unless they turn out to be defective.""",
     {"fault.overrides_exclusions": True, "fault.reasons": {"DEFECTIVE"}, "requirements.condition": {"UNUSED"}}),
    ("langehairusmalls-8", """A defect has to be reported within the same sixty days you have for returns.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(60, "DELIVERY", prefix="fault.window")}),
    # --- vitamincentercapitola (vitamins) ----------------------------------------------------------------
    ("vitamincentercapitola-1", """Every return needs the original packing slip before we will consider a refund.""",
     {"requirements.proof_of_purchase": True}),
    ("vitamincentercapitola-2", """Ask for your refund no more than 14 days after the order was delivered.""",
     {**_w(14, "DELIVERY")}),
    ("vitamincentercapitola-3", """Whatever the case, money only goes back to the credit card you used for the purchase.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("vitamincentercapitola-4", """What you paid for shipping is not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("vitamincentercapitola-5", """We look at a refund request only when the product is unopened and unused and comes in its original
packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    # --- shoporganics (organic food and goods) -----------------------------------------------------------
    ("shoporganics-1", """You can return or swap items up to 15 days after you receive them.""",
     {**_w(15, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("shoporganics-2", """Any refund we give is paid back to the card you bought with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("shoporganics-3", """Not returnable: our gift cards; anything made to order, custom-made or personalised (furniture
included); perishable goods and food that has been opened; body-piercing jewellery; and items whose
hygiene seal is broken, such as swimwear or underwear.""",
     {"exclusions": {"OTHER:gift card", "PERSONALIZED|OTHER:custom|OTHER:made to order", "OTHER:perishable|OTHER:food",
                     "JEWELRY|OTHER:piercing", "OTHER:hygiene|OTHER:swim|OTHER:underwear|INTIMATES"}}),
    ("shoporganics-4", """A faulty item goes back to its seller in a prepaid, self-addressed satchel the seller sends you.""",
     {"fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("shoporganics-5", """When the faulty item is back with the seller, you choose: all of your money back, credit in the store,
or (if the seller agrees) a new one.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REFUND", "REPLACEMENT"}, "fault.full_refund": True,
      "resolutions.store_credit": "MERCHANT_AT_FAULT", "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("shoporganics-6", """Changed your mind? When the seller has the item back, you get store credit for what you paid.""",
     {"refund.method": "STORE_CREDIT"}),
    ("shoporganics-7", """Return postage is paid by you, and please send it with a trackable service.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.tracked_shipping_recommended": True}),
    # --- winestuff (wine accessories) --------------------------------------------------------------------
    ("winestuff-1", """Orders placed from January through October carry a money-back promise of 60 days.""",
     {"returns.window.days": 60}),
    ("winestuff-2", """Everything must come back as new and fit to sell again, with all its first boxes and packing, its
paperwork and its instructions.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED"}}),
    ("winestuff-3", """You pay every shipping cost of a return; we pay only when the item we sent was wrong or defective.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
    ("winestuff-4", """Allow us up to ten business days to process a return after it reaches our returns centre.""",
     {"refund.processing": _r(0, 10, "BUSINESS")}),
    ("winestuff-5", """We keep what you paid for delivery; it is not part of the refund.""",
     {"refund.original_shipping": "NEVER"}),
    ("winestuff-6", """Damage has to be reported no later than 10 business days after delivery; later claims are turned
down.""",
     {"fault.reasons": {"DAMAGED"}, **_w(10, "DELIVERY", "BUSINESS", prefix="fault.window")}),
    ("winestuff-7", """If the order arrived damaged, contact us and we'll send a replacement free of charge.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- sweetschoice (chocolate) ------------------------------------------------------------------------
    ("sweetschoice-1", """Our chocolates are food and spoil, so once an order has shipped we take nothing back and swap
nothing.""",
     {"returns.enabled": False, "resolutions.exchange": "NEVER"}),
    ("sweetschoice-2", """Order arrived damaged, melted or wrong? Write to us no more than two days (48 hours) after it is
delivered, with the order number, a picture of the product and its packaging, and a few words on the problem.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE", "PACKAGING"}}),
    ("sweetschoice-3", """We will put it right with a new box, or with a refund or store credit, depending on what happened.""",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
      "resolutions.store_credit": "MERCHANT_AT_FAULT"}),
    ("sweetschoice-4", """To cancel or change an order, reach us no later than two hours after you placed it.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 2}),
    ("sweetschoice-5", """Refunds are paid to the method you used at checkout; your bank may take three to seven business days
to show them.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.typical_arrival": _r(3, 7, "BUSINESS")}),
    # --- kidslandusa (baby products) ---------------------------------------------------------------------
    ("kidslandusa-1", """We accept items only if they are new, never opened or used, and in the state you got them.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("kidslandusa-2", """Put everything back in its own packaging, including every manual, warranty card and accessory.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"}}),
    ("kidslandusa-3", """For orders placed online, you have 60 days from the purchase date to start a return.""",
     {**_w(60, "PURCHASE")}),
    ("kidslandusa-4", """These are final sale and can't come back: open-box and outlet goods; feeding items such as pacifiers,
bottles, cutlery and plates; breast pumps and their parts; potty-training products; books, DVDs and
CDs; special-order, personalised or custom goods; and anything whose product page says it is not
refundable.""",
     {"exclusions": {"OTHER:open box|OTHER:outlet", "OTHER:feeding|OTHER:pacifier|OTHER:bottle", "OTHER:breast pump",
                     "OTHER:potty", "OTHER:book|OTHER:dvd|OTHER:cd", "OTHER:special order|PERSONALIZED|OTHER:custom",
                     "NON_RETURNABLE_MARK|OTHER:non-refundable"}}),
    ("kidslandusa-5", """Online orders are returned by signing in to your account on our site and asking for the return in the
order portal.""",
     {"returns.request_via": "WEBSITE"}),
    ("kidslandusa-6", """When we approve it, you get a return authorization (RA) number and the steps to follow.""",
     {"returns.request_required_before_shipping": True}),
    # --- boardgm (board games) ---------------------------------------------------------------------------
    ("boardgm-1", """You can send items back for a refund or a swap up to 30 days after delivery.""",
     {**_w(30, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("boardgm-2", """Returned games must be unplayed and undamaged, in their original box, with every tag and component
still there.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                 "ACCESSORIES_INCLUDED"}}),
    ("boardgm-3", """Printable game files and e-books can't be refunded once opened or downloaded, and neither can gift
cards or final-sale items.""",
     {"exclusions": {"OTHER:digital|OTHER:download", "OTHER:gift card", "FINAL_SALE"}}),
    ("boardgm-4", """To start, email our support team your order number and why you are returning it.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("boardgm-5", """We then email you an authorization and the steps to follow before you send anything.""",
     {"returns.request_required_before_shipping": True}),
    ("boardgm-6", """Pack everything well and hang on to the tracking number.""",
     {"instructions.pack_securely": True, "instructions.tracked_shipping_recommended": True}),
    ("boardgm-7", """Once we have the return in hand and have checked it, your refund follows within five to seven
business days.""",
     {"refund.inspection": True, "refund.processing": _r(5, 7, "BUSINESS")}),
    ("boardgm-8", """We don't refund the shipping you paid on the order.""",
     {"refund.original_shipping": "NEVER"}),
    ("boardgm-9", """The cost of sending it back can come off your refund, except where the mistake was ours.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("boardgm-10", """Prefer a different game? Return the first one as usual and put in a fresh order for the one you want.""",
     {"resolutions.reorder_hint": True}),
    # --- antelopepuzzle (jigsaw puzzles) -----------------------------------------------------------------
    ("antelopepuzzle-1", """Not in love with your puzzle? Send it back unused no more than 15 days after it arrives and get all
your money back.""",
     {**_w(15, "DELIVERY"), "requirements.condition": {"UNUSED"}}),
    ("antelopepuzzle-2", """Contact us first to begin a refund.""",
     {"returns.request_required_before_shipping": True}),
    ("antelopepuzzle-3", """We need your receipt or some other proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("antelopepuzzle-4", """When your parcel arrives we look it over, then email you that it is here and whether the refund is
approved.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    ("antelopepuzzle-5", """An approved refund is credited back to the way you paid.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("antelopepuzzle-6", """A puzzle that is faulty or damaged will be replaced.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("antelopepuzzle-7", """You cover the postage to return it. We suggest a tracked service, insured if you can.""",
     {"shipping.default.payer": "CUSTOMER", "instructions.tracked_shipping_recommended": True,
      "instructions.insured_shipping_recommended": True}),
    # --- woodentoys (wooden toys) ------------------------------------------------------------------------
    ("woodentoys-1", """Unless an item says otherwise, you may return it within 30 days and be refunded, less shipping, if it
is in new, sellable condition, in its original packaging, and sent with a copy of the receipt.""",
     {"returns.window.days": 30, "returns.most_items_only": True, "refund.original_shipping": "NEVER",
      "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}, "requirements.proof_of_purchase": True}),
    ("woodentoys-2", """Tell us before you send anything: email your name, the order number and the reason for the return.""",
     {"returns.request_required_before_shipping": True, "returns.request_via": "EMAIL",
      "requirements.reason_required": True}),
    ("woodentoys-3", """We can't do exchanges: simply place a new order. If you'd rather, we can give you credit to use on
your next order.""",
     {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True, "resolutions.store_credit": "ALWAYS"}),
    ("woodentoys-4", """Refunds always go back to the card used to pay for the order.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("woodentoys-5", """We'd advise adding delivery confirmation to your return parcel.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("woodentoys-6", """Please pack the return securely, in an outer shipping box of its own rather than just the toy's own
packaging.""",
     {"instructions.pack_securely": True}),
    ("woodentoys-7", """Anything broken in transit, missing or wrong in your order has to be reported within five days of
receiving the shipment.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, **_w(5, "DELIVERY", prefix="fault.window")}),
]
