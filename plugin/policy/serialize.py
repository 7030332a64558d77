"""Decisions as JSON-ready data, to store with the request they decided and to replay later."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal

from plugin.policy.decision import CancellationDecision, ReturnDecision


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, (Decimal, date, datetime)):
        return value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    return value


def decision_data(decision: ReturnDecision | CancellationDecision) -> dict:
    """Every field, money as {"amount": "12.50", "currency": "USD"}, dates as ISO strings."""
    data = _plain(dataclasses.asdict(decision))
    if isinstance(decision, ReturnDecision):
        data["all_reasons"] = _plain([dataclasses.asdict(r) for r in decision.all_reasons()])
    return data
