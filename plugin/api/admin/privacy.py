"""What the shop holds about one customer, for staff answering a data request."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from plugin.actions.privacy import CustomerRef, customer_data


@strawberry.type
class PrivacyQuery:
    @strawberry.field(description="Everything held about a customer (customers, orders with addresses, returns, "
                      "refunds, risk assessments, blocklist entries, emails), found by the platform's customer "
                      "id, email or phone; the same document customers/data_request delivers to the shop's "
                      "webhook as customers.data_request.")
    async def customer_data(
        self, info: Info, customer_id: str | None = None, email: str | None = None, phone: str | None = None,
    ) -> JSON:
        who = CustomerRef(platform_id=(customer_id or None) and customer_id[:64], email=(email or None) and email[:320],
                          phone=(phone or None) and phone[:64])
        return await customer_data(info.context.shop, who)
