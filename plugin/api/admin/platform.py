"""The desk's view of the platform: operations Recourse asked the shop's platform to carry out
(refunds, cancellations, return steps), what the platform said, and a Retry for the failed ones.

Webhook imports that failed (what the platform sent and Recourse could not apply) are listed with
them, as WEBHOOK_IMPORT: the desk sees both directions of the conversation with the platform in one
place. Imports that went through are not listed (every webhook is one: they would bury the rest)."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry
from strawberry.types import Info

from tortoise.expressions import Q

from models.enums import OutboxKind, OutboxStatus
from models.order import Order
from models.outbox import OutboxMessage
from plugin.actions.platform_outcomes import REFUSED
from plugin.api.ids import to_gid
from plugin.api.pagination import Connection, paginate
from plugin.api.row_fields import from_row
from plugin.api.types import Node
from plugin.platform import inbox
from plugin.platform.operations import TITLES


@strawberry.enum(description="What Recourse asked the platform to do.")
class PlatformOperationKind(enum.Enum):
    REFUND = "refund.create"
    CREDIT = "credit.create"
    ORDER_CANCEL = "order.cancel"
    RETURN_OPEN = "return.open"
    RETURN_APPROVE = "return.approve"
    RETURN_DECLINE = "return.decline"
    RETURN_PROCESS = "return.process"
    RETURN_CLOSE = "return.close"
    RETURN_CANCEL = "return.cancel"
    RETURN_LABEL = "return.label"
    STORE_CREDIT = "credit.issue"
    STORE_CREDIT_REVERSE = "credit.reverse"
    EXCHANGE_RESERVE = "exchange.reserve"
    EXCHANGE_SHIP = "exchange.ship"
    EXCHANGE_RELEASE = "exchange.release"
    EXCHANGE_INVOICE = "exchange.invoice"
    WEBHOOK_IMPORT = "webhook.import"


@strawberry.enum(description="Where an operation stands: waiting (or being retried), being carried out, done, "
                 "or failed (the platform refused, or could not be reached for the whole retry window).")
class PlatformOperationStatus(enum.Enum):
    PENDING = OutboxStatus.PENDING.value
    IN_PROGRESS = OutboxStatus.SENDING.value
    DONE = OutboxStatus.SENT.value
    FAILED = OutboxStatus.FAILED.value


@strawberry.type(description="One operation carried out (or to be carried out) on the shop's platform.")
class PlatformOperation(Node):
    row: strawberry.Private[OutboxMessage]

    @strawberry.field
    def kind(self) -> PlatformOperationKind:
        if self.row.kind == OutboxKind.INBOX:
            return PlatformOperationKind.WEBHOOK_IMPORT
        return PlatformOperationKind(self.row.topic)

    @strawberry.field(description="The operation in a few words, for a list (\"Refund\", \"Approve return\"; "
                      "\"Import a shipment: #1001\" for a webhook import, with the order or product it is about).")
    def title(self) -> str:
        if self.row.kind == OutboxKind.INBOX:
            title = inbox.TITLES.get(self.row.topic, f"Import {self.row.topic}")
            about = inbox.reference((self.row.payload or {}).get("body"))
            return f"{title}: {about}" if about else title
        return TITLES.get(self.row.topic, self.row.topic)

    @strawberry.field(description="The platform's topic of a webhook import (orders/create, fulfillments/create, "
                      "...); null for an operation Recourse asked for.")
    def webhook_topic(self) -> str | None:
        return self.row.topic if self.row.kind == OutboxKind.INBOX else None

    @strawberry.field
    def status(self) -> PlatformOperationStatus:
        return PlatformOperationStatus(self.row.status)

    message = from_row("last_error", str | None, description="FAILED: why, in the platform's own "
                       "words when it refused; otherwise the last temporary failure while it is retried, or a note "
                       "(e.g. left to staff) once done.")

    @strawberry.field(description="The platform refused it (its userErrors are in `message`): a retry sends it "
                      "anew. Otherwise a failure means the platform could not be reached, and a retry asks again "
                      "with the same idempotency key, so it is never carried out twice.")
    def refused(self) -> bool:
        if self.row.status != OutboxStatus.FAILED:
            return False
        # A failed import was refused by Recourse itself: the platform was reached, its webhook is stored.
        return self.row.kind == OutboxKind.INBOX or (self.row.last_error or "").startswith(REFUSED)

    attempts = from_row("attempts", int, description="Attempts made so far (a retry starts over from 0).")

    @strawberry.field(description="When the next attempt is due (PENDING only).")
    def next_attempt_at(self) -> datetime | None:
        return self.row.next_attempt_at if self.row.status == OutboxStatus.PENDING else None

    @strawberry.field(description="The refund, return, order, exchange or store credit it carries out (a "
                      "WebhookEvent for an import).")
    def subject_id(self) -> strawberry.ID:
        return strawberry.ID(to_gid(self.row.subject_type, self.row.subject_id))

    @strawberry.field(description="The order it belongs to (every operation carries out something of one order; an "
                      "import, the order its webhook is about once Recourse has it).")
    async def order_id(self) -> strawberry.ID | None:
        prefix, _, rest = (self.row.chain or "").partition(":")
        if prefix == "order" and rest.isdigit():
            return strawberry.ID(to_gid("Order", int(rest)))
        _, _, about = rest.partition(":")  # inbox:<shop>:order:<platform id> (plugin.actions.platform_ops.inbox_chain)
        resource, _, platform_id = about.partition(":")
        if prefix != "inbox" or resource != "order":
            return None
        order = await Order.get_or_none(shop_id=self.row.shop_id, platform_id=platform_id).only("id")
        return strawberry.ID(to_gid("Order", order.id)) if order else None

    created_at = from_row("created_at", datetime)
    done_at = from_row("sent_at", datetime | None, description="When it was done.")


# The desk's list: every platform operation, and the webhook imports that failed.
LISTED = Q(kind=OutboxKind.PLATFORM) | Q(kind=OutboxKind.INBOX, status=OutboxStatus.FAILED)


def platform_operation(row: OutboxMessage | None) -> PlatformOperation | None:
    return PlatformOperation(row=row) if row is not None and row.kind in (OutboxKind.PLATFORM, OutboxKind.INBOX) else None


async def operations_of(shop_id: int, subjects: list[tuple[str, int]]) -> list[PlatformOperation]:
    """The operations carrying out these subjects (a return and its refunds), oldest first."""
    by_type: dict[str, list[int]] = {}
    for kind, pk in subjects:
        by_type.setdefault(kind, []).append(pk)
    rows: list[OutboxMessage] = []
    for kind, pks in by_type.items():
        rows += await OutboxMessage.filter(shop_id=shop_id, kind=OutboxKind.PLATFORM, subject_type=kind, subject_id__in=pks)
    return [PlatformOperation(row=row) for row in sorted(rows, key=lambda r: r.id)]


@strawberry.type
class PlatformQuery:
    @strawberry.field(description="Operations on the shop's platform, newest first, optionally only those in one "
                      "status (FAILED: what the desk must look at), and the webhook imports that failed (kind "
                      "WEBHOOK_IMPORT).")
    async def platform_operations(
        self, info: Info, first: int | None = None, after: str | None = None,
        status: PlatformOperationStatus | None = None,
    ) -> Connection[PlatformOperation]:
        queryset = OutboxMessage.filter(LISTED, shop_id=info.context.shop.id)
        if status is not None:
            queryset = queryset.filter(status=status.value)
        return await paginate(queryset, first, after, lambda row: PlatformOperation(row=row))
