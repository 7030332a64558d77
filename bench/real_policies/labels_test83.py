"""The test83 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test83.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ83 = "2026-12-06 (session 18, set test83)"

# --- an eighty-third test set, 2026-12-06 session 18: twelve new pages of home improvement and tool shops (kinds in order:
# power tools, plumbing supplies, door handles, paint, flooring, tiles, light fixtures, ceiling fans, locks, ladders,
# welding supplies, generators; power tools and welding supplies gave nothing, so the spare kinds window blinds (which gave
# nothing too), kitchen taps and fencing were queried), the first result per query ("<kind> shop return policy refund
# exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy in
# English (not a template with blanks, not an article, blog, marketplace, platform help or product page, at least 800
# characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt.
# Left for the next session: held out until measured once.
# Skipped on the way: power tools' eagle-tool.com, thetoolstore.ca, worldpowertool.com, toolmaxgear.com and
# ctpowertools.com (used), store.leetackle.com (twice; leetackle.com used, and a fishing-tackle shop) and visualfoodie.com
# (an article), so nothing; plumbing supplies' plumbingsupply.com and plumberswholesale.com (used), so plumbie.co.uk; door
# handles' doorhardwareshop.com (used), so handlestore.com (its returns page, under /blog/); paint's americanpaintsghana.com
# (a template: "[Your Online Paint Shop Name]", "[Number] days"), loconsolo.com and luxurerefinishpaint.com (used) and
# shop.autoreconsupply.com (a product page), so paintplusparts.com; flooring's flooringstorehouston.com (used), so
# ushomeflooringstore.com; tiles' picture-tiles.co.uk, claysquared.com, ishoptiles.co.uk and tileshopper.com (used), so
# tileshop.com; light fixtures' joysldgroup.shop, bedforddecor.com, shop.mod-lighting.com and modterrahome.com (used), so
# wrenandravenhome.com; ceiling fans' fansunlimited.com, thefixtureplace.com, sunpakheater.com, portfanlab.com,
# fandepoto.shop, electricwindstore.com and snap-fan.com (used), so ceiling-fan.co.uk; locks: none skipped
# (lockgearstore.com); ladders: none skipped (ladderstores.com); welding supplies' protecwelding.com (used; its stored
# opening is ordering), dbk-weldingcaps.com, pauljwelds.com and universalweldgauge.com (used), metallographyworld.com (used,
# and metallurgical supplies), store.leetackle.com (as above) and langdental.com (a dental supplier), so nothing;
# generators' thepowergeneratorsforyou.com (used), so powergenerators.us (its return-policy page; the corpus holds its
# refund-policy page too, not read); spare window blinds' blindshop.blindssoftware.com (a template: "[Your Blinds Shop]"),
# blindsmax.com, blinds-us.com, quorvexxthor.world and rolleaseparts.com (used), originalblinds.com (terms of sale whose
# return and cancellation rules are far under 800 characters, the rest measuring and ordering), luxblindsltd.com (a
# template: "[Your Email/Phone]") and store-return-policies.com (an aggregator), so nothing; spare kitchen taps: none
# skipped (refinedlsgroup.shop, a faucet shop); spare fencing's ritewayonline.ca and fencewarehouse.com.au (used), so
# fenceweb.com.
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence: plumbie, handlestore,
# ushomeflooringstore, tileshop, ceiling-fan, lockgearstore, ladderstores, powergenerators, fenceweb).
# Unsure: plumbie's text stops in "return carriage for faulty goods will be arranged or reimbursed", taken as the shop
# paying at fault (a fact), its email reporting is for faults only (EMAIL an either), its "return or exchange goods" in
# the opening names no rule of exchanges (an either), photos "may be required" (an either), a repair unplaced;
# handlestore's "contact us using the Contact Us page" is for faults only (WEBSITE an either), "re-saleable condition" an
# either of ORIGINAL_CONDITION, "damaged items will not be refunded" a refusal of items in a state (WORN_OR_DAMAGED an
# either), "to receive alternative goods you will need to place a new order" a reorder hint (exchange NEVER an either);
# paintplusparts' returns "if it is expired or has been delivered to you incorrectly" may limit all returns to those two
# (returns.only_at_fault an either, the 15 days kept as the window, "expired" unplaced), its return label named without
# who pays (MERCHANT an either); ushomeflooringstore's card arrival time (5-10 business days) is one payment method's (an
# either), its two-day answer with the RMA an either (convention 9), who pays return shipping unstated (CUSTOMER an
# either); tileshop's "active*" products (the footnote cut) read as all, its "notify a representative to arrange" return
# an either of EMAIL (convention 1), its damage claim an either of DAMAGED; wrenandravenhome's 48 hours for incorrect or
# damaged lighting count from no stated event (an either), its 3-5 business-day quality review unplaced beside the 7-10
# business-day refund, its "packaged exactly as it was shipped" an either of pack_securely; ceiling-fan's labels and
# original packaging "as far as possible" (eithers), "unsoiled" an either of NOT_STAINED, "please contact ... before
# shipping" taken as a requirement (a fact), PayPal refunds unplaced; lockgearstore's "contact us ... to request a return
# authorization (RA)" names no channel (EMAIL an either) and reads as a step, not a refusal (an either); ladderstores'
# approval notice names no email (convention 7: an either), "contact our customer service team" for exchanges (EMAIL an
# either); powergenerators' "shipping errors on our part" an either of WRONG_ITEM, "full refund minus shipping costs" an
# either of original shipping NEVER, the RMA asked for in its steps an either; refinedlsgroup's accessories named by
# "cartridges or filters"; fenceweb's return by phone only (nothing for request_via), "must have a valid RMA number or"
# (the rest cut) taken as a requirement before shipping (a fact).
# Audit (session 18, by an engineer who had not read the drafter; every page found in the corpus at its label's address
# and read against its label and rewrite): wrenandravenhome's "we cannot process a claim or issue a return on lighting
# that has been installed" is a refusal of items in a state, so WORN_OR_DAMAGED|OTHER:installed joins its `either` beside
# the UNUSED fact (convention 4, as 18 earlier labels take "installed"; lockgearstore, refinedlsgroup, fenceweb here);
# refinedlsgroup's "upon approval, you'll receive a return authorization" makes asking first a rule, so
# returns.request_required_before_shipping is a fact (as modterrahome and walkaid took the same words); ushomeflooringstore's
# step 2, the RMA number given after the shop checks the request, takes it as an `either` (as lockgearstore's RA step
# here: steps, no refusal). wrenandravenhome's cue "do not write or put any markings" becomes "put any markings" (the
# rewrite's sentence reworded). Reworded, where the rewrite kept a run of about seven or more of the page's words:
# plumbie's remedy list; handlestore's 28-day line, order-number note, 7-day refund, made-to-order goods and discount line;
# paintplusparts' window, exclusions list and exchange line; ushomeflooringstore's opening, non-returnable note,
# eligibility list, steps 1, 2 and 4 and refund lines; tileshop's goods, coverage, damage-claim and return lines;
# wrenandravenhome's shipping refund, 48-hour claim, postage-due, packaging and markings lines; ceiling-fan's opening
# hours, rights, 14-day window, PayPal and contact lines; lockgearstore's opening, condition, exclusions, steps 1 and 2,
# refund list and exchange lead; ladderstores' opening, window, condition, exclusions, exchange, fault and refusal lines;
# powergenerators' guarantee, fee waiver, condition, labels, exclusions, contact and preparation lines; refinedlsgroup's
# criteria, exclusions, shipping, refund, late-refund and contact lines; fenceweb's opening, RMA, packaging, deductions
# and special-order lines. Every cue is kept word for word; what still matches the page is headings, addresses, phone
# numbers, a statute's name, "Return Merchandise Authorization (RMA) number" and cues. Seen, not changed: handlestore's
# refund "less ... carriage charges that may apply" (no original-shipping reading taken, the charges unnamed);
# ladderstores' "clearance items" kept as CLEARANCE alone (37 earlier labels); ceiling-fan's "please contact ... before
# shipping" kept a fact (as dorandtan, winesave, thecheeseshopva, weddingcufflink); powergenerators' refund-policy page
# (the same address's sibling) not read, as at gathering. Nothing else changed.
LABELS: dict[str, Label] = {
    "plumbie": Label(
        "https://www.plumbie.co.uk/shipping-and-returns", "test83",
        facts={
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED"},
            **_w(30, "DELIVERY", "CALENDAR", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"returns.request_via": "EMAIL", "resolutions.exchange": "ALWAYS", "fault.photos_min": 1,
                "fault.photos_of": {"ISSUE"}},
        unplaced=("a repair where applicable",),
        read=READ83,
    ),
    "handlestore": Label(
        "http://www.handlestore.com/blog/returns/", "test83",
        facts={
            **_w(28, "PURCHASE"),
            "fault.reasons": {"WRONG_ITEM", "DAMAGED", "DEFECTIVE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"ACCESSORIES_INCLUDED"},
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.processing": _r(0, 7),
            "resolutions.reorder_hint": True,
            "exclusions": {"PERSONALIZED|OTHER:made to order"},
        },
        either={"returns.request_via": "WEBSITE", "requirements.condition": {"ORIGINAL_CONDITION"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged"}, "resolutions.exchange": "NEVER"},
        unplaced=("order number on the package", "does not apply to consumers",
                  "cost paid by us", "free or discounted items"),
        read=READ83,
    ),
    "paintplusparts": Label(
        "https://paintplusparts.com/refund-policy/", "test83",
        facts={
            **_w(15, "DELIVERY"),
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "requirements.condition": {"ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "instructions.address_on_request": True,
            "returns.request_required_before_shipping": True,
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:hazardous", "OTHER:flammable",
                           "CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:gift card"},
            "resolutions.exchange": "ALWAYS",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.only_at_fault": True, "shipping.default.payer": "MERCHANT", "refund.confirmation_email": True},
        unplaced=("if it is expired",),
        read=READ83,
    ),
    "ushomeflooringstore": Label(
        "https://www.ushomeflooringstore.com/returns-exchanges", "test83",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"PERSONALIZED|OTHER:custom-cut", "OTHER:adhesive", "OTHER:sample"},
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "instructions.tracked_shipping_recommended": True,
            "refund.inspection": True,
            "refund.processing": _r(0, 3, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "refund.response_business_days": 2,
                "returns.request_required_before_shipping": True,
                "refund.typical_arrival": _r(5, 10, "BUSINESS"), "shipping.default.payer": "CUSTOMER"},
        unplaced=("replacement item within 3-5 business days", "large items"),
        read=READ83,
    ),
    "tileshop": Label(
        "https://www.tileshop.com/customer-service/returns-exchanges", "test83",
        facts={
            **_w(90, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION"},
        },
        either={"returns.request_via": "EMAIL", "resolutions.exchange": "ALWAYS", "fault.reasons": {"DAMAGED"}},
        unplaced=("factory sealed, full box quantities", "sufficient time after notification to inspect", "kept secure until inspected",
                  "full refund for returned materials"),
        read=READ83,
    ),
    "wrenandravenhome": Label(
        "https://wrenandravenhome.com/pages/returns-refunds-policy", "test83",
        facts={
            **_w(60, "DELIVERY"),
            "shipping.default.payer": "CUSTOMER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "refund.inspection": True,
            "refund.processing": _r(7, 10, "BUSINESS"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED"},
            "exclusions": {"PERSONALIZED|OTHER:customized"},
        },
        either={**_w(2, "DELIVERY", prefix="fault.window"), "instructions.pack_securely": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:installed"}},
        unplaced=("quality control review", "postage due", "put any markings"),
        read=READ83,
    ),
    "ceiling-fan": Label(
        "https://www.ceiling-fan.co.uk/content/20-condition-of-returned-items-policy", "test83",
        facts={
            **_w(14, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "NOT_ALTERED"},
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
        },
        either={"requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_PACKAGING", "NOT_STAINED"},
                "resolutions.exchange": "ALWAYS"},
        unplaced=("paypal orders cannot be refunded", "parcel number"),
        read=READ83,
    ),
    "lockgearstore": Label(
        "https://www.lockgearstore.com/returns-exchanges", "test83",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                       "ACCESSORIES_INCLUDED", "NOT_ALTERED"},
            "exclusions": {"OTHER:cylinder|OTHER:barrel", "OTHER:break glass", "OTHER:digital lock"},
            "instructions.tracked_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "NEVER",
            "refund.confirmation_email": True,
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:used|OTHER:modified"}},
        unplaced=("return form",),
        read=READ83,
    ),
    "ladderstores": Label(
        "https://ladderstores.com/pages/refund-policy", "test83",
        facts={
            **_w(14, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "exclusions": {"PERSONALIZED", "CLEARANCE"},
            "fault.overrides_exclusions": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"refund.confirmation_email": True, "returns.request_via": "EMAIL", "fault.photos_min": 1,
                "fault.photos_of": {"ISSUE"}},
        unplaced=("deducted from your refund",),
        read=READ83,
    ),
    "powergenerators": Label(
        "https://powergenerators.us/return-policy", "test83",
        facts={
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "fees.restocking_percent": "15",
            "fees.waived_when_merchant_at_fault": True,
            "fault.reasons": {"DEFECTIVE"},
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                       "ACCESSORIES_INCLUDED"},
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"PERSONALIZED|OTHER:customized", "OTHER:standby"},
            "refund.inspection": True,
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
        },
        either={"fault.reasons": {"WRONG_ITEM"}, "refund.original_shipping": "NEVER",
                "returns.request_required_before_shipping": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:started|OTHER:fuel|OTHER:used"}},
        unplaced=("our provided shipping labels", "fail inspection", "missing components", "drain all fuel"),
        read=READ83,
    ),
    "refinedlsgroup": Label(
        "https://refinedlsgroup.shop/?p=10", "test83",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"CLEARANCE|FINAL_SALE", "OTHER:accessor|OTHER:cartridge|OTHER:filter"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
            "instructions.tracked_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(7, 10, "BUSINESS"),
            "refund.original_shipping": "NEVER",
            "resolutions.exchange": "ALWAYS",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"instructions.address_on_request": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:modified"}},
        unplaced=("explain the decision", "gift recipients"),
        read=READ83,
    ),
    "fenceweb": Label(
        "https://fenceweb.com/customer-service/return-policy", "test83",
        facts={
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "fees.restocking_percent": "20",
            "refund.original_shipping": "NEVER",
            "exclusions": {"PERSONALIZED|OTHER:fabricated|OTHER:special", "OTHER:electronic"},
            "shipping.default.payer": "CUSTOMER",
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "instructions.pack_securely": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:installed"}},
        unplaced=("product's manufacturer", "rma number on the package", "deductions from the refund amount",
                  "additional handling fee", "higher restocking fees"),
        read=READ83,
    ),
}
