"""Checks on a whole request before any resolver runs: its strings and its cost.

Strawberry cannot override the built-in String scalar, so the string check walks the document's
string literals and the variables instead. Strawberry has depth, alias and token limits but no cost
limit, so the cost check estimates the rows an operation could touch from its `first` arguments.
"""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    StringValueNode,
    VariableNode,
    visit,
)
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

from plugin.ratelimit import Limit, RateLimited, enforce
from plugin.text import MAX_INPUT_CHARS


def _bad_string(value: str) -> str | None:
    if "\x00" in value:
        return "must not contain NUL characters"
    if len(value) > MAX_INPUT_CHARS:
        return f"must be at most {MAX_INPUT_CHARS} characters"
    return None


def _walk(value: object, path: list[str]) -> Iterator[tuple[list[str], str]]:
    if isinstance(value, str):
        problem = _bad_string(value)
        if problem:
            yield path, problem
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and "\x00" in key:
                yield path, "keys must not contain NUL characters"
            yield from _walk(item, path + [str(key)])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, path + [str(index)])


class _Literals(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def enter_string_value(self, node: StringValueNode, *_args) -> None:
        problem = _bad_string(node.value)
        if problem:
            self.problems.append(problem)


_checked: dict[int, tuple[object, list[str]]] = {}


def _literal_problems(document) -> list[str]:
    """The document's bad string literals, found once per parsed document: the parser cache hands
    the same document object to every request with the same text, so its check is kept with it."""
    kept = _checked.get(id(document))
    if kept is not None and kept[0] is document:
        return kept[1]
    literals = _Literals()
    visit(document, literals)
    if len(_checked) >= 512:  # bounded, like the parser cache it follows
        _checked.pop(next(iter(_checked)))
    _checked[id(document)] = (document, literals.problems)
    return literals.problems


class InputGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        errors = [
            GraphQLError(f"Variable ${'.'.join(path)}: {problem}", extensions={"code": "BAD_INPUT"})
            for path, problem in _walk(ctx.variables or {}, [])
        ]
        if ctx.graphql_document is not None:
            errors += [
                GraphQLError(f"String literal {p}", extensions={"code": "BAD_INPUT"})
                for p in _literal_problems(ctx.graphql_document)
            ]
        if errors:
            ctx.result = ExecutionResult(data=None, errors=errors)
        yield


MAX_COST = 5_000
# Page-size validation says what is wrong with a bad `first`; the estimate only counts valid ones.
_MAX_ROWS = 250


def _multiplier(field: FieldNode, variables: dict) -> int:
    for argument in field.arguments or ():
        if argument.name.value in ("first", "last"):
            value = argument.value
            if isinstance(value, IntValueNode):
                return min(_MAX_ROWS, max(1, int(value.value)))
            if isinstance(value, VariableNode) and isinstance(variables.get(value.name.value), int):
                return min(_MAX_ROWS, max(1, variables[value.name.value]))
    return 1


def operation_cost(selection_set: SelectionSetNode | None, fragments: dict, variables: dict, seen=frozenset()) -> int:
    """Each field costs 1, and what is below a paginated field costs once per row it may return."""
    total = 0
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            below = operation_cost(selection.selection_set, fragments, variables, seen)
            total += 1 + _multiplier(selection, variables) * below
        elif isinstance(selection, InlineFragmentNode):
            total += operation_cost(selection.selection_set, fragments, variables, seen)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                total += operation_cost(fragment.selection_set, fragments, variables, seen | {selection.name.value})
    return total


class CostGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        document = ctx.graphql_document
        if document is not None and ctx.result is None:
            fragments = {d.name.value: d for d in document.definitions if not isinstance(d, OperationDefinitionNode)}
            for definition in document.definitions:
                if isinstance(definition, OperationDefinitionNode):
                    cost = operation_cost(definition.selection_set, fragments, ctx.variables or {})
                    if cost > MAX_COST:
                        ctx.result = ExecutionResult(data=None, errors=[GraphQLError(
                            f"Query cost {cost} exceeds the limit of {MAX_COST}; ask for fewer rows per page",
                            extensions={"code": "MAX_COST_EXCEEDED", "cost": cost, "limit": MAX_COST},
                        )])
                        break
        yield


def _mutation_fields(document, operation_name: str | None) -> int:
    """How many mutation fields the operation to run has (aliases count); 0 for a query."""
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode) and (
            operation_name is None or (definition.name is not None and definition.name.value == operation_name)
        ):
            return len(definition.selection_set.selections) if definition.operation == OperationType.MUTATION else 0
    return 0


class MutationRateGuard(SchemaExtension):
    """Every mutation field of a request counts against its shop's limit for this API before any of
    them runs; over the limit nothing runs and the answer is 429 with Retry-After."""

    limit: Limit  # set by `for_limit`

    @classmethod
    def for_limit(cls, limit: Limit) -> type[MutationRateGuard]:
        return type(f"MutationRateGuard_{limit.hits}", (cls,), {"limit": limit})

    async def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        context = ctx.context
        if ctx.graphql_document is not None and ctx.result is None and context is not None:
            fields = _mutation_fields(ctx.graphql_document, ctx.operation_name)
            if fields:
                try:
                    await enforce(context, self.limit, str(context.shop.id), fields)
                except RateLimited as exc:
                    ctx.result = ExecutionResult(data=None, errors=[exc])
        yield


class _IntrospectionFields(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_field(self, node: FieldNode, *_args) -> None:
        if node.name.value in ("__schema", "__type"):
            self.found = True


class IntrospectionGuard(SchemaExtension):
    """Schema introspection only where the settings allow it (Settings.introspection); `__typename`
    is always fine."""

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        context = ctx.context
        if ctx.graphql_document is not None and ctx.result is None and context is not None:
            api = "storefront" if context.staff is None else "admin"
            if not context.settings.introspection(api):
                fields = _IntrospectionFields()
                visit(ctx.graphql_document, fields)
                if fields.found:
                    ctx.result = ExecutionResult(data=None, errors=[GraphQLError(
                        "Introspection is disabled on this endpoint", extensions={"code": "INTROSPECTION_DISABLED"})])
        yield
