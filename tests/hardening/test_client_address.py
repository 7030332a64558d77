"""Issue 21, item 8: uvicorn trusted `X-Forwarded-For` from 127.0.0.1 by default (and the leftmost,
client-written entry with `FORWARDED_ALLOW_IPS=*`), so a client dodged the limits or spent a victim's;
an IPv6 client had a key per address of its /64; a headless storefront calling from one server
shared one quota among all its customers. Now: the forwarded client is believed only with
`recourse serve --proxy-headers` and only from `--forwarded-allow-ips` (the rightmost hop that is not
a trusted proxy), IPv6 is keyed by /64, and a storefront server's `Recourse-Storefront-Buyer-IP`
counts only with the shop's `Recourse-Storefront-Private-Token`."""

from __future__ import annotations

import httpx
import pytest

from models.ratelimit import RateCounter
from plugin.web.app import create_app
from plugin.api.auth import storefront_private_token
from plugin.values.client_address import TrustedProxies, forwarded_client, rate_key
from plugin.store.ratelimit import GUEST_LOOKUPS_PER_CLIENT
from plugin.process.settings import Settings
from tests import live_server
from tests.hardening.callers import codes, from_address, wrong_guesses
from tests.helpers import make_shop, storefront


def test_the_client_is_the_rightmost_hop_that_is_not_a_trusted_proxy():
    proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8")
    # A client writes whatever it likes on the left; the proxy appends what it saw.
    assert forwarded_client("127.0.0.1", ["1.1.1.1", "203.0.113.5"], proxies) == "203.0.113.5"
    assert forwarded_client("127.0.0.1", ["203.0.113.5", "10.1.2.3"], proxies) == "203.0.113.5"  # two proxies
    assert forwarded_client("198.51.100.1", ["203.0.113.5"], proxies) == "198.51.100.1"  # not a proxy of ours
    assert forwarded_client("127.0.0.1", ["junk", "203.0.113.5"], proxies) == "203.0.113.5"
    assert forwarded_client("127.0.0.1", ["203.0.113.5", "junk"], proxies) == "127.0.0.1"  # a broken chain: the proxy
    anyone = TrustedProxies.parse("*")  # any peer is the one proxy in front, never an address written in the header
    assert forwarded_client("192.0.2.1", ["10.0.0.1", "127.0.0.1"], anyone) == "127.0.0.1"
    with pytest.raises(ValueError, match="not an IP address"):
        TrustedProxies.parse("127.0.0.1, proxy.internal")


def test_ipv6_clients_are_keyed_by_their_64():
    assert rate_key("2001:db8:1:2:aaaa::1") == rate_key("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert rate_key("2001:db8:1:3::1") != rate_key("2001:db8:1:2::1")
    assert rate_key("::ffff:203.0.113.5") == rate_key("203.0.113.5") == "203.0.113.5"


async def spend_guesses(http, shop, **kwargs) -> int:
    """Aliased wrong guesses until 429; how many were answered."""
    sent = 0
    while (response := await storefront(http, shop, wrong_guesses(25, start=sent), **kwargs)).status_code != 429:
        sent += 25
        assert sent <= GUEST_LOOKUPS_PER_CLIENT.hits, "never limited"
    assert codes(response) == {"RATE_LIMITED"}
    return sent


async def test_addresses_of_one_ipv6_64_share_a_limit(app, db):
    shop = await make_shop()
    async with from_address(app, "2001:db8:1:2::1") as first:
        await spend_guesses(first, shop)
    async with from_address(app, "2001:db8:1:2:dead:beef:0:1") as same_64:
        assert (await storefront(same_64, shop, wrong_guesses(1))).status_code == 429
    async with from_address(app, "2001:db8:1:3::1") as another_64:
        assert (await storefront(another_64, shop, wrong_guesses(1))).status_code == 200


async def test_forwarded_for_is_believed_only_when_configured(db, tmp_path):
    shop = await make_shop()
    for proxy_headers, expected in ((False, 429), (True, 200)):
        app = create_app(Settings(database_url=db.url, photo_dir=str(tmp_path), proxy_headers=proxy_headers,
                                  forwarded_allow_ips="10.0.0.2"), manage_orm=False)
        async with from_address(app, "10.0.0.2") as proxy:
            await spend_guesses(proxy, shop, headers={"X-Forwarded-For": "203.0.113.5"})
            # Off: everyone behind the proxy is the proxy. On: another client behind it is another client.
            other = await storefront(proxy, shop, wrong_guesses(1), headers={"X-Forwarded-For": "203.0.113.6"})
            assert other.status_code == expected
        # Writing a new leftmost entry never makes a new client.
        async with from_address(app, "10.0.0.2") as proxy:
            dodge = await storefront(proxy, shop, wrong_guesses(1), headers={"X-Forwarded-For": "1.2.3.4, 203.0.113.5"})
            assert dodge.status_code == 429
        await RateCounter.all().delete()


async def test_a_storefront_servers_buyer_address_needs_the_shops_private_token(app, db):
    shop = await make_shop()
    async with from_address(app, "192.0.2.10") as server:  # a headless storefront's one address
        for headers in ({"Recourse-Storefront-Buyer-IP": "203.0.113.5"},
                        {"Recourse-Storefront-Buyer-IP": "203.0.113.5", "Recourse-Storefront-Private-Token": "guess"}):
            refused = await storefront(server, shop, "{ shop { name } }", headers=headers)
            assert refused.status_code == 401 and "Recourse-Storefront-Private-Token" in refused.text.title()
        vouched = {"Recourse-Storefront-Private-Token": storefront_private_token(shop)}
        bad = await storefront(server, shop, "{ shop { name } }", headers={**vouched, "Recourse-Storefront-Buyer-IP": "x"})
        assert bad.status_code == 401 and "must be one IPv4 or IPv6 address" in bad.text
        # Each buyer has a limit of its own ...
        await spend_guesses(server, shop, headers={**vouched, "Recourse-Storefront-Buyer-IP": "203.0.113.5"})
        other = await storefront(server, shop, wrong_guesses(1), headers={**vouched, "Recourse-Storefront-Buyer-IP": "203.0.113.6"})
        assert other.status_code == 200
        # ... and the server's own address is not spent by them.
        assert (await storefront(server, shop, wrong_guesses(1))).status_code == 200


@pytest.fixture(params=[(), ("--proxy-headers", "--forwarded-allow-ips", "127.0.0.1")], ids=["default", "behind-proxy"])
def served(request, tmp_path):
    server = live_server.start(tmp_path, serve_args=request.param)
    yield server, bool(request.param)
    live_server.stop(server)


def test_recourse_serve_ignores_forwarded_for_unless_told(served):
    server, behind_proxy = served
    query = lambda n: "{ " + " ".join(f'g{i}: order(name: "#1", email: "g{n}-{i}@example.com") {{ name }}' for i in range(25)) + " }"  # noqa: E731
    with httpx.Client(base_url=server.url, headers=server.storefront_headers, timeout=30) as http:
        statuses = []
        for n in range(GUEST_LOOKUPS_PER_CLIENT.hits // 25 + 1):
            # uvicorn's default believed this from 127.0.0.1: a new client at every request.
            forwarded = f"198.51.100.{n}" if not behind_proxy else f"198.51.100.{n}, 203.0.113.5"
            statuses.append(http.post("/storefront/graphql", json={"query": query(n)},
                                      headers={"X-Forwarded-For": forwarded}).status_code)
        assert statuses[-1] == 429, statuses
        if behind_proxy:  # told to: a client the proxy names is a client of its own
            fresh = http.post("/storefront/graphql", json={"query": query(99)}, headers={"X-Forwarded-For": "203.0.113.6"})
            assert fresh.status_code == 200
