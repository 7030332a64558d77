"""Issue 21, item 7: one aliased request of 30 wrong emails for order #1006 locked its real customer
out for 536 s, repeatable every 10 minutes: the guest-lookup limit keyed by the order punished its
owner. Guesses now count against the caller's address; only wrong ones count against the order name,
whose limit is ten times what one address may try; past it the order answers 429 to right and wrong
guesses alike, so a 429 never tells which was right."""

from __future__ import annotations

from plugin.store import ratelimit
from plugin.store.ratelimit import GUEST_LOOKUPS_PER_CLIENT, WRONG_GUESSES_PER_ORDER, Limit
from tests.hardening.callers import aliased, codes, from_address, wrong_guesses
from tests.helpers import make_shop, storefront
from tests.lifecycle.builders import EMAIL, delivered_order

RIGHT = f'{{ order(name: "#1001", email: "{EMAIL}") {{ name }} }}'


def test_the_order_key_is_far_above_what_one_caller_may_try():
    assert WRONG_GUESSES_PER_ORDER.window == GUEST_LOOKUPS_PER_CLIENT.window
    assert WRONG_GUESSES_PER_ORDER.hits >= 10 * GUEST_LOOKUPS_PER_CLIENT.hits


async def test_one_callers_wrong_guesses_never_lock_the_owner_out(app, db):
    shop = await make_shop()
    await delivered_order(shop)
    async with from_address(app, "198.51.100.7") as attacker:
        first = await storefront(attacker, shop, wrong_guesses(30))  # the request
        assert first.status_code == 200 and first.json()["data"]["a0"] is None
        sent = 30
        while (response := await storefront(attacker, shop, wrong_guesses(10, start=sent))).status_code != 429:
            sent += 10
            assert sent <= GUEST_LOOKUPS_PER_CLIENT.hits, "the caller was never stopped"
        assert codes(response) == {"RATE_LIMITED"} and int(response.headers["Retry-After"]) >= 1
        # Stopped by its own limit: the right email from this address waits too.
        assert (await storefront(attacker, shop, RIGHT)).status_code == 429
    async with from_address(app, "203.0.113.9") as owner:
        right = await storefront(owner, shop, RIGHT)
        assert right.status_code == 200 and right.json()["data"]["order"] == {"name": "#1001"}, right.text
        # The return lookup by the order's email too.
        ret = await storefront(owner, shop, f'{{ return(id: "gid://recourse/Return/1", email: "{EMAIL}") {{ id }} }}')
        assert ret.status_code == 200


async def test_many_callers_wrong_guesses_close_the_order_to_right_and_wrong_alike(app, db, monkeypatch):
    # Smaller figures, the same ratio: each address within its own limit, together past the order's.
    monkeypatch.setattr(ratelimit, "GUEST_LOOKUPS_PER_CLIENT", Limit("test guesses per address", 20, 600))
    # 3 x 20 reach the order's 60 exactly: the aliases of one request check the guard concurrently,
    # so no request may cross it midway (which of its aliases would be refused depends on the database).
    monkeypatch.setattr(ratelimit, "WRONG_GUESSES_PER_ORDER", Limit("test wrong guesses per order", 60, 600))
    shop = await make_shop()
    await delivered_order(shop)
    await delivered_order(shop, name="#1002")
    for n in range(3):
        async with from_address(app, f"198.51.100.{n + 10}") as attacker:
            assert (await storefront(attacker, shop, wrong_guesses(20, start=n))).status_code == 200
    async with from_address(app, "203.0.113.9") as fresh:
        right, wrong = await storefront(fresh, shop, RIGHT), await storefront(fresh, shop, wrong_guesses(1, start=99))
        assert right.status_code == wrong.status_code == 429
        assert codes(right) == codes(wrong) == {"RATE_LIMITED"}
        for answer in (right, wrong):
            assert answer.json()["errors"][0]["message"].startswith("Too many requests: test wrong guesses per order")
        # Another order of the shop is not affected, and right answers never counted against it.
        for _ in range(3):
            other = await storefront(fresh, shop, f'{{ order(name: "#1002", email: "{EMAIL}") {{ name }} }}')
            assert other.status_code == 200 and other.json()["data"]["order"] == {"name": "#1002"}


async def test_a_guest_reading_her_own_order_keeps_her_addresss_budget_for_guesses(app, db):
    # A guest filling in her return form is quoted at each change, and neighbours behind one address
    # (a carrier's NAT, an office) share its budget: right answers are given back, wrong ones stay.
    shop = await make_shop()
    await delivered_order(shop)
    right = "{ " + aliased(f'order(name: "#1001", email: "{EMAIL}") {{ name }}', 20) + " }"
    async with from_address(app, "198.51.100.40") as guest:
        for _ in range(GUEST_LOOKUPS_PER_CLIENT.hits // 20 + 2):
            read = await storefront(guest, shop, right)
            assert read.status_code == 200 and read.json()["data"]["a19"] == {"name": "#1001"}, read.text
        sent = 0
        while (response := await storefront(guest, shop, wrong_guesses(10, start=sent))).status_code != 429:
            sent += 10
            assert sent <= GUEST_LOOKUPS_PER_CLIENT.hits, "the caller was never stopped"
        assert sent >= GUEST_LOOKUPS_PER_CLIENT.hits - 10, f"right answers spent the budget: stopped after {sent} wrong"
        assert (await storefront(guest, shop, RIGHT)).status_code == 429  # past the limit, right and wrong alike
