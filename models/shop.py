from tortoise import fields
from tortoise.models import Model

from models.enums import CreditVia
from models.fields import choice


class Shop(Model):
    # A tenant: one merchant's store on the host platform.

    id = fields.BigIntField(primary_key=True)
    domain = fields.CharField(max_length=255, unique=True)
    name = fields.CharField(max_length=255)
    currency = fields.CharField(max_length=3)
    country = fields.CharField(max_length=2)
    timezone = fields.CharField(max_length=64, default="UTC")
    locale = fields.CharField(max_length=16, default="en")
    support_email = fields.CharField(max_length=320, null=True)
    # Contact details customers see on the policy page, in emails and in the portal.
    phone = fields.CharField(max_length=64, null=True)
    postal_address = fields.CharField(max_length=500, null=True)
    opening_hours = fields.CharField(max_length=200, null=True)
    api_key = fields.CharField(max_length=64, unique=True)
    api_secret = fields.CharField(max_length=128)
    # Branding, sender and template overrides for customer emails (emails.settings.EmailSettings).
    email_settings = fields.JSONField(default=dict)
    # Where outbound events (return.requested, refund.created, ...) are POSTed; null: none are sent.
    webhook_url = fields.CharField(max_length=1024, null=True)
    # The number of the PolicyVersion in force; null until a policy is saved (the default applies).
    policy_version = fields.IntField(null=True)
    # Who carries out refunds, cancellations and returns (plugin/platform): "shopify" (its Admin API,
    # through the outbox) or "manual" (the shop's own system acts on our outbound webhooks and calls
    # refundConfirm).
    platform = fields.CharField(max_length=16, default="manual")
    # Whether the platform emails the customer about refunds and cancellations it carries out
    # (Recourse then does not); only for a platform that carries them out.
    platform_notifies_customer = fields.BooleanField(default=False)
    # How store credit reaches customers on the platform: their store credit account (STORE_CREDIT), or
    # a gift card (GIFT_CARD) where the shop has store credit off. Guest orders always get a gift card.
    store_credit_via = choice(CreditVia, max_length=16, default=CreditVia.STORE_CREDIT)
    # Fit hints (storefront fitHints) say "runs small" only from this many size returns of a product
    # or variant on: fewer say nothing.
    fit_hint_minimum = fields.IntField(default=10)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Set by app/uninstalled: tokens are refused and deliveries stop at once; the data stays until
    # shop/redact (or a new install clears it).
    uninstalled_at = fields.DatetimeField(null=True)
    # Set by the admin's customerTokensRevoke: customer tokens issued before it are refused.
    customer_tokens_revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "shop"
