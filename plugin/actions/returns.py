"""Return requests and the staff steps that follow. Each step is one transaction that checks
everything before it writes, and writes its audit event and outbox rows with the change."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.order import Order
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import return_states
from plugin.actions.decisions import RequestedLine, validate_lines
from plugin.actions.errors import ActionError
from plugin.actions.events import record, snapshot
from plugin.actions.facts import order_facts
from plugin.actions.ledger import COUNTED_REFUNDS, bump, lock_order, prior_returns
from plugin.actions.policy import policy_in_force
from plugin.actions.risk import assess_request
from plugin.money import quantize
from plugin.policy import (
    ReturnLineRequest,
    ReturnRequestFacts,
    decision_data,
    default_policy,
    evaluate_return,
)

AUDITED = ("status", "approved_at", "declined_at", "received_at", "closed_at", "canceled_at", "decline_reason")
DECLINE_REASONS = ("FINAL_SALE", "RETURN_PERIOD_ENDED", "NOT_ELIGIBLE", "CONDITION_NOT_MET", "SUSPECTED_FRAUD", "OTHER")
INSPECTION_CONDITIONS = (
    "AS_DESCRIBED", "WORN", "WASHED", "DAMAGED", "MISSING_TAGS", "MISSING_PACKAGING", "MISSING_ACCESSORIES",
    "WRONG_ITEM", "OTHER",
)


@dataclass(frozen=True)
class ReturnRequestLine(RequestedLine):
    photo_urls: tuple[str, ...] = ()
    note: str | None = None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def event(ret: Return) -> dict:
    """The outbound webhook body for a return: what a host needs without calling back."""
    return {
        "id": f"gid://recourse/Return/{ret.id}", "name": ret.name, "status": ret.status,
        "order_id": f"gid://recourse/Order/{ret.order_id}", "resolution": ret.resolution,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "quoted_total": {"amount": str(quantize(ret.quoted_total, ret.currency)), "currency": ret.currency},
        "policy_version": ret.policy_version,
    }


def _email(order: Order, template: str, ret: Return, **extra) -> tuple[str, dict]:
    return template, {"to": order.email, "order_id": order.id, "return_id": ret.id, **extra}


async def request_return(
    shop: Shop,
    order: Order,
    lines: list[ReturnRequestLine],
    *,
    resolution: str,
    shipping_method: str,
    proof_of_purchase: str | None,
    customer_note: str | None,
    actor: str,
    now: datetime | None = None,
) -> dict:
    """Decide the request under the policy in force; store it when allowed, answer the refusal when not."""
    now = now or _now()
    async with in_transaction():
        order = await lock_order(shop, order.id)
        facts = await order_facts(shop, order)
        validate_lines(facts, lines)
        priors = await prior_returns(order)
        policy, version = await policy_in_force(shop)
        request = ReturnRequestFacts(
            lines=tuple(ReturnLineRequest(str(l.line_id), l.quantity, l.reason, l.condition, l.photos) for l in lines),
            resolution=resolution, shipping_method=shipping_method, proof_of_purchase=bool(proof_of_purchase),
        )
        decision = evaluate_return(policy, facts, priors, request, now, policy_version=version)
        data = decision_data(decision)
        if not decision.allowed:
            return {"return_id": None, "decision": data}
        auto = policy.returns.auto_approve
        number = len(priors) + 1
        ret = await Return.create(
            shop_id=shop.id, order_id=order.id, customer_id=order.customer_id, number=number,
            name=f"{order.name}-R{number}", status="OPEN" if auto else "REQUESTED", resolution=resolution,
            shipping_method=shipping_method, proof_of_purchase=proof_of_purchase, customer_note=customer_note,
            currency=order.currency, policy_version=version, decision=data, quoted_total=decision.quote.total.amount,
            merchant_at_fault=decision.merchant_at_fault, ship_by=decision.deadlines.ship_by if auto else None,
            requested_by=actor, requested_at=now, approved_at=now if auto else None,
        )
        per_line: dict[str, Decimal] = {}
        for quote_line in decision.quote.lines:
            if quote_line.line_id is not None:
                per_line[quote_line.line_id] = per_line.get(quote_line.line_id, Decimal(0)) + quote_line.amount.amount
        await ReturnLine.bulk_create([
            ReturnLine(
                shop_id=shop.id, return_request_id=ret.id, order_line_id=l.line_id, quantity=l.quantity,
                reason=l.reason, condition=sorted(l.condition), photos=list(l.photo_urls), customer_note=l.note,
                quoted_amount=per_line.get(str(l.line_id), Decimal(0)),
            )
            for l in lines
        ])
        await bump(order)
        held, email = await _screen(shop, order, policy, ret, facts, lines, now)
        auto = auto and not held
        await record(
            shop, subject=("Return", ret.id), actor=actor, action="return.requested",
            after=snapshot(ret, AUDITED), webhook=("return.requested", event(ret)),
            email=_email(order, email, ret) if email else None,
        )
        if auto:
            await record(shop, subject=("Return", ret.id), actor="policy", action="return.approved",
                         after=snapshot(ret, AUDITED), note="approved at once by the policy",
                         webhook=("return.approved", event(ret)))
    return {"return_id": ret.id, "decision": data}


async def _screen(shop: Shop, order: Order, policy, ret: Return, facts, lines, now: datetime) -> tuple[bool, str | None]:
    """Score the new return for fraud. A hold puts it ON_HOLD for review instead of approving it;
    the answer is whether it was held, and which email the customer gets."""
    requested = {str(l.line_id) for l in lines}
    chosen = [line for line in facts.lines if line.line_id in requested]
    delivered = [line.delivered_at for line in chosen if line.delivered_at]
    shipped = [line.shipped_at for line in chosen if line.shipped_at]
    assessment = None
    if policy.risk.enabled:
        assessment, _ = await assess_request(
            shop, order, policy, subject=("Return", ret.id), kind="RETURN",
            amount=Decimal(ret.decision["quote"]["items"]["amount"]), now=now,
            skus=tuple(line.sku for line in chosen if line.sku), line_count=len(chosen),
            delivered_at=max(delivered) if delivered else None, shipped_at=max(shipped) if shipped else None,
        )
    level = assessment.level if assessment else None
    held = bool(assessment) and policy.risk.consequence(assessment.level) == "HOLD"
    changes = {"risk_level": level}
    if held:
        changes |= {"status": "ON_HOLD", "approved_at": None, "ship_by": None}
    await Return.filter(id=ret.id).update(**changes)
    for name, value in changes.items():
        setattr(ret, name, value)
    if held:
        return True, "held_for_verification" if assessment.hold_email_customer else None
    if ret.status == "OPEN":
        return False, "return_instructions"
    return False, "damaged_claim_received" if ret.merchant_at_fault else "return_requested"


async def _load(shop: Shop, return_id: int) -> Return:
    ret = await Return.get_or_none(shop_id=shop.id, id=return_id)
    if ret is None:
        raise ActionError("NOT_FOUND", "no such return", ["id"])
    return ret


async def _step(
    shop: Shop, return_id: int, step: str, actor: str, *, changes: dict, action: str,
    note: str | None = None, webhook: bool = True, email: str | None = None, email_data: dict | None = None,
    guard: Callable[[Return], Awaitable[None]] | None = None,
) -> Return:
    async with in_transaction():
        ret = await _load(shop, return_id)
        if guard is not None:
            # Under the order's lock, which every refund takes too: what the guard reads of the ledger
            # cannot change before this step commits.
            order = await lock_order(shop, ret.order_id)
            await guard(ret)
            await bump(order)
        before = snapshot(ret, AUDITED)
        await return_states.apply(ret, step, **changes)
        order = await Order.get(id=ret.order_id, shop_id=shop.id)
        await record(
            shop, subject=("Return", ret.id), actor=actor, action=action, before=before, after=snapshot(ret, AUDITED),
            note=note, webhook=(action, event(ret)) if webhook else None,
            email=_email(order, email, ret, **(email_data or {})) if email else None,
        )
    return ret


async def approve(shop: Shop, return_id: int, actor: str, now: datetime | None = None) -> Return:
    now = now or _now()
    ret = await _load(shop, return_id)
    ship_by = _ship_by(ret, now)
    return await _step(shop, return_id, "approve", actor, changes={"approved_at": now, "ship_by": ship_by},
                       action="return.approved", email="return_instructions")


def _ship_by(ret: Return, now: datetime) -> date | None:
    """The ship-back deadline counts from the instructions, which approval sends."""
    stored = ret.decision["deadlines"]["ship_by"]
    if stored is None:
        return None
    requested_on = ret.requested_at.date()
    return date.fromisoformat(stored) + (now.date() - requested_on)


async def decline(shop: Shop, return_id: int, reason: str, note: str | None, actor: str) -> Return:
    if reason not in DECLINE_REASONS:
        raise ActionError("INVALID", f"reason must be one of {', '.join(DECLINE_REASONS)}", ["reason"])

    async def guard(ret: Return) -> None:
        return_states.check(ret, "decline")
        if await ReturnLine.filter(return_request_id=ret.id, received_quantity__gt=0).exists():
            raise ActionError("INVALID_STATE", "items of this return were already received; inspect them instead", ["id"])
        if await _refunded(ret):
            raise ActionError("INVALID_STATE", "this return was already refunded; it can no longer be declined", ["id"])

    return await _step(shop, return_id, "decline", actor, action="return.declined", note=note,
                       changes={"declined_at": _now(), "decline_reason": reason, "decline_note": note},
                       email="return_declined", email_data={"reason": reason, "note": note}, guard=guard)


async def _refunded(ret: Return) -> bool:
    """Money went out for this return (a FAILED refund does not count)."""
    return await Refund.filter(return_request_id=ret.id, status__in=COUNTED_REFUNDS).exists()


async def cancel(shop: Shop, return_id: int, actor: str) -> Return:
    """The customer withdraws the request: only while nothing has arrived and nothing was refunded."""

    async def guard(ret: Return) -> None:
        return_states.check(ret, "cancel")
        if await ReturnLine.filter(return_request_id=ret.id, received_quantity__gt=0).exists():
            raise ActionError("INVALID_STATE", "the items already arrived; the return can no longer be cancelled", ["id"])
        if await _refunded(ret):
            # Withdrawing a refunded return would keep both the items and the money.
            raise ActionError("INVALID_STATE", "this return was already refunded; it can no longer be cancelled", ["id"])

    return await _step(shop, return_id, "cancel", actor, changes={"canceled_at": _now()}, action="return.canceled",
                       guard=guard)


async def release(shop: Shop, return_id: int, actor: str) -> Return:
    """A held request goes back to the normal flow after a fraud review cleared it."""
    return await _step(shop, return_id, "release", actor, changes={}, action="return.released", webhook=False,
                       email="return_requested")


async def close(shop: Shop, return_id: int, actor: str) -> Return:
    return await _step(shop, return_id, "close", actor, changes={"closed_at": _now()}, action="return.closed")


async def reopen(shop: Shop, return_id: int, actor: str) -> Return:
    return await _step(shop, return_id, "reopen", actor, changes={"closed_at": None}, action="return.reopened", webhook=False)


async def _named_lines(shop: Shop, return_id: int, step: str, named: dict[int, object]) -> dict[int, ReturnLine]:
    """The return's lines that `named` is keyed by, once the return is known to allow `step`."""
    if not named:
        raise ActionError("BLANK", "name at least one line", ["lines"])
    ret = await _load(shop, return_id)
    return_states.check(ret, step)
    lines = {line.id: line for line in await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id)}
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
            if quantity < 1 or line.received_quantity + quantity > line.quantity:
                left = line.quantity - line.received_quantity
                raise ActionError("INVALID", f"between 1 and {left} more units can arrive", ["lines", str(index), "quantity"])
        for line_id, quantity in received.items():
            # Compare-and-set per line: a concurrent receipt of the same units cannot both count.
            line = lines[line_id]
            if not await ReturnLine.filter(id=line_id, received_quantity=line.received_quantity).update(
                received_quantity=line.received_quantity + quantity
            ):
                raise ActionError("CONFLICT", "the return changed meanwhile; reload it and try again", ["id"])
        return await _step(shop, return_id, "receive", actor, changes={"received_at": _now()},
                           action="return.received", email="return_received")


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
        for index, (line_id, verdict) in enumerate(results.items()):
            line, field = lines[line_id], ["lines", str(index)]
            if verdict.condition not in INSPECTION_CONDITIONS:
                raise ActionError("INVALID", f"condition must be one of {', '.join(INSPECTION_CONDITIONS)}", [*field, "condition"])
            if verdict.accepted < 0 or verdict.rejected < 0 or verdict.accepted + verdict.rejected != line.received_quantity:
                raise ActionError(
                    "INVALID", f"accepted + rejected must equal the {line.received_quantity} units received", [*field, "acceptedQuantity"]
                )
        now = _now()
        for line_id, verdict in results.items():
            await ReturnLine.filter(id=line_id).update(
                accepted_quantity=verdict.accepted, rejected_quantity=verdict.rejected,
                inspection_condition=verdict.condition, inspection_note=verdict.note, restock=verdict.restock,
                inspected_at=now,
            )
        verdicts = {str(lines[i].id): {"accepted": v.accepted, "rejected": v.rejected, "condition": v.condition} for i, v in results.items()}
        return await _step(shop, return_id, "inspect", actor, changes={}, action="return.inspected", webhook=False,
                           email="inspection_result", email_data={"verdicts": verdicts})


async def accepted_quote(shop: Shop, ret: Return) -> dict:
    """The policy's quote for the units accepted at inspection, under the version the return was decided by."""
    from plugin.actions.policy import policy_version

    lines = await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id)
    if not any(line.inspected_at for line in lines):
        return ret.decision["quote"]  # not inspected: the quote made at request time
    accepted = [line for line in lines if line.accepted_quantity > 0]
    if not accepted:
        return {"total": {"amount": "0", "currency": ret.currency}, "lines": []}
    order = await Order.get(id=ret.order_id, shop_id=shop.id)
    facts = await order_facts(shop, order)
    # No version: decided under the defaults, which stay the defaults whatever the shop saved since.
    policy = (await policy_version(shop, ret.policy_version))[0] if ret.policy_version else default_policy(shop.currency)
    request = ReturnRequestFacts(
        lines=tuple(
            ReturnLineRequest(str(l.order_line_id), l.accepted_quantity, l.reason, frozenset(l.condition), len(l.photos))
            for l in accepted
        ),
        resolution=ret.resolution, shipping_method=ret.shipping_method, proof_of_purchase=bool(ret.proof_of_purchase),
        received_at=ret.received_at,
    )
    # Decided as of the request, so the window that was open then is open now; this return's own
    # units are not "prior" to it.
    decision = evaluate_return(policy, facts, await prior_returns(order, exclude=ret.id), request, ret.requested_at,
                               policy_version=ret.policy_version)
    return decision_data(decision)["quote"]
