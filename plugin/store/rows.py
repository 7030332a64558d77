"""Plain rows for hot list reads: `.values()` dicts that the GraphQL types read like model objects.

Building a Tortoise model per row was a large part of a list page's cost; a dict read with
`.values()` holds the same Python values (enums, decoded JSON, Decimals), and this class gives it
the attribute access the types' resolvers use (`row.title`).
"""

from __future__ import annotations

from functools import cache

from tortoise.models import Model


class Row(dict):
    __slots__ = ()

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@cache
def columns(model: type[Model]) -> tuple[str, ...]:
    """Every column of `model` by field name (a foreign key as `<name>_id`): what `.values()` reads
    when given no names, so a Row has every attribute a resolver may read. Only once the ORM is
    initialised: until then a model does not know its foreign keys' columns."""
    meta = model._meta
    return tuple(name for name in meta.fields_map if name in meta.fields_db_projection)
