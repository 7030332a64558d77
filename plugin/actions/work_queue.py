"""What needs staff now: the admin home's queues, each with a count and its oldest item.

One aggregate query per queue, whatever the shop's size; "waiting since" is when the item entered
the state staff must act on (requested, held, received, refund issued).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from tortoise.expressions import F, Q, Subquery
from tortoise.functions import Count, Min

from models.enums import ExchangeStatus, OutboxKind, OutboxStatus, RefundStatus, ReturnStatus, RiskReviewStatus
from models.exchange import Exchange
from models.outbox import OutboxMessage
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.risk import RiskReview
from models.shop import Shop


@dataclass(frozen=True)
class Queue:
    count: int
    oldest_at: datetime | None


@dataclass(frozen=True)
class Queues:
    awaiting_review: Queue  # return requests staff approve or decline (REQUESTED)
    held_for_review: Queue  # open fraud reviews
    awaiting_inspection: Queue  # received returns with units neither accepted nor rejected
    refunds_pending: Queue  # refunds the platform has not confirmed
    platform_failed: Queue  # operations the platform refused or that could not reach it, failed webhook imports (Retry)
    exchanges_waiting_for_stock: Queue  # approved exchanges whose variant had no stock to hold
    exchanges_unreturned: Queue  # instant exchanges whose item did not come back by the ship-by date


async def _aggregate(queryset, moment: str) -> Queue:
    row = await queryset.annotate(n=Count("id"), oldest=Min(moment)).first().values("n", "oldest")
    return Queue(count=row["n"] or 0, oldest_at=row["oldest"]) if row else Queue(0, None)


async def work_queue(shop: Shop) -> Queues:
    # A received return awaits inspection while some line holds units that were neither accepted
    # nor rejected yet; only RECEIVED returns (OPEN ones with part of a parcel count once it arrives).
    uninspected = ReturnLine.filter(
        shop_id=shop.id, received_quantity__gt=F("accepted_quantity") + F("rejected_quantity")
    ).values("return_request_id")
    return Queues(
        awaiting_review=await _aggregate(Return.filter(shop_id=shop.id, status=ReturnStatus.REQUESTED), "requested_at"),
        held_for_review=await _aggregate(RiskReview.filter(shop_id=shop.id, status=RiskReviewStatus.OPEN), "created_at"),
        awaiting_inspection=await _aggregate(
            Return.filter(shop_id=shop.id, status=ReturnStatus.RECEIVED, id__in=Subquery(uninspected)), "received_at"
        ),
        refunds_pending=await _aggregate(Refund.filter(shop_id=shop.id, status=RefundStatus.PENDING), "created_at"),
        platform_failed=await _aggregate(
            OutboxMessage.filter(shop_id=shop.id, kind__in=(OutboxKind.PLATFORM, OutboxKind.INBOX), status=OutboxStatus.FAILED),
            "created_at"),
        exchanges_waiting_for_stock=await _aggregate(
            Exchange.filter(shop_id=shop.id, status=ExchangeStatus.WAITING_STOCK), "created_at"),
        exchanges_unreturned=await _aggregate(Exchange.filter(
            shop_id=shop.id, instant=True, status=ExchangeStatus.SHIPPED, return_request__received_at__isnull=True,
            return_request__ship_by__lt=datetime.now(timezone.utc).date()).filter(
            Q(invoice_reason__isnull=True) | Q(invoice_reason__not="UNRETURNED")), "shipped_at"),
    )
