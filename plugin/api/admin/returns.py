"""Staff read returns: the list with its filters, and one return (the steps on them: mutations/)."""

from __future__ import annotations

from datetime import date

import strawberry
from strawberry.types import Info

from models.returns import Return
from plugin.api.admin.return_page import read_page
from plugin.api.admin.return_search import ReturnFilters, apply_return_filters
from plugin.api.admin.types import AdminReturn
from plugin.api.enums import ReturnReason, ReturnResolution, ReturnStatus, RiskAssessmentResult
from plugin.api.ids import from_gid
from plugin.api.order_search import planned_for_its_terms
from plugin.api.pagination import Connection, paginate


@strawberry.type
class ReturnsQuery:
    @strawberry.field(description="Returns, most recently requested first. `query`: words each found in the return or "
                      "order name, the customer's email or name, and the filters the analytics link with: "
                      "requested:FROM..TO, counted:yes, product:, variant:, product_type:, reason:, segment:, "
                      "policy_version:. `reason`: any line's; `requestedFrom`/`requestedTo`: calendar days in the "
                      "shop's time zone, both included.")
    async def returns(
        self, info: Info, first: int | None = None, after: str | None = None,
        status: ReturnStatus | None = None, query: str | None = None,
        reason: ReturnReason | None = None, resolution: ReturnResolution | None = None,
        risk_level: RiskAssessmentResult | None = None,
        requested_from: date | None = None, requested_to: date | None = None,
    ) -> Connection[AdminReturn]:
        shop = info.context.shop
        filters = ReturnFilters(status, query, reason, resolution, risk_level, requested_from, requested_to)
        queryset, free_text = apply_return_filters(Return.filter(shop_id=shop.id), filters, shop)
        page = lambda: paginate(queryset, first, after, lambda row: AdminReturn(row=row), by="requested_at")  # noqa: E731
        connection = await (planned_for_its_terms(Return, page) if free_text else page())
        await read_page(info, connection.nodes)
        return connection

    @strawberry.field(name="return")
    async def return_(self, info: Info, id: strawberry.ID) -> AdminReturn | None:
        parsed = from_gid(id, "Return")
        row = await Return.get_or_none(shop_id=info.context.shop.id, id=parsed[1]) if parsed else None
        return AdminReturn(row=row) if row else None
