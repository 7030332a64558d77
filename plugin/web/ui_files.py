"""The faces' static files (plugin/ui/): served with a strict Content-Security-Policy and caching.

They are plain files shipped in the package: no templating, no second backend. The pages talk only
to the GraphQL APIs. Scripts come only from this origin (`default-src 'self'`, no inline script);
styles may be inline because the email preview shows the shop's HTML email in a sandboxed frame,
and images may come from https because return photos and the shop's logo live elsewhere.
Only the host admin may frame the admin app, only the shop's storefront its returns portal
(/portal/<shop domain>); nothing may frame anything else.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from mimetypes import guess_type
from pathlib import Path

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from plugin.web.ui_bundle import UI_DIR, AdminShell


def content_security_policy(frame_ancestors: str) -> str:
    return "; ".join([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' https: data: blob:",  # blob: staff photos, fetched with the session token
        "frame-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors}",
    ])


def security_headers(frame_ancestors: str = "'none'") -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(frame_ancestors),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }


class UIFiles(StaticFiles):
    """plugin/ui/ under /ui: the vendored libraries are cached for a day, our own files revalidate
    every time (ETag gives 304s), so a deploy shows at once.

    A cold load of the admin app asks for some thirty files at once, over six connections to one
    event loop: each answer's cost is on the page's critical path. So the files are answered from
    memory, read once and kept while the file stays the same (inode, size and modification time: a
    stat per request, done inline, as it is a file of our own package, not a slow disk), with none of
    the thread hops Starlette's FileResponse makes per request (a lookup, an open, reads and a close)."""

    def __init__(self, *, admin_frame_ancestors: str, directory: Path = UI_DIR) -> None:
        super().__init__(directory=directory)
        self.admin_frame_ancestors = admin_frame_ancestors
        self._files: dict[str, _File] = {}

    async def get_response(self, path: str, scope: Scope) -> Response:
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(status_code=405, headers={"Allow": "GET, HEAD"})
        try:
            full_path, stat_result = self.lookup_path(path)
        except (OSError, ValueError):  # a name too long, NUL bytes
            raise HTTPException(status_code=404) from None
        if stat_result is None or not stat.S_ISREG(stat_result.st_mode):
            raise HTTPException(status_code=404)
        file = self._read(full_path, stat_result)
        headers = {**self._headers(scope["path"]), "ETag": file.etag}
        if file.etag in _etags(Headers(scope=scope).get("if-none-match", "")):
            return Response(status_code=304, headers=headers)
        return Response(file.body, headers=headers, media_type=file.media_type)

    def _read(self, full_path: str, stat_result: os.stat_result) -> _File:
        stamp = (stat_result.st_ino, stat_result.st_mtime_ns, stat_result.st_size)
        file = self._files.get(full_path)
        if file is None or file.stamp != stamp:
            body = Path(full_path).read_bytes()
            media_type = "text/javascript" if full_path.endswith((".js", ".mjs")) else guess_type(full_path)[0] or "text/plain"
            file = _File(stamp, body, f'"{hashlib.sha1(body).hexdigest()[:20]}"', media_type)
            self._files[full_path] = file
        return file

    def _headers(self, path: str) -> dict[str, str]:
        ancestors = self.admin_frame_ancestors if "/admin/" in path or path.endswith("/admin") else "'none'"
        cached = "/vendor/" in path
        return {**security_headers(ancestors), "Cache-Control": "public, max-age=86400" if cached else "no-cache"}


@dataclass(frozen=True)
class _File:
    stamp: tuple[int, int, int]  # inode, modification time (ns) and size when read
    body: bytes
    etag: str  # of the content: the same file answers 304 after a restart too
    media_type: str


def _etags(if_none_match: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in if_none_match.split(",") if tag.strip()}


# A shop domain as it may appear in a URL path and, from there, in a CSP header: nothing that could
# end the directive or add a source (no spaces, quotes, semicolons, commas or slashes).
SHOP_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")


def portal_frame_ancestors(domain: str) -> str:
    """The shop's storefront may embed its returns page (an iframe in the theme); nobody else."""
    return f"'self' https://{domain}"


def portal_page(domain: str) -> FileResponse:
    """The customer returns page of one shop (the page reads the shop's domain from its own URL)."""
    headers = {"Cache-Control": "no-cache", **security_headers(portal_frame_ancestors(domain))}
    return FileResponse(UI_DIR / "portal" / "index.html", headers=headers)


ADMIN_SHELL = AdminShell(UI_DIR)


def admin_page(frame_ancestors: str, shell: AdminShell = ADMIN_SHELL) -> FileResponse:
    """The admin app's shell at the manifest's app URL (it carries `?id_token=` from the host): the
    bundle's while it is current, else the modules' (plugin/web/ui_bundle.py)."""
    headers = {"Cache-Control": "no-store", **security_headers(frame_ancestors)}
    return FileResponse(shell.path(), headers=headers)
