"""policySimulate reports retained revenue (exchanges + store credit) next to refunds when a merchant
turns exchanges or a store credit bonus on (issue 24)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import delivered_order

pytestmark = pytest.mark.db

SIMULATE = """query($d: JSON!, $s: DateTime!) { policySimulate(document: $d, since: $s) {
  impact { refundBefore { amount } refundAfter { amount }
    retainedBefore { amount } retainedAfter { amount } exchangesBefore { amount } exchangesAfter { amount }
    storeCreditBefore { amount } storeCreditAfter { amount } bonusBefore { amount } bonusAfter { amount }
    moneyRefundedBefore { amount } moneyRefundedAfter { amount } exchangeShare storeCreditShare }
  userErrors { field code message } } }"""


async def test_turning_exchanges_and_a_bonus_on_shows_the_revenue_kept(client):
    shop = await make_shop(currency="USD")
    await delivered_order(shop, name="#1001", days_ago=3, price="40.00", quantity=1)
    await delivered_order(shop, name="#1002", days_ago=5, price="60.00", quantity=1, customer="c2")
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    document["resolutions"].update({"exchange": "ALWAYS", "store_credit": "ALWAYS",
                                    "store_credit_terms": {"bonus_percent": "10", "bonus_flat": "0"}})
    since = (datetime.now(timezone.utc) - timedelta(days=60)).isoformat()
    impact = gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": since}))["policySimulate"]["impact"]
    refund = Decimal(impact["refundAfter"]["amount"])
    assert refund == Decimal(impact["refundBefore"]["amount"]) == Decimal("100.00")
    assert (impact["exchangeShare"], impact["storeCreditShare"]) == ("0.30", "0.20")
    # Nothing was kept under the defaults (no exchange, no credit); 30% + 20% of 100.00 now.
    assert impact["retainedBefore"]["amount"] == "0.00" and impact["moneyRefundedBefore"]["amount"] == "100.00"
    assert impact["exchangesAfter"]["amount"] == "30.00" and impact["storeCreditAfter"]["amount"] == "20.00"
    assert impact["retainedAfter"]["amount"] == "50.00" and impact["moneyRefundedAfter"]["amount"] == "50.00"
    assert impact["bonusAfter"]["amount"] == "2.00"  # 10% of the 20.00 taken as credit


async def test_exchanges_for_faults_only_keep_nothing_of_a_change_of_mind(client):
    shop = await make_shop(currency="USD")
    await delivered_order(shop, name="#1001", days_ago=3, price="40.00", quantity=1)
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    document["resolutions"]["exchange"] = "MERCHANT_AT_FAULT"
    since = (datetime.now(timezone.utc) - timedelta(days=60)).isoformat()
    impact = gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": since}))["policySimulate"]["impact"]
    assert impact["retainedAfter"]["amount"] == "0.00"
