"""Database values as Tortoise's own reads hand them out, for the reads that skip its query builder
(the storefront's hand-written statements, plugin.store.statements; the admin's page reads,
plugin.store.plain_reads): one rule, so both give the same Python values as any Tortoise read.

A value is left as the driver gave it when the model's field is native to the connection's
database (Tortoise's own list, `db_native_fields`, worked out per dialect when the models were set
up: a Decimal from asyncpg, say), and goes through the field's `to_python_value` otherwise
(decimals and datetimes on SQLite, JSON and enums everywhere). Which values need converting is
worked out once per statement or table; converting a row is then one loop over those only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from tortoise.models import Model

Converter = Callable[[Any], Any]
# (the value's key in a row, what turns it into the Python value), for the values that need it
Conversions = tuple[tuple[Any, Converter], ...]


def _converter(model: type[Model], field_name: str) -> Converter | None:
    meta = model._meta
    if any(name == field_name for _, name, _ in meta.db_native_fields):
        return None
    return meta.fields_map[field_name].to_python_value


def conversions(values: Iterable[tuple[Any, type[Model], str]]) -> Conversions:
    """For each (key in the row, model, field name of that model), the converter its value needs, if any."""
    return tuple((key, convert) for key, model, field_name in values
                 if (convert := _converter(model, field_name)) is not None)


def to_python(row: dict, found: Conversions) -> dict:
    """`row` with its values converted in place (and returned)."""
    for key, convert in found:
        row[key] = convert(row[key])
    return row
