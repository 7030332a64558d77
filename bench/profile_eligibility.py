"""Where storefront eligibility's server CPU goes: py-spy samples Recourse under the benchmark's load.

    .venv/bin/pip install py-spy    # a tool, not a dependency of the project
    .venv/bin/python bench/profile_eligibility.py [--seconds 8]

Seeds a throwaway PostgreSQL database as bench/run.py does, starts `recourse serve` (one process,
rate limits off), drives eligibility at concurrency 32 with bench/load.py while py-spy samples the
server (idle time left out), then sorts every sample into one component by its innermost frame that
belongs to a known package, and prints each component's share of the server's measured CPU per
request. Frames of the event loop count only when nothing more specific is on the stack.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run import (DOMAIN, ELIGIBILITY, EMAIL, bulk_orders, create_database, drop_database, gql,  # noqa: E402
                       load, recourse_server, seed)

# (path prefix, component, ours?) in the order they are tried on each frame, innermost frame first.
COMPONENTS = [
    ("asyncpg/", "SQL: asyncpg (driver, pool)", False),
    ("tortoise/", "SQL: Tortoise (connection wrapper, model init)", False),
    ("plugin/store/statements.py", "SQL: our statements, value conversion", True),
    ("plugin/store/db_values.py", "SQL: our statements, value conversion", True),
    ("plugin/actions/facts.py", "order facts", True),
    ("plugin/actions/decisions.py", "policy engine", True),
    ("plugin/policy/", "policy engine", True),
    ("plugin/", "our resolvers, types, middlewares, guards", True),
    ("models/", "our resolvers, types, middlewares, guards", True),
    ("json/", "JSON (decode, encode)", False),
    ("graphql/", "graphql-core execution", False),
    ("strawberry/", "Strawberry view, schema, extensions", False),
    ("cross_web/", "Strawberry view, schema, extensions", False),  # Strawberry's request adapter
    ("starlette/", "Starlette routing + middleware base", False),
    ("uvicorn/protocols/", "uvicorn/h11 HTTP", False),
    ("h11/", "uvicorn/h11 HTTP", False),
]
# Frames at the root of every stack: they say nothing about where the time goes.
ROOTS = ("plugin/cli/", "uvicorn/main.py", "uvicorn/server.py", "uvicorn/_compat.py", "<frozen")
LOOP = ("asyncio/", "selectors.py")
_PATH = re.compile(r"\(([^:()]+):\d+\)$")


def component(frames: list[str]) -> tuple[str, bool]:
    if not frames:  # py-spy caught the thread in C with no Python frame above it
        return "native code with no Python frame (syscalls, C)", False
    for frame in reversed(frames):
        found = _PATH.search(frame)
        path = found.group(1) if found else ""
        if path.startswith(ROOTS):
            continue
        for prefix, name, ours in COMPONENTS:
            if path.startswith(prefix):
                return name, ours
    if any(_PATH.search(f) and _PATH.search(f).group(1).startswith(LOOP) for f in frames):
        return "event loop (asyncio: sockets, callbacks)", False
    return "other (stdlib with nothing known above it)", False


def attribute(raw: str) -> dict[tuple[str, bool], int]:
    counts: dict[tuple[str, bool], int] = collections.Counter()
    for line in raw.splitlines():
        stack, _, n = line.rpartition(" ")
        if stack and n.isdigit():  # a frame's name can hold a line break (a SQL text in a lambda's name)
            counts[component(stack.split(";")[1:])] += int(n)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if spy is None:
        print("py-spy is not installed: .venv/bin/pip install py-spy", file=sys.stderr)
        return 2
    url, name = asyncio.run(create_database())
    server = None
    try:
        ids = asyncio.run(seed(url))
        asyncio.run(bulk_orders(url, ids, 1, 1000))
        server = recourse_server(url, 1)
        server.wait_ready()
        body, headers = gql(ELIGIBILITY, {"n": "#1001", "e": EMAIL}), {"X-Shop-Domain": DOMAIN}
        load(server.port, "/storefront/graphql", body, headers=headers, seconds=2, concurrency=4)
        with tempfile.NamedTemporaryFile(suffix=".txt") as out:
            before = server.cpu_seconds()
            sampler = subprocess.Popen([spy, "record", "-p", str(server.process.pid), "-r", "500", "-d",
                                        str(int(args.seconds + 2)), "-f", "raw", "-o", out.name, "--nonblocking"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
            result = load(server.port, "/storefront/graphql", body, headers=headers, seconds=args.seconds,
                          expect='"returnableLines"')
            cpu_ms = (server.cpu_seconds() - before) * 1000 / result["total"]
            sampler.wait()
            raw = Path(out.name).read_text()
            counts = attribute(raw)
    finally:
        if server:
            server.stop()
        asyncio.run(drop_database(name))
    total = sum(counts.values())
    print(f"eligibility: {result['rps']:.0f} req/s, {cpu_ms:.2f} ms server CPU per request "
          f"(sampling included), {total} samples")
    for side in (False, True):
        print("  ours:" if side else "  the stack's own:")
        share = sum(n for (_, ours), n in counts.items() if ours == side)
        for (label, ours), n in sorted(counts.items(), key=lambda item: -item[1]):
            if ours == side:
                print(f"    {label:<48} {n / total * cpu_ms:5.3f} ms  {n / total * 100:4.1f}%")
        print(f"    {'total':<48} {share / total * cpu_ms:5.3f} ms  {share / total * 100:4.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
