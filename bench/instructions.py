"""Section 2's operations counted in CPU instructions, this checkout against an earlier revision.

    .venv/bin/python bench/instructions.py --before d8883cc^ [--requests 40]

Wall-clock figures on this shared two-core machine swing by ±10% with what else runs; the number
of instructions a server executes for a request does not (valgrind's callgrind counts them, whatever
the other core does). Each revision is checked out on its own, seeds its own PostgreSQL database with
its own bench/run.py (the shop, the 10-line order, 999 bulk orders) and serves with its own
`recourse serve` under callgrind; the same documents are then sent to both. The counters are zeroed
after a warm-up and read after `--requests` requests of each operation, so start-up and the load
generator are not counted: only the server's work per request.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run import CONDITIONS, DOMAIN, ELIGIBILITY, EMAIL, QUOTE, RETURNS_PAGE, free_port  # noqa: E402

PREPARE = """
import asyncio, json
from bench import run
try:
    from plugin.api.ids import to_gid
    from plugin.api.auth import issue_session_token
    from plugin.store.orm import orm
except ImportError:  # before the house move
    from plugin.ids import to_gid
    from plugin.auth import issue_session_token
    from plugin.orm import orm

async def main():
    url, name = await run.create_database()
    ids = await run.seed(url)
    await run.bulk_orders(url, ids, 1, 1000)
    return url, name, ids

url, name, ids = asyncio.run(main())
from models.shop import Shop

async def token():
    async with orm(url):
        return issue_session_token(await Shop.get(id=ids["shop_id"]), ttl=3600)

print(json.dumps({"url": url, "name": name, "token": asyncio.run(token()),
                  "line": to_gid("OrderLine", ids["line_id"])}))
"""

DROP = "import asyncio, sys; from bench import run; asyncio.run(run.drop_database(sys.argv[1]))"


def checkout(rev: str, into: Path) -> Path:
    subprocess.run(["git", "worktree", "add", "--detach", str(into), rev], cwd=ROOT, check=True, capture_output=True)
    return into


def operations(prepared: dict) -> dict[str, tuple[str, str, dict]]:
    quote = {"orderName": "#1001", "email": EMAIL,
             "lines": [{"lineId": prepared["line"], "quantity": 1, "reason": "UNWANTED", "condition": CONDITIONS}]}
    staff = {"Authorization": f"Bearer {prepared['token']}"}
    sf = {"X-Shop-Domain": DOMAIN}
    return {
        "eligibility": ("/storefront/graphql", json.dumps({"query": ELIGIBILITY, "variables": {"n": "#1001", "e": EMAIL}}), sf),
        "returnQuote": ("/storefront/graphql", json.dumps({"query": QUOTE, "variables": {"i": quote}}), sf),
        "admin returns(first: 50)": ("/admin/graphql", json.dumps({"query": RETURNS_PAGE, "variables": {"n": 50}}), staff),
    }


def instructions(dump: Path) -> int:
    match = re.search(r"^(?:summary|totals): (\d+)", dump.read_text(), re.M)
    return int(match.group(1))


def measure(tree: Path, requests: int, scratch: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    prepared = json.loads(subprocess.run([sys.executable, "-c", PREPARE], cwd=tree, env=env, check=True,
                                         capture_output=True, text=True).stdout.strip().splitlines()[-1])
    port = free_port()
    # Both serve without the demo; only the later one has a Shopify emulator to leave out.
    has_emulator = subprocess.run(["grep", "-rqs", "--include=*.py", "no-emulator", "plugin"], cwd=tree).returncode == 0
    quiet = ["--no-emulator"] if has_emulator else []
    out = scratch / f"callgrind.{tree.name}"
    server = subprocess.Popen(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p", sys.executable, "-m", "plugin.cli", "serve",
         "--no-demo", *quiet, "--port", str(port)], cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**env, "DATABASE_URL": prepared["url"], "RECOURSE_EMBEDDED_WORKER": "false", "LOG_LEVEL": "WARNING",
             "RECOURSE_RATE_LIMITS": "false"})
    figures = {}
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(1200):
            try:
                if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)
        with httpx.Client(base_url=base, timeout=120) as client:
            for label, (path, body, headers) in operations(prepared).items():
                send = lambda: client.post(path, content=body, headers={**headers, "Content-Type": "application/json"})  # noqa: E731
                for _ in range(5):  # warm: caches, the pool's connections
                    assert send().status_code == 200
                subprocess.run(["callgrind_control", "-z", str(server.pid)], check=True, capture_output=True)
                for _ in range(requests):
                    answer = send()
                    assert answer.status_code == 200 and "errors" not in answer.json(), answer.text[:300]
                subprocess.run(["callgrind_control", "-d", label.split()[0], str(server.pid)], check=True, capture_output=True)
                dumps = sorted(scratch.glob(f"callgrind.{tree.name}.{server.pid}.*"), key=lambda p: p.stat().st_mtime)
                figures[label] = instructions(dumps[-1]) / requests
    finally:
        server.terminate()
        server.wait(timeout=120)
        subprocess.run([sys.executable, "-c", DROP, prepared["name"]], cwd=tree, env=env, check=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="the earlier revision, e.g. d8883cc^")
    parser.add_argument("--after", default="HEAD", help="the later revision (default: HEAD)")
    parser.add_argument("--requests", type=int, default=40, help="requests of each operation counted")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="recourse-instructions-") as folder:
        scratch = Path(folder)
        trees = {"before": checkout(args.before, scratch / "before"), "after": checkout(args.after, scratch / "after")}
        try:
            figures = {side: measure(tree, args.requests, scratch) for side, tree in trees.items()}
        finally:
            for tree in trees.values():
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
    print(f"## Server instructions per request (callgrind), {args.requests} requests each after a warm-up")
    print(f"  before = {args.before}, after = {args.after}")
    for label in figures["before"]:
        before, after = figures["before"][label], figures["after"][label]
        print(f"  {label:28} before {before / 1e6:8.2f} M   after {after / 1e6:8.2f} M   after / before {after / before:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
