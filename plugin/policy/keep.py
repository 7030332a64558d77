"""Keep-the-item rules: whether a request may be refunded without the items coming back.

The engine says whether every requested line qualifies by the policy (`keep_item` section); the
risk score, which the engine does not know, decides the rest: only a LOW score keeps the items
(plugin.actions.returns applies it).
"""

from __future__ import annotations

from decimal import Decimal

from plugin.policy.eligibility import convert
from plugin.policy.facts import OrderFacts, ReturnRequestFacts
from plugin.policy.model import Policy

KEEP_RISK_LEVEL = "LOW"


def unit_value(line) -> Decimal:
    """What one unit cost the customer: the price less its share of the line's discount."""
    return line.unit_price - (line.discount / line.quantity if line.quantity else Decimal(0))


def qualifies(policy: Policy, order: OrderFacts, request: ReturnRequestFacts, rate: Decimal | None) -> bool:
    """Every requested line is cheap enough or returned for a chosen reason (the request allowed)."""
    rules = policy.keep_item
    if not rules.enabled or not request.lines:
        return False
    limit = convert(Decimal(rules.max_item_value), rate, order.currency) if rules.max_item_value is not None else None
    by_id = {line.line_id: line for line in order.lines}
    for wanted in request.lines:
        line = by_id.get(wanted.line_id)
        if line is None:
            return False
        if wanted.reason in rules.reasons:
            continue
        if limit is None or unit_value(line) > limit:
            return False
    return True
