"""Store credit carried out: a return's STORE_CREDIT ledger row and its BONUS, issued on the
platform as one credit (plugin/platform/port.py IssueCredit), with the "your store credit" email.

Called in the transaction that wrote the ledger rows (plugin/actions/exchange_hooks.py). A shop whose
platform carries outcomes out gets a `credit.issue` operation and the email waits (HELD) for the
platform's answer: it then carries the gift card's code, or says the credit is on the customer's
account; a refusal drops it and fails the rows (staff see the platform's words). A `manual` shop gets
the outbound webhook `store_credit.issue` with everything its system needs, and the email at once.

How: `Shop.store_credit_via` (STORE_CREDIT: the customer's store credit account; GIFT_CARD: where the
shop has store credit off). An order without a customer on the platform (a guest checkout) has no
account to credit: it gets a gift card either way.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timezone
from decimal import Decimal

from models.customer import Customer
from models.enums import CreditVia, StoreCreditStatus
from models.exchange import StoreCredit
from models.order import Order
from models.refund import Refund
from models.returns import Return
from models.shop import Shop
from plugin.actions import exchange_hooks, platform_ops
from plugin.actions.events import record
from plugin.values.ids import to_gid
from plugin.values.money import Money, quantize
from plugin.platform import port

EMAIL = "store_credit"


def _expiry(value) -> datetime | None:
    """A credit's expiry: the end of its last day, UTC (a date on the ledger row)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return datetime.combine(value, time(23, 59, 59), tzinfo=timezone.utc)


async def _customer_id(shop: Shop, order: Order) -> str:
    if not order.customer_id:
        return ""
    found = await Customer.filter(shop_id=shop.id, id=order.customer_id).values_list("platform_id", flat=True)
    return found[0] if found else ""


def via_for(shop: Shop, customer_id: str) -> CreditVia:
    if not customer_id:
        return CreditVia.GIFT_CARD
    return CreditVia(str(shop.store_credit_via or CreditVia.STORE_CREDIT))


def event(credit: StoreCredit, order: Order, request: port.IssueCredit) -> dict:
    """The outbound webhook body for a manual platform."""
    return {
        "id": to_gid("StoreCredit", credit.id), "order_id": to_gid("Order", order.id), "order_platform_id": order.platform_id,
        "return_id": to_gid("Return", credit.return_request_id) if credit.return_request_id else None,
        "customer_platform_id": request.customer_id or None, "email": request.email, "via": str(request.via),
        "amount": {"amount": str(request.amount.amount), "currency": request.amount.currency},
        "bonus": {"amount": str(request.bonus.amount), "currency": request.bonus.currency} if request.bonus else None,
        "expires_at": request.expires_at.isoformat() if request.expires_at else None,
        "bonus_expires_at": request.bonus_expires_at.isoformat() if request.bonus_expires_at else None,
        "ledger": [ref for ref in (request.credit_ref, request.bonus_ref) if ref],
        "cash_out": False,
    }


async def issue(shop: Shop, order: Order, ret: Return | None, credit_row: Refund, bonus_row: Refund | None,
                actor: str = "staff") -> StoreCredit:
    """Issue the credit (and bonus) the ledger rows hold; in their transaction."""
    currency = credit_row.currency
    customer_id = await _customer_id(shop, order)
    via = via_for(shop, customer_id)
    bonus = Decimal(bonus_row.amount) if bonus_row is not None and bonus_row.amount > 0 else Decimal(0)
    expires = _expiry(getattr(credit_row, "expires_on", None))
    bonus_expires = _expiry(getattr(bonus_row, "expires_on", None)) if bonus_row is not None else None
    carried = platform_ops.carried_out(shop)
    credit = await StoreCredit.create(
        shop_id=shop.id, order_id=order.id, return_request_id=ret.id if ret else None, refund_id=credit_row.id,
        bonus_refund_id=bonus_row.id if bonus_row is not None and bonus > 0 else None, via=via,
        status=StoreCreditStatus.PENDING if carried else StoreCreditStatus.HANDED,
        amount=credit_row.amount, bonus=bonus, currency=currency, expires_at=expires,
    )
    request = port.IssueCredit(
        key="", order_id=order.platform_id, amount=Money(quantize(credit_row.amount, currency), currency),
        customer_id=customer_id, email=order.email, bonus=Money(quantize(bonus, currency), currency) if bonus > 0 else None,
        expires_at=expires, bonus_expires_at=bonus_expires or (expires if bonus > 0 else None), via=via,
        notify=platform_ops.platform_notifies(shop), note=f"Recourse {to_gid('Refund', credit_row.id)}",
        written_at=datetime.now(timezone.utc).replace(microsecond=0),
        credit_ref=to_gid("Refund", credit_row.id), bonus_ref=to_gid("Refund", bonus_row.id) if bonus_row is not None and bonus > 0 else "",
    )
    if carried:
        await platform_ops.enqueue(shop, order.id, "credit.issue", ("StoreCredit", credit.id),
                                   lambda key: dataclasses.replace(request, key=key))
    email = None
    if order.email and not platform_ops.platform_notifies(shop):
        email = (EMAIL, {"to": order.email, "order_id": order.id, "return_id": ret.id if ret else None,
                         "store_credit_id": credit.id})
    await record(shop, subject=("StoreCredit", credit.id), actor=actor, action="store_credit.issue",
                 after={"amount": str(credit.amount), "bonus": str(bonus), "via": str(via)},
                 webhook=None if carried else ("store_credit.issue", event(credit, order, request)),
                 email=email, hold_email=carried)
    return credit


async def reverse(shop: Shop, order: Order, ret: Return | None, row: Refund, actor: str = "staff") -> None:
    """A negative BONUS row (an unspent bonus of a reversed return) taken back on the platform, in the
    row's transaction: a `credit.reverse` operation, or the webhook `store_credit.reverse` for a manual
    platform. The platform's refusal (already spent) fails the row: the bonus stands."""
    currency = row.currency
    amount = Money(quantize(abs(Decimal(row.amount)), currency), currency)
    customer_id = await _customer_id(shop, order)
    original = await StoreCredit.filter(shop_id=shop.id, bonus_refund_id=getattr(row, "reverses_id", None)).first() \
        if getattr(row, "reverses_id", None) else None
    via = CreditVia(str(original.via)) if original else via_for(shop, customer_id)
    request = port.ReverseCredit(key="", order_id=order.platform_id, amount=amount, customer_id=customer_id, via=via,
                                 written_at=datetime.now(timezone.utc).replace(microsecond=0),
                                 refund_ref=to_gid("Refund", row.id))
    carried = platform_ops.carried_out(shop)
    if carried:
        await platform_ops.enqueue(shop, order.id, "credit.reverse", ("Refund", row.id),
                                   lambda key: dataclasses.replace(request, key=key))
    await record(shop, subject=("Refund", row.id), actor=actor, action="store_credit.reverse",
                 after={"amount": str(amount.amount)},
                 webhook=None if carried else ("store_credit.reverse", {
                     "ledger": to_gid("Refund", row.id), "order_platform_id": order.platform_id,
                     "return_id": to_gid("Return", ret.id) if ret else None, "customer_platform_id": customer_id or None,
                     "via": str(via), "amount": {"amount": str(amount.amount), "currency": currency},
                     "only_if_unspent": True}))


@exchange_hooks.credit_issued.listen
async def _on_issued(shop: Shop, order: Order, ret: Return, rows: list[Refund]) -> None:
    credit = next((row for row in rows if row.kind == "STORE_CREDIT"), None)
    if credit is not None:
        await issue(shop, order, ret, credit, next((row for row in rows if row.kind == "BONUS"), None))


@exchange_hooks.credit_reversed.listen
async def _on_reversed(shop: Shop, order: Order, ret: Return, rows: list[Refund]) -> None:
    for row in rows:
        await reverse(shop, order, ret, row)
