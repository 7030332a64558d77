"""Risk assessments as GraphQL types: admin only (the storefront schema never includes them)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from models.risk import RiskAssessment
from plugin.api.enums import RiskAssessmentResult, RiskFactSentiment, RiskRecommendation
from plugin.api.row_fields import from_row


@strawberry.type(description="One reason behind a risk level, shaped like Shopify's order risk facts.")
class RiskFact:
    code: str
    description: str
    weight: int
    sentiment: RiskFactSentiment
    evidence: JSON


@strawberry.type(name="RiskAssessment")
class RiskAssessmentType:
    row: strawberry.Private[RiskAssessment]

    score = from_row("score", int)
    level = from_row("level", RiskAssessmentResult)

    @strawberry.field(description="What the policy does at this level.")
    def recommendation(self) -> RiskRecommendation:
        return self.row.facts["recommendation"]

    @strawberry.field
    def facts(self) -> list[RiskFact]:
        return [
            RiskFact(code=f["code"], description=f["description"], weight=f["weight"], sentiment=f["sentiment"],
                     evidence=f["evidence"])
            for f in self.row.facts["facts"]
        ]

    assessed_at = from_row("created_at", datetime)
