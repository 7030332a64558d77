"""The test121 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test121.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ121 = "2026-12-07 (session 30, set test121)"

# --- a hundred-and-twenty-first test set, 2026-12-07 session 30: twelve new pages of kinds of office, computing and
# home-electronics shops (office chairs, standing desks, printer ink, computer monitors, mechanical keyboards, headphones,
# smart home devices, security cameras, wifi routers, laptop bags, phone chargers and cables, projectors; every kind gave
# a page, so the spare kind calculators was not needed), the first result per query ("<kind> shop return policy refund
# exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy in
# English (not a template with blanks, not an article, blog, marketplace, platform help or product page, at least 800
# characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a
# set built at the same time. Held out until measured once. Where the first query's eight results held none, one more
# query in other words was read.
# Skipped on the way: office chairs: shopofficechairs.com, officechairsusa.com, officechairsplus.com and mightychairs.com
# (used), then deskseat.shop (rank 5). Standing desks: standwhileworking.com and updowndesk.com.au (used),
# standupdeskdepot.com (its stored opening is its shipping policy only, cut before any return rule: no return policy
# to read; searched again by its address, the same opening), standstand.com (a terms-and-conditions page whose returns
# paragraph is about 500 characters, under 800), then stando.com.au (rank 5). Printer ink: inksmile.com (used),
# printerhelphub.site (a template: "This page serves as a sample", "{email address}"), sundatasupply.com, printdigink.com
# and ink-jetprint.com (used), then inkink.co.nz (rank 6). Computer monitors: monstermonitors.com (a product page's
# address holding the policy), monitormart.com.au (used), then buymonitorsnow.com (rank 4; its "[email protected]" is the
# stored page's hidden address, and its "Return/Exchange Request Form Template" with "[Your Order Number]" is a form for
# customers to fill in, not a template of the policy). Mechanical keyboards: keytecha.shop, samonrye.com (a proxy address
# of a used page), support.dygma.com, mechanicalkeybo.com, mechboardsuk.reamaze.com, accenttable.online and xihu.uk.to
# (used), mechkeybs.com (a marketplace's note on its vendors); a second query ("mechanical keyboard keycaps switches store
# returns refunds policy") gave keytecha.shop (used), then switchkeys.com.au (rank 2; about 1,150 characters, all
# policy). Headphones: usapdp.com (a template: "within [X] days"), voxampshop.com, headphonesshop.click, acornaudio.co.uk,
# help.headphonezone.in, headphones.com and headphone.com (used); a second query ("headphones earbuds audio store returns
# and refunds policy") gave the same pages, then digitoutlets.com (rank 5; replacement earbuds and charging cases for
# headphones). Smart home devices: smarthomegadgets.shop, smarthome.com.au, smarthomeproducts.us, trinetratechnoworld.com,
# smarterhomeproducts.com and smarthomeshield.co.uk (used), domee.io (a marketplace), shippingenius.com (an article); a
# second query ("smart home automation store returns refunds policy smart plugs bulbs") gave the same pages and
# hometosmarthome.com (used), then smarthome.com (rank 6, its SmarthomePro return policy). Security cameras:
# camerasecure.store, camshieldcctv.store and ctvcam.com (used), pochesa.com (a template: "{email address}", "{physical
# address}"), news-247.top (an article), telematics.suresecurity.ca and safeviewcameras.com (used); a second query ("CCTV
# surveillance camera store returns refunds policy") gave cctvstore.co.za first. Wifi routers: mofinetworkinc.tawk.help
# (the help-desk copy of mofinetwork.com's used policy, the same shop and rules), mofinetwork.com (used), floridainter.net
# (a template blank left in: "contact us at {email address}"), then usedrouter.com (rank 5). Laptop bags: none skipped
# (travelpackus.com, the returns page of "Smart Bag Shop"; its "[email protected]" a hidden address). Phone chargers and
# cables: chargie.org (used), then thecellbox.com (rank 2, The Cell Box, a phone-accessory and repair shop whose page
# names chargers, cords and cables). Projectors: projectorscreen.com and luxevision.jp (used), then projectorsuperstore.com
# (rank 3).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 24 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence or mid-word: deskseat (in
# its list of refused returns, after item 7), stando (in its chairs part, "Yo"), inkink (in its RMA refusal, "rubbishe"),
# digitoutlets (at "Damages and issues", "Please inspect your order u"), smarthome (in its return address, "Re"),
# usedrouter (in its exchange address, "Spr"), smartbagshop (in its refund note, "yo"), thecellbox (at "Refund or
# Exchange Policy", "If you wa"), projectorsuperstore (at "DOA Returns", "mu"); cctvstore's last sentence has no full stop).
# Unsure: deskseat's "original unused condition" (UNUSED a fact, ORIGINAL_CONDITION an either), its 60 days for "quality
# defects (e.g., bent frames, damaged casters, deformed seat cushions, or missing parts)" (a fault window from delivery and
# DEFECTIVE facts, INCOMPLETE an either from the example), its "Valid proof ... (order number, clear photos/videos of defect
# details or product integrity)" (photos of the fault required, ISSUE, as test119's aerodrones took "photos, videos";
# proof of purchase an either; photos of every item's integrity unplaced, as test106's photos with every request), its
# refusal of goods "assembled, modified, or damaged" (NOT_ALTERED a fact, WORN_OR_DAMAGED an either, convention 4, as
# test101's and test112's "assembled"), its "Final Sale" or "Non-Returnable" marks one key; stando's terms all by kind of
# goods (100 days for desks, 7 for accessories and for unused chairs: no general window, each unplaced, the exchange of
# accessories an either ALWAYS and their inspection an either), its custom desks an exclusion (a fact); inkink's "If you
# return a new item ... unused and in the same condition" beside lightly used items with 90% life left (the condition
# eithers, the used-item rule unplaced), its "100% exchange or 100% refund" for a defective cartridge (REFUND and EXCHANGE
# remedies facts, full refund an either), "Contact us to request an RMA number" (EMAIL an either, convention 1) with
# "Any parcel without RMA number will be rubbishe[d]" (asking first a fact, convention 20); buymonitorsnow's numbered
# "Wait for approval" step (asking first a fact, as test80's audit), its RMA "within 1-2 business days" (a reply to the
# request, response 2 an either, convention 9, as safeviewcameras); switchkeys taking back only wrong, faulty or damaged
# goods (only_at_fault a fact, convention 23; exchanges refused for change of mind an either NEVER), "please contact us
# for rectification" (EMAIL an either), its cancelling of pre-orders and group buys by email (cancelling and the channel
# eithers, a rule for some orders); digitoutlets' $7 "return service fee" for returning an item ordered by mistake (flat
# fee and USD eithers: every change of mind there is such a return), its priority and international shipping not
# credited on a change of mind (original shipping NEVER an either), its "allow us 1-3 business days" (1-3, convention 8);
# smarthome's "return it within 30 days, and we'll replace it" (replacement ALWAYS a fact), its 15% fee on refunds beside
# no fee for store credit (the fee and store credit facts, the no-fee rule unplaced), "Clearance & Special Order items
# are not eligible for return unless defective" and Direct Ship the same (the override a fact, as test84's audit counted),
# "Credit card purchases will be refunded to the original purchaser's card" (ORIGINAL_PAYMENT an either: cash and cheque
# buyers get a cheque), "Please allow two weeks for processing" (0-14 days), its INSTEON "returns or exchanges" (exchange
# an either ALWAYS: one product line); cctvstore's garbled "No Returns ... after 7days and or before 14days, after 14days
# from purchase" (7 days from receipt the window, from its second paragraph; DEFECTIVE a fact from "if ... not defective";
# the 14 days unplaced), "undamaged in any manner" (ORIGINAL_CONDITION an either), "cancels any transaction ... within
# seven days of the receipt" (a return by another name: cancelling an either), "The customer shall refund to CCTV STORE
# all direct expenses ... in the delivery" and "in accepting return" (original shipping NEVER and customer pays postage,
# facts); usedrouter's template "We only replace items if they are defective or damaged. If you need to exchange it for
# the same item" (REPLACEMENT and replacement MERCHANT_AT_FAULT facts, exchange MERCHANT_AT_FAULT and EXCHANGE eithers,
# as test86's shinymirrors and test87's gamerretail), its "14 days from the date of your purchase to notify us" (the window
# from purchase), "In some circumstances we may offer a 25% restocking fee ... case by case" (unplaced), "will not be
# refunded" list (WORN_OR_DAMAGED and ACCESSORIES_INCLUDED eithers, as smarthomeproducts and test80's audit), its
# approval notice (confirmation an either, convention 7); smartbagshop's laptop sleeves and mobile cases out of their
# packaging refused "unless defective" (one key, the override a fact), its "with all accessories" in the packing step
# (an either), its "send return instructions within 2 business days" (an either response), "Shipping fees are
# non-refundable (except in cases of our error)" (MERCHANT_AT_FAULT a fact); thecellbox's in-store-only returns
# (unplaced), "good condition" (ORIGINAL_CONDITION an either), its refused "damaged or abused" goods (WORN_OR_DAMAGED an
# either) and "unapproved modification" or "disassembly" (NOT_ALTERED a fact), its refused "Operating system repairs" (a
# service refused, an exclusion key), its defective items' "full refund including applicable taxes" (REFUND a fact, full
# refund an either); projectorsuperstore's RMA from a phone-only customer service (no channel, asking first an either),
# its "Claims for missing items or items damaged in transit ... within 5 business days of receipt" (a fault window with
# INCOMPLETE and DAMAGED facts), its two-week trade-up program sentence by sentence unplaced (a rule for projectors).
# Audit (session 30, by an engineer who had not read the drafter): every page was found again in the corpus at its
# labelled address (the `search` tool, corpus `pages`, by domain or shop name and "return policy"; inkink's name alone
# gave other shops, and it came up for "printer ink shop return policy refund exchange"; projectorsuperstore's address
# holds two stored versions, and the labelled one, headed "Log In or Register" and stopping at "mu", was read) and its
# stored opening read against its label, fact by fact, `either` by `either` and cue by cue under conventions 1 .. 24,
# and against its rewrite (every fact, either and unplaced rule stated, nothing added, no run of seven of the page's
# words, every address and email domain *.example, every cue verbatim in it, each stopping where its page stops);
# every label cue is on its page. Changes, each checked against how the earlier rewritten pages' labels took the same
# words: deskseat's "in original unused condition" moves ORIGINAL_CONDITION from `either` to the facts beside UNUSED
# (12 of the 13 earlier rewritten pages asking for items in their "original(,) unused condition" label it a fact,
# customconchosandtack, throwpillow, lawnmowercorner, protectmyacunit, revzillastore and golfguiders among them,
# pondandpetdirect the one that does not), and its rewrite now says "unused and in its original condition" (it said
# "as it left us"); deskseat's "damaged casters" beside "missing parts" among the examples of a quality defect adds
# DAMAGED to the `either` fault reasons with INCOMPLETE (two examples of a defect, read the same way, as test59's
# stampcollectshop took its examples of a defect as eithers); deskseat's refusal of "Customized Products that ... have
# no quality defects" (a defective customized chair is not refused) adds fault.overrides_exclusions as an `either` (of
# the earlier pages refusing custom goods "unless defective" all but one take it as a fact, test82's peglala, whose
# override stands on one refusal among several, as an either; here it is said only by implication, of one of two
# refusals, and the customized chairs' own terms stand in the page's unseen section 5); switchkeys' "If you have
# pre-ordered a product or joined a group buy and wish to cancel your order, please email us" is a cancellation rule for
# some orders only, which no setting holds, so it gains the cue "group buy" (in the label and the rewrite) beside its
# cancelling and channel eithers, as this set's own stando accessories and smarthome INSTEON rules keep an either and a
# cue, and test27's tinysoulsmedia put its pre-order cancelling among the unplaced. Seen, not changed: buymonitorsnow's
# and smartbagshop's numbered "Wait for approval" step keeps asking first a fact (18 of the 20 rewritten pages of other
# sets with that step label it a fact, bgggameshop and usatravelluggage eithers); usedrouter's template "We only
# replace items if they are defective or damaged. If you need to exchange it for the same item" keeps exchange
# MERCHANT_AT_FAULT as an `either` (as 22 of the 27 earlier pages found saying it) with its EXCHANGE remedy an either
# (convention 22; 9 of those 22 have it, the rest leave it out), and its "After those 14 days unfortunately we can't
# offer you a refund, exchange or store credit" adds no store credit (the same template's "can't offer you a refund or
# exchange" made no exchange ALWAYS in those labels); smartbagshop's one key for "laptop sleeves and mobile cases"
# removed from their packaging (one sentence, as test26's climbinggearstore "food or drink products" is one key), where
# buymonitorsnow's microphones and headsets, bulleted apart, are two; deskseat's photos of "product integrity" with
# every request kept unplaced (no label has taken requirements.photos_min); digitoutlets' "pay the difference" and
# thecellbox's "equal or lesser value" kept unplaced (no label names an exchange price term; test49's label has the
# same cue); cctvstore's "undamaged in any manner" kept an `either` for ORIGINAL_CONDITION (earlier labels of a bare
# "undamaged" split); inkink's new-item condition kept as eithers beside its lightly used items' cue. The phone numbers
# kept in the rewrites (smarthome's, projectorsuperstore's) are not addresses, as in most earlier rewrites that give
# one. No rewrite holds a run of seven of its page's words (its runs of six are stock phrases, headings, step names,
# phone numbers and cues).
LABELS: dict[str, Label] = {
    "deskseat": Label(
        "https://deskseat.shop/pages/return-exchange-policy", "test121",
        facts={
            **_w(30, "DELIVERY", "CALENDAR"),
            **_w(60, "DELIVERY", prefix="fault.window"),
            "fault.reasons": {"DEFECTIVE"},
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                       "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED", "NOT_ALTERED"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "exclusions": {"PERSONALIZED|OTHER:customized|OTHER:custom",
                           "FINAL_SALE|NON_RETURNABLE_MARK|OTHER:final sale|OTHER:non-returnable"},
        },
        either={"requirements.proof_of_purchase": True, "fault.reasons": {"INCOMPLETE", "DAMAGED"},
                "fault.overrides_exclusions": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:assembled|OTHER:modified|OTHER:improper use"}},
        unplaced=("special provisions in section 5", "defect details or product integrity", "batch number",
                  "normal color differences", "consumable accessories"),
        read=READ121,
    ),
    "stando": Label(
        "https://stando.com.au/pages/return-policy", "test121",
        facts={
            "exclusions": {"PERSONALIZED|OTHER:custom"},
        },
        either={"resolutions.exchange": "ALWAYS", "refund.inspection": True},
        unplaced=("100-day money-back guarantee", "accessories and monitor arms within 7 days", "as-new condition",
                  "minus return shipping", "may not qualify for a refund", "cannot be returned once used",
                  "still disassembled"),
        read=READ121,
    ),
    "inkink": Label(
        "https://www.inkink.co.nz/Return_Policy", "test121",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"WRONG_ITEM", "DAMAGED", "DEFECTIVE"},
            "fault.remedies": {"REFUND", "EXCHANGE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "requirements.proof_of_purchase": True,
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"},
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
        },
        either={"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
                "returns.request_via": "EMAIL", "fault.full_refund": True},
        unplaced=("90% life time left", "rma number on the outside"),
        read=READ121,
    ),
    "buymonitorsnow": Label(
        "https://www.buymonitorsnow.com/returns-exchanges", "test121",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:microphone", "OTHER:headset", "OTHER:software|OTHER:digital download",
                           "PERSONALIZED|OTHER:custom-configured|OTHER:personalized"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
        },
        either={"refund.response_business_days": 2},
        unplaced=(),
        read=READ121,
    ),
    "switchkeys": Label(
        "https://www.switchkeys.com.au/pages/returns-policy", "test121",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE", "DAMAGED"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"returns.request_via": "EMAIL", "resolutions.exchange": "NEVER", "cancellation.enabled": True,
                "cancellation.request_via": "EMAIL"},
        unplaced=("minor imperfections", "group buy"),
        read=READ121,
    ),
    "digitoutlets": Label(
        "https://www.digitoutlets.com/pages/refund-policy", "test121",
        facts={
            **_w(30, "DELIVERY"),
            "refund.method": "ORIGINAL_PAYMENT",
            "requirements.proof_of_purchase": True,
            "returns.request_via": "WEBSITE",
            "resolutions.exchange": "ALWAYS",
            "refund.processing": _r(1, 3, "BUSINESS"),
            "refund.additional_delay": _r(1, 3, "BUSINESS"),
            "refund.confirmation_email": True,
        },
        either={"fees.flat_fee": "7", "currency": "USD", "refund.original_shipping": "NEVER"},
        unplaced=("pay the difference", "no additional shipping fees", "instant exchange order"),
        read=READ121,
    ),
    "smarthome": Label(
        "http://www.smarthome.com/returnpolicy_pro.html", "test121",
        facts={
            "returns.window.days": 30,
            "resolutions.replacement": "ALWAYS",
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fees.restocking_percent": "15",
            "resolutions.store_credit": "ALWAYS",
            "exclusions": {"CLEARANCE", "PERSONALIZED|OTHER:special order", "OTHER:book", "OTHER:direct ship",
                           "OTHER:open box", "OTHER:software"},
            "fault.overrides_exclusions": True,
            "refund.processing": _r(0, 14),
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "requirements.proof_of_purchase": True,
            "instructions.tracked_shipping_recommended": True,
        },
        either={"refund.method": "ORIGINAL_PAYMENT", "resolutions.exchange": "ALWAYS"},
        unplaced=("contact the manufacturer", "will not be charged a re-stocking fee", "merchandise credit",
                  "in exchange for a replacement item", "refunded by check", "lost or damaged in shipment", "insteon",
                  "rma on the outside"),
        read=READ121,
    ),
    "cctvstore": Label(
        "http://cctvstore.co.za/index.php?id_cms=5&controller=cms", "test121",
        facts={
            **_w(7, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED"},
            "fault.reasons": {"DEFECTIVE"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "cancellation.enabled": True},
        unplaced=("after 14days from purchase", "written indication"),
        read=READ121,
    ),
    "usedrouter": Label(
        "http://www.usedrouter.com/pages/refund-policy", "test121",
        facts={
            **_w(14, "PURCHASE"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "returns.request_via": "EMAIL",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"resolutions.exchange": "MERCHANT_AT_FAULT", "fault.remedies": {"EXCHANGE"},
                "refund.confirmation_email": True, "requirements.condition": {"ACCESSORIES_INCLUDED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:missing parts"}},
        unplaced=("warranty last for 1 year", "case by case basis"),
        read=READ121,
    ),
    "smartbagshop": Label(
        "https://www.travelpackus.com/returns-exchanges", "test121",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:laptop sleeve|OTHER:mobile case"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
        },
        either={"refund.response_business_days": 2, "requirements.condition": {"ACCESSORIES_INCLUDED"}},
        unplaced=("sending your replacement item",),
        read=READ121,
    ),
    "thecellbox": Label(
        "https://thecellbox.com/return-and-exchange-policy", "test121",
        facts={
            **_w(14, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED", "NOT_ALTERED"},
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:personalized", "OTHER:consumable|OTHER:batter",
                           "OTHER:repair|OTHER:operating system"},
            "requirements.proof_of_purchase": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "fault.full_refund": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:abused|OTHER:liquid"}},
        unplaced=("back to the store where you purchased", "equal or lesser value"),
        read=READ121,
    ),
    "projectorsuperstore": Label(
        "https://www.projectorsuperstore.com/help/return_policy.cfm", "test121",
        facts={
            **_w(30, "PURCHASE"),
            **_w(5, "DELIVERY", "BUSINESS", prefix="fault.window"),
            "fault.reasons": {"INCOMPLETE", "DAMAGED"},
        },
        either={"returns.request_required_before_shipping": True},
        unplaced=("2-week trade-up program", "full credit of the purchase price", "no restocking fees will apply",
                  "less than 25 hours of use", "in-store credit", "standard restocking fees will apply",
                  "once per projector purchase", "trade-up credit will not qualify"),
        read=READ121,
    ),
}
