"""The outbox sender for PLATFORM rows: hands each operation to its shop's platform adapter and
writes down the answer (plugin.actions.platform_outcomes).

The worker claims a row with a lease, as for emails and webhooks; the request in the row carries its
idempotency key, so a retry (after a timeout, a 5xx, a worker killed mid-call) asks the platform the
same thing again and the adapter answers what it did the first time instead of doing it twice.
Answers map onto deliveries: Done and Handed are SENT (the detail kept for the desk), Refused is
FAILED at once with the platform's words, Unavailable is a retry with backoff, bounded by the
worker's retry policy: nothing is retried forever, and a row that gives up shows in the desk with a
Retry button (plugin.actions.platform_retry).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from typing import Self

from models.outbox import OutboxMessage
from models.exchange import Exchange
from models.returns import Return
from models.shop import Shop
from plugin.actions import exchange_fallback, platform_outcomes, refunds
from plugin.values.delivery import Delivery
from plugin.platform import port
from plugin.platform.operations import ON_EXCHANGE, ON_RETURN, OPERATIONS, decode

log = logging.getLogger("recourse.platform")

# platform name (Shop.platform) -> a cheap factory of the shop's adapter (no I/O until opened)
Adapters = Mapping[str, Callable[[Shop], port.Platform]]


class PlatformSender:
    """One batch's session: each shop's adapter is opened once, at its first operation, and closed
    with the batch."""

    def __init__(self, adapters: Adapters, *, timeout: float = 60.0, concurrency: int = 5) -> None:
        self.adapters = adapters
        self.timeout = timeout  # the worker cancels a call after this (then a retry, same key)
        self.concurrency = concurrency
        self._open: dict[int, port.Platform] = {}

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        opened, self._open = self._open, {}
        for platform in opened.values():
            try:
                await platform.__aexit__(None, None, None)
            except Exception:
                log.exception("could not close a platform adapter")

    async def _platform(self, shop: Shop) -> port.Platform | None:
        if shop.id not in self._open:
            factory = self.adapters.get(shop.platform or "manual")
            if factory is None:
                return None
            self._open[shop.id] = await factory(shop).__aenter__()
        return self._open[shop.id]

    async def send(self, message: OutboxMessage, shop: Shop | None) -> Delivery:
        if shop is None:
            return Delivery.failed("not carried out: the shop is gone")
        if message.topic not in OPERATIONS:
            return Delivery.failed(f"not carried out: unknown operation {message.topic}")
        platform = await self._platform(shop)
        if platform is None:
            return Delivery.failed(f"not carried out: no adapter for the {shop.platform} platform in this process")
        request = decode(message.topic, message.payload)
        if message.topic in ON_RETURN and not request.return_id:
            found = await Return.filter(shop_id=shop.id, id=message.subject_id).values_list("platform_id", flat=True)
            if found and found[0]:
                request = dataclasses.replace(request, return_id=found[0])
            elif platform.name != "manual":  # a manual platform hands the step over all the same
                return Delivery.failed("not carried out: the return was never opened on the platform "
                                       "(its opening failed; retry that first)")
        request = await _with_draft(shop, message, request)
        try:
            result = await getattr(platform, OPERATIONS[message.topic][1])(request)
        except port.Unavailable as exc:
            return Delivery.retry(exc.detail, exc.retry_after)
        if isinstance(result, port.Done):
            await platform_outcomes.succeeded(shop, message, result)
            return Delivery.sent(result.detail)
        if isinstance(result, port.Refused):
            return Delivery.failed(await _refused(shop, message, result))
        if isinstance(result, port.Handed):
            await platform_outcomes.handed(shop, message, result)
            return Delivery.sent(result.note)
        return Delivery.retry(f"the adapter answered {type(result).__name__}, not a port result")


async def _with_draft(shop: Shop, message: OutboxMessage, request):
    """An exchange operation names the draft order its reservation made, once the platform answered it."""
    if message.topic in ON_EXCHANGE and not request.draft_id:
        found = await Exchange.filter(shop_id=shop.id, id=message.subject_id).values_list("draft_platform_id", flat=True)
        if found and found[0]:
            return dataclasses.replace(request, draft_id=found[0])
    return request


async def _refused(shop: Shop, message: OutboxMessage, result: port.Refused) -> str:
    """Record the refusal; an exchange whose variant sold out falls back and is refunded as such."""
    words = await platform_outcomes.refused(shop, message, result)
    if message.topic == "exchange.ship" and any(e.code == "OUT_OF_STOCK" for e in result.errors):
        fallen = await exchange_fallback.fall_back(shop, message.subject_id, result.message)
        if fallen is not None:
            await refunds.refund_fallen_back(shop, fallen)
    return words
