"""The policy engine: merchants' return, refund and cancellation rules as settings, decided purely.

Public API (everything else in the package is internal):

* ``Policy`` — the settings document (pydantic); ``default_policy``, ``parse_policy``,
  ``policy_json_schema``,
  ``policy_to_data``, ``PolicyInvalid`` (errors carry paths into the document);
* facts in: ``ShopFacts``, ``LineFacts``, ``OrderFacts``, ``PriorReturn``, ``ReturnLineRequest``,
  ``ReturnRequestFacts``;
* decisions out: ``evaluate_return`` -> ``ReturnDecision``, ``returnable_lines`` ->
  ``[LineEligibility]``, ``evaluate_cancellation`` -> ``CancellationDecision``;
* ``render`` (public page, Markdown or HTML; ``Contact`` for the shop's details), ``lint`` ->
  ``[LintWarning]``, ``lint_contact`` (what needs the shop's support email);
* ``decision_data``: a decision as JSON-ready data, stored with the request it decided;
* presets: ``PRESETS``, ``load_preset``, ``preset_notes``.

The package imports nothing from the project but ``plugin.values.money`` and ``plugin.values.calendar``.
"""

from plugin.policy.decision import (
    CancellationDecision,
    Deadlines,
    Instructions,
    LineDecision,
    LineEligibility,
    Quote,
    QuoteLine,
    Reason,
    ReturnDecision,
    ReturnShippingTerms,
)
from plugin.policy.document import (
    PolicyInvalid,
    default_policy,
    parse_policy,
    policy_json_schema,
    policy_to_data,
)
from plugin.policy.evaluate import (
    CurrencyMismatch,
    evaluate_cancellation,
    evaluate_return,
    returnable_lines,
)
from plugin.policy.facts import (
    LineFacts,
    OrderFacts,
    PriorReturn,
    ReturnLineRequest,
    ReturnRequestFacts,
    ShopFacts,
)
from plugin.policy.lint import LintWarning, lint, lint_contact
from plugin.policy.model import Policy
from plugin.policy.presets import PRESETS, load_preset, preset_notes
from plugin.policy.render import Contact, decline_clause, render
from plugin.policy.serialize import decision_data

__all__ = [
    "Contact",
    "PRESETS",
    "CancellationDecision",
    "CurrencyMismatch",
    "Deadlines",
    "Instructions",
    "LineDecision",
    "LineEligibility",
    "LineFacts",
    "LintWarning",
    "OrderFacts",
    "Policy",
    "PolicyInvalid",
    "PriorReturn",
    "Quote",
    "QuoteLine",
    "Reason",
    "ReturnDecision",
    "ReturnLineRequest",
    "ReturnRequestFacts",
    "ReturnShippingTerms",
    "ShopFacts",
    "decision_data",
    "default_policy",
    "evaluate_cancellation",
    "evaluate_return",
    "lint",
    "lint_contact",
    "load_preset",
    "parse_policy",
    "policy_json_schema",
    "policy_to_data",
    "preset_notes",
    "decline_clause",
    "render",
    "returnable_lines",
]
