"""The routes of prepaid return labels: staff upload a PDF (POST /admin/labels) and get the token
that `returnApproveRequest` / `returnLabelAttach` take; the file is served only to the shop's staff
and the return's customer (``serve_label``). The files themselves: plugin.store.labels."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from models.returns import Return
from models.shop import Shop
from plugin.api.auth import Unauthorized, authenticate_customer, authenticate_staff, bearer, storefront_domain
from plugin.process import work
from plugin.store.labels import LabelStore

MAX_LABEL_BYTES = 5 * 1024 * 1024
# A shop's labels take disk: bounded in number and in bytes (a carrier's label is 50-200 KB).
MAX_LABELS_PER_SHOP = 5_000
MAX_LABEL_BYTES_PER_SHOP = 1024 * 1024 * 1024
# Markup a browser would run if it ever read the file as a page: a label is a PDF and nothing else.
_MARKUP = (b"<html", b"<script", b"<body", b"<iframe", b"<svg", b"<!doctype", b"<object", b"<embed", b"<meta")


def _polyglot(content: bytes) -> bool:
    """Whether a "PDF" also carries HTML or SVG markup (a PDF/HTML polyglot)."""
    lowered = content.lower()
    return any(tag in lowered for tag in _MARKUP)


def _store(request: Request) -> LabelStore:
    return LabelStore(request.app.state.settings.label_dir)


async def upload_label(request: Request) -> JSONResponse:
    """POST /admin/labels with the PDF as the body: answers {"file": token} for the label input."""
    try:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            raise Unauthorized()
        caller = await authenticate_staff(token)
    except Unauthorized as exc:
        return JSONResponse({"error": str(exc)}, 401)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_LABEL_BYTES:
        return JSONResponse({"error": "a label is at most 5 MB"}, 413)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_LABEL_BYTES:
            return JSONResponse({"error": "a label is at most 5 MB"}, 413)
    if not bytes(body[:5]) == b"%PDF-":
        return JSONResponse({"error": "the label must be a PDF file"}, 415)
    if _polyglot(bytes(body)):
        return JSONResponse({"error": "the label must be a plain PDF: this file also carries HTML or SVG markup"}, 415)
    store = _store(request)
    count, size = await work.FILES.run(caller.shop.id, store.usage, caller.shop.id)
    if count >= MAX_LABELS_PER_SHOP or size + len(body) > MAX_LABEL_BYTES_PER_SHOP:
        return JSONResponse({"error": f"the shop has {count} labels stored, at the limit of {MAX_LABELS_PER_SHOP} "
                                      f"(or {MAX_LABEL_BYTES_PER_SHOP // 2**20} MB)"}, 409)
    saved = await work.FILES.run(caller.shop.id, store.save, caller.shop.id, bytes(body))
    return JSONResponse({"file": saved}, 201)


async def serve_label(request: Request) -> Response:
    """GET /returns/{id}/label: the uploaded label, to the shop's staff (session token) or to the
    return's customer (customer token with X-Shop-Domain). Anyone else reads 404."""
    missing = JSONResponse({"error": "not found"}, 404)
    raw = request.path_params["id"]
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        return missing
    try:
        token = bearer(request.headers.get("authorization"))
    except Unauthorized:
        return missing
    if token is None:
        return missing
    ret = None
    try:
        caller = await authenticate_staff(token)
        ret = await Return.get_or_none(shop_id=caller.shop.id, id=int(raw))
    except Unauthorized:
        domain = storefront_domain(request)
        shop = await Shop.get_or_none(domain=domain) if domain else None
        if shop is not None:
            try:
                customer = await authenticate_customer(token, shop)
            except Unauthorized:
                customer = None
            if customer is not None:
                ret = await Return.get_or_none(shop_id=shop.id, id=int(raw), customer_id=customer.id)
    if ret is None or not ret.label_file:
        return missing
    content = await work.FILES.run(ret.shop_id, _store(request).read, ret.shop_id, ret.label_file)
    if content is None:
        return missing
    return Response(content, media_type="application/pdf", headers={
        "Cache-Control": "private, no-store",
        # Never sniffed or rendered as a page, whatever the bytes hold; opened, it runs nothing.
        "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; sandbox",
        "Content-Disposition": f'attachment; filename="return-label-{ret.id}.pdf"',
    })
