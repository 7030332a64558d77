"""Fields read straight from the row a type wraps, declared in one line each.

Most fields of our types say what one column of the wrapped model row holds. Each used to be a
method returning `self.row.<column>`; now it is declared as what it is:

    domain = from_row("domain", str)
    currency_code = from_row("currency", str)
    support_email = from_row("support_email", str | None, description="...")

The field keeps its place among the type's other fields (it is a class attribute, like a method),
and its resolver is an attribute getter: graphql-core calls it directly (plugin.api.direct_resolvers),
without Strawberry's per-field wrapper, as it did the methods. Anything that converts the value (an
enum, Money, a list copy) stays a method.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

import strawberry


def from_row(column: str, graphql_type: Any, **field_options: Any) -> Any:
    """A field whose value is `self.row.<column>`, of `graphql_type`."""
    read = attrgetter(f"row.{column}")

    def resolve(self: Any) -> Any:
        return read(self)

    resolve.__name__ = resolve.__qualname__ = f"row_{column}"
    return strawberry.field(resolver=resolve, graphql_type=graphql_type, **field_options)
