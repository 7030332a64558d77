"""Random valid policy documents (hypothesis): every setting the policy page and the engine's
sentences read, drawn independently, starting from a preset so unlisted sections stay sensible.

Merchant-typed words (exclusion and rule labels, region names, notes, carrier names, options,
verification cases) are drawn from `merchant_words`, made-up words that are no language's, so a
test can tell them from the sentence around them.
"""

from __future__ import annotations

from hypothesis import assume
from hypothesis import strategies as st
from pydantic import ValidationError

from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.presets import PRESETS, load_preset

REASONS = ["DEFECTIVE", "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "INCOMPLETE", "LATE_DELIVERY",
           "SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "COLOR", "STYLE", "UNWANTED", "OTHER"]
CONDITIONS = ["UNUSED", "NOT_WORN", "NOT_WASHED", "NOT_IRONED", "NOT_STAINED", "NOT_ALTERED",
              "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"]
CATEGORIES = ["FINAL_SALE", "CLEARANCE", "PERSONALIZED", "INTIMATES", "SOCKS", "TIGHTS", "BODYSUITS", "JEWELRY",
              "FREE_GIFT", "NON_RETURNABLE_MARK", "WORN_OR_DAMAGED", "OTHER"]
AVAILABILITY = ["NEVER", "MERCHANT_AT_FAULT", "ALWAYS"]
COUNTRIES = ["US", "CA", "GB", "DE", "FR", "ES", "AU", "JP", "MX", "NL", "EU"]

# Made-up words (a merchant's product names, in no language the page is written in).
merchant_words = st.from_regex(r"\AZq[a-z]{2,6}( Zq[a-z]{2,6}){0,2}\Z")


def _subset(items, min_size=0, max_size=None):
    return st.lists(st.sampled_from(items), min_size=min_size, max_size=max_size or len(items), unique=True)


def _window():
    return st.fixed_dictionaries({
        "days": st.integers(1, 400), "unit": st.sampled_from(["CALENDAR", "BUSINESS"]),
        "starts": st.sampled_from(["DELIVERY", "PURCHASE", "SHIPMENT"]),
        "transit_buffer_days": st.none() | st.integers(1, 60),
    })


def _range():
    return st.integers(0, 30).flatmap(lambda lo: st.fixed_dictionaries({
        "min_days": st.just(lo), "max_days": st.integers(max(lo, 1), 40), "unit": st.sampled_from(["CALENDAR", "BUSINESS"]),
    }))


money = st.sampled_from(["0.50", "1", "4.50", "9.99", "12", "250"])


def _terms():
    return st.one_of(
        st.fixed_dictionaries({"payer": st.just("MERCHANT"), "credit": st.none(),
                               "postage_reimbursed": st.sampled_from(["NO", "ON_RECEIPT", "AFTER_INSPECTION"])}),
        st.fixed_dictionaries({"payer": st.just("CUSTOMER"), "label_fee": st.none() | money, "credit": st.none() | money,
                               "postage_reimbursed": st.sampled_from(["NO", "ON_RECEIPT", "AFTER_INSPECTION"])}),
    )


@st.composite
def _regions(draw):
    out, used = [], set()
    for i in range(draw(st.integers(0, 3))):
        rest = draw(st.booleans()) and not any(r["rest_of_world"] for r in out)
        countries = [] if rest else [c for c in draw(_subset([c for c in COUNTRIES if c != "EU"], 1, 2)) if c not in used]
        if not rest and not countries:
            continue
        used |= set(countries)
        out.append({
            "name": draw(merchant_words), "countries": countries, "rest_of_world": rest,
            "first_return": draw(_terms()), "later_returns": draw(st.none() | _terms()),
            "merchant_at_fault": draw(st.none() | _terms()),
        })
    return out


@st.composite
def policies(draw):
    """A valid policy, anywhere in the settings' space the page and the engine's sentences read."""
    data = policy_to_data(load_preset(draw(st.sampled_from(PRESETS))))
    data["cancellation"].update(
        enabled=draw(st.booleans()), window_hours=draw(st.none() | st.integers(1, 96)), until_shipped=draw(st.booleans()),
        refund_percent=draw(st.sampled_from(["100", "50", "87.5"])), refund_time=draw(st.none() | _range()),
        request_via=draw(st.sampled_from(["WEBSITE", "EMAIL"])), stated=draw(st.booleans()),
    )
    data["returns"].update(
        enabled=draw(st.booleans() | st.just(True)), window=draw(_window()), most_items_only=draw(st.booleans()),
        request_via=draw(st.sampled_from(["WEBSITE", "EMAIL"])),
        request_required_before_shipping=draw(st.booleans()), auto_approve=draw(st.booleans()),
    )
    data["exclusions"] = [
        {"category": draw(st.sampled_from(CATEGORIES)), "label": draw(merchant_words), "match": {"tags": ["zqtag"]},
         "not_cancellable": draw(st.booleans()), "fault_override": draw(st.booleans())}
        for _ in range(draw(st.integers(0, 3)))
    ]
    rules = []
    for _ in range(draw(st.integers(0, 2))):
        window, exchange_only = draw(st.none() | _window()), draw(st.booleans())
        assume(window is not None or exchange_only)
        rules.append({"label": draw(merchant_words), "match": {"tags": ["zqrule"]}, "window": window, "exchange_only": exchange_only})
    data["product_rules"] = rules
    data["fault"] = {
        "reasons": draw(_subset(REASONS)), "overrides_exclusions": draw(st.booleans()), "photos_min": draw(st.integers(0, 3)),
        "photos_of": draw(_subset(["ISSUE", "PACKAGING"])), "photos_requested": draw(st.booleans()),
        "window": draw(st.none() | _window()), "waive_condition": draw(st.booleans()),
        "remedies": draw(_subset(["REFUND", "REPLACEMENT", "EXCHANGE"], 1)), "full_refund": draw(st.booleans()),
    }
    data["returns"]["only_at_fault"] = bool(data["fault"]["reasons"]) and draw(st.booleans())  # faults to take, or invalid
    data["sets"] = {"return_whole_only": draw(st.booleans())}
    data["sales_channels"] = {
        "allowed": draw(st.none() | _subset(["web", "online_store", "pos", "zqmarket"], 1)),
        "elsewhere_note": draw(st.none() | merchant_words),
    }
    data["requirements"] = {
        "proof_of_purchase": draw(st.booleans()), "photos_min": draw(st.integers(0, 3)),
        "condition": draw(_subset(CONDITIONS)), "reason_required": draw(st.booleans()),
    }
    data["shipping"].update(
        regions=draw(_regions()), default=draw(_terms()), first_returns=draw(st.integers(1, 3)),
        label_countries=draw(_subset(COUNTRIES, 0, 3)), product_page_free_returns=draw(st.booleans()),
    )
    data["fees"] = {
        "flat_fee": draw(st.sampled_from(["0", "2.50"])), "restocking_percent": draw(st.sampled_from(["0", "15", "12.5"])),
        "free_shipping_deduction": draw(st.sampled_from(["0", "9.99"])),
        "waived_when_merchant_at_fault": draw(st.booleans()), "merchant_fees_returned": draw(st.booleans()),
    }
    data["refund"] = {
        "method": draw(st.sampled_from(["ORIGINAL_PAYMENT", "STORE_CREDIT", "CUSTOMER_CHOICE"])),
        "original_shipping": draw(st.sampled_from(AVAILABILITY)), "taxes_refunded": draw(st.booleans()),
        "processing": draw(st.none() | _range()), "additional_delay": draw(st.none() | _range()),
        "typical_arrival": draw(st.none() | _range()), "inspection": draw(st.booleans()),
        "response_business_days": draw(st.none() | st.integers(1, 20)), "confirmation_email": draw(st.booleans()),
    }
    resolutions = {
        "exchange": draw(st.sampled_from(AVAILABILITY)), "replacement": draw(st.sampled_from(AVAILABILITY)),
        "store_credit": draw(st.sampled_from(AVAILABILITY)), "reorder_hint": draw(st.booleans()),
        "exchange_terms": {
            "scope": draw(st.sampled_from(["SAME_PRODUCT", "ANY_PRODUCT"])),
            "changeable_options": draw(st.lists(st.sampled_from(["Size", "Color", "colour", "Zqfit"]), max_size=3, unique=True)),
            "higher_price": draw(st.sampled_from(["CUSTOMER_PAYS", "NOT_ALLOWED"])),
            "lower_price": draw(st.sampled_from(["REFUND_REST", "NOT_ALLOWED"])),
            "out_of_stock": draw(st.sampled_from(["REFUND", "STORE_CREDIT"])),
            "instant_up_to": draw(st.none() | money),
        },
        "store_credit_terms": {
            "bonus_percent": draw(st.sampled_from(["0", "10", "7.5"])), "bonus_flat": draw(st.sampled_from(["0", "5"])),
            "bonus_cap": draw(st.none() | money), "expires_after_days": draw(st.none() | st.integers(1, 730)),
        },
        "by_reason": [
            {"reasons": draw(_subset(REASONS, 1, 3)), "allowed": draw(_subset(["REFUND", "EXCHANGE", "STORE_CREDIT", "REPLACEMENT"], 1))}
            for _ in range(draw(st.integers(0, 2)))
        ],
    }
    data["resolutions"] = resolutions
    data["instructions"].update(
        ship_within_days=draw(st.none() | st.integers(1, 60)), pack_securely=draw(st.booleans()),
        tracked_shipping_recommended=draw(st.booleans()), insured_shipping_recommended=draw(st.booleans()),
        carrier_examples=draw(st.lists(merchant_words, max_size=2)),
        use_address_from_instructions=draw(st.booleans()), address_on_request=draw(st.booleans()),
    )
    data["eu"] = {"enabled": draw(st.booleans()), "withdrawal_days": draw(st.integers(14, 60)),
                  "countries": draw(_subset(COUNTRIES, 1, 3)), "refund_original_shipping": draw(st.booleans())}
    data["verification"] = {"contact_by_email": draw(st.booleans()), "conditions": draw(st.lists(merchant_words, max_size=2))}
    data["keep_item"] = {"enabled": draw(st.booleans()), "max_item_value": draw(st.none() | money),
                         "reasons": draw(_subset(REASONS, 0, 2)), "stated": draw(st.booleans())}
    data["delivery"] = {
        "estimate_untracked": draw(st.booleans()), "transit_days": draw(st.integers(1, 30)),
        "regions": [{"countries": draw(_subset(["US", "CA", "GB"], 1, 2)), "days": draw(st.integers(1, 20))}
                    for _ in range(draw(st.integers(0, 2)))],
        "customer_confirms_receipt": draw(st.booleans()),
    }
    try:
        return parse_policy(data)
    except (ValidationError, ValueError) as error:
        assume(False)
        raise AssertionError from error
