from tortoise import fields
from tortoise.models import Model

from models.fields import money, shop_fk


class PlatformRefund(Model):
    # A refund the platform reports having made (refunds/create, or an order's refunds[]). It is a
    # fact from the platform, kept apart from our own ledger rows: when it is the refund we asked for
    # (`refund` set) it only confirms that row; otherwise (staff refunded in the platform's admin)
    # it counts on its own against what may still be refunded.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("platform_refunds")
    order = fields.ForeignKeyField("models.Order", related_name="platform_refunds", on_delete=fields.CASCADE)
    platform_id = fields.CharField(max_length=64)
    amount = money()
    currency = fields.CharField(max_length=3)
    # [[platform line item id, quantity], ...] as the platform listed them.
    lines = fields.JSONField(default=list)
    note = fields.CharField(max_length=1000, null=True)
    processed_at = fields.DatetimeField()
    refund = fields.OneToOneField(
        "models.Refund", related_name="platform_refund", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "platform_refund"
        unique_together = (("shop", "platform_id"),)
        indexes = (("shop_id", "order_id"),)
