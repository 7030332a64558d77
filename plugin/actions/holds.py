"""Resolving a fraud review: CLEAR resumes the held request where it stopped, CONFIRM_FRAUD declines
it. Its own module because it drives returns and cancellations, which themselves call risk scoring:
with it inside plugin.actions.risk the three modules imported each other."""

from __future__ import annotations

from datetime import datetime, timezone

from tortoise.transactions import in_transaction

from models.enums import (
    CancellationStatus,
    EmailKind,
    ReturnDeclineReason,
    RiskReviewDecision,
    RiskReviewStatus,
)
from models.order import Order
from models.refund import Cancellation
from models.risk import RiskAssessment, RiskReview
from models.shop import Shop
from plugin.actions import cancellations, returns
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.ledger import lock_order
from plugin.actions.policy import policy_in_force
from plugin.actions.risk import BLOCKLIST_KINDS, block

DECISIONS = tuple(RiskReviewDecision)


async def resolve_review(
    shop: Shop, review_id: int, decision: RiskReviewDecision, note: str | None, block_kinds: list[str], actor: str,
    customer_message: str | None = None,
) -> RiskReview:
    """CLEAR resumes the held request where it stopped; CONFIRM_FRAUD declines it, tells the customer
    (`customer_message`, if any, in the email), and blocks the order's email, phone or address when
    asked to. `note` is the staff's and stays in the admin."""
    if decision not in DECISIONS:
        raise ActionError("INVALID", "decision must be CLEAR or CONFIRM_FRAUD", ["decision"])
    unknown = sorted(set(block_kinds) - set(BLOCKLIST_KINDS))
    if unknown or (block_kinds and decision == "CLEAR"):
        raise ActionError("INVALID", "block EMAIL, PHONE or ADDRESS, and only when confirming fraud", ["block"])
    if note is not None and len(note) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", ["note"])
    if customer_message is not None and len(customer_message) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", ["customerMessage"])
    async with in_transaction():
        review = await RiskReview.get_or_none(shop_id=shop.id, id=review_id)
        if review is None:
            raise ActionError("NOT_FOUND", "no such review", ["id"])
        status = RiskReviewStatus.CLEARED if decision == RiskReviewDecision.CLEAR else RiskReviewStatus.CONFIRMED_FRAUD
        now = datetime.now(timezone.utc)
        if not await RiskReview.filter(id=review.id, status=RiskReviewStatus.OPEN).update(
            status=status, resolved_by=actor, resolution_note=note, resolved_at=now, customer_message=customer_message,
        ):
            raise ActionError("INVALID_STATE", f"the review is already {review.status}", ["id"])
        assessment = await RiskAssessment.get(id=review.assessment_id)
        if review.subject_type == "Return":
            await _resolve_return(shop, review.subject_id, decision, note, customer_message, actor)
        elif review.subject_type == "Cancellation":
            await _resolve_cancellation(shop, assessment.order_id, review.subject_id, decision, customer_message, actor, now)
        if decision == "CONFIRM_FRAUD":
            order = await Order.get(id=assessment.order_id, shop_id=shop.id)
            keys = {"EMAIL": order.email_key, "PHONE": order.phone_key, "ADDRESS": order.address_key}
            for kind in block_kinds:
                if keys[kind]:
                    await block(shop, kind, keys[kind], f"confirmed fraud, review {review.id}", actor)
        review.status, review.resolved_by, review.resolution_note, review.resolved_at = status, actor, note, now
        review.customer_message = customer_message
        await record(shop, subject=("RiskReview", review.id), actor=actor, action=f"risk_review.{status.lower()}",
                     before={"status": RiskReviewStatus.OPEN}, after={"status": status, "blocked": block_kinds}, note=note)
    return review


async def _resolve_return(shop: Shop, return_id: int, decision: str, note: str | None, customer_message: str | None,
                          actor: str) -> None:
    if decision == RiskReviewDecision.CONFIRM_FRAUD:
        # The review's note is staff's; the customer reads only the reason and what staff chose to say.
        await returns.decline(shop, return_id, ReturnDeclineReason.SUSPECTED_FRAUD, customer_message, actor, staff_note=note)
        return
    await returns.release(shop, return_id, actor)
    policy, _ = await policy_in_force(shop)
    if policy.returns.auto_approve:
        await returns.approve(shop, return_id, "policy")


async def _resolve_cancellation(shop: Shop, order_id: int, cancellation_id: int, decision: str,
                                customer_message: str | None, actor: str, now: datetime) -> None:
    order = await lock_order(shop, order_id)
    cancellation = await Cancellation.get(id=cancellation_id, shop_id=shop.id)
    if cancellation.status != CancellationStatus.ON_HOLD:
        raise ActionError("INVALID_STATE", f"the cancellation is already {cancellation.status}", ["id"])
    if decision == RiskReviewDecision.CLEAR:
        await Cancellation.filter(id=cancellation.id).update(status=CancellationStatus.ACCEPTED)
        await cancellations.apply(shop, order, cancellation, actor, now)
        return
    await Cancellation.filter(id=cancellation.id).update(status=CancellationStatus.DECLINED,
                                                         customer_message=customer_message)
    neutral = {"reasons": [], "next_step": "Contact us if you have any questions about your order."}
    await record(shop, subject=("Order", order.id), actor=actor, action="order.cancel_declined",
                 email=(EmailKind.CANCELLATION_REFUSED, {"to": order.email, "order_id": order.id, "decision": neutral}))
