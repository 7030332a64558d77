"""Every shipped package stays readable: no function in plugin/, models/ or emails/ ranked worse
than C by radon.

Grade C is cyclomatic complexity 11-20 (radon's ranks: A 1-5, B 6-10, C 11-20, D 21-30, E 31-40,
F 41+). Measured with radon's own API on the source text, so nothing is imported or run.
"""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_rank, cc_visit

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("plugin", "models", "emails")  # what pyproject.toml ships
WORST_ALLOWED = "C"


def _functions(blocks, prefix: str = ""):
    """(dotted name, block) for every function, method and nested function radon found.

    ``cc_visit`` lists a class's methods among the functions too, so classes are skipped; a nested
    function has a figure of its own, not added to its parent's.
    """
    for block in blocks:
        if hasattr(block, "methods"):
            continue
        name = f"{prefix}{block.fullname}"
        yield name, block
        yield from _functions(block.closures, f"{name}.")


def too_complex(source: str, filename: str) -> list[str]:
    """'file:line name rank (complexity)' for each function ranked worse than ``WORST_ALLOWED``."""
    return [
        f"{filename}:{f.lineno} {name} {cc_rank(f.complexity)} ({f.complexity})"
        for name, f in _functions(cc_visit(source))
        if cc_rank(f.complexity) > WORST_ALLOWED
    ]


def test_no_shipped_function_is_ranked_worse_than_c():
    files = sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))
    assert len(files) > 150, "the packages moved: point PACKAGES at them"
    assert any(path.parts[-2:] == ("policy", "evaluate.py") for path in files)
    found = [
        problem
        for path in files
        for problem in too_complex(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, "split these into smaller functions:\n" + "\n".join(found)


def test_the_check_names_a_function_that_is_too_complex():
    # 21 ifs in a method's nested function: complexity 22, grade D; the method itself is simple.
    branches = "".join(f"            if x == {i}:\n                return {i}\n" for i in range(21))
    source = f"class Engine:\n    def decide(self, x):\n        def inner(x):\n{branches}            return -1\n        return inner(x)\n"
    assert too_complex(source, "engine.py") == ["engine.py:3 Engine.decide.inner D (22)"]
    assert too_complex("def simple(x):\n    return x\n", "simple.py") == []
