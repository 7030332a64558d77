"""Issue 21, items 5 and 6, over HTTP.

5. Forty concurrent uploads of a 165 KB 6300x6300 PNG took the server from 145 MB to 3.2 GB; uploads
   past the per-order cap were decoded before being refused; a 20000x20000 PNG got 415 where 413 is
   documented. Now the cap, the size and the header's pixel count are checked before any decoding,
   the pixels decoded at once are bounded by a budget (a semaphore counted in pixels), and uploads
   to one order are rate-limited.
6. One shop's costly template previews took another shop's photo upload from 0.04 s to 19.6 s: one
   pool of 6 threads ran everything. Each kind of work now has its own lane, and each shop a share.
   Nothing here asserts a time: the tests count what had finished when the other shop was answered.
"""

from __future__ import annotations

import asyncio
import io
import struct
import threading
import zlib

import pytest
from PIL import Image

from plugin.api import photo_routes
from plugin.process import work
from plugin.store import photos
from tests.emails.cases import SETTINGS, email_settings, requested_return, shop_for_mail
from tests.hardening.test_template_cost import COSTLY, PREVIEW
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import EMAIL, delivered_order, jpeg_bytes


class DecodeSpy:
    """Wraps the real decoder: how many decodes ran, and the most pixels being decoded at once."""

    def __init__(self) -> None:
        self.calls = 0
        self.in_flight = 0
        self.peak = 0
        self._lock = threading.Lock()

    def __call__(self, data: bytes):
        width, height = photos.probe(data)
        with self._lock:
            self.calls += 1
            self.in_flight += width * height
            self.peak = max(self.peak, self.in_flight)
        try:
            return photos.clean_image(data)
        finally:
            with self._lock:
                self.in_flight -= width * height


@pytest.fixture
def spy(monkeypatch) -> DecodeSpy:
    watcher = DecodeSpy()
    monkeypatch.setattr(photo_routes, "clean_image", watcher)
    return watcher


def _headers(shop, name="#1001") -> dict:
    return {"X-Shop-Domain": shop.domain, "X-Order-Name": name, "X-Order-Email": EMAIL, "Content-Type": "image/png"}


def big_png(side: int = 6300) -> bytes:
    """A real PNG of side x side pixels that compresses to little: cheap to send, costly to decode."""
    out = io.BytesIO()
    Image.new("L", (side, side), 128).save(out, format="PNG")
    return out.getvalue()


def header_only_png(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height (what a decompression bomb's header says)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


@pytest.mark.no_rate_limits
async def test_an_upload_past_the_cap_is_refused_before_it_is_decoded(client, db, spy):
    shop = await make_shop()
    await delivered_order(shop)
    for _ in range(photos.MAX_PER_ORDER):
        assert (await client.post("/storefront/photos", content=jpeg_bytes(), headers=_headers(shop))).status_code == 201
    decoded = spy.calls
    response = await client.post("/storefront/photos", content=big_png(3000), headers=_headers(shop))
    assert response.status_code == 409 and response.json()["errors"][0]["code"] == "TOO_MANY"
    assert spy.calls == decoded  # refused without decoding a pixel


@pytest.mark.no_rate_limits
async def test_concurrent_large_uploads_decode_within_the_pixel_budget(client, db, spy, monkeypatch):
    monkeypatch.setattr(work, "PIXELS", work.PixelBudget(50_000_000))  # room for one 6300x6300 image at a time
    shop = await make_shop()
    await delivered_order(shop)
    other = await make_shop("second.myshopify.com")
    await delivered_order(other)
    data = big_png()
    responses = await asyncio.gather(*(client.post("/storefront/photos", content=data, headers=_headers(s))
                                       for s in (shop, shop, other, other)))
    assert [r.status_code for r in responses] == [201] * 4, [r.text for r in responses]
    assert spy.calls == 4 and 0 < spy.peak <= 50_000_000, spy.peak


@pytest.mark.no_rate_limits
@pytest.mark.parametrize("side", [20000, 7000])
async def test_an_image_over_the_pixel_limit_is_a_413_from_its_header(client, db, spy, side):
    shop = await make_shop()
    await delivered_order(shop)
    response = await client.post("/storefront/photos", content=header_only_png(side, side), headers=_headers(shop))
    assert response.status_code == 413 and response.json()["errors"][0]["code"] == "TOO_LARGE", response.text
    assert spy.calls == 0


async def test_uploads_to_one_order_are_rate_limited(client, db, spy):
    shop = await make_shop()
    await delivered_order(shop)
    statuses = [(await client.post("/storefront/photos", content=jpeg_bytes(), headers=_headers(shop))).status_code
                for _ in range(photo_routes.UPLOADS_PER_ORDER.hits + 1)]
    assert statuses[:20] == [201] * 20 and set(statuses[20:-1]) == {409}
    assert statuses[-1] == 429
    assert spy.calls == 20


@pytest.mark.no_rate_limits
async def test_one_shops_costly_previews_do_not_starve_another_shops_upload_or_preview(client, db):
    busy = await shop_for_mail(client, domain="busy.myshopify.com", settings=email_settings(overrides={
        "return_requested": {"html": COSTLY}}))
    calm = await shop_for_mail(client, domain="calm.myshopify.com", settings=email_settings(overrides={
        "return_requested": {"text": "Return {{ ret.name }} received."}}))
    busy_return = f"gid://recourse/Return/{await requested_return(client, busy, '#1001')}"
    calm_return = f"gid://recourse/Return/{await requested_return(client, calm, '#1001')}"
    variables = {"k": "RETURN_REQUESTED"}
    # Both render children started (a cold start is not what is measured).
    await asyncio.gather(admin(client, busy, PREVIEW, {**variables, "s": busy_return}),
                         admin(client, calm, PREVIEW, {**variables, "s": calm_return}))

    finished = 0

    async def busy_preview() -> None:
        nonlocal finished
        gql_ok(await admin(client, busy, PREVIEW, {**variables, "s": busy_return}))
        finished += 1

    flood = [asyncio.create_task(busy_preview()) for _ in range(12)]
    await asyncio.sleep(0.5)  # the flood reaches the renderers
    upload = await client.post("/storefront/photos", content=jpeg_bytes(), headers={
        "X-Shop-Domain": calm.domain, "X-Order-Name": "#1001", "X-Order-Email": EMAIL, "Content-Type": "image/jpeg"})
    finished_at_upload = finished
    preview = gql_ok(await admin(client, calm, PREVIEW, {**variables, "s": calm_return}))["emailPreview"]["preview"]
    finished_at_preview = finished
    await asyncio.gather(*flood)
    assert upload.status_code == 201, upload.text
    assert not [w for w in preview["warnings"] if "override failed" in w], preview["warnings"]
    # The other shop was served beside the flood, not behind it.
    assert finished_at_upload <= 2 and finished_at_preview <= 3, (finished_at_upload, finished_at_preview)
    assert finished == 12
