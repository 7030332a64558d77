"""Working on a draft policy without saving it: preview, impact preview, and version diffs.

`policyPreview` validates and renders a draft as the public page would show it, with lint.
`policySimulate` runs the draft and the policy in force over the shop's recent orders (pure
engine, nothing written, at most 10,000 orders) and says what would change. `policyDiff` compares
two saved versions.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from decimal import Decimal
from enum import StrEnum

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from models.catalog import Product
from models.policy import PolicyVersion
from plugin.actions.policy import check_draft
from plugin.actions.simulate import MAX_ORDERS, simulate_policy
from plugin.api.admin.policy import PolicyLintWarning, _code
from plugin.api.errors import UserError, UserErrorCode
from plugin.api.ids import to_gid
from plugin.api.money import Money
from plugin.api.policy_page import ReturnPolicy
from plugin.api.policy_types import Reason
from plugin.policy import PolicyInvalid, lint
from plugin.policy.decision import LineEligibility
from plugin.policy.diff import diff_documents
from plugin.policy.simulate import Impact, Retention

RETENTION = Retention()


def _invalid(exc: PolicyInvalid) -> list[UserError]:
    return [UserError(field=["document", *map(str, path)], message=message, code=_code(code)) for path, message, code in exc.errors]


@strawberry.type
class PolicyPreviewPayload:
    published: ReturnPolicy | None = strawberry.field(default=None, description="The public page the draft would publish.")
    lint_warnings: list[PolicyLintWarning] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Why the draft could not be saved, at its field.")


@strawberry.type(description="One line's eligibility under one policy.")
class LineVerdict:
    allowed: bool
    returnable_quantity: int
    reasons: list[Reason]

    @classmethod
    def of(cls, e: LineEligibility) -> LineVerdict:
        return cls(allowed=e.allowed, returnable_quantity=e.returnable_quantity,
                   reasons=[Reason(code=r.code, message=r.message) for r in e.reasons])


@strawberry.type
class PolicyImpactLine:
    line_id: strawberry.ID
    title: str
    before: LineVerdict
    after: LineVerdict


@strawberry.type
class PolicyImpactOrder:
    order_id: strawberry.ID
    name: str
    lines: list[PolicyImpactLine] = strawberry.field(description="The lines whose answer changes.")
    refund_before: Money
    refund_after: Money


@strawberry.type(description="What the draft would change for the shop's recent orders, as of now.")
class PolicyImpact:
    since: datetime
    orders: int = strawberry.field(description="Orders compared (newest first, at most 10,000).")
    truncated: bool = strawberry.field(description="More orders were placed since `since` than were compared.")
    lines: int
    returnable_before: int
    returnable_after: int
    became_returnable: int
    became_not_returnable: int
    orders_changed: int
    refund_before: Money = strawberry.field(description="What returning every returnable unit would refund under the policy in force.")
    refund_after: Money
    fees_before: Money
    fees_after: Money
    kept_before: int = strawberry.field(description="Orders whose return of every returnable unit the keep-the-item "
                                        "rules would refund without the items coming back (if scored LOW risk), "
                                        "under the policy in force.")
    kept_after: int
    retained_before: Money = strawberry.field(
        description="Revenue kept instead of refunded under the policy in force: exchanges plus store credit, "
        "assuming `exchangeShare` and `storeCreditShare` of the customers offered one take it.")
    retained_after: Money
    exchanges_before: Money
    exchanges_after: Money
    store_credit_before: Money
    store_credit_after: Money
    bonus_before: Money = strawberry.field(description="The store credit bonus those customers get on top: what keeping them costs.")
    bonus_after: Money
    money_refunded_before: Money = strawberry.field(description="What still goes back as money: refunds less retained revenue.")
    money_refunded_after: Money
    exchange_share: Decimal = strawberry.field(description="Assumed share of customers offered an exchange who take it (0 to 1).")
    store_credit_share: Decimal = strawberry.field(description="Assumed share of customers offered store credit who take it (0 to 1).")
    other_currency_orders: int = strawberry.field(description="Orders left out of the money totals (another currency).")
    compared_with_version: int | None
    elapsed_ms: int
    samples: list[PolicyImpactOrder]


def _impact(impact: Impact, since: datetime, truncated: bool, version: int | None, elapsed: float) -> PolicyImpact:
    cur = impact.currency
    return PolicyImpact(
        since=since, orders=impact.orders, truncated=truncated, lines=impact.lines,
        returnable_before=impact.returnable_before, returnable_after=impact.returnable_after,
        became_returnable=impact.became_returnable, became_not_returnable=impact.became_not_returnable,
        orders_changed=impact.orders_changed,
        refund_before=Money.of(impact.refund_before, cur), refund_after=Money.of(impact.refund_after, cur),
        fees_before=Money.of(impact.fees_before, cur), fees_after=Money.of(impact.fees_after, cur),
        kept_before=impact.kept_before, kept_after=impact.kept_after,
        retained_before=Money.of(impact.retained_before, cur), retained_after=Money.of(impact.retained_after, cur),
        exchanges_before=Money.of(impact.exchanges_before, cur), exchanges_after=Money.of(impact.exchanges_after, cur),
        store_credit_before=Money.of(impact.store_credit_before, cur),
        store_credit_after=Money.of(impact.store_credit_after, cur),
        bonus_before=Money.of(impact.bonus_before, cur), bonus_after=Money.of(impact.bonus_after, cur),
        money_refunded_before=Money.of(impact.money_refunded_before, cur),
        money_refunded_after=Money.of(impact.money_refunded_after, cur),
        exchange_share=RETENTION.exchange_share, store_credit_share=RETENTION.store_credit_share,
        other_currency_orders=impact.other_currency_orders, compared_with_version=version,
        elapsed_ms=int(elapsed * 1000),
        samples=[
            PolicyImpactOrder(
                order_id=strawberry.ID(to_gid("Order", o.order_id)), name=o.name,
                refund_before=Money.of(o.refund_before, cur), refund_after=Money.of(o.refund_after, cur),
                lines=[PolicyImpactLine(line_id=strawberry.ID(to_gid("OrderLine", c.line_id)), title=c.title,
                                        before=LineVerdict.of(c.before), after=LineVerdict.of(c.after)) for c in o.lines],
            )
            for o in impact.samples
        ],
    )


@strawberry.type
class PolicySimulatePayload:
    impact: PolicyImpact | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.enum(description="How a setting differs between two policy versions.")
class PolicyChangeKind(StrEnum):
    ADDED = "ADDED"
    REMOVED = "REMOVED"
    CHANGED = "CHANGED"


@strawberry.type
class PolicyChange:
    path: list[str]
    kind: PolicyChangeKind
    before: JSON | None
    after: JSON | None


@strawberry.type
class PolicyDiffPayload:
    changes: list[PolicyChange] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PolicyDraftQuery:
    @strawberry.field(description="Validate and render a draft policy without saving it: the public page it would publish and its lint warnings, or userErrors at their field.")
    async def policy_preview(self, info: Info, document: JSON) -> PolicyPreviewPayload:
        shop = info.context.shop
        try:
            policy = check_draft(shop, document)
        except PolicyInvalid as exc:
            return PolicyPreviewPayload(user_errors=_invalid(exc))
        catalogue = [(frozenset(tags), (ptype or "").lower() or None) for tags, ptype in
                     await Product.filter(shop_id=shop.id).values_list("tags", "product_type")]
        return PolicyPreviewPayload(
            published=ReturnPolicy.of(shop, policy, None),
            lint_warnings=[PolicyLintWarning(code=w.code, path=[str(p) for p in w.path], message=w.message, severity=w.severity)
                           for w in lint(policy, catalogue)],
        )

    @strawberry.field(description=f"Run a draft policy and the one in force over the orders placed since `since` (newest first, at most {MAX_ORDERS:,}) and compare: lines returnable or not, refunds and fees, a sample of changed orders. Writes nothing.")
    async def policy_simulate(self, info: Info, document: JSON, since: datetime) -> PolicySimulatePayload:
        shop = info.context.shop
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        try:
            draft = check_draft(shop, document)
        except PolicyInvalid as exc:
            return PolicySimulatePayload(user_errors=_invalid(exc))
        started = time.perf_counter()
        impact, truncated, version = await simulate_policy(shop, draft, since)
        return PolicySimulatePayload(impact=_impact(impact, since, truncated, version, time.perf_counter() - started))

    @strawberry.field(description="What changed from one saved version to another, as paths into the document.")
    async def policy_diff(self, info: Info, from_version: int, to_version: int) -> PolicyDiffPayload:
        shop_id = info.context.shop.id
        rows = {row.number: row.document for row in await PolicyVersion.filter(shop_id=shop_id, number__in=[from_version, to_version])}
        errors = [UserError(field=[name], message="no such version", code=UserErrorCode.NOT_FOUND)
                  for name, number in (("fromVersion", from_version), ("toVersion", to_version)) if number not in rows]
        if errors:
            return PolicyDiffPayload(user_errors=errors)
        changes = diff_documents(rows[from_version], rows[to_version])
        return PolicyDiffPayload(changes=[PolicyChange(path=list(c.path), kind=PolicyChangeKind(c.kind), before=c.before, after=c.after) for c in changes])
