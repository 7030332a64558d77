"""Two more wordings of each item of paraphrases_dev.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- celticarthouse ---------------------------------------------------------------------------
    ("celticarthouse-1", """If your item arrives damaged or defective, let us know within seven days and we'll arrange an exchange
or a refund."""),
    ("celticarthouse-1", """Faulty or broken on arrival? Report it within 7 days; you can have it exchanged or get your money
back."""),
    ("celticarthouse-2", """We accept returns for up to 30 days; after that, we can't take them back."""),
    ("celticarthouse-2", """Return period: thirty days. Later returns are refused."""),
    ("celticarthouse-3", """When applicable, we'll cover return shipping, either by providing a prepaid label or by reimbursing your
postage."""),
    ("celticarthouse-3", """If it applies to your return, you won't pay to send it back: we'll either give you a prepaid shipping
label or pay you what you spent on postage."""),
    ("celticarthouse-4", """All returns require a return authorization number, issued by us before anything is shipped."""),
    ("celticarthouse-4", """Please don't send anything back until we've given you an RA number."""),
    ("celticarthouse-5", """Approved returns and damage claims are refunded directly to your original payment method."""),
    ("celticarthouse-5", """When we approve your return or damage claim, the money goes back to the card or payment method you
used."""),
    ("celticarthouse-6", """Transit damage: choose between a replacement piece and a refund."""),
    ("celticarthouse-6", """If your piece was damaged on its way to you, we can ship you a new one or give you your money back."""),
    # --- electricrider ----------------------------------------------------------------------------
    ("electricrider-1", """Products in like-new condition are returnable within 30 days of the ship date."""),
    ("electricrider-1", """You can send an item back if it's still as new and no more than thirty days have gone by since your
order left us."""),
    ("electricrider-2", """Returns that are used, damaged, or not in the condition they were shipped in will be refused."""),
    ("electricrider-2", """We can't accept items that show use or damage, or that differ in any way from how they left our
warehouse."""),
    ("electricrider-3", """Send your return with a tracked service, keep the tracking number, and insure the package for its full
value against loss or damage."""),
    ("electricrider-3", """Please use trackable shipping and hold on to the number. Insuring the parcel for what it's worth is
also wise, in case it goes missing or arrives damaged."""),
    # --- elsasdigitalportraits --------------------------------------------------------------------
    ("elsasdigitalportraits-1", """To request a refund, email us a photo of the damage."""),
    ("elsasdigitalportraits-1", """Refund claims must include a photograph of the damage, sent by email."""),
    ("elsasdigitalportraits-2", """Refunds, once approved, are credited to your original payment method."""),
    ("elsasdigitalportraits-2", """If we approve your refund, it goes back to the card or account you first paid with."""),
    ("elsasdigitalportraits-3", """Refund or exchange requests must be made within 3 days of purchase."""),
    ("elsasdigitalportraits-3", """Want your money back or a swap? You've got three days from buying; after that, there's nothing we can
do."""),
    ("elsasdigitalportraits-4", """Replacements are only available for items that arrive defective or damaged."""),
    ("elsasdigitalportraits-4", """We'll replace a piece only if it reaches you broken or faulty."""),
    # --- hengestonegallery ------------------------------------------------------------------------
    ("hengestonegallery-1", """All products, other than those on our list of exceptions, carry a 30-day guarantee against
manufacturing defects from the date of delivery."""),
    ("hengestonegallery-1", """Except for the items we list as exceptions, everything we sell is protected against factory faults for
thirty days after it arrives."""),
    ("hengestonegallery-2", """Returns and exchanges are accepted within 30 days of receipt."""),
    ("hengestonegallery-2", """You can send goods back, or swap them, for up to thirty days after delivery."""),
    ("hengestonegallery-3", """Items must be returned in factory condition, in the original box, with all manuals, warranty cards and
accessories."""),
    ("hengestonegallery-3", """Please include everything: the original packaging, every manual, the warranty card and all the
accessories, and make sure it's just as it was when it left the factory."""),
    ("hengestonegallery-4", """Returns must be authorized in advance; unauthorized returns will be refused."""),
    ("hengestonegallery-4", """Please get our OK before sending anything back: we won't accept returns without it."""),
    ("hengestonegallery-5", """Shipping and handling fees are non-refundable, except when we've shipped you the wrong item in error."""),
    ("hengestonegallery-5", """We don't refund delivery or handling charges, unless the mistake was ours and you got the wrong
product."""),
    ("hengestonegallery-6", """Once we receive the incorrect item, we'll send the correct one, or issue a full refund for the order if
it's out of stock."""),
    ("hengestonegallery-6", """Got the wrong item? Return it and we'll ship what you actually ordered; if that's no longer available,
we'll refund the entire order."""),
    ("hengestonegallery-7", """Returns due to a change of mind incur a 20% restocking fee."""),
    ("hengestonegallery-7", """No longer want it? We'll deduct twenty percent from your refund to cover restocking."""),
    ("hengestonegallery-8", """Only unused merchandise can be returned."""),
    ("hengestonegallery-8", """If it's been used, we can't take it back."""),
    # --- restockar --------------------------------------------------------------------------------
    ("restockar-1", """Exchanges can be made within seven days of delivery, except where an item's description says otherwise."""),
    ("restockar-1", """Prefer something else? Swap it within a week of receiving it, unless we've noted differently for that
product."""),
    ("restockar-2", """Items must be unused, in the condition you received them, with tags attached and packaging intact."""),
    ("restockar-2", """We'll need it back unused and just as it arrived: tags on, packaging undamaged."""),
    ("restockar-3", """A receipt or proof of purchase is required to process any return."""),
    ("restockar-3", """Keep your receipt handy: without proof that you bought it from us, we can't get started."""),
    ("restockar-4", """Non-returnable: perishables, made-to-order products, and personal care items."""),
    ("restockar-4", """We're unable to accept returns of perishable goods, anything made to order for you, or personal care
products."""),
    ("restockar-5", """We do not accept returns of hazardous materials, such as gases or flammable liquids."""),
    ("restockar-5", """Hazardous items (gas, flammable liquids and the like) can never be sent back."""),
    ("restockar-6", """Sale items and gift cards are non-returnable."""),
    ("restockar-6", """Bought a gift card, or something on sale? Those can't be returned."""),
    ("restockar-7", """Pre-owned items are not eligible for exchange or refund."""),
    ("restockar-7", """Anything we sold you as pre-owned can't be swapped or refunded."""),
    ("restockar-8", """To make an exchange, log in to your account on our website and submit a return request."""),
    ("restockar-8", """Exchanges are started online: sign into your customer account and begin a return there."""),
    ("restockar-9", """All returns are inspected on arrival, and we'll notify you whether your request is approved."""),
    ("restockar-9", """When your return reaches us, we check it and then let you know if it's been accepted."""),
    # --- skelligwars ------------------------------------------------------------------------------
    ("skelligwars-1", """Returns must be arranged within 21 days of delivery."""),
    ("skelligwars-1", """You've got three weeks after your parcel arrives to set up a return."""),
    ("skelligwars-2", """Items must be returned in their original, undamaged packaging."""),
    ("skelligwars-2", """Please send it back in the packaging it came in, and make sure that packaging isn't damaged."""),
    ("skelligwars-3", """The cost of the goods is refunded to your original card; delivery charges are non-refundable."""),
    ("skelligwars-3", """We'll pay back what the items cost onto the card you used, but not what you paid for postage."""),
    ("skelligwars-4", """Customers are responsible for return postage."""),
    ("skelligwars-4", """Sending goods back is at your cost."""),
    ("skelligwars-5", """Once issued, your refund may take up to 4 days to appear in your bank account."""),
    ("skelligwars-5", """After we've sent the refund, allow as many as four days for it to reach your account."""),
    # --- spoiledbrat ------------------------------------------------------------------------------
    ("spoiledbrat-1", """To request a return, log in to your account and go to the Returns section."""),
    ("spoiledbrat-1", """Returns are made online, through the returns area of your customer account."""),
    ("spoiledbrat-2", """Please use a tracked shipping service: we can't refund or exchange anything that doesn't reach us."""),
    ("spoiledbrat-2", """Tracked delivery is strongly advised for returns, as refunds and exchanges only happen once the parcel
arrives."""),
    ("spoiledbrat-3", """We'll email you when your return arrives and again once your refund is processed."""),
    ("spoiledbrat-3", """Expect two emails: one confirming we've received your parcel, another when your refund is complete."""),
    ("spoiledbrat-4", """Return shipping costs are covered by the customer."""),
    ("spoiledbrat-4", """You'll need to pay the postage to send it back."""),
    ("spoiledbrat-5", """Refunds are issued only for items returned within 14 days."""),
    ("spoiledbrat-5", """Return it within a fortnight: outside that period, no refund."""),
    ("spoiledbrat-6", """Refunds and exchanges are processed within 14 days of receiving your return."""),
    ("spoiledbrat-6", """Once we have your return, you'll get your refund or exchange within two weeks at most."""),
    ("spoiledbrat-7", """Returned items must have all original tags attached, so please try them on with care."""),
    ("spoiledbrat-7", """Careful when trying things on: we can't take anything back without its original tags."""),
]
