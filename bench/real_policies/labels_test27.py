"""The test27 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test27.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ27 = "2026-12-05 (session 10, set test27)"

# --- a twenty-seventh test set, 2026-12-05 session 10: twelve new pages of kinds of shops (personalized
# gifts, greeting cards, stationery, bookshop, board games, party supplies, craft beads, kitchen knives,
# tableware, plush toys, baby clothes, picture books for children), the first result per query ("<kind> shop
# return policy refund exchange", read with the `search` tool, corpus `pages`, one query per kind) that is a
# shop of that kind's own return or refund policy in English (not a template with blanks, not an article,
# blog or product page, at least 800 characters of policy), whose domain is not in /work/coord/used_domains.txt
# nor in the sets built at the same time (test24 .. test26, as far as they were written). Skipped on the way:
# first results whose domain was already used (stationery's shshop.co.uk; board games' boardgm.com; kitchen
# knives' chefknifedepot.com, help.burrfectionstore.com, knifemerchant.com and knifeprovisions.com), a
# bookshop page with its blanks left in ([5] days, [your email address]: a template) and a bookshop result
# that was a general essay on refund policies (an article), results that were not a shop of the kind (a
# print-on-demand apparel shop for board gamers; for kitchen knives a general gourmet kitchen store, a knife
# subscription service and a woodworking moulding-knife supplier; for tableware a jewellery maker; for
# picture books a book site whose page does not show that it sells children's picture books). No spare kind
# was needed. Gathered and labelled by someone who had not read the drafter, its rules, its tests or its
# drafts, under the session-9 label conventions (labels.py), and committed before the drafter read any of
# them; measure once. The corpus stores the opening of each page, so a text is that opening (some stop
# mid-sentence).
LABELS: dict[str, Label] = {
    "acozygift": Label(
        "https://www.acozygift.com/pages/replacement-refund-policy", "test27",
        facts={
            "cancellation.enabled": True,
            "exclusions": {"PERSONALIZED"},
            "fault.overrides_exclusions": True,
            "returns.window.days": 30,
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "cancellation.until_shipped": True,
        },
        either={"returns.request_via": "EMAIL", "refund.response_business_days": 1, "cancellation.window_hours": 24,
                "fault.full_refund": True},
        unplaced=("within 12 hours", "30 days from dispatch", "goodwill credit", "reship fee", "confirms the parcel is lost"),
        read=READ27,
    ),
    "designshedcymru": Label(
        "https://designshedcymru.shop/returns", "test27",
        facts={
            "returns.most_items_only": True,
            "fault.reasons": {"DAMAGED"},
            "fault.photos_min": 1,
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"PERSONALIZED|OTHER:customised|OTHER:card"},
        },
        either={"requirements.condition": {"UNUSED"}, "fault.photos_of": {"ISSUE"}, "fault.full_refund": True,
                "refund.original_shipping": "MERCHANT_AT_FAULT"},
        unplaced=("within 10 working days", "cellophane wrap"),
        read=READ27,
    ),
    "penvibe": Label(
        "https://penvibe.shop/pages/return-exchange-policy", "test27",
        facts={
            "resolutions.exchange": "ALWAYS",
            **_w(30, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "NOT_STAINED", "ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"requirements.condition": {"NOT_WORN", "TAGS_ATTACHED", "ACCESSORIES_INCLUDED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:modified|OTHER:damaged"},
                "instructions.address_on_request": True, "fault.reasons": {"INCOMPLETE"},
                "shipping.default.payer": "CUSTOMER"},
        unplaced=("notebooks must remain unopened", "mark the ra number"),
        read=READ27,
    ),
    "mrsweeandmrpoo": Label(
        "https://mrsweeandmrpoo.com/?p=10", "test27",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "sales_channels.allowed": ["web"],
            "shipping.default.payer": "CUSTOMER",
            "instructions.address_on_request": True,
            "refund.inspection": True,
            "refund.confirmation_email": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"requirements.proof_of_purchase": True, "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True},
        unplaced=("november to january", "second class stamp", "jiffy envelope", "piece of paper",
                  "do not write on the envelope"),
        read=READ27,
    ),
    "gameistry": Label(
        "https://gameistry.in/return-refund-cancellation-policy-gameistry-entertainment-chennai-india", "test27",
        facts={
            "cancellation.enabled": True,
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "cancellation.until_shipped": True,
            "cancellation.refund_percent": "100",
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.only_at_fault": True, "resolutions.exchange": "MERCHANT_AT_FAULT", "fault.remedies": {"EXCHANGE", "REFUND"},
                "cancellation.refund_time": _r(2, 5, "BUSINESS"), "refund.typical_arrival": _r(10, 15),
                "refund.confirmation_email": True},
        unplaced=("the publisher", "individual game pieces", "alternative mode of payment", "gateway charges",
                  "plus any shipping charges", "3 working days after the order"),
        read=READ27,
    ),
    "partysuppliescheap": Label(
        "https://www.partysuppliescheap.com/returns-exchanges", "test27",
        facts={
            **_w(15, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "requirements.reason_required": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "refund.processing": _r(3, 5, "BUSINESS"),
        },
        either={},
        unplaced=("a note with your rma number",),
        read=READ27,
    ),
    "wyomingbeadsupplies": Label(
        "https://wyomingbeadsupplies.com/policies/refund-policy", "test27",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"OTHER:gift card", "CLEARANCE|OTHER:closeout|OTHER:special offer|OTHER:trunk show"},
            "fault.overrides_exclusions": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"requirements.condition": {"UNUSED"}, "returns.request_via": "EMAIL", "refund.original_shipping": "NEVER"},
        unplaced=("packages of beads", "strands must be uncut", "clean and unworn"),
        read=READ27,
    ),
    "kitchenknifesupply": Label(
        "https://www.kitchenknifesupply.com/returns-exchanges", "test27",
        facts={
            **_w(15, "DELIVERY"),
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "resolutions.reorder_hint": True,
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"PERSONALIZED|OTHER:custom"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
            "instructions.address_on_request": True,
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(3, 5, "BUSINESS"),
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:knive", "OTHER:sharpen|OTHER:maintenance|OTHER:honing"},
                "refund.response_business_days": 5},
        unplaced=("opened knife sharpening", "subject line"),
        read=READ27,
    ),
    "dishyy": Label(
        "https://dishyy.shop/pages/return-exchange-policy", "test27",
        facts={
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "NOT_STAINED",
                                       "ACCESSORIES_INCLUDED"},
            "exclusions": {"PERSONALIZED|OTHER:custom"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            **_w(30, "DELIVERY"),
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.request_via": "WEBSITE", "refund.original_shipping": "NEVER"},
        unplaced=("shipped back to you at your expense",),
        read=READ27,
    ),
    "plushyo": Label(
        "https://plushyo.shop/pages/return-exchange-policy", "test27",
        facts={
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "NOT_STAINED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                       "NOT_WASHED", "NOT_ALTERED"},
            **_w(30, "DELIVERY"),
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(3, 7, "BUSINESS"),
            "shipping.default.payer": "CUSTOMER",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:washed|OTHER:damaged|OTHER:altered"},
                "returns.request_via": "EMAIL", "refund.confirmation_email": True},
        unplaced=(),
        read=READ27,
    ),
    "happytao": Label(
        "http://www.happytao.net/pages/return-policy", "test27",
        facts={
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
        },
        either={**_w(30, "PURCHASE"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "requirements.reason_required": True},
        unplaced=(),
        read=READ27,
    ),
    "tinysoulsmedia": Label(
        "https://www.tinysoulsmedia.com/return-policy", "test27",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "NEVER",
            "returns.request_via": "EMAIL",
            "resolutions.exchange": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "instructions.address_on_request": True,
            "refund.inspection": True,
            "refund.confirmation_email": True,
            "cancellation.enabled": False,
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "returns.request_required_before_shipping": True,
                "refund.typical_arrival": _r(5, 10, "BUSINESS"), "fault.reasons": {"DEFECTIVE"}},
        unplaced=("pre-order",),
        read=READ27,
    ),
}
