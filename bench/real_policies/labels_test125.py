"""The test125 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test125.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ125 = "2026-12-07 (session 31, set test125)"

# --- a hundred-and-twenty-fifth test set, 2026-12-07 session 31: twelve new pages of kinds of collecting and hobby
# shops (coins and bullion, trading cards, stamps for collectors, antiques, pocket knives, airsoft, plastic model
# kits, comic books, minerals and fossils, crystals and metaphysical supplies, chess sets, magic tricks; every kind
# gave a page, so the spare kind, collectible figurines, was not needed), the first result per query ("<kind> shop
# return policy refund exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own
# return or refund policy in English (not a template with blanks, not an article, blog, marketplace, platform help or
# product page, at least 800 characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in
# /work/coord/claimed.txt by a set built at the same time, nor the address of a page already in LABELS
# (used_domains.txt lacks some of those). Held out until measured once. Where the first query's eight results held
# none, one or two more queries in other words were read. Skipped on the way: coins and bullion: none, govmint.com
# (GovMint) was the first result. Trading cards: tradingcardsuk.com, tradingcards.co.nz and soletrollunboxing.com
# (used), boxbusters.tv (a marketplace: its claims are settled between buyer and seller, the site stepping in to
# mediate), jywpokeca.reamaze.com (used) and olzsites.blogg.se (a blog), then bluerhinocollectibles.com (Blue Rhino
# Collectibles). Stamps for collectors: sondeli.com and stampcollectshop.com (used), then citerneclassics.com (Citerne
# Classics, a stamp dealer's store page; about 890 characters, all of them return policy, two headings repeated).
# Antiques: harrellswax.com (used), then antiquesandhomes.co.uk (Antiques and Homes). Pocket knives:
# mouldingknives.com (used), then gpknives.com (GP Knives). Airsoft: none, usairsoft.com (US Airsoft) was the first
# result. Plastic model kits: modelkittoys.com (twice), usfuntoyzone.com and rctoysuk.com (used), then 3d-gizmo.co.uk
# (3D Gizmo, whose plastic model kits are 3D printed and come on sprues). Comic books: spandexcity.com (twice),
# rarecomicbooks.fashionablewebs.com, thecomicconstruct.com, chaoscitycomics.com, comicrox.com and mycomicshop.com
# (used), then blackrosecomics.co.uk (Black Rose Comics). Minerals and fossils: none, undergroundfossils.com
# (Underground Fossils) was the first result. Crystals and metaphysical supplies: none, populace-llc.ueniweb.com
# (Populace LLC, a crystal, herb and incense shop whose site sits on a site builder's host; its "[email protected]" is
# the stored page's hidden email address, not a template blank) was the first result. Chess sets: lovecoupons.ae
# (used; a coupon site), amchesseq.com and chessmaze.co.uk (used), then checkmatechesssets.com (Checkmate Chess Sets,
# its FAQ page, whose answers on faulty goods and changes of mind are its return policy). Magic tricks:
# theonlinemagicstore.com, iowamagicshop.com, catalpatradingcompany.com, thismagicshop.com and magicandsuch.com
# (used), starmagic.world and stevensmagic.global (already labelled, starmagic in test72 and stevensmagic in test98,
# though neither is in used_domains.txt; starmagic.world was claimed before that was seen, then dropped),
# vulcaneternal.com (a product page); a second query ("magic trick store returns refunds policy props illusions") gave
# the same pages and themagicemporium.net (its stored opening is all shipping terms, with no return policy in it); a
# third ("magic shop refund policy magic tricks cannot be returned once secret revealed defective replaced") gave
# magicshopsandiego.com (Magic Shop San Diego).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 24 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (nine stop mid-sentence, mid-word or at a
# heading: govmint (in its returned-documents condition, "If the product is not return"), bluerhinocollectibles (at
# its "Damaged" heading), antiquesandhomes (in its customs sentence, "import taxes that may"), gpknives (at an empty
# bullet under "What's with the Restocking Fee?"), usairsoft (at a bullet's first word, "Return"), blackrosecomics
# (under its "Refunds" heading, "We w"), populace (in its shipped-cancellation sentence, "responsible for the"),
# checkmatechesssets (in its change-of-mind answer, "all associated costs of") and magicshopsandiego (in its
# faulty-goods shipping bullet, "If req")); citerneclassics, 3dgizmo and undergroundfossils are whole.
# Unsure: govmint's bullion items ("may not be returned or cancelled for any reason") and items marked "Final Sale" in
# their listing are exclusions (the latter as shopallumbrellas' "FINAL_SALE|NON_RETURNABLE_MARK|OTHER:final sale"),
# its "manufacturer's defect may be exchanged for the same item" said of bullion items only (unplaced; DEFECTIVE,
# REPLACEMENT and resolutions.replacement at fault eithers, exchanging for the same item being a replacement as
# karaokesky's, with conventions 13 and 2), its "each return or exchange request is handled separately on a case by
# case basis" unplaced (as lithiumbatterystore's) and, with "not be accepted for return or exchange", exchange ALWAYS
# an either (as telescopescanada's "we can't offer a refund or exchange"), its 30 days "of the invoice date" from
# purchase, "cannot be altered" and "original coin capsules, and original packaging, complete" (NOT_ALTERED,
# ORIGINAL_PACKAGING and ACCESSORIES_INCLUDED facts), "saleable condition" (ORIGINAL_CONDITION an either, as
# choristersguild's), its refusal of altered or unsaleable products (WORN_OR_DAMAGED an either, convention 4), "All
# documents and bonus items ... must also be returned" (MANUALS_INCLUDED an either beside the ACCESSORIES_INCLUDED
# fact), and its non-cancellable bullion (cancellation.enabled an either: no term on which other orders may be
# cancelled, convention 24), its phone number not a way to ask for a return (convention 1); bluerhinocollectibles' 14
# days from delivery for sealed products, the only goods it takes back (a fact), its final-sale lists (raw cards,
# graded cards, memorabilia as keys; "Opened products — Any product with broken seals or packaging" an UNUSED fact and
# WORN_OR_DAMAGED an either, conventions 4 and 11, with "factory sealed with all original seals intact" and broken
# packaging making ORIGINAL_PACKAGING a fact), "cannot be returned or exchanged" (exchange ALWAYS an either, as
# govmint's), its not-authentic or "significantly misdescribed" exception (NOT_AS_DESCRIBED, a 2-day fault window from
# delivery, convention 14, and photos with ISSUE, conventions 15 and 21, facts, though it is said of non-sealed items,
# the only ones that could otherwise never come back), "via email or our contact form" (EMAIL a fact, convention 1, as
# thelittlestationeryshop's), its 1-2 business days to send the address (address on request a fact, convention 10; the
# reply time not kept, convention 9 making it an either of the same key) and "we will inspect the item within 3
# business days and process your refund" (response_business_days 3 and refund.processing 0-3 business days eithers, as
# embroinow's and climbingdistance's), "may be refused or returned to sender" (asking first a fact, convention 20);
# citerneclassics' "do not return any items without prior approval" (asking first a fact, as 19 of the 22 earlier
# rewritten pages found that speak of returns sent without approval or authorization), "contact us ... to arrange a
# return" (EMAIL an either, convention 1), "in the same condition as received" (ORIGINAL_CONDITION a fact, UNUSED an
# either, convention 3), its refusal of items "damaged, altered, or treated in any way" (NOT_ALTERED a fact,
# WORN_OR_DAMAGED an either, convention 4), "typically within 10 days of receiving the return" (refund.processing 0-10
# days, no unit, conventions 5 and 8), its "collective lots" and lots sold "as is" two keys; antiquesandhomes' 14 days
# from receipt to say one wants to cancel (the returns window, a fact: the page's only change-of-mind returns are of
# goods bought unseen, and that rule for shop sales is unplaced) with "another 14 days to return the goods"
# (ship_within_days 14 a fact), its right "to cancel an order within 14 days of the invoice date"
# (cancellation.enabled a fact, convention 24; its 336 hours an either, since the page's cancelling is its return),
# "if it is not faulty" and "If the item purchased is faulty ... will reimburse any costs involved" (payer CUSTOMER,
# DEFECTIVE and the shop paying at fault facts, convention 2), "the condition they were purchased in"
# (ORIGINAL_CONDITION a fact, UNUSED an either, convention 3), its refusals where maker's marks "have been removed" or
# the item was "damaged due to attempts to repair it" (NOT_ALTERED a fact, WORN_OR_DAMAGED an either, convention 4;
# TAGS_ATTACHED an either for the removed label), goods known to be faulty or worn when bought unplaced, "notify us"
# (EMAIL and asking first eithers, convention 1), its refund of "the cost of the item only" (original shipping NEVER a
# fact), its "buy back" sentence no return rule; gpknives' "give us a call within 7 days" (the 7-day window a fact
# with no start, "So you just bought" naming none; phone only, so no request_via, convention 1; the return
# authorization an either, nothing being refused without it), "we cannot eat shipping charges on returns" (original
# shipping NEVER an either: which leg it means is unsaid) beside "You are responsible for getting the product back to
# us" (payer CUSTOMER a fact), "factory new and unused" (UNUSED a fact and, as "as new", ORIGINAL_CONDITION a fact,
# convention 3), "If you carry it, take it apart, cut stuff ... or destroy the package: you own it"
# (ORIGINAL_PACKAGING a fact, the package named, convention 11; NOT_ALTERED and WORN_OR_DAMAGED eithers, convention
# 4), its $10.00 taken when shipping was free (fees.free_shipping_deduction 10), "Please allow 5-7 days for processing
# to your credit card account" (refund.processing 5-7 days, no unit, conventions 5 and 8), "If your order truly has a
# major malfunction, check out our exchange policy" (DEFECTIVE and EXCHANGE eithers beside exchange ALWAYS, convention
# 13), its exchange rules (same value; no restocking fee but added shipping; one per purchase) and international rules
# each unplaced; usairsoft's "The product must be in new condition, unused and in the original box with all parts,
# manuals, tags, labels" said in its damaged-or-defective bullet yet stated of "The product" and demanding new
# condition no damaged product has, so read as the general rule (ORIGINAL_CONDITION, UNUSED, ORIGINAL_PACKAGING,
# ACCESSORIES_INCLUDED, MANUALS_INCLUDED and TAGS_ATTACHED facts), "There can't be any sign of wear, modification made
# by customer, or customer caused damage" (NOT_WORN and NOT_ALTERED facts, WORN_OR_DAMAGED an either, convention 4),
# "we will provide you with a return shipping label" for damaged or defective products (the shop paying at fault a
# fact), "postage is non-refundable" (original shipping NEVER a fact), the change-of-mind exchange's shipping "the
# sole responsibility of the customer" (payer CUSTOMER a fact), its custom gun builds an exclusion, its right to
# refuse, its after-the-30-days repairs and its warranty inspections unplaced; 3dgizmo's "we do not accept returns
# unless the item arrives damaged in transit" (only_at_fault a fact, convention 23; its made-to-order goods no
# exclusion, as stickerapp's and petitecherie's), the replacement for transit damage (REPLACEMENT and
# resolutions.replacement at fault facts, convention 13) with "Refunds will only cover the price of the model" (REFUND
# an either), photos "of the damage, including both the item and the packaging/box" (photos_min 1 with ISSUE and
# PACKAGING, conventions 15 and 21), "Any returns must be sent at the customer's own cost" (payer CUSTOMER a fact and
# the customer paying at fault an either, as ten earlier only_at_fault pages), "original condition and packaging"
# (ORIGINAL_CONDITION and ORIGINAL_PACKAGING facts, UNUSED an either, convention 3), sprue breakage unplaced;
# blackrosecomics' "30 days after receiving your item to request a return" (the window, a fact) against its later "Our
# policy lasts 10 days. If 10 days have gone by since your purchase ... we can't offer you a refund, cancel or
# exchange" (a deadline counted from purchase that also covers cancelling, unplaced), "unworn or unused, with tags"
# (NOT_WORN, UNUSED, TAGS_ATTACHED, ORIGINAL_CONDITION and ORIGINAL_PACKAGING facts, conventions 17 and 18), "we'll
# send you a return shipping label" (payer MERCHANT an either, as six of the nine earlier rewritten pages of those
# words), "instructions on how and where to send your package" (address on request a fact, as giftspersonalised's),
# the items an order must not contain "To be eligible for a cancellation" and its pre-orders past FOC
# (cancellation.enabled a fact, convention 24, both sentences unplaced; the gift cards in that list are not a return
# exclusion), its "return the item you have, and ... make a separate purchase" (reorder_hint a fact, exchange NEVER an
# either, as giftspersonalised's); undergroundfossils' "We do accept returns for 14 days" (the window, no start), "The
# customer must pay for postage on any returns" (payer CUSTOMER a fact; the customer paying at fault an either, "any"
# taking in damaged items), "it must be in the same condition as we sent it in" (ORIGINAL_CONDITION a fact, UNUSED an
# either, convention 3), its refusal of items "sent back to the shop damaged" (WORN_OR_DAMAGED an either, convention
# 4), "any damages must be reported within a week of receiving the product" (DAMAGED and a 7-day fault window from
# delivery, facts), "refunds may take up to 14 days to process" (refund.processing 0-14 days, convention 8), its
# fossil guarantee's rules each unplaced and its closing "A valid receipt or proof of purchase must be provided"
# (proof_of_purchase an either: it ends the guarantee's paragraph); populace's 14 days "of receiving" by email, with
# the reason asked for (EMAIL, reason_required facts; asking first an either, "notify us of your intent" refusing
# nothing), "We will refund to your form of payment within 7 days of receiving and inspecting your return"
# (ORIGINAL_PAYMENT, processing 0-7 days and inspection facts), "We will replace any damaged or defective item,
# covering the cost of shipping" (REPLACEMENT, resolutions.replacement at fault, the shop paying at fault facts,
# convention 13), its eight non-qualifying kinds each a key, its promotion deductions unplaced, its cancellations
# until shipped by email, with "a complete refund including the shipping charges" (cancellation.refund_percent 100 a
# fact, as 36 earlier labels), and the shipped order "treated as a return" with its delayed refund unplaced;
# checkmatechesssets' faulty goods reported "by e-mail ... within 10 days from receipt" (DEFECTIVE and the 10-day
# fault window from delivery facts; EMAIL an either, as ammomania's fault contact, since the change-of-mind answer
# that follows names no channel before it is cut), "strongly advised to secure appropriate insurance" (a fact) after
# "at your own risk" (unplaced, as canvastentshop's transit risk), "return the goods within 10 days from receipt" (the
# window from delivery, a fact), "a suitable condition for resale" (ORIGINAL_CONDITION an either, as herbasupplements'
# "resellable condition"), the back-order choice to cancel (a term for out-of-stock orders only: cancellation.enabled
# an either, the sentence unplaced), its handmade variations no return rule; magicshopsandiego's unopened items "with
# all seals intact" (UNUSED a fact, convention 11) and "washed and worn items will not be accepted" (NOT_WASHED and
# NOT_WORN facts, WORN_OR_DAMAGED an either with its opened, marked and damaged items, convention 4), "purchased and
# fulfilled through the MagicShopSanDiego.com website only" with items from other retailers refused
# (sales_channels.allowed web a fact, as bynature's), "received by/delivered to ... within fourteen (14) days of the
# original delivery date" (the window from delivery, as yorkshiretrainers' and larenzo's "must reach us within"), its
# 15% "administration fee" on every return (restocking_percent 15, as lawnmowercorner's handling fee and
# firstaider's), "an incorrect or faulty item" refunded in full with return shipping covered (WRONG_ITEM, DEFECTIVE,
# REFUND, full_refund and the shop paying at fault facts; the fee waived at fault an either), "Customers will be
# refunded/credited" against "Unless faulty, products can only be returned for an exchange or credit note" (exchange
# and store credit ALWAYS facts, convention 12; refund.method STORE_CREDIT an either), "unfit for resale"
# (ORIGINAL_CONDITION an either), books and downloads two keys, its shrink-wrap, faulty-DVD and opened-deck rules each
# unplaced (rules for one kind of goods).
# Audit (session 31, by an engineer who had not read the drafter): every page was found again in the corpus at its
# labelled address (the `search` tool, corpus `pages`, by shop name or domain and a distinctive phrase) and its stored
# opening read against its label, fact by fact, `either` by `either` and cue by cue under conventions 1 .. 24, and
# against its rewrite (each rule stated, nothing added or dropped, no copied sentence, every cue verbatim, each
# stopping where its page stops). Changes, each checked against how the earlier labels took the same words: govmint's
# 30 days "of the invoice date" keeps the days as a fact and moves the start PURCHASE to the `either` readings (as
# cribandkids, americanframe, dogbedmart and revolutionfabricsshop took "of the invoice date"; diabetesexpress alone
# took the start as a fact), and its bullion refused "for any reason" "but in the event of a manufacturer's defect may
# be exchanged" adds fault.overrides_exclusions as an `either` (a defect exception to an exclusion, said with "may" at
# the shop's discretion and of an exchange only, as its DEFECTIVE and REPLACEMENT eithers; as deskseat's and
# theholyoil's first label); bluerhinocollectibles' final-sale list followed by "Exception: If you believe a
# non-sealed item is not authentic or was significantly misdescribed" adds fault.overrides_exclusions as a fact beside
# its NOT_AS_DESCRIBED fact (as vinosl's "cannot accept returns ... unless there is a defect"; 22 of the 29 earlier
# pages whose excluded goods come back for a fault take it so); antiquesandhomes' cancellation.enabled moves from the
# facts to the `either` readings (convention 24: a fact where a term is a fact, and its only term, the 14 days from
# the invoice date, is an `either` because its cancelling is its distance-selling return; canvastentshop's and
# olivebranchwl's cooling-off "cancel" took cancelling as an `either`, newsawchains' not at all); usairsoft's "The
# product must be in new condition, unused and in the original box with all parts, manuals, tags, labels" stands
# inside its damaged-or-defective bullet, so ORIGINAL_CONDITION, UNUSED, ORIGINAL_PACKAGING, ACCESSORIES_INCLUDED,
# MANUALS_INCLUDED and TAGS_ATTACHED move to the `either` readings (a rule said of one kind of return is not plainly
# general, as test119's non-food goods' conditions; the change-of-mind exchange's own terms are the general
# requirements, whose NOT_WORN and NOT_ALTERED stay facts, convention 4), while its "postage is non-refundable" in the
# same bullet stays a fact (original shipping not refunded even at the shop's fault is never refunded). The rewrites:
# citerneclassics' tagline, which kept eight of its page's words in a row, is reworded, and antiquesandhomes'
# "(online, for instance)" becomes "(that is, online)", as its page defines buying unseen; no cue changed. Seen, not
# changed: bluerhinocollectibles' ORIGINAL_PACKAGING fact (its refusal of any product with broken "packaging" names
# the packaging, as test119's opened manufacturer packaging), gpknives' "factory new" as ORIGINAL_CONDITION,
# blackrosecomics' "Our policy lasts 10 days" unplaced (a deadline from purchase beside its 30 days from receipt),
# magicshopsandiego's "marked" adding no condition item (as theskatestore).
LABELS: dict[str, Label] = {
    "govmint": Label(
        "https://www.govmint.com/return-policy/", "test125",
        facts={
            "exclusions": {"OTHER:bullion|OTHER:ungraded|OTHER:bar|OTHER:round",
                           "FINAL_SALE|NON_RETURNABLE_MARK|OTHER:final sale"},
            "returns.window.days": 30,
            "requirements.condition": {"NOT_ALTERED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
        },
        either={"returns.window.starts": "PURCHASE",
                "requirements.condition": {"ORIGINAL_CONDITION", "MANUALS_INCLUDED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:altered|OTHER:unsaleable"},
                "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT", "resolutions.exchange": "ALWAYS",
                "cancellation.enabled": True, "fault.overrides_exclusions": True},
        unplaced=("manufacturer's defect may be exchanged", "handled separately on a case by case basis"),
        read=READ125,
    ),
    "bluerhinocollectibles": Label(
        "https://bluerhinocollectibles.com/policies/refunds-returns", "test125",
        facts={
            **_w(14, "DELIVERY"),
            "exclusions": {"OTHER:raw|OTHER:ungraded|OTHER:single", "OTHER:graded",
                           "OTHER:memorabilia|OTHER:autograph|OTHER:relic"},
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "instructions.address_on_request": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "fault.reasons": {"NOT_AS_DESCRIBED"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.overrides_exclusions": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:broken seal"}, "resolutions.exchange": "ALWAYS",
                "refund.response_business_days": 3, "refund.processing": _r(0, 3, "BUSINESS")},
        unplaced=(),
        read=READ125,
    ),
    "citerneclassics": Label(
        "https://www.citerneclassics.com/storepageVGaV0.aspx", "test125",
        facts={
            **_w(30, "PURCHASE"),
            "shipping.default.payer": "CUSTOMER",
            "returns.request_required_before_shipping": True,
            "instructions.tracked_shipping_recommended": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_ALTERED"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 10),
            "exclusions": {"OTHER:collective lot|OTHER:lot", "OTHER:as is"},
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"UNUSED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:altered|OTHER:treated"}},
        unplaced=(),
        read=READ125,
    ),
    "antiquesandhomes": Label(
        "https://antiquesandhomes.co.uk/refund_returns", "test125",
        facts={
            **_w(14, "DELIVERY"),
            "instructions.ship_within_days": 14,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE"},
            "refund.processing": _r(0, 14),
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_ALTERED"},
            "refund.original_shipping": "NEVER",
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"cancellation.enabled": True, "cancellation.window_hours": 336, "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True,
                "requirements.condition": {"UNUSED", "TAGS_ATTACHED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:repair|OTHER:damaged"}},
        unplaced=("known to be faulty", "unless you bought it without seeing it"),
        read=READ125,
    ),
    "gpknives": Label(
        "https://www.gpknives.com/returns/", "test125",
        facts={
            "returns.window.days": 7,
            "resolutions.exchange": "ALWAYS",
            "fees.restocking_percent": "15",
            "fees.free_shipping_deduction": "10",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "instructions.insured_shipping_recommended": True,
        },
        either={"returns.request_required_before_shipping": True, "refund.original_shipping": "NEVER",
                "requirements.condition": {"NOT_ALTERED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:carr|OTHER:used|OTHER:taken apart|OTHER:destroy"},
                "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE"}},
        unplaced=("same monetary value", "no restocking fee for exchanges", "limit one exchange per purchase",
                  "outside of the us are not covered", "do not pay shipping on any international orders"),
        read=READ125,
    ),
    "usairsoft": Label(
        "https://usairsoft.com/service/shipping-returns", "test125",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "requirements.condition": {"NOT_WORN", "NOT_ALTERED"},
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "exclusions": {"PERSONALIZED|OTHER:custom"},
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:wear|OTHER:modification|OTHER:damage"},
                "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                           "MANUALS_INCLUDED", "TAGS_ATTACHED"}},
        unplaced=("right to refuse exchanges", "after the expiration of the 30-day", "inspected by our technicians"),
        read=READ125,
    ),
    "3dgizmo": Label(
        "https://www.3d-gizmo.co.uk/shipping-returns", "test125",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "refund.inspection": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
        },
        either={"shipping.merchant_at_fault": {"payer": "CUSTOMER"}, "fault.remedies": {"REFUND"},
                "requirements.condition": {"UNUSED"}},
        unplaced=("removal from sprues",),
        read=READ125,
    ),
    "blackrosecomics": Label(
        "https://blackrosecomics.co.uk/pages/refund-policy", "test125",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "cancellation.enabled": True,
            "exclusions": {"OTHER:perishable|OTHER:food|OTHER:flower|OTHER:newspaper|OTHER:magazine",
                           "INTIMATES|OTHER:intimate|OTHER:sanitary", "OTHER:hazardous", "OTHER:flammable"},
            "resolutions.reorder_hint": True,
        },
        either={"shipping.default.payer": "MERCHANT", "resolutions.exchange": "NEVER"},
        unplaced=("our policy lasts 10 days", "eligible for a cancellation", "pre-order books passed foc"),
        read=READ125,
    ),
    "undergroundfossils": Label(
        "https://undergroundfossils.com/full-policy-statment", "test125",
        facts={
            "returns.window.days": 14,
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "fault.reasons": {"DAMAGED"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "refund.processing": _r(0, 14),
        },
        either={"shipping.merchant_at_fault": {"payer": "CUSTOMER"}, "requirements.condition": {"UNUSED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged"}, "requirements.proof_of_purchase": True},
        unplaced=("turned out to be fake", "sole individual who originally purchases", "void guarantee",
                  "two impartial scientifically accredited", "trying to mislead", "verified by our own experts"),
        read=READ125,
    ),
    "populace": Label(
        "https://populace-llc.ueniweb.com/return-and-refund-policy", "test125",
        facts={
            **_w(14, "DELIVERY"),
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "resolutions.exchange": "ALWAYS",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 7),
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "exclusions": {"OTHER:oil", "OTHER:butter", "OTHER:hair care", "OTHER:skin care", "OTHER:dietary",
                           "OTHER:herb", "OTHER:incense", "OTHER:sage"},
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
            "cancellation.request_via": "EMAIL",
            "cancellation.refund_percent": "100",
        },
        either={"returns.request_required_before_shipping": True},
        unplaced=("value of that promotion will be deducted", "gift with purchase", "half the value will be deducted",
                  "treated as a return", "delay in processing your refund"),
        read=READ125,
    ),
    "checkmatechesssets": Label(
        "https://checkmatechesssets.com/FAQs.html", "test125",
        facts={
            "fault.reasons": {"DEFECTIVE"},
            **_w(10, "DELIVERY", prefix="fault.window"),
            "instructions.insured_shipping_recommended": True,
            **_w(10, "DELIVERY"),
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"ORIGINAL_CONDITION"},
                "cancellation.enabled": True},
        unplaced=("option to cancel your order", "at your own risk"),
        read=READ125,
    ),
    "magicshopsandiego": Label(
        "https://www.magicshopsandiego.com/pages/returns-policy", "test125",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "NOT_WASHED", "NOT_WORN"},
            "sales_channels.allowed": ["web"],
            "refund.original_shipping": "NEVER",
            "fees.restocking_percent": "15",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "fault.full_refund": True,
            "exclusions": {"OTHER:book", "OTHER:download"},
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:marked|OTHER:damaged|OTHER:broken seal"
                               "|OTHER:washed|OTHER:worn"},
                "requirements.condition": {"ORIGINAL_CONDITION"}, "refund.method": "STORE_CREDIT",
                "fees.waived_when_merchant_at_fault": True},
        unplaced=("shrink wrap fully intact", "faulty dvds, however, will be replaced", "printing error"),
        read=READ125,
    ),
}
