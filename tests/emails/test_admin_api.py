"""The admin API for emails and the shop's settings, over HTTP: deliveries, retry, preview, settings,
and the webhook subscription. Every write leaves an audit event; every refusal is a userError."""

from __future__ import annotations

import pytest

from models.audit import AuditEvent
from models.outbox import OutboxMessage
from models.shop import Shop
from tests.emails.cases import (
    SETTINGS,
    drain,
    every_kind,
    handlers_for,
    many_emails,
    requested_return,
    shop_for_mail,
    smtp_settings,
)
from tests.emails.mailserver import MailServer
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import EMAIL

DELIVERIES = """query($first: Int, $after: String, $s: EmailDeliveryStatus) {
  emailDeliveries(first: $first, after: $after, status: $s) {
    nodes { id kind to status attempts lastError sentAt nextAttemptAt messageId subjectId createdAt }
    pageInfo { hasNextPage endCursor } } }"""
RETRY = """mutation($id: ID!) { emailRetry(id: $id) {
  emailDelivery { id status attempts lastError } userErrors { field code message } } }"""
PREVIEW = """query($k: EmailKind!, $s: ID!, $l: String) { emailPreview(kind: $k, subjectId: $s, locale: $l) {
  preview { kind locale to subject html text warnings } userErrors { field code message } } }"""
SHOP_UPDATE = """mutation($u: String) { shopUpdate(webhookUrl: $u) {
  shop { id domain webhookUrl } userErrors { field code message } } }"""


async def test_email_deliveries_lists_the_shops_emails_newest_first_by_status(client, db):
    shop = await shop_for_mail(client)
    rows = await many_emails(client, shop, 5)
    other = await shop_for_mail(client, domain="other-store.myshopify.com")
    await many_emails(client, other, 2)
    await OutboxMessage.filter(id=rows[0].id).update(status="FAILED", attempts=1, last_error="554 no")

    page = gql_ok(await admin(client, shop, DELIVERIES, {"first": 3}))["emailDeliveries"]
    assert [n["messageId"] for n in page["nodes"]] == [r.message_id for r in reversed(rows)][:3]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = gql_ok(await admin(client, shop, DELIVERIES, {"first": 3, "after": page["pageInfo"]["endCursor"]}))["emailDeliveries"]
    assert [n["messageId"] for n in rest["nodes"]] == [rows[1].message_id, rows[0].message_id]
    first = page["nodes"][0]
    assert first["to"] == EMAIL and first["status"] == "PENDING" and first["attempts"] == 0
    assert first["nextAttemptAt"] and first["createdAt"] and first["sentAt"] is None
    assert first["id"].startswith("gid://recourse/EmailDelivery/")
    assert first["subjectId"].startswith("gid://recourse/Return/")

    [failed] = gql_ok(await admin(client, shop, DELIVERIES, {"s": "FAILED"}))["emailDeliveries"]["nodes"]
    assert (failed["messageId"], failed["lastError"], failed["nextAttemptAt"]) == (rows[0].message_id, "554 no", None)
    node = gql_ok(await admin(client, shop, "query($id: ID!) { node(id: $id) { ... on EmailDelivery { kind status } } }",
                              {"id": failed["id"]}))["node"]
    assert node == {"kind": "RETURN_REQUESTED", "status": "FAILED"}
    # Another shop's email is not found, by list or by id.
    assert gql_ok(await admin(client, other, "query($id: ID!) { node(id: $id) { id } }", {"id": failed["id"]}))["node"] is None
    assert len(gql_ok(await admin(client, other, DELIVERIES, {}))["emailDeliveries"]["nodes"]) == 2


async def test_email_retry_takes_only_failed_emails_of_the_shop_and_is_audited(client, db):
    shop = await shop_for_mail(client)
    failed, pending = await many_emails(client, shop, 2)
    await OutboxMessage.filter(id=failed.id).update(status="FAILED", attempts=8, last_error="gave up after 8 attempts: 451")
    webhook = await OutboxMessage.create(shop_id=shop.id, kind="WEBHOOK", topic="return.requested", subject_type="Return",
                                         subject_id=1, payload={}, message_id="hook-1@recourse", status="FAILED",
                                         next_attempt_at=failed.next_attempt_at)
    gid = f"gid://recourse/EmailDelivery/{failed.id}"

    body = gql_ok(await admin(client, shop, RETRY, {"id": gid}))["emailRetry"]
    assert body["userErrors"] == []
    assert body["emailDelivery"] == {"id": gid, "status": "PENDING", "attempts": 0, "lastError": None}
    row = await OutboxMessage.get(id=failed.id)
    assert (row.status, row.attempts, row.claimed_until, row.message_id) == ("PENDING", 0, None, failed.message_id)
    [event] = await AuditEvent.filter(action="email.retried")
    assert (event.subject_type, event.subject_id) == ("EmailDelivery", failed.id) and event.actor.startswith("staff")
    assert event.before == {"status": "FAILED", "attempts": 8, "last_error": "gave up after 8 attempts: 451"}

    for target, code in (
        (f"gid://recourse/EmailDelivery/{pending.id}", "INVALID_STATE"),  # not failed
        (f"gid://recourse/EmailDelivery/{webhook.id}", "NOT_FOUND"),  # not an email
        ("gid://recourse/EmailDelivery/999999", "NOT_FOUND"),
        (f"gid://recourse/Return/{failed.id}", "NOT_FOUND"),  # not this kind of id
    ):
        refused = gql_ok(await admin(client, shop, RETRY, {"id": target}))["emailRetry"]
        assert refused["emailDelivery"] is None and [e["code"] for e in refused["userErrors"]] == [code], (target, refused)
    other = await make_shop("other-store.myshopify.com")
    await OutboxMessage.filter(id=failed.id).update(status="FAILED")
    refused = gql_ok(await admin(client, other, RETRY, {"id": gid}))["emailRetry"]
    assert [e["code"] for e in refused["userErrors"]] == ["NOT_FOUND"]
    assert await AuditEvent.filter(action="email.retried").count() == 1


async def test_email_preview_renders_each_kind_for_a_real_case(client, db):
    shop = await shop_for_mail(client)
    case = await every_kind(client, shop)
    subjects = {
        "return_requested": ("Return", case.return_id), "return_instructions": ("Return", case.return_id),
        "return_received": ("Return", case.return_id), "inspection_result": ("Return", case.return_id),
        "return_declined": ("Return", case.declined_id), "held_for_verification": ("Return", case.declined_id),
        "damaged_claim_received": ("Return", case.declined_id),
        "refund_issued": ("Return", case.return_id),  # its latest refund; a Refund or Order id works too
        "cancellation_confirmed": ("Order", case.orders["#2001"]), "cancellation_refused": ("Order", case.orders["#1001"]),
    }
    sent = {}
    for kind, (type_name, pk) in subjects.items():
        body = gql_ok(await admin(client, shop, PREVIEW, {"k": kind.upper(), "s": f"gid://recourse/{type_name}/{pk}"}))["emailPreview"]
        assert body["userErrors"] == [], (kind, body)
        preview = body["preview"]
        assert preview["kind"] == kind.upper() and preview["to"] == EMAIL and preview["locale"] == "en" and preview["warnings"] == []
        assert preview["html"].startswith("<!doctype html>") and "Hello" in preview["text"]
        sent[kind] = preview
    assert "$40.00" in sent["refund_issued"]["text"] and "#1001" in sent["refund_issued"]["subject"]
    assert "$85.00" in sent["cancellation_confirmed"]["text"]
    # A hold may be of a cancellation request too: the order is the subject then.
    held = gql_ok(await admin(client, shop, PREVIEW, {"k": "HELD_FOR_VERIFICATION", "s": f"gid://recourse/Order/{case.orders['#1001']}"}))
    assert held["emailPreview"]["userErrors"] == [] and "#1001" in held["emailPreview"]["preview"]["subject"]

    # The preview is what the worker sends: same subject and text, to the byte.
    mail = MailServer().start()
    try:
        await drain(handlers_for(smtp_settings(mail)))
    finally:
        mail.stop()
    row = await OutboxMessage.get(kind="EMAIL", topic="inspection_result")
    message = mail.mailbox.by_id()[row.message_id].message
    assert message["Subject"] == sent["inspection_result"]["subject"]
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip() == sent["inspection_result"]["text"].rstrip()

    spanish = gql_ok(await admin(client, shop, PREVIEW, {"k": "REFUND_ISSUED", "s": f"gid://recourse/Order/{case.orders['#1001']}", "l": "es"}))
    assert spanish["emailPreview"]["preview"]["subject"] == "Tu reembolso del pedido #1001"
    assert "40,00\xa0US$" in spanish["emailPreview"]["preview"]["text"]


@pytest.mark.parametrize("kind, subject, field, code", [
    ("return_received", "not-an-id", ["subjectId"], "NOT_FOUND"),
    ("return_received", "gid://recourse/Return/999999", ["subjectId"], "NOT_FOUND"),
    ("return_received", "gid://recourse/Order/{order}", ["subjectId"], "INVALID"),  # a return kind needs a return
    ("cancellation_confirmed", "gid://recourse/Order/{order}", ["subjectId"], "INVALID_STATE"),  # not cancelled
    ("cancellation_refused", "gid://recourse/Return/{ret}", ["subjectId"], "INVALID"),
    ("refund_issued", "gid://recourse/Return/{ret}", ["subjectId"], "NOT_FOUND"),  # no refund yet
    ("held_for_verification", "gid://recourse/Refund/1", ["subjectId"], "INVALID"),  # a return or an order
])
async def test_email_preview_refusals_are_user_errors(client, db, kind, subject, field, code):
    shop = await shop_for_mail(client)
    ret = await requested_return(client, shop, "#1001")
    order = (await OutboxMessage.get(kind="EMAIL")).payload["order_id"]
    body = gql_ok(await admin(client, shop, PREVIEW, {"k": kind.upper(), "s": subject.format(order=order, ret=ret)}))["emailPreview"]
    assert body["preview"] is None
    assert [(e["field"], e["code"]) for e in body["userErrors"]] == [(field, code)], body
    bad_locale = gql_ok(await admin(client, shop, PREVIEW, {"k": "RETURN_REQUESTED", "s": f"gid://recourse/Return/{ret}", "l": "xx_NOPE"}))
    assert [e["field"] for e in bad_locale["emailPreview"]["userErrors"]] == [["locale"]]
    other = await make_shop("other-store.myshopify.com")
    foreign = gql_ok(await admin(client, other, PREVIEW, {"k": "RETURN_REQUESTED", "s": f"gid://recourse/Return/{ret}"}))
    assert [e["code"] for e in foreign["emailPreview"]["userErrors"]] == ["NOT_FOUND"]
    # A kind is an enum: an unknown one is refused by the schema before anything runs.
    unknown = (await admin(client, shop, PREVIEW, {"k": "NO_SUCH_KIND", "s": f"gid://recourse/Return/{ret}"})).json()
    assert unknown.get("data") is None and "EmailKind" in unknown["errors"][0]["message"]


async def test_email_settings_are_validated_with_paths_saved_whole_and_audited(client, db):
    shop = await make_shop(support_email="help@example.com")
    shown = gql_ok(await admin(client, shop, "{ emailSettings { settings warnings kinds } }"))["emailSettings"]
    assert shown["settings"]["accent_color"] == "#008060" and shown["settings"]["copy_to"] == []
    assert shown["warnings"] == [] and "REFUND_ISSUED" in shown["kinds"]

    bad = {"accent_color": "red", "reply_to": "not an address", "copy_to": ["ok@example.com", "nope"],
           "logo_url": "http://cdn.example.com/logo.png", "from_name": "Shop\r\nBcc: evil@example.com",
           "overrides": {"refund_issued": {"body": "x"}}, "colour": "#000000"}
    body = gql_ok(await admin(client, shop, SETTINGS, {"s": bad}))["emailSettingsUpdate"]
    assert body["emailSettings"] is None
    fields = {tuple(e["field"]) for e in body["userErrors"]}
    assert fields == {("settings", "accent_color"), ("settings", "reply_to"), ("settings", "copy_to", "1"),
                      ("settings", "logo_url"), ("settings", "from_name"),
                      ("settings", "overrides", "refund_issued", "body"), ("settings", "colour")}
    unknown = gql_ok(await admin(client, shop, SETTINGS, {"s": {"overrides": {"no_such_kind": {"html": "x"}}}}))["emailSettingsUpdate"]
    assert [(e["field"], e["message"]) for e in unknown["userErrors"]] == [(["settings", "overrides"], "unknown email kinds: no_such_kind")]
    assert (await Shop.get(id=shop.id)).email_settings == {}
    not_object = gql_ok(await admin(client, shop, SETTINGS, {"s": ["a"]}))["emailSettingsUpdate"]
    assert [(e["field"], e["code"]) for e in not_object["userErrors"]] == [(["settings"], "INVALID")]
    assert await AuditEvent.filter(action="shop.email_settings_updated").count() == 0

    good = {"accent_color": "#112233", "reply_to": "Care@Example.com", "copy_to": ["archive@example.com"],
            "logo_url": "https://cdn.example.com/logo.png", "signature": "Robin at Alotrop",
            "overrides": {"refund_issued": {"subject": "Money back for {{ order.name }}"}}}
    body = gql_ok(await admin(client, shop, SETTINGS, {"s": good}))["emailSettingsUpdate"]
    assert body["userErrors"] == [] and body["emailSettings"]["warnings"] == []
    saved = body["emailSettings"]["settings"]
    assert saved["reply_to"] == "Care@example.com" and saved["copy_to"] == ["archive@example.com"]
    assert saved["overrides"]["refund_issued"] == {"subject": "Money back for {{ order.name }}", "html": None, "text": None}
    # The whole document is replaced: what is left out goes back to its default.
    body = gql_ok(await admin(client, shop, SETTINGS, {"s": {"signature": "Bye"}}))["emailSettingsUpdate"]
    assert body["emailSettings"]["settings"]["accent_color"] == "#008060" and body["emailSettings"]["settings"]["overrides"] == {}
    events = await AuditEvent.filter(action="shop.email_settings_updated").order_by("id")
    assert len(events) == 2 and events[1].before["email_settings"]["accent_color"] == "#112233"
    assert events[1].after == {"email_settings": {"accent_color": "#008060", "copy_to": [], "overrides": {}, "signature": "Bye"}}


@pytest.mark.parametrize("url, accepted", [
    ("https://hooks.example.com/recourse", True),
    ("https://hooks.example.com:8443/recourse?shop=1", True),
    ("http://127.0.0.1:9000/hooks", True),
    ("http://localhost:9000/hooks", True),
    ("http://[::1]:9000/hooks", True),
    ("http://hooks.example.com/recourse", False),
    ("http://127.0.0.1.nip.io/hooks", False),
    ("ftp://hooks.example.com/", False),
    ("https://", False),
    ("https://user:pass@hooks.example.com/", False),
    ("https://hooks.example.com/a b", False),
    ("javascript:alert(1)", False),
    ("https://hooks.example.com/" + "a" * 1100, False),
])
async def test_shop_update_sets_the_webhook_subscription(client, db, url, accepted):
    shop = await make_shop()
    body = gql_ok(await admin(client, shop, SHOP_UPDATE, {"u": url}))["shopUpdate"]
    stored = (await Shop.get(id=shop.id)).webhook_url
    if accepted:
        assert body["userErrors"] == [] and body["shop"]["webhookUrl"] == url == stored
        [event] = await AuditEvent.filter(action="shop.webhook_url_updated")
        assert event.before == {"webhook_url": None} and event.after == {"webhook_url": url}
    else:
        assert body["shop"] is None and stored is None
        assert [e["field"] for e in body["userErrors"]] == [["webhookUrl"]] and body["userErrors"][0]["code"] in ("INVALID", "TOO_LONG")
        assert await AuditEvent.filter(action="shop.webhook_url_updated").count() == 0


async def test_shop_update_subscribes_and_unsubscribes_the_outbound_webhooks(client, db):
    shop = await shop_for_mail(client)
    assert gql_ok(await admin(client, shop, "{ shop { webhookUrl } }"))["shop"]["webhookUrl"] is None
    await requested_return(client, shop, "#1001")
    assert await OutboxMessage.filter(kind="WEBHOOK").count() == 0  # no subscriber, no webhook

    body = gql_ok(await admin(client, shop, SHOP_UPDATE, {"u": "https://hooks.example.com/recourse"}))["shopUpdate"]
    assert body["shop"]["webhookUrl"] == "https://hooks.example.com/recourse"
    await requested_return(client, shop, "#1002")
    assert await OutboxMessage.filter(kind="WEBHOOK", topic="return.requested").count() == 1

    unchanged = gql_ok(await admin(client, shop, "mutation { shopUpdate { shop { webhookUrl } userErrors { code } } }"))
    assert unchanged["shopUpdate"]["shop"]["webhookUrl"] == "https://hooks.example.com/recourse"
    cleared = gql_ok(await admin(client, shop, SHOP_UPDATE, {"u": None}))["shopUpdate"]
    assert cleared["userErrors"] == [] and cleared["shop"]["webhookUrl"] is None
    await requested_return(client, shop, "#1003")
    assert await OutboxMessage.filter(kind="WEBHOOK").count() == 1
    assert await AuditEvent.filter(action="shop.webhook_url_updated").count() == 2


async def test_a_retry_while_a_worker_holds_the_row_is_refused(client, db):
    """The retry is a compare-and-set on FAILED: a row a worker claimed meanwhile is not reset."""
    shop = await shop_for_mail(client)
    [row] = await many_emails(client, shop, 1)
    await OutboxMessage.filter(id=row.id).update(status="SENDING", attempts=1)
    body = gql_ok(await admin(client, shop, RETRY, {"id": f"gid://recourse/EmailDelivery/{row.id}"}))["emailRetry"]
    assert [e["code"] for e in body["userErrors"]] == ["INVALID_STATE"]
    assert (await OutboxMessage.get(id=row.id)).status == "SENDING"
