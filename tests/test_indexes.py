"""The lookups the APIs and the risk engine make are served by indexes that migrations create."""

from __future__ import annotations

import pytest
from tortoise import Tortoise
from tortoise.connection import get_connection

from models.order import Order
from models.returns import Return
from plugin.api.order_search import apply_order_search

# (table, leading columns) of each lookup: an order's fulfillments, the admin's `email:` search,
# a customer's history, a return's refunds.
LOOKUPS = [
    ("fulfillment", ["shop_id", "order_id"]),
    ("order", ["shop_id", "email"]),
    ("order", ["shop_id", "customer_id"]),
    ("refund", ["shop_id", "return_request_id"]),
]


async def _indexes(backend: str, table: str) -> list[tuple[list[str], bool]]:
    """(columns, unique) of each index the database holds on `table`."""
    conn = get_connection("default")
    if backend == "sqlite":
        found = await conn.execute_query_dict(f'PRAGMA index_list("{table}")')
        return [([c["name"] for c in await conn.execute_query_dict(f'PRAGMA index_info("{row["name"]}")')], bool(row["unique"]))
                for row in found]
    rows = await conn.execute_query_dict(
        """SELECT array_agg(a.attname ORDER BY k.n) AS columns, bool_and(i.indisunique) AS is_unique
             FROM pg_index i
             JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = $1::regclass GROUP BY i.indexrelid""",
        [f'"{table}"'],
    )
    return [(list(row["columns"]), row["is_unique"]) for row in rows]


async def _index_columns(backend: str, table: str) -> list[list[str]]:
    return [columns for columns, _ in await _indexes(backend, table)]


def _declared(model) -> list[tuple[str, list[str], bool]]:
    """(table, columns, unique) of every index a model's Meta asks for."""
    meta = model._meta
    column = lambda name: meta.fields_map[name].source_field or name if name in meta.fk_fields else name  # noqa: E731
    unique = [(meta.db_table, [column(f) for f in fields], True) for fields in meta.unique_together]
    plain = [(meta.db_table, list(getattr(index, "fields", index)), False) for index in meta.indexes]
    return unique + plain


async def test_every_declared_index_and_uniqueness_is_in_the_database(db):
    # SQLite rebuilds a table to alter a column, and Tortoise's rebuild dropped the table's
    # unique_together: two returns could take the same number of one order there and not on PostgreSQL.
    missing = []
    for model in (m for app in Tortoise.apps.values() for m in app.values()):
        for table, columns, unique in _declared(model):
            held = await _indexes(db.backend, table)
            if not any(sorted(have) == sorted(columns) and (is_unique or not unique) for have, is_unique in held):
                missing.append((table, columns, "unique" if unique else "index"))
    assert not missing


@pytest.mark.parametrize("table,columns", LOOKUPS)
async def test_lookup_has_an_index(db, table, columns):
    indexes = await _index_columns(db.backend, table)
    assert any(index[: len(columns)] == columns for index in indexes), indexes


async def _plan(sql: str) -> str:
    conn = get_connection("default")
    # On a small table a scan is cheaper; forbid it so the plan shows whether the index can serve.
    async with conn._in_transaction() as tx:
        await tx.execute_script("SET LOCAL enable_seqscan = off")
        rows = await tx.execute_query_dict("EXPLAIN " + sql)
    return "\n".join(row["QUERY PLAN"] for row in rows)


async def test_free_text_search_uses_trigram_indexes_on_postgres(db):
    if db.backend != "postgres":
        pytest.skip("pg_trgm is PostgreSQL's")
    conn = get_connection("default")
    extensions = await conn.execute_query_dict("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
    assert extensions, "the migration creates pg_trgm"

    # Without the shop filter, so the plan shows that the search expressions themselves are indexed
    # (on an empty table the planner would otherwise pick the shop's index).
    orders = apply_order_search(Order.all(), "jane").sql(params_inline=True)
    plan = await _plan(orders)
    assert "order_name_trgm" in plan and "order_email_trgm" in plan, plan

    returns = Return.filter(name__icontains="1003-r1").sql(params_inline=True)
    assert "return_name_trgm" in await _plan(returns)
