"""A real photo uploaded for an order through POST /storefront/photos, as the portal does."""

from __future__ import annotations

import io

from PIL import Image


async def upload_photo(client, shop, order_name: str, email: str) -> str:
    raw = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 40, 40)).save(raw, format="JPEG")
    response = await client.post("/storefront/photos", content=raw.getvalue(), headers={
        "X-Shop-Domain": shop.domain, "X-Order-Name": order_name, "X-Order-Email": email, "Content-Type": "image/jpeg"})
    assert response.status_code == 201, response.text
    return response.json()["photo"]["id"]
