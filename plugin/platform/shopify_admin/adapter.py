"""The Shopify implementation of the platform port (plugin/platform/port.py), on the Admin API.

How each operation stays exactly once under retries of the same `key`:

- refund_order: `refundCreate @idempotent(key:)` (mandatory since 2026-04); the refund's money is
  split over the order's successful SALE/CAPTURE transactions, each at most its
  `maximumRefundableV2`, on its own gateway, in the order's presentment currency.
- cancel_order: `orderCancel` has no idempotency key: the order is read first (already cancelled:
  done) and read back before any resend. Shopify cancels in a background job: the mutation answers a
  `job`, polled with the `job` query until done (a few seconds at most, else Unavailable: the worker
  comes back later and finds the order cancelled), then the order is read back for its refunds; a
  read-back after a lost answer gives the job the same few seconds to show. A refund smaller than
  what the order can refund goes as its own idempotent `refundCreate` after a cancel without refund.
- returns: state steps read the return's status first and after an ambiguous failure (already in the
  target state: done); opening a return looks for an active return with exactly our lines; processing
  compares processed quantities; a label looks for a reverse delivery with our tracking number.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime
from decimal import Decimal

import httpx

from models.shop import Shop
from plugin.values.money import Money, quantize
from plugin.platform import port
from plugin.platform.shopify_admin import documents as d
from plugin.platform.shopify_admin.client import AdminClient, shop_origin
from plugin.platform.shopify_admin.exchanges import ExchangeOperations
from plugin.platform.shopify_admin.errors import ShopifyAuthError, ShopifyQueryError, ShopifyUnavailable
from plugin.platform.shopify_admin.tokens import StoredTokens, cipher
from plugin.platform.shopify_enums import ReverseFulfillmentOrderStatus
from plugin.policy.reason_library import CORE_SHOPIFY_HANDLES
from plugin.platform.shopify_enums import ShopifyReturnStatus as R
from plugin.process.settings import Settings

REFUNDABLE_KINDS = ("SALE", "CAPTURE")
# Waits (seconds) between looks at orderCancel's job, or at the order after a lost answer: 25 s in all,
# well inside the worker's 60 s for one operation.
JOB_WAITS = (0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8)
# After a lost answer the job id is unknown: the order is looked at for 3 s before orderCancel is sent
# again (a request that never reached Shopify should not wait long to be resent).
READ_BACK_WAITS = JOB_WAITS[:4]
ACTIVE_RETURN = (R.REQUESTED, R.OPEN)
# A return line carries one of Shopify's standard return reasons (ReturnReasonDefinition, by id; the
# ReturnReason enum is deprecated since 2026-01). A handle the shop no longer knows becomes this one.
FALLBACK_REASON = "other-reason"
DECLINE_REASONS = {"FINAL_SALE", "RETURN_PERIOD_ENDED", "OTHER"}


def gid(kind: str, value: str) -> str:
    """Platform ids arrive as mirrored from webhooks (REST numbers) or as gids: accept both."""
    return value if value.startswith("gid://") else f"gid://shopify/{kind}/{value}"


def _errors(items: list | None) -> tuple[port.PlatformError, ...]:
    return tuple(port.PlatformError(message=str(e.get("message") or "refused"), field=tuple(e.get("field") or ()),
                                     code=e.get("code")) for e in items or [])


def _near(moment: str | None, other: str | None, seconds: float = 60.0) -> bool:
    """Whether two of Shopify's timestamps are within `seconds` of each other."""
    if not moment or not other:
        return False
    parse = lambda text: datetime.fromisoformat(text.replace("Z", "+00:00"))  # noqa: E731
    return abs((parse(moment) - parse(other)).total_seconds()) <= seconds


def _money(node: dict | None) -> Decimal:
    return Decimal(str((node or {}).get("amount") or "0"))


def split_over(transactions: list[dict], amount: Decimal) -> list[tuple[dict, Decimal]]:
    """`amount` over the refundable parent transactions, oldest first, none above what it can still
    refund; fewer than `amount` in total when the order cannot refund it all."""
    parts = []
    left = amount
    for transaction in transactions:
        if left <= 0:
            break
        if transaction["kind"] not in REFUNDABLE_KINDS or transaction["status"] != "SUCCESS":
            continue
        can = _money(transaction.get("maximumRefundableV2"))
        take = min(can, left)
        if take > 0:
            parts.append((transaction, take))
            left -= take
    return parts


class ShopifyPlatform(ExchangeOperations):
    """Refunds, cancellations and returns here; store credit and exchanges in exchanges.py."""

    name = "shopify"

    def __init__(self, shop: Shop, settings: Settings, transport: httpx.AsyncBaseTransport | None = None,
                 attempts: int = 5) -> None:
        self.shop = shop
        self.settings = settings
        self._transport = transport
        self._attempts = attempts
        self._http: httpx.AsyncClient | None = None
        self.client: AdminClient | None = None
        self._reason_ids: dict[str, str] = {}  # standard return reason handle -> its id, as read

    async def __aenter__(self) -> ShopifyPlatform:
        self._http = httpx.AsyncClient(timeout=self.settings.shopify_timeout, transport=self._transport)
        origin = shop_origin(self.shop.domain, self.settings.shopify_origin)
        tokens = StoredTokens(self.shop, self._http, origin, cipher(self.settings.token_keys, self.settings.production))
        self.client = AdminClient(self.shop.domain, tokens, http=self._http, origin=origin, attempts=self._attempts)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._http is not None:
            await self._http.aclose()

    # --- plumbing --------------------------------------------------------------------------------

    async def _guarded(self, work):
        """Client errors in the port's terms: what may pass raises Unavailable; a document Shopify
        refused is a Refused staff can read (a bug to report, not to retry forever)."""
        try:
            return await work()
        except ShopifyUnavailable as exc:
            raise port.Unavailable(exc.detail, exc.retry_after) from None
        except ShopifyAuthError as exc:
            raise port.Unavailable(f"Shopify access: {exc}") from None
        except ShopifyQueryError as exc:
            return port.Refused((port.PlatformError(message=f"Shopify rejected the request: {exc}", code="QUERY_ERROR"),))

    async def _order(self, document: str, order_id: str) -> dict:
        data = await self.client.query(document, {"id": gid("Order", order_id)})
        if not data.get("order"):
            raise _Missing(f"order {order_id} does not exist on Shopify")
        return data["order"]

    async def _job(self, job_id: str) -> dict:
        return (await self.client.query(d.JOB, {"id": job_id})).get("job") or {}

    async def _settled(self, read, ready, waits: tuple[float, ...] | None = None) -> dict | None:
        """Read until `ready(what was read)`, waiting `waits` (JOB_WAITS) between looks; None if it never was."""
        for wait in (0.0, *(JOB_WAITS if waits is None else waits)):
            if wait:
                await asyncio.sleep(wait)
            current = await read()
            if ready(current):
                return current
        return None

    async def _return(self, return_id: str) -> dict:
        data = await self.client.query(d.RETURN_STATE, {"id": gid("Return", return_id)})
        if not data.get("return"):
            raise _Missing(f"return {return_id} does not exist on Shopify")
        return data["return"]

    # --- refunds ---------------------------------------------------------------------------------

    async def refund_order(self, request: port.RefundOrder) -> port.Result:
        return await self._guarded(lambda: self._refund(request.key, request.order_id, request.amount, request.lines,
                                                        request.shipping, request.note or request.refund_ref or None,
                                                        request.notify))

    async def _refund(self, key: str, order_id: str, amount: Money, lines, shipping: Money | None, note: str | None,
                      notify: bool) -> port.Result:
        try:
            order = await self._order(d.ORDER_PAYMENTS, order_id)
        except _Missing as exc:
            return port.Refused((port.PlatformError(str(exc), ("orderId",), "NOT_FOUND"),))
        # Done before (the worker lost our answer, or crashed before writing it down)? Our refund is
        # the one whose note carries our marker. Checked first: the split below depends on what is
        # left, so a second computation would differ and Shopify would refuse the reused key.
        marker = note or f"Recourse {key}"
        for existing in order["refunds"]:
            if marker in (existing.get("note") or ""):
                return port.Done(platform_id=existing["id"])
        currency = order["presentmentCurrencyCode"]
        if amount.currency != currency:
            return port.Refused((port.PlatformError(
                f"The refund is in {amount.currency} but the order was paid in {currency}", ("currency",), "INVALID"),))
        parts = split_over(order["transactions"], quantize(amount.amount, currency))
        can = sum((part for _, part in parts), Decimal(0))
        if can < amount.amount:
            return port.Refused((port.PlatformError(
                f"Shopify can refund only {can} {currency} more on this order's payments, not {quantize(amount.amount, currency)}",
                ("transactions",), "GREATER_THAN_REFUNDABLE"),))
        refund_input = await self._refund_input(order, currency, marker, notify, lines, parts, shipping)
        data = await self.client.mutate(d.REFUND_CREATE, {"input": refund_input}, idempotency_key=key)
        payload = data.get("refundCreate") or {}
        if payload.get("userErrors"):
            return port.Refused(_errors(payload["userErrors"]))
        return port.Done(platform_id=payload["refund"]["id"])

    async def _refund_input(self, order: dict, currency: str, marker: str, notify: bool, lines,
                            parts: list, shipping: Money | None) -> dict:
        """refundCreate's input: the lines restocked where they go back (the shop's primary location
        when a line names none), the amount split over the order's payments, the shipping refunded."""
        location = None
        if any(line.restock.value != "NO_RESTOCK" and not line.location_id for line in lines):
            location = ((await self.client.query(d.PRIMARY_LOCATION)).get("location") or {}).get("id")
        refund_input = {
            "orderId": order["id"],
            "currency": currency,
            "notify": notify,
            "note": marker,
            "refundLineItems": [
                {"lineItemId": gid("LineItem", line.line_id), "quantity": line.quantity, "restockType": line.restock.value,
                 **({"locationId": gid("Location", line.location_id) if line.location_id else location}
                    if line.restock.value != "NO_RESTOCK" else {})}
                for line in lines
            ],
            "transactions": [
                {"orderId": order["id"], "kind": "REFUND", "gateway": parent["gateway"], "parentId": parent["id"],
                 "amount": str(part)}
                for parent, part in parts
            ],
        }
        if shipping is not None and shipping.amount > 0:
            refund_input["shipping"] = {"amount": str(quantize(shipping.amount, currency))}
        return refund_input

    # --- cancellation ----------------------------------------------------------------------------

    async def cancel_order(self, request: port.CancelOrder) -> port.Result:
        return await self._guarded(lambda: self._cancel(request))

    async def _cancel(self, request: port.CancelOrder) -> port.Result:
        try:
            order = await self._order(d.ORDER_PAYMENTS, request.order_id)
        except _Missing as exc:
            return port.Refused((port.PlatformError(str(exc), ("orderId",), "NOT_FOUND"),))
        refundable = sum((_money(t.get("maximumRefundableV2")) for t in order["transactions"]
                          if t["kind"] in REFUNDABLE_KINDS and t["status"] == "SUCCESS"), Decimal(0))
        whole = request.refund is not None and request.refund.amount >= refundable
        if order["cancelledAt"] is None:
            refused = await self._cancel_on_shopify(request, order, whole)
            if refused is not None:
                return refused
        return await self._cancel_refunds(request, order, whole)

    async def _cancel_on_shopify(self, request: port.CancelOrder, order: dict, whole: bool) -> port.Refused | None:
        """orderCancel, and its job waited for; None once the order shows cancelled."""
        async def cancelled() -> dict | None:
            # The answer was lost: if the mutation got through, its job shows within seconds.
            again = await self._settled(lambda: self._order(d.ORDER_PAYMENTS, request.order_id),
                                        lambda current: current["cancelledAt"] is not None, READ_BACK_WAITS)
            return {"orderCancel": {"orderCancelUserErrors": [], "job": None}} if again else None

        data = await self.client.mutate(d.ORDER_CANCEL, {
            "orderId": order["id"], "reason": request.reason,
            "refundMethod": {"originalPaymentMethodsRefund": whole}, "restock": request.restock,
            "notifyCustomer": request.notify, "staffNote": (request.staff_note or "")[:255] or None,
        }, read_back=cancelled)
        answer = data.get("orderCancel") or {}
        if answer.get("orderCancelUserErrors"):
            # A resend that found the first request's job done or still at work is not a refusal.
            if (await self._order(d.ORDER_PAYMENTS, request.order_id))["cancelledAt"] is None:
                return port.Refused(_errors(answer["orderCancelUserErrors"]))
            answer = {}
        await self._wait_for_job(answer.get("job"))
        if not (await self._order(d.ORDER_PAYMENTS, request.order_id))["cancelledAt"]:
            return port.Refused((port.PlatformError(
                "Shopify's cancellation job finished without cancelling the order: see the order's timeline in the "
                "Shopify admin", ("orderId",), "CANCEL_FAILED"),))
        return None

    async def _wait_for_job(self, job: dict | None) -> None:
        """Poll a job orderCancel answered until it is done; Unavailable (tried again later) if it is not."""
        if job and not job.get("done"):
            done = await self._settled(lambda: self._job(job["id"]), lambda current: current.get("done"))
            if not done:
                raise ShopifyUnavailable(f"Shopify's cancellation job {job['id']} is still running", retry_after=60)

    async def _cancel_refunds(self, request: port.CancelOrder, order: dict, whole: bool) -> port.Result:
        """The refund beside a cancellation (its own refundCreate when smaller than what is refundable),
        and the ids of the refunds the cancellation made."""
        before = {r["id"] for r in order["refunds"]}
        refund_ids: list[str] = []
        if request.refund is not None and request.refund.amount > 0 and not whole:
            result = await self._refund(f"{request.key}:refund", request.order_id, request.refund, (), None,
                                        request.refund_ref or None, request.notify)
            if not isinstance(result, port.Done):
                return result
            refund_ids.append(result.platform_id)
        after = await self._order(d.ORDER_PAYMENTS, request.order_id)
        refund_ids += [r["id"] for r in after["refunds"] if r["id"] not in before and r["id"] not in refund_ids]
        if order["cancelledAt"] is not None and whole and not refund_ids:
            # A retry after the job ran (this call found the order cancelled): the cancellation's own
            # refund is the one the job made when it cancelled.
            refund_ids += [r["id"] for r in after["refunds"] if _near(r.get("createdAt"), after["cancelledAt"])]
        return port.Done(platform_id=order["id"], refund_ids=tuple(refund_ids))

    # --- returns ---------------------------------------------------------------------------------

    async def open_return(self, request: port.OpenReturn) -> port.Result:
        return await self._guarded(lambda: self._open(request))

    async def _open(self, request: port.OpenReturn) -> port.Result:
        try:
            order = await self._order(d.ORDER_RETURNS, request.order_id)
        except _Missing as exc:
            return port.Refused((port.PlatformError(str(exc), ("orderId",), "NOT_FOUND"),))
        wanted = Counter()
        for line in request.lines:
            wanted[gid("LineItem", line.line_id)] += line.quantity

        def ours(current: dict) -> str | None:
            for ret in current["returns"]["nodes"]:
                if ret["status"] not in ACTIVE_RETURN:
                    continue
                have = Counter()
                for item in ret["returnLineItems"]["nodes"]:
                    have[item["fulfillmentLineItem"]["lineItem"]["id"]] += item["quantity"]
                if have == wanted:
                    return ret["id"]
            return None

        existing = ours(order)
        if existing:
            return port.Done(platform_id=existing)
        items = self._fulfillment_lines(order, request.lines)
        if isinstance(items, port.Refused):
            return items
        reason_ids = await self._reasons({handle for _, _, handle, _ in items})
        items = [(fli, qty, reason_ids[handle], note) for fli, qty, handle, note in items]
        approved = request.approved

        async def read_back() -> dict | None:
            found = ours(await self._order(d.ORDER_RETURNS, request.order_id))
            return {"payload": {"return": {"id": found}, "userErrors": []}} if found else None

        if approved:
            lines = [{"fulfillmentLineItemId": fli, "quantity": qty, "returnReasonDefinitionId": reason,
                      "returnReasonNote": (note or "")[:255]} for fli, qty, reason, note in items]
            data = await self.client.mutate(d.RETURN_CREATE, {"returnInput": {
                "orderId": order["id"], "returnLineItems": lines, "notifyCustomer": request.notify}}, read_back=read_back)
            payload = data.get("returnCreate") or data.get("payload") or {}
        else:
            lines = [{"fulfillmentLineItemId": fli, "quantity": qty, "returnReasonDefinitionId": reason,
                      **({"customerNote": note[:300]} if note else {})} for fli, qty, reason, note in items]
            data = await self.client.mutate(d.RETURN_REQUEST, {"input": {
                "orderId": order["id"], "returnLineItems": lines}}, read_back=read_back)
            payload = data.get("returnRequest") or data.get("payload") or {}
        if payload.get("userErrors"):
            return port.Refused(_errors(payload["userErrors"]))
        return port.Done(platform_id=payload["return"]["id"])

    async def _reasons(self, handles: set[str]) -> dict[str, str]:
        """The ids of Shopify's standard return reasons by handle (read once per adapter); a handle
        Shopify does not list takes FALLBACK_REASON's id."""
        missing = sorted(handles - self._reason_ids.keys() | ({FALLBACK_REASON} - self._reason_ids.keys()))
        if missing:
            data = await self.client.query(d.RETURN_REASON_DEFINITIONS, {"handles": missing, "first": len(missing)})
            for node in data["returnReasonDefinitions"]["nodes"]:
                self._reason_ids[node["handle"]] = node["id"]
        return {handle: self._reason_ids.get(handle) or self._reason_ids[FALLBACK_REASON] for handle in handles}

    @staticmethod
    def _fulfillment_lines(order: dict, lines) -> list | port.Refused:
        """Our (line item, quantity) requests as Shopify's fulfillment line items with room left."""
        room: dict[str, list[list]] = {}
        for fulfillment in order["fulfillments"]:
            for fli in fulfillment["fulfillmentLineItems"]["nodes"]:
                room.setdefault(fli["lineItem"]["id"], []).append([fli["id"], fli["quantity"] or 0])
        for ret in order["returns"]["nodes"]:
            if ret["status"] in (R.REQUESTED, R.OPEN, R.CLOSED):
                for item in ret["returnLineItems"]["nodes"]:
                    for slot in room.get(item["fulfillmentLineItem"]["lineItem"]["id"], []):
                        if slot[0] == item["fulfillmentLineItem"]["id"]:
                            slot[1] -= item["quantity"]
        items = []
        for line in lines:
            reason = line.reason_handle or CORE_SHOPIFY_HANDLES.get(line.reason, FALLBACK_REASON)
            need = line.quantity
            for slot in room.get(gid("LineItem", line.line_id), []):
                take = min(need, slot[1])
                if take > 0:
                    items.append((slot[0], take, reason, line.note))
                    slot[1] -= take
                    need -= take
            if need:
                return port.Refused((port.PlatformError(
                    f"Line {line.line_id} has {line.quantity - need} shipped unit(s) left to return on Shopify, not {line.quantity}",
                    ("returnLineItems",), "INVALID"),))
        return items

    async def _step(self, return_id: str, target: str, document: str, variables: dict, field: str) -> port.Result:
        """A return state change that is done when the return is in `target`."""
        if not return_id:
            return port.Refused((port.PlatformError("The return was never opened on Shopify", ("returnId",), "NOT_FOUND"),))
        try:
            current = await self._return(return_id)
        except _Missing as exc:
            return port.Refused((port.PlatformError(str(exc), ("returnId",), "NOT_FOUND"),))
        if current["status"] == target:
            return port.Done(platform_id=current["id"])

        async def read_back() -> dict | None:
            again = await self._return(return_id)
            return {field: {"return": again, "userErrors": []}} if again["status"] == target else None

        data = await self.client.mutate(document, variables, read_back=read_back)
        payload = data.get(field) or {}
        if payload.get("userErrors"):
            return port.Refused(_errors(payload["userErrors"]))
        return port.Done(platform_id=payload["return"]["id"])

    async def approve_return(self, request: port.ReturnStep) -> port.Result:
        return await self._guarded(lambda: self._step(
            request.return_id, R.OPEN, d.RETURN_APPROVE,
            {"input": {"id": gid("Return", request.return_id or "0"), "notifyCustomer": request.notify}}, "returnApproveRequest"))

    async def decline_return(self, request: port.DeclineReturn) -> port.Result:
        reason = request.reason if request.reason in DECLINE_REASONS else "OTHER"
        return await self._guarded(lambda: self._step(
            request.return_id, R.DECLINED, d.RETURN_DECLINE,
            {"input": {"id": gid("Return", request.return_id or "0"), "declineReason": reason,
                       "declineNote": (request.note or "")[:500] or None, "notifyCustomer": request.notify}},
            "returnDeclineRequest"))

    async def close_return(self, request: port.ReturnStep) -> port.Result:
        return await self._guarded(lambda: self._step(
            request.return_id, R.CLOSED, d.RETURN_CLOSE, {"id": gid("Return", request.return_id or "0")}, "returnClose"))

    async def cancel_return(self, request: port.ReturnStep) -> port.Result:
        return await self._guarded(lambda: self._step(
            request.return_id, R.CANCELED, d.RETURN_CANCEL,
            {"id": gid("Return", request.return_id or "0"), "notifyCustomer": request.notify}, "returnCancel"))

    async def process_return(self, request: port.ProcessReturn) -> port.Result:
        return await self._guarded(lambda: self._process(request))

    async def _opened_return(self, return_id: str | None) -> dict | port.Refused:
        """The return as Shopify has it now, or why there is none to act on."""
        if not return_id:
            return port.Refused((port.PlatformError("The return was never opened on Shopify", ("returnId",), "NOT_FOUND"),))
        try:
            return await self._return(return_id)
        except _Missing as exc:
            return port.Refused((port.PlatformError(str(exc), ("returnId",), "NOT_FOUND"),))

    async def _process(self, request: port.ProcessReturn) -> port.Result:
        current = await self._opened_return(request.return_id)
        if isinstance(current, port.Refused):
            return current
        rfo_lines = {item["fulfillmentLineItem"]["id"]: item["id"]
                     for rfo in current["reverseFulfillmentOrders"]["nodes"] for item in rfo["lineItems"]["nodes"]
                     if item.get("fulfillmentLineItem")}
        by_line: dict[str, list[dict]] = {}
        for item in current["returnLineItems"]["nodes"]:
            by_line.setdefault(item["fulfillmentLineItem"]["lineItem"]["id"], []).append(item)
        location = None
        if any(line.restock and not line.location_id for line in request.lines):
            location = ((await self.client.query(d.PRIMARY_LOCATION)).get("location") or {}).get("id")
        items, expected = [], {}
        for line in request.lines:
            need = line.quantity
            for item in by_line.get(gid("LineItem", line.line_id), []):
                take = min(need, item["quantity"] - item["processedQuantity"])
                if take <= 0:
                    continue
                disposition = {"reverseFulfillmentOrderLineItemId": rfo_lines.get(item["fulfillmentLineItem"]["id"]),
                               "quantity": take, "dispositionType": "RESTOCKED" if line.restock else "NOT_RESTOCKED"}
                if line.restock:
                    disposition["locationId"] = gid("Location", line.location_id) if line.location_id else location
                items.append({"id": item["id"], "quantity": take,
                              "dispositions": [disposition] if disposition["reverseFulfillmentOrderLineItemId"] else []})
                expected[item["id"]] = item["processedQuantity"] + take
                need -= take
        if not items:
            return port.Done(platform_id=current["id"], detail="nothing left to process on Shopify")

        async def read_back() -> dict | None:
            again = await self._return(request.return_id)
            done = {i["id"]: i["processedQuantity"] for i in again["returnLineItems"]["nodes"]}
            if all(done.get(item_id, 0) >= count for item_id, count in expected.items()):
                return {"returnProcess": {"return": again, "userErrors": []}}
            return None

        data = await self.client.mutate(d.RETURN_PROCESS, {"input": {
            "returnId": current["id"], "returnLineItems": items, "notifyCustomer": request.notify}}, read_back=read_back)
        payload = data.get("returnProcess") or {}
        if payload.get("userErrors"):
            return port.Refused(_errors(payload["userErrors"]))
        return port.Done(platform_id=payload["return"]["id"])

    async def attach_label(self, request: port.AttachLabel) -> port.Result:
        return await self._guarded(lambda: self._label(request))

    async def _label(self, request: port.AttachLabel) -> port.Result:
        current = await self._opened_return(request.return_id)
        if isinstance(current, port.Refused):
            return current

        def delivered(ret: dict) -> str | None:
            for rfo in ret["reverseFulfillmentOrders"]["nodes"]:
                for delivery in rfo["reverseDeliveries"]["nodes"]:
                    if ((delivery.get("deliverable") or {}).get("tracking") or {}).get("number") == request.tracking_number:
                        return delivery["id"]
            return None

        if delivered(current):
            return port.Done(platform_id=current["id"])
        rfos = [rfo for rfo in current["reverseFulfillmentOrders"]["nodes"] if rfo["status"] == ReverseFulfillmentOrderStatus.OPEN]
        if not rfos:
            return port.Refused((port.PlatformError("The return has no open reverse fulfillment order on Shopify (approve it first)",
                                                    ("reverseFulfillmentOrderId",), "INVALID_STATE"),))
        rfo = rfos[0]

        async def read_back() -> dict | None:
            found = delivered(await self._return(request.return_id))
            return {"reverseDeliveryCreateWithShipping": {"reverseDelivery": {"id": found}, "userErrors": []}} if found else None

        data = await self.client.mutate(d.REVERSE_DELIVERY_CREATE, {
            "rfo": rfo["id"],
            "lines": [{"reverseFulfillmentOrderLineItemId": item["id"], "quantity": item["totalQuantity"]}
                      for item in rfo["lineItems"]["nodes"]],
            "tracking": {"number": request.tracking_number},
            "label": {"fileUrl": request.label_url} if request.label_url else None,
            "notifyCustomer": request.notify,
        }, read_back=read_back)
        payload = data.get("reverseDeliveryCreateWithShipping") or {}
        if payload.get("userErrors"):
            return port.Refused(_errors(payload["userErrors"]))
        return port.Done(platform_id=current["id"], detail=f"reverse delivery {payload['reverseDelivery']['id']}")

    # --- reading back ----------------------------------------------------------------------------

    async def read_order(self, order_id: str) -> port.OrderRecord:
        try:
            order = await self._order(d.ORDER_RECORD, order_id)
        except ShopifyUnavailable as exc:
            raise port.Unavailable(exc.detail, exc.retry_after) from None
        except (ShopifyAuthError, _Missing) as exc:
            raise port.Unavailable(str(exc)) from None
        currency = order["presentmentCurrencyCode"]

        def money(node: dict) -> Money:
            return Money(_money(node), node.get("currencyCode") or currency)

        refunds = tuple(port.PlatformRefundRecord(
            id=r["id"], amount=money(r["totalRefundedSet"]["presentmentMoney"]), note=r.get("note"),
            created_at=datetime.fromisoformat(r["createdAt"]) if r.get("createdAt") else None,
            lines=tuple((item["lineItem"]["id"], item["quantity"]) for item in r["refundLineItems"]["nodes"]),
            transaction_ids=tuple(t["id"] for t in r["transactions"]["nodes"]),
        ) for r in order["refunds"])
        transactions = tuple(port.Transaction(
            id=t["id"], kind=t["kind"], status=t["status"], amount=money(t["amountSet"]["presentmentMoney"]),
            gateway=t.get("gateway"), parent_id=(t.get("parentTransaction") or {}).get("id"),
        ) for t in order["transactions"])
        restocked = Counter()
        for r in order["refunds"]:
            for item in r["refundLineItems"]["nodes"]:
                if item["restocked"]:
                    restocked[item["lineItem"]["id"]] += item["quantity"]
        return port.OrderRecord(
            order_id=order["id"], currency=currency,
            cancelled_at=datetime.fromisoformat(order["cancelledAt"]) if order.get("cancelledAt") else None,
            refunds=refunds, transactions=transactions, restocked=tuple(sorted(restocked.items())))


class _Missing(Exception):
    pass


def shopify_platform(shop: Shop, settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> ShopifyPlatform:
    """The port for a shopify shop: cheap, no I/O until `async with`."""
    return ShopifyPlatform(shop, settings, transport)
