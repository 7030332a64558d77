"""Calculated query cost and the leaky bucket, as Shopify's rate-limits page describes them.

Cost: scalars and enums 0, objects 1, a connection 2 plus `first` times what one node selects, a
list with `first` that many times its element, a mutation's top-level field 10. A query may cost at
most 1,000. The bucket (per app and shop) holds `maximum_available` points and refills at
`restore_rate` points a second; a query that costs more than what is left is THROTTLED and not run.
What a query returned below its requested cost is given back after it ran. The defaults are the
Standard plan's (100 points/second).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    is_leaf_type,
    is_list_type,
    get_nullable_type,
)

MAX_QUERY_COST = 1000
MUTATION_COST = 10
STANDARD_BUCKET = 2000.0
STANDARD_RESTORE_RATE = 100.0


def _first(node: FieldNode, variables: dict) -> int | None:
    for argument in node.arguments or ():
        if argument.name.value != "first":
            continue
        value = argument.value
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            given = variables.get(value.name.value)
            return given if isinstance(given, int) else None
    return None


class _Walker:
    def __init__(self, schema: GraphQLSchema, document: DocumentNode, variables: dict) -> None:
        self.schema = schema
        self.variables = variables
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    def selection(self, selection_set: SelectionSetNode | None, parent) -> int:
        if selection_set is None:
            return 0
        total = 0
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                total += self.field(node, parent)
            elif isinstance(node, InlineFragmentNode):
                target = self.schema.get_type(node.type_condition.name.value) if node.type_condition else parent
                total += self.selection(node.selection_set, target)
            elif isinstance(node, FragmentSpreadNode):
                fragment = self.fragments.get(node.name.value)
                if fragment is not None:
                    total += self.selection(fragment.selection_set, self.schema.get_type(fragment.type_condition.name.value))
        return total

    def field(self, node: FieldNode, parent) -> int:
        fields = getattr(parent, "fields", {}) or {}
        definition = fields.get(node.name.value)
        if definition is None:
            return 0  # __typename and the like
        named = get_named_type(definition.type)
        if is_leaf_type(named):
            return 0
        inner = self.selection(node.selection_set, named)
        first = _first(node, self.variables)
        if named.name.endswith("Connection"):
            return 2 + (first if first is not None else 1) * max(1, inner)
        if is_list_type(get_nullable_type(definition.type)) and first is not None:
            return first * (1 + inner)
        return 1 + inner


def requested_cost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: dict) -> int:
    walker = _Walker(schema, document, variables or {})
    if operation.operation == OperationType.MUTATION:
        return sum(MUTATION_COST for node in operation.selection_set.selections if isinstance(node, FieldNode)
                   and node.name.value != "__typename")
    return walker.selection(operation.selection_set, schema.query_type)


def actual_cost(data, mutation: bool, fields: int) -> int:
    """What a query really cost: one point per object it returned (a mutation its flat 10 each).
    Shopify charges the requested cost up front and gives back the difference afterwards."""
    if mutation:
        return MUTATION_COST * fields

    def objects(value) -> int:
        if isinstance(value, dict):
            return 1 + sum(objects(v) for v in value.values())
        if isinstance(value, list):
            return sum(objects(v) for v in value)
        return 0

    return max(1, objects(data) - 1) if data else 1


@dataclass
class Bucket:
    maximum_available: float = STANDARD_BUCKET
    restore_rate: float = STANDARD_RESTORE_RATE
    clock: callable = time.monotonic
    available: float = field(default=-1.0)
    _at: float = field(default=0.0)

    def __post_init__(self) -> None:
        if self.available < 0:
            self.available = self.maximum_available
        self._at = self.clock()

    def _restore(self) -> None:
        moment = self.clock()
        self.available = min(self.maximum_available, self.available + (moment - self._at) * self.restore_rate)
        self._at = moment

    def take(self, cost: float) -> bool:
        """Charge `cost` when the bucket holds it; False (nothing charged) when it does not."""
        self._restore()
        if cost > self.available:
            return False
        self.available -= cost
        return True

    def give_back(self, points: float) -> None:
        self._restore()
        self.available = min(self.maximum_available, self.available + max(0.0, points))

    def drain(self) -> None:
        self._restore()
        self.available = 0.0

    def status(self) -> dict:
        self._restore()
        return {
            "maximumAvailable": self.maximum_available,
            "currentlyAvailable": int(self.available),
            "restoreRate": self.restore_rate,
        }
