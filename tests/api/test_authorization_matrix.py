"""The authorization matrix: every operation of both schemas, called by every kind of caller. Only the
right caller gets through; the others are refused (401), or get exactly what they would get for an
object that does not exist, so nothing tells them whether it does. A new operation without a row here
fails `test_the_matrix_covers_every_operation`.

Admin callers: the shop's staff (right), no token, an expired token, a token with another audience,
another shop's staff. Storefront callers: the order's customer or a guest with its email (right), no
credentials, an expired customer token, a token of the wrong audience (a staff token), a token of
another shop, another customer of the shop, a guest with the wrong email.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from graphql import build_schema

from models.outbox import OutboxMessage
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.risk import BlocklistEntry, RiskReview
from plugin.api.auth import issue_customer_token, issue_session_token
from tests.api.test_auth import DENIED, session_claims, sign
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, REFUND, customer_token, delivered_order, staff
from tests.risk_flow.test_holds import held_return

ROOT = Path(__file__).resolve().parents[2]
NOWHERE = 999_999_999  # an id no object has
pytestmark = pytest.mark.no_rate_limits  # hundreds of calls by design; the limiter has its own tests


@dataclass
class World:
    ids: dict[str, int]  # the objects of shop A, by type
    names: dict[str, str] = field(default_factory=dict)

    def gid(self, kind: str, mine: bool) -> str:
        return f"gid://recourse/{kind}/{self.ids[kind] if mine else NOWHERE}"


@dataclass(frozen=True)
class Op:
    api: str
    field: str
    document: str
    variables: object = None  # (world, mine) -> dict; `mine=False` names objects that do not exist
    public: bool = False  # no object: nothing to hide (another shop acts on its own data)


def v(**build):
    return lambda w, mine: {key: make(w, mine) for key, make in build.items()}


ID = {kind: (lambda kind: lambda w, mine: w.gid(kind, mine))(kind)
      for kind in ("Order", "Return", "ReturnLine", "Refund", "RiskReview", "EmailDelivery", "BlocklistEntry", "OrderLine",
                   "PlatformOperation")}
ORDER_NAME = lambda w, mine: "#1001" if mine else "#9999"  # noqa: E731

ADMIN = [
    Op("admin", "shop", "{ shop { domain } }", public=True),
    Op("admin", "orders", "{ orders(first: 5) { nodes { name } } }", public=True),
    Op("admin", "order", "query($id: ID!) { order(id: $id) { name } }", v(id=ID["Order"])),
    Op("admin", "node", "query($id: ID!) { node(id: $id) { id } }", v(id=ID["Return"])),
    Op("admin", "policy", "{ policy { version } }", public=True),
    Op("admin", "policyVersions", "{ policyVersions(first: 5) { nodes { number } } }", public=True),
    Op("admin", "policySchema", "{ policySchema }", public=True),
    Op("admin", "returns", "{ returns(first: 5) { nodes { name } } }", public=True),
    Op("admin", "return", "query($id: ID!) { return(id: $id) { name } }", v(id=ID["Return"])),
    Op("admin", "emailDeliveries", "{ emailDeliveries(first: 5) { nodes { to } } }", public=True),
    Op("admin", "emailPreview", 'query($id: ID!) { emailPreview(kind: HELD_FOR_VERIFICATION, subjectId: $id) { preview { to } userErrors { code } } }',
       v(id=ID["Return"])),
    Op("admin", "emailSettings", "{ emailSettings { settings } }", public=True),
    Op("admin", "riskReviews", "{ riskReviews(first: 5) { nodes { score } } }", public=True),
    Op("admin", "blocklist", "{ blocklist(first: 5) { nodes { value } } }", public=True),
    Op("admin", "orderImport", "mutation($o: JSON!) { orderImport(order: $o) { userErrors { code } } }",
       lambda w, mine: {"o": {"id": "x-1", "name": "#7001", "email": "new@example.com", "currency": "USD",
                              "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-01T10:00:00Z",
                              "total_price": "10.00", "subtotal_price": "10.00", "line_items": []}}, public=True),
    Op("admin", "policyUpdate", "mutation { policyUpdate(document: {}) { userErrors { code } } }", public=True),
    Op("admin", "policyApplyPreset", "mutation { policyApplyPreset(preset: ALLEGRA_K) { userErrors { code } } }", public=True),
    Op("admin", "returnApproveRequest", "mutation($id: ID!) { returnApproveRequest(id: $id) { userErrors { code } } }", v(id=ID["Return"])),
    Op("admin", "returnDeclineRequest", 'mutation($id: ID!) { returnDeclineRequest(id: $id, declineReason: OTHER) { userErrors { code } } }',
       v(id=ID["Return"])),
    Op("admin", "returnMarkReceived", "mutation($id: ID!, $l: ID!) { returnMarkReceived(id: $id, lines: [{returnLineId: $l, quantity: 1}]) { userErrors { code } } }",
       v(id=ID["Return"], l=ID["ReturnLine"])),
    Op("admin", "returnInspect", "mutation($id: ID!, $l: ID!) { returnInspect(id: $id, lines: [{returnLineId: $l, acceptedQuantity: 1}]) { userErrors { code } } }",
       v(id=ID["Return"], l=ID["ReturnLine"])),
    Op("admin", "returnClose", "mutation($id: ID!) { returnClose(id: $id) { userErrors { code } } }", v(id=ID["Return"])),
    Op("admin", "returnReopen", "mutation($id: ID!) { returnReopen(id: $id) { userErrors { code } } }", v(id=ID["Return"])),
    Op("admin", "refundCreate", 'mutation($id: ID!) { refundCreate(input: {orderId: $id, amount: "1.00", reason: GOODWILL}) { userErrors { code } } }',
       v(id=ID["Order"])),
    Op("admin", "refundConfirm", 'mutation($id: ID!) { refundConfirm(id: $id, status: SUCCEEDED) { userErrors { code } } }', v(id=ID["Refund"])),
    Op("admin", "emailRetry", "mutation($id: ID!) { emailRetry(id: $id) { userErrors { code } } }", v(id=ID["EmailDelivery"])),
    Op("admin", "platformOperations", "{ platformOperations(first: 5) { nodes { kind status } } }", public=True),
    Op("admin", "platformOperationRetry", "mutation($id: ID!) { platformOperationRetry(id: $id) { userErrors { code } } }",
       v(id=ID["PlatformOperation"])),
    Op("admin", "emailSettingsUpdate", "mutation { emailSettingsUpdate(settings: {}) { userErrors { code } } }", public=True),
    Op("admin", "shopUpdate", "mutation { shopUpdate { userErrors { code } } }", public=True),
    Op("admin", "customerTokensRevoke", "mutation { customerTokensRevoke { revokedBefore userErrors { code } } }", public=True),
    Op("admin", "exchangeChargeInvoice", "mutation($id: ID!) { exchangeChargeInvoice(returnId: $id) { userErrors { code } } }",
       v(id=ID["Return"])),
    Op("admin", "riskReviewResolve", "mutation($id: ID!) { riskReviewResolve(id: $id, decision: CLEAR) { userErrors { code } } }",
       v(id=ID["RiskReview"])),
    Op("admin", "blocklistAdd", 'mutation { blocklistAdd(kind: EMAIL, value: "bad@example.com") { userErrors { code } } }', public=True),
    Op("admin", "orderCancel", 'mutation($id: ID!) { orderCancel(orderId: $id, refund: false) { userErrors { code } } }', v(id=ID["Order"])),
    Op("admin", "returnInstructionsResend", "mutation($id: ID!) { returnInstructionsResend(id: $id) { userErrors { code } } }",
       v(id=ID["Return"])),
    Op("admin", "returnLabelAttach", 'mutation($id: ID!) { returnLabelAttach(id: $id, label: {carrier: "UPS", trackingNumber: "1Z999"}) { userErrors { code } } }',
       v(id=ID["Return"])),
    Op("admin", "customerData", "query($e: String) { customerData(email: $e) }",
       v(e=lambda w, mine: EMAIL if mine else "nobody@example.com")),
    Op("admin", "catalogImport", "mutation { catalogImport(products: []) { userErrors { code } } }", public=True),
    Op("admin", "blocklistRemove", "mutation($id: ID!) { blocklistRemove(id: $id) { userErrors { code } } }", v(id=ID["BlocklistEntry"])),
    Op("admin", "workQueue", "{ workQueue { awaitingReview { count } } }", public=True),
    Op("admin", "policyPreview", "{ policyPreview(document: {}) { userErrors { code } } }", public=True),
    Op("admin", "policySimulate", '{ policySimulate(document: {}, since: "2026-01-01T00:00:00Z") { userErrors { code } } }', public=True),
    Op("admin", "policyDiff", "{ policyDiff(fromVersion: 1, toVersion: 2) { userErrors { code } } }", public=True),
    Op("admin", "returnAnalytics", '{ returnAnalytics(from: "2026-11-01", to: "2026-11-30") { current { counts { itemsSold } } } }', public=True),
    # The return reasons library and fit hints are the shop's own settings: nothing of another shop to reach.
    Op("admin", "returnReasons", "{ returnReasons { handle } }", public=True),
    Op("admin", "shopifyReturnReasonHandles", "{ shopifyReturnReasonHandles }", public=True),
    Op("admin", "returnReasonCreate", 'mutation { returnReasonCreate(input: {code: DEFECTIVE, labels: {en: "Wobbly base"}}) { userErrors { code } } }', public=True),
    Op("admin", "returnReasonUpdate", 'mutation { returnReasonUpdate(input: {handle: "DEFECTIVE", askNote: true}) { userErrors { code } } }', public=True),
    Op("admin", "returnReasonsReorder", 'mutation { returnReasonsReorder(handles: ["DEFECTIVE"]) { userErrors { code } } }', public=True),
    Op("admin", "returnReasonRetire", 'mutation { returnReasonRetire(handle: "OTHER") { userErrors { code } } }', public=True),
    Op("admin", "fitHintsUpdate", "mutation { fitHintsUpdate(minimum: 5) { userErrors { code } } }", public=True),
    Op("admin", "policyDraftFromText", '{ policyDraftFromText(text: "Returns within 30 days of delivery.") { userErrors { code } } }', public=True),
    Op("admin", "refunds", "{ refunds(first: 5) { nodes { amount { amount } } } }", public=True),
    Op("admin", "returnsBulk", "mutation($id: ID!) { returnsBulk(ids: [$id], action: APPROVE) { results { userErrors { code } } userErrors { code } } }",
       v(id=ID["Return"])),
    Op("admin", "emailPreviewSubjects", "{ emailPreviewSubjects(kind: RETURN_REQUESTED) { label } }", public=True),
    Op("admin", "policyPresetDocument", "{ policyPresetDocument(preset: ALOTROP) }", public=True),
    Op("admin", "returnCreate", "mutation($id: ID!, $l: ID!) { returnCreate(input: {orderId: $id, lines: [{lineId: $l, quantity: 1, reason: UNWANTED}]}) { userErrors { code } } }",
       v(id=ID["Order"], l=ID["OrderLine"])),
]

GUEST_EMAIL = lambda w, mine: EMAIL  # noqa: E731 - the right email; callers swap it for a wrong one
LINES = lambda w, mine: [{"lineId": w.gid("OrderLine", True), "quantity": 1, "reason": "UNWANTED"}]  # noqa: E731
STOREFRONT = [
    Op("storefront", "order", "query($id: ID, $n: String, $e: String) { order(id: $id, name: $n, email: $e) { name } }",
       v(id=ID["Order"], n=ORDER_NAME, e=GUEST_EMAIL)),
    Op("storefront", "returnPolicy", "{ returnPolicy { markdown } }", public=True),
    Op("storefront", "shop", "{ shop { name } }", public=True),
    # Only ever the caller's own self (null for guests): nothing of anyone else to reach.
    Op("storefront", "customer", "{ customer { email orders { name } } }", public=True),
    Op("storefront", "return", "query($id: ID!, $e: String) { return(id: $id, email: $e) { name } }", v(id=ID["Return"], e=GUEST_EMAIL)),
    Op("storefront", "returnQuote", "mutation($id: ID, $n: String, $e: String, $l: [ReturnLineInput!]!) { returnQuote(input: {orderId: $id, orderName: $n, email: $e, lines: $l}) { quote { allowed } userErrors { code } } }",
       v(id=ID["Order"], n=ORDER_NAME, e=GUEST_EMAIL, l=LINES)),
    Op("storefront", "returnRequest", "mutation($id: ID, $n: String, $e: String, $l: [ReturnLineInput!]!) { returnRequest(input: {orderId: $id, orderName: $n, email: $e, lines: $l}) { decision { allowed } userErrors { code } } }",
       v(id=ID["Order"], n=ORDER_NAME, e=GUEST_EMAIL, l=LINES)),
    Op("storefront", "orderCancelRequest", "mutation($id: ID, $n: String, $e: String) { orderCancelRequest(orderId: $id, orderName: $n, email: $e) { cancelled userErrors { code } } }",
       v(id=ID["Order"], n=ORDER_NAME, e=GUEST_EMAIL)),
    Op("storefront", "orderConfirmReceipt", "mutation($id: ID, $n: String, $e: String) { orderConfirmReceipt(orderId: $id, orderName: $n, email: $e) { received userErrors { code } } }",
       v(id=ID["Order"], n=ORDER_NAME, e=GUEST_EMAIL)),
    Op("storefront", "exchangeVariants", "query($l: ID!, $id: ID, $n: String, $e: String) { exchangeVariants(lineId: $l, orderId: $id, orderName: $n, email: $e) { id } }",
       v(l=ID["OrderLine"], id=ID["Order"], n=ORDER_NAME, e=GUEST_EMAIL)),
    Op("storefront", "returnReasons", '{ returnReasons(productType: "Apparel") { handle suggested } }', public=True),
    Op("storefront", "fitHints", 'query($p: ID!) { fitHints(productId: $p) { minimum } }', v(p=lambda w, mine: "gid://recourse/Product/1"),
       public=True),
    Op("storefront", "returnCancel", "mutation($id: ID!, $e: String) { returnCancel(id: $id, email: $e) { userErrors { code } } }",
       v(id=ID["Return"], e=GUEST_EMAIL)),
]


def test_the_matrix_covers_every_operation():
    for api, rows in (("admin", ADMIN), ("storefront", STOREFRONT)):
        sdl = build_schema((ROOT / "graphql" / f"{api}.graphql").read_text())
        every = set(sdl.query_type.fields) | set(sdl.mutation_type.fields)
        assert {op.field for op in rows} == every, api


async def world(client) -> tuple[World, object, object]:
    """Shop A: a held return (its review, its email, a blocklist entry), a refund, a second customer."""
    shop, other = await make_shop(), await make_shop("other.myshopify.com")
    held = await held_return(client, shop)
    ret_id = int(held["id"].rsplit("/", 1)[1])
    ret = await Return.get(id=ret_id)
    line = await ReturnLine.get(return_request_id=ret_id)
    # The refund is carried out on Shopify: it has a platform operation to reach.
    assert (await staff(client, shop, "mutation { shopUpdate(platform: SHOPIFY) { userErrors { code } } }", {}))["userErrors"] == []
    made = await staff(client, shop, REFUND, {"i": {"orderId": f"gid://recourse/Order/{ret.order_id}", "amount": "1.00", "reason": "GOODWILL"}})
    assert made["userErrors"] == []
    await delivered_order(shop, name="#1002", email="someone.else@example.com", customer="c2")
    ids = {
        "Order": ret.order_id, "Return": ret_id, "ReturnLine": line.id, "OrderLine": line.order_line_id,
        "Refund": (await Refund.first()).id, "RiskReview": (await RiskReview.first()).id,
        "EmailDelivery": (await OutboxMessage.filter(kind="EMAIL").first()).id, "BlocklistEntry": (await BlocklistEntry.first()).id,
        "PlatformOperation": (await OutboxMessage.filter(kind="PLATFORM").first()).id,
    }
    return World(ids), shop, other


def succeeded(response) -> bool:
    """Through: answered, no GraphQL error, and not refused as an unknown object."""
    if response.status_code != 200:
        return False
    body = response.json()
    return not body.get("errors") and "NOT_FOUND" not in response.text and body["data"] is not None and None not in body["data"].values()


def _same(a, b) -> bool:
    return (a.status_code, a.json()) == (b.status_code, b.json())


async def test_admin_operations_admit_only_the_shops_staff(client, db):
    w, shop, other = await world(client)
    expired = sign(session_claims(shop, iat=int(time.time()) - 600, nbf=int(time.time()) - 600, exp=int(time.time()) - 300), shop.api_secret)
    wrong_audience = sign(session_claims(shop, aud="someone-else"), shop.api_secret)
    problems = []
    for op in ADMIN:
        mine = op.variables(w, True) if op.variables else {}
        absent = op.variables(w, False) if op.variables else {}
        for caller, token in (("no token", ""), ("expired", expired), ("wrong audience", wrong_audience)):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await client.post("/admin/graphql", json={"query": op.document, "variables": mine}, headers=headers)
            if (response.status_code, response.json()) != (401, DENIED):
                problems.append(f"{op.field}: {caller} got {response.status_code} {response.text[:200]}")
        theirs = await admin(client, other, op.document, mine)
        if op.public:
            if any(s in theirs.text for s in ("#1001", EMAIL, shop.domain)):
                problems.append(f"{op.field}: another shop sees shop A: {theirs.text[:200]}")
        elif not _same(theirs, await admin(client, other, op.document, absent)):
            problems.append(f"{op.field}: another shop can tell shop A's object exists: {theirs.text[:200]}")
        right = await admin(client, shop, op.document, mine)
        if not (right.status_code == 200 and not right.json().get("errors") and "NOT_FOUND" not in right.text):
            problems.append(f"{op.field}: the shop's staff were refused: {right.text[:300]}")
    assert problems == []


async def test_storefront_operations_admit_only_the_orders_customer(client, db):
    w, shop, other = await world(client)
    mine_token = await customer_token(shop, "c1")
    someone = await customer_token(shop, "c2")
    expired = issue_customer_token(shop, (await __import__("models.customer", fromlist=["Customer"]).Customer.get(platform_id="c1")), ttl=-60)
    staff_token = issue_session_token(shop)
    problems = []

    async def call(domain, op, variables, token=None):
        headers = {"X-Shop-Domain": domain, **({"Authorization": f"Bearer {token}"} if token else {})}
        return await client.post("/storefront/graphql", json={"query": op.document, "variables": variables}, headers=headers)

    def as_customer(variables):  # by id, signed in: no name, no email
        return {k: val for k, val in variables.items() if k not in ("n", "e")}

    def as_guest(variables, email=EMAIL):  # by name and email, or id and email
        kept = {k: val for k, val in variables.items() if not (k == "id" and "n" in variables)}
        return {**kept, "e": email} if "e" in variables else kept

    for op in STOREFRONT:
        mine = op.variables(w, True) if op.variables else {}
        absent = op.variables(w, False) if op.variables else {}
        for caller, token in (("expired", expired), ("wrong audience", staff_token)):
            response = await call(shop.domain, op, as_customer(mine), token)
            if response.status_code != 401:
                problems.append(f"{op.field}: {caller} got {response.status_code} {response.text[:200]}")
        response = await call(other.domain, op, as_customer(mine), mine_token)  # A's customer at shop B
        if response.status_code != 401:
            problems.append(f"{op.field}: a token of another shop got {response.status_code}")
        if not op.public:
            for caller, variables, token, nowhere in (
                ("no credentials", as_customer(mine), None, as_customer(absent)),
                ("another customer", as_customer(mine), someone, as_customer(absent)),
                ("a guest with the wrong email", as_guest(mine, "wrong@example.com"), None, as_guest(absent, "wrong@example.com")),
                ("a guest at another shop", as_guest(mine), None, as_guest(absent)),
            ):
                domain = other.domain if "another shop" in caller else shop.domain
                seen, unseen = await call(domain, op, variables, token), await call(domain, op, nowhere, token)
                if succeeded(seen) or not _same(seen, unseen):
                    problems.append(f"{op.field}: {caller} got through or learned something: {seen.text[:200]} / {unseen.text[:200]}")
        for caller, variables, token in (("the customer", as_customer(mine), mine_token), ("the guest", as_guest(mine), None)):
            right = await call(shop.domain, op, variables, token)
            if not (right.status_code == 200 and not right.json().get("errors") and "NOT_FOUND" not in right.text):
                problems.append(f"{op.field}: {caller} was refused: {right.text[:300]}")
    assert problems == []
