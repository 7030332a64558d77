"""The policy as search data: schema.org `MerchantReturnPolicy` JSON-LD written from the rules.

Google reads a shop's return policy from `Organization.hasMerchantReturnPolicy` (one policy per group
of countries with the same terms) and, for products with other terms, from a policy per product
group. This module writes that markup from the settings themselves, so the search engine is told
what the plugin enforces, not what a merchant once typed into a theme.

How the settings map (each choice errs on the side of what the customer is always given):

- `returns.enabled` off: `MerchantReturnNotPermitted`; returns only of damaged, defective or wrong items
  (`returns.only_at_fault`) too, with a description saying so, except where the EU right of withdrawal applies
  to the whole group (a change of mind comes back within the withdrawal period). Otherwise `MerchantReturnFiniteReturnWindow`
  with `merchantReturnDays` counted from delivery, as Google counts it: a business-day window is
  stated as the fewest calendar days it can last (weekends only; holidays only lengthen it); a window
  from purchase or shipment loses the transit days of the `delivery` section. Where the EU right of
  withdrawal applies to every country of a group and is longer, it wins.
- One policy per return-shipping region that lists countries (`applicableCountry`, at most 50 a
  policy, a longer list split), and one for the shop's own country when no region lists it (the
  rest-of-world or default terms). Countries no list names cannot be enumerated and are left out.
- Who pays (the first return's terms): the merchant `FreeReturn`; the customer with the shop's
  label at a fee `ReturnShippingFees` and `returnShippingFeesAmount`; else
  `ReturnFeesCustomerResponsibility`. When the at-fault terms differ, `customerRemorseReturnFees`
  and `itemDefectReturnFees` (with their amounts) say both instead of `returnFees`.
- `returnLabelSource`: the shop's download-and-print label where `label_countries` covers the group
  and the label is offered; else the customer's own.
- `refundType`: the refund method (original payment `FullRefund`, store credit `StoreCreditRefund`,
  the customer's choice both), plus `ExchangeRefund` / `StoreCreditRefund` when always offered.
- `restockingFee`: the restocking percentage as a number, else a flat fee as a `MonetaryAmount`.
- `itemCondition`: `NewCondition` when the condition checklist asks for unused items,
  `DamagedCondition` when damaged or defective items are taken back.
- Exceptions: each exclusion is a `MerchantReturnNotPermitted` policy and each product rule a policy
  of its own, named by its label, the products it covers in `additionalProperty` (`productType`,
  `productTag`) so a theme can attach it to the offers of those products.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from plugin.policy.model import Policy, ProductMatch, RegionShipping, ReturnWindow, ShippingTerms
from plugin.policy.types import expand_countries

SCHEMA = "https://schema.org/"
MAX_COUNTRIES = 50  # Google: "You can specify up to 50 countries."

FINITE = SCHEMA + "MerchantReturnFiniteReturnWindow"
NOT_PERMITTED = SCHEMA + "MerchantReturnNotPermitted"
BY_MAIL = SCHEMA + "ReturnByMail"
FREE = SCHEMA + "FreeReturn"
CUSTOMER_PAYS = SCHEMA + "ReturnFeesCustomerResponsibility"
SHIPPING_FEES = SCHEMA + "ReturnShippingFees"
LABEL_PRINTED = SCHEMA + "ReturnLabelDownloadAndPrint"
LABEL_CUSTOMER = SCHEMA + "ReturnLabelCustomerResponsibility"

_NEW_CONDITION_ITEMS = frozenset({"UNUSED", "NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION", "TAGS_ATTACHED"})
_DAMAGE_REASONS = frozenset({"DAMAGED", "DEFECTIVE"})


@dataclass(frozen=True)
class Storefront:
    """Where the markup is about and where it points: the shop, its policy page, this document."""

    name: str
    domain: str
    country: str
    policy_url: str
    document_url: str


def calendar_days_from_delivery(window: ReturnWindow, transit_days: int) -> int:
    """The fewest calendar days after delivery the window always gives."""
    days = window.days
    if window.unit == "BUSINESS":
        # Counting from a Sunday, N business days end after N calendar days plus two per full week
        # that follows the first five.
        days = days + 2 * ((days - 1) // 5)
    if window.starts != "DELIVERY":
        days -= transit_days
    return max(days, 1)


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    # Amounts as decimal strings, exactly as the policy states them (never a float).
    return {"@type": "MonetaryAmount", "value": str(amount), "currency": currency}


def _fees(terms: ShippingTerms, label_offered: bool, currency: str) -> tuple[str, dict[str, Any] | None]:
    if terms.payer == "MERCHANT":
        return FREE, None
    if label_offered and terms.label_fee is not None:
        return SHIPPING_FEES, _money(Decimal(terms.label_fee), currency)
    return CUSTOMER_PAYS, None


def _refund_types(policy: Policy) -> list[str]:
    method = policy.refund.method
    kinds = {"ORIGINAL_PAYMENT": ["FullRefund"], "STORE_CREDIT": ["StoreCreditRefund"],
             "CUSTOMER_CHOICE": ["FullRefund", "StoreCreditRefund"]}[method]
    if policy.resolutions.store_credit == "ALWAYS" and "StoreCreditRefund" not in kinds:
        kinds.append("StoreCreditRefund")
    if policy.resolutions.exchange == "ALWAYS":
        kinds.append("ExchangeRefund")
    return [SCHEMA + kind for kind in kinds]


def _conditions(policy: Policy) -> list[str]:
    found = []
    if _NEW_CONDITION_ITEMS & set(policy.requirements.condition):
        found.append(SCHEMA + "NewCondition")
    if _DAMAGE_REASONS & set(policy.fault.reasons):
        found.append(SCHEMA + "DamagedCondition")
    return found


def _restocking(policy: Policy, currency: str) -> Any:
    percent, flat = Decimal(policy.fees.restocking_percent), Decimal(policy.fees.flat_fee)
    if percent > 0:
        return _number(percent)
    if flat > 0:
        return _money(flat, currency)
    return None


def _number(value: Decimal) -> int | str:
    # A percentage: an integer when whole, else its exact decimal text (never a float).
    return int(value) if value == value.to_integral_value() else str(value)


def _return_country(policy: Policy, countries: list[str], fallback: str) -> str:
    for address in policy.shipping.return_addresses:
        if address.rest_of_world or set(countries) & expand_countries(address.countries):
            if not address.rest_of_world or not any(
                set(countries) & expand_countries(other.countries) for other in policy.shipping.return_addresses
            ):
                return address.country
    return fallback


@dataclass(frozen=True)
class _Group:
    key: str
    name: str
    countries: list[str]
    terms: RegionShipping | None  # None: the default terms (no region)


def _groups(policy: Policy, home: str) -> list[_Group]:
    listed: set[str] = set()
    groups: list[_Group] = []
    for index, region in enumerate(policy.shipping.regions):
        if region.rest_of_world:
            continue
        countries = sorted(expand_countries(region.countries))
        listed |= set(countries)
        groups.append(_Group(f"region-{index + 1}", region.name, countries, region))
    if home not in listed:
        rest = next((r for r in policy.shipping.regions if r.rest_of_world), None)
        groups.append(_Group("home", rest.name if rest else home, [home], rest))
    out = []
    for group in groups:  # at most 50 countries a policy
        chunks = [group.countries[i:i + MAX_COUNTRIES] for i in range(0, len(group.countries), MAX_COUNTRIES)]
        for n, chunk in enumerate(chunks):
            key = group.key if len(chunks) == 1 else f"{group.key}-{n + 1}"
            out.append(_Group(key, group.name, chunk, group.terms))
    return out


def _window_days(policy: Policy, window: ReturnWindow, countries: list[str]) -> int:
    days = calendar_days_from_delivery(window, policy.delivery.days_to(countries[0] if countries else None))
    if _withdraws(policy, countries):
        days = max(days, policy.eu.withdrawal_days)
    return days


def _withdraws(policy: Policy, countries: list[str]) -> bool:
    """Whether the EU right of withdrawal applies to every country of the group."""
    eu = policy.eu
    return eu.enabled and bool(countries) and set(countries) <= expand_countries(eu.countries)


def _standard(policy: Policy, shop: Storefront, group: _Group) -> dict[str, Any]:
    currency = policy.currency
    entry: dict[str, Any] = {
        "@type": "MerchantReturnPolicy",
        "@id": f"{shop.document_url}#{group.key}",
        "name": f"Return policy ({group.name})" if group.key != "home" or group.terms else "Return policy",
        "applicableCountry": group.countries,
        "merchantReturnLink": shop.policy_url,
    }
    # Where only faults come back, a change of mind comes back by the EU right of withdrawal alone.
    withdrawal_only = policy.returns.only_at_fault
    if not policy.returns.enabled or (withdrawal_only and not _withdraws(policy, group.countries)):
        entry["returnPolicyCategory"] = NOT_PERMITTED
        if policy.returns.enabled:
            entry["description"] = _UNLESS_FAULTY
        return entry
    first = group.terms.first_return if group.terms else policy.shipping.default
    at_fault = (group.terms.merchant_at_fault if group.terms else None) or first
    label = bool(set(group.countries) & expand_countries(policy.shipping.label_countries))
    label_offered = label and (first.payer == "MERCHANT" or first.label_fee is not None)
    entry.update({
        "returnPolicyCategory": FINITE,
        "merchantReturnDays": policy.eu.withdrawal_days if withdrawal_only else _window_days(policy, policy.returns.window, group.countries),
        "returnPolicyCountry": _return_country(policy, group.countries, shop.country),
        "returnMethod": BY_MAIL,
    })
    remorse_fees, remorse_amount = _fees(first, label, currency)
    defect_fees, defect_amount = _fees(at_fault, label, currency)
    if (remorse_fees, remorse_amount) == (defect_fees, defect_amount):
        entry["returnFees"] = remorse_fees
        if remorse_amount:
            entry["returnShippingFeesAmount"] = remorse_amount
    else:
        entry["customerRemorseReturnFees"] = remorse_fees
        if remorse_amount:
            entry["customerRemorseReturnShippingFeesAmount"] = remorse_amount
        entry["itemDefectReturnFees"] = defect_fees
        if defect_amount:
            entry["itemDefectReturnShippingFeesAmount"] = defect_amount
    entry["returnLabelSource"] = LABEL_PRINTED if label_offered else LABEL_CUSTOMER
    entry["refundType"] = _refund_types(policy)
    restocking = _restocking(policy, currency)
    if restocking is not None:
        entry["restockingFee"] = restocking
    conditions = _conditions(policy)
    if conditions:
        entry["itemCondition"] = conditions
    return entry


_UNLESS_FAULTY = "Not returnable, unless the item arrived damaged, defective or wrong."


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "group"


def _products(match: ProductMatch) -> list[dict[str, Any]]:
    values = [("productType", value) for value in match.product_types] + [("productTag", value) for value in match.tags]
    if match.non_returnable_mark:
        values.append(("productMark", "non-returnable"))
    if match.free_items:
        values.append(("productPrice", "free"))
    return [{"@type": "PropertyValue", "name": name, "value": value} for name, value in values]


def _exceptions(policy: Policy, shop: Storefront, standard: list[dict[str, Any]]) -> list[dict[str, Any]]:
    countries = sorted({c for entry in standard for c in entry["applicableCountry"]})[:MAX_COUNTRIES]
    out: list[dict[str, Any]] = []
    base = standard[0] if standard else {}
    for index, exclusion in enumerate(policy.exclusions):
        entry = {
            "@type": "MerchantReturnPolicy",
            "@id": f"{shop.document_url}#exclusion-{index + 1}-{_slug(exclusion.label)}",
            "name": exclusion.label,
            "applicableCountry": countries,
            "merchantReturnLink": shop.policy_url,
            "returnPolicyCategory": NOT_PERMITTED,
            "additionalProperty": _products(exclusion.match),
        }
        if exclusion.fault_override and policy.fault.overrides_exclusions:
            entry["description"] = _UNLESS_FAULTY
        out.append(entry)
    if not policy.returns.enabled or policy.returns.only_at_fault:
        return out  # the rules' windows are for faults alone, which the standard policies say
    for index, rule in enumerate(policy.product_rules):
        entry = dict(base)  # the standard terms of the first group, with the rule's own on top
        entry.update({
            "@id": f"{shop.document_url}#rule-{index + 1}-{_slug(rule.label)}",
            "name": rule.label,
            "applicableCountry": countries,
            "additionalProperty": _products(rule.match),
        })
        if rule.window is not None:
            entry["merchantReturnDays"] = _window_days(policy, rule.window, countries)
        if rule.exchange_only:
            entry["refundType"] = [SCHEMA + "ExchangeRefund"]
        out.append(entry)
    return out


def merchant_return_policies(policy: Policy, shop: Storefront) -> dict[str, Any]:
    """The JSON-LD document: the shop as an `OnlineStore` with every return policy it applies."""
    standard = [_standard(policy, shop, group) for group in _groups(policy, shop.country.upper())]
    return {
        "@context": "https://schema.org",
        "@type": "OnlineStore",
        "@id": f"https://{shop.domain}/#organization",
        "name": shop.name,
        "url": f"https://{shop.domain}",
        "hasMerchantReturnPolicy": standard + _exceptions(policy, shop, standard),
    }


def json_ld(policy: Policy, shop: Storefront) -> str:
    """The document as text, stable byte for byte for the same policy (it is hashed for the ETag)."""
    return json.dumps(merchant_return_policies(policy, shop), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
