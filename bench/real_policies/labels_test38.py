"""The test38 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test38.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ38 = "2026-12-05 (session 12, set test38)"

# --- a thirty-eighth test set, 2026-12-05 session 12: twelve new pages of kinds of books, stationery and office
# shops (independent bookshop, office chair, printer ink and toner, fountain pen, planner and diary, school uniform,
# backpack, art print and poster, maps and globes, desk lamp, office supplies, jigsaw puzzle), the first result per
# query ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`; one query per
# kind) that is a shop of that kind's own return or refund policy in English (not a template with blanks, not an
# article, blog or product page, at least 800 characters of policy), whose domain is not in
# /work/coord/used_domains.txt nor taken by a set built at the same time. Skipped on the way: bookshop's
# book-store-1.joonweb.com (a general explanation of what a bookshop's policy might include, not a policy),
# bookshopr.com (a template with blanks, "[your email address]", "[5] days"), thelittlebookplace.com,
# yourbookstop.co.uk and mrsweeandmrpoo.com (domains already used), before hopelessromanticbooks.ca; office chair's
# shopofficechairs.com (domain already used); fountain pen's grifos-pens.us (domain already used) and
# barrelandnib.com (terms and conditions whose return rules are under 800 characters); school uniform's
# winston-hills-public-school-p-c-uniform-shop.myshopify.com, kpspnc.com.au, acacia.rosewall.co.za (domains already
# used) and learningalliance.edu.pk (its return rules are under 800 characters, the rest special-order terms);
# art print's oilandwaterart.com (domain already used), before nataliyahines.com (an artist's shop of original
# works and prints); jigsaw puzzle's carderpuzzle.com and antelopepuzzle.com (domains already
# used). No spare kind was needed. Gathered and labelled by someone who had not read the drafter, its rules, its
# tests or its drafts, under the session-9 label conventions (labels.py), and committed before the drafter read any
# of them; measure once. The corpus stores the opening of each page, so a text is that opening (some stop
# mid-sentence: hopelessromanticbooks, officechairsusa, inksmile, fifty4t, sherriannewilson, backpackdesign,
# nataliyahines, shutterpuzzle).
LABELS: dict[str, Label] = {
    "hopelessromanticbooks": Label(
        "https://hopelessromanticbooks.ca/pages/returns", "test38",
        facts={
            **_w(14, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "refund.inspection": True,
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(0, 10, "BUSINESS"),
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:ticket|OTHER:event", "OTHER:gift card",
                           "PERSONALIZED|OTHER:special|OTHER:personalized"},
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DAMAGED"},
        },
        either={"exclusions": {"WORN_OR_DAMAGED"}, "refund.processing": _r(0, 10, "BUSINESS")},
        unplaced=("in-store returns are preferred", "event tickets within 48 hours"),
        read=READ38,
    ),
    "officechairsusa": Label(
        "https://officechairsusa.com/returns", "test38",
        facts={
            "returns.window.days": 45,
            "returns.request_via": "EMAIL",
            "instructions.use_address_from_instructions": True,
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "refund.inspection": True,
            "shipping.default.payer": "CUSTOMER",
            "instructions.carrier_examples": ("UPS", "FedEx Ground", "USPS"),
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"PERSONALIZED|OTHER:special order"},
        },
        either={"requirements.condition": {"UNUSED"}, "refund.original_shipping": "NEVER"},
        unplaced=("clearly affixed to the return label", "less the cost of the original outbound freight",
                  "fully assembled high end executive chairs", "simple part replacement"),
        read=READ38,
    ),
    "inksmile": Label(
        "https://www.inksmile.com/Non-Ink-Toner-Refund-Policy_df_36.html", "test38",
        facts={
            "returns.window.days": 30,
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "fees.restocking_percent": "20",
            "shipping.default.payer": "CUSTOMER",
            "returns.request_required_before_shipping": True,
            "refund.processing": _r(0, 30, "BUSINESS"),
            "fault.reasons": {"DEFECTIVE"},
            **_w(15, "DELIVERY", prefix="fault.window"),
            "instructions.tracked_shipping_recommended": True,
            "instructions.ship_within_days": 15,
        },
        either={"refund.original_shipping": "NEVER", "returns.request_via": "EMAIL", "resolutions.exchange": "NEVER",
                "resolutions.reorder_hint": True, "sales_channels.allowed": ["web"]},
        unplaced=("postmarked within 30 days of the original receipt date", "no refunds or replacements will be issued"),
        read=READ38,
    ),
    "fifty4t": Label(
        "https://fifty4t.com/returns", "test38",
        facts={
            **_w(15, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "exclusions": {"PERSONALIZED|OTHER:personalised|OTHER:customised", "OTHER:notebook", "OTHER:ink",
                           "OTHER:pre-owned|OTHER:consignment"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"refund.confirmation_email": True, "currency": "EUR"},
        unplaced=("payment fee of the payment provider", "in the limit of the initial shipping cost"),
        read=READ38,
    ),
    "sherriannewilson": Label(
        "https://www.sherriannewilson.com/planner-return-policy", "test38",
        facts={
            "returns.window.days": 14,
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.tracked_shipping_recommended": True,
            "instructions.address_on_request": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "requirements.condition": {"UNUSED"},
        },
        either={"returns.window.starts": "DELIVERY", "requirements.condition": {"ORIGINAL_CONDITION"},
                "exclusions": {"WORN_OR_DAMAGED"}, "instructions.ship_within_days": 14},
        unplaced=("20% damage fee", "addresses other than the address we provide", "more than 14 days following the date of purchase",
                  "20% outbound shipping fee", "include your original packing slip",
                  "14 days to get the item(s) to our facility"),
        read=READ38,
    ),
    "sjbuniformshop": Label(
        "https://sjbuniformshop.co.uk/refund-policy", "test38",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"},
        },
        either={"refund.confirmation_email": True},
        unplaced=("bring your item in to the school office",),
        read=READ38,
    ),
    "backpackdesign": Label(
        "https://backpack-design.com/returns-exchange-policy", "test38",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "NOT_WORN", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "resolutions.exchange": "ALWAYS",
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "fault.reasons": {"WRONG_ITEM", "DAMAGED"},
            "returns.request_via": "EMAIL",
        },
        either={"exclusions": {"WORN_OR_DAMAGED"}, "returns.request_required_before_shipping": True},
        unplaced=("only in the country where our sites are located", "forfeiture of the offer"),
        read=READ38,
    ),
    "nataliyahines": Label(
        "https://www.nataliyahines.com/refunds-returns", "test38",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.confirmation_email": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "cancellation.enabled": True,
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"},
        },
        either={"returns.request_via": "WEBSITE", "resolutions.exchange": "ALWAYS", "cancellation.window_hours": 48},
        unplaced=("open edition prints are subject to potential exchange", "within 2 business days of purchase",
                  "orders delayed by ups or usps", "rush orders may qualify", "within 45 days of your refund request"),
        read=READ38,
    ),
    "wallmapplace": Label(
        "https://www.wallmapplace.com/returns.asp", "test38",
        facts={
            **_w(7, "DELIVERY", "CALENDAR"),
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:print on demand", "PERSONALIZED|OTHER:special order|OTHER:custom"},
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "NOT_ALTERED", "ORIGINAL_CONDITION"},
            "fault.reasons": {"DAMAGED", "WRONG_ITEM", "DEFECTIVE"},
            "fault.remedies": {"REFUND"},
            "resolutions.store_credit": "MERCHANT_AT_FAULT",
            "refund.inspection": True,
            "fees.restocking_percent": "0",
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
        },
        either={"requirements.condition": {"NOT_WORN"}, "returns.most_items_only": True,
                "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("different return policy time period",),
        read=READ38,
    ),
    "lampscart": Label(
        "https://lampscart.com/pages/return-policy", "test38",
        facts={
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
            **_w(14, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "ORIGINAL_CONDITION"},
            "exclusions": {"PERSONALIZED|OTHER:custom"},
            "fees.restocking_percent": "10",
            "resolutions.exchange": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"EXCHANGE"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 10, "BUSINESS"),
        },
        either={"requirements.condition": {"UNUSED"}, "returns.request_via": "EMAIL", "currency": "USD",
                "fees.waived_when_merchant_at_fault": False},
        unplaced=("once you've placed a custom order you cannot cancel it", "we deduct $6 for shipping on 1 item"),
        read=READ38,
    ),
    "frndz": Label(
        "https://frndz.biz/return-policy/", "test38",
        facts={
            **_w(25, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:special order", "OTHER:copy paper"},
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "fault.reasons": {"DAMAGED"},
                "fault.overrides_exclusions": True},
        unplaced=("once you have cut the plastic", "as long as this does not become habitual",
                  "does not become regular practice", "abuse of our company return policy",
                  "office furniture and machines are subject to the return shipping fee", "1:00pm cst cut off time"),
        read=READ38,
    ),
    "shutterpuzzle": Label(
        "https://shutterpuzzle.com/refund_returns", "test38",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "exclusions": {"OTHER:gift card", "OTHER:trial", "OTHER:image"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"resolutions.exchange": "ALWAYS", "refund.confirmation_email": True, "returns.only_at_fault": True},
        unplaced=("puzzles must be defective by error in production", "do not send your purchase back to the manufacturer",
                  "only partial refunds are granted"),
        read=READ38,
    ),
}
