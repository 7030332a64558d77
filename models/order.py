from tortoise import fields
from tortoise.models import Model

from models.enums import FulfillmentStatus
from models.fields import choice, money, shop_fk


class Order(Model):
    # An order as the platform last told us, never older than what we already hold.

    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("orders")
    platform_id = fields.CharField(max_length=64)
    name = fields.CharField(max_length=64)
    email = fields.CharField(max_length=320, null=True)
    phone = fields.CharField(max_length=64, null=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    currency = fields.CharField(max_length=3)
    sales_channel = fields.CharField(max_length=64, default="web")
    placed_at = fields.DatetimeField()
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.CharField(max_length=64, null=True)
    financial_status = fields.CharField(max_length=32, null=True)
    subtotal = money()
    shipping_paid = money(default=0)
    free_shipping = fields.BooleanField(default=False)
    discounts = money(default=0)
    taxes = money(default=0)
    total_paid = money()
    # What the platform actually took (its financial_status): nothing while a payment is only
    # authorized, pending or voided. Null when the platform did not say; then total_paid counts.
    captured = money(null=True)
    billing_address = fields.JSONField(null=True)
    shipping_address = fields.JSONField(null=True)
    browser_ip = fields.CharField(max_length=64, null=True)
    # Normalised contact keys (plugin.risk.normalize), so linked accounts are an indexed lookup.
    email_key = fields.CharField(max_length=320, null=True)
    phone_key = fields.CharField(max_length=32, null=True)
    address_key = fields.CharField(max_length=512, null=True)
    platform_updated_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    # Bumped by every return and refund on the order with a compare-and-set, so two concurrent ones
    # can never both pass their checks against the same state (refunded <= paid, returned <= shipped).
    ledger_version = fields.IntField(default=0)

    class Meta:
        table = "order"
        unique_together = (("shop", "platform_id"),)
        indexes = (
            ("shop_id", "name"), ("shop_id", "placed_at"), ("shop_id", "email_key"), ("shop_id", "phone_key"),
            ("shop_id", "address_key"),
            # The admin's `email:` search, and the customer's history that risk scoring reads on every
            # request (by customer, or by email for guests); free-text search has a trigram index on
            # PostgreSQL (migration 0009).
            ("shop_id", "email"), ("shop_id", "customer_id"),
        )


class OrderLine(Model):
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("order_lines")
    order = fields.ForeignKeyField("models.Order", related_name="lines", on_delete=fields.CASCADE)
    platform_id = fields.CharField(max_length=64)
    product = fields.ForeignKeyField(
        "models.Product", related_name="order_lines", null=True, on_delete=fields.SET_NULL
    )
    product_platform_id = fields.CharField(max_length=64, null=True)
    variant_platform_id = fields.CharField(max_length=64, null=True)
    sku = fields.CharField(max_length=255, null=True)
    title = fields.CharField(max_length=512)
    variant_title = fields.CharField(max_length=512, null=True)
    quantity = fields.IntField()
    # Units cancelled on their own (a partial cancellation of an unshipped order): they no longer
    # count for returns or cancellations. The whole order's cancellation is Order.cancelled_at.
    cancelled_quantity = fields.IntField(default=0)
    unit_price = money()
    discount = money(default=0)
    tax = money(default=0)
    # Lines that belong to one set or bundle share this id, so the policy can return them only whole.
    set_id = fields.CharField(max_length=64, null=True)
    # What set_id is read from, kept so a change of the policy's set property names regroups lines:
    # the line's properties ([[name, value], ...], null when it has none) and Shopify's bundle group.
    properties = fields.JSONField(null=True)
    line_group_id = fields.CharField(max_length=64, null=True)
    gift = fields.BooleanField(default=False)
    position = fields.IntField(default=0)

    class Meta:
        table = "order_line"
        unique_together = (("order", "platform_id"),)


class Fulfillment(Model):
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("fulfillments")
    order = fields.ForeignKeyField(
        "models.Order", related_name="fulfillments", on_delete=fields.CASCADE
    )
    platform_id = fields.CharField(max_length=64)
    status = choice(FulfillmentStatus, max_length=32, default=FulfillmentStatus.SUCCESS)
    shipment_status = fields.CharField(max_length=32, null=True)
    tracking_company = fields.CharField(max_length=255, null=True)
    tracking_number = fields.CharField(max_length=255, null=True)
    tracking_url = fields.CharField(max_length=1024, null=True)
    shipped_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    # When the customer confirmed the parcel arrived (storefront orderConfirmReceipt): most
    # shipments are never tracked to the door, so delivered_at stays empty.
    received_at = fields.DatetimeField(null=True)
    platform_updated_at = fields.DatetimeField()

    class Meta:
        table = "fulfillment"
        unique_together = (("shop", "platform_id"),)
        # An order's facts read its fulfillments on every eligibility answer.
        indexes = (("shop_id", "order_id"),)


class FulfillmentLine(Model):
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("fulfillment_lines")
    fulfillment = fields.ForeignKeyField(
        "models.Fulfillment", related_name="lines", on_delete=fields.CASCADE
    )
    order_line = fields.ForeignKeyField(
        "models.OrderLine", related_name="fulfillment_lines", on_delete=fields.CASCADE
    )
    quantity = fields.IntField()

    class Meta:
        table = "fulfillment_line"
        unique_together = (("fulfillment", "order_line"),)
