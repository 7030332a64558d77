"""Reject NUL characters and oversized strings anywhere in a request, before any resolver runs.

Strawberry cannot override the built-in String scalar, so the check walks the document's string
literals and the variables instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from graphql import ExecutionResult, GraphQLError, StringValueNode, visit
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

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


class InputGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        errors = [
            GraphQLError(f"Variable ${'.'.join(path)}: {problem}", extensions={"code": "BAD_INPUT"})
            for path, problem in _walk(ctx.variables or {}, [])
        ]
        if ctx.graphql_document is not None:
            literals = _Literals()
            visit(ctx.graphql_document, literals)
            errors += [
                GraphQLError(f"String literal {p}", extensions={"code": "BAD_INPUT"}) for p in literals.problems
            ]
        if errors:
            ctx.result = ExecutionResult(data=None, errors=errors)
        yield
