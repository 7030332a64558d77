"""No import circles between our modules, counting the imports hidden inside functions too (they
only postpone a circle to run time). Read with the standard library's ast, nothing is imported."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("plugin", "models", "emails")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(tree: ast.AST, module: str, known: set[str]) -> set[str]:
    """The project modules `module` imports (a package's submodule when it names one)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            return  # annotations only: never executed
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")[: -node.level] if not module.endswith("__init__") else module.split(".")
                base = ".".join([*package, base] if base else package)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in known else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name in known and name != module}


def graph() -> dict[str, set[str]]:
    paths = [p for package in PACKAGES for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts]
    known = {_module_name(p) for p in paths}
    return {_module_name(p): _imports(ast.parse(p.read_text()), _module_name(p), known) for p in paths}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return found


def test_no_module_imports_itself_through_others():
    assert cycles(graph()) == []


def test_models_import_nothing_of_plugin_and_the_engines_nothing_of_the_database():
    edges = graph()
    for module, targets in edges.items():
        if module.startswith("models"):
            assert not {t for t in targets if t.startswith(("plugin", "emails"))}, module
        if module.startswith(("plugin.policy", "plugin.risk")):
            allowed = ("plugin.policy", "plugin.risk", "plugin.money", "plugin.calendar")
            assert all(t.startswith(allowed) for t in targets), (module, targets)


def test_emails_read_stored_records_and_never_call_a_use_case():
    """An email repeats what an action decided and stored (its rows, its outbox payload); deciding
    again at send time could tell the customer something other than what happened."""
    for module, targets in graph().items():
        if module.startswith("emails"):
            assert not {t for t in targets if t.startswith(("plugin.actions", "plugin.api"))}, (module, targets)


def test_the_graph_sees_imports_inside_functions():
    """The checks above would pass vacuously if a function-local import went unseen."""
    tree = ast.parse("def f():\n    from plugin.actions.returns import request\n    import plugin.api.errors\n")
    assert _imports(tree, "emails.example", {"plugin.actions.returns", "plugin.api.errors"}) == {
        "plugin.actions.returns", "plugin.api.errors"}
