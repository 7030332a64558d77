"""The test37 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test37.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ37 = "2026-12-05 (session 12, set test37)"

# --- a thirty-seventh test set, 2026-12-05 session 12: twelve new pages of kinds of health, wellness and home
# fitness shops (vitamins, mobility aids, massage tools, blood pressure monitors, orthopedic shoes, posture
# correctors, aromatherapy diffusers, home gym equipment, resistance bands, first aid kits, sleep pillows, protein
# powder), the first result per query ("<kind> shop return policy refund exchange", read with the `search` tool,
# corpus `pages`; one query per kind) that is a shop of that kind's own return or refund policy in English (not a
# template with blanks, not an article, blog, marketplace or product page, at least 800 characters of policy),
# whose domain is not in /work/coord/used_domains.txt nor taken by a set built at the same time (taken_*.txt).
# Skipped on the way: vitamins' theonlinevitaminstore.com and indigosupplements.co.za (domains already used) and
# vitaplus4u.com (798 characters, under 800), before vitaminc.co.uk (a vitamin C shop's delivery and returns
# page); massage tools' first result fuzichair.com (a massage chair shop) was taken as a massage equipment shop;
# sleep pillows' and protein powder's first fits were pinetales.com and, after powersupplements.ca (domain
# already used), empower-proteins.com. No second query and no spare kind were needed. Gathered and labelled by
# someone who had not read the drafter, its rules, its tests or its drafts, under the session-9 label conventions
# (labels.py), and committed before the drafter read any of them; measure once. The corpus stores the opening of
# each page, so a text is that opening (some stop mid-sentence: vitaminc, mobilityshop, fuzichair,
# bloodpressuremonitor, thepostureshop, viascent, shophomegym, stabilitybands, restockyourkit).
LABELS: dict[str, Label] = {
    "vitaminc": Label(
        "https://vitaminc.co.uk/delivery-and-returns/", "test37",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "instructions.tracked_shipping_recommended": True,
        },
        either={"resolutions.exchange": "ALWAYS"},
        unplaced=("left unclaimed for a period", "back to the manufacturer", "only partial refunds"),
        read=READ37,
    ),
    "mobilityshop": Label(
        "http://www.mobilityshop.co.uk/product-returns/", "test37",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={"instructions.tracked_shipping_recommended": True, "shipping.default.payer": "CUSTOMER",
                "fault.reasons": {"WRONG_ITEM", "DAMAGED"}},
        unplaced=("on a pallet", "damage caused in transit", "lost goods in transit", "charge for labour",
                  "deducting those costs from the refund"),
        read=READ37,
    ),
    "fuzichair": Label(
        "https://fuzichair.com/en/refund-policies/", "test37",
        facts={
            "returns.window.days": 14,
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "20",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:gift card", "CLEARANCE|FINAL_SALE|OTHER:sale"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED"},
                "refund.confirmation_email": True, "resolutions.exchange": "MERCHANT_AT_FAULT"},
        unplaced=("only partial refunds are granted", "returned more than 14 days after delivery"),
        read=READ37,
    ),
    "bloodpressuremonitor": Label(
        "https://bloodpressuremonitor.shop/retourneren-en-ruilen/", "test37",
        facts={
            **_w(30, "DELIVERY", "CALENDAR"),
            "resolutions.exchange": "ALWAYS",
            "instructions.ship_within_days": 14,
            "instructions.tracked_shipping_recommended": True,
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "requirements.reason_required": False,
            "refund.original_shipping": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "instructions.carrier_examples": ("PostNL",),
        },
        either={"refund.method": "ORIGINAL_PAYMENT"},
        unplaced=("received the last product", "charge you for any depreciation", "only liable for the depreciation",
                  "after receipt of the cancellation notice", "wait with the refund", "evening delivery"),
        read=READ37,
    ),
    "getorthowear": Label(
        "https://www.getorthowear.com/pages/return", "test37",
        facts={
            **_w(100, "DELIVERY"),
            "requirements.condition": {"NOT_WORN", "UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DEFECTIVE"},
            "returns.request_via": "EMAIL",
        },
        either={"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"WRONG_ITEM"}},
        unplaced=("don't experience results", "style, color, or personal preference", "one-time use per customer"),
        read=READ37,
    ),
    "thepostureshop": Label(
        "https://thepostureshop.com/pages/refund-policy", "test37",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.photos_of": {"ISSUE", "PACKAGING"},
        },
        either={"cancellation.enabled": True, "fault.photos_min": 1, "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
                "cancellation.until_shipped": True},
        unplaced=("lost or stolen after the carrier", "once they have been processed"),
        read=READ37,
    ),
    "viascent": Label(
        "https://viascent.com/pages/refund-policy", "test37",
        facts={
            **_w(14, "DELIVERY", "CALENDAR"),
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ACCESSORIES_INCLUDED", "TAGS_ATTACHED",
                                       "MANUALS_INCLUDED", "ORIGINAL_PACKAGING"},
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
            "refund.processing": _r(2, 3, "BUSINESS"),
        },
        either={"returns.request_required_before_shipping": True, "fault.photos_requested": True},
        unplaced=("20% restocking fee", "not due to misuse", "fails to function at the time of first use",
                  "may not automatically cancel"),
        read=READ37,
    ),
    "shophomegym": Label(
        "https://shophomegym.com/pages/refund-and-return-policy", "test37",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 14),
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
        },
        either={"instructions.address_on_request": True},
        unplaced=("may reduce the credit", "shipment is refused or undeliverable", "some manufacturers charge",
                  "placed inside the package", "notify us immediately"),
        read=READ37,
    ),
    "stabilitybands": Label(
        "https://www.stabilitybands.com/refunds-and-returns", "test37",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "NOT_WASHED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "instructions.address_on_request": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "refund.inspection": True,
            "refund.confirmation_email": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(7, 10, "BUSINESS"),
            "refund.original_shipping": "NEVER",
            "resolutions.exchange": "ALWAYS",
        },
        either={"returns.request_via": "WEBSITE", "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("not responsible for lost or damaged returns",),
        read=READ37,
    ),
    "restockyourkit": Label(
        "https://restockyourkit.com/pages/shipping-returns", "test37",
        facts={
            **_w(30, "PURCHASE"),
            "returns.request_via": "WEBSITE",
            "resolutions.replacement": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:sterile", "OTHER:medication", "OTHER:gift card", "OTHER:perishable",
                           "OTHER:pandemic"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"requirements.condition": {"ACCESSORIES_INCLUDED"}, "refund.confirmation_email": True,
                "fault.photos_requested": True},
        unplaced=("only partial refunds are granted", "returned more than 15 days after delivery",
                  "before we receive the item"),
        read=READ37,
    ),
    "pinetales": Label(
        "https://www.pinetales.com/pages/return-refund-policy", "test37",
        facts={
            "returns.enabled": False,
            "cancellation.enabled": False,
            "resolutions.exchange": "NEVER",
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "resolutions.store_credit": "MERCHANT_AT_FAULT",
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.request_via": "WEBSITE"},
        unplaced=("orders placed before february 1, 2025", "only one item per customer",
                  "original shipping costs are not refundable", "return shipping is the customer's responsibility"),
        read=READ37,
    ),
    "empowerproteins": Label(
        "https://empower-proteins.com/pages/refund-policy", "test37",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "exclusions": {"OTHER:gift card", "CLEARANCE"},
            "refund.processing": _r(0, 14),
        },
        either={"refund.confirmation_email": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}},
        unplaced=("cost of return shipping will be deducted",),
        read=READ37,
    ),
}
