from tortoise import fields
from tortoise.models import Model

from models.enums import CancellationStatus, OrderCancelReason, RefundKind, RefundReason, RefundStatus
from models.fields import choice, money, shop_fk


class Refund(Model):
    # One row of the refund ledger. Balances are sums of rows; a FAILED row counts for nothing.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("refunds")
    order = fields.ForeignKeyField("models.Order", related_name="refunds", on_delete=fields.CASCADE)
    return_request = fields.ForeignKeyField(
        "models.Return", related_name="refunds", null=True, on_delete=fields.SET_NULL
    )
    cancellation = fields.ForeignKeyField(
        "models.Cancellation", related_name="refunds", null=True, on_delete=fields.SET_NULL
    )
    amount = money()
    currency = fields.CharField(max_length=3)
    # PAYMENT gives back what the customer paid (all PAYMENT rows of an order <= what was paid).
    # REIMBURSEMENT pays money the policy granted on top of the payment, e.g. Allegra K's $6.99
    # return postage credit: all REIMBURSEMENT rows of a return <= what its decision granted.
    # STORE_CREDIT pays the returned value as store credit instead of money: it counts against what
    # may be refunded like a PAYMENT (never both). BONUS is the credit the policy adds on top (its sum
    # on a return <= the decision's bonus) and counts against nothing; a negative BONUS row
    # (`reverses` the bonus) takes an unspent bonus back when the return is declined or reversed.
    kind = choice(RefundKind, max_length=16, default=RefundKind.PAYMENT)
    reverses = fields.ForeignKeyField("models.Refund", related_name="reversals", null=True, on_delete=fields.SET_NULL)
    expires_on = fields.DateField(null=True)
    status = choice(RefundStatus, max_length=16, default=RefundStatus.PENDING)
    reason = choice(RefundReason, max_length=32)
    note = fields.CharField(max_length=1000, null=True)
    # Line by line, what this refund pays for: the quote lines it was made from.
    breakdown = fields.JSONField(default=list)
    platform_refund_id = fields.CharField(max_length=64, null=True)
    # Why the platform refused to carry it out (its userErrors, word for word): the row is FAILED.
    platform_error = fields.CharField(max_length=1000, null=True)
    created_by = fields.CharField(max_length=80)
    created_at = fields.DatetimeField(auto_now_add=True)
    processed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refund"
        indexes = (("shop_id", "order_id"), ("shop_id", "return_request_id"))


class Cancellation(Model):
    # An accepted or held order cancellation (refused requests are answered, not stored).
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("cancellations")
    order = fields.OneToOneField("models.Order", related_name="cancellation", on_delete=fields.CASCADE)
    # ACCEPTED, or ON_HOLD while a fraud review decides (then ACCEPTED or DECLINED).
    status = choice(CancellationStatus, max_length=16, default=CancellationStatus.ACCEPTED)
    requested_by = fields.CharField(max_length=80)
    reason = choice(OrderCancelReason, max_length=32)
    staff_note = fields.CharField(max_length=1000, null=True)  # never shown to the customer
    customer_message = fields.CharField(max_length=1000, null=True)  # said in the customer's email
    refund_amount = money()
    restock = fields.BooleanField(default=True)
    notify_customer = fields.BooleanField(default=True)
    policy_version = fields.IntField(null=True)
    decision = fields.JSONField()
    # Empty: the whole order. Otherwise a partial cancellation of these lines only, each
    # {"line_id", "title", "quantity", "refund"}; the rest of the order stays.
    lines = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "cancellation"
