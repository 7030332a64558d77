from tortoise import fields
from tortoise.models import Model

from models.enums import ReturnReason
from models.fields import choice, shop_fk


class ReturnReasonEntry(Model):
    # One reason of a shop's reasons library (plugin/policy/reason_library.py). A shop that changed
    # nothing has no rows and offers the twelve core reasons; once staff add, reorder or retire one,
    # the whole library is stored here in the merchant's order, the core reasons among them.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("return_reasons")
    # Its stable name: a core reason's is its code; a merchant's own, lower-case words with hyphens.
    handle = fields.CharField(max_length=64)
    # The core code it rolls up to: what the policy decides on and every stored line carries.
    code = choice(ReturnReason, max_length=32)
    labels = fields.JSONField(default=dict)  # {"en": ..., "es": ..., "de": ...}
    # Shopify's standard return reason (ReturnReasonDefinition.handle) the platform's return carries.
    shopify_handle = fields.CharField(max_length=64, null=True)
    ask_photo = fields.BooleanField(default=False)
    ask_note = fields.BooleanField(default=False)
    # Null: as the policy's fault rules say for `code`.
    merchant_at_fault = fields.BooleanField(null=True)
    product_types = fields.JSONField(default=list)  # lower-case; the portal suggests it for these
    position = fields.IntField()
    # No longer offered; the returns that chose it keep it.
    retired_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "return_reason"
        unique_together = (("shop", "handle"),)
