"""The webhook inbox: a platform webhook is acknowledged once it is stored, and imported by the worker.

Shopify gives a delivery 5 s and a Black Friday burst brings hundreds a second; importing an order
(customer, lines, risk keys, deferred fulfillments) costs several milliseconds of CPU (6 to 8 ms
measured by bench/bench_inbox.py, 10 ms before its repeated reads went), so an import inside the
request caps one process below 150 webhooks a second and the rest time out. The request therefore does
only what is cheap and must be answered at once (plugin.platform.webhooks): verify the signature,
refuse a malformed payload with 400, de-duplicate by webhook id, and commit the raw body as an INBOX
row of the outbox beside its `WebhookEvent`; then it answers 200. The outbox worker (`recourse
worker` and the embedded one) claims INBOX rows with leases, like emails and platform operations,
and `InboxImporter` imports each:

- in order per order (and per product, per variant's stock): the row's `chain` is the resource it
  is about, and a row of a chain is claimed only when every earlier row of it is finished, so
  orders/create is applied before the fulfillments/create that followed it, and an orders/updated
  never overtakes another;
- once: the import's transaction first sets `WebhookEvent.imported_at` by compare-and-set and then
  records the outcome, so a worker killed after the import and before marking the row leaves a row
  that the next claim finds already imported;
- a refusal (a fulfillment naming a line the order does not have) is FAILED with the reason, not
  retried; a database hiccup is retried with the outbox's backoff, the chain waiting behind it.

Nothing here is in a request: what the import says (created, updated, stale, deferred, failed) is
kept on the `WebhookEvent`. Imported rows keep no personal data longer than a day (housekeeping), and
a customer's erasure erases their rows still waiting (plugin.actions.privacy scans the outbox).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import Self

from pydantic import BaseModel, ValidationError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.enums import OutboxKind, OutboxStatus
from models.outbox import OutboxMessage
from models.shop import Shop
from models.webhook import WebhookEvent
from plugin.actions.errors import ActionError
from plugin.actions.platform_ops import inbox_chain
from plugin.actions.upsert import Outcome
from plugin.platform import shopify
from plugin.platform.catalog import set_inventory_level, upsert_product
from plugin.platform.orders import import_fulfillment, import_order
from plugin.platform.refunds import import_platform_refund
from plugin.values.delivery import Delivery

log = logging.getLogger("recourse.inbox")


async def _order(shop: Shop, payload: shopify.Order) -> Outcome:
    return (await import_order(shop, payload)).outcome


# The topics imported through the inbox: topic -> (payload model, import).
TOPICS: dict[str, tuple[type[BaseModel], Callable[[Shop, BaseModel], Awaitable[Outcome]]]] = {
    "orders/create": (shopify.Order, _order),
    "orders/updated": (shopify.Order, _order),
    "orders/cancelled": (shopify.Order, _order),
    "fulfillments/create": (shopify.Fulfillment, import_fulfillment),
    "fulfillments/update": (shopify.Fulfillment, import_fulfillment),
    "products/create": (shopify.Product, upsert_product),
    "products/update": (shopify.Product, upsert_product),
    "inventory_levels/update": (shopify.InventoryLevel, set_inventory_level),
    "refunds/create": (shopify.Refund, import_platform_refund),
}

FAILED = "failed"  # WebhookEvent.outcome of an import the actions refused

# What each import is, in the desk's words (a failed one is listed with the platform operations).
TITLES = {
    "orders/create": "Import a new order", "orders/updated": "Import an order update",
    "orders/cancelled": "Import an order cancelled on the platform", "fulfillments/create": "Import a shipment",
    "fulfillments/update": "Import a shipment update", "products/create": "Import a new product",
    "products/update": "Import a product update", "refunds/create": "Import a refund made on the platform",
}


def reference(body: object) -> str | None:
    """What a stored webhook is about, as staff know it: the order's name ("#1001") or the product's
    title; None when the body is gone (erased) or does not say."""
    try:
        data = json.loads(body) if isinstance(body, str) else None
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    value = data.get("name") or data.get("title")
    return str(value)[:120] if value else None


def parse(topic: str, body: bytes | str) -> BaseModel:
    """The payload of `topic`, amounts read exactly. Raises ValueError (malformed JSON, with
    RecursionError for absurd nesting) or pydantic's ValidationError."""
    model, _ = TOPICS[topic]
    return model.model_validate(json.loads(body, parse_float=shopify.json_number))


def chain_of(shop: Shop, payload: BaseModel) -> str:
    """What a webhook is about, as an outbox chain: its rows are imported in the order received."""
    if isinstance(payload, shopify.Product):
        return inbox_chain(shop.id, "product", payload.id)
    if isinstance(payload, shopify.InventoryLevel):  # one variant's stock: its reports in the order sent
        return inbox_chain(shop.id, "inventory", payload.inventory_item_id)
    order_id = payload.id if isinstance(payload, shopify.Order) else payload.order_id
    return inbox_chain(shop.id, "order", order_id)


# The event and its INBOX row in one statement on PostgreSQL: atomic without BEGIN and COMMIT, one
# round trip instead of four, no ORM statement built (about a third of the acknowledgement's CPU).
_ACCEPT_SQL = """WITH event AS (
    INSERT INTO webhook_event (shop_id, event_id, topic, received_at) VALUES ($1, $2, $3, $4) RETURNING id)
INSERT INTO outbox_message (shop_id, kind, topic, subject_type, subject_id, payload, message_id, status, attempts,
                            next_attempt_at, created_at, chain)
SELECT $1, $5, $3, 'WebhookEvent', event.id, $6::jsonb, 'inbox-' || event.id || '@recourse', $7, 0, $4, $4, $8
  FROM event"""


async def accept(shop: Shop, topic: str, event_id: str, body: str, payload: BaseModel) -> bool:
    """Store one verified, well-formed delivery for the worker, committed before this returns.
    False when this delivery was accepted before (a platform retry): nothing is written."""
    now = datetime.now(timezone.utc)
    chain = chain_of(shop, payload)
    db = OutboxMessage._meta.db
    try:
        if db.capabilities.dialect == "postgres":
            await db.execute_query(_ACCEPT_SQL, [shop.id, event_id, topic, now, OutboxKind.INBOX.value,
                                                 json.dumps({"body": body}), OutboxStatus.PENDING.value, chain])
            return True
        # The event first: a retry fails there, before anything else is written, so the whole
        # transaction can go (no savepoint: two round trips fewer on the path that must be quick).
        async with in_transaction():
            event = await WebhookEvent.create(shop_id=shop.id, event_id=event_id, topic=topic)
            await OutboxMessage.create(
                shop_id=shop.id, kind=OutboxKind.INBOX, topic=topic, subject_type="WebhookEvent", subject_id=event.id,
                payload={"body": body}, message_id=f"inbox-{event.id}@recourse", next_attempt_at=now, chain=chain,
            )
    except IntegrityError:
        return False
    return True


def _refusal(exc: ActionError) -> str:
    where = f" (field {'.'.join(exc.field)})" if exc.field else ""
    return f"Recourse could not apply what the platform sent: {exc.message}{where} [{exc.code}]"


class InboxImporter:
    """The outbox sender for INBOX rows: imports each stored webhook in a transaction of its own."""

    def __init__(self, *, timeout: float = 60.0, concurrency: int = 2) -> None:
        self.timeout = timeout
        # Two orders side by side (a row of a chain is never claimed beside an earlier one), not more:
        # an import holds a pooled connection for its transaction, and the acknowledgements of the
        # webhooks still arriving need the rest of the pool (RECOURSE_DB_POOL_SIZE, 20 by default).
        # An import is mostly CPU: 8 at once imported no faster than 2 (bench/bench_inbox.py
        # --concurrency), and each task more takes a turn of the event loop from the acknowledgements.
        self.concurrency = concurrency

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        return None

    async def send(self, message: OutboxMessage, shop: Shop | None) -> Delivery:
        if shop is None:
            return Delivery.failed("not imported: the shop is gone")
        body = (message.payload or {}).get("body")
        if message.topic not in TOPICS or not isinstance(body, str):
            return Delivery.failed("not imported: nothing to import (erased, or an unknown topic)")
        try:
            payload = parse(message.topic, body)
        except (ValueError, RecursionError, ValidationError) as exc:  # checked when accepted: a bug, not a retry
            return Delivery.failed(f"not imported: the stored payload no longer reads: {str(exc)[:300]}")
        _, apply = TOPICS[message.topic]
        now = datetime.now(timezone.utc)
        try:
            async with in_transaction():
                first = await WebhookEvent.filter(id=message.subject_id, imported_at__isnull=True).update(imported_at=now)
                if not first:
                    return Delivery.sent("already imported")  # by an earlier attempt whose worker died
                outcome = (await apply(shop, payload)).value.lower()
                await WebhookEvent.filter(id=message.subject_id).update(outcome=outcome)
        except ActionError as exc:  # rolled back; the platform sent something we cannot apply
            await WebhookEvent.filter(id=message.subject_id, imported_at__isnull=True).update(imported_at=now, outcome=FAILED)
            log.warning("webhook %s not imported: %s", message.topic, exc.message,
                        extra={"fields": {"shop_id": shop.id, "webhook_event_id": message.subject_id, "code": exc.code}})
            return Delivery.failed(_refusal(exc))
        return Delivery.sent()
