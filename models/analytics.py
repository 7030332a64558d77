"""Return analytics' per-day aggregates: figures of one shop's day (in its time zone), derived from
the orders, returns, refunds and audit trail, so a year is read from at most a row per day and key.

Nothing here is a source of truth: `plugin.store.analytics_days` rebuilds any day from the rows it
counts. Database triggers (migration 0022) note the instant of every write that changes a counted
row in `AnalyticsDirty`, in that write's transaction, whichever code path made it; the next
analytics read recomputes those days before it answers, so the figures always equal direct counts.
"""

from tortoise import fields
from tortoise.models import Model

from models.fields import money, shop_fk


class AnalyticsDay(Model):
    # Sums of one grouping key on one day; a day and key may have several rows (one from the orders
    # sold, one from the returns requested, ...): readers add them up. `dimension` is "" for the
    # shop's totals (which also carry the day's decisions), a returnAnalytics grouping, or
    # POLICY_VERSION (the `requested` ... `kept_returns` columns); "M:" + one of those is the sum of
    # a month's rows, `day` its first day, and "W:" + one of those a week's (Monday to Sunday, `day`
    # its Monday).
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("analytics_days")
    day = fields.DateField()
    dimension = fields.CharField(max_length=24)
    key = fields.TextField()
    label = fields.TextField()
    items_sold = fields.IntField(default=0)
    orders_sold = fields.IntField(default=0)
    items_returned = fields.IntField(default=0)
    orders_returned = fields.IntField(default=0)  # distinct on the day; see AnalyticsReturnedOrder
    returns = fields.IntField(default=0)
    items_kept = fields.IntField(default=0)
    requested = fields.IntField(default=0)
    approved = fields.IntField(default=0)
    approved_at_once = fields.IntField(default=0)
    declined = fields.IntField(default=0)
    kept_returns = fields.IntField(default=0)
    decided_automatically = fields.IntField(default=0)
    decided_by_staff = fields.IntField(default=0)

    class Meta:
        table = "analytics_day"
        indexes = (("shop_id", "dimension", "day"),)


class AnalyticsReturnedOrder(Model):
    # The days and grouping keys of an order whose counted returns fall on more than one day (only
    # those: a few): "orders returned" counts distinct orders over a period, and the sum of the
    # days' distinct orders counts such an order once a day; a period subtracts, per key, its rows
    # here less the distinct orders among them.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("analytics_returned_orders")
    day = fields.DateField()
    dimension = fields.CharField(max_length=24)
    key = fields.TextField()
    order_id = fields.BigIntField()

    class Meta:
        table = "analytics_returned_order"
        indexes = (("shop_id", "dimension", "day"),)


class AnalyticsMoneyDay(Model):
    # Refund ledger sums of a day in one currency (never added across currencies).
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("analytics_money_days")
    day = fields.DateField()
    currency = fields.CharField(max_length=3)
    refunds_paid = money(default=0)
    credits = money(default=0)
    fees_kept = money(default=0)
    postage_charged = money(default=0)

    class Meta:
        table = "analytics_money_day"
        indexes = (("shop_id", "day"),)


class AnalyticsRefundTime(Model):
    # A return first refunded on `day`, and the seconds from its request to that refund: the
    # percentiles need every value, not sums.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("analytics_refund_times")
    day = fields.DateField()
    return_id = fields.BigIntField()
    seconds = fields.BigIntField()

    class Meta:
        table = "analytics_refund_time"
        indexes = (("shop_id", "day"),)


class AnalyticsDirty(Model):
    # An instant whose shop day needs recomputing, written by the triggers. No foreign key: the
    # triggers also fire while a shop's rows are deleted with it.
    id = fields.BigIntField(primary_key=True)
    shop_id = fields.BigIntField(db_index=True)
    at = fields.DatetimeField(null=True)

    class Meta:
        table = "analytics_dirty"


class AnalyticsState(Model):
    # The time zone a shop's days were built in; none yet, or another zone, means a full rebuild.
    id = fields.BigIntField(primary_key=True)
    shop = fields.OneToOneField("models.Shop", related_name="analytics_state", on_delete=fields.CASCADE)
    timezone = fields.CharField(max_length=64)
    built_at = fields.DatetimeField()

    class Meta:
        table = "analytics_state"
