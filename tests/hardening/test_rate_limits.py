"""Finding 6: guest lookups were unthrottled (2,393 name+email guesses in 10 s; 17,070 with 30 aliases
a request). Every guest lookup counts, aliases included, per client address and per order name, in a
sliding window kept in the database; over the limit the answer is 429 with Retry-After. Mutations
count per shop and API, at generous limits."""

from __future__ import annotations

import time

import pytest

from models.ratelimit import RateCounter
from plugin.store import ratelimit
from plugin.store.ratelimit import GUEST_LOOKUPS_PER_CLIENT, GUEST_LOOKUPS_PER_ORDER, Limit
from tests.conftest import count_sql
from tests.helpers import admin, make_shop, storefront
from tests.lifecycle.builders import EMAIL, delivered_order


def guesses(count: int, name: str = "#1001") -> str:
    aliases = " ".join(f'g{i}: order(name: "{name}", email: "guess{i}@example.com") {{ name }}' for i in range(count))
    return f"{{ {aliases} }}"


async def test_aliased_guesses_at_one_order_are_stopped_within_the_limit(client, db):
    shop = await make_shop()
    await delivered_order(shop)
    limit = GUEST_LOOKUPS_PER_ORDER.hits
    answered = 0
    for _ in range(limit // 10 + 2):
        response = await storefront(client, shop, guesses(10))
        if response.status_code == 429:
            break
        assert response.status_code == 200 and not response.json().get("errors")
        answered += 10
    assert response.status_code == 429, "no limit after {answered} guesses"
    assert answered <= limit
    retry = int(response.headers["Retry-After"])
    assert 1 <= retry <= GUEST_LOOKUPS_PER_ORDER.window * 2
    body = response.json()
    assert {e["extensions"]["code"] for e in body["errors"]} == {"RATE_LIMITED"}
    # Even the right email is refused now: the name is being guessed at.
    right = await storefront(client, shop, f'{{ order(name: "#1001", email: "{EMAIL}") {{ name }} }}')
    assert right.status_code == 429
    # Another order of the shop is still answered.
    other = await storefront(client, shop, '{ order(name: "#1002", email: "a@example.com") { name } }')
    assert other.status_code == 200 and other.json()["data"] == {"order": None}


async def test_one_client_guessing_many_orders_is_stopped_per_address(client, db):
    shop = await make_shop()
    names = [f"#{2000 + i}" for i in range(GUEST_LOOKUPS_PER_CLIENT.hits // 20 + 2)]
    statuses = []
    for name in names:
        statuses.append((await storefront(client, shop, guesses(20, name))).status_code)
        if statuses[-1] == 429:
            break
    assert statuses[-1] == 429 and len(statuses) * 20 <= GUEST_LOOKUPS_PER_CLIENT.hits + 20
    # Guest return lookups count too.
    returned = await storefront(client, shop, '{ return(id: "gid://recourse/Return/1", email: "a@example.com") { id } }')
    assert returned.status_code == 429


async def test_the_window_slides(db):
    limit = Limit("test window", 10, 60)
    await ratelimit.hit(limit, "k", 10, now=6000.0)  # a full window
    with pytest.raises(ratelimit.RateLimited) as refused:
        await ratelimit.hit(limit, "k", now=6059.0)
    assert refused.value.retry_after >= 1
    # Just into the next window nearly all of the previous one still counts (11 * 59/60 + 1 > 10) ...
    with pytest.raises(ratelimit.RateLimited):
        await ratelimit.hit(limit, "k", now=6061.0)
    # ... half-way through, half of it (11 / 2 + 3 <= 10): allowed again.
    await ratelimit.hit(limit, "k", now=6090.0)
    assert await RateCounter.all().count() >= 2  # kept in the database, shared by every process


@pytest.mark.parametrize("api", ["admin", "storefront"])
async def test_mutations_count_per_shop_and_api(client, db, api):
    other = await make_shop("other.myshopify.com")
    limit, call = {"admin": (ratelimit.ADMIN_MUTATIONS_PER_SHOP, admin),
                   "storefront": (ratelimit.STOREFRONT_MUTATIONS_PER_SHOP, storefront)}[api]
    # 30 refusals a request (an unknown return): cheap, and every alias counts.
    field = ('returnApproveRequest(id: "gid://recourse/Return/999999") { userErrors { code } }'
             if api == "admin" else 'returnCancel(id: "gid://recourse/Return/999999") { userErrors { code } }')
    mutation = "mutation { " + " ".join(f"m{i}: {field}" for i in range(30)) + " }"
    # The counter's windows are fixed minutes of the real clock: a run that crosses into the next
    # one (a busy machine) rightly lets more through, as the older hits slide out. Such a run is tried
    # once more with a fresh shop, which then starts early in a window and ends within it.
    for attempt in range(2):
        shop = await make_shop(f"limited-{attempt}.myshopify.com")
        window = int(time.time()) // limit.window
        sent = 0
        for _ in range(limit.hits // 30 + 2):
            response = await call(client, shop, mutation)
            if response.status_code == 429:
                break
            assert response.status_code == 200, response.text
            sent += 30
        if int(time.time()) // limit.window == window:
            break
    assert limit.hits - 30 <= sent <= limit.hits and int(response.headers["Retry-After"]) >= 1
    assert "data" not in response.json() or response.json()["data"] is None  # nothing ran
    assert (await call(client, other, mutation)).status_code == 200  # another shop is not affected
    assert (await call(client, shop, "{ __typename }")).status_code == 200  # queries are not mutations


async def test_a_guest_lookup_costs_one_statement_per_limit(client, db):
    shop = await make_shop()
    await delivered_order(shop)
    with count_sql() as statements:
        response = await storefront(client, shop, f'{{ order(name: "#1001", email: "{EMAIL}") {{ name }} }}')
    assert response.status_code == 200 and response.json()["data"]["order"]["name"] == "#1001"
    # Per client address and per order name: each adds its hit and reads both windows in one statement.
    counted = [s for s in statements if "rate_counter" in s and not s.lstrip().upper().startswith("DELETE")]
    assert len(counted) == 2, "\n".join(counted)
