"""The same document is parsed and validated once, not on every request; the caches are bounded."""

from __future__ import annotations

from plugin.api.documents import CACHE_SIZE, parse_document, validation_results
from tests.helpers import admin, gql_ok, make_shop

QUERY = "query CacheProbe { shop { name } orders(first: 3) { nodes { id } } }"


async def test_repeated_document_hits_the_parse_and_validation_caches(client, db):
    shop = await make_shop()
    gql_ok(await admin(client, shop, QUERY))
    before = (validation_results.hits, validation_results.misses), parse_document.cache_info()
    for _ in range(3):
        gql_ok(await admin(client, shop, QUERY))
    after = (validation_results.hits, validation_results.misses), parse_document.cache_info()
    assert after[0][0] - before[0][0] == 3 and after[0][1] == before[0][1]
    assert after[1].hits - before[1].hits == 3 and after[1].misses == before[1].misses
    assert after[1].maxsize == CACHE_SIZE == 256


async def test_limits_still_apply_with_the_shared_rules(client, db):
    shop = await make_shop()
    deep = "{ shop { name } " + "orders(first: 1) { nodes { lines { product { id } } } }" + " }"
    assert "errors" not in (await admin(client, shop, deep)).json()
    nested = "query { " + "a: shop { name } " + " ".join(f"x{i}: shop {{ name }}" for i in range(31)) + " }"
    body = (await admin(client, shop, nested)).json()
    assert "aliases" in body["errors"][0]["message"], body
