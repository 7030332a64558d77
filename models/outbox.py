from tortoise import fields
from tortoise.models import Model

from models.enums import OutboxKind, OutboxStatus
from models.fields import choice, shop_fk


class OutboxMessage(Model):
    # A message to deliver (an email, an outbound webhook, or an operation for the platform), written in the same transaction as
    # the change it reports, so nothing is announced that did not happen and nothing is lost.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("outbox_messages")
    kind = choice(OutboxKind, max_length=16)
    topic = fields.CharField(max_length=64)  # e.g. return.approved, or an email template name
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.BigIntField()
    payload = fields.JSONField()
    # Stable across retries, so a receiver can recognise a message it already has.
    message_id = fields.CharField(max_length=128, unique=True)
    status = choice(OutboxStatus, max_length=16, default=OutboxStatus.PENDING, db_index=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    claimed_until = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=1000, null=True)
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Platform operations on one order are carried out in the order they were written (a return is
    # opened before it is approved): a row waits while an earlier row of its chain is unfinished.
    chain = fields.CharField(max_length=64, null=True, db_index=True)
    # When the personal part of the payload (the recipient) and its .eml file were erased.
    redacted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_message"
        indexes = (("status", "next_attempt_at"), ("chain", "id"))
