"""Orders in from the platform (webhooks and `orderImport`): one transaction per order."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models.catalog import Product
from models.customer import Customer
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from models.shop import Shop
from plugin import shopify
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.ledger import bump, discrepancies
from plugin.actions.policy import policy_in_force
from plugin.actions.risk import assess_request, contact_keys
from plugin.actions.upsert import Outcome, upsert_newer


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
        customer = await _upsert_customer(shop, payload.customer)
        order, outcome = await upsert_newer(
            Order, shop, payload.id, payload.updated_at, _order_values(payload, customer)
        )
        if outcome is not Outcome.STALE:
            if customer is not None and payload.customer is not None:
                # Only a current order speaks for the customer: a stale one never overwrites them.
                await Customer.filter(id=customer.id).update(**_customer_values(payload.customer))
            lines = await _upsert_lines(shop, order, payload.line_items)
            for index, fulfillment in enumerate(payload.fulfillments):
                try:
                    await _apply_fulfillment(shop, order, lines, fulfillment)
                except ActionError as exc:  # point at the fulfillment, not the order's own lines
                    raise ActionError(exc.code, exc.message, ["fulfillments", str(index), *exc.field]) from None
        if outcome is Outcome.UPDATED and locked is not None:
            order.ledger_version = locked.ledger_version  # the version read under the lock
            await bump(order)
            await _flag_discrepancies(shop, order)
        if outcome is Outcome.CREATED:
            await _screen(shop, order)
    return OrderImported(order, outcome)


async def _flag_discrepancies(shop: Shop, order: Order) -> None:
    found = await discrepancies(order)
    if found:
        await record(shop, subject=("Order", order.id), actor="platform", action="order.ledger_discrepancy",
                     after={"discrepancies": found, "total_paid": str(order.total_paid)})


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
            raise ActionError("ORDER_NOT_FOUND", "unknown order for this shop", ["order_id"])
        lines = {
            line.platform_id: line
            for line in await OrderLine.filter(shop_id=shop.id, order_id=order.id)
        }
        return await _apply_fulfillment(shop, order, lines, payload)


def _order_values(payload: shopify.Order, customer: Customer | None) -> dict:
    shipping = payload.shipping_address.stored() if payload.shipping_address else None
    return {
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
        "billing_address": payload.billing_address.stored() if payload.billing_address else None,
        "shipping_address": payload.shipping_address.stored() if payload.shipping_address else None,
        "browser_ip": payload.ip,
    }


def _customer_values(payload: shopify.Customer) -> dict:
    return {
        "email": payload.email.lower() if payload.email else None,
        "phone": payload.phone,
        "first_name": payload.first_name,
        "last_name": payload.last_name,
        "locale": payload.locale,
    }


async def _upsert_customer(shop: Shop, payload: shopify.Customer | None) -> Customer | None:
    """The customer row, created if new; an existing one is updated by the caller, once current."""
    if payload is None:
        return None
    customer = await Customer.get_or_none(shop_id=shop.id, platform_id=payload.id)
    if customer is None:
        async with in_transaction():
            customer, _ = await Customer.get_or_create(
                shop_id=shop.id, platform_id=payload.id, defaults=_customer_values(payload)
            )
    return customer


async def _upsert_lines(
    shop: Shop, order: Order, items: list[shopify.LineItem]
) -> dict[str, OrderLine]:
    existing = {line.platform_id: line for line in await OrderLine.filter(order_id=order.id)}
    product_ids = {item.product_id for item in items if item.product_id}
    products = {
        p.platform_id: p.id
        for p in await Product.filter(shop_id=shop.id, platform_id__in=product_ids).only(
            "id", "platform_id"
        )
    } if product_ids else {}
    to_create = []
    for position, item in enumerate(items):
        values = {
            "product_id": products.get(item.product_id) if item.product_id else None,
            "product_platform_id": item.product_id,
            "variant_platform_id": item.variant_id,
            "sku": item.sku,
            "title": item.title,
            "variant_title": item.variant_title,
            "quantity": item.quantity,
            "unit_price": item.price,
            "discount": item.discount,
            "tax": item.tax,
            "set_id": item.set_id,
            "position": position,
        }
        line = existing.get(item.id)
        if line is None:
            to_create.append(OrderLine(shop_id=shop.id, order_id=order.id, platform_id=item.id, **values))
        else:
            await OrderLine.filter(id=line.id).update(**values)
    if to_create:
        await OrderLine.bulk_create(to_create)
    return {line.platform_id: line for line in await OrderLine.filter(order_id=order.id)}


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
