"""A query that asks for every field a type has (to a depth), built from the schema itself, so a test
that reads "every answer" keeps reading every field as the schema grows."""

from __future__ import annotations

from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLUnionType, GraphQLSchema


def _named(t):
    while isinstance(t, (GraphQLNonNull, GraphQLList)):
        t = t.of_type
    return t


def every_field(schema: GraphQLSchema, type_name: str, depth: int = 4, seen: tuple[str, ...] = ()) -> str:
    """The selection set of `type_name`: every field without required arguments; object fields
    recursed into `depth` levels, never into a type already on the path."""
    t = schema.get_type(type_name)
    parts = []
    for name, field in t.fields.items():
        if any(isinstance(arg.type, GraphQLNonNull) and arg.default_value is None for arg in field.args.values()):
            continue
        inner = _named(field.type)
        if isinstance(inner, GraphQLUnionType):
            members = [m.name for m in inner.types if m.name not in seen]
            if depth and members:
                parts.append(f"{name} {{ __typename " + " ".join(
                    f"... on {m} {every_field(schema, m, depth - 1, (*seen, type_name))}" for m in members) + " }")
            continue
        if isinstance(inner, GraphQLObjectType):
            if depth and inner.name not in seen and inner.name != type_name:
                parts.append(f"{name} {every_field(schema, inner.name, depth - 1, (*seen, type_name))}")
            continue
        parts.append(name)
    return "{ " + " ".join(parts) + " }"
