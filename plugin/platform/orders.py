"""Orders in from the platform (webhooks and `orderImport`): one transaction per order."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.catalog import Product
from models.customer import Customer
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from models.returns import ReturnLine
from models.shop import Shop
from models.webhook import DeferredEvent
from plugin.platform import shopify
from plugin.actions.deferred import defer, waiting
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.ledger import bump, discrepancies
from plugin.platform.refunds import mirror_platform_refund
from plugin.actions.policy import policy_in_force, set_id_of
from plugin.actions.risk import assess_request, contact_keys
from plugin.actions.upsert import Outcome, upsert_newer
from plugin.values.money import quantize


log = logging.getLogger("recourse.orders")


@dataclass(frozen=True)
class OrderImported:
    order: Order
    outcome: Outcome


async def import_order(shop: Shop, payload: shopify.Order) -> OrderImported:
    """Create or update an order. An update takes the order's lock and commits with its ledger
    version, like every refund and return: money and quantities never change beneath a ledger check.
    What the platform says is kept even when it falls below what the ledger holds (more refunded than
    paid, more units in returns than ordered); staff are told (an audit event, Order.ledgerDiscrepancies),
    and new refunds and returns are refused while the figures do not allow them."""
    async with in_transaction():
        locked = await Order.filter(shop_id=shop.id, platform_id=payload.id).select_for_update().first()
        customer, customer_created = await _upsert_customer(shop, payload.customer, payload.updated_at)
        order, outcome = await upsert_newer(
            Order, shop, payload.id, payload.updated_at, _order_values(payload, customer), existing=locked
        )
        if outcome is not Outcome.STALE:
            if customer is not None and payload.customer is not None and not customer_created:
                await _update_customer(customer, payload.customer, payload.updated_at)
            policy, _ = await policy_in_force(shop)
            # A new order has no lines yet; the lines are read back only for the fulfillments to name.
            lines = await _upsert_lines(shop, order, payload.line_items, policy.sets.property_names,
                                        new=outcome is Outcome.CREATED, read_back=bool(payload.fulfillments))
            for index, fulfillment in enumerate(payload.fulfillments):
                try:
                    await _apply_fulfillment(shop, order, lines, fulfillment)
                except ActionError as exc:  # point at the fulfillment, not the order's own lines
                    raise ActionError(exc.code, exc.message, ["fulfillments", str(index), *exc.field]) from None
            if outcome is Outcome.UPDATED and locked is not None:
                order.ledger_version = locked.ledger_version  # the version read under the lock
                await bump(order)
            # Platform refunds lock and bump the ledger themselves, so they come after the check.
            for refund in payload.refunds:
                await mirror_platform_refund(shop, order, refund)
            await _apply_deferred(shop, order)
            if outcome is Outcome.UPDATED and locked is not None:
                await _flag_discrepancies(shop, order)
        if outcome is Outcome.CREATED:
            await _screen(shop, order)
    return OrderImported(order, outcome)


async def _flag_discrepancies(shop: Shop, order: Order) -> None:
    found = await discrepancies(order)
    if found:
        await record(shop, subject=("Order", order.id), actor="platform", action="order.ledger_discrepancy",
                     after={"discrepancies": found, "total_paid": str(order.total_paid)})


async def _apply_deferred(shop: Shop, order: Order) -> None:
    """Events that came before the order, in arrival order; one that no longer fits is dropped
    (and logged), never the order with it."""
    events = await waiting(shop, order.platform_id)
    if not events:
        return
    lines = {line.platform_id: line for line in await OrderLine.filter(shop_id=shop.id, order_id=order.id)}
    for event in events:
        try:
            async with in_transaction():  # a savepoint: a refused event leaves the order intact
                if event.kind == "FULFILLMENT":
                    await _apply_fulfillment(shop, order, lines, shopify.Fulfillment.model_validate(event.payload))
                else:
                    await mirror_platform_refund(shop, order, shopify.Refund.model_validate(event.payload))
        except (ActionError, ValidationError) as exc:
            log.warning("deferred %s event %s for order %s dropped: %s", event.kind, event.id, order.id, exc)
        await DeferredEvent.filter(id=event.id).delete()


async def _screen(shop: Shop, order: Order) -> None:
    """A new order is scored once, so staff see its risk (and a review when the policy holds it)."""
    policy, _ = await policy_in_force(shop)
    if policy.risk.enabled:
        await assess_request(shop, order, policy, subject=("Order", order.id), kind="ORDER",
                             amount=order.total_paid, now=order.placed_at)


async def import_fulfillment(shop: Shop, payload: shopify.Fulfillment) -> Outcome:
    async with in_transaction():
        order = await Order.get_or_none(shop_id=shop.id, platform_id=payload.order_id)
        if order is None:
            return await defer(shop, "FULFILLMENT", payload.order_id, payload)
        lines = {
            line.platform_id: line
            for line in await OrderLine.filter(shop_id=shop.id, order_id=order.id)
        }
        return await _apply_fulfillment(shop, order, lines, payload)


def _order_values(payload: shopify.Order, customer: Customer | None) -> dict:
    shipping = payload.shipping_address.stored() if payload.shipping_address else None
    values = {
        **contact_keys(payload.email or payload.contact_email, payload.phone, shipping),
        "name": payload.name,
        "email": (payload.email or payload.contact_email or "").lower() or None,
        "phone": payload.phone,
        "customer_id": customer.id if customer else None,
        "currency": payload.currency,
        "sales_channel": payload.source_name or "web",
        "placed_at": payload.placed_at,
        "cancelled_at": payload.cancelled_at,
        "cancel_reason": payload.cancel_reason,
        "financial_status": payload.financial_status,
        "subtotal": payload.subtotal_price,
        "shipping_paid": payload.shipping_paid,
        "free_shipping": payload.free_shipping,
        "discounts": payload.total_discounts,
        "taxes": payload.total_tax,
        "total_paid": payload.total_price,
        "captured": payload.captured,
        "billing_address": payload.billing_address.stored() if payload.billing_address else None,
        "shipping_address": payload.shipping_address.stored() if payload.shipping_address else None,
        "browser_ip": payload.ip,
    }
    if payload.cancelled_at is None:
        # Shopify never un-cancels an order: a payload without cancelled_at (sent before the
        # platform learned of our cancellation, or without the field) keeps the one stored.
        del values["cancelled_at"], values["cancel_reason"]
    return values


async def _update_customer(customer: Customer, payload: shopify.Customer, order_updated_at) -> None:
    """Only newer details overwrite a customer: an old order (imported late, or an old order
    updated now) carries the customer as they were then. Shopify's customer.updated_at says when;
    without it, the order's own updated_at stands in."""
    seen = payload.updated_at or order_updated_at
    await Customer.filter(
        Q(platform_updated_at__isnull=True) | Q(platform_updated_at__lt=seen), id=customer.id
    ).update(platform_updated_at=seen, **_customer_values(payload))


def _customer_values(payload: shopify.Customer) -> dict:
    return {
        "email": payload.email.lower() if payload.email else None,
        "phone": payload.phone,
        "first_name": payload.first_name,
        "last_name": payload.last_name,
        "locale": payload.locale,
    }


async def _upsert_customer(shop: Shop, payload: shopify.Customer | None, order_updated_at) -> tuple[Customer | None, bool]:
    """The customer row, and whether this created it. A new one is created as of this order
    (what _update_customer would then have written); an existing one is updated by the caller."""
    if payload is None:
        return None, False
    customer = await Customer.get_or_none(shop_id=shop.id, platform_id=payload.id)
    if customer is not None:
        return customer, False
    try:
        async with in_transaction():  # a savepoint: a concurrent delivery may create it first
            customer = await Customer.create(shop_id=shop.id, platform_id=payload.id, **_customer_values(payload),
                                             platform_updated_at=payload.updated_at or order_updated_at)
        return customer, True
    except IntegrityError:
        return await Customer.get(shop_id=shop.id, platform_id=payload.id), False


async def _upsert_lines(
    shop: Shop, order: Order, items: list[shopify.LineItem], set_properties: tuple[str, ...], *, new: bool = False,
    read_back: bool = True,
) -> dict[str, OrderLine]:
    """The order's lines as the platform lists them; with `read_back`, the rows by platform id."""
    existing = {} if new else {line.platform_id: line for line in await OrderLine.filter(order_id=order.id)}
    product_ids = {item.product_id for item in items if item.product_id}
    products = {
        p.platform_id: p.id
        for p in await Product.filter(shop_id=shop.id, platform_id__in=product_ids).only(
            "id", "platform_id"
        )
    } if product_ids else {}
    to_create = []
    for position, item in enumerate(items):
        # What is left of the line: discounts and taxes shrink with the units (edits, refunds).
        kept = item.kept_quantity
        share = Decimal(kept) / Decimal(item.quantity)
        values = {
            "product_id": products.get(item.product_id) if item.product_id else None,
            "product_platform_id": item.product_id,
            "variant_platform_id": item.variant_id,
            "sku": item.sku,
            "title": item.title,
            "variant_title": item.variant_title,
            "quantity": kept,
            "unit_price": item.price,
            "discount": item.discount if kept == item.quantity else quantize(item.discount * share, order.currency),
            "tax": item.tax if kept == item.quantity else quantize(item.tax * share, order.currency),
            "set_id": set_id_of(item.property_pairs, item.sales_line_item_group_id, set_properties),
            "properties": item.property_pairs or None,
            "line_group_id": item.sales_line_item_group_id,
            "position": position,
        }
        line = existing.get(item.id)
        if line is None:
            to_create.append(OrderLine(shop_id=shop.id, order_id=order.id, platform_id=item.id, **values))
        else:
            await OrderLine.filter(id=line.id).update(**values)
    if to_create:
        await OrderLine.bulk_create(to_create)
    await _drop_removed_lines(order, [line for key, line in existing.items() if key not in {i.id for i in items}])
    if not read_back:
        return {}
    return {line.platform_id: line for line in await OrderLine.filter(order_id=order.id)}


async def _drop_removed_lines(order: Order, removed: list[OrderLine]) -> None:
    """Lines the platform no longer lists are gone from the order; one that a return names keeps
    its row (the return's history needs it) with nothing left to return or refund."""
    if not removed:
        return
    ids = [line.id for line in removed]
    kept = set(await ReturnLine.filter(order_line_id__in=ids).values_list("order_line_id", flat=True))
    if kept:
        await OrderLine.filter(id__in=list(kept)).update(quantity=0)
    gone = [line_id for line_id in ids if line_id not in kept]
    if gone:
        await OrderLine.filter(id__in=gone, order_id=order.id).delete()


async def _apply_fulfillment(
    shop: Shop, order: Order, lines: dict[str, OrderLine], payload: shopify.Fulfillment
) -> Outcome:
    for index, item in enumerate(payload.line_items):
        if item.id not in lines:
            raise ActionError("LINE_NOT_FOUND", "not a line of this order", ["line_items", str(index), "id"])
    values = {
        "order_id": order.id,
        "status": payload.status,
        "shipment_status": payload.shipment_status,
        "tracking_company": payload.tracking_company,
        "tracking_number": payload.tracking_number,
        "tracking_url": payload.tracking_url,
        "shipped_at": payload.created_at,
        "delivered_at": payload.delivered,
    }
    existing = await Fulfillment.get_or_none(shop_id=shop.id, platform_id=payload.id)
    if existing is not None and existing.order_id != order.id:
        raise ActionError("FULFILLMENT_CONFLICT", "fulfillment belongs to another order", ["id"])
    if existing is not None and existing.delivered_at and values["delivered_at"] is None:
        values["delivered_at"] = existing.delivered_at  # delivery, once known, is not forgotten
    fulfillment, outcome = await upsert_newer(
        Fulfillment, shop, payload.id, payload.updated_at, values
    )
    if outcome is not Outcome.STALE:
        await FulfillmentLine.filter(fulfillment_id=fulfillment.id).delete()
        await FulfillmentLine.bulk_create(
            [
                FulfillmentLine(
                    shop_id=shop.id,
                    fulfillment_id=fulfillment.id,
                    order_line_id=lines[item.id].id,
                    quantity=item.quantity,
                )
                for item in payload.line_items
            ]
        )
    return outcome
