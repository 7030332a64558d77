"""What `recourse serve` prints before its log (issue 23, item 24): per shop the customer portal and two
demo orders that really are there to try, the README's example lookup matching the demo data, and the
demo's emails delivered before the ready block rather than logged under it."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

README = Path(__file__).resolve().parents[2] / "README.md"
ORDER = """query($n: String, $e: String) { order(name: $n, email: $e) { name
  returnableLines { allowed returnableQuantity } cancellation { allowed partialAllowed } } }"""


def _storefront(server, domain: str, query: str, variables: dict) -> dict:
    body = httpx.post(f"{server.url}/storefront/graphql", json={"query": query, "variables": variables},
                      headers={"X-Shop-Domain": domain}, timeout=30).json()
    assert not body.get("errors"), body
    return body["data"]


def test_serve_prints_each_portal_and_orders_that_can_be_tried(live_server):
    log = live_server.log.read_text()
    ready = log.index("\nRecourse on ")
    # The demo's emails went out before the ready block: nothing about them is printed under it.
    delivered = re.search(r"^demo emails: (\d+) written to ", log[:ready], re.M)
    assert delivered and int(delivered.group(1)) > 0, log[:ready]
    block = log[ready:log.index("\n\n  outbox:", ready)]
    for domain in ("alotrop.myshopify.com", "alltrendsusa.myshopify.com", "allegra-k.myshopify.com"):
        shop = block[block.index(f"\n  {domain}\n"):]
        shop = shop[: shop.find("\n\n", 3) if shop.find("\n\n", 3) > 0 else None]
        assert f"customer portal:    {live_server.url}/portal/{domain}" in shop, shop
        tries = re.findall(r"try (#\d+) with (\S+@\S+) \((return an item|cancel it)\)", shop)
        assert len(tries) == 2, shop
        for name, email, what in tries:
            order = _storefront(live_server, domain, ORDER, {"n": name, "e": email})["order"]
            assert order is not None, (domain, name, email)
            if what == "return an item":
                assert any(l["allowed"] and l["returnableQuantity"] > 0 for l in order["returnableLines"]), order
            else:
                assert order["cancellation"]["allowed"] or order["cancellation"]["partialAllowed"], order


def test_the_readme_example_lookup_finds_a_demo_order(live_server):
    readme = README.read_text()
    marker = re.search(r"<!-- storefront-example shop=(\S+) -->\n```graphql\n(.+?)\n```", readme, re.S)
    assert marker, "the README's storefront example is marked with its shop"
    domain, query = marker.groups()
    assert _storefront(live_server, domain, query, {})["order"] is not None, query
