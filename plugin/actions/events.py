"""What every action writes beside its change, in the same transaction: an audit event, the
outbound webhook and the customer email it triggers. Written together or not at all."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from tortoise.models import Model

from models.audit import AuditEvent
from models.enums import OutboxKind, OutboxStatus
from models.outbox import OutboxMessage
from models.shop import Shop


def snapshot(row: Model | None, fields: tuple[str, ...]) -> dict | None:
    """The fields of `row` that an audit reader cares about, as JSON-safe values."""
    if row is None:
        return None
    return json.loads(json.dumps({name: getattr(row, name) for name in fields}, default=str))


async def record(
    shop: Shop,
    *,
    subject: tuple[str, int],
    actor: str,
    action: str,
    before: dict | None = None,
    after: dict | None = None,
    note: str | None = None,
    webhook: tuple[str, dict] | None = None,
    email: tuple[str, dict] | None = None,
    hold_email: bool = False,
) -> None:
    """With `hold_email`, the email is written HELD: it goes out once the platform carried out what it
    announces (plugin.actions.platform_outcomes releases it), and never when the platform refused."""
    subject_type, subject_id = subject
    await AuditEvent.create(
        shop_id=shop.id, subject_type=subject_type, subject_id=subject_id, actor=actor, action=action,
        before=before, after=after, note=note,
    )
    now = datetime.now(timezone.utc)
    for kind, message in ((OutboxKind.WEBHOOK, webhook), (OutboxKind.EMAIL, email)):
        if message is None or (kind == OutboxKind.WEBHOOK and not shop.webhook_url):
            continue  # no subscriber, no webhook; emails always go out
        topic, payload = message
        await OutboxMessage.create(
            shop_id=shop.id, kind=kind, topic=topic, subject_type=subject_type, subject_id=subject_id,
            payload=json.loads(json.dumps(payload, default=str)),
            message_id=f"{uuid.uuid4()}@recourse", next_attempt_at=now,
            **({"status": OutboxStatus.HELD} if kind == OutboxKind.EMAIL and hold_email else {}),
        )
