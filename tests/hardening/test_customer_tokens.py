"""Issue 21, item 10: customer tokens were accepted with `exp` 100 years ahead and could not be
withdrawn. They now live at most 24 hours (as admin session tokens), must say when they were issued,
and a shop revokes them with `customerTokensRevoke`: every token of the shop issued until now, or one
customer's."""

from __future__ import annotations

import subprocess
import sys
import time

import jwt

from models.audit import AuditEvent
from models.customer import Customer
from plugin.api.auth import CUSTOMER_AUDIENCE, issue_customer_token
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import delivered_order

ME = "{ customer { email } }"
REVOKE = "mutation($c: ID) { customerTokensRevoke(customerId: $c) { revokedBefore userErrors { field code message } } }"


def token(shop, customer, **claims) -> str:
    now = int(time.time())
    body = {"iss": f"https://{shop.domain}", "dest": f"https://{shop.domain}", "aud": CUSTOMER_AUDIENCE,
            "sub": str(customer.id), "iat": now, "exp": now + 3600} | claims
    return jwt.encode({k: v for k, v in body.items() if v is not None}, shop.api_secret, algorithm="HS256")


async def me(client, shop, bearer):
    return await storefront(client, shop, ME, token=bearer)


async def test_a_token_lives_at_most_a_day(client, db):
    shop = await make_shop()
    await delivered_order(shop)
    robin = await Customer.get(shop_id=shop.id, platform_id="c1")
    now = int(time.time())
    century = await me(client, shop, token(shop, robin, exp=now + 100 * 365 * 86400))
    assert century.status_code == 401 and "at most 24 hours" in century.json()["errors"][0]["message"]
    assert (await me(client, shop, token(shop, robin, exp=now + 86400 + 60))).status_code == 401
    no_iat = await me(client, shop, token(shop, robin, iat=None))
    assert no_iat.status_code == 401 and "iat" in no_iat.json()["errors"][0]["message"]
    day = await me(client, shop, token(shop, robin, exp=now + 86400 - 60))
    assert gql_ok(day)["customer"] == {"email": "robin@example.com"}
    # Our own issuer and CLI refuse to make a longer one.
    try:
        issue_customer_token(shop, robin, ttl=86400 * 2)
        raise AssertionError("a two-day token was issued")
    except ValueError as exc:
        assert "24 hours" in str(exc)


async def test_a_shop_revokes_every_token_issued_until_now(client, db):
    shop = await make_shop()
    await delivered_order(shop)
    await delivered_order(shop, name="#1002", email="kim@example.com", customer="c2")
    robin = await Customer.get(shop_id=shop.id, platform_id="c1")
    kim = await Customer.get(shop_id=shop.id, platform_id="c2")
    old = [issue_customer_token(shop, who, issued_at=int(time.time()) - 5) for who in (robin, kim)]
    for t in old:
        assert (await me(client, shop, t)).status_code == 200

    revoked = gql_ok(await admin(client, shop, REVOKE))["customerTokensRevoke"]
    assert revoked["userErrors"] == [] and revoked["revokedBefore"]
    for t in old:
        refused = await me(client, shop, t)
        assert refused.status_code == 401 and refused.json()["errors"][0]["message"] == "customer token revoked: sign in again"
    fresh = issue_customer_token(shop, robin, issued_at=int(time.time()) + 1)  # signed in again, a second later
    assert gql_ok(await me(client, shop, fresh))["customer"]["email"] == "robin@example.com"
    assert gql_ok(await admin(client, shop, "{ shop { customerTokensRevokedAt } }"))["shop"]["customerTokensRevokedAt"]
    assert await AuditEvent.filter(shop_id=shop.id, action="shop.customer_tokens_revoked").count() == 1
    # Another shop's tokens are untouched.
    other = await make_shop("other.myshopify.com")
    await delivered_order(other, customer="c9")
    theirs = issue_customer_token(other, await Customer.get(shop_id=other.id, platform_id="c9"), issued_at=int(time.time()) - 5)
    assert (await me(client, other, theirs)).status_code == 200


async def test_one_customers_tokens_are_revoked_alone(client, db):
    shop = await make_shop()
    await delivered_order(shop)
    await delivered_order(shop, name="#1002", email="kim@example.com", customer="c2")
    robin = await Customer.get(shop_id=shop.id, platform_id="c1")
    kim = await Customer.get(shop_id=shop.id, platform_id="c2")
    robins, kims = (issue_customer_token(shop, who, issued_at=int(time.time()) - 5) for who in (robin, kim))
    answer = gql_ok(await admin(client, shop, REVOKE, {"c": f"gid://recourse/Customer/{robin.id}"}))["customerTokensRevoke"]
    assert answer["userErrors"] == []
    assert (await me(client, shop, robins)).status_code == 401
    assert (await me(client, shop, kims)).status_code == 200
    assert await AuditEvent.filter(shop_id=shop.id, action="customer.tokens_revoked", subject_id=robin.id).count() == 1
    # Nobody else's customer, and not an id at all: userErrors, nothing revoked.
    for gid, code in (("gid://recourse/Customer/999999", "NOT_FOUND"), ("gid://recourse/Order/1", "INVALID")):
        refused = gql_ok(await admin(client, shop, REVOKE, {"c": gid}))["customerTokensRevoke"]
        assert refused["revokedBefore"] is None and [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["customerId"], code)]
    assert (await me(client, shop, kims)).status_code == 200


def test_the_cli_refuses_a_token_over_a_day():
    done = subprocess.run([sys.executable, "-m", "plugin.cli", "token", "customer", "--shop", "x.myshopify.com",
                           "--email", "a@example.com", "--ttl", "172800"], capture_output=True, text=True, timeout=120,
                          env={"DATABASE_URL": "sqlite://:memory:", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2
