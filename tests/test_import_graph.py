"""The house's layers and no import circles between our modules, counting the imports hidden inside
functions too (they only postpone a circle to run time). Read with the standard library's ast,
nothing is imported. The README's Layout section draws the same floors."""

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


# Floors from the top: a room may import its own modules and the rooms of the floors below it, never
# one beside it or above it. A room is a folder of plugin/, or a top-level package; the platform's
# port (the operations outcomes leave through) is the one module with a floor of its own: actions
# write its requests, the platform's adapters above them carry them out.
FLOORS: tuple[tuple[str, ...], ...] = (
    ("plugin.cli",),  # the `recourse` commands, demo data
    ("plugin.web",),  # the Starlette app, middleware, the faces' files, installation
    ("plugin.api",),  # GraphQL schemas, request authentication, file routes
    ("plugin.jobs",),  # the outbox worker and its senders
    ("plugin.platform",),  # the platform's language: webhooks, payloads, import, refund mirror
    ("plugin.actions",),  # use cases: one transaction each
    ("emails",),  # templates, rendering, SMTP
    ("plugin.policy",),  # pure engine: the policy
    ("plugin.risk", "plugin.i18n"),  # pure engine: fraud signals; the customer's language
    ("plugin.store", "plugin.platform.port", "plugin.platform.operations"),  # database, files; the port
    ("models", "plugin.process", "plugin.values"),  # aggregates; settings and logs; value types
)
FLOOR = {room: level for level, rooms in enumerate(FLOORS) for room in rooms}


def room_of(module: str) -> str:
    if module == "plugin.platform.operations":  # the port's stored form: one room with the port
        return "plugin.platform.port"
    for room in sorted(FLOOR, key=len, reverse=True):
        if module == room or module.startswith(room + "."):
            return room
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "plugin" else parts[0]


def test_every_module_of_plugin_lives_in_a_room_on_a_floor():
    loose = sorted(p.name for p in (ROOT / "plugin").glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"give these a room: {loose}"
    homeless = sorted({room_of(m) for m in graph()} - set(FLOOR) - {"plugin"})
    assert homeless == [], f"put these rooms on a floor (and in the README's Layout picture): {homeless}"


def test_every_room_imports_only_the_floors_below_it():
    wrong = sorted(
        f"{module} -> {target}"
        for module, targets in graph().items()
        for target in targets
        if room_of(target) != room_of(module) and FLOOR.get(room_of(target), -1) <= FLOOR.get(room_of(module), -1)
    )
    assert wrong == [], "imports that run sideways or up a floor:\n" + "\n".join(wrong)


def test_the_floor_check_sees_an_upward_import():
    assert FLOOR[room_of("plugin.store.labels")] > FLOOR[room_of("plugin.api.auth")]
    assert FLOOR[room_of("emails.send")] > FLOOR[room_of("plugin.jobs.outbox")]


def test_models_import_nothing_of_plugin_and_the_engines_nothing_of_the_database():
    edges = graph()
    for module, targets in edges.items():
        if module.startswith("models"):
            assert not {t for t in targets if t.startswith(("plugin", "emails"))}, module
        if module.startswith(("plugin.policy", "plugin.risk")):
            # models.enums: the closed sets (statuses, reasons) are plain StrEnums, no database.
            allowed = ("plugin.policy", "plugin.risk", "plugin.values.money", "plugin.values.calendar", "models.enums")
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


def floors_within(edges: dict[str, set[str]], prefix: str) -> dict[str, int]:
    """Each module's floor among the modules under `prefix`: 1 + the highest floor it imports there."""
    inside = {m: {t for t in targets if t.startswith(prefix)} for m, targets in edges.items() if m.startswith(prefix)}
    floor: dict[str, int] = {}

    def of(module: str) -> int:
        if module not in floor:
            floor[module] = 1 + max((of(t) for t in inside.get(module, ())), default=0)
        return floor[module]

    for module in inside:
        of(module)
    return floor


def test_actions_are_at_most_four_floors_deep():
    """Use cases call domain steps (ledger, events, decisions, deferred, upsert, the return's steps),
    not other use cases: a chain of use cases calling use cases hides what one call does."""
    floors = floors_within(graph(), "plugin.actions.")
    deep = {module: level for module, level in floors.items() if level > 4}
    assert deep == {}, f"more than four floors deep: {deep}"
    assert max(floors.values()) >= 3  # the check sees the floors at all
