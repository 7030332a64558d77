from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class Customer(Model):
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("customers")
    platform_id = fields.CharField(max_length=64)
    email = fields.CharField(max_length=320, null=True)
    phone = fields.CharField(max_length=64, null=True)
    first_name = fields.CharField(max_length=255, null=True)
    last_name = fields.CharField(max_length=255, null=True)
    locale = fields.CharField(max_length=16, null=True)
    # Shopify's updated_at of the details held, so an old order's copy never overwrites newer ones.
    platform_updated_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Set by customerTokensRevoke(customerId): this customer's tokens issued before it are refused.
    tokens_revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer"
        unique_together = (("shop", "platform_id"),)
        indexes = (("shop_id", "email"),)
