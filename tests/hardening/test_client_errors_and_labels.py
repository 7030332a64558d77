"""Issue 21, item 15 (the rest of it; its logging half is in test_log_privacy.py, the 413 for an
oversize image in test_uploads_and_fair_work.py): field suggestions ("Did you mean 'order'?") told
the schema with introspection off; label downloads lacked `nosniff`; a PDF/HTML polyglot label was
accepted; nothing capped the labels a shop stores; production sent no HSTS."""

from __future__ import annotations

import httpx
import pytest

from plugin.api import label_routes
from plugin.api.auth import issue_session_token
from plugin.process.settings import Settings
from plugin.web.app import create_app
from tests.helpers import admin, make_shop, storefront

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
POLYGLOT = b"%PDF-1.4\n<html><body><script>alert(document.domain)</script></body></html>\n%%EOF\n"


@pytest.fixture
async def production(db, tmp_path):
    app = create_app(Settings(database_url=db.url, environment="production", label_dir=str(tmp_path / "labels")),
                     manage_orm=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://recourse.test") as http:
        yield http


async def test_no_field_suggestions_when_introspection_is_off(production, client, db):
    shop = await make_shop()
    for answer in (await storefront(production, shop, "{ ordr { name } }"), await admin(production, shop, "{ shopp { name } }")):
        message = answer.json()["errors"][0]["message"]
        assert "Cannot query field" in message and "Did you mean" not in message, message
    # Where introspection is on (development), the hint helps a developer.
    assert "Did you mean" in (await storefront(client, shop, "{ ordr { name } }")).json()["errors"][0]["message"]


async def test_production_answers_carry_hsts_and_development_does_not(production, client, db):
    for path in ("/healthz", "/portal/none.myshopify.com", "/storefront/graphql"):
        answer = await production.get(path)
        assert answer.headers["strict-transport-security"].startswith("max-age=31536000"), path
    assert "strict-transport-security" not in (await client.get("/healthz")).headers


async def _upload(http, shop, content: bytes) -> httpx.Response:
    return await http.post("/admin/labels", content=content, headers={"Authorization": f"Bearer {issue_session_token(shop)}"})


async def test_a_pdf_html_polyglot_label_is_refused(production, db):
    shop = await make_shop()
    refused = await _upload(production, shop, POLYGLOT)
    assert refused.status_code == 415 and "markup" in refused.json()["error"]
    assert (await _upload(production, shop, PDF)).status_code == 201


async def test_labels_per_shop_are_capped(production, db, monkeypatch):
    monkeypatch.setattr(label_routes, "MAX_LABELS_PER_SHOP", 3)
    shop, other = await make_shop(), await make_shop("other.myshopify.com")
    assert [(await _upload(production, shop, PDF)).status_code for _ in range(4)] == [201, 201, 201, 409]
    assert (await _upload(production, other, PDF)).status_code == 201  # another shop's room is its own


async def test_label_downloads_are_never_sniffed(production, client, db):
    from tests.test_privacy import PDF as LABEL, RETURN_ADDRESS  # noqa: F401 - a real prepaid flow
    from tests.lifecycle.builders import APPROVE, apply_preset, change_policy, delivered_order, request_return, staff

    shop = await make_shop()
    await apply_preset(client, shop, "ALLEGRA_K")
    await change_policy(client, shop, lambda d: d["shipping"].update(return_addresses=[RETURN_ADDRESS]))
    _, line = await delivered_order(shop)
    requested = await request_return(client, shop, line, quantity=1)
    rid = requested["return"]["id"]
    token = (await _upload(client, shop, PDF)).json()["file"]
    attached = await staff(client, shop, """mutation($id: ID!, $l: ReturnLabelInput!) { returnLabelAttach(id: $id, label: $l) {
        userErrors { code message } } }""", {"id": rid, "l": {"carrier": "USPS", "trackingNumber": "94001", "file": token}})
    if attached["userErrors"]:  # not approved yet: approve with the label
        attached = await staff(client, shop, """mutation($id: ID!, $l: ReturnLabelInput) { returnApproveRequest(id: $id, label: $l) {
            userErrors { code message } } }""", {"id": rid, "l": {"carrier": "USPS", "trackingNumber": "94001", "file": token}})
    assert attached["userErrors"] == [], attached
    served = await client.get(f"/returns/{rid.rsplit('/', 1)[1]}/label", headers={"Authorization": f"Bearer {issue_session_token(shop)}"})
    assert served.status_code == 200 and served.content == PDF
    assert served.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in served.headers["content-security-policy"]
