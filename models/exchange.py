from tortoise import fields
from tortoise.models import Model

from models.enums import CreditVia, ExchangeStatus, StoreCreditStatus
from models.fields import choice, money, shop_fk


class Exchange(Model):
    # The platform side of a return resolved by exchange: the replacement the customer receives,
    # where it stands (held, shipped, fell back) and what the platform calls it. One per return.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("exchanges")
    return_request = fields.OneToOneField("models.Return", related_name="exchange", on_delete=fields.CASCADE)
    order = fields.ForeignKeyField("models.Order", related_name="exchanges", on_delete=fields.CASCADE)
    status = choice(ExchangeStatus, max_length=16, default=ExchangeStatus.REQUESTED)
    # [{"return_line_id", "variant_id" (ours), "variant_platform_id", "title", "sku", "quantity", "price"}]
    items = fields.JSONField(default=list)
    currency = fields.CharField(max_length=3)
    value = money(default=0)  # the replacement's price: what an unreturned item is invoiced at
    difference = money(default=0)  # the customer pays this on top (positive), by the platform's invoice
    instant = fields.BooleanField(default=False)  # shipped before the return arrived (LOW risk, clean history)
    draft_platform_id = fields.CharField(max_length=128, null=True)  # the draft order holding the stock
    platform_order_id = fields.CharField(max_length=128, null=True)  # the replacement order
    platform_order_name = fields.CharField(max_length=64, null=True)
    platform_error = fields.CharField(max_length=1000, null=True)  # the platform's last refusal, for the desk
    fallback = fields.CharField(max_length=16, null=True)  # REFUND or STORE_CREDIT, when it fell back
    invoice_platform_id = fields.CharField(max_length=128, null=True)
    invoice_url = fields.CharField(max_length=1024, null=True)
    invoice_reason = fields.CharField(max_length=16, null=True)  # DIFFERENCE or UNRETURNED
    invoiced_at = fields.DatetimeField(null=True)
    reserved_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "exchange"
        indexes = (("shop_id", "status"),)


class StoreCredit(Model):
    # Store credit issued on the platform for a return (with its bonus) or a postage credit: how it
    # reached the customer, what the platform calls it and whether it is there yet. The money itself
    # is in the refund ledger (the STORE_CREDIT / BONUS / REIMBURSEMENT rows named here).
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("store_credits")
    order = fields.ForeignKeyField("models.Order", related_name="store_credits", on_delete=fields.CASCADE)
    return_request = fields.ForeignKeyField("models.Return", related_name="store_credits", null=True,
                                            on_delete=fields.SET_NULL)
    refund = fields.ForeignKeyField("models.Refund", related_name="store_credits", null=True, on_delete=fields.SET_NULL)
    bonus_refund = fields.ForeignKeyField("models.Refund", related_name="bonus_credits", null=True,
                                          on_delete=fields.SET_NULL)
    via = choice(CreditVia, max_length=16, default=CreditVia.STORE_CREDIT)
    status = choice(StoreCreditStatus, max_length=16, default=StoreCreditStatus.PENDING)
    amount = money()
    bonus = money(default=0)
    currency = fields.CharField(max_length=3)
    expires_at = fields.DatetimeField(null=True)
    platform_id = fields.CharField(max_length=128, null=True)  # the credit transaction or gift card
    code_last4 = fields.CharField(max_length=8, null=True)  # a gift card's last characters (never the code)
    platform_error = fields.CharField(max_length=1000, null=True)
    issued_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "store_credit"
        indexes = (("shop_id", "order_id"), ("shop_id", "return_request_id"))
