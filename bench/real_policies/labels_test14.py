"""The test14 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (texts in texts/test14/, not committed; see labels.py
for what a label says). Measure once: `python -m bench.real_policies.score test14`."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ14 = "2026-12-05 (session 6, set test14)"

# --- a fourteenth test set, 2026-12-05 session 6: twelve new pages (outdoor furniture, BBQ grills,
# fireplace accessories, window blinds, wallpaper, curtains, pillows, towels, handmade soap, nail polish,
# tattoo supplies, hair care), gathered with the query "<kind> shop return policy refund exchange": the
# first result per query that is a shop's own policy in English (not a template with blanks, not an
# article, at least 800 characters), none of the pages or shops of labels.py or of the other session-6
# sets (window blinds: the first result was a template with blanks; tattoo supplies: the first was under
# 800 characters and the second a template; hair care: the first was a template). Gathered and labelled
# by someone who had not read the drafter, its rules, its tests or its drafts, and committed before the
# drafter read any of them; measure once. Texts in texts/test14/ (the stored opening of each page, cut
# at its last whole sentence).
LABELS: dict[str, Label] = {
    "outdoorfurnitureandgarden": Label(
        "https://outdoorfurnitureandgarden.com/Return-Policy", "test14",
        facts={
            **_w(10, "SHIPMENT"),
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "NOT_WASHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "requirements.reason_required": True,
            "exclusions": {"FINAL_SALE", "PERSONALIZED|OTHER:made to order|OTHER:custom"},
            "fees.restocking_percent": "20",
            "fees.waived_when_merchant_at_fault": True,
            "fault.reasons": {"DEFECTIVE"},
            "shipping.default.payer": "CUSTOMER",
        },
        either={"refund.method": "STORE_CREDIT", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
                "refund.processing": _r(14, 14)},
        unplaced=("refunds/credits for shipping/handling charges for returns over 10 days",
                  "shipping charges incurred for exchanges will be billed"),
        read=READ14,
    ),
    "biggrillshop": Label(
        "https://biggrillshop.com/return-policy", "test14",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.method": "CUSTOMER_CHOICE",
            "resolutions.store_credit": "ALWAYS",
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "returns.request_via": "EMAIL"},
        unplaced=(),
        read=READ14,
    ),
    "hearthstopper": Label(
        "https://hearthstopper.com/pages/returns", "test14",
        facts={
            **_w(30, "PURCHASE"),
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
        },
        either={"fault.full_refund": True, "refund.original_shipping": "MERCHANT_AT_FAULT"},
        unplaced=("comes with a 2-year warranty", "we shall repair or replace defective parts"),
        read=READ14,
    ),
    "blindsmax": Label(
        "https://www.blindsmax.com/index.php/informationlibrary/returnpolicy", "test14",
        facts={
            "returns.enabled": False,
            "fault.reasons": {"DAMAGED"},
            "fault.window.days": 7,
        },
        either={"fault.window.starts": "DELIVERY", "fault.reasons": {"DEFECTIVE"}, "cancellation.refund_percent": "100"},
        unplaced=("only if it can be caught before it is processed by the manufacturer",
                  "backed by manufacturer's warranties"),
        read=READ14,
    ),
    "peelandpaper": Label(
        "https://peelandpaper.com/en-ca/policies/refund-policy", "test14",
        facts={
            **_w(30, "DELIVERY"),
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:wallpaper", "CLEARANCE|FINAL_SALE|OTHER:sale",
                           "OTHER:gift card"},
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_required_before_shipping": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 10, "BUSINESS"),
        },
        either={"returns.request_via": "EMAIL", "fault.remedies": {"REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT", "fault.overrides_exclusions": True},
        unplaced=(),
        read=READ14,
    ),
    "curtaindecorpro": Label(
        "https://www.curtaindecorpro.com/returns-exchanges", "test14",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"CLEARANCE|FINAL_SALE"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM"},
            "refund.inspection": True,
        },
        either={"refund.confirmation_email": True},
        unplaced=("thermal curtains if the original packaging has been opened",),
        read=READ14,
    ),
    "alittlepillowcompany": Label(
        "https://www.alittlepillowcompany.com/pages/what-is-your-return-refund-policy", "test14",
        facts={
            "returns.window.days": 90,
            "returns.request_via": "WEBSITE",
            "refund.processing": _r(1, 2, "BUSINESS"),
            "refund.confirmation_email": True,
            "resolutions.exchange": "NEVER",
            "resolutions.reorder_hint": True,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"returns.request_required_before_shipping": True, "fault.reasons": {"WRONG_ITEM"},
                "refund.original_shipping": "MERCHANT_AT_FAULT"},
        unplaced=("we cover return shipping charges if you paid for outbound shipping",),
        read=READ14,
    ),
    "customtowel": Label(
        "https://customtowel.com/return-policy/", "test14",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"UNUSED"},
            "requirements.proof_of_purchase": True,
            "requirements.reason_required": True,
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:embroider|OTHER:screen print",
                           "CLEARANCE|FINAL_SALE|OTHER:closeout|OTHER:special sale", "OTHER:sample"},
        },
        either={"refund.original_shipping": "NEVER", "fees.restocking_percent": "20"},
        unplaced=("issue a cancellation fee on orders",),
        read=READ14,
    ),
    "soapbeautiful": Label(
        "https://soapbeautiful.ca/pages/return-refund-policy", "test14",
        facts={
            "returns.enabled": False,
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={**_w(5, "DELIVERY"), "resolutions.exchange": "ALWAYS"},
        unplaced=("buyers are responsible for all exchange-related costs",),
        read=READ14,
    ),
    "uberchicbeauty": Label(
        "https://uberchicbeauty.com/pages/returns-rates-specials", "test14",
        facts={
            "requirements.condition": {"UNUSED"},
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.additional_delay": _r(5, 10, "BUSINESS"),
            "currency": "USD",
        },
        either={"requirements.condition": {"ORIGINAL_PACKAGING"}, "refund.typical_arrival": _r(5, 10, "BUSINESS"),
                "shipping.default.payer": "CUSTOMER"},
        unplaced=("within four weeks of giving your package", "refunded minus shipping costs"),
        read=READ14,
    ),
    "elementtattoosupply": Label(
        "https://elementtattoosupply.com/en-ae/policies/refund-policy", "test14",
        facts={
            "refund.method": "STORE_CREDIT",
            "resolutions.store_credit": "ALWAYS",
            "refund.original_shipping": "NEVER",
            "exclusions": {"OTHER:tattoo machine", "OTHER:tattoo ink", "OTHER:needle|OTHER:cartridge", "OTHER:anesthetic"},
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "fees.restocking_percent": "20",
            "shipping.default.payer": "CUSTOMER",
            "returns.request_via": "EMAIL",
            "cancellation.until_shipped": True,
        },
        either={**_w(30, "DELIVERY"), "cancellation.refund_percent": "100", "cancellation.request_via": "EMAIL"},
        unplaced=("customer should refuse delivery of the package",),
        read=READ14,
    ),
    "hydroprowashington": Label(
        "https://www.hydroprowashington.co.uk/return-policy/", "test14",
        facts={
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "fault.reasons": {"DEFECTIVE"},
            **_w(30, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REFUND"},
            "refund.inspection": True,
            "refund.processing": _r(0, 14),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
        },
        either={**_w(14, "DELIVERY"), "fault.reasons": {"WRONG_ITEM"}, "fault.full_refund": True,
                "refund.original_shipping": "MERCHANT_AT_FAULT", "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("a partial refund will be given", "this will result in a deduction in the refund"),
        read=READ14,
    ),
}
