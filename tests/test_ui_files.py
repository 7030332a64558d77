"""The faces' files: served from the package with a strict CSP and caching, framed only by the host."""

from __future__ import annotations

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
    assert page.status_code == 200 and '<script type="module" src="/ui/admin/app.js">' in page.text
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


async def test_the_admin_page_preloads_every_module_so_they_load_at_once_not_one_import_after_another(http):
    page = (await http.get("/app")).text
    import re

    preloaded = set(re.findall(r'<link rel="modulepreload" href="/ui/([^"]+)">', page))
    assert preloaded == _module_graph("admin/app.js") - {"admin/app.js"}


async def test_the_admin_page_leaves_chart_js_to_the_analytics_page_that_draws_with_it(http):
    """Half a megabyte of Chart.js is not on every page's way to its content: only analytics loads it."""
    page = (await http.get("/app")).text
    assert "/ui/vendor/chart.mjs" not in page and "vendor/chart.mjs" not in _module_graph("admin/app.js")
    analytics = (await http.get("/ui/admin/pages/analytics.js")).text
    assert 'import("../../vendor/chart.mjs")' in analytics
    assert (await http.get("/ui/vendor/chart.mjs")).status_code == 200


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
