"""Real shops' return policies, labelled by hand before the drafter first read them.

Twenty-two pages from the stored public-pages corpus (the `search` tool, read 2026-12-04), none of
them the four seed stores nor the four pages used in the previous session. They were split by a
seeded shuffle (random.Random(26)) into 11 development texts, on which the drafter's rules were
improved, and 11 test texts, measured once at the end. Every label below was written (and
committed) before the drafter was run on any of the texts.

The texts themselves are others' words and are not committed: `texts/` is ignored by git. Each
entry keeps the address the text was read from; the corpus stores the opening of each page, so a
text is that opening (a long page is cut at its last whole sentence).

What a label says:
- `facts`: the settings the drafter reads (`plugin.policy.drafting.DRAFTED`) that the text states as
  a general rule, with the value it gives them. List settings (condition, fault reasons, photos of,
  remedies) are sets whose items count one fact each; `exclusions` is a set of categories, an
  unnamed one as `OTHER:<word its label must contain>`, and `A|B` accepts either reading.
  `shipping.merchant_at_fault` is compared on who pays.
- `either`: readings a careful reader could take both ways (a window for exchanges when the shop
  takes back nothing else; "contact us" as the way to start a return). Drafting them, or not, counts
  neither as right nor as invented. Kept few.
- `unplaced`: for each sentence that states a rule about returns, refunds, exchanges or cancellation
  which no drafted setting holds (a rule for one group of products or one situation, a fee that
  depends on the item's state, a deadline counted from another event), a few of its words. The
  drafter should list that sentence as unplaced, not read it into a setting.

A rule that applies only to some returns (opened items, refused deliveries, the Christmas season) is
never a general setting: drafting it as one is counted as invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "texts"
READ = "2026-12-04"


@dataclass(frozen=True)
class Label:
    url: str
    split: str  # "dev" or "test"
    facts: dict
    either: dict = field(default_factory=dict)
    unplaced: tuple[str, ...] = ()
    read: str = READ


def _w(days, starts=None, unit=None, prefix="returns.window"):
    out = {f"{prefix}.days": days}
    if starts:
        out[f"{prefix}.starts"] = starts
    if unit:
        out[f"{prefix}.unit"] = unit
    return out


def _r(low, high, unit="CALENDAR"):
    return {"min_days": low, "max_days": high, "unit": unit}


LABELS: dict[str, Label] = {
    # --- development texts ---------------------------------------------------------------------
    "baykru": Label(
        "https://www.baykru.com/refunds-exchanges", "dev",
        facts={
            "exclusions": {"CLEARANCE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            **_w(7, "DELIVERY", "BUSINESS", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={**_w(7, "DELIVERY", "BUSINESS"), "returns.enabled": False, "cancellation.enabled": False},
        unplaced=("no refunds, no exception", "cost of return shipping will be deducted"),
    ),
    "blackvue": Label(
        "https://blackvuenorthamerica.com/pages/return-policy", "dev",
        facts={
            **_w(30, "DELIVERY"),
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.processing": _r(1, 2, "BUSINESS"),
            "refund.typical_arrival": _r(2, 5, "BUSINESS"),
            "returns.request_via": "WEBSITE",
            "refund.confirmation_email": True,
        },
        either={"refund.original_shipping": "NEVER"},
        unplaced=("10% restocking fee", "manufacturer's warranty period", "within 15 days of giving your package"),
    ),
    "celticarthouse": Label(
        "https://celticarthouse.com/refund-and-returns-policy2/", "dev",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.window.days": 7,
            "fault.remedies": {"REFUND", "EXCHANGE", "REPLACEMENT"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "returns.window.days": 30,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "returns.request_required_before_shipping": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.enabled": False, "fault.window.starts": "DELIVERY", "returns.request_via": "EMAIL"},
        unplaced=("all sales are final unless damaged",),
    ),
    "electricrider": Label(
        "https://electricrider.com/pages/are-returns-accepted", "dev",
        facts={
            **_w(30, "SHIPMENT"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True},
        unplaced=("restocking fee may apply", "warranty or defect related issues", "refused shipments will be refunded",
                  "write the rma number"),
    ),
    "elsasdigitalportraits": Label(
        "https://www.elsasdigitalportraits.com/refund-policy", "dev",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "refund.method": "ORIGINAL_PAYMENT",
            **_w(3, "PURCHASE"),
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.remedies": {"REPLACEMENT"},
        },
        either={"returns.request_via": "EMAIL", "fault.remedies": {"REFUND"}},
        unplaced=("only eligible for damaged item",),
    ),
    "hengestonegallery": Label(
        "https://www.hengestonegallery.com/returnpolicy-page/", "dev",
        facts={
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED", "UNUSED"},
            "returns.request_required_before_shipping": True,
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fees.restocking_percent": "20",
        },
        either={**_w(30, "DELIVERY", prefix="fault.window"), **_w(7, "DELIVERY", prefix="fault.window"),
                "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("returned directly to the manufacturer", "refused delivery"),
    ),
    "ivigil": Label(
        "https://ivigil.returnsportal.net/ReturnPolicy/", "dev",
        facts={
            **_w(30, "SHIPMENT"),
            "requirements.condition": {"ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
            "requirements.reason_required": True,
            "resolutions.exchange": "ALWAYS",
        },
        either={"refund.response_business_days": 2},
        unplaced=("up to a 25% restocking fee", "factory sealed packaging"),
    ),
    "newlook": Label(
        "https://help-row.newlook.com/hc/en-us/articles/360006767737--ROI-Only-What-are-the-time-limits-for-return", "dev",
        facts={
            **_w(28, "DELIVERY"),
            "requirements.condition": {"NOT_WORN", "ORIGINAL_CONDITION"},
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"requirements.proof_of_purchase": True},
        unplaced=("return sale items within 14 days", "sale items purchased in store you can return",
                  "unable to return items purchased in store", "return items within 28 days of purchase"),
    ),
    "restockar": Label(
        "http://restockar.com/pages/refund-policy", "dev",
        facts={
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:perishable", "PERSONALIZED", "OTHER:personal care", "OTHER:hazardous", "CLEARANCE",
                           "OTHER:gift card", "OTHER:pre-owned"},
            "returns.request_via": "WEBSITE",
            "refund.inspection": True,
        },
        either={**_w(7, "DELIVERY"), "instructions.pack_securely": True},
        unplaced=("we do not accept any refunds",),
    ),
    "skelligwars": Label(
        "http://skelligwars.com/returns-policy/", "dev",
        facts={
            **_w(21, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "refund.typical_arrival": _r(0, 4),
        },
        either={"resolutions.exchange": "ALWAYS"},
        unplaced=("postage back to you again", "deem unhygienic", "ask for proof of postage", "returned instore",
                  "during christmas"),
    ),
    "spoiledbrat": Label(
        "https://spoiledbrat.com/pages/returns", "dev",
        facts={
            "returns.request_via": "WEBSITE",
            "instructions.tracked_shipping_recommended": True,
            "refund.confirmation_email": True,
            "shipping.default.payer": "CUSTOMER",
            "returns.window.days": 14,
            "refund.processing": _r(0, 14),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"TAGS_ATTACHED"},
        },
        unplaced=("if the tag is removed", "outside of the returns period"),
    ),
    # --- test texts: measured once, at the end ---------------------------------------------------
    "aussiefirepits": Label(
        "https://www.aussiefirepits.com/refund_returns/", "test",
        facts={
            "cancellation.window_hours": 24,
            "cancellation.until_shipped": True,
            "returns.window.days": 14,
            "requirements.condition": {"ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DEFECTIVE", "INCOMPLETE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.method": "ORIGINAL_PAYMENT",
            "fees.restocking_percent": "15",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "refund.typical_arrival": _r(0, 7, "BUSINESS"),
            "currency": "AUD",
        },
        either={"returns.window.starts": "DELIVERY", **_w(14, "DELIVERY", prefix="fault.window"), "fault.reasons": {"DAMAGED"}},
        unplaced=("cancellation penalty charge", "treated as return", "only one after-sale privilege"),
    ),
    "automatitech": Label(
        "https://automatitech.com/pages/refunds-returns", "test",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "exclusions": {"OTHER:perishable", "PERSONALIZED", "OTHER:personal care", "OTHER:hazardous", "CLEARANCE", "OTHER:gift card"},
            "resolutions.reorder_hint": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"resolutions.exchange": "NEVER"},
        unplaced=(),
    ),
    "blvs": Label(
        "https://blvs.com/return-policy/", "test",
        facts={
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:special order", "CLEARANCE", "OTHER:software"},
            "instructions.tracked_shipping_recommended": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.inspection": True,
        },
        either={"returns.request_required_before_shipping": True},
        unplaced=(),
    ),
    "dewaltworkwear": Label(
        "https://dewaltworkwear.co.uk/pages/returns", "test",
        facts={
            "returns.request_via": "WEBSITE",
            **_w(30, "PURCHASE"),
            "requirements.condition": {"NOT_WORN", "ORIGINAL_PACKAGING"},
            "requirements.reason_required": True,
            "fault.reasons": {"DEFECTIVE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "instructions.pack_securely": True,
        },
        either={"shipping.default.payer": "MERCHANT", "refund.processing": _r(0, 10, "BUSINESS"), "fault.waive_condition": True},
        unplaced=("will affect your refund",),
    ),
    "erccuniquekkd": Label(
        "https://erccuniquekkd.com/product-page/i-am-a-king-crown", "test",
        facts={
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"REFUND"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            **_w(7, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION"},
        },
        either={"exclusions": {"PERSONALIZED"}},
        unplaced=("then a refund would be an option", "under review within 24 hours", "30 days to exchange",
                  "only one exchange or refund"),
    ),
    "glitterbels": Label(
        "https://glitterbels.com/products/relaxed-puff-print-t-shirt", "test",
        facts={
            **_w(14, "DELIVERY", "CALENDAR"),
            "fault.reasons": {"DEFECTIVE"},
            "fault.waive_condition": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "NOT_WORN", "NOT_WASHED", "NOT_STAINED"},
            "refund.inspection": True,
        },
        either={"fault.remedies": {"REPLACEMENT", "REFUND"}, "instructions.ship_within_days": 14,
                "requirements.condition": {"UNUSED"}},
        unplaced=("split into more than one delivery", "reduce your refund value"),
    ),
    "handbagsandgladrags": Label(
        "https://handbagsandgladragscheshire.co.uk/pages/returns", "test",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"TAGS_ATTACHED", "NOT_WORN"},
            "refund.method": "CUSTOMER_CHOICE",
            "resolutions.store_credit": "ALWAYS",
            "resolutions.exchange": "ALWAYS",
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
            "refund.processing": _r(7, 10, "BUSINESS"),
        },
        unplaced=("handed back to the shopkeeper", "remain untouched for 7 days"),
    ),
    "indigi-usa": Label(
        "http://www.indigi-usa.com/returns.asp", "test",
        facts={
            **_w(30, "SHIPMENT"),
            "resolutions.exchange": "ALWAYS",
            "returns.request_via": "EMAIL",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "fees.restocking_percent": "15",
            "refund.original_shipping": "NEVER",
            "refund.processing": _r(7, 14),
            "exclusions": {"OTHER:special order"},
        },
        either={"returns.request_required_before_shipping": True, "requirements.condition": {"ACCESSORIES_INCLUDED"}},
        unplaced=("broken screen",),
    ),
    "kellerkuenstler": Label(
        "https://www.kellerkuenstler.at/en/widerruf/", "test",
        facts={
            **_w(14, "DELIVERY"),
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
        },
        either={"instructions.ship_within_days": 14, "returns.request_via": "EMAIL"},
        unplaced=("within 14 days of the day on which we received notification", "refuse repayment until", "loss in value"),
    ),
    "reef-rash": Label(
        "https://reef-rash.myshopify.com/pages/returns-policy", "test",
        facts={
            "requirements.condition": {"NOT_WORN", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            **_w(14, "PURCHASE", "BUSINESS"),
            "requirements.reason_required": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.confirmation_email": True,
            "refund.additional_delay": _r(0, 3, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "refund.processing": _r(0, 1),
                "fault.reasons": {"WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "CUSTOMER"},
                "refund.typical_arrival": _r(0, 3, "BUSINESS")},
        unplaced=(),
    ),
    "topbrandoutlet": Label(
        "https://topbrandoutlet.co.uk/faq", "test",
        facts={
            "exclusions": {"JEWELRY", "INTIMATES", "OTHER:crep protect"},
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_CONDITION"},
            "refund.typical_arrival": _r(3, 5, "BUSINESS"),
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={"refund.processing": _r(0, 1)},
        unplaced=("strong defined odor", "include your return form", "box is damaged", "sale periods"),
    ),
}
