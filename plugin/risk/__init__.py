"""Fraud signals: orders, returns and cancellations scored with facts that say why. PURE.

Public API (everything else in the package is internal):

* settings: ``RiskSettings`` (the policy's ``risk`` section) and its per-signal sections;
* facts in: ``RiskFacts`` = ``RequestFacts`` + ``OrderFacts`` (with ``Address``) +
  ``CustomerHistory`` (``PastOrder``, ``PastReturn``) + ``LinkedAccounts`` + ``Blocklist``;
* ``assess(settings, facts, now)`` -> ``RiskAssessment`` (score, level, facts, recommendation;
  ``to_data``/``from_data`` for storage), each ``Fact`` with code, description, weight,
  sentiment and evidence; the signals one by one in ``plugin.risk.signals`` (``SIGNALS``);
* normalization for blocklist rows and linked-account keys: ``normalize_email``,
  ``normalize_phone``, ``normalize_address``, ``blocklist_keys``.

Like ``plugin.policy``, it imports nothing from the project but ``plugin.values.money``: it never reads
the database or the clock, so an assessment can be replayed from its stored facts.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Attributes load on first use, so ``plugin.policy.model`` importing ``plugin.risk.settings``
# does not pull in phonenumbers, rapidfuzz and the disposable-domain list at startup.
_EXPORTS = {
    "assess": "plugin.risk.assess",
    "level_for": "plugin.risk.assess",
    "LEVELS": "plugin.risk.assessment",
    "Fact": "plugin.risk.assessment",
    "RiskAssessment": "plugin.risk.assessment",
    "Address": "plugin.risk.facts",
    "Blocklist": "plugin.risk.facts",
    "CustomerHistory": "plugin.risk.facts",
    "LinkedAccounts": "plugin.risk.facts",
    "OrderFacts": "plugin.risk.facts",
    "PastOrder": "plugin.risk.facts",
    "PastReturn": "plugin.risk.facts",
    "RequestFacts": "plugin.risk.facts",
    "RiskFacts": "plugin.risk.facts",
    "blocklist_keys": "plugin.risk.normalize",
    "normalize_address": "plugin.risk.normalize",
    "normalize_email": "plugin.risk.normalize",
    "normalize_phone": "plugin.risk.normalize",
    "RiskSettings": "plugin.risk.settings",
    "NEGATIVE_CODES": "plugin.risk.signals",
    "SIGNALS": "plugin.risk.signals",
    "SIGNAL_CODES": "plugin.risk.signals",
}

if TYPE_CHECKING:
    from plugin.risk.assess import assess, level_for
    from plugin.risk.assessment import LEVELS, Fact, RiskAssessment
    from plugin.risk.facts import (
        Address,
        Blocklist,
        CustomerHistory,
        LinkedAccounts,
        OrderFacts,
        PastOrder,
        PastReturn,
        RequestFacts,
        RiskFacts,
    )
    from plugin.risk.normalize import (
        blocklist_keys,
        normalize_address,
        normalize_email,
        normalize_phone,
    )
    from plugin.risk.settings import RiskSettings
    from plugin.risk.signals import NEGATIVE_CODES, SIGNAL_CODES, SIGNALS


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'plugin.risk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "LEVELS",
    "NEGATIVE_CODES",
    "SIGNALS",
    "SIGNAL_CODES",
    "Address",
    "Blocklist",
    "CustomerHistory",
    "Fact",
    "LinkedAccounts",
    "OrderFacts",
    "PastOrder",
    "PastReturn",
    "RequestFacts",
    "RiskAssessment",
    "RiskFacts",
    "RiskSettings",
    "assess",
    "blocklist_keys",
    "level_for",
    "normalize_address",
    "normalize_email",
    "normalize_phone",
]
