"""Checks on a whole request before any resolver runs: its strings, introspection, cost and mutation rate.

Strawberry cannot override the built-in String scalar, so the string check walks the document's
string literals and the variables instead. Strawberry has depth, alias and token limits but no cost
limit, so the cost check estimates the rows an operation could touch from its `first` arguments.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from graphql import (
    ArgumentNode,
    ExecutionResult,
    FieldNode,
    GraphQLError,
    OperationDefinitionNode,
    OperationType,
    StringValueNode,
    VariableDefinitionNode,
    VariableNode,
    visit,
)
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

from plugin.api.document_limits import MAX_COST, cost_error, operation_costs
from plugin.store.ratelimit import Budget, RateLimited, spend_mutations
from plugin.values.text import MAX_INPUT_CHARS, MAX_POLICY_TEXT_CHARS, text_problem

# The arguments that may carry more than MAX_INPUT_CHARS, as (field, argument): a string given
# straight to one of them (a literal, or a variable used nowhere else) gets its allowance; every
# other string of the request, nested ones included, keeps the global cap.
LONG_ARGUMENTS: dict[tuple[str, str], int] = {
    ("policyDraftFromText", "text"): MAX_POLICY_TEXT_CHARS,
}


def _bad_string(value: str, limit: int = MAX_INPUT_CHARS) -> str | None:
    problem = text_problem(value)  # NUL, or not valid Unicode (a lone surrogate)
    if problem:
        return problem
    if len(value) > limit:
        return f"must be at most {limit} characters"
    return None


def _walk(value: object, path: list[str], limit: int = MAX_INPUT_CHARS) -> Iterator[tuple[list[str], str]]:
    if isinstance(value, str):
        problem = _bad_string(value, limit)
        if problem:
            yield path, problem
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and text_problem(key):
                yield path, f"keys {text_problem(key)}"
            yield from _walk(item, path + [str(key)])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, path + [str(index)])


def _variable_problems(variables: dict, limits: dict[str, int]) -> Iterator[tuple[list[str], str]]:
    """As `_walk` over the variables, a variable given straight to a long argument with its allowance."""
    for name, value in variables.items():
        if isinstance(name, str) and text_problem(name):
            yield [], f"keys {text_problem(name)}"
        yield from _walk(value, [str(name)], limits.get(name, MAX_INPUT_CHARS))


class _DocumentFacts(Visitor):
    """What the guards need to know of a document that does not depend on its variables."""

    def __init__(self) -> None:
        super().__init__()
        self.literal_problems: list[str] = []
        self.introspection = False
        # A page size given by a variable (`first: $n`): only then does the cost depend on the
        # request, since validation counted every other one as it is (plugin.api.document_limits).
        self.variable_page_sizes = False
        self._allowed: dict[int, int] = {}  # id of a literal or variable node given to a long argument -> its allowance
        self.variable_limits: dict[str, int] = {}  # each variable's cap: the smallest over its uses

    def enter_string_value(self, node: StringValueNode, *_args) -> None:
        problem = _bad_string(node.value, self._allowed.get(id(node), MAX_INPUT_CHARS))
        if problem:
            self.literal_problems.append(problem)

    def enter_field(self, node: FieldNode, *_args) -> None:
        if node.name.value in ("__schema", "__type"):
            self.introspection = True
        for argument in node.arguments or ():  # visited before the argument values below
            allowance = LONG_ARGUMENTS.get((node.name.value, argument.name.value))
            if allowance is not None and isinstance(argument.value, StringValueNode | VariableNode):
                self._allowed[id(argument.value)] = allowance

    def enter_variable(self, node: VariableNode, _key, parent, *_args) -> None:
        if isinstance(parent, VariableDefinitionNode):
            return  # the declaration, not a use
        limit = self._allowed.get(id(node), MAX_INPUT_CHARS)
        name = node.name.value
        self.variable_limits[name] = min(limit, self.variable_limits.get(name, limit))

    def enter_argument(self, node: ArgumentNode, *_args) -> None:
        if node.name.value in ("first", "last") and isinstance(node.value, VariableNode):
            self.variable_page_sizes = True


_facts: dict[int, tuple[object, _DocumentFacts]] = {}


def _document_facts(document) -> _DocumentFacts:
    """Found once per parsed document: the parser cache hands the same document object to every
    request with the same text, so its facts are kept with it."""
    kept = _facts.get(id(document))
    if kept is not None and kept[0] is document:
        return kept[1]
    facts = _DocumentFacts()
    visit(document, facts)
    if len(_facts) >= 512:  # bounded, like the parser cache it follows
        _facts.pop(next(iter(_facts)))
    _facts[id(document)] = (document, facts)
    return facts


def _input_errors(variables: dict | None, facts: _DocumentFacts) -> list[GraphQLError]:
    errors = [
        GraphQLError(f"Variable ${'.'.join(path)}: {problem}", extensions={"code": "BAD_INPUT"})
        for path, problem in _variable_problems(variables or {}, facts.variable_limits)
    ]
    literals = [GraphQLError(f"String literal {p}", extensions={"code": "BAD_INPUT"}) for p in facts.literal_problems]
    return errors + literals


def _cost_error(document, variables: dict | None, facts: _DocumentFacts) -> GraphQLError | None:
    """The cost with the request's variables. Validation measured it with each variable page size as
    1, which is the cost itself when no page size is a variable; else it is measured again here,
    each fragment once, so linear in the document whatever its spreads."""
    if not facts.variable_page_sizes:
        return None
    over = [cost for cost in operation_costs(document, variables or {}) if cost > MAX_COST]
    return cost_error(over[0]) if over else None


def _mutation_fields(document, operation_name: str | None) -> int:
    """How many mutation fields the operation to run has (aliases count); 0 for a query."""
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode) and (
            operation_name is None or (definition.name is not None and definition.name.value == operation_name)
        ):
            return len(definition.selection_set.selections) if definition.operation == OperationType.MUTATION else 0
    return 0


class RequestGuards(SchemaExtension):
    """Every check on a whole request before any resolver runs, as one extension (Strawberry builds
    each extension's hooks anew per request, which cost more than the checks on a small query).

    In this order, the first refusal answering: bad strings in the variables or the document;
    introspection where the settings disable it (`__typename` is always fine); the cost estimate;
    then every mutation field of the request counts against its caller's budget for this API (and,
    if that allows it, the shop's ceiling), and over either nothing runs and the answer is 429 with
    Retry-After. Fields that will only be refused count too: the caller sent the work.
    """

    budget: Budget  # set by `for_budget`

    @classmethod
    def for_budget(cls, budget: Budget) -> type[RequestGuards]:
        return type(f"RequestGuards_{budget.per_caller.hits}", (cls,), {"budget": budget})

    async def on_execute(self) -> AsyncIterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None and ctx.result is None:
            errors = await self._refusal(ctx)
            if errors:
                ctx.result = ExecutionResult(data=None, errors=errors)
        yield

    async def _refusal(self, ctx) -> list[GraphQLError]:
        document, context = ctx.graphql_document, ctx.context
        facts = _document_facts(document)
        bad_input = _input_errors(ctx.variables, facts)
        if bad_input:
            return bad_input
        if context is not None and facts.introspection:
            api = "storefront" if context.staff is None else "admin"
            if not context.settings.introspection(api):
                return [GraphQLError("Introspection is disabled on this endpoint",
                                     extensions={"code": "INTROSPECTION_DISABLED"})]
        too_costly = _cost_error(document, ctx.variables, facts)
        if too_costly is not None:
            return [too_costly]
        fields = _mutation_fields(document, ctx.operation_name) if context is not None else 0
        if fields:
            try:
                await spend_mutations(context, self.budget, fields)
            except RateLimited as exc:
                return [exc]
        return []
