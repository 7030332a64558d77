"""The admin home: what needs staff now, as counts with the oldest waiting item."""

from __future__ import annotations

from datetime import datetime, timezone

import strawberry
from strawberry.types import Info

from plugin.actions.work_queue import Queue, work_queue


@strawberry.type(description="One queue of work: how many items, and since when the oldest has waited.")
class WorkQueueItem:
    count: int
    oldest_at: datetime | None

    @strawberry.field(description="Seconds the oldest item has waited, at the time of the query.")
    def waiting_seconds(self) -> int | None:
        if self.oldest_at is None:
            return None
        return max(0, int((datetime.now(timezone.utc) - self.oldest_at).total_seconds()))


@strawberry.type(description="What needs staff now.")
class WorkQueue:
    awaiting_review: WorkQueueItem = strawberry.field(description="Return requests waiting for approve or decline (REQUESTED).")
    held_for_review: WorkQueueItem = strawberry.field(description="Requests held for fraud review (open risk reviews).")
    awaiting_inspection: WorkQueueItem = strawberry.field(description="Received returns with units not yet inspected.")
    refunds_pending: WorkQueueItem = strawberry.field(description="Refunds waiting for the platform's confirmation.")
    platform_failed: WorkQueueItem = strawberry.field(description="Operations the platform refused or could not be "
                                                      "reached for (refunds, cancellations, return steps), and webhook "
                                                      "imports that failed: each needs staff, then platformOperationRetry.")
    exchanges_waiting_for_stock: WorkQueueItem = strawberry.field(description="Approved exchanges whose variant had "
                                                                  "no stock to hold: they ship if it comes back in "
                                                                  "stock by the time the item arrives, else fall back "
                                                                  "as the policy says.")
    exchanges_unreturned: WorkQueueItem = strawberry.field(description="Instant exchanges whose item did not come back "
                                                           "by the ship-by date: charge them with exchangeChargeInvoice.")


def _item(queue: Queue) -> WorkQueueItem:
    return WorkQueueItem(count=queue.count, oldest_at=queue.oldest_at)


@strawberry.type
class HomeQuery:
    @strawberry.field(description="The admin home's queues: counts and oldest waiting times.")
    async def work_queue(self, info: Info) -> WorkQueue:
        queues = await work_queue(info.context.shop)
        return WorkQueue(
            awaiting_review=_item(queues.awaiting_review), held_for_review=_item(queues.held_for_review),
            awaiting_inspection=_item(queues.awaiting_inspection), refunds_pending=_item(queues.refunds_pending),
            platform_failed=_item(queues.platform_failed),
            exchanges_waiting_for_stock=_item(queues.exchanges_waiting_for_stock),
            exchanges_unreturned=_item(queues.exchanges_unreturned),
        )
