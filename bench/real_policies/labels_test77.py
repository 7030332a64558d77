"""The test77 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test77.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ77 = "2026-12-06 (session 18, set test77)"

# --- a seventy-seventh test set, 2026-12-06 session 18: twelve new pages of kinds of kitchen, dining and home shops
# (cookware, kitchen knives, tableware, glassware, candles, rugs, curtains, clocks, mirrors, storage boxes, cleaning
# supplies, and the spare kind bath towels in place of wallpaper), the first result per query ("<kind> shop return policy
# refund exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy
# in English (not a template with blanks, not an article, blog, marketplace, platform help or product page, at least 800
# characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a
# set built at the same time. Left for the next session: held out until measured once.
# Skipped on the way (37 results): cookware's t-fal.com, panproa.shop, cookwaremasters.com and thecookware.store (used), so
# cookcabinet.com (rank 5; its page never names its goods, taken as a cookware shop by its name, "Cook Cabinet"); kitchen
# knives' chefknifedepot.com and help.burrfectionstore.com (used), so theseasonedgourmet.com (rank 3, a kitchen store whose
# page names the knife makers Wusthof and Hammer Stahl beside cookware makers); tableware's dinnerwearjewelry.com (a
# jewellery shop, "Dinnerwear Jewelry", not a tableware shop) and dishyy.shop (used), so wearwanta.com (rank 3, the policy of
# "tableware.us" stored at that address); glassware's glassworks.io, kdart518.com and glasscias.com (used), so
# vitradecoration.com (handmade blown glass); candles' lumecorcandles.com, yourwilddelight.com, candlerain.com,
# petitecherie.com, dolcecandle333.com, scents4dasol.com and barnloftcandles.com (used), so omerocandles.com (rank 8); rugs'
# atlantadesignerrugs.com, rug-resources.com and yasrug.com (used), so ostenorientalrugs.com; curtains' curtaindecorpro.com,
# cruisecurtains.com and curtainchic.myshopify.com (used), so curtarra.com; wallpaper: all eight results used
# (peelandpaper.com, sannogi.com twice, redmooncreativegroup.wixsite.com, uswallpaperdecor.com twice,
# uswalldecor.gorgias.help, wallpaperoffersus.com), so the spare kind bath towels, whose towelhouse.co.uk was used, so
# linenandtowel.com (rank 2); clocks' theclockshed.ie (used) and w.ivenue.com/amclocks1 (a clock shop's page of about 630
# characters: under 800), so decor-hub.com (named decor-hub); mirrors' themirrormirrorshop.com (used) and
# mirrorologyindustry.com (a template blank: "[your email address]"), so inyouths.com (its custom-mirror refund policy);
# storage boxes: none skipped (storagesboxs.com, whose rules name its Capsule Coffee Organizer products); cleaning supplies:
# none skipped (molderizer.com, a maker of mould-cleaning solutions selling online).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once. The corpus stores the
# opening of each page, so a text is that opening (some stop mid-sentence or mid-word: cookcabinet, theseasonedgourmet,
# vitradecoration, curtarra, inyouths, storagesboxs, molderizer). No page taken here came twice.
# Unsure: cookcabinet lists only faults as grounds for a return (wrong items, spoiled or destroyed goods, expired goods, "the
# product itself is different") and will "not welcome returns without any foundation", so `returns.only_at_fault` is an
# either (as littlebandme, calmmax); "wrong items concerning the quality, size, quantity, or number" is WRONG_ITEM and "the
# product itself is different" NOT_AS_DESCRIBED only as an either; its refusal of goods "damaged by the customer" names no
# condition item (WORN_OR_DAMAGED|OTHER:damaged an either, as ylemospure); "reaching the customer care unit ... if it is
# authorized" names no channel (EMAIL and the request first both either); the card company's "10-15 days to reflect the
# refund" is the typical arrival (the extra delay an either, as accenttable); its cancellation "when it has not been
# dispatched ... or the first 24 hours of payment verification, whichever is suitable" is until_shipped as a fact and the
# 24 hours an either. theseasonedgourmet's "new/unused condition" is ORIGINAL_CONDITION and UNUSED (as rideontoys), its
# "product inserts" MANUALS_INCLUDED only as an either, "Contact the store ... for instructions on returning" names no
# channel (EMAIL, the request first, the address on request and the reason all either), "refund the full cost of the
# merchandise and shipping charges" for store errors and defects is the full refund and the original shipping
# MERCHANT_AT_FAULT as facts (the return postage only an either), the 40% fee for opened or used goods, the arrival within 45
# days of purchase and "refunds are based on condition" are unplaced, and its shipping damage goes to the shipper (unplaced;
# DAMAGED an either). wearwanta's "tags ... still attached and / or the item is in its original packaging (not open)" makes
# neither tags nor packaging required alone (both either; "new and unused ... not open" UNUSED and ORIGINAL_CONDITION as
# facts), it recommends UPS, FedEx or USPS ground service without saying tracked (carriers a fact, tracked an either, and "We
# cannot guarantee that we will receive your returned item" left as most labels of that sentence left it), "Contact us for
# Returning Instructions" is the address on request and the request first only as either, "non-personalized" is said of
# exchanges only (PERSONALIZED an either), its email says the item arrived and the approval "will be notified" (an either),
# and "up to 7 business days for your statement to appear" is the typical arrival (the extra delay an either).
# vitradecoration's "30-day breakage replacement" is a banner line that may be a guarantee against any breakage rather than
# transit damage (unplaced, with DAMAGED, REPLACEMENT and replacement MERCHANT_AT_FAULT as either), its "no ... signs of wear"
# of glass is not NOT_WORN (as dishyy), and "The delivery date counts as Day 1" is unplaced (the model does not count that
# day). omerocandles says "All candles are final sale ... No returns or exchanges accepted" and then sets out returns with
# prepaid labels for "all eligible returns" and a non-returnable list: candles a fact exclusion, `returns.only_at_fault`
# and the faults overriding it either; its damaged, faulty or incorrect orders are reported "within 48 hours" from no stated
# event (the 2-day fault window an either, as rideontoys) while exchanges for defects are asked "within 30 days of receiving
# your order" (unplaced), and "Inspection completed within 2-3 business days of receipt" is the answer time only as an
# either (as kitchenknifesupply). ostenorientalrugs names wrong rugs and rugs not matching the description as refund
# reasons beside change of mind (WRONG_ITEM and NOT_AS_DESCRIBED facts, with DEFECTIVE from the postage rule), its "Once
# your request ... is approved, our team will guide you" is the request first as a fact (as thehandbag), and "return the rug
# in appropriate packaging" is pack_securely. curtarra's custom curtains and shades cannot come back "unless there are
# quality issues" while its drapery hardware may (so returns stay enabled, `returns.enabled` False an either), the hardware's
# original packaging and return postage are said of the hardware only (both either), "incorrect size, color, or other
# mistakes on our part" are WRONG_ITEM and its "quality issues" DEFECTIVE, "remake the curtains" is a replacement, the 30
# days to report have no start in their own sentence (DELIVERY an either), the cancellation "before the product is shipped
# or produced" is until_shipped (the production cut-off read with it), and "we will email yo" stops before saying what the
# email tells (an either). linenandtowel's "exchange window for the same product" for defective or damaged goods is EXCHANGE
# (REPLACEMENT and replacement MERCHANT_AT_FAULT either), the customer pays postage for a faulty item and has it refunded
# once the fault is confirmed (the shop pays at fault, as shipbricks), "all shipping fees will be refunded" against "a full
# refund for the returned merchandise only" is original shipping MERCHANT_AT_FAULT, the 30-day windows have no start (none
# labelled; the fault window an either), and the check of a claimed fault on return is inspection only as an either.
# decor-hub's "brand new condition, not damaged in any way" is ORIGINAL_CONDITION (UNUSED an either), "we'll give you the
# address" after contact is the address on request (the request first an either), and an internal fault is "shipped back to
# us and tested" (unplaced; the shop paying that postage an either). inyouths says custom mirrors cannot come back without a
# fault and then takes them back within 7 business days less the return postage and a 20% restocking fee (`returns.enabled`
# False an either), "safe and sound" is ORIGINAL_CONDITION only as an either, its "take a photo" of a broken outer package is
# not said to be sent (photos either), exchanges are offered only for wrong or damaged mirrors (MERCHANT_AT_FAULT, with
# EXCHANGE among the remedies), and its refunds for late delivery and for late damage reports are unplaced. storagesboxs'
# "return order processing time is 1-3 business days" may be the handling of the request rather than the refund (processing
# an either), its only email is given for delays (EMAIL an either), "7 natural days" is taken as calendar days (CALENDAR a
# fact), "a full refund or a new product" for any return is replacement ALWAYS, and "packaged and processed" orders are past
# cancelling (until_shipped a fact). molderizer accepts partly used products (an empty one is refused: unplaced, with
# WORN_OR_DAMAGED|OTHER:empty an either) yet refunds "only items in new and unused conditions" (UNUSED and ORIGINAL_CONDITION
# both either), its "contact our customer service to request a RA#" before sending is the request first as a fact and names
# no channel, its "15% re" stops mid-word (the restocking fee an either), and "a return or exchange may be necessary" under a
# "Return & Exchange Policy" heading offers no exchange of its own (ALWAYS an either).
# Audit (session 18, by an engineer who had not read the drafter; every page found in the corpus at its label's address and
# read against its label and rewrite): ostenorientalrugs' "unused and undamaged condition" (with its tags and packaging) says
# nothing of the item being as new or as it was received, so ORIGINAL_CONDITION leaves its facts (blendres, walkaid,
# lotusexotics, officechairsplus, icemachines and beiz take "unused, undamaged" without it; the labels that have it beside
# those words have "original condition", "new" or "the condition we sent it in" too); inyouths starts a change-of-mind return
# by "report and let us know" within 7 business days and a breakage by reporting it to customer service, naming no channel,
# so `returns.request_via` EMAIL joins its `either` (convention 1) with the request first (as gourmet305 and linenway take
# "let us know within"); curtarra's partial refund and quality issues start with "contact us within 30 days", naming no
# channel, so `returns.request_via` EMAIL joins its `either` (convention 1, as fairytalebrides, sewyours, inksmile, eagletool
# for fault reports). The rewrites stated all of this; sentences that kept seven or more of the page's words were reworded
# (cookcabinet's undelivered package, theseasonedgourmet's shipper line, wearwanta's opening and tags, vitradecoration's
# packaging list and handmade-glass claims, decor-hub's package, postage, replacement and testing lines), every cue kept word
# for word. Seen, not changed: the corpus holds a second, different opening at curtarra's address (cancellation within 48
# hours, a 70% refund after that, changes by LiveChat or email), the label following the copy its query gave first;
# theseasonedgourmet's UNUSED stays a fact beside its 40% fee for opened or used products (as 4gamergear and
# trinetratechnoworld keep UNUSED beside a fee for opened items), while molderizer's UNUSED stays an either, its page taking
# back partly used products; wearwanta's one sentence that has an email say the item arrived and then the approval or
# rejection "will be notified" stays an either (the approval may or may not be what the email says); storagesboxs' "packaged
# and processed" cut-off stays until_shipped as a fact (as ecoridetrading, appliancespartsstore); inyouths' WRONG_ITEM, named
# only in its heading "Wrong or Damaged Items", stays a fact; the makers' names in theseasonedgourmet's warranty line and
# wearwanta's headings and contact lines are kept as the page has them (names and layout, not sentences). Nothing else
# changed.
LABELS: dict[str, Label] = {
    "cookcabinet": Label(
        "https://www.cookcabinet.com/returns-refunds-and-cancellations", "test77",
        facts={
            "cancellation.enabled": True,
            "fault.reasons": {"WRONG_ITEM", "DAMAGED"},
            "fault.remedies": {"REFUND"},
            "refund.typical_arrival": _r(10, 15),
            "refund.original_shipping": "NEVER",
            "cancellation.until_shipped": True,
        },
        either={"returns.only_at_fault": True, "fault.reasons": {"NOT_AS_DESCRIBED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged"}, "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True, "refund.additional_delay": _r(10, 15),
                "cancellation.window_hours": 24},
        unplaced=("didn't get the package", "wrong or incomplete addresses", "requests are late",
                  "make a different fresh order"),
        read=READ77,
    ),
    "theseasonedgourmet": Label(
        "https://www.theseasonedgourmet.com/pages/returns-policy", "test77",
        facts={
            **_w(35, "PURCHASE"),
            "returns.most_items_only": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "fault.full_refund": True,
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(2, 3, "BUSINESS"),
            "refund.additional_delay": _r(7, 10),
            "refund.confirmation_email": True,
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "instructions.address_on_request": True, "requirements.reason_required": True,
                "requirements.condition": {"MANUALS_INCLUDED"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
                "refund.typical_arrival": _r(7, 10), "fault.reasons": {"DAMAGED"}},
        unplaced=("40% restocking fee", "arrives at our facility within 45 days", "refunds are based on condition",
                  "addressed with the individual shipper", "addressed with the individual manufacturer"),
        read=READ77,
    ),
    "wearwanta": Label(
        "https://wearwanta.com/pages/return-refund-policy", "test77",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "exclusions": {"FINAL_SALE"},
            "instructions.carrier_examples": ("UPS", "FedEx", "USPS"),
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "0",
            "returns.request_via": "EMAIL",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(0, 7, "BUSINESS"),
        },
        either={"requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
                "instructions.tracked_shipping_recommended": True, "instructions.address_on_request": True,
                "returns.request_required_before_shipping": True, "exclusions": {"PERSONALIZED"},
                "refund.confirmation_email": True, "refund.additional_delay": _r(0, 7, "BUSINESS")},
        unplaced=(),
        read=READ77,
    ),
    "vitradecoration": Label(
        "https://vitradecoration.com/shipping-returns/", "test77",
        facts={
            "resolutions.exchange": "ALWAYS",
            **_w(14, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "NOT_STAINED", "NOT_ALTERED",
                                       "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"},
            "sets.return_whole_only": True,
        },
        either={"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT"},
        unplaced=("30-day breakage replacement", "counts as day 1", "not considered defects"),
        read=READ77,
    ),
    "omerocandles": Label(
        "https://omerocandles.com/pages/returns-refunds-1", "test77",
        facts={
            "exclusions": {"OTHER:candle", "OTHER:gift card", "OTHER:software|OTHER:downloadable|OTHER:digital",
                           "PERSONALIZED|OTHER:custom", "OTHER:perishable", "INTIMATES|OTHER:intimate|OTHER:sanitary",
                           "OTHER:hazardous", "FINAL_SALE"},
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "shipping.default.payer": "MERCHANT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.confirmation_email": True,
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.remedies": {"EXCHANGE", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
        },
        either={"returns.only_at_fault": True, "fault.overrides_exclusions": True,
                **_w(2, "DELIVERY", prefix="fault.window"), "refund.response_business_days": 3,
                "returns.request_required_before_shipping": True},
        unplaced=("within 30 days of receiving your order",),
        read=READ77,
    ),
    "ostenorientalrugs": Label(
        "https://ostenorientalrugs.com/index.php/refund-policy", "test77",
        facts={
            "requirements.condition": {"UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            **_w(3, "DELIVERY"),
            "returns.request_via": "EMAIL",
            "fault.reasons": {"WRONG_ITEM", "NOT_AS_DESCRIBED", "DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={},
        unplaced=(),
        read=READ77,
    ),
    "curtarra": Label(
        "https://curtarra.com/pages/return-policy", "test77",
        facts={
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
            "cancellation.refund_percent": "100",
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:swatch|OTHER:sample"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "fault.window.days": 30,
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
        },
        either={"fault.window.starts": "DELIVERY", "requirements.condition": {"ORIGINAL_PACKAGING"},
                "shipping.default.payer": "CUSTOMER", "refund.confirmation_email": True, "returns.enabled": False,
                "returns.request_via": "EMAIL"},
        unplaced=("donating the items to goodwill", "incorrect measurements on your part",
                  "50% discount on a second set"),
        read=READ77,
    ),
    "linenandtowel": Label(
        "https://www.linenandtowel.com/pages/return-exchange", "test77",
        facts={
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"EXCHANGE"},
            "resolutions.exchange": "ALWAYS",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "shipping.default.payer": "CUSTOMER",
            "returns.window.days": 30,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
                "fault.window.days": 30, "refund.inspection": True},
        unplaced=("we assume the cost in shipping back", "no shipping fees will be refunded",
                  "additional shipping charge for the new merchandise"),
        read=READ77,
    ),
    "decor-hub": Label(
        "https://www.decor-hub.com/pages/exchanges-returns", "test77",
        facts={
            "resolutions.exchange": "ALWAYS",
            **_w(30, "PURCHASE"),
            "instructions.address_on_request": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "requirements.condition": {"UNUSED"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("difference in price between the items", "shipping your new clock", "shipped back to us and tested"),
        read=READ77,
    ),
    "inyouths": Label(
        "https://inyouths.com/pages/custom-mirror-refund-policy", "test77",
        facts={
            **_w(7, "DELIVERY", "BUSINESS"),
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "20",
            "refund.inspection": True,
            "fault.reasons": {"WRONG_ITEM", "DAMAGED"},
            **_w(7, "DELIVERY", "BUSINESS", prefix="fault.window"),
            "fault.remedies": {"REFUND", "EXCHANGE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
        },
        either={"returns.enabled": False, "requirements.condition": {"ORIGINAL_CONDITION"},
                "fault.photos_min": 1, "fault.photos_of": {"PACKAGING"}, "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True},
        unplaced=("may not have the position to get the full refund", "you can keep the item",
                  "not delivered to you within 13 weeks", "still not delivered to you 13 weeks later"),
        read=READ77,
    ),
    "storagesboxs": Label(
        "https://storagesboxs.com/return-policy", "test77",
        facts={
            "cancellation.enabled": True,
            "cancellation.request_via": "WEBSITE",
            "cancellation.window_hours": 2,
            "cancellation.until_shipped": True,
            **_w(7, "DELIVERY", "CALENDAR"),
            "resolutions.replacement": "ALWAYS",
            "sales_channels.allowed": ["web"],
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED"},
        },
        either={"refund.processing": _r(1, 3, "BUSINESS"), "returns.request_via": "EMAIL"},
        unplaced=(),
        read=READ77,
    ),
    "molderizer": Label(
        "http://www.molderizer.com/return-policy/", "test77",
        facts={
            **_w(30, "PURCHASE"),
            "returns.request_required_before_shipping": True,
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"PERSONALIZED|OTHER:custom"},
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
                "fees.restocking_percent": "15", "resolutions.exchange": "ALWAYS",
                "exclusions": {"WORN_OR_DAMAGED|OTHER:empty"}},
        unplaced=("less the shipping charge", "completely empty", "complimentary sample",
                  "completely used and are empty"),
        read=READ77,
    ),
}
