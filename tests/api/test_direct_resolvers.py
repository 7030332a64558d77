"""Fields without arguments or extensions are called by graphql-core directly and answer exactly
as through Strawberry's wrapper; fields with arguments or extensions keep the wrapper."""

from __future__ import annotations

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.types import Info

from plugin.api.direct_resolvers import call_resolvers_directly


class Shout(FieldExtension):
    def resolve(self, next_, source, info, **kwargs):
        return next_(source, info, **kwargs).upper()


@strawberry.type
class Item:
    row: strawberry.Private[dict]
    label: str = "plain"

    @strawberry.field
    def title(self) -> str:
        return self.row["title"]

    @strawberry.field
    def who(self, info: Info) -> str:
        return f"{info.context['who']} via {info.field_name}"

    @strawberry.field
    def times(self, n: int) -> str:
        return self.row["title"] * n

    @strawberry.field(extensions=[Shout()])
    def loud(self) -> str:
        return self.row["title"]

    @strawberry.field
    async def later(self) -> str:
        return self.row["title"] + "!"


@strawberry.type
class Query:
    @strawberry.field
    def item(self) -> Item:
        return Item(row={"title": "ab"})


async def test_direct_fields_answer_as_through_strawberry():
    wrapped = strawberry.Schema(query=Query)
    direct = strawberry.Schema(query=Query)
    # label, title, who, later on Item; item on Query: not times (an argument), not loud (an extension)
    assert call_resolvers_directly(direct) == 5
    item = direct._schema.type_map["Item"].fields
    kept = {name for name, field in item.items() if field.resolve.__module__ != "plugin.api.direct_resolvers"}
    assert kept == {"times", "loud"}
    query = "{ item { label title who times(n: 2) loud later } }"
    answers = [await schema.execute(query, context_value={"who": "staff"}) for schema in (wrapped, direct)]
    assert answers[0].errors is None and answers[1].errors is None
    assert answers[1].data == answers[0].data == {"item": {
        "label": "plain", "title": "ab", "who": "staff via who", "times": "abab", "loud": "AB", "later": "ab!"}}
