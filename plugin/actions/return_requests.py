"""Return requests, the customer's and staff's for a customer: the policy decides under the policy in
force; an allowed (or overridden) request is stored with its quote, screened for fraud, and
recorded with its emails and webhooks, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Self

from tortoise.transactions import in_transaction

from models.enums import EmailKind, ReturnResolution, ReturnShippingMethod, ReturnStatus
from models.order import Order
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import keep_item, platform_ops, store_credit
from plugin.actions.chosen_reasons import checked_lines
from plugin.actions.commands import CreateReturn, RequestReturn, ReturnRequestLine
from plugin.actions.decisions import validate_lines, with_options
from plugin.actions.events import record, snapshot
from plugin.actions.facts import order_facts
from plugin.actions.idempotency import once
from plugin.actions.ledger import bump, lock_order, prior_returns
from plugin.actions.policy import policy_in_force
from plugin.actions.returns import (
    AUDITED, email_about, event, exchange_step, flag_label_missing, label_missing, needs_label,
)
from plugin.actions.risk import assess_request
from plugin.policy import ReturnLineRequest, ReturnRequestFacts, evaluate_return
from plugin.policy.reason_library import library_of
from plugin.policy.reasons import FACTUAL_CODES
from plugin.store.reasons import stored_reasons


def _now() -> datetime:
    from datetime import timezone

    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class RequestAnswer:
    """What a return request (the customer's, or staff's for them) comes to: the policy's decision
    (JSON-ready, as stored on the return) and, when it was taken, the return; when refused, whether
    staff could take it anyway with an override reason."""

    decision: dict
    return_: Return | None = None
    overridable: bool = False

    def stored(self) -> dict:
        return {"return_id": self.return_.id if self.return_ else None, "decision": self.decision,
                "overridable": self.overridable}

    @classmethod
    async def replayed(cls, shop: Shop, command: RequestReturn, stored: dict) -> Self:
        ret = await Return.get(shop_id=shop.id, id=stored["return_id"]) if stored["return_id"] else None
        return cls(stored["decision"], ret, bool(stored.get("overridable")))


async def request_return(
    shop: Shop,
    order: Order,
    lines: list[ReturnRequestLine],
    *,
    resolution: ReturnResolution,
    shipping_method: ReturnShippingMethod,
    proof_of_purchase: str | None,
    customer_note: str | None,
    actor: str,
    now: datetime | None = None,
    override_reason: str | None = None,
) -> RequestAnswer:
    """Decide the request under the policy in force; store it when allowed, answer the refusal when not.

    `override_reason` (staff only, `returnCreate`): a request the policy refuses for one of its rules
    is stored anyway, approved, with the reason kept on the return and in the audit trail. A refusal
    for a fact (nothing shipped, already returned, ...) cannot be overridden: the answer then says
    `overridable: False`.
    """
    now = now or _now()
    async with in_transaction():
        order = await lock_order(shop, order.id)
        facts = await order_facts(shop, order)
        validate_lines(facts, lines)
        lines = checked_lines(library_of(await stored_reasons(shop.id)), lines)
        priors = await prior_returns(order)
        policy, version = await policy_in_force(shop)
        request = ReturnRequestFacts(
            lines=tuple(ReturnLineRequest(str(l.line_id), l.quantity, l.reason, l.condition, l.photos, l.at_fault)
                        for l in lines),
            resolution=resolution, shipping_method=shipping_method, proof_of_purchase=bool(proof_of_purchase),
        )
        decision = evaluate_return(policy, facts, priors, request, now, policy_version=version,
                                   staff_override=override_reason is not None)
        data = await with_options(shop, policy, facts, priors, request, decision, version, lines, now, required=True)
        factual = any(r.code in FACTUAL_CODES for r in decision.all_reasons())
        overridden = not decision.allowed and override_reason is not None and not factual
        if not decision.allowed and not overridden:
            return RequestAnswer(data, overridable=not factual)
        # Approved at once only when the instructions can say where the parcel goes (see returns.approve).
        sendable = (decision.instructions.return_address is not None or policy.instructions.address_on_request
                    or (shipping_method == ReturnShippingMethod.PREPAID_LABEL and decision.shipping.label_available))
        auto = (policy.returns.auto_approve and sendable) or overridden
        ret = await _store_request(shop, order, lines, decision, data, auto=auto, number=len(priors) + 1, version=version,
                                   resolution=resolution, shipping_method=shipping_method, proof_of_purchase=proof_of_purchase,
                                   customer_note=customer_note, actor=actor, now=now,
                                   override_reason=override_reason if overridden else None)
        await bump(order)
        held, email = await _screen(shop, order, policy, ret, facts, lines, now)
        refused = ", ".join(r.code for r in decision.all_reasons())
        await _announce(shop, order, ret, email, actor=actor, now=now, auto=auto, held=held,
                        override=f"{override_reason} (policy refused: {refused})" if overridden else None)
    return RequestAnswer(data, ret)


async def _announce(shop: Shop, order: Order, ret: Return, email: str | None, *, actor: str, now: datetime, auto: bool,
                    held: bool, override: str | None) -> None:
    """Record the stored request and what follows it at once: staff's override, the policy's
    approval, or keeping the items (refunded without a return)."""
    kept = keep_item.applies(ret, held)
    if kept:
        email = None  # no instructions: the refund email tells the customer to keep the items
    await record(
        shop, subject=("Return", ret.id), actor=actor, action="return.requested",
        after=snapshot(ret, AUDITED), webhook=("return.requested", event(ret)),
        email=email_about(order, email, ret) if email else None,
    )
    if override is not None:
        await _record_override(shop, ret, actor, override, held=held)
    elif auto and not held and not kept:
        await _record_auto_approval(shop, ret)
    await platform_ops.after_step(shop, ret, "request")
    await exchange_step(shop, order, ret, "request", ReturnStatus.REQUESTED)
    if kept:
        credit = store_credit.crediting(shop, order, ret, reason="RETURN", actor="policy",
                                        note="Credited without a return: keep the item.")
        await keep_item.keep_without_return(shop, order, ret, now, AUDITED, event, credit)


async def _store_request(
    shop: Shop, order: Order, lines: list[ReturnRequestLine], decision, data: dict, *, auto: bool, number: int,
    version: int, resolution: ReturnResolution, shipping_method: ReturnShippingMethod, proof_of_purchase: str | None,
    customer_note: str | None, actor: str, now: datetime, override_reason: str | None,
) -> Return:
    """The return and its lines as decided: OPEN when approved at once, else REQUESTED."""
    ret = await Return.create(
        shop_id=shop.id, order_id=order.id, customer_id=order.customer_id, number=number,
        name=f"{order.name}-R{number}", status=ReturnStatus.OPEN if auto else ReturnStatus.REQUESTED, resolution=resolution,
        shipping_method=shipping_method, proof_of_purchase=proof_of_purchase, customer_note=customer_note,
        currency=order.currency, policy_version=version, decision=data, quoted_total=decision.quote.total.amount,
        merchant_at_fault=decision.merchant_at_fault, ship_by=decision.deadlines.ship_by if auto else None,
        requested_by=actor, requested_at=now, approved_at=now if auto else None,
        override_reason=override_reason,
    )
    exchanged = {line["line_id"]: line for line in (data.get("exchange") or {}).get("lines", [])}
    per_line: dict[str, Decimal] = {}
    for quote_line in decision.quote.lines:
        if quote_line.line_id is not None:
            per_line[quote_line.line_id] = per_line.get(quote_line.line_id, Decimal(0)) + quote_line.amount.amount
    await ReturnLine.bulk_create([
        ReturnLine(
            shop_id=shop.id, return_request_id=ret.id, order_line_id=l.line_id, quantity=l.quantity,
            reason=l.reason, reason_handle=l.reason_handle, condition=sorted(l.condition), photos=list(l.photo_refs),
            customer_note=l.note, quoted_amount=per_line.get(str(l.line_id), Decimal(0)),
            **_exchange_columns(exchanged.get(str(l.line_id))),
        )
        for l in lines
    ])
    return ret


def _exchange_columns(exchanged: dict | None) -> dict:
    """The variant a line is exchanged for, and its price, as the decision stored them."""
    if exchanged is None:
        return {"exchange_variant_id": None, "exchange_price": None}
    return {"exchange_variant_id": int(exchanged["variant_id"]), "exchange_price": Decimal(exchanged["price"]["amount"])}


async def _record_override(shop: Shop, ret: Return, actor: str, note: str, *, held: bool) -> None:
    await record(shop, subject=("Return", ret.id), actor=actor, action="return.policy_overridden", note=note)
    if not held:
        await record(shop, subject=("Return", ret.id), actor=actor, action="return.approved",
                     after=snapshot(ret, AUDITED), note="approved by staff over the policy's refusal",
                     webhook=("return.approved", event(ret)))


async def _record_auto_approval(shop: Shop, ret: Return) -> None:
    await record(shop, subject=("Return", ret.id), actor="policy", action="return.approved",
                 after=snapshot(ret, AUDITED), note="approved at once by the policy",
                 webhook=("return.approved", event(ret)))
    if label_missing(ret):
        await flag_label_missing(shop, ret)


async def request(shop: Shop, order: Order, command: RequestReturn, key: str | None, actor: str) -> RequestAnswer:
    """`request_return` at most once per idempotency key; the command is the input it fingerprints."""
    return await once(shop, key, command, lambda: request_return(
        shop, order, list(command.lines), resolution=command.resolution, shipping_method=command.shipping_method,
        proof_of_purchase=command.proof_of_purchase, customer_note=command.customer_note, actor=actor,
    ), RequestAnswer)


async def create(shop: Shop, order: Order, command: CreateReturn, key: str | None, actor: str) -> RequestAnswer:
    """Staff's `request_return` for a customer, at most once per idempotency key."""
    return await once(shop, key, command, lambda: request_return(
        shop, order, list(command.lines), resolution=command.resolution, shipping_method=command.shipping_method,
        proof_of_purchase=command.proof_of_purchase, customer_note=command.customer_note, actor=actor,
        override_reason=command.override_reason,
    ), RequestAnswer)


async def _screen(shop: Shop, order: Order, policy, ret: Return, facts, lines, now: datetime) -> tuple[bool, str | None]:
    """Score the new return for fraud. A hold puts it ON_HOLD for review instead of approving it;
    the answer is whether it was held, and which email the customer gets."""
    assessment = await _assess(shop, order, policy, ret, facts, lines, now) if policy.risk.enabled else None
    held = bool(assessment) and policy.risk.consequence(assessment.level) == "HOLD"
    changes = {"risk_level": assessment.level if assessment else None}
    if held:
        changes |= {"status": ReturnStatus.ON_HOLD, "approved_at": None, "ship_by": None}
    await Return.filter(id=ret.id).update(**changes)
    for name, value in changes.items():
        setattr(ret, name, value)
    if held:
        return True, EmailKind.HELD_FOR_VERIFICATION if assessment.hold_email_customer else None
    if ret.status == ReturnStatus.OPEN:
        # A prepaid return is approved before staff can attach its label: the instructions wait for it.
        return False, None if needs_label(ret) else EmailKind.RETURN_INSTRUCTIONS
    return False, EmailKind.DAMAGED_CLAIM_RECEIVED if ret.merchant_at_fault else EmailKind.RETURN_REQUESTED


async def _assess(shop: Shop, order: Order, policy, ret: Return, facts, lines, now: datetime):
    """The fraud assessment of the requested lines: what they cost, when they shipped and arrived."""
    requested = {str(l.line_id) for l in lines}
    chosen = [line for line in facts.lines if line.line_id in requested]
    delivered = [line.delivered_at for line in chosen if line.delivered_at]
    shipped = [line.shipped_at for line in chosen if line.shipped_at]
    assessment, _ = await assess_request(
        shop, order, policy, subject=("Return", ret.id), kind="RETURN",
        amount=Decimal(ret.decision["quote"]["items"]["amount"]), now=now,
        skus=tuple(line.sku for line in chosen if line.sku), line_count=len(chosen),
        delivered_at=max(delivered) if delivered else None, shipped_at=max(shipped) if shipped else None,
    )
    return assessment
