"""The shop's contact details (support email, phone, postal address, opening hours) are shop settings:
staff set them through the admin API, the policy page, the storefront (for the portal) and the emails'
footer print them, and lint flags a policy that says "email us" while the shop has no support email."""

from emails.compose import compose
from models.audit import AuditEvent
from models.outbox import OutboxMessage
from models.shop import Shop
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import apply_preset, delivered_order, request_return

UPDATE = """mutation($e: String, $p: String, $a: String, $h: String, $w: String) {
  shopUpdate(supportEmail: $e, phone: $p, postalAddress: $a, openingHours: $h, webhookUrl: $w) {
    shop { supportEmail phone postalAddress openingHours webhookUrl } userErrors { field code message } } }"""
ALLTRENDS = {"e": "Support@alltrendsusa.com", "p": "+1 (800) 926-9308",
             "a": "2136 NW 8th Ave, Suite 110, Miami, FL, 33127", "h": "9:00am EST to 5:00pm EST"}
POLICY = "{ returnPolicy { markdown html contact { email phone address hours } } }"
LINT = "{ policy { lintWarnings { code path } } }"


async def test_contact_details_are_set_printed_and_exposed(client, db):
    shop = await make_shop(domain="alltrendsusa.myshopify.com", name="Alltrendsusa")
    await apply_preset(client, shop, "ALLTRENDSUSA")

    saved = gql_ok(await admin(client, shop, UPDATE, ALLTRENDS))["shopUpdate"]
    assert saved["userErrors"] == []
    assert saved["shop"] == {"supportEmail": "Support@alltrendsusa.com", "phone": "+1 (800) 926-9308",
                             "postalAddress": ALLTRENDS["a"], "openingHours": ALLTRENDS["h"], "webhookUrl": None}
    assert await AuditEvent.filter(action="shop.contact_updated").count() == 1

    # The storefront (the customer portal reads it here) and the page it renders.
    published = gql_ok(await storefront(client, shop, POLICY))["returnPolicy"]
    assert published["contact"] == {"email": "Support@alltrendsusa.com", "phone": "+1 (800) 926-9308",
                                    "address": ALLTRENDS["a"], "hours": ALLTRENDS["h"]}
    for line in ("Phone: +1 (800) 926-9308", "Address: 2136 NW 8th Ave, Suite 110, Miami, FL, 33127",
                 "Opening hours: 9:00am EST to 5:00pm EST"):
        assert line in published["markdown"] and line in published["html"]

    # Every email's footer.
    await shop.refresh_from_db()
    _, line = await delivered_order(shop)
    await request_return(client, shop, line, quantity=1)
    row = await OutboxMessage.filter(kind="EMAIL").first()
    email = (await compose(shop, row.topic, row.payload)).rendered
    for text in ("Support@alltrendsusa.com", "+1 (800) 926-9308 (9:00am EST to 5:00pm EST)", ALLTRENDS["a"]):
        assert text in email.text and text in email.html

    # Cleared with "" (or null); the page drops the line.
    cleared = gql_ok(await admin(client, shop, UPDATE, {"p": ""}))["shopUpdate"]
    assert cleared["shop"]["phone"] is None and cleared["shop"]["postalAddress"] == ALLTRENDS["a"]
    assert "Phone:" not in gql_ok(await storefront(client, shop, POLICY))["returnPolicy"]["markdown"]


async def test_bad_contact_details_write_nothing(client, db):
    shop = await make_shop()
    for variables, field, code in (
        ({"e": "not an email", "w": "https://hooks.example.com/x"}, "supportEmail", "INVALID"),
        ({"p": "1" * 65}, "phone", "TOO_LONG"),
        ({"a": "x" * 501}, "postalAddress", "TOO_LONG"),
        ({"h": "y" * 201, "e": "ok@example.com"}, "openingHours", "TOO_LONG"),
    ):
        errors = gql_ok(await admin(client, shop, UPDATE, variables))["shopUpdate"]["userErrors"]
        assert [(e["field"], e["code"]) for e in errors] == [([field], code)]
    row = await Shop.get(id=shop.id)
    assert (row.support_email, row.phone, row.postal_address, row.opening_hours, row.webhook_url) == (None,) * 5
    assert not await AuditEvent.filter(subject_type="Shop").exists()


async def test_lint_flags_email_us_without_a_support_email(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALOTROP")
    warnings = gql_ok(await admin(client, shop, LINT))["policy"]["lintWarnings"]
    assert {"code": "EMAIL_US_WITHOUT_SUPPORT_EMAIL", "path": ["returns", "request_via"]} in warnings
    gql_ok(await admin(client, shop, UPDATE, {"e": "support@alotrop.com"}))
    warnings = gql_ok(await admin(client, shop, LINT))["policy"]["lintWarnings"]
    assert "EMAIL_US_WITHOUT_SUPPORT_EMAIL" not in {w["code"] for w in warnings}
