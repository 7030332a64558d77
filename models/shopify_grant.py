from tortoise import fields
from tortoise.models import Model


class ShopifyGrant(Model):
    # The shop's offline access to Shopify's Admin API, from token exchange of an embedded app's
    # session token. Both tokens are stored encrypted (Fernet, keys from RECOURSE_TOKEN_KEYS): a
    # database dump alone never gives access to a store. Expiring offline tokens live an hour and
    # are refreshed with the refresh token, which Shopify replaces at every refresh.
    id = fields.BigIntField(primary_key=True)
    shop = fields.OneToOneField("models.Shop", related_name="shopify_grant", on_delete=fields.CASCADE)
    access_token = fields.TextField()  # encrypted
    refresh_token = fields.TextField(null=True)  # encrypted; null for a non-expiring token
    expires_at = fields.DatetimeField(null=True)
    refresh_expires_at = fields.DatetimeField(null=True)
    scope = fields.CharField(max_length=1000, default="")
    # Bumped at every change: a refresh writes only over the version it read (compare-and-set), so
    # two workers refreshing at once keep one pair, never a mix.
    version = fields.IntField(default=0)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "shopify_grant"
