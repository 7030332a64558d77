"""Photo upload and authenticated download, next to the GraphQL endpoints (images are not GraphQL).

    POST /storefront/photos            body: the image bytes. Headers: X-Shop-Domain, and either the
                                       customer's bearer token with X-Order-Id (the order's gid) or a
                                       guest's X-Order-Name + X-Order-Email.
                                       201 {"photo": {"id": "ph_...", "width", "height", "size"}}
    GET  /storefront/photos/{id}       the same headers: only the order's own customer gets the photo.
    GET  /admin/photos/{id}            staff session token: any photo of the shop.

Refusals are 4xx with {"errors": [{"message", "code"}]}; nothing is stored for them. A guest's
order name + email is a guess like GraphQL's guest lookup, under the same limits (429 with
Retry-After past them), and every wrong guess gets the same 404. An upload to the order found is
refused before any decoding when the order's photos are at their cap (409), when the order has had
too many uploads this hour (429), or when the image's header says it is over the pixel limit (413).
Decoding and re-encoding run on the images lane (a shop at a time per thread) within a budget of
pixels decoded at once (plugin.process.work), so the event loop keeps serving and forty large PNGs
cannot take the host's memory.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from plugin.api.context import Context
from plugin.api.http import staff_caller, storefront_caller
from plugin.api.storefront.access import find_for
from plugin.api.auth import Unauthorized
from plugin.process import work
from plugin.store.photos import MAX_BYTES, MAX_PER_ORDER, PhotoRefused, PhotoStore, clean_image, probe
from plugin.store.ratelimit import Limit, RateLimited, hit

# Every upload counts, refused ones too: 20 photos fit, retries and replacements with room to spare,
# and a loop of uploads to one order stops here instead of in the decoder.
UPLOADS_PER_ORDER = Limit("photo uploads per order", 60, 3600)


def _refusal(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message, "code": code}]}, status)


async def _body(request: Request) -> bytes | None:
    """The body, or None once it passes the limit (nothing more is read)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def _callers_order(request: Request):
    """The caller and its order (None for any wrong guess); raises Unauthorized or RateLimited."""
    caller = await storefront_caller(request)
    headers = request.headers
    values = [headers.get(h) for h in ("x-order-id", "x-order-name", "x-order-email")]
    if any(v is not None and (len(v) > 320 or "\x00" in v) for v in values):
        return caller, None
    context = Context(request=request, response=None, shop=caller.shop, customer=caller.customer, address=caller.address)
    return caller, await find_for(context, *values)


def _too_many(exc: RateLimited) -> JSONResponse:
    return JSONResponse({"errors": [{"message": exc.message, "code": "RATE_LIMITED", "retryAfter": exc.retry_after}]},
                        429, headers={"Retry-After": str(exc.retry_after)})


def photo_routes(store_for) -> tuple:
    """The three endpoints; `store_for(request)` gives the PhotoStore (from the app's settings)."""

    async def upload(request: Request) -> Response:
        try:
            caller, order = await _callers_order(request)
        except Unauthorized as exc:
            return _refusal(401, "UNAUTHORIZED", str(exc))
        except RateLimited as exc:
            return _too_many(exc)
        if order is None:
            return _refusal(404, "ORDER_NOT_FOUND", "no such order for this customer")
        return await _accept(request, store_for(request), caller.shop.id, order.id)

    async def customer_download(request: Request) -> Response:
        try:
            caller, order = await _callers_order(request)
        except Unauthorized as exc:
            return _refusal(401, "UNAUTHORIZED", str(exc))
        except RateLimited as exc:
            return _too_many(exc)
        path = store_for(request).order_photo(caller.shop.id, order.id, request.path_params["ref"]) if order else None
        if path is None:
            return _refusal(404, "NOT_FOUND", "no such photo")
        return _photo(path)

    async def staff_download(request: Request) -> Response:
        try:
            caller = await staff_caller(request)
        except Unauthorized as exc:
            return _refusal(401, "UNAUTHORIZED", str(exc))
        path = store_for(request).shop_photo(caller.shop.id, request.path_params["ref"])
        if path is None:
            return _refusal(404, "NOT_FOUND", "no such photo")
        return _photo(path)

    return upload, customer_download, staff_download


async def _accept(request: Request, store: PhotoStore, shop_id: int, order_id: int) -> Response:
    """The checks that cost nothing come first (rate, cap, size, the header's pixel count); only then
    is the image decoded, within the pixel budget, on the images lane."""
    if request.app.state.settings.rate_limits:
        try:
            await hit(UPLOADS_PER_ORDER, f"{shop_id}:{order_id}")
        except RateLimited as exc:
            return _too_many(exc)
    if await work.FILES.run(shop_id, store.count, shop_id, order_id) >= MAX_PER_ORDER:
        return _refusal(409, "TOO_MANY", f"at most {MAX_PER_ORDER} photos per order")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        return _refusal(413, "TOO_LARGE", f"a photo may be at most {MAX_BYTES // (1024 * 1024)} MB")
    data = await _body(request)
    if data is None:
        return _refusal(413, "TOO_LARGE", f"a photo may be at most {MAX_BYTES // (1024 * 1024)} MB")
    if not data:
        return _refusal(400, "BLANK", "send the image as the request body")
    try:
        width, height = probe(data)

        async def decode() -> tuple[bytes, int, int]:
            return await work.IMAGES.run(shop_id, clean_image, data)

        jpeg, width, height = await work.PIXELS.run(width * height, decode)
        photo = await work.FILES.run(shop_id, store.save, shop_id, order_id, jpeg, width, height)
    except PhotoRefused as exc:
        return _refusal(exc.status, exc.code, str(exc))
    return JSONResponse(
        {"photo": {"id": photo.reference, "width": photo.width, "height": photo.height, "size": photo.size}}, 201
    )


def _photo(path) -> FileResponse:
    # Private to the customer and the shop: no shared caches; served as an image, never sniffed.
    return FileResponse(path, media_type="image/jpeg", headers={
        "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
    })
