"""The admin API: merchant staff, authenticated by a session token for one shop."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types
from strawberry.types import Info

from models.catalog import Product
from models.customer import Customer
from models.order import Fulfillment, Order, OrderLine
from models.outbox import OutboxMessage
from models.policy import PolicyVersion
from models.refund import Cancellation, Refund
from models.returns import Return, ReturnLine
from models.risk import BlocklistEntry, RiskReview
from plugin.api.admin.analytics import AnalyticsQuery
from plugin.api.admin.email_subjects import EmailSubjectsQuery
from plugin.api.admin.emails import EmailDelivery, EmailsQuery, email_delivery
from plugin.api.admin.home import HomeQuery
from plugin.api.admin.platform import PlatformOperation, PlatformQuery, platform_operation
from plugin.api.admin import order_page
from plugin.api.admin.order import AdminOrder, CancellationType
from plugin.api.admin.mutations import MUTATIONS
from plugin.api.admin.policy import PolicyQuery, PolicyVersionType
from plugin.api.admin.policy_draft import PolicyDraftQuery
from plugin.api.admin.policy_text import PolicyTextQuery
from plugin.api.admin.refunds_list import RefundsQuery
from plugin.api.admin.returns import ReturnsQuery
from plugin.api.admin.privacy import PrivacyQuery
from plugin.api.admin.reasons import ReasonsQuery
from plugin.api.admin.risk import BlocklistEntryType, RiskQuery, RiskReviewType
from plugin.api.admin.shop import AdminShop
from plugin.api.ids import from_gid
from plugin.api.order_search import apply_order_search, has_free_text, planned_for_its_terms
from plugin.api.pagination import Connection, paginate
from plugin.api.admin.types import AdminRefund, AdminReturn
from plugin.api.return_types import ReturnLineType
from plugin.api.schema_factory import build_schema
from plugin.api.types import (
    CustomerType,
    FulfillmentType,
    Node,
    OrderLineType,
    ProductType,
)
from plugin.store.ratelimit import ADMIN_MUTATIONS


async def _node(shop_id: int, gid: str) -> Node | None:
    parsed = from_gid(gid)
    if parsed is None:
        return None
    type_name, pk = parsed
    if type_name == "Shop":
        return None  # the shop itself is `shop`; a node lookup never crosses to another
    model, wrap = _NODES.get(type_name, (None, None))
    if model is None:
        return None
    row = await model.get_or_none(id=pk, shop_id=shop_id)
    return await wrap(row) if row else None


async def _with_currency(row, wrapper):
    order = await Order.get(id=row.order_id, shop_id=row.shop_id).only("id", "currency")
    return wrapper(row=row, currency=order.currency)


async def _return_line(row):
    ret = await Return.get(id=row.return_request_id, shop_id=row.shop_id).only("id", "currency")
    return ReturnLineType(row=row, currency=ret.currency)


async def _plain(wrapper, row):
    return wrapper(row=row)


_NODES = {
    "Order": (Order, lambda row: _plain(AdminOrder, row)),
    "Product": (Product, lambda row: _plain(ProductType, row)),
    "Customer": (Customer, lambda row: _plain(CustomerType, row)),
    "OrderLine": (OrderLine, lambda row: _with_currency(row, OrderLineType)),
    "Fulfillment": (Fulfillment, lambda row: _with_currency(row, FulfillmentType)),
    "PolicyVersion": (PolicyVersion, lambda row: _plain(PolicyVersionType, row)),
    "Return": (Return, lambda row: _plain(AdminReturn, row)),
    "Refund": (Refund, lambda row: _plain(AdminRefund, row)),
    "Cancellation": (Cancellation, lambda row: _plain(CancellationType, row)),
    "RiskReview": (RiskReview, lambda row: _plain(RiskReviewType, row)),
    "BlocklistEntry": (BlocklistEntry, lambda row: _plain(BlocklistEntryType, row)),
    "ReturnLine": (ReturnLine, lambda row: _return_line(row)),
    "EmailDelivery": (OutboxMessage, lambda row: _email(row)),
    "PlatformOperation": (OutboxMessage, lambda row: _platform_operation(row)),
}


async def _platform_operation(row):
    return platform_operation(row)


async def _email(row):
    return email_delivery(row)


@strawberry.type
class Query:
    @strawberry.field(description="The shop the session token belongs to.")
    def shop(self, info: Info) -> AdminShop:
        return AdminShop(row=info.context.shop)

    @strawberry.field(description="Orders, most recently placed first. `query` takes name:, email:, status:, channel: and free text.")
    async def orders(
        self, info: Info, first: int | None = None, after: str | None = None, query: str | None = None
    ) -> Connection[AdminOrder]:
        queryset = apply_order_search(Order.filter(shop_id=info.context.shop.id), query)
        page = lambda: paginate(queryset, first, after, lambda row: AdminOrder(row=row), by="placed_at")  # noqa: E731
        connection = await (planned_for_its_terms(Order, page) if has_free_text(query) else page())
        await order_page.read_page(info, connection.nodes)
        return connection

    @strawberry.field
    async def order(self, info: Info, id: strawberry.ID) -> AdminOrder | None:
        parsed = from_gid(id, "Order")
        if parsed is None:
            return None
        row = await Order.get_or_none(id=parsed[1], shop_id=info.context.shop.id)
        return AdminOrder(row=row) if row else None

    @strawberry.field(description="Any object of this shop by its global ID; null for other shops'.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return await _node(info.context.shop.id, id)


schema = build_schema(
    merge_types("Query", (Query, HomeQuery, PolicyQuery, PolicyDraftQuery, PolicyTextQuery, ReturnsQuery, RefundsQuery, EmailsQuery,
                          EmailSubjectsQuery, RiskQuery, PrivacyQuery, PlatformQuery, AnalyticsQuery, ReasonsQuery)),
    merge_types("Mutation", MUTATIONS),
    types=[AdminOrder, ProductType, CustomerType, OrderLineType, FulfillmentType, PolicyVersionType,
           AdminReturn, ReturnLineType, AdminRefund, CancellationType, EmailDelivery, RiskReviewType, BlocklistEntryType,
           PlatformOperation],
    mutation_budget=ADMIN_MUTATIONS,
)
