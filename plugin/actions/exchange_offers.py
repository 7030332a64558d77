"""The resolutions a return could take, priced side by side, from the mirrored catalogue.

Read-only. The quote (`returnQuote`, admin quotes) and the request (`returnRequest`,
`returnCreate`) ask the same questions here: which variants a returned line may become (the
policy's exchange terms, the live stock above the buffer), what store credit and its bonus a refund
becomes, and whether each resolution is allowed for the request. A chosen variant that is not
allowed, unknown or no longer in stock is an ActionError on the line's `exchangeVariantId`.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal

from models.catalog import ProductVariant
from models.order import OrderLine
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.policy import OrderFacts, Policy, ReturnDecision, ReturnRequestFacts, evaluate_return
from plugin.policy.offers import (
    ExchangeCandidate,
    ExchangeLine,
    ResolutionOption,
    VariantFacts,
    exchange_variants,
    options_data,
    resolution_options,
    store_credit,
)
from plugin.values.calendar import local_date
from plugin.values.money import Money

ANY_PRODUCT_LIMIT = 250  # variants an any-product exchange lists at most


def variant_facts(variant: ProductVariant) -> VariantFacts:
    available = variant.inventory_available if variant.inventory_tracked and variant.inventory_policy == "deny" else None
    return VariantFacts(
        variant_id=str(variant.id), product_id=str(variant.product_id), title=variant.title,
        options=tuple((o["name"], o["value"]) for o in variant.options or []), price=variant.price,
        available=available, active=variant.active,
    )


async def _returned_variant(shop: Shop, line: OrderLine) -> ProductVariant | None:
    if not line.variant_platform_id:
        return None
    return await ProductVariant.get_or_none(shop_id=shop.id, platform_id=line.variant_platform_id)


def _unit_value(policy: Policy, line: OrderLine) -> Decimal:
    """What a returned unit is worth to an exchange: its price; for an any-product exchange, what was
    paid for it before tax (its share of the line's discount off)."""
    if policy.resolutions.exchange_terms.scope == "ANY_PRODUCT" and line.quantity:
        return line.unit_price - line.discount / line.quantity
    return line.unit_price


async def candidates(shop: Shop, policy: Policy, line: OrderLine) -> list[ExchangeCandidate]:
    """The variants the policy lets this order line be exchanged for, in stock or not."""
    returned = await _returned_variant(shop, line)
    query = ProductVariant.filter(shop_id=shop.id, active=True)
    if policy.resolutions.exchange_terms.scope == "SAME_PRODUCT":
        product_id = returned.product_id if returned is not None else line.product_id
        if product_id is None:
            return []
        query = query.filter(product_id=product_id)
    rows = await query.order_by("product_id", "position", "id").limit(ANY_PRODUCT_LIMIT)
    return exchange_variants(
        policy, variant_facts(returned) if returned else None, [variant_facts(v) for v in rows],
        _unit_value(policy, line), returned_product_id=str(line.product_id) if line.product_id else None,
    )


async def chosen_exchange(
    shop: Shop, policy: Policy, lines: list, *, required: bool,
) -> list[ExchangeLine] | None:
    """The exchange the request names, line by line, checked against the policy and the stock; None
    when it names none (a quote before the customer chose). `required` (a request): every line
    must name an in-stock variant."""
    named = [line for line in lines if getattr(line, "exchange_variant_id", None) is not None]
    if not named and not required:
        return None
    order_lines = {l.id: l for l in await OrderLine.filter(shop_id=shop.id, id__in=[l.line_id for l in lines])}
    out = []
    for index, line in enumerate(lines):
        field = ["lines", str(index), "exchangeVariantId"]
        if getattr(line, "exchange_variant_id", None) is None:
            raise ActionError("EXCHANGE_VARIANT_REQUIRED", "choose the variant to exchange this item for", field)
        variant = await ProductVariant.get_or_none(shop_id=shop.id, id=line.exchange_variant_id)
        if variant is None or not variant.active:
            raise ActionError("EXCHANGE_VARIANT_UNAVAILABLE", "this variant is no longer sold", field)
        order_line = order_lines[line.line_id]
        allowed = {c.variant.variant_id: c for c in await candidates(shop, policy, order_line)}
        candidate = allowed.get(str(variant.id))
        if candidate is None:
            raise ActionError("EXCHANGE_VARIANT_NOT_ALLOWED", "the policy does not offer this variant in exchange for this item", field)
        if required and not candidate.in_stock:
            raise ActionError("EXCHANGE_VARIANT_UNAVAILABLE", f"{variant.title} is no longer in stock", field)
        currency = variant.currency
        out.append(ExchangeLine(
            line_id=str(line.line_id), quantity=line.quantity, variant_id=str(variant.id), title=variant.title,
            options=candidate.variant.options, price=Money.of(variant.price, currency), in_stock=candidate.in_stock,
            difference=Money.of(candidate.difference * line.quantity, currency),
        ))
    return out


def offered(policy: Policy, facts: OrderFacts, priors, request: ReturnRequestFacts, now: datetime, decision: ReturnDecision,
            version) -> dict[str, bool]:
    """Whether each resolution is allowed for this request: the decision itself for the one asked,
    the engine again for the others (it is pure and fast)."""
    answer = {decision.resolution: decision.allowed}
    for resolution in ("REFUND", "STORE_CREDIT", "EXCHANGE", "REPLACEMENT"):
        if resolution not in answer:
            other = evaluate_return(policy, facts, priors, dataclasses.replace(request, resolution=resolution), now,
                                    policy_version=version)
            answer[resolution] = other.allowed
    return answer


def options(policy: Policy, shop: Shop, decision: ReturnDecision, allowed: dict[str, bool],
            exchange: list[ExchangeLine] | None, now: datetime) -> list[ResolutionOption]:
    return resolution_options(policy, decision.quote, allowed, exchange, local_date(now, shop.timezone))


def resolution_data(policy: Policy, shop: Shop, decision: ReturnDecision, opts: list[ResolutionOption], now: datetime) -> dict:
    """What the stored decision gains: every option with its value, and the chosen resolution's
    particulars (`exchange`: the variants and the price difference; `store_credit`: credit, bonus, expiry)."""
    data: dict = {"options": options_data(opts)}
    chosen = next((o for o in options_data(opts) if o["resolution"] == decision.resolution), None)
    if decision.resolution == "EXCHANGE" and chosen is not None:
        data["exchange"] = {
            "lines": chosen["lines"], "difference": chosen["difference"], "handling": chosen["difference_handling"],
            "out_of_stock": policy.resolutions.exchange_terms.out_of_stock,
        }
    if decision.resolution == "STORE_CREDIT":
        credit, bonus, expires = store_credit(policy, decision.quote.total, local_date(now, shop.timezone))
        data["store_credit"] = {
            "amount": {"amount": str(credit.amount), "currency": credit.currency},
            "bonus": {"amount": str(bonus.amount), "currency": bonus.currency},
            "expires_on": expires.isoformat() if expires else None,
        }
    return data
