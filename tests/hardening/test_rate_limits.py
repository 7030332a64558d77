"""Finding 6: guest lookups were unthrottled (2,393 name+email guesses in 10 s; 17,070 with 30 aliases
a request). Every guest lookup counts, aliases included, per client address, in a sliding window kept
in the database; over the limit the answer is 429 with Retry-After. Wrong guesses also count per order
name (tests/hardening/test_guest_guesses.py); mutations per caller (test_mutation_budgets.py)."""

from __future__ import annotations

import pytest

from models.ratelimit import RateCounter
from plugin.store import ratelimit
from plugin.store.ratelimit import GUEST_LOOKUPS_PER_CLIENT, Limit
from tests.conftest import count_sql
from tests.helpers import admin, make_shop, storefront
from tests.lifecycle.builders import EMAIL, delivered_order


def guesses(count: int, name: str = "#1001") -> str:
    aliases = " ".join(f'g{i}: order(name: "{name}", email: "guess{i}@example.com") {{ name }}' for i in range(count))
    return f"{{ {aliases} }}"


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


async def test_a_short_limits_cleanup_keeps_a_longer_limits_counts(db, monkeypatch):
    # The hour's upload counts once vanished whenever a 10-minute limit cleaned up after the hour's
    # first 20 minutes, letting the 61st upload through (found as a 409 where 429 was due).
    monkeypatch.setattr(ratelimit, "_CLEANUP_CHANCE", 1.0)
    hourly, short = Limit("test hourly", 60, 3600), Limit("test short", 100, 600)
    now = 36000.0 + 50 * 60  # 50 minutes into an hour
    await ratelimit.hit(hourly, "order", 60, now=now)
    await ratelimit.hit(short, "client", now=now)  # cleans up
    with pytest.raises(ratelimit.RateLimited):
        await ratelimit.hit(hourly, "order", now=now)


async def test_a_guest_lookup_costs_one_statement_per_limit(client, db):
    shop = await make_shop()
    await delivered_order(shop)
    with count_sql() as statements:
        response = await storefront(client, shop, f'{{ order(name: "#1001", email: "{EMAIL}") {{ name }} }}')
    assert response.status_code == 200 and response.json()["data"]["order"]["name"] == "#1001"
    # Per client address (adds its hit and reads both windows in one statement), the order name's
    # guard against wrong guesses (reads both windows; a right answer adds nothing to it), and the
    # right answer's hit given back to the address.
    counted = [s for s in statements if "rate_counter" in s and not s.lstrip().upper().startswith("DELETE")]
    assert len(counted) == 3 and counted[-1].startswith("UPDATE"), "\n".join(counted)
