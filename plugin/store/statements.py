"""The few reads every storefront request makes, as hand-written SQL instead of Tortoise queries.

Tortoise builds each query anew from pypika objects (filters resolved, terms copied, joins laid
out) on every call: on the eligibility path that cost 0.15-0.4 ms of CPU a statement, against about
0.05 ms for sending the statement and reading its rows. A `Statement` is written once, in
PostgreSQL's `$1` style (SQLite reads the same numbers as `?1`), and converts what it reads exactly
as Tortoise would: a column is left as the driver gave it when the model's field is native to the
database, and goes through the field's `to_python_value` otherwise (plugin.store.db_values, the rule
the admin's page reads follow too: plugin.store.plain_reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from tortoise.connection import get_connection
from tortoise.models import Model

from plugin.store.db_values import Conversions, conversions, to_python

M = TypeVar("M", bound=Model)

_DOLLAR = re.compile(r"\$(\d+)")


def columns(model: type[Model], table: str | None = None) -> str:
    """The model's columns, quoted (and qualified by `table`), for a SELECT list."""
    prefix = f'"{table}".' if table else ""
    return ", ".join(f'{prefix}"{column}"' for column in model._meta.db_fields)


class Statement:
    """One SELECT for both dialects. `fields` maps each result column that holds a model's value to
    (model, column of that model); columns not named (counts, literals) are taken as they come."""

    def __init__(self, sql: str, fields: dict[str, tuple[type[Model], str]] | None = None) -> None:
        self.sql = sql
        self.sqlite_sql = _numbered_qmarks(sql)
        self.fields = fields or {}
        self._conversions: dict[str, Conversions] = {}

    def _conversions_for(self, dialect: str) -> Conversions:
        found = self._conversions.get(dialect)
        if found is None:
            found = conversions((name, model, model._meta.fields_db_projection_reverse[column])
                                for name, (model, column) in self.fields.items())
            self._conversions[dialect] = found
        return found

    async def rows(self, params: Sequence[Any]) -> list[dict[str, Any]]:
        conn = get_connection("default")
        dialect = conn.capabilities.dialect
        rows = await conn.execute_query_dict(self.sqlite_sql if dialect == "sqlite" else self.sql, list(params))
        found = self._conversions_for(dialect)
        if found:
            for row in rows:
                to_python(row, found)
        return rows


class ModelStatement:
    """A SELECT of one model's columns (`SELECT {columns} FROM ...`), read into model instances the
    way Tortoise's own queries build them (`_init_from_db`), so they behave like any other read."""

    def __init__(self, model: type[M], sql: str) -> None:
        self.model = model
        self.template = sql
        self._statement: Statement | None = None

    def _ready(self) -> Statement:
        # The column list is taken from the model once Tortoise has set it up (not at import).
        if self._statement is None:
            self._statement = Statement(self.template.format(columns=columns(self.model)))
        return self._statement

    async def all(self, params: Sequence[Any]) -> list[M]:
        init = self.model._init_from_db
        return [init(**row) for row in await self._ready().rows(params)]

    async def first(self, params: Sequence[Any]) -> M | None:
        found = await self.all(params)
        return found[0] if found else None


def _numbered_qmarks(sql: str) -> str:
    """`$1` -> `?1`: SQLite's numbered parameters, so one text (and one parameter list) serves both."""
    return _DOLLAR.sub(r"?\1", sql)


def in_list(values: Iterable[str]) -> str:
    """Literal SQL strings for a fixed IN list written into a statement (constants, never input)."""
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)
