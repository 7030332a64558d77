"""What a browser test acts on, made by the test itself on the shared live server.

The server's demo data is there to be looked at (lists, counts, previews); a test that changes
something (approves a return, clears a fraud review, refunds) makes its own order and return first,
through the APIs a store and its customers use, so no test depends on what another one did or on
the order they run in. Order names are unique per server run.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import httpx

ALLEGRA = "allegra-k.myshopify.com"
# Allegra K's conditions (its preset's `requirements.condition`): a request that ticks them all.
CONDITIONS = ["UNUSED", "NOT_WORN", "NOT_WASHED", "NOT_IRONED", "NOT_STAINED", "NOT_ALTERED", "TAGS_ATTACHED",
              "ORIGINAL_PACKAGING"]
_numbers = itertools.count(7001)


def order_name() -> str:
    """A name no demo order (#1001...) and no other test's order has."""
    return f"#{next(_numbers)}"


def _iso(days_ago: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days_ago)).isoformat()


def import_order(server, name: str, *, email: str, delivered_days_ago: float = 3, domain: str = ALLEGRA,
                 title: str = "Linen Shirt", price: str = "49.99", quantity: int = 1, added_line: bool = False) -> None:
    """A web order of one item, delivered `delivered_days_ago` days ago, in through orderImport.
    `added_line`: the order as updated on the platform a moment ago, with a second (unshipped) line."""
    key = name.lstrip("#")
    added = [{"id": f"{key}-2", "product_id": "p0", "title": f"{title} (added)", "quantity": 1, "price": "0.00"}] if added_line else []
    payload = {
        "id": f"ui-{key}", "name": name, "email": email, "currency": "USD", "source_name": "web",
        "created_at": _iso(delivered_days_ago + 5), "updated_at": _iso(0 if added_line else delivered_days_ago),
        "subtotal_price": price, "total_price": price, "shipping_lines": [{"price": "0.00"}],
        "shipping_address": {"country_code": "US", "province_code": "CA", "zip": "94110"},
        "customer": {"id": f"ui-{key}", "email": email, "first_name": "Robin"},
        "line_items": [{"id": f"{key}-1", "product_id": "p0", "title": title, "quantity": quantity, "price": price}, *added],
        "fulfillments": [{"id": f"{key}-f1", "order_id": name, "created_at": _iso(delivered_days_ago + 2),
                          "updated_at": _iso(delivered_days_ago), "shipment_status": "delivered",
                          "delivered_at": _iso(delivered_days_ago), "line_items": [{"id": f"{key}-1", "quantity": quantity}]}],
    }
    data = server.gql("mutation($o: JSON!) { orderImport(order: $o) { userErrors { message } } }", {"o": payload}, domain=domain)
    assert data["orderImport"]["userErrors"] == [], data


def storefront(server, query: str, variables: dict, domain: str = ALLEGRA) -> dict:
    body = httpx.post(f"{server.url}/storefront/graphql", json={"query": query, "variables": variables},
                      headers={"X-Shop-Domain": domain}, timeout=30).json()
    assert not body.get("errors"), body
    return body["data"]


REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id name status } decision { allowed reasons { code message } } userErrors { code message } } }"""


def request_return(server, name: str, email: str, *, domain: str = ALLEGRA) -> dict:
    """The customer asks to return the order's one line; gives the return's id, name and status."""
    [line] = storefront(server, "query($n: String!, $e: String!) { order(name: $n, email: $e) { lines { id } } }",
                        {"n": name, "e": email}, domain)["order"]["lines"]
    answer = storefront(server, REQUEST, {"i": {"orderName": name, "email": email, "lines": [
        {"lineId": line["id"], "quantity": 1, "reason": "SIZE_TOO_SMALL", "condition": CONDITIONS}]}}, domain)["returnRequest"]
    assert answer["userErrors"] == [] and answer["return"], answer
    return answer["return"]


def requested_return(server) -> dict:
    """A fresh order of its own and a return request for it, waiting for staff."""
    name = order_name()
    email = f"ui{name.lstrip('#')}@example.com"
    import_order(server, name, email=email)
    ret = request_return(server, name, email)
    assert ret["status"] == "REQUESTED", ret
    return ret


RETURN_STEP = "{ return { status lines { id quantity } } userErrors { code message } }"


def _step(server, mutation: str, variables: dict) -> dict:
    data = server.gql(mutation, variables, domain=ALLEGRA)
    payload = next(iter(data.values()))
    assert payload["userErrors"] == [], payload
    return payload["return"]


def inspected_return(server) -> dict:
    """A return approved, received and inspected (everything accepted): ready to be refunded."""
    ret = requested_return(server)
    lines = _step(server, f"mutation($id: ID!) {{ returnApproveRequest(id: $id) {RETURN_STEP} }}", {"id": ret["id"]})["lines"]
    _step(server, f"mutation($id: ID!, $l: [ReturnLineQuantityInput!]!) {{ returnMarkReceived(id: $id, lines: $l) {RETURN_STEP} }}",
          {"id": ret["id"], "l": [{"returnLineId": line["id"], "quantity": line["quantity"]} for line in lines]})
    _step(server, f"mutation($id: ID!, $l: [ReturnLineInspectionInput!]!) {{ returnInspect(id: $id, lines: $l) {RETURN_STEP} }}",
          {"id": ret["id"], "l": [{"returnLineId": line["id"], "acceptedQuantity": line["quantity"], "rejectedQuantity": 0,
                                   "condition": "AS_DESCRIBED"} for line in lines]})
    return ret


def held_request(server) -> dict:
    """A request held for fraud review (its customer's email is on the blocklist); gives the return."""
    name = order_name()
    email = f"held{name.lstrip('#')}@example.com"
    import_order(server, name, email=email)
    blocked = server.gql('mutation($v: String!) { blocklistAdd(kind: EMAIL, value: $v, note: "Chargeback on an earlier order") '
                         "{ userErrors { message } } }", {"v": email}, domain=ALLEGRA)
    assert blocked["blocklistAdd"]["userErrors"] == [], blocked
    ret = request_return(server, name, email)
    # The customer is told neither way (the storefront says REQUESTED); staff see the hold.
    held = server.gql("query($id: ID!) { node(id: $id) { ... on Return { status } } }", {"id": ret["id"]}, domain=ALLEGRA)
    assert held["node"]["status"] == "ON_HOLD", (ret, held)
    return ret
