"""The test74 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test74.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ74 = "2026-12-06 (session 17, set test74)"

# --- a seventy-fourth test set, 2026-12-06 session 17: twelve new pages of kinds of vehicle and travel shops (car parts,
# motorcycle gear, luggage, travel accessories, caravan and RV supplies, boat parts, car care products, tyres, roof racks,
# dash cams, electric scooters, bike racks; no spare kind was needed), the first result per query ("<kind> shop return
# policy refund exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund
# policy in English (not a template with blanks, not an article, blog, marketplace, platform help or product page, at
# least 800 characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in
# /work/coord/claimed.txt by a set built at the same time.
# Skipped on the way (36 results): car parts' trunkmonkeyparts.com and sfbenzparts.com (used), carparts-and-accessories.com
# (a template: "[number of days]", "[customer service email]", "[list of non-refundable items]"), hondapartsunlimited.com
# and amgcarpartsforsale.com (used) and expbm.lv (the terms page of a shop of BMW motorcycle parts, not car parts), so
# amautow.com; motorcycle gear's motoxtremegear.com twice (used), motopartsshop.com (used), motoroadgear.com (a template:
# "Last Updated: [Insert Date]") and motorcyclegearpro.com (used), so revzillastore.com (its /returns page, rank 6; the same
# shop's /returns-exchanges came next, rank 7, another wording); luggage's sidedluggages.com and luggage-shop-usa.com
# (used), so fredericktours.com (a shop that calls itself "Luggage" on that domain); travel accessories' walkaid.shop
# (used), so usatravelluggage.com (its page came twice, ranks 2 and 4, two stored copies of one address: the first taken);
# caravan and RV supplies: none skipped (thecaravanshop.com.au); boat parts' cvkayaks.com (used), comfykayak.com (a kayak
# maker's shop, not boat parts) and esupplymarine.com (used), so smartboatparts.com; car care products: none skipped
# (beiz.pro); tyres' wholesale.gsporttyres.com.au (six lines, under 800 characters of policy), shop.tyretec.biz and
# tyrenix.co.uk (used), so tyre-select.com; roof racks: none skipped (roofrackgalore.co.za); dash cams' dshcam.com (used),
# eatsip365.com (an article) and thedashcamstore.com (a warranty, shipping and returns page whose stored opening is
# warranty and shipping, no return rule; a second query for its returns gave the same opening), so dashcamerasa.com;
# electric scooters' pestcontrolworldwide.com (a pest-control domain whose refund page names only "the scooter": not shown
# to be an electric-scooter shop) and e-scootr.co.uk (used), so scooterfull.shop; bike racks' ttfpitshop.com twice (a
# generic piece on what shops usually do, not a policy), barnardsschwinn.com (used), pedaller.bike (a bicycle shop),
# bbikes.com (used), bikeexchange.com (a marketplace), binghamcyclery.com and bentley-cycle-inc.shoplightspeed.com
# (bicycle shops); a second wording ("hitch bike rack car bike carrier store returns policy refund") gave racknride.com
# (a maker of motorcycle hitch carriers), bicyclesetc-il.com (a bicycle shop) and hitchcarriers.com (hitch cargo carriers,
# its page naming no bike racks), so bikeerack.com (a maker of hitch racks for e-bikes, selling its own).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once. The corpus stores the
# opening of each page, so a text is that opening (some stop mid-sentence or mid-word: amautow, revzillastore,
# usatravelluggage, thecaravanshop, smartboatparts, roofrackgalore, dashcamerasa, scooterfull). No page taken here came
# twice, except usatravelluggage's (the same text, one copy with the customer's request template).
# Unsure: fredericktours is a luggage shop only by its page ("At Luggage"), on a tours domain; it takes returns only of
# defective, damaged or not-as-described goods (returns.only_at_fault a fact, its 7 days a fault window, also a returns
# window `either`, as spiceitup), and refunds "via cash on delivery refund upon your next order or as agreed" (no refund
# method; store credit an `either`, the sentence unplaced). amautow's free returns "within 30 days of delivery for
# approved reasons" are its fault returns (a fault window as a fact, a returns window `either`), while change-of-mind
# returns, with no window of their own, are the buyer's to post (the default payer a fact); its "visual proof is
# required", photos or videos, was read as photos required of the issue (convention 21), the wrong item's shipping
# labels a PACKAGING `either`, and refund or replacement, named only in a heading, `either` remedies. revzillastore's
# goods refused in a state (opened eyewear and filters, worn boots and base layers) are exclusions of those goods, as
# motoxtremegear and motopartsshop were labelled; the photos in its customer's request template were not read as a rule.
# usatravelluggage stops at "We recommend using a trackabl" (tracked shipping an `either`); its opened RFID accessories,
# refused "unless defective", make the exclusion and its fault override facts. thecaravanshop takes no change-of-mind
# returns (returns off a fact), yet lists its 7 days, email approval and postage under a "Store Credit Option" heading
# (read as rules of every return it takes: 7 days a fault window as a fact for damaged goods, a returns window `either`),
# offers store credit less 20% only "in some cases" (unplaced, the fee an `either`) and sends faulty goods to the maker's
# warranty (DEFECTIVE an `either`). smartboatparts lists special-order items as non-returnable and then "may be returnable
# with a 30% restocking fee plus any freight" (an `either` exclusion, the fee unplaced); its prepaid label whose cost is
# deducted from the refund is the customer paying; "new, unused, and uninstalled" makes UNUSED a fact and "new" an
# ORIGINAL_CONDITION `either`. beiz counts its refund from "receiving the withdrawal statement" (unplaced, the 14 days an
# `either` processing time) and refuses "items for which usage or non-usage cannot be determined" (an `either`
# exclusion, unplaced). tyreselect gives no window; it lets an order be cancelled without deductions only before it leaves
# the warehouse yet speaks of cancellations after that, at the customer's cost (until_shipped an `either`, that sentence
# unplaced); "no additional restocking charge or administrational charge" is a 0% restocking fee as a fact (a flat fee of 0
# an `either`); "not been mounted on a rim and should be undriven" was read as UNUSED. roofrackgalore treats an exchange
# as a return and a new order (reorder hint a fact, exchange NEVER an `either`, as test68) and gives its 12 days no start.
# dashcamerasa's "intact and unchanged" is ORIGINAL_CONDITION as a fact (NOT_ALTERED an `either`), its goods that do not
# match the specifications may come back within the same period (NOT_AS_DESCRIBED an `either`), and its non-refundable
# "customs duties, taxes" are charges of international shipping (no taxes setting read). bikeerack's 3% "administration
# fee" on refunds "before the completion of the eRACK" was read as a cancellation of a rack being built (a 97%
# cancellation refund `either`, the sentence unplaced), and "as for the original shipment" leaves refunding the original
# shipping `either` NEVER.
# Audit (session 17, by an engineer who had not read the drafter; every page found in the corpus and read against its
# label and rewrite): scooterfull names exchanges only in its opening ("how returns, exchanges, and refunds are handled")
# and in its list of goods "not eligible for return or exchange", with no rule of their own, so resolutions.exchange
# ALWAYS joins `either` (convention 12, as foryarnssake, universalbilliards, dimaeyewear and themassagechair, whose
# exchanges appear only in headings or in limits on what can be returned or exchanged); amautow sends return instructions "upon mutual agreement"
# and warns not to post the part to the sender's address on the parcel, so the return address comes in that reply, a
# reading a careful reader could take either way: instructions.address_on_request joins `either` (convention 10, beside
# the warning's use_address_from_instructions, as smartviewhomes has both). The rewrites said some sentences in the page's
# own words, now said in ours: revzillastore's request by email, usatravelluggage's opening, RFID note, request step,
# processing time and times to show, thecaravanshop's store-credit offer, time to post the item back and damaged-item
# deadlines, smartboatparts' special-order note, wrong-part remedy and refund, beiz's request by form, tyreselect's
# warranty, roofrackgalore's refund window, damaged-item request and sale and international limits, dashcamerasa's
# window, not-to-specification returns and refund time, scooterfull's request form, unauthorized returns and time to
# show, fredericktours' request list and bikeerack's return shipping. Nothing else changed.
LABELS: dict[str, Label] = {
    "amautow": Label(
        "https://amautow.com/return-policy", "test74",
        facts={
            **_w(30, "DELIVERY", prefix="fault.window"),
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "INCOMPLETE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "requirements.reason_required": True,
            "instructions.use_address_from_instructions": True,
        },
        either={**_w(30, "DELIVERY"), "fault.photos_of": {"PACKAGING"}, "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True, "fault.remedies": {"REFUND", "REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT", "instructions.address_on_request": True},
        unplaced=("reject the package", "delays beyond our control", "price changes after purchase",
                  "electronic or video manual", "user-caused damage"),
        read=READ74,
    ),
    "revzillastore": Label(
        "https://www.revzillastore.com/returns", "test74",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:eyewear", "OTHER:base & mid layer|OTHER:layer", "OTHER:boot", "OTHER:filter"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "refund.inspection": True,
        },
        either={"returns.request_required_before_shipping": True, "refund.response_business_days": 2,
                "shipping.default.payer": "CUSTOMER"},
        unplaced=("new size/color preference",),
        read=READ74,
    ),
    "fredericktours": Label(
        "https://fredericktours.com/returns-refunds", "test74",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "NOT_AS_DESCRIBED", "WRONG_ITEM"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "refund.original_shipping": "NEVER",
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.remedies": {"EXCHANGE", "REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={**_w(7, "DELIVERY"), "returns.request_required_before_shipping": True, "refund.method": "STORE_CREDIT"},
        unplaced=("cash on delivery refund upon your next order",),
        read=READ74,
    ),
    "usatravelluggage": Label(
        "https://www.usatravelluggage.com/returns-exchanges", "test74",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:rfid"},
            "fault.overrides_exclusions": True,
            "returns.request_via": "EMAIL",
            "instructions.pack_securely": True,
            "instructions.address_on_request": True,
            "refund.inspection": True,
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE"},
        },
        either={"returns.request_required_before_shipping": True, "refund.response_business_days": 2,
                "refund.typical_arrival": _r(5, 10, "BUSINESS"), "instructions.tracked_shipping_recommended": True},
        unplaced=("complete the return/exchange form", "standard shipping rates apply"),
        read=READ74,
    ),
    "thecaravanshop": Label(
        "https://thecaravanshop.com.au/pages/returns-exchanges", "test74",
        facts={
            "returns.enabled": False,
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"WRONG_ITEM", "DAMAGED"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "instructions.ship_within_days": 7,
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={**_w(7, "DELIVERY"), "refund.confirmation_email": True, "fees.restocking_percent": "20",
                "resolutions.exchange": "ALWAYS", "fault.reasons": {"DEFECTIVE"}},
        unplaced=("store credit minus a 20% restocking fee", "assess whether damage occurred during shipping",
                  "handled directly with the manufacturer", "not responsible for parcels lost"),
        read=READ74,
    ),
    "smartboatparts": Label(
        "https://www.smartboatparts.com/returns", "test74",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "instructions.pack_securely": True,
            "exclusions": {"OTHER:serialized", "OTHER:outdrive", "OTHER:transom", "OTHER:engine|OTHER:block",
                           "OTHER:electronic"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM"},
            "fault.remedies": {"EXCHANGE", "REPLACEMENT"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.inspection": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"},
                "exclusions": {"PERSONALIZED|OTHER:special-order|OTHER:special order",
                               "WORN_OR_DAMAGED|OTHER:installation|OTHER:installed"},
                "fault.reasons": {"DAMAGED"}, "fault.photos_requested": True, "fault.photos_of": {"ISSUE"}},
        unplaced=("opened carefully", "30% restocking fee plus any freight", "subject to additional deductions"),
        read=READ74,
    ),
    "beiz": Label(
        "https://beiz.pro/returns-refunds", "test74",
        facts={
            **_w(14, "DELIVERY"),
            "returns.request_via": "WEBSITE",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "refund.inspection": True,
            "refund.original_shipping": "ALWAYS",
            "exclusions": {"OTHER:car care|OTHER:opened"},
        },
        either={"refund.processing": _r(0, 14), "exclusions": {"OTHER:usage"}, "currency": "EUR"},
        unplaced=("within 14 days of receiving the withdrawal statement", "usage or non-usage cannot be determined"),
        read=READ74,
    ),
    "tyreselect": Label(
        "https://www.tyre-select.com/en/return-refund", "test74",
        facts={
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "shipping.default.payer": "CUSTOMER",
            "refund.method": "ORIGINAL_PAYMENT",
            "fees.restocking_percent": "0",
        },
        either={"cancellation.enabled": True, "cancellation.until_shipped": True, "fees.flat_fee": "0"},
        unplaced=("cancellations after the merchandise has left the warehouse", "direct and indirect costs",
                  "costs differ with tyre size and location"),
        read=READ74,
    ),
    "roofrackgalore": Label(
        "https://roofrackgalore.co.za/refund-exchange", "test74",
        facts={
            "returns.window.days": 12,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 10, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "resolutions.reorder_hint": True,
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"PERSONALIZED", "CLEARANCE|FINAL_SALE|OTHER:sale"},
            "fault.overrides_exclusions": True,
            "refund.inspection": True,
        },
        either={"returns.request_via": "EMAIL", "resolutions.exchange": "NEVER",
                "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("items shipped internationally",),
        read=READ74,
    ),
    "dashcamerasa": Label(
        "https://dashcamerasa.com/en-us/pages/refund-exchange-policy", "test74",
        facts={
            **_w(10, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "shipping.default.payer": "CUSTOMER",
            "refund.processing": _r(0, 14, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DEFECTIVE"},
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "requirements.condition": {"NOT_ALTERED"}, "fault.reasons": {"NOT_AS_DESCRIBED"},
                "refund.typical_arrival": _r(0, 14, "BUSINESS")},
        unplaced=("constitutes the customer's confirmation", "before the shipment is sent",
                  "after 14 days from the order date"),
        read=READ74,
    ),
    "scooterfull": Label(
        "https://scooterfull.shop/return-policy", "test74",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED",
                                       "TAGS_ATTACHED"},
            "instructions.pack_securely": True,
            "requirements.proof_of_purchase": True,
            "exclusions": {"PERSONALIZED|OTHER:customized|OTHER:modified", "CLEARANCE|FINAL_SALE", "OTHER:gift card",
                           "FREE_GIFT|OTHER:promotional"},
            "returns.request_via": "WEBSITE",
            "requirements.reason_required": True,
            "instructions.address_on_request": True,
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "instructions.tracked_shipping_recommended": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(5, 10, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:damaged"}, "refund.confirmation_email": True,
                "resolutions.exchange": "ALWAYS"},
        unplaced=(),
        read=READ74,
    ),
    "bikeerack": Label(
        "https://bikeerack.com/return-refund-policy", "test74",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"PERSONALIZED|OTHER:customize|OTHER:custom", "OTHER:trike universal|OTHER:universal",
                           "OTHER:delta trike|OTHER:delta", "OTHER:mx"},
            "fees.restocking_percent": "20",
            "shipping.default.payer": "CUSTOMER",
        },
        either={"cancellation.enabled": True, "requirements.condition": {"ORIGINAL_CONDITION"}, "cancellation.refund_percent": "97",
                "refund.original_shipping": "NEVER"},
        unplaced=("standard hitch bar of 16 or 18 inches", "before the completion of the erack"),
        read=READ74,
    ),
}
