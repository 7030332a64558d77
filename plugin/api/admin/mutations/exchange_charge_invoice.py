"""`exchangeChargeInvoice`: staff charge an instant exchange whose item never came back.

The replacement shipped before the return arrived (LOW risk, clean history); by the return's ship-by
date the item is still not back, so the desk offers this: the platform sends the customer its own
invoice for the replacement's value (Shopify: a draft order sent with draftOrderInvoiceSend), and
the customer pays on the platform's checkout. Recourse never holds or charges a card itself.
"""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import exchanges
from plugin.api.admin.parsing import pk
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import UserError, refusals


@strawberry.type
class ExchangeChargeInvoicePayload:
    return_: AdminReturn | None = strawberry.field(default=None, name="return")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ExchangeChargeInvoiceMutation:
    @strawberry.mutation(description="Invoice the customer, through the platform, for the replacement of an instant "
                         "exchange whose item did not come back by the return's ship-by date (Exchange.unreturned). "
                         "Once per exchange: a second call is refused with ALREADY_INVOICED.")
    @refusals()
    async def exchange_charge_invoice(self, info: Info, return_id: strawberry.ID) -> ExchangeChargeInvoicePayload:
        exchange = await exchanges.charge_unreturned(info.context.shop, pk(return_id, "Return", "returnId"),
                                                     info.context.staff)
        return ExchangeChargeInvoicePayload(return_=AdminReturn(row=await exchange.return_request))
