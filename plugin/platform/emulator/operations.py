"""What Shopify's mutations do to an order, with the refusals it gives (userErrors).

Each function takes the emulated shop and the mutation's coerced arguments and returns the
payload. Nothing awaits, so each runs whole before another request is looked at. The rules are the
platform's as its reference states them: a refund's transactions are children of the order's
successful sale/capture transactions, on the same gateway, each at most what its parent can still
refund; quantities never go above what was bought; a return moves REQUESTED -> OPEN -> CLOSED.
"""

from __future__ import annotations

import time

from decimal import Decimal, InvalidOperation

from plugin.platform.emulator import reasons
from plugin.platform.emulator import store as s
from plugin.platform.shopify_enums import OrderCancelStatus
from plugin.platform.shopify_enums import ReverseFulfillmentOrderStatus as RFO
from plugin.platform.shopify_enums import ShopifyReturnStatus as R
from plugin.platform.emulator import views as v


class Refusal(Exception):
    """A userError: the mutation changes nothing."""

    def __init__(self, field: list[str] | None, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.field, self.message, self.code = field, message, code

    def as_error(self, with_code: bool) -> dict:
        error = {"field": self.field, "message": self.message}
        if with_code:
            error["code"] = self.code or "INVALID"
        return error


def _order(shop: s.Shop, order_gid: str, field: list[str]) -> s.Order:
    order = shop.orders.get(s.local_id(order_gid, "Order") or "")
    if order is None:
        raise Refusal(field, "Order does not exist", "NOT_FOUND")
    return order


def _money(value, field: list[str]) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise Refusal(field, "Amount is invalid") from None
    if not amount.is_finite() or amount < 0:
        raise Refusal(field, "Amount must be a positive number")
    return amount


# --- refundCreate --------------------------------------------------------------------------------


def _refund_lines(shop: s.Shop, order: s.Order, items: list[dict]) -> list[tuple[s.Line, int, str, str | None]]:
    planned = []
    wanted: dict[str, int] = {}
    for index, item in enumerate(items):
        field = ["refundLineItems", str(index)]
        line = order.line(s.local_id(item["lineItemId"], "LineItem") or "")
        if line is None:
            raise Refusal([*field, "lineItemId"], "Line item does not exist")
        quantity = item["quantity"]
        if quantity < 1:
            raise Refusal([*field, "quantity"], "Quantity must be greater than 0")
        wanted[line.id] = wanted.get(line.id, 0) + quantity
        if wanted[line.id] > line.current_quantity:
            raise Refusal([*field, "quantity"], f"Quantity cannot refund more items than were purchased ({line.name})")
        restock = item.get("restockType") or "NO_RESTOCK"
        if restock == "LEGACY_RESTOCK":
            raise Refusal([*field, "restockType"], "Restock type LEGACY_RESTOCK is not accepted when creating refunds")
        location = None
        if restock in ("RETURN", "CANCEL"):
            location = s.local_id(item.get("locationId") or "", "Location") if item.get("locationId") else s.PRIMARY_LOCATION
            if location not in shop.locations:
                raise Refusal([*field, "locationId"], "Location does not exist")
        if restock == "CANCEL" and quantity > line.unfulfilled:
            raise Refusal([*field, "restockType"], "Cannot cancel a line item quantity that has been fulfilled")
        if restock == "RETURN" and quantity > line.fulfilled:
            raise Refusal([*field, "restockType"], "Cannot return a line item quantity that has not been fulfilled")
        planned.append((line, quantity, restock, location))
    return planned


def _refund_transactions(order: s.Order, items: list[dict]) -> list[tuple[s.Transaction, Decimal]]:
    planned = []
    taken: dict[str, Decimal] = {}
    for index, item in enumerate(items):
        field = ["transactions", str(index)]
        if item["orderId"] != s.gid("Order", order.id):
            raise Refusal([*field, "orderId"], "Transaction must belong to the order being refunded")
        if item["kind"] != "REFUND":
            raise Refusal([*field, "kind"], "Transaction kind must be REFUND")
        parent_id = s.local_id(item.get("parentId") or "", "OrderTransaction")
        parent = next((t for t in order.transactions if t.id == parent_id), None)
        if parent is None or not parent.refundable:
            raise Refusal([*field, "parentId"], "Parent transaction does not exist or cannot be refunded")
        if item["gateway"] != parent.gateway:
            raise Refusal([*field, "gateway"], f"Gateway must be the parent transaction's ({parent.gateway})")
        amount = _money(item["amount"], [*field, "amount"])
        if amount <= 0:
            raise Refusal([*field, "amount"], "Amount must be greater than 0")
        taken[parent.id] = taken.get(parent.id, Decimal(0)) + amount
        if taken[parent.id] > (parent.maximum_refundable or 0):
            raise Refusal([*field, "amount"],
                          f"Refund amount {v.amount(taken[parent.id])} is greater than the {v.amount(parent.maximum_refundable or Decimal(0))} "
                          "the parent transaction can still refund")
        planned.append((parent, amount))
    return planned


def _refund_shipping(order: s.Order, shipping: dict | None) -> Decimal:
    if not shipping:
        return Decimal(0)
    left = order.shipping_price - order.refunded_shipping
    if shipping.get("fullRefund"):
        return left
    amount = _money(shipping.get("amount") or 0, ["shipping", "amount"])
    if amount > left:
        raise Refusal(["shipping", "amount"], f"Shipping refund {v.amount(amount)} is more than the {v.amount(left)} left to refund")
    return amount


def refund_create(shop: s.Shop, ids: s.Ids, data: dict, return_id: str | None = None) -> s.Refund:
    """refundCreate's rules and effects; raises Refusal. Also used by orderCancel's refund."""
    order = _order(shop, data["orderId"], ["orderId"])
    if order.presentment_currency != order.currency or data.get("currency"):
        if data.get("currency") != order.presentment_currency:
            raise Refusal(["currency"], f"Currency must be the order's presentment currency ({order.presentment_currency})")
    lines = _refund_lines(shop, order, data.get("refundLineItems") or [])
    transactions = _refund_transactions(order, data.get("transactions") or [])
    shipping = _refund_shipping(order, data.get("shipping"))
    total = sum((amount for _, amount in transactions), Decimal(0))
    if not lines and not transactions and not shipping:
        raise Refusal(None, "A refund needs line items, shipping or transactions")
    if total + order.refunded > order.received and not data.get("allowOverRefunding"):
        raise Refusal(["transactions"], "Refund amount is greater than the order's net payment received")
    refund = s.Refund(id=ids(), note=data.get("note"), lines=[], transactions=[], shipping=shipping, return_id=return_id)
    for line, quantity, restock, location in lines:
        line.refunded += quantity
        if restock == "CANCEL":
            line.cancelled += quantity
        if location is not None:
            shop.restock(line.sku, location, quantity)
        refund.lines.append(s.RefundLine(id=ids(), line=line, quantity=quantity, restock_type=restock, location_id=location))
    for parent, amount in transactions:
        child = s.Transaction(id=ids(), kind="REFUND", gateway=parent.gateway, amount=amount, parent=parent, test=parent.test)
        parent.children.append(child)
        order.transactions.append(child)
        refund.transactions.append(child)
    order.refunds.append(refund)
    return refund


def refund_create_payload(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    try:
        refund = refund_create(shop, ids, args["input"])
    except Refusal as refusal:
        return {"refund": None, "order": None, "userErrors": [refusal.as_error(False)]}
    order = shop.orders[s.local_id(args["input"]["orderId"], "Order")]
    return {"refund": v.refund(shop, order, refund), "order": v.order_view(shop, order), "userErrors": []}


# --- orderCancel ---------------------------------------------------------------------------------


def order_cancel(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    """Checks now, cancels in a background job (`Shop.cancel_job_seconds` later), as Shopify does:
    until the job has run the order is not cancelled, and its refund and restock are not there."""
    try:
        order = _order(shop, args["orderId"], ["orderId"])
        if order.cancelled_at is not None:
            raise Refusal(["orderId"], "Order has already been cancelled", "INVALID")
        if shop.cancelling(order.id):
            # Our assumption: Shopify's reference does not say what a second request during the job does.
            raise Refusal(["orderId"], "Order is already being cancelled", "INVALID")
        if any(line.fulfilled for line in order.lines):
            raise Refusal(["orderId"], "Cannot cancel an order with fulfilled items", "INVALID")
        if any(r.status in (R.REQUESTED, R.OPEN) for r in order.returns):
            raise Refusal(["orderId"], "Cannot cancel an order with returns in progress", "INVALID")
    except Refusal as refusal:
        error = refusal.as_error(True)
        return {"job": None, "jobResult": None, "orderCancelUserErrors": [error],
                "userErrors": [{"field": error["field"], "message": error["message"]}]}

    def cancel() -> list[dict]:
        refund_money = bool((args.get("refundMethod") or {}).get("originalPaymentMethodsRefund"))
        transactions = [
            {"orderId": s.gid("Order", order.id), "kind": "REFUND", "gateway": t.gateway,
             "parentId": s.gid("OrderTransaction", t.id), "amount": str(t.maximum_refundable)}
            for t in order.transactions if refund_money and t.refundable and t.maximum_refundable
        ]
        restock = [
            {"lineItemId": s.gid("LineItem", line.id), "quantity": line.current_quantity,
             "restockType": "CANCEL" if args["restock"] else "NO_RESTOCK"}
            for line in order.lines if line.current_quantity
        ]
        try:
            if transactions or restock:
                refund_create(shop, ids, {
                    "orderId": s.gid("Order", order.id), "note": args.get("staffNote"), "currency": order.presentment_currency,
                    "transactions": transactions, "refundLineItems": restock,
                })
        except Refusal as refusal:
            return [refusal.as_error(True)]
        order.cancelled_at = s.now()
        order.cancel_reason = args["reason"]
        return []

    job = s.Job(id=ids(), done=False, due=time.monotonic() + shop.cancel_job_seconds, run=cancel, order_id=order.id)
    shop.jobs[job.id] = job
    if shop.cancel_job_seconds <= 0:
        shop.run_due_jobs()
    answer = {"id": s.gid("Job", job.id), "done": False}
    return {"job": answer, "jobResult": job_result(shop, job) | {"done": False, "status": OrderCancelStatus.STARTED, "errors": []},
            "orderCancelUserErrors": [], "userErrors": []}


def job_result(shop: s.Shop, job: s.Job) -> dict:
    """OrderCancelJobResult of a job, as it stands."""
    return {"id": s.gid("Job", job.id), "done": job.done, "status": job.status, "errors": job.errors,
            "order": v.order_view(shop, shop.orders[job.order_id]) if job.order_id in shop.orders else None}


# --- returns -------------------------------------------------------------------------------------


def _return_lines(order: s.Order, ids: s.Ids, items: list[dict], field_name: str, note_key: str) -> list[s.ReturnLine]:
    if not items:
        raise Refusal([field_name], "A return needs at least one line item", "BLANK")
    lines = []
    for index, item in enumerate(items):
        field = [field_name, str(index)]
        fli = order.fulfillment_line(s.local_id(item["fulfillmentLineItemId"], "FulfillmentLineItem") or "")
        if fli is None:
            raise Refusal([*field, "fulfillmentLineItemId"], "Fulfillment line item does not exist", "NOT_FOUND")
        in_returns = sum(rl.quantity for r in order.returns if r.status in (R.REQUESTED, R.OPEN, R.CLOSED)
                         for rl in r.lines if rl.fulfillment_line is fli)
        if item["quantity"] < 1 or item["quantity"] + in_returns > fli.quantity:
            raise Refusal([*field, "quantity"], "Quantity is more than can be returned for this fulfillment line item",
                          "LESS_THAN_OR_EQUAL_TO")
        lines.append(s.ReturnLine(id=ids(), fulfillment_line=fli, quantity=item["quantity"],
                                  reason=item.get("returnReason") or "UNKNOWN", reason_definition=_definition(item, field),
                                  note=(item.get("returnReasonNote") or "") if note_key == "note" else "",
                                  customer_note=item.get("customerNote") if note_key == "customer" else None))
    return lines


def _definition(item: dict, field: list[str]) -> int | None:
    """The standard return reason a line names by id. The deprecated enum is still taken; a line naming
    both, or neither, is refused (stricter than the reference says, so Recourse sends exactly one)."""
    given = item.get("returnReasonDefinitionId")
    if given is None:
        if not item.get("returnReason"):
            raise Refusal([*field, "returnReasonDefinitionId"], "Return reason definition can't be blank", "BLANK")
        return None
    if item.get("returnReason"):
        raise Refusal([*field, "returnReason"], "Give returnReasonDefinitionId or returnReason, not both", "INVALID")
    number = reasons.number_of(given)
    if number is None:
        raise Refusal([*field, "returnReasonDefinitionId"], "Return reason definition does not exist", "NOT_FOUND")
    return number


def _open_reverse_order(shop: s.Shop, ids: s.Ids, ret: s.Return) -> None:
    rfo = s.ReverseFulfillmentOrder(id=ids(), lines=[s.ReverseFulfillmentOrderLine(id=ids(), return_line=rl) for rl in ret.lines])
    ret.reverse_orders.append(rfo)
    shop.reverse_orders[rfo.id] = (ret, rfo)


def _new_return(shop: s.Shop, ids: s.Ids, order: s.Order, lines: list[s.ReturnLine], status: str) -> s.Return:
    ret = s.Return(id=ids(), name=f"{order.name}-R{len(order.returns) + 1}", status=status, lines=lines)
    order.returns.append(ret)
    if status == R.OPEN:
        _open_reverse_order(shop, ids, ret)
    return ret


def _payload(shop: s.Shop, run) -> dict:
    try:
        order, ret = run()
    except Refusal as refusal:
        return {"return": None, "userErrors": [refusal.as_error(True)]}
    return {"return": v.return_view(shop, order, ret), "userErrors": []}


def return_create(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["returnInput"]

    def run():
        order = _order(shop, data["orderId"], ["returnInput", "orderId"])
        lines = _return_lines(order, ids, data["returnLineItems"], "returnLineItems", "note")
        return order, _new_return(shop, ids, order, lines, R.OPEN)

    return _payload(shop, run)


def return_request(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["input"]

    def run():
        order = _order(shop, data["orderId"], ["input", "orderId"])
        lines = _return_lines(order, ids, data["returnLineItems"], "returnLineItems", "customer")
        return order, _new_return(shop, ids, order, lines, R.REQUESTED)

    return _payload(shop, run)


def _find_return(shop: s.Shop, return_gid: str, field: list[str]) -> tuple[s.Order, s.Return]:
    found = shop.find_return(s.local_id(return_gid, "Return") or "")
    if found is None:
        raise Refusal(field, "Return does not exist", "NOT_FOUND")
    return found


def _move(shop: s.Shop, return_gid: str, field: list[str], allowed: tuple[str, ...], verb: str):
    order, ret = _find_return(shop, return_gid, field)
    if ret.status not in allowed:
        raise Refusal(field, f"Return is not {verb}. Only returns with status {' or '.join(allowed)} can be {verb.removesuffix('able')}ed.",
                      "INVALID_STATE")
    return order, ret


def return_approve_request(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    def run():
        order, ret = _move(shop, args["input"]["id"], ["input", "id"], (R.REQUESTED,), "approvable")
        ret.status = R.OPEN
        _open_reverse_order(shop, ids, ret)
        return order, ret

    return _payload(shop, run)


def return_decline_request(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["input"]

    def run():
        order, ret = _move(shop, data["id"], ["input", "id"], (R.REQUESTED,), "declinable")
        ret.status, ret.decline_reason, ret.decline_note = R.DECLINED, data["declineReason"], data.get("declineNote")
        return order, ret

    return _payload(shop, run)


def return_process(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["input"]

    def run():
        order, ret = _move(shop, data["returnId"], ["input", "returnId"], (R.OPEN,), "processable")
        plan = []
        for index, item in enumerate(data.get("returnLineItems") or []):
            field = ["input", "returnLineItems", str(index)]
            line = next((rl for rl in ret.lines if rl.id == s.local_id(item["id"], "ReturnLineItem")), None)
            if line is None:
                raise Refusal([*field, "id"], "Return line item does not exist", "NOT_FOUND")
            if item["quantity"] < 1 or item["quantity"] > line.quantity - line.processed:
                raise Refusal([*field, "quantity"], "Quantity is more than is left to process", "LESS_THAN_OR_EQUAL_TO")
            plan.append((line, item["quantity"], _restocks(shop, ret, line, item, field)))
        if not plan:
            raise Refusal(["input", "returnLineItems"], "Nothing to process", "BLANK")
        for line, quantity, restocks in plan:
            line.processed += quantity
            for location, count in restocks:
                shop.restock(line.fulfillment_line.line.sku, location, count)
        return order, ret

    return _payload(shop, run)


def _restocks(shop: s.Shop, ret: s.Return, line: s.ReturnLine, item: dict, field: list[str]) -> list[tuple[str, int]]:
    """The RESTOCKED dispositions of a processed return line: (location, units)."""
    restocks = []
    rfo_lines = {rl.id: rl for rfo in ret.reverse_orders for rl in rfo.lines}
    disposed = 0
    for index, disposition in enumerate(item.get("dispositions") or []):
        where = [*field, "dispositions", str(index)]
        rfo_line = rfo_lines.get(s.local_id(disposition["reverseFulfillmentOrderLineItemId"], "ReverseFulfillmentOrderLineItem") or "")
        if rfo_line is None or rfo_line.return_line is not line:
            raise Refusal([*where, "reverseFulfillmentOrderLineItemId"], "Reverse fulfillment order line item does not exist", "NOT_FOUND")
        disposed += disposition["quantity"]
        if disposition["quantity"] < 1 or disposed > item["quantity"]:
            raise Refusal([*where, "quantity"], "Disposed quantity is more than the processed quantity", "LESS_THAN_OR_EQUAL_TO")
        if disposition["dispositionType"] == "RESTOCKED":
            location = s.local_id(disposition.get("locationId") or "", "Location")
            if location not in shop.locations:
                raise Refusal([*where, "locationId"], "A location is required to restock", "INVALID")
            restocks.append((location, disposition["quantity"]))
    return restocks


def return_cancel(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    def run():
        order, ret = _move(shop, args["id"], ["id"], (R.REQUESTED, R.OPEN), "cancelable")
        if any(rl.processed for rl in ret.lines):
            raise Refusal(["id"], "A return with processed items cannot be canceled", "INVALID_STATE")
        ret.status = R.CANCELED
        for rfo in ret.reverse_orders:
            rfo.status = RFO.CANCELED
        return order, ret

    return _payload(shop, run)


def return_close(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    def run():
        order, ret = _move(shop, args["id"], ["id"], (R.OPEN,), "closable")
        ret.status, ret.closed_at = R.CLOSED, s.now()
        for rfo in ret.reverse_orders:
            rfo.status = RFO.CLOSED
        return order, ret

    return _payload(shop, run)


def reverse_delivery_create(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    try:
        found = shop.reverse_orders.get(s.local_id(args["reverseFulfillmentOrderId"], "ReverseFulfillmentOrder") or "")
        if found is None:
            raise Refusal(["reverseFulfillmentOrderId"], "Reverse fulfillment order does not exist", "NOT_FOUND")
        ret, rfo = found
        if rfo.status != RFO.OPEN:
            raise Refusal(["reverseFulfillmentOrderId"], "Reverse fulfillment order is not open", "INVALID_STATE")
        for index, item in enumerate(args["reverseDeliveryLineItems"]):
            line = next((rl for rl in rfo.lines if rl.id == s.local_id(item["reverseFulfillmentOrderLineItemId"],
                                                                       "ReverseFulfillmentOrderLineItem")), None)
            if line is None or not 1 <= item["quantity"] <= line.return_line.quantity:
                raise Refusal(["reverseDeliveryLineItems", str(index)], "Line item or quantity is invalid", "INVALID")
        label = (args.get("labelInput") or {}).get("fileUrl")
        tracking = args.get("trackingInput") or {}
        delivery = s.ReverseDelivery(id=ids(), label_url=label, tracking_number=tracking.get("number"),
                                     tracking_url=tracking.get("url"))
    except Refusal as refusal:
        return {"reverseDelivery": None, "userErrors": [refusal.as_error(True)]}
    rfo.deliveries.append(delivery)
    return {"reverseDelivery": v.reverse_delivery(delivery), "userErrors": []}


MUTATIONS = {
    "refundCreate": refund_create_payload,
    "orderCancel": order_cancel,
    "returnCreate": return_create,
    "returnRequest": return_request,
    "returnApproveRequest": return_approve_request,
    "returnDeclineRequest": return_decline_request,
    "returnProcess": return_process,
    "returnClose": return_close,
    "returnCancel": return_cancel,
    "reverseDeliveryCreateWithShipping": reverse_delivery_create,
}

# Mutations that take @idempotent(key:) in this version, and those that require it
# (changelog: making-idempotency-mandatory-for-inventory-adjustments-and-refund-mutations).
IDEMPOTENT = {"refundCreate"}
KEY_REQUIRED = {"refundCreate"}
