"""What a query asks for below a field, so a list can read a relation for its whole page up front
only when the query shows it."""

from __future__ import annotations

from strawberry.types import Info
from strawberry.types.nodes import SelectedField

Tree = dict[str, "Tree"]


def _merge(tree: Tree, selections) -> None:
    for selection in selections:
        if isinstance(selection, SelectedField):
            _merge(tree.setdefault(selection.name, {}), selection.selections)
        else:  # a fragment (spread or inline): its fields are asked of the same object
            _merge(tree, selection.selections)


def connection_nodes(info: Info) -> Tree:
    """The fields asked of a connection's nodes, through `nodes` or `edges { node }`, by GraphQL name,
    nested: `{"lines": {"line": {"title": {}}}, "risk": {...}}`. Fields under @skip count too: reading
    one relation too many is harmless."""
    tree: Tree = {}
    _merge(tree, info.selected_fields)
    connection = next(iter(tree.values()), {})
    nodes: Tree = {}
    _merge_trees(nodes, connection.get("nodes", {}))
    _merge_trees(nodes, connection.get("edges", {}).get("node", {}))
    return nodes


def _merge_trees(into: Tree, other: Tree) -> None:
    for name, below in other.items():
        _merge_trees(into.setdefault(name, {}), below)
