"""The faces' files: served from the package with a strict CSP and caching, framed only by the host."""

from __future__ import annotations

import re

import httpx
import pytest

from plugin.web.app import create_app
from plugin.process.settings import Settings


@pytest.fixture
async def http():
    app = create_app(Settings(host_admin_origin="https://admin.example.com"), manage_orm=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://recourse.test") as client:
        yield client


async def test_the_admin_app_is_framed_only_by_the_configured_host_admin(http):
    page = await http.get("/app")
    assert page.status_code == 200 and '<script type="module" src="/ui/admin/bundle/app.js">' in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors https://admin.example.com" in csp
    assert page.headers["cache-control"] == "no-store"
    script = await http.get("/ui/admin/app.js")
    assert script.status_code == 200 and "frame-ancestors https://admin.example.com" in script.headers["content-security-policy"]
    assert script.headers["cache-control"] == "no-cache" and script.headers.get("etag")


async def test_shared_modules_and_vendored_libraries_are_served_as_javascript(http):
    for path in ("/ui/shared/client.js", "/ui/vendor/preact.mjs", "/ui/vendor/hooks.mjs", "/ui/vendor/htm.mjs"):
        response = await http.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/javascript"), path
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert (await http.get("/ui/vendor/preact.mjs")).headers["cache-control"] == "public, max-age=86400"
    assert 'from"./preact.mjs"' in (await http.get("/ui/vendor/hooks.mjs")).text  # no bare import left
    assert (await http.get("/ui/../plugin/web/app.py")).status_code == 404


def test_a_host_admin_origin_that_is_not_an_origin_is_refused():
    assert Settings.from_env({"RECOURSE_HOST_ADMIN_ORIGIN": "https://a.example https://b.example"}).host_admin_origin == (
        "https://a.example https://b.example"
    )
    for bad in ("*", "https://a.example/path", "https://a.example; script-src *", "javascript:x"):
        with pytest.raises(ValueError):
            Settings.from_env({"RECOURSE_HOST_ADMIN_ORIGIN": bad})


def _module_graph(start: str) -> set[str]:
    """Every module `start` imports, directly or not, as paths under plugin/ui/."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "plugin" / "ui"
    seen, todo = set(), [start]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        for target in re.findall(r"""(?:import|from)\s*["'](\.[^"']+)["']""", (root / rel).read_text()):
            todo.append(str((root / rel).parent.joinpath(target).resolve().relative_to(root)))
    return seen


async def test_the_modules_shell_preloads_every_module_so_they_load_at_once_not_one_import_after_another(http):
    """The shell /app falls back to while the bundle is stale (and the bundle's own shell is made from)."""
    page = (await http.get("/ui/admin/index.html")).text
    import re

    preloaded = set(re.findall(r'<link rel="modulepreload" href="/ui/([^"]+)">', page))
    assert preloaded == _module_graph("admin/app.js") - {"admin/app.js"}


async def test_the_admin_page_leaves_chart_js_to_the_analytics_page_that_draws_with_it(http):
    """Half a megabyte of Chart.js is not on every page's way to its content: only analytics loads it."""
    page = (await http.get("/ui/admin/index.html")).text
    assert "/ui/vendor/chart.mjs" not in page and "vendor/chart.mjs" not in _module_graph("admin/app.js")
    analytics = (await http.get("/ui/admin/pages/analytics.js")).text
    assert 'import("../../vendor/chart.mjs")' in analytics
    assert (await http.get("/ui/vendor/chart.mjs")).status_code == 200
    # In the bundle too: Chart.js is a chunk of its own, which the bundle imports only when asked.
    bundle = (await http.get("/ui/admin/bundle/app.js")).text
    [chunk] = re.findall(r'import\("\./(chart-[A-Z0-9]+\.js)"\)', bundle)
    assert "Chart.js v4" in (await http.get(f"/ui/admin/bundle/{chunk}")).text and "Chart.js v4" not in bundle


async def test_the_admin_app_is_served_as_one_bundle_made_from_the_modules_as_they_are():
    """If this fails, a module changed since the bundle was made: run `python3 scripts/bundle_ui.py`
    and commit plugin/ui/admin/bundle/ with the change (until then /app serves the modules one by one)."""
    from plugin.web.ui_bundle import UI_DIR, built_from, source_digest

    assert built_from(UI_DIR) == source_digest(UI_DIR), "the admin bundle is stale: run python3 scripts/bundle_ui.py"


def test_the_committed_bundle_is_what_the_pinned_esbuild_makes_of_the_modules(tmp_path):
    """Nobody edits the bundle by hand, and the script's output is the one committed, byte for byte."""
    import subprocess
    import sys
    from pathlib import Path

    from tests.strict import unavailable

    root = Path(__file__).resolve().parents[1]
    if not (root / "node_modules" / ".bin" / "esbuild").exists():
        unavailable("esbuild is not installed (npm ci)", "the npm tools")
    subprocess.run([sys.executable, str(root / "scripts" / "bundle_ui.py"), "--out", str(tmp_path / "bundle")], check=True,
                   capture_output=True)
    committed = root / "plugin" / "ui" / "admin" / "bundle"
    assert sorted(p.name for p in (tmp_path / "bundle").iterdir()) == sorted(p.name for p in committed.iterdir())
    for made in (tmp_path / "bundle").iterdir():
        assert made.read_bytes() == (committed / made.name).read_bytes(), made.name


async def test_an_edited_module_is_served_as_it_is_until_the_bundle_is_made_again(tmp_path):
    """The modules stay the source: an engineer's edit shows at once (the modules' shell), and the
    bundle's shell comes back once the bundle matches the modules again."""
    import shutil

    from starlette.applications import Starlette
    from starlette.routing import Route

    from plugin.web.ui_bundle import UI_DIR, AdminShell
    from plugin.web.ui_files import admin_page

    ui = tmp_path / "ui"
    shutil.copytree(UI_DIR, ui)
    shell = AdminShell(ui)
    app = Starlette(routes=[Route("/app", lambda _: admin_page("'none'", shell))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://recourse.test") as client:
        assert 'src="/ui/admin/bundle/app.js"' in (await client.get("/app")).text
        page = ui / "admin" / "pages" / "home.js"
        original = page.read_text()
        page.write_text(original + "\n// an edit\n")
        served = (await client.get("/app")).text
        assert 'src="/ui/admin/app.js"' in served and '<link rel="modulepreload" href="/ui/admin/pages/home.js">' in served
        page.write_text(original)
        assert 'src="/ui/admin/bundle/app.js"' in (await client.get("/app")).text


async def test_a_file_revalidates_by_its_content_and_an_edit_shows_at_once(tmp_path):
    from starlette.applications import Starlette
    from starlette.routing import Mount

    from plugin.web.ui_files import UIFiles

    (tmp_path / "admin").mkdir()
    module = tmp_path / "admin" / "page.js"
    module.write_text("export const a = 1;\n")
    app = Starlette(routes=[Mount("/ui", UIFiles(admin_frame_ancestors="https://admin.example.com", directory=tmp_path))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://recourse.test") as client:
        first = await client.get("/ui/admin/page.js")
        assert first.status_code == 200 and first.text == "export const a = 1;\n"
        assert first.headers["content-type"] == "text/javascript; charset=utf-8"
        assert first.headers["cache-control"] == "no-cache"
        assert "frame-ancestors https://admin.example.com" in first.headers["content-security-policy"]
        etag = first.headers["etag"]
        again = await client.get("/ui/admin/page.js", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        assert (await client.get("/ui/admin/page.js", headers={"If-None-Match": f'"other", W/{etag}'})).status_code == 304
        head = await client.head("/ui/admin/page.js")
        assert head.status_code == 200 and head.headers["content-length"] == str(len(first.content))

        module.write_text("export const a = 22;\n")  # a deploy, or an engineer's edit while `serve` runs
        edited = await client.get("/ui/admin/page.js", headers={"If-None-Match": etag})
        assert edited.status_code == 200 and edited.text == "export const a = 22;\n" and edited.headers["etag"] != etag

        assert (await client.post("/ui/admin/page.js")).status_code == 405
        for missing in ("/ui/admin/none.js", "/ui/admin", "/ui/admin/", "/ui/../page.js", "/ui/admin/page.js%00"):
            assert (await client.get(missing)).status_code == 404, missing
