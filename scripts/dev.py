#!/usr/bin/env python3
"""Set-up and entry points for a fresh machine that has only Python 3.11+.

    python3 scripts/dev.py serve   # virtualenv, install, migrate, seed demo data, serve on 127.0.0.1:8000
    python3 scripts/dev.py test    # virtualenv, install, the suite: database tests on SQLite and on PostgreSQL, the rest once

Standard library only: it must run before anything is installed. The virtualenv is reinstalled
whenever pyproject.toml changes, so a pull that adds a dependency needs no manual step.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("RECOURSE_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"


def _say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def ensure_environment(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit("Recourse needs Python 3.11 or newer")
    if not PYTHON.exists():
        _say(f"creating virtualenv in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    spec = f".[{extras}]" if extras else "."
    stamp = VENV / ".recourse-installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    _say(f"installing recourse{spec[1:]} into the virtualenv")
    subprocess.run([PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([PYTHON, "-m", "pip", "install", "--quiet", "-e", spec], check=True, cwd=ROOT)
    stamp.write_text(digest)


class Pass:
    """One pytest run over one database, its counts read from a JUnit report whatever verbosity the
    caller asked for. Its output goes to the terminal, or to a file shown when it ends (`quiet`), so
    two passes can run at once without mixing their lines."""

    def __init__(self, label: str, env: dict[str, str], args: list[str], scratch: Path, quiet: bool) -> None:
        self.label = label
        folder = scratch / label.lower()
        folder.mkdir()
        self.report = folder / "report.xml"
        self.log = folder / "output.txt" if quiet else None
        # Its own temporary folder: two passes at once never clean up each other's.
        own_temp = [] if any(a.startswith("--basetemp") for a in args) else [f"--basetemp={folder / 'tmp'}"]
        _say(f"pytest on {label}" + (" (its output follows when it ends)" if quiet else ""))
        out = self.log.open("wb") if self.log else None
        self.process = subprocess.Popen([PYTHON, "-m", "pytest", f"--junitxml={self.report}", *own_temp, *args],
                                        cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT if out else None)
        if out:
            out.close()

    def wait(self) -> tuple[int, dict[str, int]]:
        code = self.process.wait()
        if self.log:
            _say(f"pytest on {self.label}:")
            sys.stdout.buffer.write(self.log.read_bytes())
            sys.stdout.flush()
        if not self.report.exists():
            return code, {}
        suite = ElementTree.parse(self.report).getroot()
        suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
        counts = {key: int(suite.get(key, 0)) for key in ("tests", "failures", "errors", "skipped")}
        return code, {
            "passed": counts["tests"] - counts["failures"] - counts["errors"] - counts["skipped"],
            "failed": counts["failures"],
            "error": counts["errors"],
            "skipped": counts["skipped"],
        }


def ensure_node_tools() -> None:
    """axe-core for the browser tests' accessibility checks and esbuild for the test that the admin
    app's bundle is current, pinned by package-lock.json (installed again when a pull added one)."""
    if all((ROOT / "node_modules" / tool).exists() for tool in ("axe-core/axe.min.js", ".bin/esbuild")):
        return
    npm = shutil.which("npm")
    if npm is None:
        _say("npm not found: the browser tests' accessibility checks will be skipped (CI installs it)")
        return
    _say("installing the browser-test tools (npm ci)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)


def ensure_node_packages() -> None:
    """The npm packages the conformance tests run (tests/conformance/package.json, exact versions in its
    lock file), installed when node_modules is missing. Without npm the tests that need them skip
    (and fail under CI)."""
    folder = ROOT / "tests" / "conformance"
    if (folder / "node_modules").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        _say("npm not found: the GraphQL-over-HTTP audit will not run")
        return
    _say("installing the conformance tests' npm packages")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], check=True, cwd=folder)


TRUE_WORDS = {"1", "true", "yes", "y", "on"}

# The two pytest passes: label, RECOURSE_TEST_DB, the tests it runs (-m). The database tests run in
# both; each pure test in one, the PostgreSQL pass taking those tests/conftest.py marks
# `postgres_pass` (the browser tests), so that the passes end at about the same time.
PASSES = (
    ("SQLite", "sqlite", "db or not postgres_pass"),
    ("PostgreSQL", "postgres", "db or postgres_pass"),
)


def strict(environ=os.environ) -> bool:
    """Every service mandatory (tests/strict.py says the same): under CI, whatever true-looking value
    it holds, or when RECOURSE_TEST_STRICT says so (.ci/run sets it)."""
    return any((environ.get(name) or "").strip().lower() in TRUE_WORDS for name in ("CI", "RECOURSE_TEST_STRICT"))


def passed(code: int, args: list[str], environ=os.environ) -> bool:
    """Whether one pytest pass counts as passing. 5 is pytest's "no tests collected": a developer's
    own filter may select nothing in a pass (`-k webhooks` has no pure test to run again on
    PostgreSQL), but a pass that ran nothing under CI, or with no filter at all, hid the suite."""
    if code == 0:
        return True
    return code == 5 and bool(args) and not strict(environ)


def test(args: list[str]) -> int:
    ensure_environment("test")
    ensure_node_tools()
    ensure_node_packages()
    base = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    runs = [(label, {**base, "RECOURSE_TEST_DB": backend}, ["-q", "-m", marks, *args]) for label, backend, marks in PASSES]
    # The two passes share nothing (each has its own database, temporary folder, servers and ports),
    # so they run at once: on two cores the suite takes about as long as its longer half.
    # RECOURSE_TEST_SERIAL=1 runs them one after the other (a debugger, -s, a machine short of memory).
    serial = (os.environ.get("RECOURSE_TEST_SERIAL") or "").strip().lower() in TRUE_WORDS
    total = {"passed": 0, "failed": 0, "skipped": 0, "error": 0}
    worst = 0
    with tempfile.TemporaryDirectory(prefix="recourse-test-") as scratch:
        if serial:
            results = [(label, Pass(label, env, pytest_args, Path(scratch), quiet=False).wait())
                       for label, env, pytest_args in runs]
        else:
            passes = [Pass(label, env, pytest_args, Path(scratch), quiet=index > 0)
                      for index, (label, env, pytest_args) in enumerate(runs)]
            results = [(run.label, run.wait()) for run in passes]
    for label, (code, counts) in results:
        for key in total:
            total[key] += counts.get(key, 0)
        if not passed(code, args):
            _say(f"pytest on {label} exited with {code}" + (" (no tests collected)" if code == 5 else ""))
            worst = worst or code
    failed = total["failed"] + total["error"]
    print(f"total: {total['passed']} passed, {failed} failed, {total['skipped']} skipped", flush=True)
    return worst or (1 if failed else 0)


def serve(args: list[str]) -> int:
    ensure_environment("")
    os.chdir(ROOT)
    os.execv(BIN / "recourse", [str(BIN / "recourse"), "serve", *args])
    return 0


def main() -> int:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "test":
        return test(rest)
    if command == "serve":
        return serve(rest)
    print(__doc__)
    return 0 if command == "help" else 2


if __name__ == "__main__":
    sys.exit(main())
