"""The test52 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test52.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ52 = "2026-12-06 (session 15, set test52)"

# --- a fifty-second test set, 2026-12-06 session 15: twelve new pages of kinds of sport and outdoor shops (bicycle
# shop, bike parts, fishing tackle, kayaks and canoes, marine and boat supplies, archery, hunting optics, scuba diving
# gear, surfboards, skateboards, horse riding tack, climbing gear), the first result per query ("<kind> shop return
# policy refund exchange", read with the `search` tool, corpus `pages`; a second query for bike parts: "bicycle
# components parts store returns refund policy") that is a shop of that kind's own return or refund policy in English
# (not a template with blanks, not an article, blog, marketplace, platform help or product page, at least 800
# characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed by a set built at the same
# time. No spare kind was needed.
# Skipped on the way: bicycle shop's bentley-cycle-inc.shoplightspeed.com (used), adisbikeworld.net (under 800
# characters of policy), barnardsschwinn.com, bbikes.com and ferriswheelsbikeshop.com (used); bike parts, in the first
# query: ttfpitshop.com (an article: what shops "usually" do, twice), adisbikeworld.net (short, and a bicycle shop),
# barnardsschwinn.com and bbikes.com (used), usbikeadventures.com (a template: "Last Updated: [Insert Date]"),
# bentley-cycle-inc.shoplightspeed.com (used), bikeexchange.com (a marketplace), so a second query, where
# barnardsschwinn.com (used), usbikeadventures.com (template), adisbikeworld.net (short), ttfpitshop.com (article),
# bbikes.com and bentley-cycle-inc.shoplightspeed.com (used) came before componentbikegear.com; fishing tackle's
# tackledirectshop.com, sportsmansfinest.com and fishingsportsupply.com (used); kayaks' lovekayakshop.com (used) and
# support.vibekayaks.com (a help article of a few lines on refused deliveries, under 800 characters); marine supplies'
# cvkayaks.com (used) and comfykayak.com (a kayak seat shop, not marine supplies); archery: none skipped (the store
# policies page of baystatearchers.com, about 1,400 characters, its return rules in its first five paragraphs);
# hunting optics' rpmarms.com (used), tacticalwholesalers.com (a tactical gear wholesaler, not an optics shop),
# shootsmart.com (a firearms shop's FAQ), sportsmansfinest.com (used); scuba: none skipped; surfboards'
# surfboardgears.com (a template: "Last Updated: [Insert Date]"), thesurfboardwarehouse.com and sbsurfco.com (used),
# surfboardgears.com again; skateboards' statementskateboarding.com (used), skategearpro.com (a template: "[Insert
# Date]"), skatepulse.shop (used), rollersportshop.com (a template: "[Insert Date]", and roller skates), skatetek.com
# and skateshop412.com (used); horse tack's horsetackhub.com (used, twice); climbing gear's officialstonemonkey.com,
# climbinggearstore.click, climb-gear.com and kruto.cz (used).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the
# session-9 label conventions (labels.py), and committed before the drafter read any of them; measure once. The
# corpus stores the opening of each page, so a text is that opening (some stop mid-sentence: dandyhorse,
# componentbikegear, tackleexpressfishing, kayakadventureshop, opticsbrands, nspsurfboards, peopleskateandsnowboard,
# climbingdistance). Email addresses shown as "[email protected]" are the page's own rendering of an address (an
# address hidden from robots), so they name email.
LABELS: dict[str, Label] = {
    "dandyhorse": Label(
        "http://www.dandyhorse.ca/policies-and-shipping/", "test52",
        facts={
            **_w(14, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "requirements.proof_of_purchase": True,
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"OTHER:bike", "OTHER:helmet", "OTHER:car rack|OTHER:rack",
                           "OTHER:shorts|OTHER:tights|TIGHTS|OTHER:chamois|OTHER:liner",
                           "OTHER:clothing|OTHER:washed", "OTHER:shoes|OTHER:cleat", "OTHER:food",
                           "OTHER:media|OTHER:dvd", "OTHER:special order",
                           "CLEARANCE|FINAL_SALE|OTHER:sale"},
            "fault.overrides_exclusions": True,
        },
        either={"fees.restocking_percent": "20", "fault.reasons": {"DEFECTIVE"}},
        unplaced=("in the case of a warranty claim the manufacturer", "any cost incurred in shipping a product to a manufacturer",
                  "any labor associated or incurred", "deposits are not refundable"),
        read=READ52,
    ),
    "componentbikegear": Label(
        "https://www.componentbikegear.com/returns-exchanges", "test52",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:mask|OTHER:anti pollution mask", "OTHER:armband", "OTHER:bar end cap"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:use|OTHER:installation"}, "refund.confirmation_email": True},
        unplaced=("return authorization number clearly on the outside of the package",),
        read=READ52,
    ),
    "tackleexpressfishing": Label(
        "https://www.tackleexpressfishing.com/returns-exchanges", "test52",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special order", "CLEARANCE|FINAL_SALE|OTHER:clearance"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "refund.response_business_days": 3,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.additional_delay": _r(3, 10, "BUSINESS"),
            "refund.original_shipping": "NEVER",
            "instructions.pack_securely": True,
            "requirements.reason_required": True,
        },
        either={"exclusions": {"OTHER:footwear|OTHER:deck boots", "OTHER:apparel|OTHER:graphic tees|OTHER:gloves"}},
        unplaced=("braided line and fluorocarbon products", "include the completed return form"),
        read=READ52,
    ),
    "kayakadventureshop": Label(
        "https://www.kayakadventureshop.com/returns-exchanges", "test52",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "NOT_WASHED", "ORIGINAL_PACKAGING",
                                       "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:bivy sack", "OTHER:camp accessor"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.confirmation_email": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:original condition|OTHER:tags"}},
        unplaced=("include the completed return authorization form", "we will ship your new item once we receive",
                  "standard shipping charges apply for the new item"),
        read=READ52,
    ),
    "lasersailingdirect": Label(
        "https://lasersailingdirect.com/index.php?route=information/information&information_id=11", "test52",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED"},
            "exclusions": {"OTHER:electrical|OTHER:electronic", "OTHER:rope", "OTHER:wire", "OTHER:rigging",
                           "PERSONALIZED|OTHER:custom-made|OTHER:custom", "OTHER:sail", "OTHER:software",
                           "OTHER:chart|OTHER:electronic chart", "OTHER:blister-packed|OTHER:blister"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
        },
        either={"refund.original_shipping": "NEVER", "fault.overrides_exclusions": True, "fault.reasons": {"DEFECTIVE"},
                "refund.inspection": True, "fault.remedies": {"REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT"},
        unplaced=("in some cases a restocking fee may apply", "not clearly marked with an rma number",
                  "we will gladly repair or replace the item",
                  "may be subject to inspection prior to issuing you a credit"),
        read=READ52,
    ),
    "baystatearchers": Label(
        "https://www.baystatearchers.com/?page_id=85", "test52",
        facts={
            "returns.window.days": 7,
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:consignment", "OTHER:bow", "OTHER:arrow"},
        },
        either={"refund.method": "ORIGINAL_PAYMENT", "returns.window.starts": "PURCHASE"},
        unplaced=("cannot be refunded or canceled", "shall be issued a card credit only"),
        read=READ52,
    ),
    "opticsbrands": Label(
        "https://www.opticsbrands.com/return-policy/", "test52",
        facts={
            **_w(7, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                       "ACCESSORIES_INCLUDED"},
            "refund.original_shipping": "NEVER",
            "resolutions.exchange": "ALWAYS",
            "fees.restocking_percent": "10",
            "fees.waived_when_merchant_at_fault": True,
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            "refund.processing": _r(0, 5),
            "requirements.proof_of_purchase": True,
            "requirements.reason_required": True,
        },
        either={"requirements.condition": {"UNUSED"}, "refund.additional_delay": _r(5, 10),
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:scratched"}, "refund.inspection": True},
        unplaced=("no refunds on orders over $1000", "special order items are subject to a 25% restocking fee",
                  "we do not charge restocking fee in the event of an exchange"),
        read=READ52,
    ),
    "unclecalsdiveclub": Label(
        "https://unclecalsdiveclub.com/refund_returns/", "test52",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
        },
        either={"refund.confirmation_email": True},
        unplaced=("back to the manufacturer", "not responsible for items lost in transit"),
        read=READ52,
    ),
    "nspsurfboards": Label(
        "https://eu.nspsurfboards.com/pages/refund-policy", "test52",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
        },
        either={"returns.only_at_fault": True, "shipping.default.payer": "CUSTOMER", "refund.confirmation_email": True,
                **_w(15, "PURCHASE", prefix="fault.window"), "fault.remedies": {"EXCHANGE"}},
        unplaced=("advise us within 15 days of purchase",),
        read=READ52,
    ),
    "peopleskateandsnowboard": Label(
        "https://peopleskateandsnowboard.com/pages/return-policy", "test52",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "NOT_WORN", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING",
                                       "TAGS_ATTACHED"},
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:resold|OTHER:resellable"}, "refund.inspection": True},
        unplaced=("sale items: 14 days from confirmed delivery", "expedited shipping fees are non-refundable"),
        read=READ52,
    ),
    "rayswesternwear": Label(
        "https://www.rayswesternwear.com/service/shipping-returns/", "test52",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "exclusions": {"OTHER:health care", "OTHER:used rope|OTHER:rope", "OTHER:used saddle|OTHER:saddle"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "resolutions.exchange": "ALWAYS",
        },
        either={"exclusions": {"OTHER:special order", "OTHER:drop ship", "PERSONALIZED|OTHER:custom"},
                "refund.confirmation_email": True},
        unplaced=("shipping fees for the new item", "cost of return shipping will be deducted from your refund"),
        read=READ52,
    ),
    "climbingdistance": Label(
        "https://www.climbingdistance.com/returns-exchanges", "test52",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                       "NOT_WORN"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:chalk", "OTHER:finger tape", "OTHER:belay glove|OTHER:glove"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
            "instructions.tracked_shipping_recommended": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:use|OTHER:wear"}, "instructions.address_on_request": True,
                "refund.response_business_days": 2},
        unplaced=("write it on the outside of the package",),
        read=READ52,
    ),
}
