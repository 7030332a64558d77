"""Real shops' return policies, labelled by hand before the drafter first read them.

Pages from the stored public-pages corpus (the `search` tool, read 2026-12-04), none of them the
four seed stores nor the four pages used in the first session. The first twenty-two were split by a
seeded shuffle (random.Random(26)) into 11 development texts, on which the drafter's rules were
improved, and 11 test texts, measured once; two more development sets followed. Once measured and
read, the first test set became development set 4, and a second test set of twelve new pages was
gathered, labelled and committed before the drafter read it. Every label below was written (and
committed) before the drafter was run on its text.

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
    split: str  # "dev", "dev2", "dev3", "dev4" (the first test set, read after it was measured) or "test2"
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
    # --- a second development set: six more pages, labelled and committed before the drafter read
    # them (after the rules above were written), to see how those rules carry over before the test set
    "shoprrco": Label(
        "https://shoprrco.com/pages/returns-exchanges", "dev2",
        facts={
            "requirements.condition": {"TAGS_ATTACHED", "NOT_WORN", "NOT_WASHED"},
            "refund.method": "STORE_CREDIT",
            **_w(14, "DELIVERY"),
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"CLEARANCE", "OTHER:swim", "JEWELRY", "BODYSUITS", "OTHER:hat"},
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.window.days": 3,
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
        },
        either={"resolutions.exchange": "ALWAYS", "fault.window.starts": "DELIVERY"},
        unplaced=("improper care",),
    ),
    "partygirlz": Label(
        "https://partygirlzboutique.com/pages/faqs", "dev2",
        facts={
            "resolutions.exchange": "ALWAYS",
            "returns.window.days": 7,
            "refund.method": "STORE_CREDIT",
            "requirements.condition": {"ORIGINAL_CONDITION", "TAGS_ATTACHED", "NOT_WORN"},
            "exclusions": {"CLEARANCE|FINAL_SALE", "OTHER:swim", "BODYSUITS", "OTHER:accessor"},
            "shipping.default.payer": "CUSTOMER",
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.confirmation_email": True,
        },
        either={"exclusions": {"FINAL_SALE"}},
        unplaced=("include packing slip",),
    ),
    "southernsouls": Label(
        "https://southernsoulsboutiqueclothing.com/pages/copy-of-return-policy", "dev2",
        facts={
            "refund.method": "STORE_CREDIT",
            **_w(4, "DELIVERY"),
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"CLEARANCE", "PERSONALIZED|OTHER:custom"},
            "requirements.condition": {"NOT_WASHED", "NOT_WORN", "TAGS_ATTACHED"},
        },
        either={"resolutions.exchange": "ALWAYS"},
        unplaced=("must reach us 12 days", "you selected pickup", "choose local pick-up", "holiday themed items"),
    ),
    "mareanto": Label(
        "https://mareanto.com/refund-policy", "dev2",
        facts={
            **_w(7, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"OTHER:special", "CLEARANCE", "OTHER:swim", "BODYSUITS", "INTIMATES", "JEWELRY", "OTHER:mask",
                           "OTHER:beauty|OTHER:personal care"},
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
        },
        either={"exclusions": {"WORN_OR_DAMAGED", "FINAL_SALE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
                "fault.reasons": {"DAMAGED", "WRONG_ITEM"}},
        unplaced=("20% restocking fee",),
    ),
    "teealohamlb": Label(
        "https://www.teealohamlb.com/?p=2270", "dev2",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:perishable", "INTIMATES", "OTHER:hazardous", "OTHER:gift card", "OTHER:software|OTHER:digital",
                           "OTHER:personal care", "CLEARANCE"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.remedies": {"REPLACEMENT"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
        },
        either={"refund.confirmation_email": True},
        unplaced=("back to the manufacturer", "partial refunds may be granted"),
    ),
    "j1mart": Label(
        "https://j1mart.com/pages/return-refund-policy", "dev2",
        facts={
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:perishable", "INTIMATES", "OTHER:hazardous", "OTHER:gift card", "OTHER:software|OTHER:digital",
                           "PERSONALIZED|OTHER:custom", "OTHER:personal care", "CLEARANCE"},
            "returns.request_via": "EMAIL",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(3, 5, "BUSINESS"),
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "resolutions.reorder_hint": True,
        },
        either={"instructions.tracked_shipping_recommended": True, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
                "refund.original_shipping": "NEVER"},
        unplaced=("partial refunds may be granted", "about 4 weeks"),
    ),
    # --- a third development set, five more pages, labelled and committed before the drafter read them
    "barbellcartel": Label(
        "https://thebarbellcartel.com/en-au/pages/returns", "dev3",
        facts={
            **_w(60, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "TAGS_ATTACHED"},
            "exclusions": {"CLEARANCE"},
            "returns.request_via": "WEBSITE",
            "shipping.default.payer": "MERCHANT",
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"fees.restocking_percent": "10", "returns.request_required_before_shipping": True,
                "cancellation.until_shipped": True, "fault.remedies": {"REPLACEMENT"}},
        unplaced=("returned after 60 days", "shall not exceed", "international buyers", "orders canceled before shipment"),
    ),
    "lareneeboutique": Label(
        "https://lareneeboutique.com/pages/return-policy", "dev3",
        facts={
            "refund.method": "STORE_CREDIT",
            "requirements.condition": {"NOT_WASHED", "NOT_WORN", "NOT_STAINED", "ORIGINAL_CONDITION"},
            "fault.reasons": {"DEFECTIVE"},
            **_w(3, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.processing": _r(3, 6, "BUSINESS"),
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
        },
        either={**_w(7, "DELIVERY", "BUSINESS")},
        unplaced=("donated to charity after 30 days", "store credits will expire", "denied returns will be donated"),
    ),
    "interstellarseller": Label(
        "https://www.interstellarseller.com/apps/help-center", "dev3",
        facts={
            **_w(14, "DELIVERY"),
            "returns.most_items_only": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "TAGS_ATTACHED", "NOT_ALTERED"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "requirements.condition": {"UNUSED", "NOT_WORN", "ORIGINAL_PACKAGING"}, "exclusions": {"WORN_OR_DAMAGED"},
                "instructions.tracked_shipping_recommended": True},
        unplaced=("proof of mailing",),
    ),
    "tru-bal": Label(
        "https://www.tru-bal.com/return-policy", "dev3",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.proof_of_purchase": True,
            "returns.request_required_before_shipping": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"WRONG_ITEM"},
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"ORIGINAL_PACKAGING"}},
        unplaced=("after 30 days from the date of purchase", "returned without a receipt", "must be used within one year",
                  "lowest selling price"),
    ),
    "baileysfurniture": Label(
        "https://baileysfurniture.com/returns-exchanges", "dev3",
        facts={
            "exclusions": {"OTHER:upholster", "OTHER:pillow", "OTHER:mattress"},
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "refund.inspection": True,
            **_w(30, "PURCHASE"),
            "fees.restocking_percent": "25",
            "refund.method": "STORE_CREDIT",
            "resolutions.exchange": "ALWAYS",
        },
        either={"requirements.condition": {"UNUSED"}},
        unplaced=("24 hours for art", "cancellations will incur", "deliveries canceled within 24 hours", "valid for one year"),
    ),
    # --- the first test set: measured once (BENCHMARKS.md), then read, so development set 4 ---------
    "aussiefirepits": Label(
        "https://www.aussiefirepits.com/refund_returns/", "dev4",
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
        "https://automatitech.com/pages/refunds-returns", "dev4",
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
        "https://blvs.com/return-policy/", "dev4",
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
        "https://dewaltworkwear.co.uk/pages/returns", "dev4",
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
        "https://erccuniquekkd.com/product-page/i-am-a-king-crown", "dev4",
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
        "https://glitterbels.com/products/relaxed-puff-print-t-shirt", "dev4",
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
        "https://handbagsandgladragscheshire.co.uk/pages/returns", "dev4",
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
        "http://www.indigi-usa.com/returns.asp", "dev4",
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
        "https://www.kellerkuenstler.at/en/widerruf/", "dev4",
        facts={
            **_w(14, "DELIVERY"),
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
        },
        either={"instructions.ship_within_days": 14, "returns.request_via": "EMAIL"},
        unplaced=("within 14 days of the day on which we received notification", "refuse repayment until", "loss in value"),
    ),
    "reef-rash": Label(
        "https://reef-rash.myshopify.com/pages/returns-policy", "dev4",
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
        "https://topbrandoutlet.co.uk/faq", "dev4",
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

    # --- a second test set, 2026-12-04 session 3: twelve pages none of the above, nor the seed stores,
    # nor any page read while writing rules; the first shop page per query (bicycles, shoes, jewellery,
    # toys, furniture, pet supplies, outdoor gear, candles, cookware, records, coffee equipment, phone
    # accessories) that is a shop's own policy, not a template with blanks, not an article, not under
    # 800 characters. Labelled and committed before the drafter read any of them; measured once.
    "bentleycycle": Label(
        "https://bentley-cycle-inc.shoplightspeed.com/service/return-exchange-refund-policy", "test2",
        facts={
            "requirements.proof_of_purchase": True,
            "refund.method": "STORE_CREDIT",
            "resolutions.exchange": "ALWAYS",
            "returns.window.days": 10,
            "requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_PACKAGING", "NOT_WORN", "NOT_WASHED"},
            "exclusions": {"CLEARANCE", "FINAL_SALE", "JEWELRY", "INTIMATES", "OTHER:accessor", "OTHER:hat", "OTHER:handmade",
                           "OTHER:helmet", "OTHER:shorts", "OTHER:tube", "OTHER:tire", "OTHER:part", "OTHER:electronic",
                           "OTHER:bicycle|OTHER:bike"},
        },
        either={"returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED"}, "currency": "USD"},
        unplaced=("subject to a $10.00 fee", "restocking fee for chronic returners", "bike deposits are non-refundable",
                  "gift receipts are eligible"),
        read="2026-12-04 (session 3)",
    ),
    "robertwayne": Label(
        "https://www.robertwayne.com/pages/returns", "test2",
        facts={
            **_w(365, "PURCHASE"),
            "requirements.condition": {"NOT_WORN", "ORIGINAL_PACKAGING"},
            "refund.original_shipping": "NEVER",
            "resolutions.exchange": "NEVER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(2, 5, "BUSINESS"),
        },
        either={"returns.request_via": "WEBSITE", "instructions.pack_securely": True, "requirements.proof_of_purchase": True,
                "instructions.tracked_shipping_recommended": True},
        unplaced=("subject to a 10% fee", "deduct a 10% return fee"),
        read="2026-12-04 (session 3)",
    ),
    "elainagisele": Label(
        "https://elainagiselecollection.com/pages/refund-policy", "test2",
        facts={
            **_w(15, "PURCHASE"),
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.inspection": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True},
        read="2026-12-04 (session 3)",
    ),
    "thetoystores": Label(
        "https://thetoystores.com/pages/return-refund-policy", "test2",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "exclusions": {"CLEARANCE", "OTHER:gift card"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "resolutions.exchange": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
        },
        either={"returns.request_required_before_shipping": True, "refund.typical_arrival": _r(5, 7, "BUSINESS")},
        unplaced=("partial refund",),
        read="2026-12-04 (session 3)",
    ),
    "pacificfurniture": Label(
        "https://pacificfurniture.net/page/store-policies", "test2",
        facts={
            "requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED", "ACCESSORIES_INCLUDED"},
            "fees.restocking_percent": "20",
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"OTHER:special order", "OTHER:mattress"},
        },
        either={"returns.enabled": False, "cancellation.window_hours": 48, **_w(2, "DELIVERY"),
                "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}, "fault.overrides_exclusions": True,
                "fault.reasons": {"DAMAGED", "DEFECTIVE"}, "cancellation.refund_time": _r(0, 14)},
        unplaced=("20% cancellation fee", "installed or attempted"),
        read="2026-12-04 (session 3)",
    ),
    "woofsgear": Label(
        "https://woofsgear.com/pages/refund-policy", "test2",
        facts={
            **_w(30, "PURCHASE"),
            "returns.most_items_only": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "instructions.tracked_shipping_recommended": True,
            "refund.inspection": True,
            "refund.processing": _r(0, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "exclusions": {"PERSONALIZED", "OTHER:food|OTHER:treat"},
        },
        read="2026-12-04 (session 3)",
    ),
    "yukioyamai": Label(
        "https://yukioyamai.com/returns-refunds", "test2",
        facts={
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "exclusions": {"FINAL_SALE", "PERSONALIZED", "OTHER:gift card", "OTHER:fuel"},
            "returns.request_via": "WEBSITE",
            "instructions.pack_securely": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "INCOMPLETE"},
            "fault.window.days": 7,
            "resolutions.exchange": "ALWAYS",
        },
        either={"fault.window.starts": "DELIVERY"},
        unplaced=("15% restocking fee for certain gear", "tents: must include", "cookware: no signs of use", "apparel: unworn",
                  "seasonal items must be returned", "cleats/crampons", "hygiene seal intact", "excludes duties",
                  "customs paperwork", "processing time: 7-10"),
        read="2026-12-04 (session 3)",
    ),
    "barnloftcandles": Label(
        "https://www.barnloftcandles.com/Return-Policy_ep_42-1.html", "test2",
        facts={
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            **_w(15, "DELIVERY"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fees.restocking_percent": "15",
            "fees.waived_when_merchant_at_fault": True,
            "resolutions.exchange": "NEVER",
            "resolutions.reorder_hint": True,
            "exclusions": {"CLEARANCE", "OTHER:recycled"},
        },
        either={"requirements.proof_of_purchase": True, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
                "fault.remedies": {"REFUND"}, "cancellation.until_shipped": True, "shipping.default.payer": "CUSTOMER"},
        unplaced=("damaged candles are not returnable", "refusing order from carrier", "items will have to be shelved"),
        read="2026-12-04 (session 3)",
    ),
    "tfal": Label(
        "https://www.t-fal.com/return-policy", "test2",
        facts={
            **_w(45, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"PERSONALIZED"},
            "returns.request_via": "WEBSITE",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(0, 10),
        },
        either={"shipping.default.payer": "CUSTOMER", "fees.flat_fee": "9.95", "currency": "USD", "refund.inspection": True,
                "refund.processing": _r(0, 10)},
        unplaced=("30% of product cost will be withheld", "completed return form", "$9.95", "$19.95"),
        read="2026-12-04 (session 3)",
    ),
    "afkrecords": Label(
        "https://afkbooksandrecords.com/pages/return-policy", "test2",
        facts={
            **_w(10, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "instructions.tracked_shipping_recommended": True,
            "instructions.pack_securely": True,
            "exclusions": {"OTHER:record store day"},
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "resolutions.reorder_hint": True,
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.typical_arrival": _r(3, 5, "BUSINESS"),
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"requirements.condition": {"UNUSED"}, "resolutions.exchange": "NEVER", "refund.processing": _r(3, 5, "BUSINESS"),
                **_w(10, "DELIVERY", prefix="fault.window")},
        unplaced=("payment processing fees we incurred", "tendered to usps within 10 days"),
        read="2026-12-04 (session 3)",
    ),
    "espressotech": Label(
        "https://espressotechsoutheast.com/policies/refund-policy", "test2",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("within 30 days of the return request", "$12 shipping charge", "minimum 10% restocking fee", "$250 flat fee",
                  "fee based on condition received"),
        read="2026-12-04 (session 3)",
    ),
    "phoneaccessoriess": Label(
        "https://phoneaccessoriess.com/pages/refund-returns", "test2",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "requirements.proof_of_purchase": True,
            "exclusions": {"OTHER:personal|OTHER:hygiene|OTHER:earbud|OTHER:headphone"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "DAMAGED"},
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.photos_min": 1,
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_required_before_shipping": True, "resolutions.exchange": "ALWAYS", "fault.photos_of": {"ISSUE"}},
        read="2026-12-04 (session 3)",
    ),
}
