"""Shopify's closed sets as the adapter and the emulator write them (plugin.platform.shopify_enums)
are the enums of the Admin API version we pin: the SDL fixture the emulator validates against."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import GraphQLEnumType, build_schema

from plugin.platform import shopify_enums

FIXTURE = Path(shopify_enums.__file__).parent / "emulator" / "admin_2026_10.graphql"


@pytest.mark.parametrize("enum, name", [
    (shopify_enums.ShopifyReturnStatus, "ReturnStatus"),
    (shopify_enums.ReverseFulfillmentOrderStatus, "ReverseFulfillmentOrderStatus"),
    (shopify_enums.OrderDisplayFinancialStatus, "OrderDisplayFinancialStatus"),
    (shopify_enums.OrderCancelStatus, "OrderCancelStatus"),
])
def test_each_shopify_enum_is_the_pinned_versions(enum, name):
    declared = build_schema(FIXTURE.read_text(encoding="utf-8")).type_map[name]
    assert isinstance(declared, GraphQLEnumType)
    assert sorted(member.value for member in enum) == sorted(declared.values)
