"""The desk's view of an exchange and of store credit issued: what the customer gets, where it stands
on the platform (the replacement order, the credit's id or gift card), and the operations doing it."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import strawberry
from strawberry.types import Info

from models.exchange import Exchange, StoreCredit
from models.returns import Return
from plugin.actions.exchanges import unreturned
from plugin.api.admin.platform import PlatformOperation, operations_of
from plugin.api.enums import CreditVia, ExchangeStatus, StoreCreditStatus
from plugin.api.money import Money
from plugin.api.types import Node



@strawberry.type(description="One variant the customer receives in exchange.")
class ExchangeItem:
    title: str
    sku: str | None
    quantity: int
    variant_platform_id: str
    unit_price: Money


@strawberry.type(name="Exchange", description="The replacement of a return resolved by exchange, on the platform.")
class ExchangeType(Node):
    row: strawberry.Private[Exchange]

    @strawberry.field
    def status(self) -> ExchangeStatus:
        return ExchangeStatus(self.row.status)

    @strawberry.field
    def items(self) -> list[ExchangeItem]:
        currency = self.row.currency
        return [ExchangeItem(title=item.get("title") or "", sku=item.get("sku"), quantity=int(item["quantity"]),
                             variant_platform_id=item["variant_platform_id"],
                             unit_price=Money.of(Decimal(str(item.get("price") or 0)), currency)) for item in self.row.items]

    @strawberry.field(description="The replacement's price: what an unreturned item is invoiced at.")
    def value(self) -> Money:
        return Money.of(self.row.value, self.row.currency)

    @strawberry.field(description="What the customer pays on top, through the platform's invoice (0: nothing).")
    def price_difference(self) -> Money:
        return Money.of(self.row.difference, self.row.currency)

    @strawberry.field(description="Shipped before the item came back (LOW risk, clean history, within the policy's limit).")
    def instant(self) -> bool:
        return self.row.instant

    @strawberry.field(description="The replacement order on the platform, once placed (e.g. #1042).")
    def platform_order_name(self) -> str | None:
        return self.row.platform_order_name

    @strawberry.field(description="The replacement order's id on the platform.")
    def platform_order_id(self) -> str | None:
        return self.row.platform_order_id

    @strawberry.field(description="The draft order holding the stock, while it is held.")
    def hold_platform_id(self) -> str | None:
        return self.row.draft_platform_id

    @strawberry.field(description="The platform's last refusal (e.g. out of stock), for staff.")
    def platform_error(self) -> str | None:
        return self.row.platform_error

    @strawberry.field(description="REFUND or STORE_CREDIT when the variant sold out and the return fell back to it.")
    def fallback(self) -> str | None:
        return self.row.fallback

    @strawberry.field(description="DIFFERENCE (a price difference) or UNRETURNED (the item never came back): what "
                      "the customer was invoiced for, if anything.")
    def invoice_reason(self) -> str | None:
        return self.row.invoice_reason

    @strawberry.field(description="Where the customer pays the invoice (the platform's checkout).")
    def invoice_url(self) -> str | None:
        return self.row.invoice_url

    @strawberry.field
    def invoiced_at(self) -> datetime | None:
        return self.row.invoiced_at

    @strawberry.field
    def shipped_at(self) -> datetime | None:
        return self.row.shipped_at

    @strawberry.field(description="An instant exchange whose item did not come back by the return's ship-by date: "
                      "staff may charge it through the platform's invoice (exchangeChargeInvoice).")
    async def unreturned(self, info: Info) -> bool:
        ret = await Return.get(shop_id=info.context.shop.id, id=self.row.return_request_id)
        return unreturned(self.row, ret, datetime.now(timezone.utc).date())

    @strawberry.field(description="The operations carrying it out on the platform, oldest first.")
    async def platform_operations(self, info: Info) -> list[PlatformOperation]:
        return await operations_of(info.context.shop.id, [("Exchange", self.row.id)])


@strawberry.type(name="StoreCredit", description="Store credit issued for a return (with its bonus) or a postage "
                 "credit: how it reached the customer and where it stands on the platform. The money is in the "
                 "refund ledger; store credit is never paid out as cash.")
class StoreCreditType(Node):
    row: strawberry.Private[StoreCredit]

    @strawberry.field
    def via(self) -> CreditVia:
        return CreditVia(self.row.via)

    @strawberry.field
    def status(self) -> StoreCreditStatus:
        return StoreCreditStatus(self.row.status)

    @strawberry.field(description="The credit, without the bonus.")
    def amount(self) -> Money:
        return Money.of(self.row.amount, self.row.currency)

    @strawberry.field(description="The bonus on top (0: none).")
    def bonus(self) -> Money:
        return Money.of(self.row.bonus, self.row.currency)

    @strawberry.field(description="Credit and bonus together: what the customer can spend.")
    def total(self) -> Money:
        return Money.of(self.row.amount + self.row.bonus, self.row.currency)

    @strawberry.field
    def expires_at(self) -> datetime | None:
        return self.row.expires_at

    @strawberry.field(description="The credit transaction or gift card on the platform, once issued.")
    def platform_id(self) -> str | None:
        return self.row.platform_id

    @strawberry.field(description="A gift card's last characters (the code itself goes to the customer only).")
    def code_last_characters(self) -> str | None:
        return self.row.code_last4

    @strawberry.field(description="Why the platform refused it, in its own words.")
    def platform_error(self) -> str | None:
        return self.row.platform_error

    @strawberry.field
    def issued_at(self) -> datetime | None:
        return self.row.issued_at

    @strawberry.field(description="The operations carrying it out on the platform, oldest first.")
    async def platform_operations(self, info: Info) -> list[PlatformOperation]:
        return await operations_of(info.context.shop.id, [("StoreCredit", self.row.id)])


async def exchange_of(shop_id: int, return_id: int) -> ExchangeType | None:
    row = await Exchange.get_or_none(shop_id=shop_id, return_request_id=return_id)
    return ExchangeType(row=row) if row else None


async def credits_of(shop_id: int, return_id: int) -> list[StoreCreditType]:
    rows = await StoreCredit.filter(shop_id=shop_id, return_request_id=return_id).order_by("id")
    return [StoreCreditType(row=row) for row in rows]


async def exchange_subjects(shop_id: int, return_id: int) -> list[tuple[str, int]]:
    """The platform operations' subjects that carry out this return's exchange and store credit."""
    subjects = [("Exchange", pk) for pk in await Exchange.filter(shop_id=shop_id, return_request_id=return_id).values_list("id", flat=True)]
    subjects += [("StoreCredit", pk) for pk in await StoreCredit.filter(shop_id=shop_id, return_request_id=return_id).values_list("id", flat=True)]
    return subjects
