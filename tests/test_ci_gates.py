"""The gates that keep a CI run honest, each tried for real in a child process:

- a test that hangs fails within its timeout (pytest-timeout, pyproject.toml) and the run goes on;
- `.ci/run` requires PostgreSQL and the browser whatever `CI` holds, and any true-looking `CI` does too;
- under CI a pytest pass that collects nothing fails `scripts/dev.py test`; a developer's filter may;
- the two passes' selections leave no test out: database tests run in both, each pure test in one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from _pytest.mark.expression import Expression

from tests.strict import strict

ROOT = Path(__file__).resolve().parents[1]
UNREACHABLE_POSTGRES = "postgres://postgres@127.0.0.1:9/test"  # the discard port: nothing answers there
# Variables that would decide the outcome before the code under test does.
DECIDING = ("CI", "RECOURSE_TEST_STRICT", "RECOURSE_TEST_DB", "RECOURSE_TEST_POSTGRES", "PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER",
            "PYTEST_XDIST_WORKER_COUNT")

HANGING = '''
import asyncio
import time


def test_sleeps_for_an_hour():
    time.sleep(3600)


async def test_polls_for_ever():
    while True:
        await asyncio.sleep(0.01)


async def test_after_the_hangs_the_loop_still_runs():
    await asyncio.sleep(0.01)


def test_after_the_hangs_the_run_goes_on():
    assert True
'''


def _environ(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DECIDING}
    return env | {"PYTHONDONTWRITEBYTECODE": "1"} | extra


def _run(command: list[str], env: dict[str, str], timeout: float = 240) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started


def test_every_test_has_a_timeout_and_slow_ones_are_marked():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert 0 < int(options["timeout"]) <= 120
    assert any(marker.startswith("slow:") for marker in options["markers"])


def test_a_hanging_test_fails_within_its_timeout_and_the_run_goes_on(tmp_path):
    (tmp_path / "test_hangs.py").write_text(HANGING)
    # The project's own pytest settings (pyproject.toml: the timeout's method, asyncio's session
    # loop), with the limit shortened so the check itself is quick.
    code, output, took = _run([sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), f"--rootdir={tmp_path}",
                               "-p", "no:cacheprovider", "-o", "timeout=2", "-q", str(tmp_path / "test_hangs.py")], _environ())
    assert code == 1, output
    assert "2 failed, 2 passed" in output, output
    assert output.count("Timeout (>2.0s)") >= 2, output
    assert took < 60, took  # two hangs of an hour each, over in seconds


@pytest.mark.slow
def test_ci_run_requires_postgresql_with_ci_unset():
    """`.ci/run` itself, on one database test, with PostgreSQL out of reach and no CI variable at all:
    the run fails and says why."""
    env = _environ(RECOURSE_TEST_POSTGRES=UNREACHABLE_POSTGRES)
    code, output, _ = _run(["bash", ".ci/run", "tests/test_smoke.py", "-p", "no:cacheprovider"], env)
    assert code != 0, output
    assert "PostgreSQL tests are required under CI" in output, output[-4000:]
    assert "127.0.0.1:9" in output


@pytest.mark.slow
def test_a_true_looking_ci_makes_postgresql_mandatory():
    # "yes": not the "true" the gate used to compare with; every such value reads alike (see below).
    env = _environ(CI="yes", RECOURSE_TEST_DB="postgres", RECOURSE_TEST_POSTGRES=UNREACHABLE_POSTGRES)
    code, output, _ = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_smoke.py"], env)
    assert code == 1 and "PostgreSQL tests are required under CI" in output, output[-4000:]


@pytest.mark.slow
def test_without_ci_an_unreachable_postgresql_skips_its_half():
    env = _environ(RECOURSE_TEST_DB="postgres", RECOURSE_TEST_POSTGRES=UNREACHABLE_POSTGRES)
    code, output, _ = _run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/test_smoke.py"], env)
    assert code == 0 and "skipped" in output and "PostgreSQL unreachable" in output, output[-4000:]


@pytest.mark.slow
def test_without_chromium_the_browser_tests_fail_under_ci_run(tmp_path):
    # RECOURSE_TEST_STRICT is what .ci/run exports (the test above shows it takes effect).
    env = _environ(PATH=str(tmp_path), RECOURSE_TEST_STRICT="1")  # an empty PATH: no chromium on it
    code, output, _ = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/ui/test_shell.py"], env)
    assert code == 1 and "browser tests are required under CI" in output and "chromium is not installed" in output, output[-4000:]


def _dev_test(env: dict[str, str], *args: str) -> tuple[int, str]:
    code, output, _ = _run([sys.executable, "scripts/dev.py", "test", "tests/test_enums.py", *args], env)
    return code, output


@pytest.mark.slow
def test_under_ci_a_pass_that_collects_nothing_fails():
    # Outside CI the same filter passes (dev.passed, below): a developer's -k may select nothing.
    code, output = _dev_test(_environ(CI="1"), "-k", "no_test_is_called_this", "-p", "no:cacheprovider")
    assert code != 0 and "no tests collected" in output, output[-4000:]


def _dev():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import dev
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return dev


@pytest.mark.parametrize("marks", [(), ("db",), ("postgres_pass",), ("db", "postgres_pass"), ("slow",), ("db", "slow")],
                         ids=lambda marks: "+".join(marks) or "no-mark")
def test_every_test_runs_in_a_pass_and_database_tests_in_both(marks):
    # Each pass's -m expression, read by pytest's own evaluator, on a test carrying `marks`.
    chosen = [label for label, _, expression in _dev().PASSES
              if Expression.compile(expression).evaluate(lambda name, **kwargs: name in marks)]
    assert chosen == (["SQLite", "PostgreSQL"] if "db" in marks else ["PostgreSQL"] if "postgres_pass" in marks else ["SQLite"])


def test_the_gates_read_true_looking_values_alike():
    for value in ("true", "1", "yes", "TRUE", " Yes "):
        assert strict({"CI": value}) and strict({"RECOURSE_TEST_STRICT": value})
    for value in ("", "false", "0", "no"):
        assert not strict({"CI": value})
    dev = _dev()
    for value in ("true", "1", "yes", "TRUE"):
        assert dev.strict({"CI": value}) and not dev.passed(5, ["-k", "x"], {"CI": value})
    assert dev.passed(5, ["-k", "x"], {}) and not dev.passed(5, [], {}) and not dev.passed(1, ["-k", "x"], {})
