"""The test131 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test131.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ131 = "2026-12-08 (session 32, set test131)"

# --- a hundred-and-thirty-first test set, 2026-12-08 session 32: twelve new pages of kinds of vehicle, boat, yard and
# workshop shops (trailer parts, caravan accessories, marine electronics, boat parts, tires and wheels, car audio, truck
# accessories, tractor parts, lawn mower parts, generators, chainsaws, and, for welding supplies, which gave no page, the
# spare kind RV parts; the second spare kind, snowmobile parts, was not needed), the first result per query ("<kind> shop
# return policy refund exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return
# or refund policy in English (not a template with blanks, not an article, blog, marketplace, platform help or product
# page, at least 800 characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in
# /work/coord/claimed.txt by a set built at the same time. Held out until measured once. Where the first query's eight
# results held none, one or two more queries in other words were read.
# Skipped on the way: trailer parts: the first result, rockettrailers.squarespace.com (Rocket Trailers, its service-parts
# and new-trailer page). Caravan accessories: thecaravanshop.com.au (used), then caravanstuff.com. Marine electronics:
# lasersailingdirect.com (used), then energyonthehook.com (Energy on the Hook, a seller of marine charging and battery
# electronics: Balmar, OGM, Signal Mate). Boat parts: cvkayaks.com, comfykayak.com, esupplymarine.com and
# smartboatparts.com (used), then goldenchannels.com (Golden Channels, whose page speaks of its replacement parts and of
# the boat a customer did not buy). Tires and wheels: roundaroundtire.com (Round Around Tire), the first result. Car audio:
# danspawn.com (used, a pawn shop) and seven articles (eatsip365.com, winenfood.com, visualfoodie.com); a second query
# ("car stereo amplifier subwoofer store returns policy restocking fee refund") gave the same articles and danspawn.com,
# a third ("car audio electronics retailer return policy head unit speakers RMA refund") articles only; a fourth, one
# more than the one or two asked for, before the spare kinds, in other words again ("our car audio store refunds: items
# must be uninstalled, original box, 30 days, amplifiers subwoofers head units non-refundable once installed"), gave
# danspawn.com and articles, jacksontintandsound.com (an installer's
# policies page whose return terms, deposits' refunds included, come to well under 800 characters beside its appointment
# and warranty terms), halfpricecaraudio.com (used), then driveinautosound.com (Drive-In Autosound). Truck accessories:
# dudeswithtrucks.com, onestoptruckaccessories.co.uk, truckaccessorizer.com and shoptruckparts.com (used),
# shop.truckmountforums.com (truck-mounted carpet-cleaning equipment, not truck accessories), then truckshop.com
# (TruckShop, diesel truck parts and accessories: its terms-and-conditions page, whose stored opening holds its returns
# part after its terms of sale and products notes). Tractor parts: hoyetractor.com (Hoye Tractor), the first result.
# Lawn mower parts: mowerszone.com (used), then themowershop.com. Generators: thepowergeneratorsforyou.com,
# powergenerators.us (twice) and highgenerators.com (used), zuvve.com (a shipping page whose return and refund sentences
# come to under 800 characters), then srgenset.com (SR Genset, its English page at an /es/ address). Welding supplies:
# protecwelding.com, dbk-weldingcaps.com, pauljwelds.com, metallographyworld.com and universalweldgauge.com (used),
# store.leetackle.com (twice: a tackle shop) and langdental.com (dental); a second query ("welding equipment and supply
# store returns policy welders helmets gas RMA restocking") gave the used pages, touristprinting.com, dme-plusllc.com,
# slicermixerparts.com and langdental.com (not welding shops) and buckeyepowersystems.com (used); a third ("welding shop
# refund policy MIG TIG welders electrodes wire returned unopened within days") gave muggyweld.com's shipping-and-returns
# and terms pages (stored openings of shipping and terms of sale only), twusa.com (Techniweld USA's terms of sale, its
# opening pricing and credit terms), fabsworks.net (a fabrication service's refund policy, a template: "[Insert Timeframe
# - e.g., 7 or 14 days]") and metzproseries.com (a shipping page). So the spare kind, RV parts ("RV parts shop return
# policy refund exchange"): rvpartscountry.com (twice) and rvsupplyparts.com (used), rvpartshop.com (a shipping page
# whose stored opening holds one sentence of return terms), then rvpartsonsale.com (RV Accessories, its shipping-and-
# returns page; its returns text follows the same dropship template as mowerszone's (test40), reworded, with other goods
# refused, and earlier sets took pages of shared templates; rvpartsdepot.com, two results further down, was claimed
# before that was settled and then dropped). Chainsaws: gemlinens.com.au and newsawchains.co.uk (used),
# deluxeforklifts.com (forklifts), northwoodsaw.com (a chainsaw-parts shop's order-information page whose stored opening
# is ordering and shipping notes with some 500 characters of damaged-goods terms), buckeyepowersystems.com (used),
# bladeguides.com (Sawblade.com's saw-blade page) and casemetics.in (a product page), then en.holzfforma.com (Holzfforma,
# Farmertec's chainsaw and chainsaw-parts shop).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 24 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (eight stop mid-sentence or mid-word:
# goldenchannels ("a credit will automatically be applied to your"), roundaroundtire ("the cost of return shipping will
# be ded"), driveinautosound (in its next heading, "LOW PRICE GUARAN"), truckshop ("We reserve the right t"), hoyetractor
# ("Defective Parts- If a part"), themowershop ("If you need fur"), srgenset (under its first numbered heading, "Our
# products u") and holzfforma ("Farmertec will decide if you ne"), and rvpartsonsale ends at a step's heading, "Include
# Documentation:"); rockettrailers', caravanstuff's and energyonthehook's pages are whole. Each rewrite stops at the
# same point.
# Unsure: rockettrailers' "7 business days to return the product" (the window in business days, no start named), "the
# same condition it was when purchased" (ORIGINAL_CONDITION a fact, convention 3), "unopened and uninstalled" (UNUSED a
# fact, convention 11), "with all material supplied with the item" (ACCESSORIES_INCLUDED a fact), "Returns must be
# preauthorized" (asking first a fact), "a 25% re-stocking fee or $55.00 (whichever is greater)" (the 25% an either and
# the sentence unplaced, as test124's "greater of a 15% restocking fee or $25 minimum"), its incorrect part replaced
# (WRONG_ITEM, REPLACEMENT and replacement MERCHANT_AT_FAULT facts, convention 13) with "no extra charge" (the shop
# paying at fault an either), its warranty items that "may be exchanged or refunded at our discretion" (DEFECTIVE,
# EXCHANGE and REFUND eithers with exchange MERCHANT_AT_FAULT an either, conventions 12 and 22; the warranty period
# unplaced), "open seals/bearings and electrical goods" two keys, and the forfeited 60% deposit on a new custom trailer
# cancelled after 48 hours (a rule for one kind of goods: unplaced, cancellation.enabled an either); caravanstuff's
# "refund or exchange (excluding any shipping costs incurred)" (exchange ALWAYS and original_shipping NEVER facts), its
# right "to cancel the contract at any time up to the end of seven working days after receipt" beside its 28 days from
# delivery (unplaced, as essentialoilsdirect's (test89) right to cancel within seven working days; cancellation.enabled
# and the notice "by post or e-mail" as cancellation.request_via EMAIL eithers, as there), returning cancelled goods "at
# your own cost" said only of cancellations (the customer paying an either), its refund "within 28 days" once notified
# and the goods received (processing 0-28 an either: said of cancellations), "take reasonable care" of the goods
# unplaced; energyonthehook's "one (1) month from date of purchase" and "30-Day Returns ... within the 30 days" (30 days
# from purchase, a fact), "subject up to a 33% return fee (25% ... + 8% ...)" (33 an either, the sentence unplaced: no
# earlier "up to N%" fee is a fact, test108's audit), "Please email to get an RMA" as step 1 of its return steps (EMAIL
# and asking first facts, as most "contact us to get an RMA" labels), "Repack the product in the original packaging ...
# with all the original enclosures, parts, and accessories" (ORIGINAL_PACKAGING and ACCESSORIES_INCLUDED facts) "inside a
# box suitable for shipping" (pack_securely a fact), "Return it to the manufacturer or supplier (we will give you this
# information)" (address on request a fact, convention 10), "with the appropriate insurance" (insured shipping a fact),
# "cancel before the item ships, you will be charged an 8% credit card processing fee" (cancellation.enabled and
# refund_percent 92 facts, as rubnrestore's 96.5 (test127); until_shipped an either), its difficulties and defects
# sent to the manufacturers (two unplaced sentences), "C.O.D. not accepted" unplaced (as test9's "freight collect and cod
# packages"); goldenchannels' defects replaced "free of charge" or, "for up to 60 days after your received your order",
# refunded in full (DEFECTIVE, REPLACEMENT and REFUND, replacement MERCHANT_AT_FAULT and fault.full_refund facts; the
# 60 days from delivery the fault window, a fact), "If the problem is our fault, we will also pay full shipping costs
# back" (the shop paying at fault a fact), its unopened orders in their original packaging taken back "assuming we
# provide directions for where the product must be returned" (UNUSED and ORIGINAL_PACKAGING facts, address on request a
# fact, asking first an either: no refusal of parcels sent unasked, convention 20) with no window of their own (none
# labelled), "cover the shipping cost ... so long as there is a tracking number" (customer paying and tracked shipping
# facts), "generally no refunds given for software services or downloads" (one key, a fact), "we may ask for proof of
# purchase" (an either), "We will also notify you of the your refund being processed" after the email that the return
# arrived (confirmation_email an either, convention 7), "resalable condition" (ORIGINAL_CONDITION an either);
# roundaroundtire's new tires, used tires, services and new rims each "final and non-refundable" (four keys), its new
# tires' exchange for a visible manufacturing defect (a rule for one kind of goods: unplaced, with DEFECTIVE and EXCHANGE
# eithers), its rims refunded or exchanged if they do not fit (exchange ALWAYS an either: the page does not say whose
# error "an incorrect size was ordered" is), "all other items within 30 calendar days from the date you purchased them"
# (the window, 30 calendar days from purchase, a fact), "unused and in the same condition that you received it ... in the
# original packaging" (UNUSED, ORIGINAL_CONDITION and ORIGINAL_PACKAGING facts, convention 17), the return-shipping
# deduction cut mid-word unplaced (as gourmet305's (test11) whole sentence); driveinautosound's "refund, or house credit"
# (store credit ALWAYS a fact, the customer's choice of refund.method an either, as test126's dancefashionssuperstore),
# "new, complete and original condition" (ORIGINAL_CONDITION a fact) beside "brand new, 100% complete with all parts and
# packing materials" and a restocking fee "of at least 25%" on returns without packing materials or with missing parts
# (the page takes those back at a price: UNUSED, ACCESSORIES_INCLUDED and ORIGINAL_PACKAGING eithers, the fee unplaced,
# as applianceshop's (test127) deduction for unboxed items), "Closeout, special sale items" one key (as test14's
# "closeout|special sale", convention 16), "as is" items, special orders, labor and insurance replacement merchandise
# four more keys, its refunds by office check for cash or check purchases, its cap on cash refunds, its credit to the
# card or finance account, its "approximately 14 working days" for refund checks, its gift-certificate purchases and its
# layaway deposits each unplaced (rules for some payments only); truckshop's "engine parts, headlight units, and
# electrical components ... may not be returned" (three keys), "30 calendar days from the date of receipt" (30 calendar
# days from delivery, a fact), "unused and in its original resalable packaging" (UNUSED and ORIGINAL_PACKAGING facts),
# "No return or exchange ... on merchandise that shows signs of having been installed, modified, mounted, scratched, or
# defaced" (NOT_ALTERED a fact, WORN_OR_DAMAGED an either, convention 4), "No return will be accepted without an RMA
# number" (asking first a fact, convention 20), "The return must be received within 10 calendar days after the RMA number
# has been issued" (ship_within_days 10 a fact, as ladders999's 14 (test127)), "The RMA does not imply a replacement or
# refund, but only that we will inspect the merchandise" (inspection a fact), its sealed bulbs (a rule for one kind of
# goods: unplaced, "OTHER:bulb" an either key); hoyetractor's "new, unused condition" (UNUSED a fact, ORIGINAL_CONDITION
# an either, as test116's "new and unused" pages), "get a RMA ... number before sending back anything ... Please email us"
# (asking first and EMAIL facts), "All returns will be subject to a 10% restocking fee" (10 a fact) beside 15% after 30
# days, orders "older than 60 days may not be accepted" (unplaced, the 60 days from purchase an either window) and an
# extra 15% repacking fee (unplaced), "package your return carefully" (pack_securely a fact) "and insure it if worth over
# $100" (insured shipping an either, as j1mart's "over $75" tracked shipping), "We will not refund shipping charges for
# unwanted or incorrectly ordered items" (original_shipping MERCHANT_AT_FAULT an either: the refund at fault is implied,
# not stated; rvsupplyparts (test61) took its "not refundable unless we shipped an incorrect item" as a fact), its
# installed electrical parts refused (an either key: every return must be unused anyway), its defective electrical parts
# replaced or repaired (a rule for one kind of goods: unplaced, DEFECTIVE, REPLACEMENT and replacement MERCHANT_AT_FAULT
# eithers, convention 13), its suppliers' 25% fee on special orders passed along (unplaced), "Custom made parts & manuals
# on CD" two keys; themowershop's wrong items and carrier damage (WRONG_ITEM and DAMAGED facts, convention 19) with
# prepaid labels for them (the shop paying at fault a fact) and "arrange delivery of a new order" for carrier damage
# (REPLACEMENT and replacement MERCHANT_AT_FAULT facts, convention 13), "within 30 days of delivery date for the price of
# the product MINUS any shipping charges paid upfront" (window and original_shipping NEVER facts), "unopened and returned
# in sellable condition" (UNUSED a fact, convention 11; ORIGINAL_CONDITION an either), "open, used or otherwise outside of
# sellable condition is ineligible" (WORN_OR_DAMAGED an either, convention 4), its electrical components refused (one
# key; the parts after "including" are its examples), "print a copy of the original purchase confirmation" to start a
# return (proof_of_purchase a fact), "Pack your item with all original packing into a secure package" (ORIGINAL_PACKAGING
# and pack_securely facts), the label cost deducted on request and its "hidden damage" note unplaced; srgenset's "we do
# not accept returns or refunds for any reason other than product quality issues" (returns.only_at_fault a fact,
# convention 23, quality issues read as DEFECTIVE), its listed non-quality reasons part of that one rule (no cue), the rest
# of its stored opening pre-sales advice; rvpartsonsale's "original condition and packaging / Unused, undamaged, and
# including all original tags, manuals, and accessories" (six conditions, facts, as mowerszone's), its five kinds of goods
# refused in a state (five keys, the last "Opened fuse/switch/electrical components" apart from the installed electrical
# components by its own line), "Contact us ... using the template provided below" (EMAIL an either, convention 1; the
# template lies past the stored opening) then an RMA issued before packing (asking first a fact, as mowerszone's);
# holzfforma's damaged, wrong, not-working and missing items (four fault reasons, facts, convention 19), "contact us to
# authorize material to return within 7 days of receiving your order" (fault window 7 days from delivery, a fact; asking
# first a fact), "the address provided by our customer service team" (address on request a fact), "a new product free of
# charge (and refund the shipping cost of the returned product), or ... a full refund" (REPLACEMENT and REFUND,
# replacement MERCHANT_AT_FAULT, full_refund and the shop paying at fault, facts), its 30 days "of receipt of the order"
# without reason for items "still in new condition" (window 30 days from delivery and ORIGINAL_CONDITION facts, UNUSED an
# either, convention 3) refunded "minus the shipping fee" (original_shipping NEVER a fact), "Send us a clear photograph of
# the outer packaging ... and (if applicable) of the product received" (photos required of the packaging and the issue,
# conventions 15 and 21, as test120's backyardwildbirds), "Please contact customer service" (EMAIL an either, convention
# 1), its express-mail warning, its check before signing and its resent missing items "within the warranty period"
# unplaced.
# Audit (session 32): each page re-read with the `search` tool and set against both files; labels: srgenset, whose "Product Return and Exchange Policy" names exchanges only in its title and opening (no rule of their own), gains resolutions.exchange ALWAYS as an either (convention 12, as charbonnel (test122)); the other eleven labels unchanged. Rewrites: six runs of seven of the page's words reworded (energyonthehook's cancellation fee, goldenchannels' 60-day refund, driveinautosound's restocking fee, themowershop's electrical list, srgenset's customer-service channel, holzfforma's 7 days); caravanstuff's goods "returned" within 28 days, which the rewrite had made "reach us", are returned again, as the page leaves it open; rockettrailers, roundaroundtire, truckshop, hoyetractor and rvpartsonsale unchanged.
LABELS: dict[str, Label] = {
    "rockettrailers": Label(
        "https://rockettrailers.squarespace.com/returns-cancellations", "test131",
        facts={
            **_w(7, unit="BUSINESS"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED", "ACCESSORIES_INCLUDED"},
            "returns.request_required_before_shipping": True,
            "fault.reasons": {"WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"OTHER:seal|OTHER:bearing", "OTHER:electrical"},
        },
        either={"fees.restocking_percent": "25", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
                "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE", "REFUND"},
                "resolutions.exchange": "MERCHANT_AT_FAULT", "cancellation.enabled": True},
        unplaced=("whichever is greater", "credited the difference", "within the warranty period",
                  "60% deposit will be non-refundable"),
        read=READ131,
    ),
    "caravanstuff": Label(
        "http://www.caravanstuff.com/Returns.aspx", "test131",
        facts={
            **_w(28, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "refund.original_shipping": "NEVER",
            "requirements.condition": {"ORIGINAL_PACKAGING", "UNUSED"},
            "requirements.proof_of_purchase": True,
        },
        either={"cancellation.enabled": True, "cancellation.request_via": "EMAIL", "shipping.default.payer": "CUSTOMER",
                "refund.processing": _r(0, 28)},
        unplaced=("seven working days", "take reasonable care"),
        read=READ131,
    ),
    "energyonthehook": Label(
        "https://www.energyonthehook.com/returns.asp", "test131",
        facts={
            **_w(30, "PURCHASE"),
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "instructions.insured_shipping_recommended": True,
            "instructions.pack_securely": True,
            "cancellation.enabled": True,
            "cancellation.refund_percent": "92",
        },
        either={"fees.restocking_percent": "33", "cancellation.until_shipped": True},
        unplaced=("contact the manufacturer", "manufacturers' warranties", "33% return fee", "missing parts",
                  "used/installed", "c.o.d. not accepted"),
        read=READ131,
    ),
    "goldenchannels": Label(
        "https://goldenchannels.com/returns-and-refunds-policy/", "test131",
        facts={
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.full_refund": True,
            **_w(60, "DELIVERY", prefix="fault.window"),
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "instructions.address_on_request": True,
            "shipping.default.payer": "CUSTOMER",
            "instructions.tracked_shipping_recommended": True,
            "exclusions": {"OTHER:software|OTHER:download"},
            "refund.inspection": True,
        },
        either={"requirements.proof_of_purchase": True, "refund.confirmation_email": True,
                "returns.request_required_before_shipping": True, "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("identical shipping method", "replaced under warranty", "mutually agreeable conclusion"),
        read=READ131,
    ),
    "roundaroundtire": Label(
        "https://www.roundaroundtire.com/return-and-refund-policy/", "test131",
        facts={
            "exclusions": {"OTHER:new tire|OTHER:tire", "OTHER:used tire", "OTHER:service|OTHER:installation|OTHER:balancing",
                           "OTHER:rim"},
            **_w(30, "PURCHASE", "CALENDAR"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
        },
        either={"resolutions.exchange": "ALWAYS", "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE"}},
        unplaced=("visible manufacturing defect", "punctures, slashes", "equal or lesser value", "not charged on an exchange",
                  "90 day warranty", "incorrect size was ordered", "does not fit your vehicle",
                  "the cost of return shipping will be ded"),
        read=READ131,
    ),
    "driveinautosound": Label(
        "http://www.driveinautosound.com/return-policy/", "test131",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.store_credit": "ALWAYS",
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:closeout|OTHER:special sale|OTHER:sale", "OTHER:as is|OTHER:as-is",
                           "PERSONALIZED|OTHER:special order", "OTHER:labor", "OTHER:insurance replacement|OTHER:insurance"},
        },
        either={"refund.method": "CUSTOMER_CHOICE",
                "requirements.condition": {"UNUSED", "ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING"}},
        unplaced=("covered under the manufacturer's warranty", "at least 25%", "gift certificate",
                  "approximately 14 working days", "office issued refund check", "over $50.00",
                  "appropriate account will be credited", "layaway deposits"),
        read=READ131,
    ),
    "truckshop": Label(
        "http://www.truckshop.com/pages.php?pageid=3", "test131",
        facts={
            "exclusions": {"OTHER:engine", "OTHER:headlight", "OTHER:electrical"},
            **_w(30, "DELIVERY", "CALENDAR"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "returns.request_required_before_shipping": True,
            "instructions.ship_within_days": 10,
            "refund.inspection": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:modified|OTHER:mounted|OTHER:scratched|OTHER:defaced",
                               "OTHER:bulb"}},
        unplaced=("opened bulbs", "tag the item(s) inside"),
        read=READ131,
    ),
    "hoyetractor": Label(
        "https://www.hoyetractor.com/returns.htm", "test131",
        facts={
            "requirements.condition": {"UNUSED"},
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            "fees.restocking_percent": "10",
            "instructions.pack_securely": True,
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:manual|OTHER:cd"},
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "instructions.insured_shipping_recommended": True,
                **_w(60, "PURCHASE"), "refund.original_shipping": "MERCHANT_AT_FAULT",
                "exclusions": {"OTHER:electrical"}, "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT"},
        unplaced=("older than 30 days", "older than 60 days", "additional 15% repacking fee", "replace or repair it",
                  "90 day defect warranty", "pass along that charge"),
        read=READ131,
    ),
    "themowershop": Label(
        "https://themowershop.com/return-policy/", "test131",
        facts={
            "fault.reasons": {"WRONG_ITEM", "DAMAGED"},
            **_w(30, "DELIVERY"),
            "refund.original_shipping": "NEVER",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:electrical"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "requirements.proof_of_purchase": True,
            "instructions.pack_securely": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "exclusions": {"WORN_OR_DAMAGED|OTHER:open|OTHER:used"}},
        unplaced=("deducted from refund", "hidden damage"),
        read=READ131,
    ),
    "srgenset": Label(
        "https://srgenset.com/es/pages/return-exchange-policy", "test131",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DEFECTIVE"},
        },
        either={"resolutions.exchange": "ALWAYS"},
        unplaced=(),
        read=READ131,
    ),
    "rvpartsonsale": Label(
        "https://www.rvpartsonsale.com/shipping-returns", "test131",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED", "TAGS_ATTACHED",
                                       "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:electrical", "OTHER:led|OTHER:bulb|OTHER:lighting", "OTHER:air conditioning",
                           "PERSONALIZED|OTHER:custom|OTHER:special order", "OTHER:fuse|OTHER:switch"},
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
        },
        either={"returns.request_via": "EMAIL"},
        unplaced=(),
        read=READ131,
    ),
    "holzfforma": Label(
        "https://en.holzfforma.com/How-do-I-return-a-product-if-I-change-my-mind-or-the-product-is-defective-id45414627.html",
        "test131",
        facts={
            "returns.request_required_before_shipping": True,
            "fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE", "INCOMPLETE"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "instructions.address_on_request": True,
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.full_refund": True,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"UNUSED"}},
        unplaced=("import duties", "before signing for receipt", "within the warranty period"),
        read=READ131,
    ),
}
