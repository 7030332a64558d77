"""The admin returns list reads lines, their order lines and risk for the whole page up front, as
plain rows: every return on the page must show exactly what the same return shows on its own (read
through the loaders), whichever way the query asks (nodes, edges, fragments)."""

from __future__ import annotations

from models.order import OrderLine
from models.returns import Return, ReturnLine
from models.risk import RiskAssessment
from tests.conftest import count_sql
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import apply_preset, delivered_order, request_return

RETURN_FIELDS = """id name status customerEmail quotedTotal { amount currencyCode }
  lines { id quantity reason condition photos quotedAmount { amount currencyCode } receivedQuantity acceptedQuantity
          rejectedQuantity inspectionCondition restock
          line { id title variantTitle sku quantity unitPrice { amount currencyCode } discount { amount } tax { amount }
                 unknownProduct setId product { id title } } }
  risk { score level recommendation facts { code description weight sentiment } assessedAt }"""

BY_NODES = f"query {{ returns(first: 50) {{ nodes {{ {RETURN_FIELDS} }} }} }}"
# The same fields through edges and fragments, split so that no one part asks for everything.
BY_EDGES = """query { returns(first: 50) { edges { cursor node { ...head ... on Return { lines { ...line } } risk { score } } } } }
fragment head on Return { id name status customerEmail quotedTotal { amount currencyCode } risk { level recommendation facts { code description weight sentiment } assessedAt } }
fragment line on ReturnLine { id quantity reason condition photos quotedAmount { amount currencyCode } receivedQuantity
  acceptedQuantity rejectedQuantity inspectionCondition restock
  line { id title variantTitle sku quantity unitPrice { amount currencyCode } discount { amount } tax { amount }
         unknownProduct setId product { id title } } }"""
ONE = f"query($id: ID!) {{ return(id: $id) {{ {RETURN_FIELDS} }} }}"


async def _returns_of_every_shape(client, shop) -> None:
    """Returns with two lines, one line and none; with two assessments, one and none."""
    for name in ("#1001", "#1002", "#1003"):
        _, line = await delivered_order(shop, name=name, quantity=2)
        assert (await request_return(client, shop, line, order_name=name))["return"]
    first, second, third = await Return.filter(shop_id=shop.id).order_by("id")
    # A second line on the first return: another line of its order, with a different title and price.
    order_line = await OrderLine.get(order_id=first.order_id)
    other = await OrderLine.create(shop_id=shop.id, order_id=first.order_id, platform_id="extra", title="Wool Scarf",
                                   sku="SCARF", quantity=1, unit_price="25.50", position=1)
    line = await ReturnLine.get(return_request_id=first.id, order_line_id=order_line.id)
    await ReturnLine.create(shop_id=shop.id, return_request_id=first.id, order_line_id=other.id, quantity=1,
                            reason="DEFECTIVE", condition=["UNUSED"], photos=[], quoted_amount="25.50")
    # A later assessment of the second return: the page shows the latest, as the return does alone.
    await RiskAssessment.create(shop_id=shop.id, subject_type="Return", subject_id=second.id, order_id=second.order_id,
                                score=77, level="HIGH", facts={"recommendation": "HOLD", "facts": [
                                    {"code": "REPEAT", "description": "Many returns", "weight": 40, "sentiment": "NEGATIVE",
                                     "evidence": {}}]})
    # The third return loses its line and its assessment.
    await ReturnLine.filter(return_request_id=third.id).delete()
    await RiskAssessment.filter(subject_type="Return", subject_id=third.id).delete()
    assert line.quantity == 1


async def test_the_page_shows_each_return_as_it_shows_alone(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await _returns_of_every_shape(client, shop)

    alone = {}
    for ret in await Return.filter(shop_id=shop.id):
        node = gql_ok(await admin(client, shop, ONE, {"id": f"gid://recourse/Return/{ret.id}"}))["return"]
        alone[node["id"]] = node
    assert sorted(len(node["lines"]) for node in alone.values()) == [0, 1, 2]
    assert sorted(node["risk"]["score"] if node["risk"] else -1 for node in alone.values())[0] == -1
    assert any(node["risk"] and node["risk"]["score"] == 77 for node in alone.values())

    nodes = gql_ok(await admin(client, shop, BY_NODES))["returns"]["nodes"]
    assert {node["id"]: node for node in nodes} == alone

    edges = gql_ok(await admin(client, shop, BY_EDGES))["returns"]["edges"]
    assert {edge["node"]["id"]: edge["node"] for edge in edges} == alone


async def test_a_page_reads_only_the_relations_its_query_asks_for(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await _returns_of_every_shape(client, shop)

    async def tables(query: str) -> list[str]:
        with count_sql() as statements:
            gql_ok(await admin(client, shop, query))
        return [s.split(" FROM ", 1)[1].split()[0] for s in statements if s.startswith("SELECT")]

    # The shop (the session's), then the page.
    assert await tables("{ returns(first: 50) { nodes { id name } } }") == ['"shop"', '"return"']
    # Lines and their order lines in one statement; the risk in one more.
    assert await tables("{ returns(first: 50) { nodes { id lines { quantity line { title } } risk { score } } } }") == [
        '"shop"', '"return"', '"return_line"', '"risk_assessment"']
    # The customers' emails: their orders, in one statement.
    assert await tables("{ returns(first: 50) { nodes { id customerEmail } } }") == ['"shop"', '"return"', '"order"']
