"""Whether a missing service fails the run or only skips the tests that need it.

A developer without PostgreSQL, Chromium or npm still gets the rest of the suite. CI must not: a
green run that skipped the PostgreSQL half or the browser is worse than a red one. So PostgreSQL,
the browser, axe-core and the npm packages are mandatory when `CI` holds any true-looking value
(`true`, `1`, `yes`, `TRUE`, ...) or when `RECOURSE_TEST_STRICT` does, which `.ci/run` sets itself,
whatever the runner puts in `CI`. `scripts/dev.py` reads the same two variables (it cannot import
this: it runs before anything is installed).
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

TRUE_WORDS = frozenset({"1", "true", "yes", "y", "on"})


def truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in TRUE_WORDS


def strict(environ: os._Environ | dict | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return truthy(environ.get("CI")) or truthy(environ.get("RECOURSE_TEST_STRICT"))


def unavailable(reason: str, needed_for: str) -> NoReturn:
    """Skip the test, or fail it when every service is mandatory."""
    if strict():
        pytest.fail(f"{needed_for} are required under CI (or RECOURSE_TEST_STRICT): {reason}", pytrace=False)
    pytest.skip(reason)
