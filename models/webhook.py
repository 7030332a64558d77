from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class WebhookEvent(Model):
    # An inbound event already applied; the unique key makes a platform retry a no-op.

    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("webhook_events")
    event_id = fields.CharField(max_length=128)
    topic = fields.CharField(max_length=64)
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_event"
        unique_together = (("shop", "event_id"),)
