from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class WebhookEvent(Model):
    # An inbound delivery already accepted; the unique key makes a platform retry a no-op. It is
    # stored (an INBOX outbox row) when acknowledged and imported by the worker: `imported_at` and
    # `outcome` (created, updated, stale, deferred, failed, ...) say when and what came of it, and are
    # set in the import's own transaction, so an import runs once even if the worker dies after it.

    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("webhook_events")
    event_id = fields.CharField(max_length=128)
    topic = fields.CharField(max_length=64)
    received_at = fields.DatetimeField(auto_now_add=True)
    imported_at = fields.DatetimeField(null=True)
    outcome = fields.CharField(max_length=16, null=True)

    class Meta:
        table = "webhook_event"
        unique_together = (("shop", "event_id"),)


class DeferredEvent(Model):
    # An inbound event about an order we have not seen yet (Shopify sends fulfillments and refunds
    # of orders placed before install, or out of order). Kept, and applied when the order arrives.

    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("deferred_events")
    kind = fields.CharField(max_length=32)  # FULFILLMENT | REFUND
    order_platform_id = fields.CharField(max_length=64)
    payload = fields.JSONField()
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "deferred_event"
        indexes = (("shop_id", "order_platform_id"),)
