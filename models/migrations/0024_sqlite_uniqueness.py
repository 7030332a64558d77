"""SQLite databases get back four tables' uniqueness: 0013 altered a column of each, SQLite alters a
column by rebuilding the table, and Tortoise's rebuild left out the table's unique_together. PostgreSQL
kept them; without them on SQLite, two requests at once could give one order two returns numbered
alike, or one line twice in a return. The index names are the ones PostgreSQL's carry.
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

UNIQUE = {
    "uid_fulfillment_shop_id_3a8409": ("fulfillment", ("shop_id", "platform_id")),
    "uid_return_order_i_d168ba": ("return", ("order_id", "number")),
    "uid_return_line_return__9c0cf0": ("return_line", ("return_request_id", "order_line_id")),
    "uid_blocklist_e_shop_id_0b3ee1": ("blocklist_entry", ("shop_id", "kind", "value")),
}


def _on_sqlite(schema_editor) -> bool:
    return schema_editor.client.capabilities.dialect == "sqlite"


async def restore_uniqueness(apps, schema_editor) -> None:
    if not _on_sqlite(schema_editor):
        return
    client = schema_editor.client
    for name, (table, columns) in UNIQUE.items():
        listed = ", ".join(f'"{c}"' for c in columns)
        _, twice = await client.execute_query(f'SELECT {listed} FROM "{table}" GROUP BY {listed} HAVING COUNT(*) > 1 LIMIT 5')
        if twice:
            raise RuntimeError(f"{table} holds rows that share {', '.join(columns)} ({[tuple(r) for r in twice]}): "
                               "keep one of each before migrating")
        await client.execute_script(f'CREATE UNIQUE INDEX IF NOT EXISTS "{name}" ON "{table}" ({listed})')


async def drop_uniqueness(apps, schema_editor) -> None:
    if _on_sqlite(schema_editor):
        await schema_editor.client.execute_script("".join(f'DROP INDEX IF EXISTS "{name}";' for name in UNIQUE))


class Migration(migrations.Migration):
    dependencies = [('models', '0023_analytics_orders_returned')]

    initial = False

    operations = [
        ops.RunPython(restore_uniqueness, drop_uniqueness),
    ]
