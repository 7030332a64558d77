"""How big a GraphQL document is, measured in time linear in its size: depth, aliases, cost, and how
many fields merge into one response path.

Strawberry's QueryDepthLimiter and MaxAliasesLimiter, and our first cost estimate, walked a fragment
again at every spread: a 1.1 KB document whose 20 fragments each spread the next twice
(`fragment F0 on Query { ...F1 ...F1 shop { name } }`) took 13 s of the event loop. Here each
fragment is measured once, in an order where what it spreads is already measured, and a spread adds
the fragment's figures: every figure is the one the expanded operation would have, at the price of
one pass over the text. Figures stop growing at `_CAP`, far above any limit.

graphql-core's OverlappingFieldsCanBeMergedRule compares every pair of fields that merge into one
response path, in more than quadratic time: 200 `shop { name }` took 0.5 s to validate, 25 `shop` of
25 `name` each 0.17 s. So, before the specification's rules run, a document in which more than
MAX_MERGED fields merge into one path is refused. That count expands the fragments, which is safe
only once the cost (every expanded field costs at least 1) has bounded the expanded fields.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_COST = 5_000
# Pairs of fields that merge into one response path (n fields in one path make n(n-1)/2): what
# OverlappingFieldsCanBeMergedRule compares, about 10-15 us each here. 30 `shop { name }` side by side
# make 870; an honest document repeating `id` in ten fragments of one object, 45.
MAX_MERGE_PAIRS = 500
# Spreads cost nothing to run but something to walk: a chain of 500 one-spread fragments spread 4,096
# times is cheap in fields and 2 million steps. Generous: an honest document has a few per field.
MAX_SELECTIONS = 2 * MAX_COST
_MAX_ROWS = 250  # page-size validation says what is wrong with a bad `first`; the estimate counts valid ones
_CAP = 1_000_000


# A selection's figures, as a plain tuple (this runs on every request that pages by a variable):
# depth (fields with a selection below them; introspection fields not counted, as Strawberry did),
# aliases, cost (each field costs 1; what is below a `first: N` field costs N times), and selections
# (fields, spreads and inline fragments once expanded: what a walk of it visits).
Figures = tuple[int, int, int, int]
_NONE: Figures = (0, 0, 0, 0)
DEPTH, ALIASES, COST, SELECTIONS = range(4)


def _multiplier(field: FieldNode, variables: dict | None) -> int:
    """Rows a paginated field may return. Without variables (at validation) a variable counts as 1,
    so the figure is a lower bound that the execution-time estimate can only raise."""
    for argument in field.arguments or ():
        if argument.name.value in ("first", "last"):
            value = argument.value
            if isinstance(value, IntValueNode):
                return min(_MAX_ROWS, max(1, int(value.value)))
            if isinstance(value, VariableNode) and variables and isinstance(variables.get(value.name.value), int):
                return min(_MAX_ROWS, max(1, variables[value.name.value]))
    return 1


def _spreads(selection_set: SelectionSetNode | None) -> Iterable[str]:
    """The fragment names spread anywhere inside a selection set (not inside those fragments)."""
    stack = [selection_set] if selection_set else []
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FragmentSpreadNode):
                yield selection.name.value
            elif selection.selection_set is not None:
                stack.append(selection.selection_set)


def _dependency_order(fragments: dict[str, FragmentDefinitionNode]) -> list[str]:
    """Fragments ordered so that each comes after those it spreads (a cycle, which validation refuses
    anyway, is cut where it closes). Iterative: a chain of hundreds of fragments fits in 4,000 tokens."""
    order: list[str] = []
    state: dict[str, int] = {}  # 1: being visited, 2: done
    for root in fragments:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(_spreads(fragments[root].selection_set)))]
        while stack:
            name, pending = stack[-1]
            for child in pending:
                if child in fragments and child not in state:
                    state[child] = 1
                    stack.append((child, iter(_spreads(fragments[child].selection_set))))
                    break
            else:
                stack.pop()
                state[name] = 2
                order.append(name)
    return order


class Measure:
    """The figures of a document's operations, each fragment measured once."""

    def __init__(self, document: DocumentNode, variables: dict | None = None) -> None:
        self.variables = variables
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        self.measured: dict[str, Figures] = {}
        for name in _dependency_order(self.fragments):
            self.measured[name] = self.selection_set(self.fragments[name].selection_set)

    def selection_set(self, selection_set: SelectionSetNode | None) -> Figures:
        depth = aliases = cost = selections = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                below = self.selection_set(selection.selection_set) if selection.selection_set else _NONE
                if selection.selection_set is not None and not selection.name.value.startswith("__"):
                    depth = max(depth, 1 + below[DEPTH])
                aliases += below[ALIASES] + (1 if selection.alias else 0)
                cost += 1 + _multiplier(selection, self.variables) * below[COST]
                selections += 1 + below[SELECTIONS]
                continue
            if isinstance(selection, InlineFragmentNode):
                below = self.selection_set(selection.selection_set)
            else:  # a spread; unknown or cyclic, validation reports it and it adds nothing but the step
                below = self.measured.get(selection.name.value, _NONE)
            depth = max(depth, below[DEPTH])
            aliases += below[ALIASES]
            cost += below[COST]
            selections += 1 + below[SELECTIONS]
        return depth, min(_CAP, aliases), min(_CAP, cost), min(_CAP, selections)


def _operations(document: DocumentNode) -> list[OperationDefinitionNode]:
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


def cost_error(cost: int) -> GraphQLError:
    shown = f"over {_CAP}" if cost >= _CAP else str(cost)
    return GraphQLError(
        f"Query cost {shown} exceeds the limit of {MAX_COST}; ask for fewer rows per page",
        extensions={"code": "MAX_COST_EXCEEDED", "cost": cost, "limit": MAX_COST},
    )


def operation_costs(document: DocumentNode, variables: dict | None) -> list[int]:
    """The cost of each operation with the request's variables (the guards check it before running)."""
    measure = Measure(document, variables)
    return [measure.selection_set(operation.selection_set)[COST] for operation in _operations(document)]


def _merged_counts(measure: Measure, operation: OperationDefinitionNode) -> Counter:
    """How many fields merge into each response path of the operation, fragments expanded (with an
    explicit stack: only called once the cost has bounded the expanded fields)."""
    counts: Counter = Counter()
    stack: list[tuple[tuple[str, ...], SelectionSetNode, frozenset[str]]] = [((), operation.selection_set, frozenset())]
    while stack:
        path, selection_set, inside = stack.pop()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                key = path + ((selection.alias or selection.name).value,)
                counts[key] += 1
                if selection.selection_set is not None:
                    stack.append((key, selection.selection_set, inside))
            elif isinstance(selection, InlineFragmentNode):
                stack.append((path, selection.selection_set, inside))
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in measure.fragments and name not in inside:
                    stack.append((path, measure.fragments[name].selection_set, inside | {name}))
    return counts


def _name(operation: OperationDefinitionNode) -> str:
    return operation.name.value if operation.name else "anonymous"


def limit_errors(document: DocumentNode) -> list[GraphQLError]:
    """What is over a limit in the document, before the specification's rules run (whose cost would
    otherwise be the attacker's to choose). Empty when every limit holds."""
    try:
        measure = Measure(document)
        operations = _operations(document)
        figures = [(operation, measure.selection_set(operation.selection_set)) for operation in operations]
    except RecursionError:  # nesting beyond the interpreter's stack is far beyond the depth limit
        return [GraphQLError(f"The document nests deeper than the maximum operation depth of {MAX_DEPTH}")]
    errors = [
        GraphQLError(f"'{_name(operation)}' exceeds maximum operation depth of {MAX_DEPTH}", [operation])
        for operation, figure in figures if figure[DEPTH] > MAX_DEPTH
    ]
    aliases = min(_CAP, sum(figure[ALIASES] for _, figure in figures))
    if aliases > MAX_ALIASES:
        errors.append(GraphQLError(f"{aliases if aliases < _CAP else f'over {_CAP}'} aliases found. Allowed: {MAX_ALIASES}"))
    errors += [cost_error(figure[COST]) for _, figure in figures if figure[COST] > MAX_COST][:1]
    selections = sum(figure[SELECTIONS] for _, figure in figures)
    if selections > MAX_SELECTIONS:
        errors.append(GraphQLError(
            f"The document expands to {selections if selections < _CAP else f'over {_CAP}'} selections once its "
            f"fragments are spread; at most {MAX_SELECTIONS}", extensions={"code": "MAX_COST_EXCEEDED"}))
    if errors:
        return errors
    for operation in operations:
        counts = _merged_counts(measure, operation)
        if sum(n * (n - 1) // 2 for n in counts.values()) > MAX_MERGE_PAIRS:
            path, count = counts.most_common(1)[0]
            return [GraphQLError(
                f"Too many fields merge into one place ('{'.'.join(path)}' is selected {count} times): "
                "select each field once", [operation], extensions={"code": "TOO_MANY_MERGED_FIELDS"},
            )]
    return []
