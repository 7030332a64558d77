"""The test13 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (texts in texts/test13/, not committed; see labels.py
for what a label says)."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

# --- a thirteenth test set, 2026-12-05 session 6: twelve new pages (vacuum cleaners, sewing machines, air
# purifiers, office chairs, standing desks, smart home devices, pool tables, digital pianos, hot sauce,
# olive oil, spices, nutrition bars), gathered with the query "<kind> shop return policy refund exchange":
# the first result per query that is a shop's own policy in English (not a template with blanks, not an
# article, at least 800 characters), none of the pages, shops or seed stores of the other sets. Gathered and
# labelled by someone who had not read the drafter, its rules, its tests or its drafts, and committed
# before the drafter read any of them. Measure once. Texts in texts/test13/ (see score.py).
READ13 = "2026-12-05 (session 6, set test13)"

LABELS: dict[str, Label] = {
    "myvacuumstore": Label(
        "http://www.myvacuumstore.com/returns.asp", "test13",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_PACKAGING", "UNUSED"},
            "refund.original_shipping": "NEVER",
            "exclusions": {"OTHER:fitting", "OTHER:filter", "OTHER:electrical", "OTHER:vacuum bag",
                           "OTHER:detergent|OTHER:chemical"},
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "returns.request_required_before_shipping": True,
        },
        either={"cancellation.enabled": True, "cancellation.window_hours": 24, "cancellation.until_shipped": True},
        unplaced=("credit card processing fees", "3% credit card transaction fee", "minimum 15% restocking fee"),
        read=READ13,
    ),
    "sewingmachine": Label(
        "https://www.sewingmachine.com/policies/refund-policy", "test13",
        facts={
            "resolutions.exchange": "ALWAYS",
            "returns.window.days": 30,
            "returns.request_required_before_shipping": True,
            "returns.request_via": "WEBSITE",
            "exclusions": {"OTHER:special order", "OTHER:software", "PERSONALIZED|OTHER:custom"},
            "refund.original_shipping": "NEVER",
            "refund.inspection": True,
        },
        either={"shipping.default.payer": "CUSTOMER", "fault.overrides_exclusions": True,
                "requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"},
                "fault.reasons": {"DEFECTIVE"}},
        unplaced=("unopened merchandise that can be returned", "outbound shipping fees deducted", "re-stocking fee of 15% or more",
                  "less a 25% restocking fee", "charged extra for any missing", "restocking fee more than 25%"),
        read=READ13,
    ),
    "airpura": Label(
        "https://airpura.ca/pages/order-returns", "test13",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "shipping.default.payer": "CUSTOMER",
            "instructions.insured_shipping_recommended": True,
            "fees.restocking_percent": "25",
            "refund.inspection": True,
            "exclusions": {"OTHER:filter", "OTHER:uv light"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
        },
        either={"refund.original_shipping": "NEVER", "sales_channels.allowed": ["web"]},
        unplaced=("used during renovations", "40% restocking fee"),
        read=READ13,
    ),
    "shopofficechairs": Label(
        "https://shopofficechairs.com/warranty-return-policy/", "test13",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "returns.request_required_before_shipping": True,
        },
        either={"returns.window.days": 30, "requirements.condition": {"ORIGINAL_PACKAGING"}, "returns.request_via": "EMAIL",
                "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("claims filed more than thirty days", "standard warranty is three"),
        read=READ13,
    ),
    "standwhileworking": Label(
        "https://www.standwhileworking.com/pages/returns", "test13",
        facts={
            "fault.reasons": {"DAMAGED"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.request_via": "EMAIL"},
        unplaced=("$20 administration fee", "you may return it within 30 days", "to and from healthpostures",
                  "parts missing in the order", "lifespan does not accept returns", "within 30 days of your product purchase"),
        read=READ13,
    ),
    "smarthomegadgets": Label(
        "https://www.smarthomegadgets.shop/pages/refund-policy", "test13",
        facts={
            **_w(30, "DELIVERY"),
            "returns.request_via": "EMAIL",
            "requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"requirements.condition": {"UNUSED"}, "returns.request_required_before_shipping": True, "refund.confirmation_email": True,
                **_w(5, "DELIVERY", prefix="fault.window"), "refund.original_shipping": "MERCHANT_AT_FAULT"},
        unplaced=("otherwise a restocking fee will be applied",),
        read=READ13,
    ),
    "billiardpooltableplus": Label(
        "https://billiardpooltableplus.com/guarantee", "test13",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "NOT_WORN", "NOT_ALTERED"},
            "exclusions": {"PERSONALIZED|OTHER:custom", "FINAL_SALE|CLEARANCE|OTHER:sale|OTHER:discount"},
            "instructions.insured_shipping_recommended": True,
            "instructions.tracked_shipping_recommended": True,
            "requirements.proof_of_purchase": True,
        },
        either={"requirements.condition": {"MANUALS_INCLUDED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:wear|OTHER:altered|OTHER:misused|OTHER:abused"}},
        unplaced=("apparel must be unworn", "package deal or bundle", "return without original packaging",
                  "excessive returns may restrict", "november 1st through december 15th"),
        read=READ13,
    ),
    "mypianova": Label(
        "https://www.mypianova.com/pages/refund-return-policy", "test13",
        facts={
            **_w(30, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "fees.restocking_percent": "15",
            "fees.waived_when_merchant_at_fault": True,
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special order", "CLEARANCE|FINAL_SALE"},
        },
        either={"requirements.condition": {"NOT_ALTERED"}, "fault.reasons": {"WRONG_ITEM"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used|OTHER:damaged packaging|OTHER:missing"}},
        unplaced=("handled under the warranty process",),
        read=READ13,
    ),
    "1971hook": Label(
        "https://1971hook.com/pages/returns-center", "test13",
        facts={
            "resolutions.exchange": "NEVER",
            "returns.enabled": False,
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.processing": _r(5, 10, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.request_via": "EMAIL", "exclusions": {"OTHER:hot sauce|OTHER:consumable|OTHER:food"}},
        unplaced=("we respond within 24",),
        read=READ13,
    ),
    "oliveoil4life": Label(
        "https://oliveoil4life.com/policies/refund-policy", "test13",
        facts={
            **_w(14, "PURCHASE", "CALENDAR"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "refund.inspection": True,
            "resolutions.exchange": "ALWAYS",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 10, "BUSINESS"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
        },
        either={"shipping.default.payer": "MERCHANT", "instructions.ship_within_days": 14, "refund.confirmation_email": True,
                "exclusions": {"OTHER:opened"}},
        unplaced=("restocking fee of $10.00", "approved exchanges will be processed within 48 hours"),
        read=READ13,
    ),
    "saltysavorysweet": Label(
        "https://salty-savory-sweet.fr/policies/refund-policy.html", "test13",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"OTHER:perishable|OTHER:food|OTHER:gift set", "CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:gift card"},
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DEFECTIVE"},
        },
        either={**_w(30, "DELIVERY", prefix="fault.window"), "fault.remedies": {"REFUND"}, "returns.request_via": "EMAIL"},
        unplaced=("store credit may be issued in lieu", "contact the manufacturer directly"),
        read=READ13,
    ),
    "mydietshopz": Label(
        "http://mydietshopz.com/repo.html", "test13",
        facts={
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REFUND"},
        },
        either={"cancellation.enabled": True, "cancellation.until_shipped": False},
        unplaced=("send the lot number", "damaged because they are left outside", "wish you order canceled"),
        read=READ13,
    ),
}
