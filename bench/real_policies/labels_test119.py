"""The test119 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test119.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ119 = "2026-12-07 (session 30, set test119)"

# --- a hundred-and-nineteenth test set, 2026-12-07 session 30: twelve new pages of kinds of hobby, vehicle and pet shops
# (3D printers and filament, drones, phone cases, car parts, motorcycle helmets and gear, electric bikes, board games,
# model trains, aquarium supplies, dog food and treats, vinyl records, art supplies; vinyl records gave none, so the spare
# kind knitting yarn took its place), the first result per query ("<kind> shop return policy refund exchange", read with
# the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy in English (not a template
# with blanks, not an article, blog, marketplace, platform help or product page, at least 800 characters of policy), whose
# domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a set built at the same time.
# Held out until measured once. Where the first query's eight results held none, one or two more queries in other words
# were read.
# Skipped on the way: 3D printers and filament: 3dgprinter.com (used), filamentfun3d.com (a template with blanks: "[your
# email/contact info]"), thefilamentdealer.com, iiidmax.com, 3dprinter-shop.com and printers-3d.co (used); a second query
# ("3D printer filament store returns policy refund") gave the same pages, then shop.jmotechnology.com (JMO Technology's
# filament return policy; rank 7). Drones: getdronetech.com, exadrones.com, shop.dronexperts.com, droneserviceshawaii.com,
# dronematters.com, shop.skyflow.ca, dronelabs.ca and derbyshiredrones.net (all used); a second query ("drone store
# returns and refunds policy") gave the same pages, then aerodrones.pro (AeroDrones.pro, at its ?p=1587 address; rank 6).
# Phone cases: myphonecase.store (a template: "[Please state your policy on return shipping costs ...]"), phone-casestores
# .com and caseforphoneshop.com (used), myphonecase.com (used), glowfate.com (a template blank: "{physical address}"),
# daisyscases.com (its whole policy about 760 characters, under 800) and andrescases.mt (used); a second query ("phone case
# store returns refund policy") gave the same pages and cellphonecases.com (used); a third ("mobile phone covers
# accessories shop refund returns exchange policy") gave applemobile.store first (a UK shop of mobile accessories whose
# page opens on phone cases, "every phone case, charger, screen protector, or earbud", taken as a phone-case shop, as
# test103 took shiftcase.in's cases and screen protectors). Car parts: trunkmonkeyparts.com, sfbenzparts.com (used),
# carparts-and-accessories.com (a template with blanks: "[number of days]"), hondapartsunlimited.com and
# amgcarpartsforsale.com (used), expbm.lv (EXPBMW, genuine BMW motorcycle parts, not a car parts shop, as test103 found),
# amautow.com and chassis.ng (used); a second query ("auto parts store returns refund policy core restocking fee") gave
# autopartsandstuff.com (its cores page, not its return policy), articles (visualfoodie.com, winenfood.com), heavytruckparts
# .net (a vendor marketplace's note), amgcarpartsforsale.com (used) and midtownauto.net (a core-charge note under 800
# characters); a third ("aftermarket car parts online store return policy refund exchange") gave the used pages and
# expbm.lv again, then parts.landrovervirginiabeach.com (a Land Rover dealer's parts shop; rank 6). Motorcycle helmets and
# gear: toroleather.com (used), motoroadgear.com (a template: "Last Updated: [Insert Date]", as earlier sets skipped such
# pages), motorhelmets.com, motoxtremegear.com (twice) and it.just1racing.com (used), visualfoodie.com (an article), then
# motorcyclegear.com (rank 8). Electric bikes: support.electricbikecompany.com (used), then bikelectricity.com (whose page
# names its shop Electricbikekart.com and opens on "Rambo Bikes" products). Board games: boardgm.com (used),
# boardgamerags.com (print-on-demand clothes in sizes, not a board-game shop), gameistry.in, boardgamesand.com,
# greatgames.com.au, theboardgamelibrary.com and funboardgaming.com (used); a second query ("board game store returns
# refund policy") gave amzassistant.com (a marketplace seller's listing), dawnfablepath.quest and boardgm.com (used),
# theboardgamelibrary.com (used), then shadowvynrealmfar.top (The Dice Den, a board-game shop; rank 5). Model trains:
# railroadtoymodels.com (twice), trainmodeldepot.com (twice), andysmodeltrains.com and trainztoys.com (used),
# trainz.com (a product page) and miniature-trains.co.uk (used); a second query ("model railway shop returns refunds
# policy") gave railwayscenics.com first (Railwayscenics, model railway scenery; its returns.php address without a
# session id, the corpus holding a second, later wording at a ?osCsid= address). Aquarium supplies: coralcollective.co.nz,
# 3dadam.myshopify.com, nocleanaquariums.com and saltwateraquarium.com (used), then aquariumenthusiasts.com (rank 5; about
# 1,150 characters, all policy). Dog food and treats: none skipped (stpetersbark.com, St. Pete's Bark, a dog-and-cat food,
# treats and supplies shop). Vinyl records: recordstore.au, afkbooksandrecords.com, vinyl.com, thecosmicpeddler.com,
# recordsonmain.com, jumndrndaii.bigcartel.com and highfidelityvinyl.com (used), undergroundknowledge.co.uk (a record
# shop's terms whose returns part is one sentence, under 800 characters); a second query ("record store vinyl LP returns
# refunds policy") gave the same pages and support.qrates.com (a vinyl platform's help page); a third ("used vinyl
# records online shop returns policy refund condition grading") gave undergroundalbums.com (a grading page whose stored
# opening holds one return sentence; searched again by its name, the same opening), tefteller.com, vinyl-minded.com,
# atlasrecords.co.uk and bobshop.co.za (grading pages and product pages): none, so the spare kind knitting yarn
# ("knitting yarn shop return policy refund exchange"): cowgirlbluesyarn.com, foryarnssake.com and knitty-noddy.com (used),
# hiddenpurls.com (its stored opening is all shipping terms, under 800 characters of return policy), hypnoticyarn.com
# (used), silverliningyarns.com (store rules, then about 370 characters of returns and a class-cancellation paragraph:
# under 800 characters of return policy for goods), numei.com (used) and knittingpatch.com (about 560 characters of
# returns among payment and gift-certificate terms); a second query ("yarn store returns and refunds policy") gave
# theyarnit.com first (TheYarnit). Art supplies: rainadmin.com (used), theartcoop.com (a product page),
# merriartist.com and artshopnc.com (used), jennyshawart.com (an artist's product page), kidsartsuppliesus.com and
# coolartmall.com (used), shop.haverfordguild.org (a guild's marketplace of artists); a second query ("art supply store
# returns refund policy paints brushes canvas") gave articles (eatsip365.com, winenfood.com), the used pages, shopro.in
# (a shop of painted artworks, not art supplies) and rainbowbrushstroke.com (a template blank: "[Your Email Address]"); a
# third ("artist supplies online shop return policy refund unused items") gave the used pages, makyn.me (a platform's
# note), then simonsartsupplies.com (Simon's Art Supplies; rank 6).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 24 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence or mid-word:
# jmotechnology (in its list of questions that do not qualify, "1. Filament seal i"), aerodrones (in its cancellations
# part, "If the product is"), applemobile (in its faulty-items list, "(at"), landrovervirginiabeach (in its wrong-part
# answer, "matches your vehic"), motorcyclegear ("Please don't use"), bikelectricity (in its exclusions note, "Please read
# the return policy"), diceden (in "How to Request a Refund"), railwayscenics (in its faulty-items part, "and ask"),
# theyarnit (after its international refund line), simonsartsupplies (in its account steps, "temporary login se")).
# Unsure: jmotechnology's "sealed filament" (UNUSED a fact, convention 11; the whole page is a filament return policy) and
# "It must be in new condition" (ORIGINAL_CONDITION a fact, as the earlier "new condition" labels), its "deduction for
# our shipping cost to ship your order out" read as the original shipping never refunded (a fact) with its measure "based
# on our cost and not the price payed" unplaced, its "within one week of giving your package to the return carrier"
# unplaced (a deadline from another event, as blackvue), its defective filament's "full refund including the price they
# payed for return shipping" (fault.full_refund and the shop paying return postage at fault, facts), its "Contact us at
# support@... to start the return process" (EMAIL a fact, asking first an either: no refusal, convention 20);
# aerodrones' refunds listed only for faults beside "Buyer's remorse after the drone has been flown" (returns.only_at_fault
# an either: a remorse refund before flying is left open), its "Proof-of-issue is required — photos, videos, or courier
# statements" (photos of the issue required, facts, as booksecondstory's "evidence (e.g., photos)"), its refusals of
# misuse, wear and tear and "unauthorized repairs or modifications" (NOT_ALTERED a fact, UNUSED and WORN_OR_DAMAGED
# eithers, convention 4), its "we may offer to replace rather than refund" once a defect is confirmed (REPLACEMENT with
# replacement at fault, facts, convention 13), its "Processing may take 5 to 10 business days depending on your bank"
# (typical arrival a fact, processing an either), its dispatched cancellations turned into returns (unplaced);
# applemobile's 30 days counted from the day after the order arrives (the legal 14 days it extends left in the rewrite as
# law, not a rule of the shop), its "opened or used" refusal (UNUSED a fact, WORN_OR_DAMAGED an either), its faulty items
# "Within 30 days ... a full refund" (a 30-day fault window with no start and fault.full_refund, eithers) with "Between 30
# days and 6 months" unplaced, DAMAGED a fact from its heading and its "cracked phone case straight out of the box";
# landrovervirginiabeach's "Most parts are returnable" (most_items_only a fact), its "Orders placed without a VIN" an
# exclusion in its own word (OTHER:vin), "resaleable" (ORIGINAL_CONDITION an either), its "request an authorization number
# first" with no refusal of unannounced parcels (an either, convention 20), its wrong part answered by sending "the right
# one" (a replacement at fault, as test108's karaoke page), its defects "notify us within 15 days of receipt to inquire
# about a parts warranty refund" (a 15-day fault window from delivery a fact, REFUND an either), its
# "Be sure to buy insurance" a fact; motorcyclegear's "Automated return authorizations can be requested for products
# ordered in the last 30 days" (30 days from purchase, facts), its "full refund or store credit" (store credit ALWAYS a
# fact, CUSTOMER_CHOICE an either), its $9.99 label deducted from the refund (the customer paying, a fact; the label's
# price unplaced: no label fee is a setting a label may hold), its "new, unused condition with factory tags and packaging
# (basically ... the same condition as when they were received)" (ORIGINAL_CONDITION a fact, convention 17), its return
# authorization through the website (WEBSITE a fact, asking first an either); bikelectricity's "Unused, uninstalled, and
# resalable merchandise in new condition" ("uninstalled" left with no condition item, as gragg), its "unless otherwise
# noted on the product page or below" (most_items_only an either, as earlier "unless otherwise stated"), its "notify us of
# your intent to return" (asking first and EMAIL eithers, convention 1), its policy that "applies to cancellations made
# after an item has been physically shipped" (cancelling before shipment an either, the rule itself unplaced), its
# "Products that are eligible for parts under manufacturer warranty" an exclusion (OTHER:warranty), its opened
# manufacturer packaging refused (UNUSED and ORIGINAL_PACKAGING facts, WORN_OR_DAMAGED an either); diceden's
# "original, unopened condition, including all packaging, components, and accessories" (four condition facts), its games
# "purchased from third-party sellers or marketplaces" refused (web sales a fact, as bynature), its "Promotional items,
# bundles, or discounted products" one key accepting CLEARANCE or FINAL_SALE (convention 16), its "report the issue
# promptly within the 3 days period" (the same 3 days as a fault window, an either), its "reserve the right to request
# photographic evidence" (an either, convention 15, as test108); railwayscenics' 14 days from receipt for every return (a
# fact) beside its Consumer Contracts Regulations right to cancel "within 14 working days from delivery", notice "by
# either post or email" (a rule for one kind of return, unplaced; EMAIL and the working days eithers), its goods to arrive
# "no later than 14 days from the date of the notice of cancellation" (ship_within_days 14 an either), its "Proof of
# Posting and also Proof of Delivery" taken as tracked shipping advised (a fact), its 25% fee for "Unsalable as new items"
# (a fee that depends on the item's state, unplaced), its "let us know about any faults" (DEFECTIVE a fact, convention 19);
# aquariumenthusiasts' "we do not offer returns at this time" beside refunds for defects through a dispute (returns off a
# fact: nothing is taken back even when faulty, convention 23; only_at_fault an either), its 15-day dispute window from
# "the time your product reached your shipping address" (the fault window, a fact), its "notified of the approval or
# rejection of your refund within 7 business days" (a reply to the claim, not to a received return: an either, convention
# 9; the notice names no email, an either, convention 7), its "sale items, may be excluded" (an either key, and
# most_items_only an either); stpetersbark's 10 days said of its food and of "All Other Items" alike (the window a fact),
# its non-food items' "unopened, completely unused" and "original packaging and tags" (eithers: a rule for the goods that
# are not food, while opened food comes back), its "refund, exchange, or credit" (exchange and store credit facts,
# CUSTOMER_CHOICE an either), its classes and events final (one key); theyarnit's "can't offer you a refund or exchange"
# after 30 days (exchange ALWAYS an either, convention 12), its free prepaid label "For domestic US refund requests" with
# a 15% restocking fee and international customers paying postage (the merchant paying and the 15% fee eithers, the
# international rules unplaced), its "Processing time for returns takes 5-12 Days" (unplaced beside the 3-5 business
# days to refund, a fact), its address given to those who send the item themselves (address on request, convention 10),
# its email on receipt and notice of approval (confirmation an either, convention 7); simonsartsupplies' return freight
# paid by the shop "only when merchandise is damaged due to shipping, shipped incorrectly, or defected" (DAMAGED,
# WRONG_ITEM and DEFECTIVE facts, convention 2) with the 15% restocking fee and the uncredited first shipping charged
# outside those cases (fees waived at fault a fact, original shipping refunded at fault an either), its "does not offer
# refund to credit card. Store credit or check" (store credit ALWAYS a fact, STORE_CREDIT as the method an either, the
# refusal of card refunds unplaced), its store credit code "issued via email" (confirmation an either), its "login to your
# account ... Completed Orders" (WEBSITE a fact), its "resellable condition" (ORIGINAL_CONDITION an either).
# Audit (session 30, by an engineer who had not read the drafter): each of the twelve pages was found again in the
# corpus at its labelled address (the `search` tool, corpus `pages`, by domain or shop name and "return policy";
# aerodrones' at the second of its two stored openings, the one that stops at "If the product is", railwayscenics' at its
# returns.php address without a session id) and its stored opening read against its label, fact by fact, `either` by
# `either` and cue by cue under conventions 1 .. 24, and against its rewrite (every fact, either and unplaced rule
# stated, nothing added, no run of seven of the page's words, every address and email domain *.example, every cue
# verbatim in it, each stopping where its page stops); every label cue is on its page. Changes, each checked against
# how the earlier rewritten pages' labels took the same words: applemobile's "Between 30 days and 6 months: We'll repair
# or replace it first (at" offers a replacement for faulty goods in one band of time, as its "Within 30 days: ... a full
# refund" offers the refund (REFUND a fact): the sentence stays unplaced, and REPLACEMENT among fault.remedies with
# resolutions.replacement MERCHANT_AT_FAULT are added as `either` (convention 13 pairs them; this set's railwayscenics
# keeps its change-of-mind sentence unplaced with its readings as eithers the same way); theyarnit names store credit
# only in its international bullets ("for both store credit and refund requests", "For international store credit
# requests"), its US terms speaking of "refund requests" only, so resolutions.store_credit ALWAYS moves from the facts
# to `either` (a rule for some returns is never a general setting; "domestic US refund requests" leaves room for US
# credit requests), and its "For international store credit requests, your store credit will be issued ... with 15%
# restocking fee", a rule for international returns that no setting holds, joins its other two international bullets
# as unplaced (cue "international store credit requests"; retroangels' "international purchases" and the international
# rules of test116 and test118 are unplaced the same way); theyarnit's "Give our friendly customer service team an email
# ... and we will provide a Return label", with the address given only to those who ask, adds asking first as an
# `either` (no refusal of parcels sent unannounced, convention 20; retroangels' form before its emailed label,
# silkflowersfactory's and trailstepshop's emailed labels and test115's theproteinworks are eithers too); jmotechnology's
# rewrite had the refund come "about one week after" the parcel is handed over where the page says "within one week",
# and now says "no later than one week after" (its cue unchanged). Seen, not changed: aerodrones' "Proof-of-issue is
# required — photos, videos, or courier statements" kept as required photos of the issue (15 of the 23 earlier
# rewritten pages that ask for photos or videos take photos_min 1 as a fact, 5 as an either), its refusals of
# "Unauthorized repairs or modifications" and "Wear and tear from regular use" kept as NOT_ALTERED a fact with UNUSED and
# WORN_OR_DAMAGED eithers (keytecha's and myhottub's same refusals take NOT_ALTERED a fact and wear as an either), its
# "If your refund is approved, the item must be returned" left with no asking first (pinetales' "once approved" takes
# none); jmotechnology's "All international sales are final" unplaced (as retroangels), its original shipping NEVER kept
# a fact beside fault.full_refund (the defective filament's full refund names the return postage, not the first
# shipping); landrovervirginiabeach's "Orders placed without a VIN" kept as an exclusion in its own word (armysurplusworld
# takes its refused kinds of orders, "large-quantity orders" and orders "shipped straight from the manufacturer", as
# OTHER exclusions), its "We do reserve the right to refuse and return any parts we find have been installed" left with
# no refund.inspection (amgcarparts, whose page says the same, has it as an either, veteransfordtampaparts' same rule
# has nothing); motorcyclegear's "Automated return authorizations can be requested for products ordered in the last 30
# days" beside its phone route kept as the 30-day window from purchase (dorandtan's and irrigationoutlet's "bought
# within the last 30 days" are facts); theyarnit's "we can't offer you a refund or exchange" kept as exchange ALWAYS an
# `either` (38 of the 49 earlier rewritten pages with those words have exchange as an either or not at all, 11 as a
# fact); railwayscenics' "Proof of Posting and also Proof of Delivery" kept as tracked shipping advised (a fact in 10 of
# the 18 earlier pages that ask for proof of posting, 3 eithers); simonsartsupplies' "original packing slip" kept as
# proof of purchase (6 of the 11 earlier pages that ask for the packing slip take it as a fact, 3 as an either). No
# rewrite holds a run of seven of its page's words (its runs of six are stock phrases, headings, names and cues).
LABELS: dict[str, Label] = {
    "jmotechnology": Label(
        "https://shop.jmotechnology.com/pages/return-policy", "test119",
        facts={
            **_w(15, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:clothing|OTHER:swag"},
            "fees.restocking_percent": "20",
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "returns.request_via": "EMAIL",
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "fault.full_refund": True,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"returns.request_required_before_shipping": True},
        unplaced=("all international sales are final", "within one week of giving your package",
                  "based on our cost and not the price", "within 15 days of testing completed", "proof of postage purchase",
                  "if deemed non-defective", "fail at least one of these two tests", "testing will start within 5 days"),
        read=READ119,
    ),
    "aerodrones": Label(
        "https://aerodrones.pro/?p=1587", "test119",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "requirements.condition": {"NOT_ALTERED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "instructions.pack_securely": True,
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(5, 10, "BUSINESS"),
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
        },
        either={"returns.only_at_fault": True, "requirements.condition": {"UNUSED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:misuse|OTHER:wear"}, "refund.inspection": True,
                "refund.processing": _r(5, 10, "BUSINESS")},
        unplaced=("lost during transit", "buyer's remorse after the drone has been flown",
                  "cancellations convert into return requests"),
        read=READ119,
    ),
    "applemobile": Label(
        "https://applemobile.store/pages/refund-policy", "test119",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "fault.reasons": {"DEFECTIVE", "NOT_AS_DESCRIBED", "DAMAGED"},
            "fault.remedies": {"REFUND"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used"}, "fault.window.days": 30,
                "fault.full_refund": True, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"},
        unplaced=("between 30 days and 6 months",),
        read=READ119,
    ),
    "landrovervirginiabeach": Label(
        "https://parts.landrovervirginiabeach.com/policies/returns", "test119",
        facts={
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "fees.restocking_percent": "15",
            "exclusions": {"OTHER:vin", "NON_RETURNABLE_MARK|OTHER:non-returnable", "OTHER:electrical"},
            "requirements.proof_of_purchase": True,
            "requirements.condition": {"ORIGINAL_PACKAGING", "UNUSED"},
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            **_w(15, "DELIVERY", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "resolutions.exchange": "ALWAYS",
            "instructions.insured_shipping_recommended": True,
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:installed"},
                "returns.request_required_before_shipping": True, "fault.remedies": {"REFUND"}},
        unplaced=("not responsible for returns that get lost",),
        read=READ119,
    ),
    "motorcyclegear": Label(
        "https://www.motorcyclegear.com/policies/refund-policy", "test119",
        facts={
            **_w(30, "PURCHASE"),
            "returns.request_via": "WEBSITE",
            "fees.restocking_percent": "0",
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
        },
        either={"refund.method": "CUSTOMER_CHOICE", "returns.request_required_before_shipping": True},
        unplaced=("multiple sizes/styles for try on", "cross ship", "return shipping label for just $9.99",
                  "no longer offer the label", "refused, undelivered, or abandoned", "returned cod will not be accepted"),
        read=READ119,
    ),
    "bikelectricity": Label(
        "https://bikelectricity.com/refund_returns", "test119",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "refund.original_shipping": "NEVER",
            "exclusions": {"NON_RETURNABLE_MARK|OTHER:non-returnable", "FREE_GIFT|OTHER:free gift",
                           "OTHER:warranty"},
            "shipping.default.payer": "CUSTOMER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.inspection": True,
        },
        either={"returns.most_items_only": True, "returns.request_required_before_shipping": True,
                "returns.request_via": "EMAIL", "cancellation.enabled": True, "cancellation.until_shipped": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:opened"}},
        unplaced=("rambo bikes product", "cancellations made after an item has been physically shipped",
                  "minus any applicable fees and charges", "file the claim with the carrier"),
        read=READ119,
    ),
    "diceden": Label(
        "https://shadowvynrealmfar.top/refund.html", "test119",
        facts={
            **_w(3, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "exclusions": {"PERSONALIZED|OTHER:customized|OTHER:personalized", "OTHER:digital|OTHER:downloadable",
                           "CLEARANCE|FINAL_SALE|OTHER:promotional|OTHER:discount|OTHER:bundle"},
            "sales_channels.allowed": ["web"],
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "INCOMPLETE"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used|OTHER:misuse"},
                "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}, **_w(3, "PURCHASE", prefix="fault.window")},
        unplaced=("subject to partial deduction",),
        read=READ119,
    ),
    "railwayscenics": Label(
        "https://www.railwayscenics.com/returns.php", "test119",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED"},
            "instructions.pack_securely": True,
            "requirements.proof_of_purchase": True,
            "instructions.tracked_shipping_recommended": True,
            "refund.inspection": True,
            "refund.processing": _r(0, 14),
            "refund.method": "ORIGINAL_PAYMENT",
            "fault.reasons": {"DEFECTIVE"},
        },
        either={"returns.window.unit": "BUSINESS", "returns.request_via": "EMAIL", "instructions.ship_within_days": 14,
                "requirements.condition": {"TAGS_ATTACHED"}},
        unplaced=("cancel your full order", "restocking fee of 25%", "found to be not faulty"),
        read=READ119,
    ),
    "aquariumenthusiasts": Label(
        "https://aquariumenthusiasts.com/pages/refund-policy-1", "test119",
        facts={
            "returns.enabled": False,
            **_w(15, "DELIVERY", prefix="fault.window"),
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "requirements.proof_of_purchase": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 30),
        },
        either={"returns.only_at_fault": True, "refund.response_business_days": 7, "refund.confirmation_email": True,
                "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}, "returns.most_items_only": True},
        unplaced=("back to the manufacturer",),
        read=READ119,
    ),
    "stpetersbark": Label(
        "https://stpetersbark.com/return-policy/", "test119",
        facts={
            "requirements.proof_of_purchase": True,
            "returns.window.days": 10,
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "exclusions": {"OTHER:class|OTHER:seminar|OTHER:workshop|OTHER:event"},
        },
        either={"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "NOT_WORN", "ORIGINAL_CONDITION"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:used"}, "refund.method": "CUSTOMER_CHOICE"},
        unplaced=("unconsumed portion of the food", "original bag or can of food"),
        read=READ119,
    ),
    "theyarnit": Label(
        "https://theyarnit.com/return-policy/", "test119",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "returns.request_via": "EMAIL",
            "instructions.address_on_request": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(3, 5, "BUSINESS"),
        },
        either={"resolutions.exchange": "ALWAYS", "refund.confirmation_email": True, "shipping.default.payer": "MERCHANT",
                "fees.restocking_percent": "15", "resolutions.store_credit": "ALWAYS",
                "returns.request_required_before_shipping": True},
        unplaced=("processing time for returns takes 5-12 days", "for international orders, all return shipping",
                  "international store credit requests", "$7.95 handling fee"),
        read=READ119,
    ),
    "simonsartsupplies": Label(
        "https://www.simonsartsupplies.com/return-and-exchange/", "test119",
        facts={
            **_w(14, "PURCHASE"),
            "fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "15",
            "fees.waived_when_merchant_at_fault": True,
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "instructions.pack_securely": True,
            "instructions.insured_shipping_recommended": True,
            "resolutions.store_credit": "ALWAYS",
            "refund.processing": _r(0, 7),
            "requirements.proof_of_purchase": True,
            "returns.request_via": "WEBSITE",
        },
        either={"refund.original_shipping": "MERCHANT_AT_FAULT", "requirements.condition": {"ORIGINAL_CONDITION"},
                "refund.method": "STORE_CREDIT", "refund.confirmation_email": True,
                "returns.request_required_before_shipping": True},
        unplaced=("not responsible for lost or damaged packages", "does not offer refund to credit card"),
        read=READ119,
    ),
}
