from tortoise import fields
from tortoise.models import Model

from models.fields import money, shop_fk


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


class ProductVariant(Model):
    # One variant of a mirrored product (a size, a colour): what an exchange can offer, with its stock.
    # Written from products/* webhooks and the catalogue import (the variant's own fields) and from
    # inventory_levels/update (the stock at one location); `inventory_available` is the sum of
    # `inventory_levels`, the available units per location id.

    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("product_variants")
    product = fields.ForeignKeyField("models.Product", related_name="variants", on_delete=fields.CASCADE)
    platform_id = fields.CharField(max_length=64)
    inventory_item_id = fields.CharField(max_length=64, null=True, db_index=True)
    title = fields.CharField(max_length=512)
    # [{"name": "Size", "value": "M"}, ...] in the product's option order.
    options = fields.JSONField(default=list)
    sku = fields.CharField(max_length=255, null=True)
    price = money()
    currency = fields.CharField(max_length=3)
    position = fields.IntField(default=1)
    # False: the platform does not count its stock (always available); "continue": sells past zero.
    inventory_tracked = fields.BooleanField(default=True)
    inventory_policy = fields.CharField(max_length=16, default="deny")
    inventory_available = fields.IntField(default=0)
    inventory_levels = fields.JSONField(default=dict)
    # A products/* payload newer than this may change the variant; stock changes keep their own time.
    platform_updated_at = fields.DatetimeField(null=True)
    inventory_updated_at = fields.DatetimeField(null=True)
    # False once the product's payload stopped listing it (deleted on the platform): never offered.
    active = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "product_variant"
        unique_together = (("shop", "platform_id"),)
