"""The test84 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test84.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ84 = "2026-12-06 (session 19, set test84)"

# --- an eighty-fourth test set, 2026-12-06 session 19: twelve new pages of kinds of sport and outdoor shops (yoga mats,
# gym equipment, fishing tackle, golf equipment, camping gear, archery supplies, skateboards, kayaks and paddles, martial
# arts supplies, tennis equipment, ski equipment, and the spare kind rock climbing gear in place of hiking boots), the
# first result per query ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`) that
# is a shop of that kind's own return or refund policy in English (not a template with blanks, not an article, blog,
# marketplace, platform help or product page, at least 800 characters of policy), whose domain is not in
# /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a set built at the same time. Left for the next
# session: held out until measured once.
# Skipped on the way: yoga mats' yogamata.co.uk (a page whose stored opening is shipping only, no return rule, as test68
# found it), yogaaccessories.com, bodybyyoga.training, satyayogamat.com and yogaunited.com (used), so selamtayoga.com;
# gym equipment's flexgymgear.com (a template: "Last Updated: [Insert Date]") and po-er-ym.guru (used), so
# connectedfitnessltd.com; fishing tackle's tackledirectshop.com, sportsmansfinest.com, fishingsportsupply.com,
# tackleexpressfishing.com and atozadvert.wixsite.com (used), so jamestackle.net; golf equipment's shopday.com (a third
# party's summary of Worldwide Golf Shops' policy, not the shop's own page), eatsip365.com (blog articles, ranks 2, 4 and
# 5), golfgearbox.com (used), youthfulenergyshoes.com (a footwear brand's page that names golf shops only as other
# retailers, as test68 judged it) and thegolflocker.co.za (used), so golfguiders.com (rank 8); camping gear's
# yukioyamai.com (used; ranks 1 and 4), homedecorhouse.shop (a home decor shop's page that names camping only as a busy
# season, starting mid-policy with its email address lost, as test68 judged it), imsurvival.com, uscampinghiking.com,
# campgear.online and campinggearoutlet.com (used), so support.joolca.com (keyed "joolca": the help centre of Joolca, a
# shop of outdoor and camping showers and hot water, its own returns article, not a platform's help); archery supplies'
# outdoorprimers.com, baystatearchers.com, xquestarcheryproshop.com and archeryspecialtystore.com (used), so
# quicksarcheryshop.com (Archery Gear Shop); skateboards' statementskateboarding.com (used), skategearpro.com (a
# template: "Last Updated: [Insert Date]"), skatepulse.shop (used), rollersportshop.com (a template: "Last updated:
# [Insert Date]", and a roller-skate shop), skatetek.com, skateshop412.com and peopleskateandsnowboard.com (used), so
# theskatestore.co.uk (rank 8); kayaks and paddles' lovekayakshop.com (used), so kayakingclubsports.com (Paddle Play
# Shop); martial arts supplies' themartialartsstore.com (used) and 6tigers.ca (a martial arts school's terms: memberships,
# gradings and camp fees beside the uniforms and sparring gear it sells to its students; not a supplies shop), so
# eclipsefightgear.com; tennis equipment's matchpointstore.com, jysports.com.au, playtennissports.com (ranks 3 and 4) and
# tennisgearsport.com (used), and poviss.com (a template: "(Modify this list according to your shop's product lineup.)",
# and a table-tennis shop), so tennispointstore.com (Sports Tennis Gear); hiking boots gave nothing: none of its eight
# results is a hiking-boot shop (loaferz.shop, solefindr.shop and shoehiver.shop: shoe shops whose pages name no goods;
# romitelliboots.com: a product page of riding boots; dutybootshop.com: a duty-boot shop; ofboots.com: a boot shop with
# dutybootshop's text, naming no hiking boots; hunter-canada.com: a rain-boot brand; kiplingshoe.com: a shoe store's
# in-store policy with a work-boot warranty), so the spare kind rock climbing gear, whose officialstonemonkey.com,
# climb-gear.com, climbinggearstore.click and kruto.cz are used, so svclimbinginfo.wixsite.com (keyed "svclimbinginfo":
# S.V. Climbing's own Wix page, not the platform's help); ski equipment's tygartmountainsports.com (an FAQ whose stored
# opening is ski rentals and shipping, no rule for returning goods), ski-depot.com and jans.com (used), skishoppeltd.com
# (a page whose stored opening is shipping only), snowsportsoutlet.com (a shipping page whose stored opening stops one line
# into its returns, far under 800 characters of policy) and skiisandbiikes.com (used), so northernskiworks.com. The spare
# kind equestrian apparel was not needed. (youthfulenergyshoes.com and homedecorhouse.shop were claimed in claimed.txt
# before they were judged and skipped; the claims were left, so no set takes them.)
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence: connectedfitnessltd,
# jamestackle, golfguiders, joolca, quicksarcheryshop, theskatestore (in its delivery prices), kayakingclubsports,
# eclipsefightgear, tennispointstore, northernskiworks; selamtayoga and svclimbinginfo are whole).
# Unsure: golfguiders' page names no golf goods (digital products, gift cards and items with tags and components), so it is
# taken as a golf shop by its name, as test72 took flykite; its "Final Sale" and "Clearance" marks are one key, the mark of
# anything "otherwise indicated as non-re[turnable]" an either (the text stops there), and "used, altered, or damaged by
# the customer may not qualify" a refusal (NOT_ALTERED a fact, WORN_OR_DAMAGED an either, convention 4); joolca's "contact
# us on this link (and choose "Refund request")" is taken as an online form (WEBSITE a fact), its guarantee on "every product
# that you order from our website" as web orders (an either), "there are no fees" as no restocking fee (an either), "we
# will email you with more detailed instructions" as the address (an either) and "ship the items back in the original
# p[ackaging]" as secure packing (an either); selamtayoga's returns "minus the shipping cost" may mean the original
# delivery or the return postage (both eithers), its 72 hours from receipt a 3-day fault window (convention 14), its
# "request for refund/exchange" offered for damage and defects only (exchange MERCHANT_AT_FAULT), its returns "processed
# in no later than ten (10) business days" the refund's processing, its contact "prior to mailing returns" a request before
# shipping (a fact) and its "insured and tracking-enabled mail" both recommendations as facts; connectedfitnessltd counts
# its 14 business days from purchase (a fact) though a partial-refund line counts them from delivery, takes "processing of
# refunds can take 3-5 business days, depending on your credit card provider" as the typical arrival (the processing an
# either), and has the customer contact it "in advance" before it requests the return (a request before shipping, a fact;
# its "locations page" is no online form, so EMAIL an either); jamestackle's policy "(for online store ONLY)" an either for
# web orders, its "full refund" for damaged parcels an either (no word of shipping), its fee waived for an exchange of equal
# value unplaced, and its "VISUAL PROOF REQUIRED (Photo/Video)", inside a partial-refund line, not taken as fault photos;
# theskatestore's "refund, credit or exchange" makes store credit an either (credit may be a card credit), its "extra 14
# days to return goods" after notifying an either ship-within (counted from the notice, not from instructions) with the
# 28-day cap unplaced, its wish to hear of faults "within 48 hours" unplaced beside the 30 days it allows (the fault window,
# a fact), and its "not fit for purpose" not read as NOT_AS_DESCRIBED; kayakingclubsports' "processing time: 5-7 business
# days (varies by financial institution)" is the processing (the arrival an either), its "copy of your order confirmation"
# in the parcel an either for proof of purchase, and the reason in its email template an either (as quicksarcheryshop's);
# eclipsefightgear's "soiled" an either NOT_STAINED, its refusals of goods smelling of smoke, covered in pet hair or packed
# too tightly unplaced (no condition item holds them), "merchandise you have had over 30 days" its 30-day window (counted
# from delivery, an either), the actual shipping charge taken off free-shipped refunds unplaced (the deduction has no
# amount), "procedures not for eBay customers" an either for web orders, and "a RA ... is not necessary" for exchanges
# unplaced; svclimbinginfo's exchange "for the same item" for defective or damaged goods kept as EXCHANGE (beside the
# replacement or refund of its manufacturer-defect section), its store credit that "may be offered" an either, its
# "resellable condition" not read as ORIGINAL_CONDITION and its "promotional items" taken as sale goods (convention 16);
# northernskiworks' refund "less any applicable shipping charges" taken as the original shipping kept (a fact: its note
# on free-shipped items is the outbound cost), its 10% fee on returns received after 30 days unplaced though items "must
# be back in our store within 30 days", and its international paragraph unplaced sentence by sentence.
# Audit (session 19, by an engineer who had not read the drafter; every page found in the corpus at its address, joolca's
# help-centre article and eclipsefightgear's page by their own words, and read against its label and rewrite): joolca's
# "contact us on this link (and choose 'Refund request')" names no form, portal or account page, only "contact us" and a
# link (convention 1), so WEBSITE moves from the facts to `either` (earlier "click here" lines split 3 facts to 3 eithers,
# and wyomingbeadsupplies' "contact link" is an either); its "if your order arrived damaged and you want to return it ...
# contact us" adds DAMAGED to fault.reasons as a fact (20 of the 23 earlier pages saying "if your order arrives damaged"
# label it a fact); its "how do I start a return? contact us" with instructions emailed "when you claim" adds
# returns.request_required_before_shipping as an either (every earlier label of a page that emails instructions once asked
# takes it as a fact or an either but stabilitybands, and the ones naming no approval, satyayogamat, bgggameshop, caleblens
# and tinysoulsmedia, as an either); its "ship the items back in the original p[ackaging]" becomes an either of
# requirements.condition ORIGINAL_PACKAGING instead of instructions.pack_securely (amchesseq, thespicerack, kebeixuan,
# ihealthtran and groomingstore all read "send the items back in their original packaging" as that condition, none as
# packing). theskatestore's "for refund, credit or exchange" makes store credit a fact, moved from `either` (rpmarms,
# erpiano and directcompostsolutions take "a refund, a credit or an exchange" so, webcamproshop alone as an either).
# kayakingclubsports' "include a copy of your order confirmation" makes proof of purchase a fact, moved from `either` (16 of
# the 19 earlier labels of a page asking for a copy of the receipt, invoice or order confirmation in the parcel; motopartsshop,
# kits and atozadvert took it as an either). eclipsefightgear's "weapons unless defective" adds DEFECTIVE to fault.reasons and
# fault.overrides_exclusions, both facts (of the 19 earlier pages refusing goods "unless defective", 17 label DEFECTIVE a fact
# and 13 the override); its "new merchandise suitable for resale" adds ORIGINAL_CONDITION and UNUSED to its condition `either`
# (18 of the 21 earlier labels of goods "fit for resale" take ORIGINAL_CONDITION, 12 as an either; "new" is convention 3's
# "as new", UNUSED an either). svclimbinginfo's exchange "for the same item" of defective or damaged goods is a replacement
# (REPLACEMENT, already a fact from its manufacturer-defect section), so EXCHANGE among fault.remedies and resolutions.exchange
# MERCHANT_AT_FAULT move to `either` (webcamproshop's "a defective item may be exchanged for the same item" is REPLACEMENT
# only; realfishbait, yasrug and themirrormirrorshop keep the exchange an either; freshc, offering "a replacement or an
# exchange" side by side, has both); its "resellable condition" adds ORIGINAL_CONDITION as an either (the same 18 of 21);
# its "gift cards and promotional items" key also accepts FREE_GIFT, as scooterfull's and walleteras' same words took it.
# northernskiworks' international "unless the product is defective or damaged in shipment - all sales are final" adds DAMAGED
# to fault.reasons as an either (an exception inside a rule for international orders only; its sentence stays unplaced).
# The rewrites already stated all of this; sentences that kept a run of the page's words were reworded (connectedfitnessltd's
# refund time; jamestackle's policy length; golfguiders' window, proof and gift-card lines and its final-sale lead; joolca's
# opening, brand-new answer and claim line; quicksarcheryshop's proof line, protective-gear list and instructions step;
# theskatestore's packaging-and-receipt line; tennispointstore's ball-seal and refund lines; svclimbinginfo's condition,
# exchange and fallback lines), every cue kept word for word; the runs left are headings, addresses and the phone number,
# email-template fields, product lists and cues. Seen, not changed: golfguiders is a golf shop by its name only (its stored
# opening names no golf goods), its "used, altered, or damaged ... may not qualify" read as quorvexxthor's "installed,
# modified or damaged may not be accepted" (NOT_ALTERED a fact, WORN_OR_DAMAGED an either), its "website and mobile app" no
# sales channel (two channels, as guitareffectspedals' website-and-phone line took none); joolca's check that everything came
# back "in full" with no damage left to the inspection (the page welcomes use and no brand-new condition), its "no fees" an
# either of no restocking fee (as pillows2u); selamtayoga's "minus the shipping cost" kept as two eithers (of the five earlier
# pages where such a line is the only word on shipping refunds, four take original shipping NEVER as an either);
# connectedfitnessltd's window from purchase kept (15 of the 28 earlier labels of its template, with the partial-refund line
# "returned more than N days after delivery", take PURCHASE as a fact, 5 DELIVERY), its "processing of refunds can take 3-5
# business days, depending on your credit card provider" kept as the typical arrival (as most "takes N days, depending on your
# bank" lines), its last line, cut off at "delivered, and/or d", given no cue; theskatestore's "retain your proof of postage"
# kept unplaced (as yourschooluniform's proof-of-posting line), its "not fit for purpose" not NOT_AS_DESCRIBED;
# quicksarcheryshop's and kayakingclubsports' reason, asked only in the email template, kept an either (earlier template-only
# pages: horsesportshop and graphicteessale an either, mowerszone a fact; the pages with a separate "why you are returning"
# line take it as a fact); eclipsefightgear's "soiled" kept an either NOT_STAINED (as pajamashoppe, larenzo, learnandgrowtoys
# and safetygearonline), its eBay line an either (one earlier page, mrsweeandmrpoo, took an eBay line as a fact: no majority);
# northernskiworks' "less any applicable shipping charges" kept as original shipping NEVER, a fact (its "see below" points to
# the outbound cost of free-shipped items). Nothing else changed.
LABELS: dict[str, Label] = {
    "selamtayoga": Label(
        "https://www.selamtayoga.com/r-e-t-u-r-n-p-o-l-i-c-y", "test84",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            **_w(3, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REFUND", "EXCHANGE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            **_w(30, "DELIVERY"),
            "returns.request_required_before_shipping": True,
            "instructions.insured_shipping_recommended": True,
            "instructions.tracked_shipping_recommended": True,
            "refund.processing": _r(0, 10, "BUSINESS"),
            "requirements.condition": {"NOT_ALTERED"},
        },
        either={"returns.request_via": "EMAIL", "refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER",
                "exclusions": {"WORN_OR_DAMAGED|OTHER:altered|OTHER:damaged"}},
        unplaced=(),
        read=READ84,
    ),
    "connectedfitnessltd": Label(
        "http://connectedfitnessltd.com/returns-refunds-exchanges", "test84",
        facts={
            **_w(14, "PURCHASE", "BUSINESS"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:gift card", "OTHER:wearable|OTHER:lifting belt|OTHER:clothing|OTHER:weighted vest",
                           "OTHER:rubber resistance|OTHER:resistance", "OTHER:book", "OTHER:dvd"},
            "requirements.proof_of_purchase": True,
            "returns.request_required_before_shipping": True,
            "refund.inspection": True,
            "refund.confirmation_email": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(3, 5, "BUSINESS"),
        },
        either={"returns.request_via": "EMAIL", "refund.processing": _r(3, 5, "BUSINESS")},
        unplaced=("back to the manufacturer", "only partial refunds are granted"),
        read=READ84,
    ),
    "jamestackle": Label(
        "https://jamestackle.net/pages/return-exchange-refund-policy-for-online-store-only", "test84",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DAMAGED"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "fees.restocking_percent": "10",
            "exclusions": {"OTHER:gift card", "CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:light|OTHER:flashlight|OTHER:headlamp",
                           "OTHER:wearable|OTHER:shirt|OTHER:diving mask"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "refund.inspection": True,
        },
        either={"fault.full_refund": True, "refund.confirmation_email": True, "sales_channels.allowed": ["web"]},
        unplaced=("do not return nor discard", "not charge the 10% restocking fee", "only partial refunds are granted"),
        read=READ84,
    ),
    "golfguiders": Label(
        "https://golfguiders.com/returns", "test84",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING",
                                       "ACCESSORIES_INCLUDED", "NOT_ALTERED"},
            "requirements.proof_of_purchase": True,
            "returns.request_required_before_shipping": True,
            "exclusions": {"OTHER:digital|OTHER:download|OTHER:e-book|OTHER:software", "OTHER:gift card",
                           "FINAL_SALE|CLEARANCE"},
        },
        either={"returns.request_via": "EMAIL",
                "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:altered|OTHER:damaged", "NON_RETURNABLE_MARK"}},
        unplaced=(),
        read=READ84,
    ),
    "joolca": Label(
        "https://support.joolca.com/hc/en-us/articles/219913948-Returns-Information", "test84",
        facts={
            **_w(30, "DELIVERY"),
            "fault.reasons": {"DAMAGED"},
            "shipping.default.payer": "MERCHANT",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.inspection": True,
            "refund.processing": _r(0, 10, "BUSINESS"),
        },
        either={"sales_channels.allowed": ["web"], "fees.restocking_percent": "0", "instructions.address_on_request": True,
                "returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True,
                "requirements.condition": {"ORIGINAL_PACKAGING"}},
        unplaced=(),
        read=READ84,
    ),
    "quicksarcheryshop": Label(
        "https://www.quicksarcheryshop.com/returns-exchanges", "test84",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:protective gear|OTHER:arm guard|OTHER:glove|OTHER:finger tab", "OTHER:arrow lube|OTHER:lube",
                           "PERSONALIZED|OTHER:custom", "OTHER:book"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "instructions.address_on_request": True,
            "instructions.tracked_shipping_recommended": True,
        },
        either={"refund.response_business_days": 2, "requirements.reason_required": True},
        unplaced=("recommend additional padding",),
        read=READ84,
    ),
    "theskatestore": Label(
        "https://www.theskatestore.co.uk/pages/returns-delivery-policy", "test84",
        facts={
            **_w(14, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "NOT_WORN", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "fault.reasons": {"DEFECTIVE"},
            **_w(30, "DELIVERY", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "resolutions.store_credit": "ALWAYS",
        },
        either={"instructions.ship_within_days": 14,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:marked|OTHER:damaged"}},
        unplaced=("28 days total", "within 48 hours", "senders name and address", "retain your proof of postage"),
        read=READ84,
    ),
    "kayakingclubsports": Label(
        "https://www.kayakingclubsports.com/returns-exchanges", "test84",
        facts={
            **_w(15, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "ACCESSORIES_INCLUDED"},
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:safety equipment|OTHER:safety"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.proof_of_purchase": True,
        },
        either={"refund.typical_arrival": _r(5, 7, "BUSINESS"), "refund.response_business_days": 2,
                "requirements.reason_required": True},
        unplaced=(),
        read=READ84,
    ),
    "eclipsefightgear": Label(
        "http://eclipsefightgear.com/returnprocedures.htm", "test84",
        facts={
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"NOT_WASHED", "NOT_WORN", "NOT_ALTERED"},
            "exclusions": {"OTHER:discontinued", "PERSONALIZED|OTHER:custom|OTHER:special order", "OTHER:dvd|OTHER:video|OTHER:music",
                           "OTHER:weapon", "OTHER:personal item|OTHER:cup|OTHER:mouth piece|OTHER:supporter"},
            "returns.window.days": 30,
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DEFECTIVE"},
            "fault.overrides_exclusions": True,
        },
        either={"returns.window.starts": "DELIVERY", "requirements.condition": {"NOT_STAINED", "UNUSED", "ORIGINAL_CONDITION"},
                "sales_channels.allowed": ["web"],
                "exclusions": {"WORN_OR_DAMAGED|OTHER:worn|OTHER:washed|OTHER:soiled|OTHER:damaged"}},
        unplaced=("actual shipping charge will be subtracted", "pack equipment loosely", "in a box not a paper envelope",
                  "leave straps unfastened", "enclose your order", "smells like cigarette smoke", "covered in pet hair",
                  "packed too tightly", "uniforms are still in new condition", "return to sender on punching bags",
                  "return authorization is not necessary"),
        read=READ84,
    ),
    "tennispointstore": Label(
        "https://www.tennispointstore.com/returns-exchanges", "test84",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:itf", "OTHER:box of balls|OTHER:ball", "OTHER:practice ball"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"refund.response_business_days": 1},
        unplaced=("original packaging for rackets and shoes", "completed return form", "shipped via your preferred method"),
        read=READ84,
    ),
    "svclimbinginfo": Label(
        "https://svclimbinginfo.wixsite.com/svclimbing/english-refund-policy", "test84",
        facts={
            **_w(14, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:safety equipment|OTHER:rope|OTHER:harness|OTHER:carabiner|OTHER:belay",
                           "PERSONALIZED|OTHER:custom|OTHER:special-order", "OTHER:gift card",
                           "CLEARANCE|FINAL_SALE|FREE_GIFT|OTHER:promotional"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:damaged"}, "fault.overrides_exclusions": True,
                "resolutions.store_credit": "MERCHANT_AT_FAULT", "fault.remedies": {"EXCHANGE"},
                "resolutions.exchange": "MERCHANT_AT_FAULT", "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("processed in-store", "subject to product availability", "reserved an item via email",
                  "pick up a reserved item within 14 days"),
        read=READ84,
    ),
    "northernskiworks": Label(
        "https://northernskiworks.com/returns", "test84",
        facts={
            **_w(30, "PURCHASE"),
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:closeout"},
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "requirements.condition": {"UNUSED", "NOT_WORN", "TAGS_ATTACHED"},
            "refund.original_shipping": "NEVER",
            "refund.inspection": True,
            "shipping.default.payer": "CUSTOMER",
        },
        either={"fault.reasons": {"DAMAGED"}},
        unplaced=("current season", "all sales are final", "contact us to discuss", "all associated customs",
                  "subject to a 10% restocking fee", "non-refundable shipping charge", "highly discourage"),
        read=READ84,
    ),
}
