"""Every refusal reaches the client with its own code: an action can refuse only with a member of
ErrorCode, the APIs' UserErrorCode is made from that list, and every mutation answers refusals
through one path (`refusals`), so a code never turns into INVALID on the way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from plugin.actions.errors import ActionError, ErrorCode
from plugin.api.errors import UserErrorCode, user_errors

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("plugin", "models", "emails")


def _literal_codes() -> list[tuple[str, int, str]]:
    """(file, line, code) of every ActionError raised with a literal code in the shipped packages."""
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ActionError"
                        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0].value))
    return found


def test_every_code_an_action_raises_is_an_error_code():
    codes = _literal_codes()
    assert len(codes) > 50, "the scan found too few ActionErrors: did the actions move?"
    unknown = [f"{file}:{line} {code}" for file, line, code in codes if code not in ErrorCode.__members__]
    assert unknown == [], "add these to ErrorCode (and so to UserErrorCode) or use one that is there:\n" + "\n".join(unknown)


def test_an_unknown_code_cannot_be_raised():
    with pytest.raises(ValueError):
        ActionError("NO_SUCH_CODE", "never silently INVALID")


def test_the_api_code_is_the_action_code():
    assert [code.name for code in UserErrorCode] == [code.name for code in ErrorCode]
    for code in ErrorCode:
        (error,) = user_errors(ActionError(code, "refused", ["id"]), ["input"])
        assert (error.code.name, error.field, error.message) == (code.name, ["input", "id"], "refused")


def _mutation_resolvers():
    from plugin.api.admin.schema import schema as admin
    from plugin.api.storefront.schema import schema as storefront

    for schema in (admin, storefront):
        for field in schema.schema_converter.type_map["Mutation"].definition.fields:
            yield field.name, field.base_resolver.wrapped_func


def test_every_mutation_answers_refusals_through_refusals():
    resolvers = list(_mutation_resolvers())
    assert len(resolvers) > 20
    missing = [name for name, func in resolvers if not getattr(func, "answers_refusals", False)]
    assert missing == [], f"decorate these with plugin.api.errors.refusals: {missing}"


def test_every_mutation_has_a_file_of_its_own():
    for api in ("admin", "storefront"):
        folder = ROOT / "plugin" / "api" / api / "mutations"
        files = {p.stem for p in folder.glob("*.py")} - {"__init__"}
        for path in (ROOT / "plugin" / "api" / api).rglob("*.py"):
            count = path.read_text(encoding="utf-8").count("@strawberry.mutation")
            assert count == 0 or (path.parent == folder and count == 1), f"{path.relative_to(ROOT)}: {count} mutations"
        assert len(files) >= 5
