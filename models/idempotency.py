from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class IdempotencyKey(Model):
    # The first result of a keyed mutation; a replay with the same input gets it back unchanged.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("idempotency_keys")
    operation = fields.CharField(max_length=64)
    key = fields.CharField(max_length=255)
    request_hash = fields.CharField(max_length=64)
    response = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "idempotency_key"
        unique_together = (("shop", "operation", "key"),)
