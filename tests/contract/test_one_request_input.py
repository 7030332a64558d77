"""returnQuote and returnRequest take one input: the same input, quoted then requested, is decided
the same way, allowed or refused."""

from __future__ import annotations

import pytest

from plugin.api.storefront.schema import schema as storefront_schema
from tests.contract.selection import every_field
from tests.helpers import gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, EVERY_CONDITION, delivered_order

DECISION = every_field(storefront_schema._schema, "ReturnQuote")
QUOTE = "mutation($i: ReturnRequestInput!) { returnQuote(input: $i) { quote " + DECISION + " userErrors { code field } } }"
REQUEST = "mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { return { id status } decision " + DECISION + " userErrors { code field } } }"


@pytest.mark.parametrize("days_ago, reason, allowed", [
    (5, "SIZE_TOO_SMALL", True),
    (5, "DAMAGED", True),  # the merchant's fault: photos and a different refund
    (400, "UNWANTED", False),  # long past the return window
])
async def test_the_quote_is_the_decision_of_the_same_request(client, db, days_ago, reason, allowed):
    shop = await make_shop()
    _, line = await delivered_order(shop, days_ago=days_ago)
    built = {
        "orderName": "#1001", "email": EMAIL, "resolution": "REFUND", "shippingMethod": "CUSTOMER_SHIPPED",
        "proofOfPurchase": "INV-1001", "customerNote": "thanks", "idempotencyKey": "one-input",
        "lines": [{"lineId": line, "quantity": 2, "reason": reason, "condition": EVERY_CONDITION,
                   "photoUrls": ["https://photos.example.com/1.jpg"], "note": "see photo"}],
    }
    quoted = gql_ok(await storefront(client, shop, QUOTE, {"i": built}))["returnQuote"]
    requested = gql_ok(await storefront(client, shop, REQUEST, {"i": built}))["returnRequest"]
    assert quoted["userErrors"] == [] and requested["userErrors"] == []
    assert quoted["quote"]["allowed"] is allowed
    assert requested["decision"] == quoted["quote"]
    assert (requested["return"] is not None) is allowed
