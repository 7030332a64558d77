"""Every status is compared and written through its member of models/enums.py, never as a bare
string: a renamed or removed status then fails at import, not as a filter that silently matches
nothing. Read with the standard library's ast; models/ (where the members are declared, and the
migrations) is the one place their words are written.

The statuses checked are our own, upper-case ones. Shopify's lower-case fulfillment statuses
("pending", "success", "cancelled") are also words of its other sets (transactions, order filters,
the JSON payloads it sends), so they are not told apart by their spelling.
"""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

from models import enums

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("plugin", "emails")
STATUS_ENUMS = (enums.ReturnStatus, enums.RefundStatus, enums.CancellationStatus, enums.RiskReviewStatus,
                enums.OutboxStatus)
STATUSES = {member.value for enum in STATUS_ENUMS for member in enum}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _enum_members(tree: ast.AST) -> set[int]:
    """The values of an enum's members where the enum is declared (`SENT = "SENT"`)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(getattr(base, "id", "").endswith("Enum") for base in node.bases):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                    found.add(id(statement.value))
    return found


def bare_statuses(source: str, filename: str) -> list[str]:
    tree = ast.parse(source)
    allowed = _docstrings(tree) | _enum_members(tree)
    return [
        f"{filename}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in STATUSES
        and id(node) not in allowed
    ]


def test_no_bare_status_literal_outside_models():
    found = [
        problem
        for package in SCANNED
        for path in sorted((ROOT / package).rglob("*.py"))
        for problem in bare_statuses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, "use the models.enums member:\n" + "\n".join(found)


def test_the_check_finds_a_bare_status_and_passes_a_member():
    assert bare_statuses('Return.filter(status="OPEN")\n', "x.py") == ["x.py:1 'OPEN'"]
    assert bare_statuses('"""OPEN returns."""\nReturn.filter(status=ReturnStatus.OPEN)\n', "x.py") == []
    assert bare_statuses('class Outcome(StrEnum):\n    SENT = "SENT"\n', "x.py") == []
    assert all(issubclass(enum, StrEnum) for enum in STATUS_ENUMS)
