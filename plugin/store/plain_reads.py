"""The reads a list makes once per page, as plain SQL: every column of a model's rows whose key is
in the page (optionally with one related row joined), converted to the Python values any Tortoise
read gives (plugin.store.db_values), as Rows.

Tortoise builds each query anew, and for these it cost more than running them: 0.5 ms to build
the SQL of the return lines joined with their order lines, against 0.1 ms to run it. The text
here depends only on the dialect and the number of keys, so it is built once and kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tortoise.models import Model

from plugin.store.rows import Row, columns
from plugin.store.db_values import conversions, to_python


class _Table:
    """A model's columns as the statement reads them, and how each becomes a Python value."""

    def __init__(self, model: type[Model]) -> None:
        meta = model._meta
        self.name = meta.db_table
        self.fields = columns(model)
        self.db_columns = tuple(meta.fields_db_projection[name] for name in self.fields)
        self.conversions = conversions((name, model, name) for name in self.fields)

    def row(self, values: Sequence) -> Row:
        return to_python(Row(zip(self.fields, values)), self.conversions)


@cache
def _table(model: type[Model], dialect: str) -> _Table:
    """Per dialect as well: which values need converting depends on the database's driver."""
    return _Table(model)


@cache
def _statement(dialect: str, model: type[Model], key: str, count: int, equal: tuple[str, ...], join: str | None,
               order_by: tuple[str, ...]) -> str:
    table = _table(model, dialect)
    meta = model._meta
    mark = (lambda i: f"${i}") if dialect == "postgres" else (lambda i: "?")
    selected = [f'a."{column}"' for column in table.db_columns]
    source = f'"{table.name}" a'
    if join is not None:
        related = _table(meta.fields_map[join].related_model, dialect)
        selected += [f'b."{column}"' for column in related.db_columns]
        # The related row of the same shop only: a foreign key alone never crosses tenants.
        source += f' JOIN "{related.name}" b ON b."id" = a."{meta.fields_db_projection[join + "_id"]}" AND b."shop_id" = a."shop_id"'
    conditions = [f'a."{meta.fields_db_projection[name]}" = {mark(i)}' for i, name in enumerate(("shop_id", *equal), 1)]
    first = len(conditions) + 1
    keys = ", ".join(mark(i) for i in range(first, first + count))
    conditions.append(f'a."{meta.fields_db_projection[key]}" IN ({keys})')
    ordering = ", ".join(f'a."{meta.fields_db_projection[name]}"' for name in order_by)
    return f'SELECT {", ".join(selected)} FROM {source} WHERE {" AND ".join(conditions)} ORDER BY {ordering}'


async def rows_in(model: type[Model], shop_id: int, key: str, keys: Sequence[int], *, equal: dict[str, object] | None = None,
                  join: str | None = None, order_by: tuple[str, ...] = ("id",)) -> list[tuple[Row, Row | None]]:
    """The shop's `model` rows whose `key` is one of `keys` and whose `equal` columns hold the values
    given, in `order_by` order; each with the row its foreign key `join` names (of the same shop), or None."""
    equal = equal or {}
    db = model._meta.db
    dialect = db.capabilities.dialect
    sql = _statement(dialect, model, key, len(keys), tuple(equal), join, order_by)
    _, records = await db.execute_query(sql, [shop_id, *equal.values(), *keys])
    table = _table(model, dialect)
    if join is None:
        return [(table.row(tuple(record)), None) for record in records]
    related, width = _table(model._meta.fields_map[join].related_model, dialect), len(table.fields)
    return [(table.row(values[:width]), related.row(values[width:])) for values in map(tuple, records)]
