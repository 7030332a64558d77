"""``assess``: run every signal over the facts, add up the weights, pick the level and the
consequence the policy sets for it."""

from __future__ import annotations

from datetime import datetime

from plugin.risk.assessment import Fact, Level, RiskAssessment
from plugin.risk.facts import RiskFacts
from plugin.risk.settings import RiskSettings
from plugin.risk.signals import SIGNALS


def _order(fact: Fact) -> tuple[int, bool, str]:
    return (-fact.weight, fact.sentiment != "NEGATIVE", fact.code)


def level_for(settings: RiskSettings, score: int) -> Level:
    if score >= settings.high_score:
        return "HIGH"
    if score >= settings.medium_score:
        return "MEDIUM"
    return "LOW"


def assess(settings: RiskSettings, facts: RiskFacts, now: datetime) -> RiskAssessment:
    """Score ``facts`` at ``now`` (timezone-aware): the sum of the NEGATIVE facts' weights minus
    the POSITIVE ones', clamped to 0..100; LOW / MEDIUM / HIGH by ``medium_score`` and
    ``high_score``; the recommendation is ``settings.on_low/on_medium/on_high``.

    With risk scoring disabled every request is LOW with no facts.
    """
    if not settings.enabled:
        return RiskAssessment(0, "LOW", (), settings.on_low, False)
    found: list[Fact] = []
    score = 0
    for _, signal in SIGNALS:
        fact = signal(settings, facts, now)
        if fact is not None:
            found.append(fact)
            score += -fact.weight if fact.sentiment == "POSITIVE" else fact.weight
    score = 0 if score < 0 else 100 if score > 100 else score
    level = level_for(settings, score)
    found.sort(key=_order)
    recommendation = settings.consequence(level)
    return RiskAssessment(
        score,
        level,
        tuple(found),
        recommendation,
        settings.hold_email_customer and recommendation == "HOLD",
    )
