"""A second, independent labelling of the test59 set's pages (keys "<name>-b"), by an engineer who saw
neither the first labels of these pages (labels_test59.py, rewritten_test59.py) nor the drafter:
`python -m bench.real_policies.agreement test59 test59b` scores it against the first labels as a draft is
scored. Not a set to draft. Each text is the opening of its page that the corpus stores (read with the
`search` tool, corpus pages); the pages themselves are not stored.

Four pages (spandexcity, harrellswax, nipponfans, daytea) did not come up in the corpus under any query
tried (the shop's name, its domain, the page's path, words such a page would use); their entries are left
empty (no facts) so the module still holds the twelve names: they are not labels, and should be left out
of any agreement count. primalelements' listed page (/pages/returns-exchanges) did not come up either; its
entry labels the same shop's "Returns & Replacements" section of https://www.primalelements.com/customer-service,
the only rendering of its return rules the corpus returned."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this module into LABELS)

LABELS: dict[str, Label] = {}

_READ = "2026-12-06 (session 15, second labelling of test59)"
_NOT_FOUND = "2026-12-06 (session 15, second labelling of test59; page not found in the corpus, not labelled)"

LABELS.update({
    "gracefilledbeads-b": Label(
        "", "test59b",
        facts={
            **_w(3, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "instructions.ship_within_days": 10,
        },
        either={"returns.request_required_before_shipping": True},
        unplaced=("purchases over 10 days delivered without a return notification",
                  "if your return is not received within the 10 days"),
        read=_READ,
    ),
    "recordsonmain-b": Label(
        "", "test59b",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"FINAL_SALE", "OTHER:limited edition", "OTHER:gift card", "WORN_OR_DAMAGED|OTHER:damaged"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE", "PACKAGING"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
        },
        either={"fault.overrides_exclusions": True},
        unplaced=(),
        read=_READ,
    ),
    "stampcollectshop-b": Label(
        "", "test59b",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
        },
        either={**_w(30, "DELIVERY", prefix="fault.window"), "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("preserving certification seals and original packaging",),
        read=_READ,
    ),
    "vjflags-b": Label(
        "", "test59b",
        facts={
            **_w(2, "DELIVERY"),
            **_w(2, "DELIVERY", prefix="fault.window"),
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
            "instructions.ship_within_days": 30,
            "refund.confirmation_email": True,
            "fees.restocking_percent": "15",
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:altered"},
            "fault.overrides_exclusions": True,
            "refund.processing": _r(0, 2, "BUSINESS"),
            "refund.original_shipping": "NEVER",
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "fees.waived_when_merchant_at_fault": True,
                "fault.reasons": {"DAMAGED"}},
        unplaced=("after 48 hours, we take no responsibility for errors",),
        read=_READ,
    ),
    "theparfumesshop-b": Label(
        "", "test59b",
        facts={
            "cancellation.enabled": True,
            "returns.only_at_fault": True,
            "exclusions": {"OTHER:sample|PERSONALIZED|OTHER:perishable", "CLEARANCE|FINAL_SALE|OTHER:sale"},
            "cancellation.window_hours": 24,
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"EXCHANGE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
        },
        either={"fault.reasons": {"WRONG_ITEM"}},
        unplaced=("goodwill' exchanges or returns", "full refund in exceptional case-to-case assessments"),
        read=_READ,
    ),
    "essentialoilonline-b": Label(
        "", "test59b",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            **_w(7, "DELIVERY", "BUSINESS", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(5, 7, "BUSINESS"),
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "requirements.condition": {"UNUSED"},
            "exclusions": {"OTHER:bulk|OTHER:drum", "CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:promotional"},
        },
        either={"resolutions.store_credit": "MERCHANT_AT_FAULT", "returns.request_required_before_shipping": True,
                "fault.overrides_exclusions": True},
        unplaced=("returned without prior approval or outside of policy, shipping costs will not be refunded",),
        read=_READ,
    ),
    "marsupialpapers-b": Label(
        "", "test59b",
        facts={
            "cancellation.enabled": True,
            **_w(30, "PURCHASE"),
            "instructions.pack_securely": True,
            "requirements.proof_of_purchase": True,
            "shipping.default.payer": "CUSTOMER",
            "instructions.tracked_shipping_recommended": True,
            "fees.restocking_percent": "20",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(14, 21),
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:sample", "PERSONALIZED|OTHER:custom",
                           "OTHER:special order", "OTHER:custom-cut|OTHER:custom cut"},
            "cancellation.request_via": "EMAIL",
            "cancellation.until_shipped": True,
        },
        either={"returns.request_required_before_shipping": True},
        unplaced=("we will not refund any damaged product that we receive",
                  "cannot be canceled or returned if they have already been made"),
        read=_READ,
    ),
})
