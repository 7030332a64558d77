"""Resolvers that take no GraphQL arguments are called by graphql-core directly, not through
Strawberry's per-field wrapper.

Most fields here are a method that reads the wrapped row (`def quantity(self): return
self.row.quantity`). For each such field Strawberry's wrapper builds an `Info`, converts the
(absent) arguments, chains the (absent) field extensions and then calls the method: about 2 µs a
field, a quarter of the CPU of the admin returns page, which completes some 700 fields. What it
does for a field with no arguments and no extensions is exactly `method(source)` (with `info=` when
the method asks for it), so that is what graphql-core is given to call instead. A field with no
resolver at all (a dataclass attribute) is read the same way, with the schema's default resolver
(`getattr`), without Strawberry's two calls around it.

A field keeps Strawberry's wrapper whenever that wrapper would do more: it has arguments,
field extensions (permission classes are extensions too), or a parameter other than `self` and
`info` (`root`, `parent`, `cls`); and nothing is changed on a schema with exception handlers, which
the wrapper applies. The only parts of Strawberry read beyond its documented API are the
graphql-core schema it built (`schema._schema`) and the link from each graphql-core field back to
its Strawberry field (`GraphQLCoreConverter.DEFINITION_BACKREF`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from graphql import GraphQLObjectType, GraphQLResolveInfo
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

_OWN_PARAMETERS = {"self", "info"}


def _direct(field: StrawberryField, make_info: Callable[..., Any], read: Callable[[Any, str], Any]) -> Callable | None:
    """graphql-core's resolver for `field`, or None where Strawberry's wrapper must stay."""
    resolver = field.base_resolver
    if field.extensions or field.arguments:
        return None
    if resolver is None:  # a plain attribute: Strawberry reads it with the schema's default resolver
        name = field.python_name

        def read_attribute(source: Any, _info: GraphQLResolveInfo) -> Any:
            return read(source, name)
        return read_attribute
    reserved = {param.name for param in resolver.reserved_parameters.values() if param is not None}
    if resolver.self_parameter is None or not reserved <= _OWN_PARAMETERS:
        return None
    method = resolver.wrapped_func
    info_parameter = resolver.info_parameter
    if info_parameter is None:
        def resolve(source: Any, _info: GraphQLResolveInfo) -> Any:
            return method(source)
    else:
        name = info_parameter.name

        def resolve(source: Any, info: GraphQLResolveInfo) -> Any:
            return method(source, **{name: make_info(_raw_info=info, _field=field)})
    return resolve


def call_resolvers_directly(schema: strawberry.Schema) -> int:
    """Give graphql-core the direct resolver of every field that qualifies; returns how many."""
    if schema.exception_handlers:
        return 0
    make_info, read = schema.config.info_class, schema.config.default_resolver
    changed = 0
    for graphql_type in schema._schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for graphql_field in graphql_type.fields.values():
            field = (graphql_field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
            if not isinstance(field, StrawberryField):
                continue
            resolve = _direct(field, make_info, read)
            if resolve is not None:
                graphql_field.resolve = resolve
                changed += 1
    return changed
