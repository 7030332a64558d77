"""The steps of a return after its request (plugin.actions.return_requests): approve, attach a
label, decline, cancel, release, receive, inspect, close, reopen. Each step is one transaction that
checks everything before it writes, and writes its audit event and outbox rows with the change."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone

from tortoise.transactions import in_transaction

from models.enums import (
    EmailKind,
    RefundKind,
    InspectionCondition,
    ReturnDeclineReason,
    ReturnResolution,
    ReturnStatus,
)
from models.order import Order
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import exchange_hooks, platform_ops, return_states
from plugin.actions.errors import ActionError
from plugin.actions.events import record, snapshot
from plugin.actions.ledger import COUNTED_REFUNDS, bump, lock_order
from plugin.actions.return_address import instructions_to_send
from plugin.values.calendar import local_date
from plugin.values.ids import to_gid
from plugin.store.labels import LabelStore
from plugin.values.money import quantize

AUDITED = ("status", "approved_at", "declined_at", "received_at", "closed_at", "canceled_at", "decline_reason")
DECLINE_REASONS = tuple(ReturnDeclineReason)
INSPECTION_CONDITIONS = tuple(InspectionCondition)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Label:
    """A prepaid return label: an uploaded PDF (`file`, the token POST /admin/labels answered) or a
    `url`, with its carrier and tracking number."""

    carrier: str
    tracking_number: str
    url: str | None = None
    file: str | None = None


def needs_label(ret: Return) -> bool:
    """The customer chose the shop's prepaid label and the policy offers it for this return."""
    shipping = ret.decision.get("shipping") or {}
    return shipping.get("method") == "PREPAID_LABEL" and bool(shipping.get("label_available"))


def label_missing(ret: Return) -> bool:
    """An approved prepaid return still waiting for staff to attach its label (no instructions sent)."""
    return ret.status == ReturnStatus.OPEN and needs_label(ret) and ret.label_attached_at is None


def _label_changes(shop: Shop, label: Label, store: LabelStore | None, now: datetime) -> dict:
    for name, value, limit in (("carrier", label.carrier, 64), ("trackingNumber", label.tracking_number, 128)):
        if not value or not value.strip():
            raise ActionError("BLANK", "required", ["label", name])
        if len(value) > limit:
            raise ActionError("TOO_LONG", f"at most {limit} characters", ["label", name])
    if (label.url is None) == (label.file is None):
        raise ActionError("INVALID", "give either the label's url or an uploaded file", ["label"])
    if label.url is not None:
        if len(label.url) > 1024 or not label.url.startswith("https://") or any(c.isspace() for c in label.url):
            raise ActionError("INVALID", "the label url must be an https:// address", ["label", "url"])
    elif store is None or not store.exists(shop.id, label.file or ""):
        raise ActionError("NOT_FOUND", "no such uploaded label; upload the PDF to /admin/labels first", ["label", "file"])
    return {
        "label_url": label.url, "label_file": label.file, "label_carrier": label.carrier.strip(),
        "label_tracking_number": label.tracking_number.strip(), "label_attached_at": now,
    }


def event(ret: Return) -> dict:
    """The outbound webhook body for a return: what a host needs without calling back."""
    return {
        "id": to_gid("Return", ret.id), "name": ret.name, "status": ret.status,
        "order_id": to_gid("Order", ret.order_id), "resolution": ret.resolution,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "quoted_total": {"amount": str(quantize(ret.quoted_total, ret.currency)), "currency": ret.currency},
        "policy_version": ret.policy_version,
    }


def email_about(order: Order, template: str, ret: Return, **extra) -> tuple[str, dict]:
    return template, {"to": order.email, "order_id": order.id, "return_id": ret.id, **extra}


async def _load(shop: Shop, return_id: int, *, lock: bool = False) -> Return:
    """The return; with `lock` (inside a transaction), its row locked until the transaction ends.

    Staff steps lock the row on PostgreSQL, so concurrent steps on one return queue and each reads
    what the one before it wrote: fifty receipts give right answers (done, or "no more units can
    arrive"), not a CONFLICT for every one that lost a compare-and-set, at any pool size. SQLite runs
    one transaction at a time; the compare-and-set in return_states.apply holds on both."""
    query = Return.filter(shop_id=shop.id, id=return_id)
    ret = await (query.select_for_update().first() if lock else query.first())
    if ret is None:
        raise ActionError("NOT_FOUND", "no such return", ["id"])
    return ret


async def _step(
    shop: Shop, return_id: int, step: str, actor: str, *, changes: dict, action: str,
    note: str | None = None, webhook: bool = True, email: str | None = None, email_data: dict | None = None,
    guard: Callable[[Return], Awaitable[None]] | None = None, label: bool = False,
) -> Return:
    async with in_transaction():
        order = None
        if guard is not None:
            # The order's lock first, then the return's (the order a refund takes them in too): what
            # the guard reads of the ledger cannot change before this step commits.
            order = await lock_order(shop, (await _load(shop, return_id)).order_id)
        ret = await _load(shop, return_id, lock=True)
        if guard is not None:
            await guard(ret)
            await bump(order)
        before = snapshot(ret, AUDITED)
        previous = ret.status
        await return_states.apply(ret, step, **changes)
        order = await Order.get(id=ret.order_id, shop_id=shop.id)
        await record(
            shop, subject=("Return", ret.id), actor=actor, action=action, before=before, after=snapshot(ret, AUDITED),
            note=note, webhook=(action, event(ret)) if webhook else None,
            email=email_about(order, email, ret, **(email_data or {})) if email else None,
        )
        await platform_ops.after_step(shop, ret, step, label=label)
        await exchange_hooks.return_stepped(shop, ret, step, actor)
        await exchange_step(shop, order, ret, step, previous)
    return ret


async def exchange_step(shop: Shop, order: Order, ret: Return, step: str, previous: str) -> None:
    """What a step means for an exchange (plugin.actions.exchange_hooks): reserved when the return is
    approved, due when its items first arrive, released when it is declined or withdrawn."""
    if ret.resolution != ReturnResolution.EXCHANGE:
        return
    if ret.status == ReturnStatus.OPEN and step in ("approve", "request", "release"):
        await exchange_hooks.exchange_reserved(shop, order, ret)
    elif step == "receive" and previous != ReturnStatus.RECEIVED:
        await exchange_hooks.exchange_due(shop, order, ret)
    elif step in ("decline", "cancel"):
        await exchange_hooks.exchange_released(shop, order, ret)


async def flag_label_missing(shop: Shop, ret: Return) -> None:
    await record(shop, subject=("Return", ret.id), actor="system", action="return.label_missing",
                 note="prepaid label missing: attach it with returnLabelAttach; the instructions email waits for it")


async def approve(
    shop: Shop, return_id: int, actor: str, now: datetime | None = None, *,
    label: Label | None = None, labels: LabelStore | None = None,
) -> Return:
    """Approve and send the instructions. A prepaid return without its label is approved but flagged
    to staff instead, and its instructions go out when the label is attached."""
    now = now or _now()
    ret = await _load(shop, return_id)
    changes = {"approved_at": now, "ship_by": _ship_by(ret, now, shop.timezone)}
    if label is not None:
        changes |= _label_changes(shop, label, labels, now)
    if ret.status in (ReturnStatus.REQUESTED, ReturnStatus.ON_HOLD):  # (any other status is refused by the state machine below)
        instructions = await instructions_to_send(shop, ret)
        if instructions is not None:
            changes["decision"] = {**ret.decision, "instructions": instructions}
    waiting = needs_label(ret) and label is None and ret.label_attached_at is None
    ret = await _step(shop, return_id, "approve", actor, changes=changes, action="return.approved",
                      email=None if waiting else EmailKind.RETURN_INSTRUCTIONS, label=label is not None)
    if waiting:
        await flag_label_missing(shop, ret)
    return ret


async def resend_instructions(shop: Shop, return_id: int, actor: str) -> Return:
    """Email an approved return's instructions again, with the return address the policy has now if
    the return was approved before it had one."""
    async with in_transaction():
        ret = await _load(shop, return_id)
        if ret.status != ReturnStatus.OPEN or label_missing(ret):
            raise ActionError("INVALID_STATE", "instructions can be re-sent for an approved return whose parcel has not arrived"
                              + (" and whose prepaid label is attached" if label_missing(ret) else ""), ["id"])
        instructions = await instructions_to_send(shop, ret)
        before = snapshot(ret, AUDITED)
        if instructions is not None and instructions != ret.decision.get("instructions"):
            decision = {**ret.decision, "instructions": instructions}
            if not await Return.filter(id=ret.id, lock_version=ret.lock_version).update(lock_version=ret.lock_version + 1, decision=decision):
                raise ActionError("CONFLICT", "the return changed meanwhile; reload it and try again", ["id"])
            ret.decision, ret.lock_version = decision, ret.lock_version + 1
        order = await Order.get(id=ret.order_id, shop_id=shop.id)
        await record(shop, subject=("Return", ret.id), actor=actor, action="return.instructions_resent", before=before,
                     after=snapshot(ret, AUDITED), email=email_about(order, EmailKind.RETURN_INSTRUCTIONS, ret))
    return ret


async def attach_label(shop: Shop, return_id: int, label: Label, labels: LabelStore | None, actor: str) -> Return:
    """Attach (or replace) an approved return's prepaid label; the customer gets the instructions with it."""
    now = _now()
    changes = _label_changes(shop, label, labels, now)
    async with in_transaction():
        ret = await _load(shop, return_id, lock=True)
        if ret.status != ReturnStatus.OPEN:
            raise ActionError("INVALID_STATE", "a label can be attached to an approved return that has not arrived", ["id"])
        before = snapshot(ret, AUDITED)
        replaced = ret.label_file if ret.label_file != label.file else None
        if not await Return.filter(id=ret.id, lock_version=ret.lock_version).update(
            lock_version=ret.lock_version + 1, **changes
        ):
            raise ActionError("CONFLICT", "the return changed meanwhile; reload it and try again", ["id"])
        for name, value in changes.items():
            setattr(ret, name, value)
        ret.lock_version += 1
        order = await Order.get(id=ret.order_id, shop_id=shop.id)
        await record(shop, subject=("Return", ret.id), actor=actor, action="return.label_attached", before=before,
                     after=snapshot(ret, AUDITED), note=f"{ret.label_carrier} {ret.label_tracking_number}",
                     email=email_about(order, "return_instructions", ret))
        await platform_ops.after_step(shop, ret, "label", label=True)
    if replaced and labels is not None:  # committed: the old file is no longer named by any row
        labels.delete(shop.id, replaced)
    return ret


def _ship_by(ret: Return, now: datetime, tz: str) -> date | None:
    """The ship-back deadline counts from the instructions, which approval sends: the stored date
    moves by the days between the request and now, both counted in the shop's time zone."""
    stored = ret.decision["deadlines"]["ship_by"]
    if stored is None:
        return None
    return date.fromisoformat(stored) + (local_date(now, tz) - local_date(ret.requested_at, tz))


async def decline(
    shop: Shop, return_id: int, reason: ReturnDeclineReason, note: str | None, actor: str, staff_note: str | None = None,
) -> Return:
    """Decline with a reason and `note` for the customer (the email and the storefront show both), and
    a `staff_note` that stays with staff (the admin and the audit trail only)."""
    if reason not in DECLINE_REASONS:
        raise ActionError("INVALID", f"reason must be one of {', '.join(DECLINE_REASONS)}", ["reason"])

    async def guard(ret: Return) -> None:
        return_states.check(ret, "decline")
        if await ReturnLine.filter(return_request_id=ret.id, received_quantity__gt=0).exists():
            raise ActionError("INVALID_STATE", "items of this return were already received; inspect them instead", ["id"])
        if await paid_out(ret):
            raise ActionError("INVALID_STATE", "this return was already refunded; it can no longer be declined", ["id"])

    return await _step(shop, return_id, "decline", actor, action="return.declined", note=staff_note,
                       changes={"declined_at": _now(), "decline_reason": ReturnDeclineReason(reason), "decline_note": note,
                                "staff_note": staff_note},
                       email=EmailKind.RETURN_DECLINED, email_data={"reason": reason, "note": note}, guard=guard)


async def paid_out(ret: Return) -> bool:
    """Money went out for this return (a FAILED refund does not count). Store credit is not money:
    a credited return may still be declined or withdrawn, and its unspent credit and bonus are taken
    back (plugin.actions.store_credit.reverse)."""
    return await Refund.filter(return_request_id=ret.id, status__in=COUNTED_REFUNDS,
                               kind__in=(RefundKind.PAYMENT, RefundKind.REIMBURSEMENT)).exists()


async def cancel(shop: Shop, return_id: int, actor: str) -> Return:
    """The customer withdraws the request: only while nothing has arrived and nothing was refunded."""

    async def guard(ret: Return) -> None:
        return_states.check(ret, "cancel")
        if await ReturnLine.filter(return_request_id=ret.id, received_quantity__gt=0).exists():
            raise ActionError("INVALID_STATE", "the items already arrived; the return can no longer be cancelled", ["id"])
        if await paid_out(ret):
            # Withdrawing a refunded return would keep both the items and the money.
            raise ActionError("INVALID_STATE", "this return was already refunded; it can no longer be cancelled", ["id"])

    return await _step(shop, return_id, "cancel", actor, changes={"canceled_at": _now()}, action="return.canceled",
                       guard=guard)


async def release(shop: Shop, return_id: int, actor: str) -> Return:
    """A held request goes back to the normal flow after a fraud review cleared it."""
    return await _step(shop, return_id, "release", actor, changes={}, action="return.released", webhook=False,
                       email=EmailKind.RETURN_REQUESTED)


async def close(shop: Shop, return_id: int, actor: str) -> Return:
    return await _step(shop, return_id, "close", actor, changes={"closed_at": _now()}, action="return.closed")


async def reopen(shop: Shop, return_id: int, actor: str) -> Return:
    return await _step(shop, return_id, "reopen", actor, changes={"closed_at": None}, action="return.reopened", webhook=False)


async def _named_lines(shop: Shop, return_id: int, step: str, named: dict[int, object]) -> dict[int, ReturnLine]:
    """The return's lines that `named` is keyed by, once the return is known to allow `step`."""
    ret = await _load(shop, return_id, lock=True)
    return_states.check(ret, step)
    lines = {line.id: line for line in await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id)}
    if not named:
        # A step with nothing left to do is answered as done, not as a form left empty.
        if step == "receive" and all(line.received_quantity >= line.quantity for line in lines.values()):
            raise ActionError("ALREADY_RECEIVED", "every unit of this return has already arrived", ["lines"])
        if step == "inspect" and not any(_uninspected(line) for line in lines.values()):
            raise ActionError("ALREADY_INSPECTED", "every unit that arrived has already been inspected", ["lines"])
        raise ActionError("BLANK", "name at least one line", ["lines"])
    for index, line_id in enumerate(named):
        if line_id not in lines:
            raise ActionError("LINE_NOT_FOUND", "not a line of this return", ["lines", str(index), "returnLineId"])
    return lines


async def mark_received(shop: Shop, return_id: int, received: dict[int, int], actor: str) -> Return:
    """Units that arrived, per return line; may be called again as more parcels arrive."""
    async with in_transaction():
        lines = await _named_lines(shop, return_id, "receive", received)
        for index, (line_id, quantity) in enumerate(received.items()):
            line = lines[line_id]
            left = line.quantity - line.received_quantity
            if left == 0:
                raise ActionError("INVALID", f"all {line.quantity} units of this line have already arrived",
                                  ["lines", str(index), "quantity"])
            if quantity < 1 or line.received_quantity + quantity > line.quantity:
                raise ActionError("INVALID", f"between 1 and {left} more units can arrive", ["lines", str(index), "quantity"])
        for line_id, quantity in received.items():
            # Compare-and-set per line: a concurrent receipt of the same units cannot both count.
            line = lines[line_id]
            if not await ReturnLine.filter(id=line_id, received_quantity=line.received_quantity).update(
                received_quantity=line.received_quantity + quantity
            ):
                raise ActionError("CONFLICT", "the return changed meanwhile; reload it and try again", ["id"])
        return await _step(shop, return_id, "receive", actor, changes={"received_at": _now()},
                           action="return.received", email=EmailKind.RETURN_RECEIVED)


def _uninspected(line: ReturnLine) -> int:
    """Units that arrived and were neither accepted nor rejected yet."""
    return line.received_quantity - line.accepted_quantity - line.rejected_quantity


@dataclass(frozen=True)
class Inspection:
    accepted: int
    rejected: int
    condition: str
    restock: bool
    note: str | None = None


async def inspect(shop: Shop, return_id: int, results: dict[int, Inspection], actor: str) -> Return:
    """The verdict per received line: how many units are accepted for refund, how many rejected and why."""
    async with in_transaction():
        lines = await _named_lines(shop, return_id, "inspect", results)
        # Once the return was refunded, a line inspected whole is done: inspecting it again would tell the
        # customer "your refund follows" after it was issued (issue 23, item 10). Before that, the same
        # verdict again is answered as done (below) and a different one is a correction, recorded and told.
        refunded = await Refund.filter(shop_id=shop.id, return_request_id=return_id, status__in=COUNTED_REFUNDS).exists()
        for index, (line_id, verdict) in enumerate(results.items()):
            line, field = lines[line_id], ["lines", str(index)]
            if refunded and line.inspected_at is not None and not _uninspected(line):
                raise ActionError("ALREADY_INSPECTED", f"the {line.received_quantity} units that arrived were already "
                                  "inspected and the return was refunded; nothing new arrived since", [*field, "returnLineId"])
            if verdict.condition not in INSPECTION_CONDITIONS:
                raise ActionError("INVALID", f"condition must be one of {', '.join(INSPECTION_CONDITIONS)}", [*field, "condition"])
            if verdict.accepted < 0 or verdict.rejected < 0 or verdict.accepted + verdict.rejected != line.received_quantity:
                raise ActionError(
                    "INVALID", f"accepted + rejected must equal the {line.received_quantity} units received", [*field, "acceptedQuantity"]
                )
        if all(_same_verdict(lines[line_id], verdict) for line_id, verdict in results.items()):
            return await _load(shop, return_id)  # this inspection was recorded already: no second email
        now = _now()
        for line_id, verdict in results.items():
            await ReturnLine.filter(id=line_id).update(
                accepted_quantity=verdict.accepted, rejected_quantity=verdict.rejected,
                inspection_condition=verdict.condition, inspection_note=verdict.note, restock=verdict.restock,
                inspected_at=now,
            )
        verdicts = {str(lines[i].id): {"accepted": v.accepted, "rejected": v.rejected, "condition": v.condition} for i, v in results.items()}
        return await _step(shop, return_id, "inspect", actor, changes={}, action="return.inspected", webhook=False,
                           email=EmailKind.INSPECTION_RESULT, email_data={"verdicts": verdicts})


def _same_verdict(line: ReturnLine, verdict: Inspection) -> bool:
    return line.inspected_at is not None and (
        line.accepted_quantity, line.rejected_quantity, line.inspection_condition, line.inspection_note, line.restock,
    ) == (verdict.accepted, verdict.rejected, verdict.condition, verdict.note, verdict.restock)
