"""Issue 21, items 1 and 2 under a flood: the API routes admit requests before reading them
(plugin.web.admission). A known caller (a customer token or a staff session signed by the shop) is
served at once; anonymous requests share a few places in flight, one per client address, handed out
round robin among the addresses that wait, and past a bounded queue the answer is a quick 429 with
Retry-After. Here through HTTP: a request whose body is still arriving holds its place (its body is
read only once admitted), so each test can hold the places and watch who else is answered."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from types import SimpleNamespace

import httpx

from models.customer import Customer
from plugin.api.auth import issue_customer_token, issue_session_token, storefront_private_token
from plugin.process.settings import Settings
from plugin.web.app import create_app
from tests.conftest import count_sql
from tests.helpers import make_shop, storefront
from tests.lifecycle.builders import delivered_order

SHOP_NAME = '{"query": "{ shop { name } }"}'
WAIT = 0.3  # long enough for a request that was let in to be answered (a few milliseconds here)


def at(app, address: str, **headers) -> httpx.AsyncClient:
    """A caller from its own address."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 40000)),
                             base_url="http://recourse.test", headers=headers, timeout=30)


class Held:
    """A storefront query whose body stalls after its first bytes until released: once let in, it holds
    its place in flight (`admitted` is set when the server starts reading the body)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.admitted, self.release = asyncio.Event(), asyncio.Event()
        self.task = asyncio.create_task(http.post("/storefront/graphql", content=self._body(),
                                                  headers={"content-type": "application/json"}))

    async def _body(self) -> AsyncIterator[bytes]:
        self.admitted.set()
        yield SHOP_NAME[:10].encode()
        await self.release.wait()
        yield SHOP_NAME[10:].encode()

    async def answer(self) -> httpx.Response:
        self.release.set()
        return await asyncio.wait_for(self.task, 10)


def ask(http: httpx.AsyncClient, path: str = "/storefront/graphql", body: str = SHOP_NAME) -> asyncio.Task:
    return asyncio.create_task(http.post(path, content=body, headers={"content-type": "application/json"}))


async def settle() -> None:
    await asyncio.sleep(WAIT)


def app_with(app, **changes):
    return create_app(dataclasses.replace(app.state.settings, **changes), manage_orm=False)


async def test_one_request_in_flight_per_address_while_other_addresses_are_served(app, db):
    shop = await make_shop()
    async with at(app, "127.0.1.1", **{"X-Shop-Domain": shop.domain}) as a, \
            at(app, "127.0.1.2", **{"X-Shop-Domain": shop.domain}) as b:
        first = Held(a)
        await asyncio.wait_for(first.admitted.wait(), 5)
        second = ask(a)  # the same address: waits for its first, though a place is free
        assert (await asyncio.wait_for(ask(b), 5)).status_code == 200  # another address takes that place
        await settle()
        assert not second.done()
        assert (await first.answer()).status_code == 200
        assert (await asyncio.wait_for(second, 5)).json() == {"data": {"shop": {"name": "Alotrop"}}}


async def test_waiting_addresses_take_turns(app, db):
    shop = await make_shop()
    one = app_with(app, anonymous_in_flight=1)
    order: list[str] = []
    async with at(one, "127.0.1.1", **{"X-Shop-Domain": shop.domain}) as a, \
            at(one, "127.0.1.2", **{"X-Shop-Domain": shop.domain}) as b, \
            at(one, "127.0.1.3", **{"X-Shop-Domain": shop.domain}) as c:
        first = Held(a)
        await asyncio.wait_for(first.admitted.wait(), 5)
        tasks = []
        for name, http in (("a2", a), ("a3", a), ("b1", b), ("c1", c)):  # arriving in this order
            task = ask(http)
            task.add_done_callback(lambda _, name=name: order.append(name))
            tasks.append(task)
            await asyncio.sleep(0.05)
        await settle()
        assert order == []  # everyone waits for the one place
        assert (await first.answer()).status_code == 200
        answers = await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert [answer.status_code for answer in answers] == [200] * 4
    # Round robin by address: b and c, who waited with one request each, go before a's second and third.
    assert order == ["b1", "c1", "a2", "a3"]


async def test_known_callers_do_not_wait_behind_anonymous_ones(app, db):
    shop = await make_shop()
    order, line = await delivered_order(shop)
    customer_row = await Customer.get(shop_id=shop.id, platform_id="c1")
    token = issue_customer_token(shop, customer_row)
    one = app_with(app, anonymous_in_flight=1)
    mine = f'{{"query": "{{ order(id: \\"gid://recourse/Order/{order.id}\\") {{ name }} }}"}}'
    async with at(one, "127.0.1.1", **{"X-Shop-Domain": shop.domain}) as a, \
            at(one, "127.0.1.2", **{"X-Shop-Domain": shop.domain}) as b, \
            at(one, "127.0.1.1", **{"X-Shop-Domain": shop.domain, "Authorization": f"Bearer {token}"}) as customer, \
            at(one, "127.0.1.2", Authorization=f"Bearer {issue_session_token(shop)}") as staff, \
            at(one, "127.0.1.3", **{"X-Shop-Domain": shop.domain, "Authorization": "Bearer " + issue_customer_token(
                SimpleNamespace(domain=shop.domain, api_secret="not the shop's secret, though as long as one"), customer_row)}) as forged:
        first = Held(a)
        await asyncio.wait_for(first.admitted.wait(), 5)
        guest, pretender = ask(b), ask(forged)
        await settle()
        # The customer, from the very address that holds the anonymous place, and the staff member
        # are answered at once; the guest and a token the shop did not sign wait their turn.
        answer = await asyncio.wait_for(ask(customer, body=mine), 5)
        assert answer.json() == {"data": {"order": {"name": "#1001"}}}
        assert (await asyncio.wait_for(ask(staff, "/admin/graphql"), 5)).json()["data"]["shop"]["name"] == "Alotrop"
        assert not guest.done() and not pretender.done()
        await first.answer()
        assert (await asyncio.wait_for(guest, 5)).status_code == 200
        assert (await asyncio.wait_for(pretender, 5)).status_code == 401  # refused by the route, as before


async def test_one_known_caller_has_a_bounded_number_of_requests_in_flight(app, db):
    """A signed token skips the anonymous queue, so a shopper's script could otherwise keep hundreds
    of costly requests in flight on one token: past eight the answer is a quick 429, for that token only."""
    shop = await make_shop()
    order, _ = await delivered_order(shop)
    customer_row = await Customer.get(shop_id=shop.id, platform_id="c1")
    signed = {"X-Shop-Domain": shop.domain, "Authorization": f"Bearer {issue_customer_token(shop, customer_row)}"}
    async with at(app, "127.0.1.1", **signed) as customer, \
            at(app, "127.0.1.2", Authorization=f"Bearer {issue_session_token(shop)}") as staff:
        held = [Held(customer) for _ in range(8)]
        await asyncio.wait_for(asyncio.gather(*(h.admitted.wait() for h in held)), 5)
        await settle()
        refused = await asyncio.wait_for(ask(customer), 2)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
        assert refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
        # Another known caller is not held back by it.
        assert (await asyncio.wait_for(ask(staff, "/admin/graphql"), 5)).json()["data"]["shop"]["name"] == "Alotrop"
        assert {(await h.answer()).status_code for h in held} == {200}
        again = await asyncio.wait_for(ask(customer), 5)
        assert again.json() == {"data": {"shop": {"name": "Alotrop"}}}


async def test_a_storefront_servers_buyers_each_wait_as_themselves(app, db):
    shop = await make_shop()
    vouched = {"X-Shop-Domain": shop.domain, "Recourse-Storefront-Private-Token": storefront_private_token(shop)}
    async with at(app, "10.0.0.5", **{"X-Shop-Domain": shop.domain}) as server, \
            at(app, "10.0.0.5", **vouched, **{"Recourse-Storefront-Buyer-IP": "203.0.113.7"}) as for_a_buyer, \
            at(app, "10.0.0.5", **{"X-Shop-Domain": shop.domain, "Recourse-Storefront-Buyer-IP": "203.0.113.9",
                                   "Recourse-Storefront-Private-Token": "a guess"}) as unvouched:
        first = Held(server)  # the storefront server's own request holds its address's place
        await asyncio.wait_for(first.admitted.wait(), 5)
        # A buyer the shop's private token vouches for waits as herself, not behind the server ...
        assert (await asyncio.wait_for(ask(for_a_buyer), 5)).status_code == 200
        # ... but a buyer address without that token waits as the server's address.
        wrong = ask(unvouched)
        await settle()
        assert not wrong.done()
        await first.answer()
        assert (await asyncio.wait_for(wrong, 5)).status_code == 401


async def test_past_the_queue_the_answer_is_a_quick_429(app, db):
    shop = await make_shop()
    one = app_with(app, anonymous_in_flight=1)
    async with at(one, "127.0.1.1", **{"X-Shop-Domain": shop.domain}) as a, \
            at(one, "127.0.1.2", **{"X-Shop-Domain": shop.domain}) as b:
        first = Held(a)
        await asyncio.wait_for(first.admitted.wait(), 5)
        waiting = [ask(a) for _ in range(16)]  # sixteen may wait per address
        await settle()
        refused = await asyncio.wait_for(ask(a), 2)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
        assert refused.json()["errors"][0]["extensions"] == {"code": "RATE_LIMITED", "retryAfter": 1}
        other = ask(b)  # another address still gets in line
        await settle()
        assert not any(task.done() for task in waiting) and not other.done()
        await first.answer()
        answers = await asyncio.wait_for(asyncio.gather(other, *waiting), 20)
    assert {answer.status_code for answer in answers} == {200}


async def test_other_routes_are_not_queued(app, db):
    shop = await make_shop()
    one = app_with(app, anonymous_in_flight=1)
    async with at(one, "127.0.1.1", **{"X-Shop-Domain": shop.domain}) as a:
        first = Held(a)
        await asyncio.wait_for(first.admitted.wait(), 5)
        assert (await asyncio.wait_for(a.get("/healthz"), 5)).status_code == 200
        assert (await asyncio.wait_for(a.get(f"/portal/{shop.domain}"), 5)).status_code == 200
        await first.answer()


async def test_an_anonymous_cancel_with_nothing_to_show_reads_nothing(client, db):
    # The flood's aliased `returnCancel` of a return id, without a token, email or phone: each alias
    # was a database read whose answer could only be NOT_FOUND. It is still NOT_FOUND, read from nothing.
    shop = await make_shop()
    aliases = " ".join(f'a{i}: returnCancel(id: "gid://recourse/Return/{i + 1}") {{ userErrors {{ code }} }}' for i in range(30))
    with count_sql() as statements:
        answer = await storefront(client, shop, f"mutation {{ {aliases} }}")
    assert answer.json()["data"]["a0"] == {"userErrors": [{"code": "NOT_FOUND"}]}
    assert not [s for s in statements if '"return"' in s], "\n".join(statements)


async def test_a_full_queue_makes_the_longest_waiting_address_give_way(app, db):
    # 256 may wait in a process. Sixteen flooding addresses with sixteen each fill it; a guest who
    # then arrives with nothing waiting is let in line, and a flooder's latest request is answered 429.
    shop = await make_shop()
    one = app_with(app, anonymous_in_flight=1)
    floods = [at(one, f"127.0.2.{n}", **{"X-Shop-Domain": shop.domain}) for n in range(1, 17)]
    async with at(one, "127.0.1.1", **{"X-Shop-Domain": shop.domain}) as a, \
            at(one, "127.0.3.1", **{"X-Shop-Domain": shop.domain}) as guest_http:
        first = Held(a)
        await asyncio.wait_for(first.admitted.wait(), 5)
        flooding = [ask(http) for http in floods for _ in range(16)]
        await settle()
        assert not any(task.done() for task in flooding)
        guest = ask(guest_http)
        await settle()
        gave_way = [task for task in flooding if task.done()]
        assert len(gave_way) == 1 and gave_way[0].result().status_code == 429
        assert not guest.done()
        await first.answer()
        answers = await asyncio.wait_for(asyncio.gather(guest, *flooding), 120)
        for http in floods:
            await http.aclose()
    assert answers[0].status_code == 200
    assert sorted(answer.status_code for answer in answers[1:]) == [200] * 255 + [429]
