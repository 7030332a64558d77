"""Exchanges carried out: the replacement held, shipped or let go on the platform, the price
difference or an unreturned item charged by the platform's invoice, and the fallback when the variant
sold out. Called in the transaction of the return step that needs it (plugin/actions/exchange_hooks.py).

When it ships (issue 24):

* approved -> the stock is held for the customer until the ship-back deadline (+ a grace period);
* received -> the replacement order is placed (the default);
* at approval already, for a customer the risk engine scored LOW, with a clean history, when the
  exchange is worth at most the policy's `instant_up_to`: an instant exchange, without holding the
  customer's card. If the item then never comes back by the ship-back deadline, the desk lists the
  return and staff may charge its value through the platform's invoice (`exchangeChargeInvoice`).
* a variant with no stock to hold waits (WAITING_STOCK, counted on the desk's home page); when it is
  still missing at shipping time the exchange falls back as the policy says (refund or store credit).

A shop whose platform carries outcomes out (Shopify) gets platform operations (port.ExchangeOrder,
port.InvoiceCustomer); a `manual` shop gets the outbound webhooks exchange.reserve, exchange.ship,
exchange.release and exchange.invoice with everything its system needs, and the exchange moves on at
once (its system is trusted to do it, as with refunds).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.customer import Customer
from models.enums import ExchangeStatus as X
from models.enums import ReturnStatus, RiskReviewStatus
from models.exchange import Exchange
from models.order import Order
from models.catalog import ProductVariant
from models.returns import Return, ReturnLine
from models.risk import RiskReview
from models.shop import Shop
from plugin.actions import exchange_hooks, platform_ops
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.ledger import lock_order
from plugin.actions.policy import policy_in_force, policy_version
from plugin.values.ids import to_gid
from plugin.values.money import Money, quantize
from plugin.platform import port

GRACE_DAYS = 14  # the stock is held this long past the ship-back deadline
HOLD_DAYS = 30  # ... or this long from approval when the return has no deadline
LIVE = (X.REQUESTED, X.RESERVING, X.RESERVED, X.WAITING_STOCK)  # not shipped, not over


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _exchange(ret: Return) -> dict:
    """The decision's exchange particulars (plugin.actions.exchange_offers.resolution_data): the chosen
    variants, the price difference and its handling, the out-of-stock fallback."""
    return (ret.decision or {}).get("exchange") or {}


def _amount(value) -> Decimal:
    if isinstance(value, dict):
        value = value.get("amount", value)
        if isinstance(value, dict):
            value = value.get("amount")
    return Decimal(str(value or 0))


def difference(ret: Return) -> Decimal:
    """What the customer pays on top (positive) when the policy says the customer pays it."""
    data = _exchange(ret)
    if data.get("handling") != "CUSTOMER_PAYS":
        return Decimal(0)
    return max(Decimal(0), _amount(data.get("difference")))


async def _open(shop: Shop, order: Order, ret: Return) -> Exchange | None:
    """The return's exchange, made from its decision and lines the first time it is needed."""
    existing = await Exchange.get_or_none(shop_id=shop.id, return_request_id=ret.id)
    if existing is not None:
        return existing
    if str(ret.resolution) != "EXCHANGE":
        return None
    chosen = {str(line.get("line_id")): line for line in _exchange(ret).get("lines") or []}
    items = []
    for row in await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id, exchange_variant_id__isnull=False).order_by("id"):
        variant = await ProductVariant.get_or_none(shop_id=shop.id, id=row.exchange_variant_id).prefetch_related("product")
        if variant is None:
            continue
        line = chosen.get(str(row.order_line_id)) or {}
        price = row.exchange_price if row.exchange_price is not None else (_amount(line.get("price")) or variant.price)
        title = f"{variant.product.title} - {variant.title}" if variant.product and variant.title else variant.title
        items.append({"return_line_id": row.id, "variant_id": variant.id, "variant_platform_id": variant.platform_id,
                      "title": title, "sku": variant.sku, "quantity": row.quantity, "price": str(price)})
    if not items:
        return None
    value = sum((Decimal(item["price"]) * item["quantity"] for item in items), Decimal(0))
    return await Exchange.create(shop_id=shop.id, return_request_id=ret.id, order_id=order.id, currency=ret.currency,
                                 items=items, value=value, difference=difference(ret))


async def _customer(shop: Shop, order: Order) -> tuple[str, str | None]:
    platform_id = ""
    if order.customer_id:
        found = await Customer.filter(shop_id=shop.id, id=order.customer_id).values_list("platform_id", flat=True)
        platform_id = found[0] if found else ""
    return platform_id, order.email


def _hold_until(ret: Return, now: datetime) -> datetime:
    if ret.ship_by:
        return datetime.combine(ret.ship_by + timedelta(days=GRACE_DAYS), time(23, 59), tzinfo=timezone.utc)
    return now + timedelta(days=HOLD_DAYS)


async def _request(shop: Shop, order: Order, ret: Return, exchange: Exchange, key: str) -> port.ExchangeOrder:
    customer_id, email = await _customer(shop, order)
    address = tuple(sorted((str(k), str(v)) for k, v in (order.shipping_address or {}).items() if v is not None))
    return port.ExchangeOrder(
        key=key, order_id=order.platform_id, exchange_ref=to_gid("Exchange", exchange.id),
        items=tuple(port.ExchangeItem(variant_id=item["variant_platform_id"], quantity=int(item["quantity"]),
                                      title=item.get("title") or "", sku=item.get("sku"),
                                      price=Money(quantize(Decimal(item["price"]), exchange.currency), exchange.currency))
                    for item in exchange.items),
        customer_id=customer_id, email=email, shipping_address=address, until=_hold_until(ret, _now()),
        draft_id=exchange.draft_platform_id or "", note=f"Recourse exchange for return {ret.name} ({to_gid('Return', ret.id)})",
    )


def event(exchange: Exchange, ret: Return, order: Order, request: port.ExchangeOrder | None = None) -> dict:
    """The outbound webhook body: everything a platform without an adapter needs to do it."""
    body = {
        "id": to_gid("Exchange", exchange.id), "return_id": to_gid("Return", ret.id), "return_name": ret.name,
        "order_id": to_gid("Order", order.id), "order_platform_id": order.platform_id, "status": exchange.status,
        "instant": exchange.instant,
        "items": [{"variant_platform_id": item["variant_platform_id"], "sku": item.get("sku"), "title": item.get("title"),
                   "quantity": item["quantity"], "unit_price": {"amount": item["price"], "currency": exchange.currency}}
                  for item in exchange.items],
        "charge": {"amount": "0", "currency": exchange.currency},
    }
    if request is not None:
        body |= {"customer_platform_id": request.customer_id or None, "email": request.email,
                 "shipping_address": dict(request.shipping_address) or None,
                 "hold_until": request.until.isoformat() if request.until else None}
    return body


async def _carry(shop: Shop, order: Order, ret: Return, exchange: Exchange, operation: str, status: X,
                 manual_status: X, actor: str, note: str, **changes) -> None:
    """One exchange step: a platform operation, or (manual platform) the webhook and the new status."""
    carried = platform_ops.carried_out(shop)
    changes["status"] = status if carried else manual_status
    if not carried and manual_status == X.SHIPPED:
        changes["shipped_at"] = _now()
    if not carried and manual_status == X.RESERVED:
        changes["reserved_at"] = _now()
    await Exchange.filter(id=exchange.id).update(**changes)
    for name, value in changes.items():
        setattr(exchange, name, value)
    template = await _request(shop, order, ret, exchange, "")
    if carried:
        await platform_ops.enqueue(shop, order.id, operation, ("Exchange", exchange.id),
                                   lambda key: dataclasses.replace(template, key=key))
    # A manual platform's system ships it on the webhook: the customer hears now (a carrying platform's
    # answer writes the email, plugin.actions.exchange_outcomes).
    email = None
    if not carried and exchange.status == X.SHIPPED and order.email:
        email = ("exchange_shipped", {"to": order.email, "order_id": order.id, "return_id": ret.id,
                                      "exchange_id": exchange.id})
    await record(shop, subject=("Exchange", exchange.id), actor=actor, action=operation,
                 after={"status": exchange.status}, note=note, email=email,
                 webhook=None if carried else (operation, event(exchange, ret, order, template)))


async def _clean_history(shop: Shop, order: Order, ret: Return) -> bool:
    """No return of this customer declined or confirmed as fraud, and no instant exchange of theirs
    still waiting for its item."""
    if order.customer_id is None:
        return False
    others = Return.filter(shop_id=shop.id, customer_id=order.customer_id).exclude(id=ret.id)
    if await others.filter(status=ReturnStatus.DECLINED).exists():
        return False
    if await RiskReview.filter(shop_id=shop.id, status=RiskReviewStatus.CONFIRMED_FRAUD,
                               subject_id__in=await others.values_list("id", flat=True)).exists():
        return False
    return not await Exchange.filter(shop_id=shop.id, instant=True, status=X.SHIPPED,
                                     return_request__customer_id=order.customer_id,
                                     return_request__received_at__isnull=True).exclude(return_request_id=ret.id).exists()


async def instant_allowed(shop: Shop, order: Order, ret: Return, exchange: Exchange, limit: Decimal | None) -> bool:
    """An instant exchange: LOW risk, a clean history, worth no more than the policy's limit."""
    if limit is None or str(ret.risk_level or "") != "LOW":
        return False
    return exchange.value <= limit and await _clean_history(shop, order, ret)


async def _limit(shop: Shop, ret: Return) -> Decimal | None:
    """The instant exchange limit of the policy the return was decided by (none: never instant)."""
    policy = (await policy_version(shop, ret.policy_version))[0] if ret.policy_version else (await policy_in_force(shop))[0]
    limit = policy.resolutions.exchange_terms.instant_up_to
    return Decimal(str(limit)) if limit is not None else None


# --- the hooks' bodies ------------------------------------------------------------------------------


@exchange_hooks.exchange_reserved.listen
async def approved(shop: Shop, order: Order, ret: Return, actor: str = "policy") -> Exchange | None:
    """The return was approved: hold the stock, or ship at once (an instant exchange); invoice a
    price difference the customer pays."""
    exchange = await _open(shop, order, ret)
    if exchange is None or exchange.status not in (X.REQUESTED,):
        return exchange
    if await instant_allowed(shop, order, ret, exchange, await _limit(shop, ret)):
        await Exchange.filter(id=exchange.id).update(instant=True)
        exchange.instant = True
        await _carry(shop, order, ret, exchange, "exchange.ship", X.SHIPPING, X.SHIPPED, actor,
                     "instant exchange: LOW risk, clean history, within the policy's limit")
    else:
        await _carry(shop, order, ret, exchange, "exchange.reserve", X.RESERVING, X.RESERVED, actor,
                     "stock held until the item comes back")
    if exchange.difference > 0:
        await invoice(shop, order, ret, exchange, "DIFFERENCE", exchange.difference, actor)
    return exchange


@exchange_hooks.exchange_due.listen
async def due(shop: Shop, order: Order, ret: Return, actor: str = "staff") -> Exchange | None:
    """The item came back (or staff decided it ships now): place the replacement order."""
    exchange = await _open(shop, order, ret)
    if exchange is None or exchange.status not in LIVE:
        return exchange
    await _carry(shop, order, ret, exchange, "exchange.ship", X.SHIPPING, X.SHIPPED, actor, "the item came back")
    return exchange


@exchange_hooks.exchange_released.listen
async def released(shop: Shop, order: Order, ret: Return, actor: str = "staff") -> Exchange | None:
    """Declined or cancelled before shipping: let held stock go."""
    exchange = await Exchange.get_or_none(shop_id=shop.id, return_request_id=ret.id)
    if exchange is None or exchange.status not in LIVE:
        return exchange
    held = exchange.status in (X.RESERVING, X.RESERVED)
    if held:
        await _carry(shop, order, ret, exchange, "exchange.release", X.CANCELED, X.CANCELED, actor, "the return did not go ahead")
    else:
        await Exchange.filter(id=exchange.id).update(status=X.CANCELED)
        exchange.status = X.CANCELED
    return exchange


async def invoice(shop: Shop, order: Order, ret: Return, exchange: Exchange, reason: str, amount: Decimal,
                  actor: str) -> None:
    """Charge `amount` through the platform's invoice: DIFFERENCE (the new item costs more) or
    UNRETURNED (an instant exchange whose item never came back)."""
    title = (f"Price difference for exchange {ret.name}" if reason == "DIFFERENCE"
             else f"Item not returned for exchange {ret.name}")
    await Exchange.filter(id=exchange.id).update(invoice_reason=reason, invoiced_at=None if platform_ops.carried_out(shop) else _now())
    exchange.invoice_reason = reason
    customer_id, email = await _customer(shop, order)
    money = Money(quantize(amount, exchange.currency), exchange.currency)
    request = port.InvoiceCustomer(key="", order_id=order.platform_id, exchange_ref=to_gid("Exchange", exchange.id),
                                   amount=money, title=title, customer_id=customer_id, email=email,
                                   note=f"Recourse {reason.lower()} for return {ret.name}")
    if platform_ops.carried_out(shop):
        await platform_ops.enqueue(shop, order.id, "exchange.invoice", ("Exchange", exchange.id),
                                   lambda key: dataclasses.replace(request, key=key))
    await record(shop, subject=("Exchange", exchange.id), actor=actor, action="exchange.invoice",
                 after={"reason": reason, "amount": str(money.amount)}, note=title,
                 webhook=None if platform_ops.carried_out(shop) else ("exchange.invoice", {
                     **event(exchange, ret, order), "reason": reason, "title": title,
                     "charge": {"amount": str(money.amount), "currency": money.currency},
                     "customer_platform_id": customer_id or None, "email": email}))


def unreturned(exchange: Exchange, ret: Return, today: date) -> bool:
    """An instant exchange shipped whose item has not come back by the ship-back deadline."""
    return (exchange.instant and exchange.status == X.SHIPPED and ret.received_at is None
            and ret.ship_by is not None and ret.ship_by < today and exchange.invoice_reason != "UNRETURNED")


async def charge_unreturned(shop: Shop, return_id: int, actor: str) -> Exchange:
    """Staff charge an unreturned instant exchange's value through the platform's invoice."""
    async with in_transaction():
        ret = await Return.get_or_none(shop_id=shop.id, id=return_id)
        if ret is None:
            raise ActionError("NOT_FOUND", "no such return", ["returnId"])
        order = await lock_order(shop, ret.order_id)
        exchange = await Exchange.get_or_none(shop_id=shop.id, return_request_id=ret.id)
        if exchange is None:
            raise ActionError("INVALID_STATE", "this return is not resolved by an exchange", ["returnId"])
        if exchange.invoice_reason == "UNRETURNED":
            raise ActionError("ALREADY_INVOICED", "the customer was already invoiced for this item", ["returnId"])
        if not unreturned(exchange, ret, _now().date()):
            raise ActionError("INVALID_STATE", "only an instant exchange whose item did not come back by its deadline "
                                               "can be charged", ["returnId"])
        await invoice(shop, order, ret, exchange, "UNRETURNED", exchange.value, actor)
    return exchange
