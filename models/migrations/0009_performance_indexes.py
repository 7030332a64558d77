"""Indexes for every lookup the APIs and the risk engine make, measured at 100,000 orders.

Without them an order's facts scanned every fulfillment, the customer-history read of risk scoring
scanned every order, and free-text search was a full scan. The trigram indexes serve Tortoise's
`icontains` (`UPPER(CAST(col AS VARCHAR)) LIKE UPPER('%term%')`), so their expressions must stay
exactly that; they exist on PostgreSQL only (SQLite has no pg_trgm and scans, which is fine for
one small shop).
"""

from tortoise import migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

TRIGRAM_INDEXES = {
    "order_name_trgm": ('"order"', "name"),
    "order_email_trgm": ('"order"', "email"),
    "return_name_trgm": ('"return"', "name"),
}


def _on_postgres(schema_editor) -> bool:
    return schema_editor.client.capabilities.dialect == "postgres"


async def add_trigram_indexes(apps, schema_editor) -> None:
    if not _on_postgres(schema_editor):
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await schema_editor.client.execute_script("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, column) in TRIGRAM_INDEXES.items():
        await schema_editor.client.execute_script(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ((upper({column}::varchar)) gin_trgm_ops)"
        )


async def drop_trigram_indexes(apps, schema_editor) -> None:
    if not _on_postgres(schema_editor):
        return
    for name in TRIGRAM_INDEXES:
        await schema_editor.client.execute_script(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [('models', '0008_seed_fidelity')]

    initial = False

    operations = [
        ops.AddIndex(
            model_name='Fulfillment',
            index=Index(fields=['shop_id', 'order_id']),
        ),
        ops.AddIndex(
            model_name='Order',
            index=Index(fields=['shop_id', 'email']),
        ),
        ops.AddIndex(
            model_name='Order',
            index=Index(fields=['shop_id', 'customer_id']),
        ),
        ops.AddIndex(
            model_name='Refund',
            index=Index(fields=['shop_id', 'return_request_id']),
        ),
        ops.RunPython(add_trigram_indexes, drop_trigram_indexes),
    ]
