"""What the customer portal needs from the storefront API and the plugin, over HTTP: the per-shop
page and its CSP, the shop's branding, sentences in the customer's language, the slip's QR code and
the photo endpoints with their refusals."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image

from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    EMAIL,
    apply_preset,
    customer_token,
    delivered_order,
    jpeg_bytes,
    request_input,
    upload_photo,
)

SHOP = """{ shop { name domain supportEmail logoUrl accentColor policyUrl portalUrl languages locale } }"""
REFUSED_LINE = """query($n: String, $e: String) { order(name: $n, email: $e) {
  returnableLines { allowed reasons { code message } } } }"""
QUOTE = """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) { quote {
  reasons { code message } shipping { summary } instructions { steps include tips }
  refund { lines { kind description } } } userErrors { code } } }"""
REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id name nextStep qrCode lines { photos } } userErrors { field code message } } }"""


@pytest.fixture
async def shop(client, db):
    shop = await make_shop(support_email="help@alotrop.example")
    await apply_preset(client, shop)
    return shop


def photo_dir(client) -> Path:
    return Path(client._transport.app.state.settings.photo_dir)


def stored_files(client) -> list[Path]:
    return sorted(p for p in photo_dir(client).rglob("*") if p.is_file())


async def test_the_portal_page_is_per_shop_and_only_its_storefront_may_frame_it(client, shop):
    response = await client.get(f"/portal/{shop.domain}")
    assert response.status_code == 200 and '<div id="root"' in response.text
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert f"frame-ancestors 'self' https://{shop.domain}" in csp
    assert (await client.get("/portal/nobody.myshopify.com")).status_code == 404
    # A domain that could smuggle a source into the CSP never reaches it.
    for bad in ("evil.com%20https:", "a;script-src", "x'y.com"):
        response = await client.get(f"/portal/{bad}")
        assert response.status_code == 404 and "content-security-policy" not in response.headers


async def test_the_shop_query_gives_branding_contact_and_the_policy_link(client, shop):
    data = gql_ok(await storefront(client, shop, SHOP))["shop"]
    assert data["name"] == shop.name and data["accentColor"] == "#008060" and data["logoUrl"] is None
    assert data["supportEmail"] == "help@alotrop.example" and data["languages"] == ["en", "es", "de"]
    assert data["policyUrl"] == f"http://recourse.test/portal/{shop.domain}#/policy"
    settings = {"logo_url": "https://cdn.example.com/logo.png", "accent_color": "#aa3300", "reply_to": "care@alotrop.example"}
    saved = gql_ok(await admin(client, shop, "mutation($s: JSON!) { emailSettingsUpdate(settings: $s) { userErrors { code } } }",
                               {"s": settings}))
    assert saved["emailSettingsUpdate"]["userErrors"] == []
    data = gql_ok(await storefront(client, shop, SHOP))["shop"]
    assert (data["logoUrl"], data["accentColor"], data["supportEmail"]) == (
        "https://cdn.example.com/logo.png", "#aa3300", "care@alotrop.example")


async def sf(client, shop, query, variables, lang=None, token=None):
    headers = {"X-Shop-Domain": shop.domain, **({"Accept-Language": lang} if lang else {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return gql_ok(await client.post("/storefront/graphql", json={"query": query, "variables": variables}, headers=headers))


async def test_the_engines_sentences_come_in_the_customers_language(client, shop):
    await delivered_order(shop, name="#1001", days_ago=45)  # past Alotrop's 30 days
    variables = {"n": "#1001", "e": EMAIL}
    english = (await sf(client, shop, REFUSED_LINE, variables))["order"]["returnableLines"][0]
    spanish = (await sf(client, shop, REFUSED_LINE, variables, "es-MX,es;q=0.9,en;q=0.5"))["order"]["returnableLines"][0]
    german = (await sf(client, shop, REFUSED_LINE, variables, "de-DE"))["order"]["returnableLines"][0]
    assert [r["code"] for r in english["reasons"]] == [r["code"] for r in spanish["reasons"]] == ["RETURN_PERIOD_ENDED"]
    assert english["reasons"][0]["message"] == "The return period for this item has ended."
    assert spanish["reasons"][0]["message"] == "El plazo de devolución de este artículo ha terminado."
    assert german["reasons"][0]["message"] == "Die Rückgabefrist für diesen Artikel ist abgelaufen."
    # A language we do not ship reads English.
    french = (await sf(client, shop, REFUSED_LINE, variables, "fr-FR"))["order"]["returnableLines"][0]
    assert french["reasons"] == english["reasons"]


async def test_steps_and_shipping_summary_are_translated_in_a_quote(client, shop):
    _, line = await delivered_order(shop, name="#1002", days_ago=3)
    i = request_input(line, order_name="#1002")
    i.pop("idempotencyKey", None)
    quote_input = {k: v for k, v in i.items() if k not in ("proofOfPurchase",)} | {"proofOfPurchase": "INV-1"}
    english = (await sf(client, shop, QUOTE, {"i": quote_input}))["returnQuote"]["quote"]
    german = (await sf(client, shop, QUOTE, {"i": quote_input}, "de"))["returnQuote"]["quote"]
    assert english["instructions"]["steps"] and len(german["instructions"]["steps"]) == len(english["instructions"]["steps"])
    for en, de in zip(english["instructions"]["steps"], german["instructions"]["steps"], strict=True):
        assert en != de, en
    assert german["shipping"]["summary"] != english["shipping"]["summary"]
    assert german["shipping"]["summary"].startswith(("Du ", "Die ", "Verschicke", "Mit "))
    # The packing tips too (the field was renamed from recommendations, and was left in English then).
    assert english["instructions"]["tips"], english["instructions"]
    for en, de in zip(english["instructions"]["tips"], german["instructions"]["tips"], strict=True):
        assert en != de, en


async def test_a_photo_is_sniffed_cleaned_and_kept_as_a_reference(client, shop):
    _, line = await delivered_order(shop, name="#1001", days_ago=3)
    image = Image.new("RGB", (3000, 1000), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS position
    raw = io.BytesIO()
    image.save(raw, format="JPEG", exif=exif)
    assert b"PhoneMaker" in raw.getvalue()
    # Named .png and sent as text/plain: the bytes decide.
    response = await client.post("/storefront/photos", content=raw.getvalue(), headers={
        "X-Shop-Domain": shop.domain, "X-Order-Name": "#1001", "X-Order-Email": EMAIL, "Content-Type": "text/plain"})
    assert response.status_code == 201, response.text
    photo = response.json()["photo"]
    assert photo["id"].startswith("ph_") and (photo["width"], photo["height"]) == (2048, 683)
    [stored] = stored_files(client)
    kept = stored.read_bytes()
    assert b"PhoneMaker" not in kept and b"GPS" not in kept and b"Exif" not in kept
    with Image.open(stored) as again:
        assert again.format == "JPEG" and not again.getexif()
    created = (await sf(client, shop, REQUEST, {"i": {**request_input(line), "lines": [
        {**request_input(line)["lines"][0], "reason": "DAMAGED", "photos": [photo["id"]]}]}}))["returnRequest"]
    assert created["userErrors"] == [], created
    assert created["return"]["lines"][0]["photos"] == [photo["id"]]
    # The customer gets it back with the order's name and email; staff with their session token.
    guest = {"X-Shop-Domain": shop.domain, "X-Order-Name": "#1001", "X-Order-Email": EMAIL}
    got = await client.get(f"/storefront/photos/{photo['id']}", headers=guest)
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg" and got.content == kept
    assert "private" in got.headers["cache-control"]
    from plugin.api.auth import issue_session_token

    staff = await client.get(f"/admin/photos/{photo['id']}", headers={"Authorization": f"Bearer {issue_session_token(shop)}"})
    assert staff.status_code == 200 and staff.content == kept
    assert (await client.get(f"/admin/photos/{photo['id']}")).status_code == 401
    # The slip's QR code encodes the return's id.
    qr = unquote(created["return"]["qrCode"])
    assert qr.startswith("data:image/svg+xml") and "<svg" in qr and created["return"]["id"] in qr


async def test_uploads_are_refused_clearly_and_nothing_is_stored(client, shop):
    await delivered_order(shop, name="#1001", days_ago=3)
    await delivered_order(shop, name="#1002", days_ago=3, email="other@example.com", customer="c2")
    guest = {"X-Shop-Domain": shop.domain, "X-Order-Name": "#1001", "X-Order-Email": EMAIL}

    async def refused(body: bytes, headers: dict, status: int, code: str) -> None:
        response = await client.post("/storefront/photos", content=body, headers=headers)
        assert response.status_code == status, response.text
        assert response.json()["errors"][0]["code"] == code and response.json()["errors"][0]["message"]
        assert stored_files(client) == []

    # Not an image, though called one: text, a PDF, an SVG (script inside), a truncated JPEG.
    await refused(b"#!/bin/sh\necho hi\n", {**guest, "Content-Type": "image/jpeg", "X-File-Name": "cat.jpg"}, 415, "NOT_AN_IMAGE")
    await refused(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n", {**guest, "Content-Type": "image/png"}, 415, "NOT_AN_IMAGE")
    await refused(b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', guest, 415, "NOT_AN_IMAGE")
    await refused(jpeg_bytes()[:200], guest, 415, "NOT_AN_IMAGE")
    await refused(b"", guest, 400, "BLANK")
    # Oversized: more bytes than allowed, and a small file that would decode to too many pixels.
    await refused(b"\xff\xd8" + b"0" * (8 * 1024 * 1024 + 10), guest, 413, "TOO_LARGE")
    bomb = io.BytesIO()
    Image.new("1", (9000, 9000)).save(bomb, format="PNG")
    await refused(bomb.getvalue(), guest, 413, "TOO_LARGE")
    # Another customer's order: by a guest who knows only their own email, or by a signed-in customer.
    await refused(jpeg_bytes(), {**guest, "X-Order-Name": "#1002"}, 404, "ORDER_NOT_FOUND")
    order_2 = gql_ok(await storefront(client, shop, '{ order(name: "#1002", email: "other@example.com") { id } }'))["order"]["id"]
    await refused(jpeg_bytes(), {"X-Shop-Domain": shop.domain, "X-Order-Id": order_2,
                                 "Authorization": f"Bearer {await customer_token(shop, 'c1')}"}, 404, "ORDER_NOT_FOUND")
    # Too many for one order.
    for _ in range(20):
        await upload_photo(client, shop)
    before = stored_files(client)
    response = await client.post("/storefront/photos", content=jpeg_bytes(), headers=guest)
    assert response.status_code == 409 and response.json()["errors"][0]["code"] == "TOO_MANY"
    assert stored_files(client) == before


async def test_a_photo_is_served_only_to_its_own_customer_and_used_only_on_its_own_order(client, shop):
    _, line_1 = await delivered_order(shop, name="#1001", days_ago=3)
    _, line_2 = await delivered_order(shop, name="#1002", days_ago=3, email="other@example.com", customer="c2")
    mine = await upload_photo(client, shop)
    theirs = await upload_photo(client, shop, order_name="#1002", email="other@example.com")
    guest = {"X-Shop-Domain": shop.domain, "X-Order-Name": "#1001", "X-Order-Email": EMAIL}
    assert (await client.get(f"/storefront/photos/{mine}", headers=guest)).status_code == 200
    assert (await client.get(f"/storefront/photos/{theirs}", headers=guest)).status_code == 404
    signed_in = {"X-Shop-Domain": shop.domain, "Authorization": f"Bearer {await customer_token(shop, 'c2')}",
                 "X-Order-Id": gql_ok(await storefront(client, shop, '{ order(name: "#1002", email: "other@example.com") { id } }'))["order"]["id"]}
    assert (await client.get(f"/storefront/photos/{theirs}", headers=signed_in)).status_code == 200
    assert (await client.get(f"/storefront/photos/{mine}", headers=signed_in)).status_code == 404
    # Another shop's staff cannot see it either.
    from plugin.api.auth import issue_session_token

    other_shop = await make_shop("elsewhere.myshopify.com")
    assert (await client.get(f"/admin/photos/{mine}", headers={"Authorization": f"Bearer {issue_session_token(other_shop)}"})).status_code == 404
    # Someone else's photo on my return is a userError, and no return is made.
    variables = {"i": {**request_input(line_1), "lines": [{**request_input(line_1)["lines"][0], "photos": [theirs]}]}}
    result = (await sf(client, shop, REQUEST, variables))["returnRequest"]
    assert result["return"] is None
    assert result["userErrors"][0]["code"] == "INVALID" and result["userErrors"][0]["field"] == ["input", "lines", "0", "photos", "0"]


async def test_the_instructions_email_carries_the_engines_sentences_in_the_customers_language(client, shop):
    _, line = await delivered_order(shop, name="#1001", days_ago=3)
    created = (await sf(client, shop, REQUEST, {"i": request_input(line)}))["returnRequest"]
    ret = created["return"]["id"]
    preview = """query($id: ID!, $l: String) { emailPreview(kind: RETURN_INSTRUCTIONS, subjectId: $id, locale: $l) {
      preview { text } userErrors { code message } } }"""
    english = gql_ok(await admin(client, shop, preview, {"id": ret, "l": "en"}))["emailPreview"]["preview"]["text"]
    spanish = gql_ok(await admin(client, shop, preview, {"id": ret, "l": "es"}))["emailPreview"]["preview"]["text"]
    assert "Pack the item securely" in english
    assert "Pack the item securely" not in spanish and "Empaqueta bien el artículo" in spanish


async def test_a_signed_in_customer_lists_only_their_own_orders(client, shop):
    await delivered_order(shop, name="#1001", days_ago=3)
    await delivered_order(shop, name="#1002", days_ago=2)
    await delivered_order(shop, name="#1003", days_ago=3, email="other@example.com", customer="c2")
    query = "{ customer { email orders { name } } }"
    mine = await sf(client, shop, query, {}, token=await customer_token(shop, "c1"))
    assert [o["name"] for o in mine["customer"]["orders"]] == ["#1002", "#1001"]
    theirs = await sf(client, shop, query, {}, token=await customer_token(shop, "c2"))
    assert [o["name"] for o in theirs["customer"]["orders"]] == ["#1003"]
    assert (await sf(client, shop, query, {}))["customer"] is None


POLICY_PAGE = """query($s: Boolean!) { returnPolicy(selfService: $s) { markdown } }"""
# A merchant's own policy, started from the defaults: numbers, units and choices no preset has.
OWN_POLICY = {
    "currency": "USD",
    "cancellation": {"window_hours": 48, "until_shipped": True, "refund_time": {"min_days": 2, "max_days": 4, "unit": "BUSINESS"}},
    "returns": {"window": {"days": 21, "unit": "BUSINESS"}, "auto_approve": True},
    "refund": {"processing": {"min_days": 2, "max_days": 6, "unit": "BUSINESS"}, "taxes_refunded": False},
    "fees": {"flat_fee": "4.50"},
    "fault": {"remedies": ["REPLACEMENT", "REFUND"]},
}


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("self_service", [True, False])
async def test_the_policy_page_of_a_merchants_own_policy_is_in_the_customers_language(client, shop, lang, self_service):
    saved = gql_ok(await admin(client, shop, "mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { message } } }",
                               {"d": OWN_POLICY}))["policyUpdate"]
    assert saved["userErrors"] == []
    english = (await sf(client, shop, POLICY_PAGE, {"s": self_service}))["returnPolicy"]["markdown"]
    page = (await sf(client, shop, POLICY_PAGE, {"s": self_service}, lang))["returnPolicy"]["markdown"]
    # The merchant's own figures, in the translation, amounts written as the customer's language does.
    assert "21" in english and "21" in page and "$4.50" in english and {"es": "4,50\xa0US$", "de": "4,50\xa0$"}[lang] in page
    # No sentence of the English page is left in the customer's page: each was translated.
    said = [line for line in english.splitlines() if any(c.isalpha() for c in line)]
    left = [line for line in said if line in page.splitlines()]
    assert len(said) > 15 and left == [], left
