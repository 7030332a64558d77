"""Lists cost a fixed number of SQL statements whatever their page size (1, 10, 50), and the
storefront's eligibility reads an order's facts once however many fields need them."""

from __future__ import annotations

import re

import pytest

from models.audit import AuditEvent
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.risk import RiskAssessment, RiskReview
from tests.conftest import count_sql
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, apply_preset, delivered_order, request_return

PAGE_SIZES = (1, 10, 50)

RETURNS = """query($n: Int!) { returns(first: $n) { nodes {
  id name status orderId nextStep quotedTotal { amount } decision { allowed }
  lines { quantity reason line { id title } }
  refunds { amount { amount } status }
  timeline { action actor }
  risk { score level facts { code description } } } } }"""

REVIEWS = """query($n: Int!) { riskReviews(first: $n) { nodes {
  id score status subjectId orderId assessment { score level recommendation facts { code } } } } }"""

ELIGIBILITY = """query($n: String, $e: String) { order(name: $n, email: $e) {
  returnableLines { lineId returnableQuantity allowed reasons { code message } returnBy }
  cancellation { allowed reasons { code } refundEstimate { amount currencyCode } } } }"""


async def _returns_and_reviews(client, shop) -> None:
    """One real return (through the API), then 50 copies of its rows, each with a line, a refund,
    an audit event, an assessment and an open review."""
    order, line = await delivered_order(shop, quantity=2)
    gql_ok_request = await request_return(client, shop, line)
    assert gql_ok_request["return"], gql_ok_request
    original = await Return.get(shop_id=shop.id)
    base = {k: v for k, v in (await Return.filter(id=original.id).values())[0].items() if k not in ("id", "number", "name")}
    line_row = {k: v for k, v in (await ReturnLine.filter(return_request_id=original.id).values())[0].items()
                if k not in ("id", "return_request_id")}
    assessment = (await RiskAssessment.filter(shop_id=shop.id, subject_type="Return").values())[0]
    for number in range(2, 52):
        ret = await Return.create(**base, number=number, name=f"{order.name}-R{number}")
        await ReturnLine.create(**line_row, return_request_id=ret.id)
        await Refund.create(shop_id=shop.id, order_id=order.id, return_request_id=ret.id, amount="1.00",
                            currency=shop.currency, reason="RETURN", created_by="staff")
        await AuditEvent.create(shop_id=shop.id, subject_type="Return", subject_id=ret.id, actor="staff", action="return.noted")
        risk = await RiskAssessment.create(
            shop_id=shop.id, subject_type="Return", subject_id=ret.id, order_id=order.id, score=number,
            level="HIGH", facts=assessment["facts"])
        await RiskReview.create(shop_id=shop.id, assessment_id=risk.id, subject_type="Return", subject_id=ret.id, score=number)


async def _statements(client, shop, query: str, size: int) -> tuple[list[str], dict]:
    with count_sql() as statements:
        data = gql_ok(await admin(client, shop, query, {"n": size}))
    return list(statements), data


async def test_returns_and_review_pages_cost_the_same_at_1_10_and_50(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await _returns_and_reviews(client, shop)

    for query, field, check in (
        (RETURNS, "returns", lambda node: node["lines"][0]["line"]["title"] and node["risk"]["facts"] is not None),
        (REVIEWS, "riskReviews", lambda node: node["orderId"].startswith("gid://recourse/Order/") and node["assessment"]["level"]),
    ):
        counts = {}
        for size in PAGE_SIZES:
            statements, data = await _statements(client, shop, query, size)
            nodes = data[field]["nodes"]
            assert len(nodes) == size and all(check(node) for node in nodes)
            counts[size] = len(statements)
        assert counts[1] == counts[10] == counts[50], (field, counts)


@pytest.mark.no_rate_limits  # the count is the eligibility's reads; the limiter's statement a hit is its own
async def test_eligibility_reads_the_order_once(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await delivered_order(shop, quantity=2)
    with count_sql() as statements:
        data = gql_ok(await storefront(client, shop, ELIGIBILITY, {"n": "#1001", "e": EMAIL}))["order"]
    assert data["returnableLines"][0]["allowed"] is True and data["cancellation"]["allowed"] is False
    # Both fields need the order's facts; the lines are read once for both.
    assert sum(re.search(r'(FROM|JOIN) "?order_line"?\b', s) is not None for s in statements) == 1, "\n".join(statements)
    # The shop, then the order with its lines, their products and shipments in one statement; no
    # returns read for an order that never had one.
    assert len(statements) <= 2, "\n".join(statements)
