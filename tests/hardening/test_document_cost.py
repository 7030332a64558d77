"""Issue 21, item 1: a 1.1 KB anonymous query whose fragments each spread the next twice took 13 s of
event-loop time, because the depth, alias and cost rules walked every fragment again at each spread;
and graphql-core's overlapping-fields rule takes seconds over a few hundred copies of one field.
Every limit is now measured once per fragment, before the specification's rules run, so any such
document is refused at once. Bounds here are generous (this machine is shared): the refusals used
to take seconds to minutes."""

from __future__ import annotations

import time

from tests.helpers import make_shop, storefront


def doubling(levels: int, prefix: str = "F") -> str:
    """The issue's document: each fragment spreads the next twice."""
    parts = [f"query{{...{prefix}0}}"]
    parts += [f"fragment {prefix}{i} on Query{{...{prefix}{i + 1} ...{prefix}{i + 1} shop{{name}}}}" for i in range(levels)]
    parts.append(f"fragment {prefix}{levels} on Query{{shop{{name}}}}")
    return " ".join(parts)


def codes(response) -> set[str]:
    return {(e.get("extensions") or {}).get("code") for e in response.json()["errors"]}


async def timed(client, shop, query: str):
    started = time.perf_counter()
    response = await storefront(client, shop, query)
    return response, time.perf_counter() - started


async def test_fragments_spreading_each_other_are_refused_at_once(client, db):
    shop = await make_shop()
    # 20 levels took 13 s; 40 would have taken 13 s x 2^20. Both are refused without expanding them.
    for levels in (20, 40):
        response, seconds = await timed(client, shop, doubling(levels))
        assert response.status_code == 200 and response.json()["data"] is None
        assert "MAX_COST_EXCEEDED" in codes(response)
        assert seconds < 2, f"{levels} levels took {seconds:.1f} s"
    # The same document with the strict media type: a request error, 400.
    response = await client.post("/storefront/graphql", json={"query": doubling(30)}, headers={
        "X-Shop-Domain": shop.domain, "Accept": "application/graphql-response+json"})
    assert response.status_code == 400 and "data" not in response.json()


async def test_a_long_chain_of_spreads_is_refused(client, db):
    shop = await make_shop()
    # Few fields but millions of steps to expand: 4,096 spreads of a chain of 400 one-spread fragments.
    doubling_part = " ".join(f"fragment D{i} on Query{{...D{i + 1} ...D{i + 1}}}" for i in range(12))
    chain = " ".join(f"fragment C{i} on Query{{...C{i + 1}}}" for i in range(400))
    query = f"query{{...D0}} {doubling_part} fragment D12 on Query{{...C0}} {chain} fragment C400 on Query{{__typename}}"
    response, seconds = await timed(client, shop, query)
    assert "MAX_COST_EXCEEDED" in codes(response) and seconds < 2


async def test_many_copies_of_one_field_are_refused_before_the_overlap_rule(client, db):
    shop = await make_shop()
    # graphql-core compares every pair of fields merging into one place: 900 copies took 3.7 s and
    # answered "Validation aborted."; 25 shops of 25 names each, 0.17 s.
    for query in ("{" + " ".join(["shop{name}"] * 900) + "}",
                  "{" + " ".join(["shop{" + " ".join(["name"] * 25) + "}"] * 25) + "}",
                  "query{" + " ".join(f"...F{i}" for i in range(40)) + "} "
                  + " ".join(f"fragment F{i} on Query{{shop{{name}}}}" for i in range(40))):
        response, seconds = await timed(client, shop, query)
        assert codes(response) == {"TOO_MANY_MERGED_FIELDS"}, response.text
        assert "select each field once" in response.json()["errors"][0]["message"]
        assert seconds < 2
    # A field repeated a few times, as fragments do, is fine.
    fine = await storefront(client, shop, "query{...A ...B shop{name}} fragment A on Query{shop{name}} "
                                          "fragment B on Query{shop{name currencyCode}}")
    assert fine.status_code == 200 and not fine.json().get("errors"), fine.text


async def test_the_depth_and_alias_limits_still_count_through_fragments(client, db):
    shop = await make_shop()
    # 31 aliases, ten of them in a fragment spread three times (30) plus one: over 30.
    aliases = "query{...A ...A ...A x: shop{name}} fragment A on Query{" + " ".join(
        f"a{i}: shop{{name}}" for i in range(10)) + "}"
    response = await storefront(client, shop, aliases)
    assert response.json()["errors"][0]["message"] == "31 aliases found. Allowed: 30"
    # Depth counts through fragments too: thirteen levels, half of them in a fragment.
    inner = "a { " * 7 + "x" + " }" * 7
    too_deep = await storefront(client, shop, "query Deep { b { c { d { e { f { g { ...D } } } } } } } "
                                              f"fragment D on G {{ {inner} }}")
    assert too_deep.json()["errors"][0]["message"] == "'Deep' exceeds maximum operation depth of 12"
    fine = await storefront(client, shop, "query{...D} fragment D on Query { order(id: \"gid://recourse/Order/1\") "
                                          "{ lines { product { title } } } }")
    assert fine.status_code == 200 and not fine.json().get("errors"), fine.text
