"""Issue 25: orders returned read as per-day distinct counts (analytics_day.orders_returned, summed
per month like the other figures) less the repeats of the few orders returned on more than one day,
instead of counting distinct orders over about 45,000 rows a year by product on every read.
analytics_returned_order keeps only those orders' days from now on; analytics_day also holds weekly
sums ("W:" dimensions), read for the whole weeks of a month a period covers in part. Every shop's days
are built again on its next read (or by `recourse analytics-rebuild`): its `analytics_state` row goes.
"""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops


async def forget_built_days(apps, schema_editor) -> None:
    """Before the column: the day rows built without it go (a column without a value on them is refused)."""
    client = schema_editor.client
    await client.execute_script("DELETE FROM analytics_day; DELETE FROM analytics_returned_order; DELETE FROM analytics_state;")


async def build_again(apps, schema_editor) -> None:
    """Going back: 0022 reads analytics_returned_order as every order's days, so its shops build again too."""
    await forget_built_days(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [('models', '0022_analytics_daily')]

    initial = False

    operations = [
        ops.RunPython(forget_built_days, build_again),
        ops.AddField(
            model_name='AnalyticsDay',
            name='orders_returned',
            field=fields.IntField(default=0),
        ),
    ]
