"""Time to content of every admin page in a real browser, cold and warm, on `serve`'s demo data.

    .venv/bin/python bench/bench_admin_pages.py            # 5 loads of each kind per page
    .venv/bin/python bench/bench_admin_pages.py --runs 10

It starts `recourse serve` on a free port over a temporary SQLite database (migrations, the demo
shops, as a merchant's first run), and drives Debian's Chromium with Playwright, like tests/ui/.

- **cold**: a new browser context (empty HTTP cache, no session) opens the page's URL;
- **warm**: the same context loads the page again (static files from the cache, the server warm).

"To content" is from the navigation's start (`performance.now()` in the page) until no loading
indicator is left and no API request is in flight (the app marks its root `aria-busy` while one is):
everything the page shows is there, the policy page's impact on recent orders included. Printed:
the median and the slowest of the runs, per page, in milliseconds. Timings depend on the machine's
load; compare pages within one run. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "allegra-k.myshopify.com"
READY = "() => !document.querySelector('.loading') && !document.querySelector('#root[aria-busy]') && document.querySelector('main h1')"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(scratch: Path) -> tuple[subprocess.Popen, str, str]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = scratch / "server.log"
    env = {**os.environ, "DATABASE_URL": f"sqlite://{scratch / 'bench.sqlite3'}", "RECOURSE_MAIL_DIR": str(scratch / "mail"),
           "RECOURSE_PHOTO_DIR": str(scratch / "photos"), "RECOURSE_ENV": "development", "LOG_LEVEL": "WARNING",
           "PYTHONUNBUFFERED": "1"}
    env.pop("SMTP_URL", None)
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "plugin.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 240
    while True:
        if process.poll() is not None:
            sys.exit(f"recourse serve exited:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            sys.exit("recourse serve did not answer in time")
        time.sleep(0.3)
    tokens = dict(re.findall(r"^  (\S+)\n    admin token \(24 h\): (\S+)$", log.read_text(), re.M))
    return process, url, tokens[DOMAIN]


def _pages(url: str, token: str) -> list[tuple[str, str]]:
    def gql(query: str) -> dict:
        return httpx.post(f"{url}/admin/graphql", json={"query": query}, headers={"Authorization": f"Bearer {token}"}, timeout=30).json()["data"]

    ret = gql("{ returns(first: 1, status: RECEIVED) { nodes { id } } }")["returns"]["nodes"][0]["id"]
    order = gql("{ orders(first: 1) { nodes { id } } }")["orders"]["nodes"][0]["id"]
    return [("Home", "/"), ("Returns", "/returns"), ("A return", f"/returns/{quote(ret, safe='')}"), ("Refunds", "/refunds"),
            ("Orders", "/orders"), ("An order", f"/orders/{quote(order, safe='')}"), ("Fraud review", "/fraud"),
            ("Analytics", "/analytics"), ("Policy", "/policy"), ("Policy draft", "/policy/draft"), ("Reasons", "/reasons"),
            ("Emails", "/emails"), ("Platform", "/platform"), ("Settings", "/settings")]


def _ready(page) -> float:
    page.wait_for_function(READY, timeout=30_000)
    return page.evaluate("() => performance.now()")


def measure(url: str, token: str, runs: int) -> list[tuple[str, list[float], list[float]]]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        sys.exit("Debian's chromium is needed (apt-get install chromium)")
    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for name, fragment in _pages(url, token):
            address = f"{url}/app?id_token={token}#{fragment}"
            cold, warm = [], []
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(address)
                cold.append(_ready(page))
                # A reload of the tab: the token left the address bar on first load and the tab keeps
                # it, as a merchant's would; the files revalidate against the browser's cache.
                page.reload()
                warm.append(_ready(page))
                context.close()
            results.append((name, cold, warm))
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        process, url, token = start_server(Path(scratch))
        try:
            results = measure(url, token, args.runs)
        finally:
            process.terminate()
            process.wait(timeout=15)
    print(f"Admin pages, time to content in ms ({args.runs} loads each; median / slowest)")
    print(f"{'page':<14}{'cold median':>12}{'cold max':>10}{'warm median':>13}{'warm max':>10}")
    for name, cold, warm in results:
        print(f"{name:<14}{statistics.median(cold):>12.0f}{max(cold):>10.0f}{statistics.median(warm):>13.0f}{max(warm):>10.0f}")


if __name__ == "__main__":
    main()
