"""The `manual` platform: for platforms without an API adapter, whose own system carries outcomes out.

Its contract is the one Recourse always had (README, "The manual platform"): every outcome is an
outbound webhook (refund.created, order.cancelled, return.approved, ...) written beside the change,
signed, delivered through the outbox; the shop's system acts on it and reports each refund back
with `refundConfirm` (SUCCEEDED with its id, or FAILED), which settles the ledger row. Recourse
writes no platform operations for a manual shop, so this adapter only answers rows written while the
shop had a carrying platform (it switched meanwhile): each is handed to the shop, with a note for
staff, since the webhook that would have told its system was never sent for it.
"""

from __future__ import annotations

from decimal import Decimal

from models.order import Order
from models.platform_refund import PlatformRefund
from models.shop import Shop
from plugin.values.money import Money
from plugin.platform import port


class ManualPlatform:
    name = "manual"

    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    async def __aenter__(self) -> ManualPlatform:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        return None

    def _handed(self, what: str) -> port.Handed:
        return port.Handed(f"{what}: left to the shop's own system (the shop's platform is manual); "
                           "carry it out there, then confirm refunds with refundConfirm")

    async def refund_order(self, request: port.RefundOrder) -> port.Result:
        return self._handed(f"refund of {request.amount.amount} {request.amount.currency}")

    async def credit_customer(self, request: port.CreditCustomer) -> port.Result:
        return self._handed(f"credit of {request.amount.amount} {request.amount.currency}")

    async def cancel_order(self, request: port.CancelOrder) -> port.Result:
        return self._handed("order cancellation")

    async def open_return(self, request: port.OpenReturn) -> port.Result:
        return self._handed("opening the return")

    async def approve_return(self, request: port.ReturnStep) -> port.Result:
        return self._handed("approving the return")

    async def decline_return(self, request: port.DeclineReturn) -> port.Result:
        return self._handed("declining the return")

    async def process_return(self, request: port.ProcessReturn) -> port.Result:
        return self._handed("restocking the returned items")

    async def close_return(self, request: port.ReturnStep) -> port.Result:
        return self._handed("closing the return")

    async def cancel_return(self, request: port.ReturnStep) -> port.Result:
        return self._handed("cancelling the return")

    async def attach_label(self, request: port.AttachLabel) -> port.Result:
        return self._handed("the return label")

    async def issue_credit(self, request: port.IssueCredit) -> port.Result:
        total = request.amount.amount + (request.bonus.amount if request.bonus else 0)
        return self._handed(f"store credit of {total} {request.amount.currency}")

    async def reverse_credit(self, request: port.ReverseCredit) -> port.Result:
        return self._handed(f"taking back {request.amount.amount} {request.amount.currency} of store credit")

    async def reserve_exchange(self, request: port.ExchangeOrder) -> port.Result:
        return self._handed("holding the exchange's stock")

    async def ship_exchange(self, request: port.ExchangeOrder) -> port.Result:
        return self._handed("shipping the exchange")

    async def release_exchange(self, request: port.ExchangeOrder) -> port.Result:
        return self._handed("releasing the exchange's stock")

    async def invoice_customer(self, request: port.InvoiceCustomer) -> port.Result:
        return self._handed(f"an invoice of {request.amount.amount} {request.amount.currency}")

    async def read_order(self, order_id: str) -> port.OrderRecord:
        """What the shop's system reported: the refunds mirrored from its webhooks (no transactions:
        a manual platform does not report them)."""
        order = await Order.get_or_none(shop_id=self.shop.id, platform_id=order_id)
        if order is None:
            raise port.Unavailable(f"order {order_id} is not known here")
        refunds = await PlatformRefund.filter(shop_id=self.shop.id, order_id=order.id).order_by("id")
        return port.OrderRecord(
            order_id=order_id, currency=order.currency, cancelled_at=order.cancelled_at,
            refunds=tuple(port.PlatformRefundRecord(
                id=r.platform_id, amount=Money(Decimal(r.amount), r.currency), note=r.note, created_at=r.processed_at,
                lines=tuple((str(a), int(b)) for a, b in r.lines)) for r in refunds),
        )
