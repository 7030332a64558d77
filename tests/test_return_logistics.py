"""Instructions a customer can act on: the return address for the order's country, the prepaid label
staff attached, each thing said once, the ship-by date in the shop's time zone. All over HTTP, with
the real worker writing .eml files."""

from __future__ import annotations

import email
from datetime import datetime, timedelta, timezone
from email import policy as email_policy
from pathlib import Path

from models.outbox import OutboxMessage
from models.returns import Return
from plugin.api.ids import from_gid
from plugin.api.auth import issue_customer_token, issue_session_token
from plugin.values.calendar import local_date
from plugin.jobs.outbox import deliver_due
from plugin.process.settings import Settings
from emails.send import email_handler
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import APPROVE, apply_preset, change_policy, delivered_order, request_return, staff
from tests.waiting import until_empty

US_ADDRESS = {"name": "US returns", "countries": ["US"], "recipient": "Alotrop Returns", "address1": "500 Dock Rd",
              "city": "Newark", "province": "NJ", "zip": "07114", "country": "US"}
EU_ADDRESS = {"name": "EU hub", "rest_of_world": True, "recipient": "Alotrop Retouren", "address1": "Lagerstr. 7",
              "city": "Hamburg", "zip": "20457", "country": "DE"}
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
LABEL_FIELDS = "return { id status labelMissing label { carrier trackingNumber url downloadPath } } userErrors { field code message }"
APPROVE_WITH = f"mutation($id: ID!, $l: ReturnLabelInput) {{ returnApproveRequest(id: $id, label: $l) {{ {LABEL_FIELDS} }} }}"
ATTACH = f"mutation($id: ID!, $l: ReturnLabelInput!) {{ returnLabelAttach(id: $id, label: $l) {{ {LABEL_FIELDS} }} }}"


def settings(tmp_path: Path) -> Settings:
    return Settings(mail_dir=str(tmp_path / "mail"), label_dir=str(tmp_path / "labels"))


async def deliver(tmp_path: Path) -> list[email.message.EmailMessage]:
    """The instructions emails the worker writes."""
    handlers = {"EMAIL": email_handler(settings(tmp_path))}

    async def step() -> int:
        return (await deliver_due(handlers)).claimed

    await until_empty(step, what="the outbox")
    return [email.message_from_bytes(p.read_bytes(), policy=email_policy.default)
            for p in sorted((tmp_path / "mail").glob("*-return_instructions.eml"))]


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


async def _addresses(client, shop):
    await apply_preset(client, shop, "ALOTROP")
    await change_policy(client, shop, lambda d: d["shipping"].update(return_addresses=[US_ADDRESS, EU_ADDRESS]))


async def test_instructions_name_the_return_address_of_the_orders_country(client, db, app, tmp_path):
    app.state.settings = settings(tmp_path)
    shop = await make_shop()
    await _addresses(client, shop)
    _, us_line = await delivered_order(shop, name="#1001", country="US")
    _, de_line = await delivered_order(shop, name="#1002", country="DE", email="lena@example.de", customer="c2")
    for line, name, mail in ((us_line, "#1001", "robin@example.com"), (de_line, "#1002", "lena@example.de")):
        rid = (await request_return(client, shop, line, order_name=name, email=mail))["return"]["id"]
        assert (await staff(client, shop, APPROVE, {"id": rid}))["userErrors"] == []

    # The storefront quote and return carry it too, for the customer portal's return slip.
    quote = gql_ok(await storefront(client, shop, """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) {
        quote { instructions { steps returnAddress { recipient city countryCode formatted } } } } }""", {"i": {
        "orderName": "#1002", "email": "lena@example.de", "lines": [{"lineId": de_line, "quantity": 1, "reason": "UNWANTED"}]}}))
    assert quote["returnQuote"]["quote"]["instructions"]["returnAddress"]["formatted"] == [
        "Alotrop Retouren", "Lagerstr. 7", "Hamburg 20457", "DE"]

    sent = {m["To"]: text_of(m) for m in await deliver(tmp_path) if "approved" in text_of(m)}
    us, de = sent["robin@example.com"], sent["lena@example.de"]
    assert "500 Dock Rd" in us and "Newark NJ 07114" in us and "Lagerstr" not in us
    assert "Lagerstr. 7" in de and "Hamburg 20457" in de and "Dock Rd" not in de
    assert "return address in your instructions" not in us
    # Said once: the packing conditions appeared both as a step and as a list.
    assert us.count("original packaging") == 1 and us.count("original tags") == 1, us


async def test_a_prepaid_return_waits_for_its_label_then_the_email_carries_it(client, db, app, tmp_path):
    app.state.settings = settings(tmp_path)
    shop = await make_shop("allegra.myshopify.com")
    await apply_preset(client, shop, "ALLEGRA_K")
    await change_policy(client, shop, lambda d: d["shipping"].update(return_addresses=[{**US_ADDRESS, "countries": [], "rest_of_world": True}]))
    _, line = await delivered_order(shop, country="US")
    rid = (await request_return(client, shop, line, shippingMethod="PREPAID_LABEL"))["return"]["id"]

    approved = await staff(client, shop, APPROVE_WITH, {"id": rid})
    assert approved["userErrors"] == [] and approved["return"]["status"] == "OPEN"
    assert approved["return"]["labelMissing"] is True
    timeline = gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { timeline { action } } }", {"id": rid}))
    assert "return.label_missing" in [e["action"] for e in timeline["return"]["timeline"]]
    assert not await OutboxMessage.filter(topic="return_instructions").exists()
    seen = gql_ok(await storefront(client, shop, "query($id: ID!, $e: String) { return(id: $id, email: $e) { nextStep label { carrier } } }",
                                   {"id": rid, "e": "robin@example.com"}))["return"]
    assert "preparing your prepaid return label" in seen["nextStep"] and seen["label"] is None

    # Upload the PDF, then attach it: not a PDF, or a token of nothing, is refused.
    token = issue_session_token(shop)
    refused = await client.post("/admin/labels", content=b"hello", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 415
    assert (await client.post("/admin/labels", content=PDF)).status_code == 401
    uploaded = await client.post("/admin/labels", content=PDF, headers={"Authorization": f"Bearer {token}",
                                                                       "Content-Type": "application/pdf"})
    assert uploaded.status_code == 201, uploaded.text
    bogus = await staff(client, shop, ATTACH, {"id": rid, "l": {"carrier": "USPS", "trackingNumber": "9400", "file": "0" * 32}})
    assert bogus["userErrors"][0]["code"] == "NOT_FOUND"
    attached = await staff(client, shop, ATTACH, {"id": rid, "l": {
        "carrier": "USPS", "trackingNumber": "9400111899223", "file": uploaded.json()["file"]}})
    assert attached["userErrors"] == [] and attached["return"]["labelMissing"] is False
    assert attached["return"]["label"]["carrier"] == "USPS"

    [message] = [m for m in await deliver(tmp_path)]
    body = text_of(message)
    assert "USPS" in body and "9400111899223" in body and "Print the prepaid return label" in body
    [pdf] = [part for part in message.iter_attachments()]
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content() == PDF

    # The file is served to the shop's staff and to the return's customer, to nobody else.
    path = attached["return"]["label"]["downloadPath"]
    assert (await client.get(path, headers={"Authorization": f"Bearer {issue_session_token(shop)}"})).content == PDF
    ret = await Return.get(id=from_gid(rid, "Return")[1])
    customer = await ret.customer
    own = await client.get(path, headers={"Authorization": f"Bearer {issue_customer_token(shop, customer)}",
                                          "X-Shop-Domain": shop.domain})
    assert own.status_code == 200 and own.content == PDF
    other_shop = await make_shop("other.myshopify.com")
    stranger = await client.get(path, headers={"Authorization": f"Bearer {issue_session_token(other_shop)}"})
    assert stranger.status_code == 404
    assert (await client.get(path)).status_code == 404


async def test_a_label_given_at_approval_goes_out_with_the_instructions(client, db, app, tmp_path):
    app.state.settings = settings(tmp_path)
    shop = await make_shop("allegra.myshopify.com")
    await apply_preset(client, shop, "ALLEGRA_K")
    await change_policy(client, shop, lambda d: d["shipping"].update(return_addresses=[{**US_ADDRESS, "countries": [], "rest_of_world": True}]))
    _, line = await delivered_order(shop, country="US")
    rid = (await request_return(client, shop, line, shippingMethod="PREPAID_LABEL"))["return"]["id"]
    bad = await staff(client, shop, APPROVE_WITH, {"id": rid, "l": {"carrier": "UPS", "trackingNumber": "1Z", "url": "ftp://x"}})
    assert bad["userErrors"][0]["field"] == ["label", "url"]
    approved = await staff(client, shop, APPROVE_WITH, {"id": rid, "l": {
        "carrier": "UPS", "trackingNumber": "1Z999", "url": "https://labels.example.com/1Z999.pdf"}})
    assert approved["userErrors"] == [] and approved["return"]["labelMissing"] is False
    [message] = [m for m in await deliver(tmp_path)]
    assert "https://labels.example.com/1Z999.pdf" in text_of(message) and "1Z999" in text_of(message)


async def test_ship_by_counts_in_the_shops_time_zone(client, db, app, tmp_path):
    """Kiritimati is UTC+14: its date differs from UTC's for ten hours of every day. A request made
    some hours before approval is moved to the approval's date by the shop's calendar, not UTC's."""
    tz = "Pacific/Kiritimati"
    shop = await make_shop(timezone=tz)
    await _addresses(client, shop)
    _, line = await delivered_order(shop)
    rid = (await request_return(client, shop, line))["return"]["id"]
    ret = await Return.get(id=from_gid(rid, "Return")[1])
    now = datetime.now(timezone.utc)
    # An earlier request time on the other side of a midnight in one calendar but not the other.
    hours = next(h for h in range(1, 24) if (local_date(now, tz) - local_date(now - timedelta(hours=h), tz))
                 != (now.date() - (now - timedelta(hours=h)).date()))
    requested = now - timedelta(hours=hours)
    ret.requested_at = requested
    ret.decision["deadlines"]["ship_by"] = (local_date(requested, tz) + timedelta(days=28)).isoformat()
    await ret.save(update_fields=["requested_at", "decision"])

    approved = await staff(client, shop, APPROVE, {"id": rid})
    assert approved["userErrors"] == []
    # Approved (within a second of `now`) on the shop's date, plus the policy's 28 days.
    assert approved["return"]["shipBy"] == (local_date(datetime.now(timezone.utc), tz) + timedelta(days=28)).isoformat()


async def test_an_auto_approved_prepaid_return_waits_for_its_label_too(client, db, app, tmp_path):
    app.state.settings = settings(tmp_path)
    shop = await make_shop("allegra.myshopify.com")
    await apply_preset(client, shop, "ALLEGRA_K")

    def change(d):
        d["shipping"]["return_addresses"] = [{**US_ADDRESS, "countries": [], "rest_of_world": True}]
        d["returns"]["auto_approve"] = True

    await change_policy(client, shop, change)
    _, line = await delivered_order(shop, country="US")
    rid = (await request_return(client, shop, line, shippingMethod="PREPAID_LABEL"))["return"]["id"]
    seen = gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { status labelMissing timeline { action } } }",
                              {"id": rid}))["return"]
    assert seen["status"] == "OPEN" and seen["labelMissing"] is True
    assert "return.label_missing" in [e["action"] for e in seen["timeline"]]
    assert not await OutboxMessage.filter(topic="return_instructions").exists()
    attached = await staff(client, shop, ATTACH, {"id": rid, "l": {"carrier": "USPS", "trackingNumber": "94", "url": "https://l.example.com/94"}})
    assert attached["userErrors"] == []
    assert await OutboxMessage.filter(topic="return_instructions").count() == 1
