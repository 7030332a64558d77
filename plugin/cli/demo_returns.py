"""Demo returns worth opening: every status, a request held for fraud review, refunds, emails.

Seeded after the demo orders through the same actions the API calls, as customers and staff would
have taken them, so the admin app shows real decisions, timelines and outbox rows on first run
(the embedded worker then delivers the emails to RECOURSE_MAIL_DIR). Orders the shop's policy does
not let return are skipped; a policy that refuses everything simply gets fewer returns.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from models.audit import AuditEvent
from models.enums import RefundStatus, ReturnStatus
from models.order import Order
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.risk import BlocklistEntry, RiskAssessment, RiskReview
from models.shop import Shop
from plugin.actions import refunds, return_requests, returns
from plugin.actions.commands import ReturnRequestLine
from plugin.actions.decisions import line_eligibility
from plugin.actions.errors import ActionError
from plugin.actions.policy import policy_in_force
from plugin.actions.risk import block, blocklist_value, unblock

# Photos are files customers upload through the storefront; the demo has none.
PHOTOS: tuple[str, ...] = ()
REASONS = ("SIZE_TOO_SMALL", "DEFECTIVE", "COLOR", "UNWANTED", "NOT_AS_DESCRIBED", "SIZE_TOO_LARGE")
NOTES = {
    "SIZE_TOO_SMALL": "Runs small, ordered my usual size.",
    "SIZE_TOO_LARGE": "Runs large, ordered my usual size.",
    "DEFECTIVE": "A seam came open the first time I wore it.",
    "COLOR": "Darker than in the photos.",
    "NOT_AS_DESCRIBED": "The fabric is thinner than the page says.",
}
# The path each demo return takes, named by the status it ends in, or REFUND_PENDING (inspected and
# refunded, the platform not yet confirming); ON_HOLD is held for a fraud review. The first ones
# matter most (the browser tests use them).
_S = ReturnStatus
SCRIPT = (_S.REQUESTED, _S.REQUESTED, _S.OPEN, _S.RECEIVED, "REFUND_PENDING", _S.CLOSED, _S.DECLINED, _S.CANCELED,
          _S.REQUESTED, _S.ON_HOLD)
# How long ago each was requested, so the home page shows real waiting times.
HOURS_AGO = (30, 38, 26, 20, 16, 12, 8, 34, 3, 10)  # after the most recent demo delivery (2 days ago)


async def _request(shop: Shop, order: Order, index: int, now: datetime) -> int | None:
    eligible = [e for e in await line_eligibility(shop, order, now) if e.allowed and e.returnable_quantity > 0]
    if not eligible:
        return None
    # The customer ticks what the policy asks of the item (not "manuals included" on a shirt), and a
    # note, where there is one, says what the reason says.
    declared = frozenset((await policy_in_force(shop))[0].requirements.condition)
    reasons = [REASONS[(index + n) % len(REASONS)] for n in range(len(eligible[:2]))]
    lines = [
        ReturnRequestLine(int(e.line_id), 1, reason, declared, len(PHOTOS), PHOTOS, NOTES.get(reason) if n == 0 else None)
        for n, (e, reason) in enumerate(zip(eligible[:2], reasons))
    ]
    try:
        answer = await return_requests.request_return(
            shop, order, lines, resolution="REFUND", shipping_method="CUSTOMER_SHIPPED", proof_of_purchase=f"Order {order.name}",
            customer_note="Could you send a label? Thanks!" if index % 2 else None,
            actor=f"customer:{order.customer_id}" if order.customer_id else "guest", now=now,
        )
    except ActionError:
        return None
    return answer.return_.id if answer.return_ else None


async def _drive(shop: Shop, return_id: int, path: str, now: datetime) -> bool:
    staff = "staff:demo"
    if path in (ReturnStatus.REQUESTED, ReturnStatus.ON_HOLD):
        return True
    if path == ReturnStatus.CANCELED:
        await returns.cancel(shop, return_id, f"customer:{(await _order(shop, return_id)).customer_id}")
        return True
    if path == ReturnStatus.DECLINED:
        await returns.decline(shop, return_id, "CONDITION_NOT_MET", "The photos show the item was worn.", staff)
        return True
    await returns.approve(shop, return_id, staff, now)
    if path == ReturnStatus.OPEN:
        return True
    lines = await ReturnLine.filter(return_request_id=return_id)
    await returns.mark_received(shop, return_id, {line.id: line.quantity for line in lines}, staff)
    if path == ReturnStatus.RECEIVED:
        return True
    await returns.inspect(shop, return_id, {
        line.id: returns.Inspection(line.quantity, 0, "AS_DESCRIBED", True, "Tags attached, unworn.") for line in lines
    }, staff)
    try:
        made = await refunds.create_refund(shop, return_id=return_id, order_id=None, amount=None, reason="RETURN",
                                           note=None, actor=staff)
    except ActionError:  # e.g. fees take the whole quote: this one stays inspected, the next order tries
        return False
    if path == ReturnStatus.CLOSED:
        await refunds.confirm_refund(shop, made.refund.id, RefundStatus.SUCCEEDED, f"re_{return_id}", "platform")
        await returns.close(shop, return_id, staff)
    return True


# The moment each step's event stands for, on the return's own columns.
_STEP_COLUMNS = {"return.approved": "approved_at", "return.received": "received_at", "return.declined": "declined_at",
                 "return.canceled": "canceled_at", "return.closed": "closed_at"}


async def _stage(shop: Shop, return_id: int, now: datetime) -> None:
    """Spread a seeded return's history between its request and now. The actions stamp their events
    with the clock, so a return requested "30 hours ago" would otherwise show a timeline that all
    happened a second ago, disagreeing with its header."""
    ret = await Return.get(id=return_id, shop_id=shop.id)
    refunds = await Refund.filter(shop_id=shop.id, return_request_id=return_id).order_by("id")
    events = await AuditEvent.filter(shop_id=shop.id, subject_type="Return", subject_id=return_id).order_by("id")
    events += await AuditEvent.filter(shop_id=shop.id, subject_type="Refund", subject_id__in=[r.id for r in refunds]).order_by("id")
    events.sort(key=lambda e: e.id)
    gap = min(timedelta(hours=2), (now - ret.requested_at) / (len(events) + 1))
    columns: dict[str, datetime] = {}
    for n, event in enumerate(events):
        at = ret.requested_at + gap * n
        await AuditEvent.filter(id=event.id).update(created_at=at)
        if event.action in _STEP_COLUMNS and getattr(ret, _STEP_COLUMNS[event.action]) is not None:
            columns[_STEP_COLUMNS[event.action]] = at
        if event.subject_type == "Refund":
            await Refund.filter(id=event.subject_id, created_at__gt=at).update(created_at=at)
    if columns:
        await Return.filter(id=return_id).update(**columns)


async def _date_hold(shop: Shop, return_id: int, entry_id: int) -> None:
    """The hold happened when the request came in, and the email was blocked before it (after an
    earlier order's chargeback): stamped with the clock of the seeding instead, the fraud page would
    say "held" hours after the request, and the home page's queue "oldest waiting 0 min"."""
    ret = await Return.get(id=return_id, shop_id=shop.id)
    review = await RiskReview.get(shop_id=shop.id, subject_type="Return", subject_id=return_id)
    await RiskReview.filter(id=review.id).update(created_at=ret.requested_at)
    await RiskAssessment.filter(id=review.assessment_id).update(created_at=ret.requested_at)
    await BlocklistEntry.filter(id=entry_id).update(created_at=ret.requested_at - timedelta(days=9))


async def _order(shop: Shop, return_id: int) -> Order:
    ret = await Return.get(id=return_id, shop_id=shop.id)
    return await Order.get(id=ret.order_id, shop_id=shop.id)


async def seed_returns(shop: Shop, now: datetime) -> int:
    """Returns along SCRIPT on the shop's most recently delivered orders; how many were made."""
    made = 0
    orders = await Order.filter(shop_id=shop.id, cancelled_at__isnull=True).order_by("-placed_at")
    pending = list(SCRIPT)
    for index, order in enumerate(orders):
        if not pending:
            break
        path = pending[0]
        if path == ReturnStatus.ON_HOLD:
            # A customer the shop has blocked asks again: the fraud review holds the request.
            if not order.email or await RiskReview.filter(shop_id=shop.id).exists():
                pending.pop(0)
                continue
            entry = await block(shop, "EMAIL", blocklist_value("EMAIL", order.email), "Chargeback on an earlier order", "staff:demo")
            return_id = await _request(shop, order, index, now - timedelta(hours=HOURS_AGO[len(SCRIPT) - len(pending)]))
            if return_id is None:
                await unblock(shop, entry.id, "staff:demo")
                continue
            await _date_hold(shop, return_id, entry.id)
        else:
            return_id = await _request(shop, order, index, now - timedelta(hours=HOURS_AGO[len(SCRIPT) - len(pending)]))
            if return_id is None:
                continue
            if not await _drive(shop, return_id, path, now):
                continue
        await _stage(shop, return_id, now)
        pending.pop(0)
        made += 1
    return made
