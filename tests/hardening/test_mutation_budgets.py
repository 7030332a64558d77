"""Issue 21, item 2: 21 anonymous requests of 30 aliased `returnCancel` on a return that does not exist
spent the shop's 600-a-minute storefront mutation budget, and every customer of the shop then got 429.
Mutation fields now count against their caller (a customer by token, a staff member by session, a
guest by address), refused work included; the shop's ceiling is far above one caller's budget and
only counts what a caller's own budget allowed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from models.customer import Customer
from models.returns import Return
from plugin.store import ratelimit
from plugin.api.auth import issue_customer_token, issue_session_token
from plugin.store.ratelimit import ADMIN_MUTATIONS, STOREFRONT_MUTATIONS, Budget, Limit, RateLimited
from plugin.process.settings import Settings
from tests.hardening.callers import aliased, codes, from_address
from tests.helpers import admin, make_shop, storefront
from tests.lifecycle.builders import RETURN_REQUEST, delivered_order, request_input

CANCEL_NOTHING = "mutation { " + aliased('returnCancel(id: "gid://recourse/Return/999999") { userErrors { code } }', 30) + " }"


def test_the_shop_ceiling_is_far_above_one_callers_budget():
    for budget in (STOREFRONT_MUTATIONS, ADMIN_MUTATIONS):
        assert budget.per_shop.window == budget.per_caller.window
        assert budget.per_shop.hits >= 10 * budget.per_caller.hits


async def test_an_anonymous_flood_of_refusals_locks_out_only_its_sender(app, db):
    shop = await make_shop()
    _, line = await delivered_order(shop)
    customer = await Customer.get(shop_id=shop.id, platform_id="c1")
    async with from_address(app, "198.51.100.7") as attacker:
        statuses = [(await storefront(attacker, shop, CANCEL_NOTHING)).status_code for _ in range(21)]  # the issue's burst
        refused = await storefront(attacker, shop, CANCEL_NOTHING)
    # Refused work counts: the sender is stopped after its own budget, 30 fields a request.
    assert statuses[: STOREFRONT_MUTATIONS.per_caller.hits // 30] == [200] * (STOREFRONT_MUTATIONS.per_caller.hits // 30)
    assert refused.status_code == 429 and codes(refused) == {"RATE_LIMITED"}
    assert "storefront mutations per caller" in refused.json()["errors"][0]["message"]
    assert int(refused.headers["Retry-After"]) >= 1
    async with from_address(app, "203.0.113.9") as shopper:
        # A signed-in customer's request goes through ...
        token = issue_customer_token(shop, customer)
        answer = await storefront(shopper, shop, RETURN_REQUEST, {"i": request_input(line)}, token=token)
        assert answer.status_code == 200, answer.text
        assert answer.json()["data"]["returnRequest"]["return"]["status"] in ("REQUESTED", "OPEN")
        # ... and so does a guest's, from another address.
        ret = await Return.get(shop_id=shop.id)
        cancel = await storefront(shopper, shop, f'mutation {{ returnCancel(id: "gid://recourse/Return/{ret.id}", '
                                                 f'email: "robin@example.com") {{ return {{ status }} userErrors {{ code }} }} }}')
        assert cancel.status_code == 200 and cancel.json()["data"]["returnCancel"]["return"]["status"] == "CANCELED"


async def test_a_signed_in_customer_is_a_caller_of_its_own(app, db):
    shop = await make_shop()
    await delivered_order(shop)
    await delivered_order(shop, name="#1002", email="kim@example.com", customer="c2")
    robin, kim = [issue_customer_token(shop, await Customer.get(shop_id=shop.id, platform_id=p)) for p in ("c1", "c2")]
    async with from_address(app, "198.51.100.7") as shared:  # one household, one address
        while (response := await storefront(shared, shop, CANCEL_NOTHING, token=robin)).status_code != 429:
            pass
        assert (await storefront(shared, shop, CANCEL_NOTHING, token=kim)).status_code == 200
        assert (await storefront(shared, shop, CANCEL_NOTHING)).status_code == 200  # the address's guest budget is apart


async def test_staff_members_have_budgets_of_their_own(client, db):
    shop = await make_shop()
    approve = "mutation { " + aliased('returnApproveRequest(id: "gid://recourse/Return/999999") { userErrors { code } }', 30) + " }"
    busy = issue_session_token(shop, user_id="7", ttl=600)
    for _ in range(ADMIN_MUTATIONS.per_caller.hits // 30):
        assert (await admin(client, shop, approve, token=busy)).status_code == 200
    refused = await admin(client, shop, approve, token=busy)
    assert refused.status_code == 429 and "per staff member" in refused.json()["errors"][0]["message"]
    assert (await admin(client, shop, approve, token=issue_session_token(shop, user_id="8"))).status_code == 200
    assert (await admin(client, shop, "{ shop { name } }", token=busy)).status_code == 200  # queries are not mutations


async def test_the_ceiling_counts_only_what_callers_were_allowed(db):
    budget = Budget(Limit("test mutations per caller", 10, 60), Limit("test mutations per shop", 25, 60))
    shop = await make_shop()

    def caller(address: str) -> SimpleNamespace:
        return SimpleNamespace(settings=Settings(), response=None, shop=shop, staff=None, customer=None, address=address)

    await ratelimit.spend_mutations(caller("a"), budget, 10)
    for _ in range(5):  # refused by its own budget: the shop's ceiling is not spent
        with pytest.raises(RateLimited, match="per caller"):
            await ratelimit.spend_mutations(caller("a"), budget, 10)
    await ratelimit.spend_mutations(caller("b"), budget, 10)  # 20 of the shop's 25
    with pytest.raises(RateLimited, match="per shop"):
        await ratelimit.spend_mutations(caller("c"), budget, 10)
