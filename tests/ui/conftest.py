"""Browser tests: the real server on a free port with demo data, driven by Debian's Chromium.

The server is `recourse serve` itself in a subprocess (migrations, demo seeding, the embedded outbox
worker writing emails to a temporary folder) over a temporary SQLite database, so the pages meet
exactly what a merchant's first run shows. Playwright drives the system Chromium: its own browser
download cannot work on these machines. Every page gets an axe-core check (no serious or critical
violation) and screenshots at 1280 and 375 px in SCREENSHOTS (named in the README); a console error
or an uncaught exception fails the test that caused it.

Outside CI, a missing Chromium, Playwright or axe-core skips these tests before any page opens; under
CI (or RECOURSE_TEST_STRICT, which .ci/run sets) it fails them (tests/strict.py).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.strict import unavailable


def pytest_collection_modifyitems(items):
    # The serve banner names demo orders to try; the other browser tests on the shared server take
    # demo orders for their own returns, so the banner's are checked first among them, while they are
    # untouched (the browser tests keep their places in the run: after them, no async test can run).
    here = Path(__file__).parent
    places = [i for i, item in enumerate(items) if item.path.is_relative_to(here)]
    browser = sorted((items[i] for i in places), key=lambda item: item.path.name != "test_serve_banner.py")
    for i, item in zip(places, browser):
        items[i] = item

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("RECOURSE_SCREENSHOTS", ROOT / "var" / "screenshots"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 812}


def _unavailable(reason: str):
    unavailable(reason, "the browser tests")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    tokens: dict[str, str]  # shop domain -> admin session token (24 h)
    mail_dir: Path
    log: Path
    process: subprocess.Popen = field(repr=False)

    def admin_url(self, domain: str = "allegra-k.myshopify.com", fragment: str = "") -> str:
        return f"{self.url}/app?id_token={self.tokens[domain]}{'#' + fragment if fragment else ''}"

    def gql(self, query: str, variables: dict | None = None, domain: str = "allegra-k.myshopify.com") -> dict:
        """The admin API as the page calls it, for setting up and checking what the browser did."""
        response = httpx.post(
            f"{self.url}/admin/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {self.tokens[domain]}"},
            timeout=30,
        )
        body = response.json()
        assert response.status_code == 200 and not body.get("errors"), body
        return body["data"]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("live")
    port = _free_port()
    log = scratch / "server.log"
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite://{scratch / 'recourse.sqlite3'}",
        "RECOURSE_MAIL_DIR": str(scratch / "mail"),
        "RECOURSE_PHOTO_DIR": str(scratch / "photos"),
        "RECOURSE_ENV": "development",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
        # The tests play the host admin from the server's own origin (see test_embedded.py).
        "RECOURSE_HOST_ADMIN_ORIGIN": url,
    }
    env.pop("SMTP_URL", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            # Behind a proxy (the browser's X-Forwarded-For, from 127.0.0.1): each test is its own shopper.
            [sys.executable, "-m", "plugin.cli", "serve", "--port", str(port), "--proxy-headers"], cwd=ROOT, env=env,
            stdout=out, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + 180  # seeding three demo shops on a busy 2-core machine
    while True:
        if process.poll() is not None:
            pytest.fail(f"recourse serve exited with {process.returncode}:\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"recourse serve did not answer in time:\n{log.read_text()[-4000:]}")
        time.sleep(0.3)
    tokens = dict(re.findall(r"^  (\S+)\n    admin token \(24 h\): (\S+)$", log.read_text(), re.M))
    assert tokens, log.read_text()
    yield LiveServer(url, tokens, scratch / "mail", log, process)
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (it is in the test extras)")
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable("Debian's chromium is not installed (apt-get install chromium)")
    # Every page is checked with axe-core: find out before the first page, not half-way through.
    if not AXE.exists():
        _unavailable(f"{AXE} is missing: run npm ci (scripts/dev.py test does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class BrowserPage:
    """A Playwright page that records console errors, checks accessibility and takes screenshots."""

    def __init__(self, page, server: LiveServer) -> None:
        self.page = page
        self.server = server
        self.errors: list[str] = []
        self._expected: list[str] = []
        page.on("console", lambda msg: self.errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        # axe-core comes from this origin, so the page's real CSP (script-src 'self') stays on.
        page.route("**/__test__/axe.min.js", lambda route: route.fulfill(path=str(AXE), content_type="text/javascript"))

    def __getattr__(self, name):
        return getattr(self.page, name)

    def open(self, fragment: str = "", domain: str = "allegra-k.myshopify.com") -> None:
        self.page.goto(self.server.admin_url(domain, fragment))
        self.page.wait_for_selector("header.appbar, .signin", timeout=15_000)
        self.settle()

    def go(self, fragment: str) -> None:
        self.page.evaluate("(f) => { location.hash = f; }", fragment)
        self.settle()

    def settle(self) -> None:
        """Wait until no loading indicator is left (the page has its data or its error)."""
        self.page.wait_for_load_state("load")
        # The app marks its root aria-busy while a request is in flight (a reload after an action too),
        # and its <main> with the route it shows: a link's new hash is in the address before the page
        # for it is drawn.
        self.page.wait_for_function(
            """() => {
                const main = document.querySelector('main[data-route]');
                return (!main || main.getAttribute('data-route') === location.hash)
                    && !document.querySelector('.loading') && !document.querySelector('#root[aria-busy]');
            }""",
            timeout=15_000,
        )

    def check_accessibility(self, name: str) -> None:
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            self.page.add_script_tag(url=f"{self.server.url}/__test__/axe.min.js")
        result = self.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        summary = [
            {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"][:5]]} for v in bad
        ]
        assert not bad, f"accessibility violations on {name}:\n{json.dumps(summary, indent=2)}"

    def screenshot(self, name: str) -> None:
        """`<name>-1280.png` and `<name>-375.png`, whole pages, with accessibility checked at both widths."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        viewport = self.page.viewport_size
        for size in (DESKTOP, MOBILE):
            self.page.set_viewport_size(size)
            self.page.wait_for_timeout(300)  # let frames (previews) repaint at the new width
            self.check_accessibility(f"{name} at {size['width']} px")
            # Chromium paints a frame (a preview) below the window blank in a whole-page capture, and draws a
            # sticky top bar where the window was: a window as tall as the page shows it as a person scrolling sees it.
            # (a page can grow with its window, a 100vh block in it: grown until the window holds it, a few times at most)
            height = size["height"]
            for _ in range(4):
                tall = self.page.evaluate("() => document.documentElement.scrollHeight")
                if tall <= height:
                    break
                height = tall
                self.page.set_viewport_size({"width": size["width"], "height": height})
                self.page.wait_for_timeout(300)
            self.page.screenshot(path=str(SCREENSHOTS / f"{name}-{size['width']}.png"), full_page=True)
        self.page.set_viewport_size(viewport)

    def expect_errors(self, marker: str) -> None:
        """Errors holding `marker` are the outcome under test. They are dropped at the end, not now:
        the browser may report a rejected call after the page already shows its answer."""
        self._expected.append(marker)

    def assert_no_errors(self) -> None:
        unexpected = [e for e in self.errors if not any(m in e for m in self._expected)]
        assert not unexpected, "\n".join(unexpected)


# One client address per test, as distinct shoppers have: the whole pass's portal visits from one
# address spent one guest's lookup budget (100 in 10 minutes) within the pass.
_shoppers = itertools.count(1)


@pytest.fixture
def page(browser, live_server):
    n = next(_shoppers)
    context = browser.new_context(viewport=DESKTOP, locale="en-US", timezone_id="America/Los_Angeles",
                                  extra_http_headers={"X-Forwarded-For": f"10.0.{n // 250}.{n % 250 + 1}"})
    context.set_default_timeout(15_000)
    wrapped = BrowserPage(context.new_page(), live_server)
    yield wrapped
    context.close()
    wrapped.assert_no_errors()
