from tortoise import fields
from tortoise.models import Model

from models.enums import (
    InspectionCondition,
    ReturnDeclineReason,
    ReturnReason,
    ReturnResolution,
    ReturnShippingMethod,
    ReturnStatus,
    RiskAssessmentResult,
)
from models.fields import choice, money, shop_fk


class Return(Model):
    # A customer's return request and its life: statuses are Shopify's plus ON_HOLD for fraud review.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("returns")
    order = fields.ForeignKeyField("models.Order", related_name="returns", on_delete=fields.CASCADE)
    customer = fields.ForeignKeyField("models.Customer", related_name="returns", null=True, on_delete=fields.SET_NULL)
    number = fields.IntField()  # 1, 2, ... on its order; the name is "#1001-R2"
    name = fields.CharField(max_length=80)
    status = choice(ReturnStatus, max_length=16, db_index=True)
    resolution = choice(ReturnResolution, max_length=16)
    shipping_method = choice(ReturnShippingMethod, max_length=20)
    proof_of_purchase = fields.CharField(max_length=255, null=True)
    customer_note = fields.CharField(max_length=1000, null=True)
    currency = fields.CharField(max_length=3)
    # What the policy decided when the request was made, kept verbatim so a dispute can be replayed.
    policy_version = fields.IntField(null=True)
    decision = fields.JSONField()
    quoted_total = money()
    merchant_at_fault = fields.BooleanField(default=False)
    # The risk level it was assessed at; MEDIUM means no refund before inspection (policy.risk).
    risk_level = choice(RiskAssessmentResult, max_length=8, null=True)
    ship_by = fields.DateField(null=True)
    # The prepaid return label staff attached (an uploaded PDF under RECOURSE_LABEL_DIR, or a URL).
    # A prepaid return gets its instructions email only once a label is attached.
    label_file = fields.CharField(max_length=255, null=True)
    label_url = fields.CharField(max_length=1024, null=True)
    label_carrier = fields.CharField(max_length=64, null=True)
    label_tracking_number = fields.CharField(max_length=128, null=True)
    label_attached_at = fields.DatetimeField(null=True)
    decline_reason = choice(ReturnDeclineReason, max_length=32, null=True)
    # What the customer reads (Shopify's declineNote: the decline email and the storefront show it) ...
    decline_note = fields.CharField(max_length=1000, null=True)
    # ... and what staff note for each other: never shown to the customer, nor put in any email.
    staff_note = fields.CharField(max_length=1000, null=True)
    requested_by = fields.CharField(max_length=80)
    # Staff opened this return although the policy refused it; why (also in the audit trail).
    override_reason = fields.CharField(max_length=1000, null=True)
    requested_at = fields.DatetimeField()
    approved_at = fields.DatetimeField(null=True)
    declined_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    canceled_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)
    # Compare-and-set guard: a transition applies only to the state it was decided on.
    lock_version = fields.IntField(default=0)
    # The platform's own record of this return (Shopify's Return gid), once it was opened there.
    platform_id = fields.CharField(max_length=128, null=True)
    # Refunded without the items coming back (the policy's keep-the-item rules, a LOW-risk request):
    # no label, no parcel; analytics count these apart.
    kept_item = fields.BooleanField(default=False)

    class Meta:
        table = "return"
        unique_together = (("order", "number"),)
        indexes = (("shop_id", "status"),)


class ReturnLine(Model):
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("return_lines")
    return_request = fields.ForeignKeyField("models.Return", related_name="lines", on_delete=fields.CASCADE)
    order_line = fields.ForeignKeyField("models.OrderLine", related_name="return_lines", on_delete=fields.CASCADE)
    quantity = fields.IntField()
    reason = choice(ReturnReason, max_length=32)  # the core code (a merchant's own reason rolls up to it)
    # The reason the customer chose from the shop's library (models/reasons.py), by handle: the core
    # code itself, or the merchant's own reason. Null on lines stored before the library existed.
    reason_handle = fields.CharField(max_length=64, null=True)
    condition = fields.JSONField(default=list)  # what the customer declared, e.g. ["UNUSED", "TAGS_ATTACHED"]
    photos = fields.JSONField(default=list)  # URLs
    customer_note = fields.CharField(max_length=1000, null=True)
    quoted_amount = money(default=0)
    received_quantity = fields.IntField(default=0)
    accepted_quantity = fields.IntField(default=0)
    rejected_quantity = fields.IntField(default=0)
    inspection_condition = choice(InspectionCondition, max_length=32, null=True)
    inspection_note = fields.CharField(max_length=1000, null=True)
    restock = fields.BooleanField(default=False)
    inspected_at = fields.DatetimeField(null=True)
    # Units already sent to the platform to be processed (restocked or not), so a later step sends
    # only the units that arrived since.
    processed_quantity = fields.IntField(default=0)
    # An exchange: the variant the customer chose for these units and its price when they chose it.
    exchange_variant = fields.ForeignKeyField(
        "models.ProductVariant", related_name="exchange_lines", null=True, on_delete=fields.SET_NULL
    )
    exchange_price = money(null=True)

    class Meta:
        table = "return_line"
        unique_together = (("return_request", "order_line"),)
