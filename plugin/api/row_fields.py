"""Fields read straight from the row a type wraps, declared in one line each.

Most fields of our types say what one column of the wrapped model row holds. Each used to be a
method returning `self.row.<column>`; now it is declared as what it is:

    domain = from_row("domain", str)
    currency_code = from_row("currency", str)
    support_email = from_row("support_email", str | None, description="...")

The field keeps its place among the type's other fields (it is a class attribute, like a method),
and its resolver is the very method it replaces, `def row_domain(self): return self.row.domain`,
made once here: graphql-core calls it directly (plugin.api.direct_resolvers), without Strawberry's
per-field wrapper, and it costs what the hand-written method did (an `operator.attrgetter` costs
more per call: its dotted lookup gets none of the interpreter's attribute caches). Anything that
converts the value (an enum, Money, a list copy) stays a method.
"""

from __future__ import annotations

from typing import Any

import strawberry


def from_row(column: str, graphql_type: Any, **field_options: Any) -> Any:
    """A field whose value is `self.row.<column>`, of `graphql_type`."""
    if not column.isidentifier():
        raise ValueError(f"not a column name: {column!r}")
    namespace: dict[str, Any] = {}
    exec(f"def row_{column}(self):\n    return self.row.{column}\n", namespace)  # noqa: S102 (an identifier, checked)
    return strawberry.field(resolver=namespace[f"row_{column}"], graphql_type=graphql_type, **field_options)
