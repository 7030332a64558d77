"""The faces' static files (plugin/ui/): served with a strict Content-Security-Policy and caching.

They are plain files shipped in the package: no templating, no second backend. The pages talk only
to the GraphQL APIs. Scripts come only from this origin (`default-src 'self'`, no inline script);
styles may be inline because the email preview shows the shop's HTML email in a sandboxed frame,
and images may come from https because return photos and the shop's logo live elsewhere.
Only the host admin may frame the admin app, only the shop's storefront its returns portal
(/portal/<shop domain>); nothing may frame anything else.
"""

from __future__ import annotations

import re
from pathlib import Path

from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

UI_DIR = Path(__file__).parents[1] / "ui"  # plugin/ui/, shipped as package data


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
    every time (ETag / Last-Modified give 304s), so a deploy shows at once."""

    def __init__(self, *, admin_frame_ancestors: str) -> None:
        super().__init__(directory=UI_DIR)
        self.admin_frame_ancestors = admin_frame_ancestors

    def file_response(self, full_path, stat_result, scope: Scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        path = scope["path"]
        ancestors = self.admin_frame_ancestors if "/admin/" in path or path.endswith("/admin") else "'none'"
        response.headers.update(security_headers(ancestors))
        cached = "/vendor/" in path
        response.headers["Cache-Control"] = "public, max-age=86400" if cached else "no-cache"
        if full_path.endswith(".mjs"):
            response.headers["Content-Type"] = "text/javascript; charset=utf-8"
        return response


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


def admin_page(frame_ancestors: str) -> FileResponse:
    """The admin app's shell at the manifest's app URL (it carries `?id_token=` from the host)."""
    headers = {"Cache-Control": "no-store", **security_headers(frame_ancestors)}
    return FileResponse(UI_DIR / "admin" / "index.html", headers=headers)
