from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class AuditEvent(Model):
    # Who did what to which record, with the record before and after: the timeline staff read.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("audit_events")
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.BigIntField()
    actor = fields.CharField(max_length=80)
    action = fields.CharField(max_length=64)
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    note = fields.CharField(max_length=1000, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "audit_event"
        indexes = (("shop_id", "subject_type", "subject_id"),)
