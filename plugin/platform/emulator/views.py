"""The emulated records in the Admin API's shapes, built lazily for graphql-core's default resolver
(a dict value that is callable is called with the field's arguments)."""

from __future__ import annotations

from decimal import Decimal

from plugin.platform.emulator import reasons
from plugin.platform.emulator import store as s


def amount(value: Decimal) -> str:
    return str(value.quantize(s.CENT))


def money_bag(order: s.Order, presentment: Decimal) -> dict:
    return {
        "shopMoney": {"amount": amount(order.shop_money(presentment)), "currencyCode": order.currency},
        "presentmentMoney": {"amount": amount(presentment), "currencyCode": order.presentment_currency},
    }


def connection(items: list, first: int | None = None, after: str | None = None) -> dict:
    """A Relay connection over `items` with offset cursors."""
    start = int(after) + 1 if after and after.isdigit() else 0
    window = items[start:] if first is None else items[start:start + max(0, first)]
    edges = [{"cursor": str(start + i), "node": node} for i, node in enumerate(window)]
    return {
        "nodes": window,
        "edges": edges,
        "pageInfo": {
            "hasNextPage": start + len(window) < len(items),
            "hasPreviousPage": start > 0,
            "startCursor": edges[0]["cursor"] if edges else None,
            "endCursor": edges[-1]["cursor"] if edges else None,
        },
    }


def _paged(make):
    return lambda info, first=None, after=None, **_: connection(make(), first, after)


def _listed(make):
    return lambda info, first=None, **_: make()[: first if first is not None else None]


def location(shop: s.Shop, location_id: str | None) -> dict | None:
    if location_id is None or location_id not in shop.locations:
        return None
    return {"id": s.gid("Location", location_id), "name": shop.locations[location_id]}


def line(order: s.Order, item: s.Line) -> dict:
    return {
        "id": s.gid("LineItem", item.id),
        "name": item.name,
        "sku": item.sku,
        "quantity": item.quantity,
        "currentQuantity": item.current_quantity,
        "refundableQuantity": item.current_quantity,
        "unfulfilledQuantity": item.unfulfilled,
        "restockable": True,
        "originalUnitPriceSet": money_bag(order, item.unit_price),
    }


def fulfillment_line(order: s.Order, item: s.FulfillmentLine) -> dict:
    return {"id": s.gid("FulfillmentLineItem", item.id), "quantity": item.quantity, "lineItem": line(order, item.line)}


def fulfillment(order: s.Order, item: s.Fulfillment) -> dict:
    return {
        "id": s.gid("Fulfillment", item.id),
        "status": item.status,
        "createdAt": item.created_at.isoformat(),
        "fulfillmentLineItems": _paged(lambda: [fulfillment_line(order, fl) for fl in item.lines]),
    }


def transaction(order: s.Order, item: s.Transaction) -> dict:
    maximum = item.maximum_refundable
    return {
        "id": s.gid("OrderTransaction", item.id),
        "kind": item.kind,
        "status": item.status,
        "gateway": item.gateway,
        "test": item.test,
        "createdAt": item.created_at.isoformat(),
        "processedAt": item.created_at.isoformat(),
        "amountSet": money_bag(order, item.amount),
        "maximumRefundableV2": None if maximum is None
        else {"amount": amount(maximum), "currencyCode": order.presentment_currency},
        "parentTransaction": transaction(order, item.parent) if item.parent else None,
    }


def refund(shop: s.Shop, order: s.Order, item: s.Refund) -> dict:
    return {
        "id": s.gid("Refund", item.id),
        "createdAt": item.created_at.isoformat(),
        "note": item.note,
        "order": lambda info: order_view(shop, order),
        "return": lambda info: return_view(shop, order, _return(order, item.return_id)) if item.return_id else None,
        "totalRefundedSet": money_bag(order, item.total),
        "refundLineItems": _paged(lambda: [refund_line(shop, order, rl) for rl in item.lines]),
        "transactions": _paged(lambda: [transaction(order, t) for t in item.transactions]),
    }


def _return(order: s.Order, return_id: str) -> s.Return | None:
    return next((r for r in order.returns if r.id == return_id), None)


def refund_line(shop: s.Shop, order: s.Order, item: s.RefundLine) -> dict:
    return {
        "id": s.gid("RefundLineItem", item.id),
        "lineItem": line(order, item.line),
        "quantity": item.quantity,
        "restockType": item.restock_type,
        "restocked": item.restocked,
        "location": location(shop, item.location_id),
        "priceSet": money_bag(order, item.line.unit_price),
        "subtotalSet": money_bag(order, item.line.unit_price * item.quantity),
    }


def return_line(order: s.Order, item: s.ReturnLine) -> dict:
    return {
        "__typename": "ReturnLineItem",
        "id": s.gid("ReturnLineItem", item.id),
        "quantity": item.quantity,
        "processedQuantity": item.processed,
        "unprocessedQuantity": item.quantity - item.processed,
        "returnReasonNote": item.note,
        "customerNote": item.customer_note,
        "returnReason": item.reason,
        "returnReasonDefinition": reasons.definition(item.reason_definition) if item.reason_definition else None,
        "fulfillmentLineItem": fulfillment_line(order, item.fulfillment_line),
    }


def reverse_delivery(item: s.ReverseDelivery) -> dict:
    stamp = item.created_at.isoformat()
    return {
        "id": s.gid("ReverseDelivery", item.id),
        "deliverable": {
            "__typename": "ReverseDeliveryShippingDeliverable",
            "label": {"publicFileUrl": item.label_url, "createdAt": stamp, "updatedAt": stamp} if item.label_url else None,
            "tracking": {"number": item.tracking_number, "url": item.tracking_url, "carrierName": None}
            if (item.tracking_number or item.tracking_url) else None,
        },
    }


def reverse_order(order: s.Order, item: s.ReverseFulfillmentOrder) -> dict:
    return {
        "id": s.gid("ReverseFulfillmentOrder", item.id),
        "status": item.status,
        "lineItems": _paged(lambda: [{
            "id": s.gid("ReverseFulfillmentOrderLineItem", rl.id),
            "totalQuantity": rl.return_line.quantity,
            "fulfillmentLineItem": fulfillment_line(order, rl.return_line.fulfillment_line),
        } for rl in item.lines]),
        "reverseDeliveries": _paged(lambda: [reverse_delivery(d) for d in item.deliveries]),
    }


def return_view(shop: s.Shop, order: s.Order, item: s.Return | None) -> dict | None:
    if item is None:
        return None
    return {
        "id": s.gid("Return", item.id),
        "name": item.name,
        "status": item.status,
        "createdAt": item.created_at.isoformat(),
        "closedAt": item.closed_at.isoformat() if item.closed_at else None,
        "order": lambda info: order_view(shop, order),
        "decline": {"reason": item.decline_reason, "note": item.decline_note} if item.decline_reason else None,
        "totalQuantity": sum(rl.quantity for rl in item.lines),
        "returnLineItems": _paged(lambda: [return_line(order, rl) for rl in item.lines]),
        "reverseFulfillmentOrders": _paged(lambda: [reverse_order(order, r) for r in item.reverse_orders]),
        "refunds": _paged(lambda: [refund(shop, order, r) for r in order.refunds if r.return_id == item.id]),
    }


def order_view(shop: s.Shop, order: s.Order | None) -> dict | None:
    if order is None:
        return None
    return {
        "id": s.gid("Order", order.id),
        "name": order.name,
        "createdAt": order.created_at.isoformat(),
        "cancelledAt": order.cancelled_at.isoformat() if order.cancelled_at else None,
        "cancelReason": order.cancel_reason,
        "closed": order.cancelled_at is not None,
        "currencyCode": order.currency,
        "presentmentCurrencyCode": order.presentment_currency,
        "displayFinancialStatus": order.financial_status,
        "totalReceivedSet": money_bag(order, order.received),
        "totalRefundedSet": money_bag(order, order.refunded),
        "totalRefundedShippingSet": money_bag(order, order.refunded_shipping),
        "totalShippingPriceSet": money_bag(order, order.shipping_price),
        "lineItems": _paged(lambda: [line(order, item) for item in order.lines]),
        "fulfillments": _listed(lambda: [fulfillment(order, f) for f in order.fulfillments]),
        "transactions": lambda info, first=None, capturable=None, manuallyResolvable=None: [
            transaction(order, t) for t in order.transactions][: first if first is not None else None],
        "refunds": _listed(lambda: [refund(shop, order, r) for r in order.refunds]),
        "returns": _paged(lambda: [return_view(shop, order, r) for r in order.returns]),
    }


# --- customers, store credit, gift cards, variants, draft orders (issue 24) -------------------------------


def _money_v2(value: Decimal, currency: str) -> dict:
    return {"amount": amount(value), "currencyCode": currency}


def customer(shop: s.Shop, item: s.Customer | None) -> dict | None:
    if item is None:
        return None
    return {
        "id": s.gid("Customer", item.id),
        "email": item.email,
        "displayName": item.email or f"Customer {item.id}",
        "storeCreditAccounts": lambda info, first=None, after=None, **_: connection(
            [credit_account(item, a) for a in item.accounts], first, after),
    }


def credit_account(owner: s.Customer, item: s.StoreCreditAccount) -> dict:
    return {
        "id": s.gid("StoreCreditAccount", item.id),
        "balance": _money_v2(item.balance, item.currency),
        # Newest first with `reverse`, as Shopify's CREATED_AT sort does.
        "transactions": lambda info, first=None, after=None, reverse=False, **_: connection(
            [credit_transaction(item, t) for t in (reversed(item.transactions) if reverse else item.transactions)],
            first, after),
    }


def credit_transaction(account: s.StoreCreditAccount, item: s.CreditTransaction) -> dict:
    return {
        "__typename": "StoreCreditAccountCreditTransaction" if item.amount > 0 else "StoreCreditAccountDebitTransaction",
        "account": {"id": s.gid("StoreCreditAccount", account.id), "balance": _money_v2(account.balance, account.currency),
                    "transactions": lambda info, **_: connection([])},
        "amount": _money_v2(item.amount, account.currency),
        "balanceAfterTransaction": _money_v2(item.balance_after, account.currency),
        "createdAt": item.created_at.isoformat(),
        "event": "ADJUSTMENT",
        "id": s.gid("StoreCreditAccountCreditTransaction" if item.amount > 0 else "StoreCreditAccountDebitTransaction", item.id),
        "expiresAt": item.expires_at.isoformat() if item.expires_at else None,
        "remainingAmount": _money_v2(item.amount, account.currency),
    }


def gift_card(shop: s.Shop, item: s.GiftCard) -> dict:
    return {
        "id": s.gid("GiftCard", item.id),
        "lastCharacters": item.last_characters,
        "initialValue": _money_v2(item.initial_value, item.currency),
        "balance": _money_v2(item.initial_value, item.currency),
        "expiresOn": item.expires_on,
        "note": item.note,
        "enabled": True,
        "createdAt": item.created_at.isoformat(),
        "customer": lambda info: customer(shop, shop.customers.get(item.customer_id or "")),
    }


def variant(shop: s.Shop, item: s.Variant | None) -> dict | None:
    if item is None:
        return None
    return {
        "id": s.gid("ProductVariant", item.id),
        "title": item.title,
        "displayName": f"{item.product_title} - {item.title}",
        "sku": item.sku,
        "price": amount(item.price),
        "inventoryQuantity": shop.available(item.sku),
        "inventoryItem": {"id": s.gid("InventoryItem", item.inventory_item_id), "sku": item.sku, "tracked": True},
    }


def draft_order(shop: s.Shop, item: s.DraftOrder) -> dict:
    def bag(value: Decimal) -> dict:
        return {"shopMoney": _money_v2(value, shop.currency), "presentmentMoney": _money_v2(value, item.currency)}

    return {
        "id": s.gid("DraftOrder", item.id),
        "name": item.name,
        "status": item.status,
        "tags": item.tags,
        "note2": item.note,
        "email": item.email,
        "invoiceUrl": f"https://{shop.domain}/invoices/{item.id}",
        "invoiceSentAt": item.invoice_sent_at.isoformat() if item.invoice_sent_at else None,
        "reserveInventoryUntil": item.reserve_until.isoformat() if item.reserve_until else None,
        "completedAt": item.completed_at.isoformat() if item.completed_at else None,
        "createdAt": item.created_at.isoformat(),
        "totalPriceSet": bag(item.total),
        "customer": lambda info: customer(shop, shop.customers.get(item.customer_id or "")),
        "order": lambda info: order_view(shop, shop.orders.get(item.order_id or "")) if item.order_id else None,
        "lineItems": _paged(lambda: [{
            "id": s.gid("DraftOrderLineItem", line.id), "name": f"{line.title} - {line.variant.title}" if line.variant else line.title,
            "title": line.title, "quantity": line.quantity, "sku": line.sku,
            "variant": variant(shop, line.variant), "originalUnitPriceSet": bag(line.unit_price),
            "discountedTotalSet": bag(line.total),
        } for line in item.lines]),
    }
