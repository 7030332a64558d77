"""The test90 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test90.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ90 = "2026-12-06 (session 19, set test90)"

# --- a ninetieth test set, 2026-12-06 session 19: twelve new pages of kinds of hobby and leisure shops (board games,
# model kits, sewing machines, fabric, guitars, drums, vinyl records, comics, trading cards, art supplies, and the spare
# kinds stamps in place of jigsaw puzzles and chess sets in place of knitting yarn, whose first pages of results gave
# nothing; art supplies gave nothing too once both spare kinds were taken, so it was asked again in other words, as
# test67, test78 and test87 did for their empty kinds), the first result per query ("<kind> shop return policy refund
# exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy in
# English (not a template with blanks, not an article, blog, marketplace, platform help or product page, at least 800
# characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a
# set built at the same time. Left for the next session: held out until measured once.
# Skipped on the way (69 results, repeats counted): board games' boardgm.com (used), boardgamerags.com (print-on-demand
# goods chosen by size, such as clothing, not a board-game shop), gameistry.in, boardgamesand.com, greatgames.com.au,
# boardgm.com again and theboardgamelibrary.com (used), so funboardgaming.com (rank 8; the domain holds a second page,
# shipping-returns, not the address the query gave); jigsaw puzzles' carderpuzzle.com, antelopepuzzle.com,
# re-jigsaws.co.uk and jigsawpuzzlesmart.com (used), play-edzone.co.za (a template: "[Insert email]"), shutterpuzzle.com
# (used), jeremiahpuzzle.com (a product page, and a template: "[customer support email/phone number]") and
# izzipuzzle.com (used): none, so the first spare kind, stamps: none skipped (uspsohio.com); model kits'
# modelkittoys.com (used), so rctoysuk.com (the page of "Model Craft Shop"); knitting yarn's cowgirlbluesyarn.com,
# foryarnssake.com and knitty-noddy.com (used), hiddenpurls.com (a shipping-and-returns page whose stored opening is all
# shipping, no return rule), hypnoticyarn.com (used), silverliningyarns.com (a store-rules page: about 360 characters of
# return rules beside class cancellations), numei.com (used) and knittingpatch.com (a store-policies page: about 560
# characters of return rules beside cheque, payment and gift-certificate terms): none, so the second spare kind, chess
# sets: lovecoupons.ae (a coupon site's page about another shop) and amchesseq.com (used), so chessmaze.co.uk; sewing
# machines' sewingmachine.com (used), narmadasewingmachine.com (a template: "[your email/contact details]"),
# sewingcircles.com, stagecoachroadsewing.com and sew-santabarbara.com (used), shawnsewingcenter.rainadmin.com (a
# store-policies page: about 250 characters of return rules beside class and event terms) and sewingpartsonline.com
# (used), so sewmaxindustrial.com (SewMax, industrial sewing machines; rank 8); fabric's pettingfabric.com,
# designmyfabric.com, mashemodern.com, usfabricshop.com, serendipitywoods.com and fabricdepot.com (used), so
# revolutionfabricsshop.com (rank 7); guitars' baltimoremusiccompany.com, hanksguitarshop.com, carlinoguitars.com,
# indianamusicgarage.com and guitarshopstores.com (used), returnszilla.com (an article) and reverb.com (a marketplace's
# shop page), so crafibes.shop (rank 8); drums' reveriedrums.com and drumshopglasgow.co.uk (used), so
# drumcenternh.freshdesk.com (Drum Center of Portsmouth's own help-desk article; named by the shop, not "freshdesk";
# the same address came again at rank 8 with another stored text, the first taken); vinyl records' recordstore.au,
# afkbooksandrecords.com, vinyl.com, thecosmicpeddler.com, recordsonmain.com and jumndrndaii.bigcartel.com (used) and
# undergroundknowledge.co.uk (a terms page whose return rule is one short paragraph, far under 800 characters), so
# highfidelityvinyl.com (its page at a /de/ address, written in English; rank 8); comics' spandexcity.com, twice
# (used), so thecomicconstruct.com; trading cards' tradingcardsuk.com (used), so tradingcards.co.nz; art supplies'
# rainadmin.com (used), theartcoop.com (a product page), merriartist.com (used), artshopnc.com (a gallery's artwork
# exchanges, not art supplies), jennyshawart.com (an artist's product page), kidsartsuppliesus.com and coolartmall.com
# (used) and shop.haverfordguild.org (a guild's shop of its artists' work, returns settled with each artist): none, and
# no spare kind left; a second query ("art supplies store returns policy refund") gave rainadmin.com (used),
# theartcoop.com (the product page again) and merriartist.com (used), then theartstorecny.com (The Art Store; rank 4).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence or mid-word:
# funboardgaming, rctoysuk, sewmaxindustrial, crafibes, drumcenternh, thecomicconstruct, theartstorecny; a cut-off last
# sentence is left out of the label). Addresses shown as "[email protected]" on funboardgaming, rctoysuk, crafibes
# and theartstorecny are email addresses hidden by the page's host, so they name email (convention 1).
# The pages are rewritten whole in rewritten_test90.py, with no run of more than six of a page's words outside its
# headings, layout and address lines and its cues; two cues were seven of the page's words and were shortened with the
# rewrite (crafibes' "partial charge of the actual shipping costs" to "partial charge", highfidelityvinyl's "once the
# defective record has been returned" to "once the defective record is back"), the sentences they find unchanged.
# Unsure: crafibes' page never names its goods (taken as a guitar shop by the query and its "playability of the
# instrument", wood grain and finish flaws), and uspsohio's names only its email, "stampsshopinc" (taken as a stamp
# shop); funboardgaming refuses "Opened or used games (unless defective)", a refusal of items in a state (UNUSED a fact
# beside its "unused" condition, the WORN_OR_DAMAGED key, the override and DEFECTIVE eithers, as petrabbitsupplies), its
# "We recommend using a trackable shipping service and purchasing shipping insurance for valuable items" read as tracked
# shipping always (a fact) and insurance for valuable items (an either), its reply "within 2 business days with return
# instructions" an either answer (convention 9), and its "received and inspected (usually within 3-5 business days)" in
# a cut-off sentence kept only as the inspection; rctoysuk's "Assembled or started model kits" is a refusal of kits in a
# state (the WORN_OR_DAMAGED either, convention 4), its "Include a copy of your order confirmation" proof of purchase,
# its numbered "Receive Authorization" step the request before sending (a fact, as modelkittoys, of the same wording);
# uspsohio's defects reported "within 7 days" from no stated event (the days a fact, DELIVERY an either) and its
# "contact us before returning" with the email in the contact section (EMAIL and the request before sending facts, the
# return address sent on request a fact, as weddingcufflink and dorandtan); chessmaze's "14-day notification period,
# with an additional 16 days from the date of receipt, totaling 30 days" taken as a 14-day window to ask (DELIVERY an
# either, the 16 more days unplaced), its "excellent resalable retail condition" an either ORIGINAL_CONDITION (as
# merriartist and plumbingsupply), its refund "after receiving the unused, good-condition item" an either inspection,
# its Parcel Force and Parcel2Go, named for their rates, an either of carrier examples, its exchange as a refund and a
# new order the reorder hint (exchange NEVER an either, as partysuppliesuk); sewmaxindustrial accepts returns "only if
# there is as major breakage of an integral component or some major factory defect" (DEFECTIVE a fact, DAMAGED and
# returns.only_at_fault eithers, the sentence unplaced as shiftcase's), and its warranty service's "shipping both ways"
# unplaced, not the return payer; revolutionfabricsshop's 30 days "of the invoice date" (PURCHASE an either, as
# cribandkids and dogbedmart), its "No returns without written authorization" the request before sending (no channel),
# its cut fabric a category (OTHER:cut, as pettingfabric), its altered or processed items a refusal of items in a state
# (NOT_ALTERED a fact, the WORN_OR_DAMAGED either), its return label "for defective items" the shop paying at fault with
# "will cover shipping costs for replacements" a replacement for faults, the customer paying otherwise an either, its
# headings "Return and Exchange Policy" and "Returns and Exchanges" an either exchange (convention 12), and its code
# "swatches10" used on yardage cancelling the order taken as a cancellation rule (unplaced); crafibes names both an
# email and "manage your orders from your account" (EMAIL taken, as light-garden), its "New items must have all original
# packaging and materials and have no signs of use" leaves UNUSED an either (a rule for new items), its "including
# bundles/add on purchases" an either whole-set return, its refusal of items "not received back in original condition"
# the WORN_OR_DAMAGED either beside a 20% fee for the same items (unplaced); drumcenternh's "used" goods are a kind it
# sells (pre-owned gear, OTHER:used), not a condition, its "call us ... or send an email" EMAIL (convention 1), its
# "original invoice / sales receipt and any other paperwork" proof of purchase with MANUALS_INCLUDED an either, its
# "free of any signs of use, wear" UNUSED with NOT_WORN an either (as cameragearpromo), and its 15% restocking fee only
# for items it cannot sell as they were sold (unplaced, no fee fact); highfidelityvinyl's damaged or lost parcels
# "entitled to exchange pr a replacement" (EXCHANGE and REPLACEMENT remedies with both resolutions for faults), its 3
# days from delivery, said of factory defects, the fault window, its "Returns are subject to approval, so contact us at"
# the request before sending with EMAIL (the instructions an either address on request), and its "may offer a
# replacement, store credit, or other remedy" an either store credit for faults; thecomicconstruct refunds nothing "for
# any reason other than damage" yet exchanges items "not fulfilled according to your order" (returns.only_at_fault an
# either; WRONG_ITEM a fault reason with EXCHANGE, as convention 22), its pictures of a damaged package and of damaged
# items both required (ISSUE and PACKAGING, as puppethut), its single issues and ratio bundles two excluded kinds, and
# its reshipping "at no extra cost to you" an either merchant-paid return; tradingcards refuses singles, graded cards,
# sealed products and accessories (everything it names; returns.enabled False an either), its wrong-card exception the
# fault override (a fact), its email for wrong cards the way to ask (EMAIL a fact); theartstorecny's "within 5 Business
# of days" the processing, its "may take 3-5 business days before your refund is officially posted" the extra delay
# (the typical arrival an either, as delice), its "We will also notify you of the approval or rejection" an either refund
# notice (convention 7), and its "exchange it for the same item" under "We only replace items if they are defective or
# damaged" an either exchange for faults with EXCHANGE an either remedy and the email an either channel (as gamerretail).
# Audit (session 19, by an engineer who had not read the drafter; every page found in the corpus at its address and read
# against its label and rewrite): sewmaxindustrial's "We will accept returns only if there is as major breakage of an
# integral component or some major factory defect" and thecomicconstruct's "Items may not be refunded for any reason
# other that damage" (its exchanges only for items "not fulfilled according to your order") take back nothing but faulty,
# damaged or wrong goods, so returns.only_at_fault moves from `either` to the facts on both: the earlier labels of pages
# that take back only such goods, with no other way back, take it as a fact by a clear majority (sterlinglens,
# fancyherhair, immersioncosmetics, mashemodern, thespiceculture, wowliquordiscounter, thepostureshop, smartviewhomes,
# chocolatebye, posterprintshop, myboots, assamicateas, invitationsbyluissanchez; shiftcase and calmmax took it as an
# either, the other either labels having another way back: comfygrace's swaps, andrescases' store credit, lightstrips'
# general returns, threestitchesshort's gift exchanges). sewmaxindustrial's "Return period is within 7 days of receipt of
# the machine", the time to send back such goods, moves from returns.window to fault.window (7 days from delivery, where
# sterlinglens, fancyherhair, immersioncosmetics and thepostureshop put the window of a shop that takes back only
# faults), the same days kept as a returns.window `either` for the page's own words "Return period". uspsohio's "Please
# contact us before returning an item" names no channel (its email stands under a separate line for questions), so
# returns.request_via EMAIL moves from the facts to `either` (convention 1; weddingcufflink and dorandtan, cited above
# for this reading, take EMAIL as an either, as do winesave, filters4h2o, thecheeseshopva and theturquoisechick of the
# same "contact us before" sentence). The rewrites already stated all of this; sentences that kept a run of seven of the
# page's words were reworded (funboardgaming's eligibility lead, crafibes' account and return-label lines,
# revolutionfabricsshop's quicker-services line), every cue kept word for word. Seen, not changed: tradingcards refuses
# its kinds one by one (singles, graded cards, sealed product, accessories, "not limited to") and never refuses returns
# as such, so its exclusions stay facts and returns.enabled False an either; chessmaze's "14-day notification period" is
# the window to ask (the model's window: how long after delivery a return may be asked for), its 16 more days unplaced
# (ctvcam took a like pair the other way; no majority either way); funboardgaming's "Opened or used games (unless
# defective)" is read as petrabbitsupplies read the same template's line (UNUSED a fact, the WORN_OR_DAMAGED and override
# eithers), DEFECTIVE an either as usopticscopes, underwearfashionus, sneakersgears, gaggiacaffeshop and dandyhorse took
# an "unless defective" no other sentence names, its insurance "for valuable items" an either as the seven earlier labels
# of the "worth more than $75" template take such insurance (jhoxes, of the same sentence, took it as a fact), and its
# inspection time "(usually within 3-5 business days)" left out, the reply "within 2 business days" kept as the answer's
# either (as ussportsshoeshop, the one earlier page with both, kept its reply to the request); drumcenternh's stored text
# is the one with "call us ... or send an email" (the corpus holds a second text at the same address, with two returns a
# year and a 15% fee on opened electronics), its "used" a kind of goods beside "all new items", its 15% fee only for
# items it cannot resell a fee that depends on the item's state (unplaced, as labels.py says); sewmaxindustrial's
# warranty "shipping both ways" is the warranty service's, not a return's (unplaced); crafibes' and uspsohio's goods,
# never named, decide nothing in their labels; theartstorecny's exchange for the same item stays an either, as 22 of the
# 27 earlier labels of that template took it. Nothing else changed.
LABELS: dict[str, Label] = {
    "funboardgaming": Label(
        "https://www.funboardgaming.com/returns-exchanges", "test90",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:personalized|OTHER:engraved",
                           "OTHER:downloadable|OTHER:digital", "CLEARANCE|FINAL_SALE|OTHER:clearance"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM"},
            "instructions.tracked_shipping_recommended": True,
            "refund.inspection": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used"}, "fault.overrides_exclusions": True,
                "fault.reasons": {"DEFECTIVE"}, "refund.response_business_days": 2,
                "instructions.insured_shipping_recommended": True},
        unplaced=(),
        read=READ90,
    ),
    "uspsohio": Label(
        "https://uspsohio.com/return-policy", "test90",
        facts={
            "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "fault.window.days": 7,
        },
        either={"fault.window.starts": "DELIVERY", "returns.request_via": "EMAIL"},
        unplaced=("shipping the exchange item back to you",),
        read=READ90,
    ),
    "rctoysuk": Label(
        "https://www.rctoysuk.com/returns-exchanges", "test90",
        facts={
            **_w(15, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "ORIGINAL_CONDITION"},
            "exclusions": {"OTHER:balsa", "PERSONALIZED|OTHER:custom|OTHER:special request",
                           "CLEARANCE|FINAL_SALE|OTHER:clearance|OTHER:sale"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "resolutions.exchange": "ALWAYS",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "requirements.proof_of_purchase": True,
            "instructions.tracked_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:assembled|OTHER:started"}, "refund.response_business_days": 2},
        unplaced=("shipping the replacement item to you",),
        read=READ90,
    ),
    "chessmaze": Label(
        "https://chessmaze.co.uk/pages/returns", "test90",
        facts={
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "returns.window.days": 14,
            "instructions.pack_securely": True,
            "instructions.insured_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.processing": _r(2, 6),
            "resolutions.reorder_hint": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "returns.window.starts": "DELIVERY",
                "resolutions.exchange": "NEVER", "instructions.carrier_examples": ("Parcel Force", "Parcel2Go"),
                "refund.inspection": True},
        unplaced=("returned to the sender", "additional 16 days", "free from parcel tape", "corner protectors",
                  "name, address, phone number"),
        read=READ90,
    ),
    "sewmaxindustrial": Label(
        "https://sewmaxindustrial.com/refund_returns/", "test90",
        facts={
            "returns.only_at_fault": True,
            **_w(7, "DELIVERY", prefix="fault.window"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "fault.reasons": {"DEFECTIVE"},
        },
        either={**_w(7, "DELIVERY"), "fault.reasons": {"DAMAGED"}},
        unplaced=("1 year limited warranty", "shipping both ways", "preventing a quick fix"),
        read=READ90,
    ),
    "revolutionfabricsshop": Label(
        "https://www.revolutionfabricsshop.com/pages/return-policy", "test90",
        facts={
            "returns.window.days": 30,
            "returns.request_required_before_shipping": True,
            "exclusions": {"OTHER:sample", "OTHER:cut", "PERSONALIZED|OTHER:custom|OTHER:special order",
                           "OTHER:discontinued"},
            "requirements.condition": {"NOT_ALTERED", "UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "fees.restocking_percent": "25",
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DEFECTIVE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.window.starts": "PURCHASE", "exclusions": {"WORN_OR_DAMAGED|OTHER:altered|OTHER:processed"},
                "resolutions.exchange": "ALWAYS", "shipping.default.payer": "CUSTOMER"},
        unplaced=("inspect for flaws", "filed with the shipping carrier", "qualified for free shipping",
                  "will cancel your order"),
        read=READ90,
    ),
    "crafibes": Label(
        "https://crafibes.shop/policies/refund-policy", "test90",
        facts={
            **_w(7, "DELIVERY"),
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "ORIGINAL_CONDITION"},
            "refund.inspection": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
        },
        either={"requirements.condition": {"UNUSED"}, "sets.return_whole_only": True, "instructions.pack_securely": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:original condition"}},
        unplaced=("postmarked within 7 days", "restocking fee of 20%", "heavy signs of use",
                  "partial charge", "not considered defects"),
        read=READ90,
    ),
    "drumcenternh": Label(
        "https://drumcenternh.freshdesk.com/support/solutions/articles/44000846551-return-policy", "test90",
        facts={
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            **_w(30, "DELIVERY"),
            "exclusions": {"OTHER:used", "CLEARANCE|FINAL_SALE|OTHER:clearance|OTHER:blowout", "OTHER:layaway",
                           "PERSONALIZED|OTHER:special|OTHER:custom", "OTHER:earplug|OTHER:hygiene"},
            "requirements.condition": {"ORIGINAL_PACKAGING", "UNUSED"},
            "requirements.proof_of_purchase": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
        },
        either={"requirements.condition": {"MANUALS_INCLUDED", "NOT_WORN"}},
        unplaced=("subject to a 15% restocking fee", "sticks or heads", "shipped to you for free"),
        read=READ90,
    ),
    "highfidelityvinyl": Label(
        "https://www.highfidelityvinyl.com/de/pages/vinyl-return-exchange", "test90",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.remedies": {"EXCHANGE", "REPLACEMENT", "REFUND"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            **_w(3, "DELIVERY", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
        },
        either={"resolutions.store_credit": "MERCHANT_AT_FAULT", "instructions.address_on_request": True},
        unplaced=("never arrived", "not considered damage", "once the defective record is back"),
        read=READ90,
    ),
    "thecomicconstruct": Label(
        "https://thecomicconstruct.com/pages/refund-policy", "test90",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT", "REFUND", "EXCHANGE"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            **_w(10, "DELIVERY", prefix="fault.window"),
            "exclusions": {"OTHER:single issue", "OTHER:ratio bundle"},
        },
        either={"shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("return to sender", "damaged from the distributor"),
        read=READ90,
    ),
    "tradingcards": Label(
        "https://tradingcards.co.nz/refund-policy", "test90",
        facts={
            "exclusions": {"OTHER:single", "OTHER:graded", "OTHER:sealed",
                           "OTHER:accessory|OTHER:toploader|OTHER:deck box|OTHER:sleeve"},
            "fault.reasons": {"WRONG_ITEM"},
            "fault.overrides_exclusions": True,
            **_w(14, "DELIVERY", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.enabled": False},
        unplaced=("28 internationally", "once we receive the product back", "free shipping coupon", "excess shipping"),
        read=READ90,
    ),
    "theartstorecny": Label(
        "https://www.theartstorecny.com/service/shipping-returns/", "test90",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 5, "BUSINESS"),
            "refund.additional_delay": _r(3, 5, "BUSINESS"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"refund.confirmation_email": True, "refund.typical_arrival": _r(3, 5, "BUSINESS"),
                "resolutions.exchange": "MERCHANT_AT_FAULT", "fault.remedies": {"EXCHANGE"},
                "returns.request_via": "EMAIL"},
        unplaced=("only partial refunds are granted",),
        read=READ90,
    ),
}
