from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class Product(Model):
    # A mirror of the platform's product: only what the policy needs to decide on a line.

    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("products")
    platform_id = fields.CharField(max_length=64)
    title = fields.CharField(max_length=512)
    product_type = fields.CharField(max_length=255, null=True)
    vendor = fields.CharField(max_length=255, null=True)
    # Lower-cased, so policy rules match "Final-Sale" and "final-sale" alike.
    tags = fields.JSONField(default=list)
    free_return_shipping = fields.BooleanField(default=False)
    non_returnable = fields.BooleanField(default=False)
    platform_updated_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "product"
        unique_together = (("shop", "platform_id"),)
