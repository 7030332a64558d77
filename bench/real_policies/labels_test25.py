"""The test25 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test25.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ25 = "2026-12-05 (session 10, set test25)"

# --- a twenty-fifth test set, 2026-12-05 session 10: twelve new pages of kinds of shops (coffee machines,
# vacuum cleaners, air purifiers, smart home devices, projectors, bluetooth speakers, wifi routers, security
# cameras, sewing machines, blenders, standing desks, electric toothbrushes), the first result per query
# ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`, one query per
# kind) that is a shop of that kind's own return or refund policy page in English (not a template with
# blanks, not an article, blog or product page, at least 800 characters of policy), whose domain is not in
# /work/coord/used_domains.txt. Skipped on the way: first results whose domain was already used (coffee
# machines twice, vacuum cleaners' second, air purifiers' second, smart home, security cameras twice, sewing
# machines, standing desks); airpura.com's two pages, the same shop's policy as airpura.ca (test13); a
# vacuum shop's policy shown on a product page (/products/...); an article on air purifier returns and a
# news article on camera returns; a camera shop's generated page with its return address left blank and a
# page with {email address} / {physical address} blanks, and a sewing shop's page with a
# "[your email/contact details]" blank (templates); a router shop's help-desk article on a third-party
# help domain, in favour of the shop's own page with the same policy; a blender shop's FAQ page (not the
# policy page). No spare kind was needed. Gathered and labelled by someone who had not read the drafter,
# its rules, its tests or its drafts, under the twelve label conventions of labels.py, and committed
# before the drafter read any of them; measure once. The corpus stores the opening of each page, so a
# text is that opening (some stop mid-sentence).
LABELS: dict[str, Label] = {
    "gaggiacaffeshop": Label(
        "https://gaggia.company.site/pages/returns", "test25",
        facts={
            "resolutions.exchange": "ALWAYS",
            "returns.window.days": 16,
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "refund.method": "ORIGINAL_PAYMENT",
            "exclusions": {"PERSONALIZED|OTHER:personalised|OTHER:made-to", "OTHER:perishable|OTHER:food|OTHER:drink"},
            "fault.overrides_exclusions": True,
        },
        either={"returns.window.starts": "PURCHASE", "returns.most_items_only": True,
                "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED"}, "fault.reasons": {"DEFECTIVE"}},
        unplaced=("deduct up to 40%", "a card other than the original", "repairing guarantee",
                  "hygiene, safety and copyright"),
        read=READ25,
    ),
    "aplusvacuum": Label(
        "https://www.aplusvacuum.com/store-policies.html", "test25",
        facts={
            "returns.window.days": 10,
            "resolutions.exchange": "ALWAYS",
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"requirements.proof_of_purchase": True},
        unplaced=("alternate product is not available", "lack of documentation"),
        read=READ25,
    ),
    "aquabreezestore": Label(
        "https://aquabreezestore.com/pages/refund-policy", "test25",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "resolutions.exchange": "ALWAYS",
            "resolutions.replacement": "ALWAYS",
            "exclusions": {"PERSONALIZED|OTHER:customized|OTHER:special order"},
        },
        either={"requirements.condition": {"UNUSED"}, "exclusions": {"OTHER:filter"}},
        unplaced=("unopened filters", "filters that have been opened", "back to the manufacturer",
                  "an rma must be issued by allerair", "25% restocking charge", "may contain contaminants"),
        read=READ25,
    ),
    "smarthomeau": Label(
        "https://www.smarthome.com.au/support/satisfaction-guarantee/", "test25",
        facts={
            **_w(14, "DELIVERY"),
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED"},
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=(),
        read=READ25,
    ),
    "projectorscreen": Label(
        "https://projectorscreen.com/store/pg/46-Return-and-Pricing-Policies-ProjectorScreen-com.html", "test25",
        facts={
            "cancellation.enabled": True,
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "refund.original_shipping": "NEVER",
            "returns.request_required_before_shipping": True,
            "fees.restocking_percent": "20",
            "fees.waived_when_merchant_at_fault": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                       "ACCESSORIES_INCLUDED"},
            "shipping.default.payer": "CUSTOMER",
            "cancellation.until_shipped": True,
        },
        either={"returns.request_via": "EMAIL", "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:damaged"},
                "fault.reasons": {"DAMAGED", "DEFECTIVE"}},
        unplaced=("within 40 days of the ship date", "additional restocking fees", "removal of the upc code",
                  "actual outbound shipping costs", "if you refuse an order"),
        read=READ25,
    ),
    "audiotrails": Label(
        "https://audiotrails.in/return-policy", "test25",
        facts={
            **_w(10, "PURCHASE"),
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "fault.remedies": {"REFUND"},
            "resolutions.exchange": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"requirements.condition": {"UNUSED"}},
        unplaced=("testing process", "being exchanged"),
        read=READ25,
    ),
    "mofinetwork": Label(
        "https://mofinetwork.com/return-policy/", "test25",
        facts={
            "returns.window.days": 30,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.typical_arrival": _r(5, 7, "BUSINESS"),
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "shipping.merchant_at_fault": {"payer": "CUSTOMER"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"requirements.condition": {"UNUSED"}, "refund.additional_delay": _r(5, 7, "BUSINESS")},
        unplaced=("depend on the condition", "14.99", "any other country", "once per household"),
        read=READ25,
    ),
    "suresecurity": Label(
        "https://telematics.suresecurity.ca/returns_refunds_policy.html", "test25",
        facts={
            **_w(15, "DELIVERY"),
            "returns.request_required_before_shipping": True,
            "fees.restocking_percent": "15",
            "shipping.default.payer": "CUSTOMER",
            "instructions.insured_shipping_recommended": True,
            "instructions.tracked_shipping_recommended": True,
            "fault.reasons": {"DEFECTIVE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.remedies": {"EXCHANGE"},
        },
        either={"refund.inspection": True, "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("based upon item and packaging condition", "deductions will be applied", "additional deductions",
                  "shipping carton or postal-bag", "ra number is clearly displayed", "personal data"),
        read=READ25,
    ),
    "sewingcircles": Label(
        "https://sewingcircles.com/shipping-returns-and-refunds", "test25",
        facts={
            "refund.original_shipping": "NEVER",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DAMAGED"},
            **_w(1, "DELIVERY", prefix="fault.window"),
            "exclusions": {"OTHER:software", "OTHER:sew steady|OTHER:dream world", "OTHER:notion", "OTHER:steam",
                           "OTHER:clothing press", "OTHER:memory card", "OTHER:embroidery|OTHER:disk|OTHER:cd",
                           "OTHER:sewing cabinet", "OTHER:chair", "OTHER:cutting table", "OTHER:cabinet insert",
                           "OTHER:extension table", "OTHER:thread", "OTHER:part", "PERSONALIZED|OTHER:special order"},
        },
        either={"instructions.pack_securely": True, "requirements.condition": {"NOT_WORN"},
                "returns.request_required_before_shipping": True},
        unplaced=("standard ground shipping fees", "commercial applications", "part incompatibility",
                  "full service center", "filed on insurance", "determined by s&r to be defective"),
        read=READ25,
    ),
    "blendres": Label(
        "https://blendres.store/return-policy", "test25",
        facts={
            **_w(14, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "ACCESSORIES_INCLUDED"},
            "exclusions": {"OTHER:special", "PERSONALIZED|OTHER:custom", "OTHER:gift card"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "fault.photos_of": {"ISSUE"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "instructions.address_on_request": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.processing": _r(7, 10, "BUSINESS"),
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:damaged"}, "fault.overrides_exclusions": True,
                "fault.photos_min": 1, "refund.response_business_days": 2,
                "returns.request_required_before_shipping": True},
        unplaced=("keep the logistics documents", "availability of the desired"),
        read=READ25,
    ),
    "updowndesk": Label(
        "https://updowndesk.com.au/pages/returns-free-100-day-trial", "test25",
        facts={
            **_w(100, "DELIVERY"),
            "shipping.default.payer": "MERCHANT",
            "requirements.condition": {"NOT_ALTERED", "ORIGINAL_PACKAGING"},
            "refund.original_shipping": "NEVER",
            "exclusions": {"PERSONALIZED|OTHER:custom"},
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "exclusions": {"OTHER:chair"},
                "returns.request_via": "EMAIL"},
        unplaced=("reasonable deduction", "original purchaser", "installation fees", "3 or more desks",
                  "covered under the warranty"),
        read=READ25,
    ),
    "electrictoothbrushxyz": Label(
        "https://electrictoothbrush.xyz/?p=2673", "test25",
        facts={
            **_w(90, "PURCHASE"),
            "returns.most_items_only": True,
            "resolutions.replacement": "ALWAYS",
            "returns.request_via": "WEBSITE",
            "requirements.reason_required": True,
        },
        either={"instructions.ship_within_days": 14, "returns.request_required_before_shipping": True,
                "fault.photos_requested": True},
        unplaced=("shorter return windows", "reduced refund", "physically ship it back"),
        read=READ25,
    ),
}
