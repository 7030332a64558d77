"""What an assessment says, shaped like Shopify's order risk assessments: a level and facts, each
fact with a sentiment and a description; plus our score, codes, weights and evidence.

``RiskAssessment.to_data()`` is JSON-ready (store it with the request); ``from_data`` reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Level = Literal["LOW", "MEDIUM", "HIGH"]
Sentiment = Literal["NEGATIVE", "POSITIVE", "NEUTRAL"]
Recommendation = Literal["NONE", "INSPECT_BEFORE_REFUND", "HOLD"]

LEVELS: tuple[Level, ...] = ("LOW", "MEDIUM", "HIGH")
DATA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Fact:
    """One signal that fired. ``weight`` is the points it adds to the score (a POSITIVE fact takes
    them off); ``evidence`` holds the figures behind the description, JSON-ready."""

    code: str
    description: str
    weight: int
    sentiment: Sentiment = "NEGATIVE"
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_data(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "description": self.description,
            "weight": self.weight,
            "sentiment": self.sentiment,
            "evidence": self.evidence,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Fact:
        return cls(
            code=data["code"],
            description=data["description"],
            weight=int(data["weight"]),
            sentiment=data.get("sentiment", "NEGATIVE"),
            evidence=dict(data.get("evidence") or {}),
        )


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """The verdict on one request. ``recommendation`` is the consequence the policy sets for the
    level (``RiskSettings.on_low/on_medium/on_high``); ``hold_email_customer`` copies the setting
    so a stored assessment says whether the customer was to be emailed."""

    score: int  # 0..100
    level: Level
    facts: tuple[Fact, ...]  # heaviest first; NEGATIVE before POSITIVE at equal weight
    recommendation: Recommendation
    hold_email_customer: bool = False

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(f.code for f in self.facts)

    @property
    def held(self) -> bool:
        return self.recommendation == "HOLD"

    def to_data(self) -> dict[str, Any]:
        """JSON-ready: ``{"version", "score", "level", "recommendation", "hold_email_customer",
        "facts": [{"code", "description", "weight", "sentiment", "evidence"}]}``."""
        return {
            "version": DATA_VERSION,
            "score": self.score,
            "level": self.level,
            "recommendation": self.recommendation,
            "hold_email_customer": self.hold_email_customer,
            "facts": [f.to_data() for f in self.facts],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RiskAssessment:
        return cls(
            score=int(data["score"]),
            level=data["level"],
            facts=tuple(Fact.from_data(f) for f in data.get("facts", ())),
            recommendation=data["recommendation"],
            hold_email_customer=bool(data.get("hold_email_customer", False)),
        )
