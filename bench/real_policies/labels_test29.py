"""The test29 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test29.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ29 = "2026-12-05 (session 11, set test29)"

# --- a twenty-ninth test set, 2026-12-05 session 11: twelve new pages of kinds of shops (coffee beans, cheese,
# nuts and dried fruit, beef jerky, meal kits, florist, garden seeds, flower bulbs, maple syrup, gluten-free
# bakery, cake decorating supplies, gourmet popcorn), the first result per query ("<kind> shop return policy
# refund exchange", read with the `search` tool, corpus `pages`, one query per kind; one second query, for cake
# decorating supplies) that is a shop of that kind's own return or refund policy in English (not a template with
# blanks, not an article, blog or product page, at least 800 characters of policy), whose domain is not in
# /work/coord/used_domains.txt nor taken by the sets built at the same time. Skipped on the way: first results
# whose domain was already used (coffee's faithandfamilycoffeecompany.com; cake decorating supplies'
# cakesuppliesonsale.com), a coffee result with no address, an article on return policies for nuts and dried
# fruit (nutsnest.online), a meal-box page with its blanks left in ("OUR EMAIL": plenoshkitchen.com.au) and meal
# results that were prepared-meal or emergency-food services rather than meal kits (newvisionbody.com,
# help.potsfortots.co.uk, preppersmarket.com), a maple page whose stored opening is mostly a template's
# definitions, with under 800 characters of policy (sandhillsmaple.com), a gluten-free online grocery mall rather
# than a bakery (glutenfreemall.com), cake bakeries rather than decorating-supply shops (luluscupcakesandmore.com,
# margaritasbakery.com, crumbsmia.com, asliceofjodie.com.au), a supply shop's page whose opening holds no return
# policy (cakeandcookiecupboard.com, shipping and stock notes only) and one whose return part is under 800
# characters (cakedecors.net); the cake decorating supplies page therefore comes from a second query ("cake
# decorating supplies store returns policy fondant sprinkles tools refund"). No spare kind was needed. The
# florist page is a wholesale flower seller's (neweraflowerswholesale.com), taken as a flower shop. Gathered and
# labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the session-9
# label conventions (labels.py), and committed before the drafter read any of them; measure once. The corpus
# stores the opening of each page, so a text is that opening (some stop mid-sentence).
LABELS: dict[str, Label] = {
    "stepupcoffeelove": Label(
        "https://stepupcoffeelove.com/pages/refund-policy", "test29",
        facts={
            "exclusions": {"OTHER:coffee", "CLEARANCE|FINAL_SALE|OTHER:discount"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DAMAGED"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"EXCHANGE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "requirements.condition": {"TAGS_ATTACHED"},
        },
        either={"returns.request_via": "EMAIL", "refund.original_shipping": "MERCHANT_AT_FAULT"},
        unplaced=("express shipping", "tracking number shows delivery", "international shipments"),
        read=READ29,
    ),
    "thecheesebar": Label(
        "https://thecheesebar.ca/refund_returns/", "test29",
        facts={
            **_w(7, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:perishable|OTHER:food|OTHER:flower|OTHER:newspaper|OTHER:magazine", "OTHER:gift card"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"refund.confirmation_email": True},
        unplaced=("delivered to the correct address", "inadequate shipping information", "back to the manufacturer",
                  "only partial refunds"),
        read=READ29,
    ),
    "colorfulpantry": Label(
        "http://colorfulpantry.com/return-policy/", "test29",
        facts={
            **_w(10, "DELIVERY", "BUSINESS"),
            "returns.request_required_before_shipping": True,
            "exclusions": {"OTHER:edible|OTHER:food|OTHER:candy"},
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "20",
            "instructions.address_on_request": True,
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"UNUSED"},
                **_w(10, "DELIVERY", "BUSINESS", prefix="fault.window")},
        unplaced=(),
        read=READ29,
    ),
    "jerkywholesale": Label(
        "https://jerkywholesale.com/pages/return-policy", "test29",
        facts={
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED"},
            "refund.method": "ORIGINAL_PAYMENT",
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            **_w(7, "DELIVERY", prefix="fault.window"),
        },
        either={"fees.restocking_percent": "15", "refund.original_shipping": "NEVER",
                "requirements.condition": {"ORIGINAL_CONDITION"}, "requirements.reason_required": False},
        unplaced=("percentage discount", "within 120 days of the expiration date", "do not dispose"),
        read=READ29,
    ),
    "mealkitsupply": Label(
        "http://www.mealkitsupply.com/MRE/US/shipping-return-policies/", "test29",
        facts={
            "returns.request_required_before_shipping": True,
            **_w(30, "DELIVERY"),
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "DAMAGED"},
            "fault.remedies": {"EXCHANGE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"},
            "shipping.default.payer": "CUSTOMER",
            "instructions.insured_shipping_recommended": True,
            "instructions.carrier_examples": ("FedEx", "UPS"),
            "requirements.reason_required": True,
            "instructions.pack_securely": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:use"}, "fault.remedies": {"REFUND"}},
        unplaced=("returned anytime", "subject to additional charges", "mark the rma number"),
        read=READ29,
    ),
    "neweraflowerswholesale": Label(
        "https://neweraflowerswholesale.com/pages/refunds-exchanges-policy", "test29",
        facts={
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            **_w(1, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            "fault.remedies": {"EXCHANGE"},
        },
        either={"resolutions.store_credit": "ALWAYS", **_w(1, "DELIVERY"), "fault.remedies": {"REFUND"},
                "returns.request_via": "EMAIL"},
        unplaced=("within 1 hour of purchase", "used within 7 days", "same business day", "in-store purchases",
                  "online purchases"),
        read=READ29,
    ),
    "westcoastseeds": Label(
        "https://westcoastseeds.com/pages/refunds-and-returns", "test29",
        facts={
            "refund.method": "ORIGINAL_PAYMENT",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:seasonal"},
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            **_w(30, "DELIVERY", prefix="fault.window"),
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={**_w(30, "DELIVERY"), "requirements.condition": {"ORIGINAL_CONDITION"}, "returns.request_via": "EMAIL",
                "requirements.reason_required": True},
        unplaced=("within 6 months", "credit your account", "provide photographs"),
        read=READ29,
    ),
    "seedandsoilusa": Label(
        "https://www.seedandsoilusa.com/returns-exchanges", "test29",
        facts={
            **_w(15, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING"},
            "returns.request_via": "EMAIL",
            "resolutions.exchange": "ALWAYS",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "exclusions": {"OTHER:bulb|OTHER:planted", "OTHER:plant"},
        },
        either={},
        unplaced=("outside of the parcel",),
        read=READ29,
    ),
    "sagemountainmaple": Label(
        "https://sagemountainmaple.com/?p=11", "test29",
        facts={
            "requirements.condition": {"UNUSED"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            **_w(3, "DELIVERY", "BUSINESS", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "resolutions.store_credit": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_via": "EMAIL", "fault.reasons": {"WRONG_ITEM"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:consumed"}},
        unplaced=(),
        read=READ29,
    ),
    "deelightfullyglutenfree": Label(
        "https://www.deelightfullygluten-free.com/copy-of-refund-policy", "test29",
        facts={
            "exclusions": {"PERSONALIZED|OTHER:custom"},
        },
        either={"returns.request_via": "EMAIL"},
        unplaced=("decorating style", "design adjustments", "during transport", "flavor or texture",
                  "percentage of a store credit", "within 24 hours of pick up", "completely eaten"),
        read=READ29,
    ),
    "thebakerscupboard": Label(
        "http://thebakerscupboard.com/terms", "test29",
        facts={
            "exclusions": {"OTHER:food", "OTHER:fragile|OTHER:sugar|OTHER:edible|OTHER:gingerbread"},
            "resolutions.exchange": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "15",
            "fault.reasons": {"DAMAGED"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={**_w(2, "DELIVERY"), "returns.request_via": "EMAIL"},
        unplaced=("decides the package is lost",),
        read=READ29,
    ),
    "popcornplusllc": Label(
        "https://www.popcornplusllc.com/return-policy", "test29",
        facts={
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
        },
        either={**_w(10, "DELIVERY"), "returns.request_via": "EMAIL", "cancellation.request_via": "EMAIL",
                "sales_channels.elsewhere_note": "Contact the retailer directly."},
        unplaced=("within 24 hours of purchase", "at least half"),
        read=READ29,
    ),
}
