"""One step taken on several returns at once, each through the very action a single return uses.

Each return is its own transaction: one refused (already approved, nothing to refund, changed
meanwhile) leaves the others going, and the outcome lists every return with its result or refusal.
In the api room rather than actions/: it calls use cases (approve, receive, refund) one after
another, which no use case does (tests/test_import_graph.py keeps actions four floors deep).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import RefundReason, ReturnBulkAction
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import refunds, returns
from plugin.actions.commands import CreateRefund
from plugin.actions.errors import ActionError
from plugin.actions.idempotency import check_key

MAX_RETURNS = 50


@dataclass(frozen=True)
class BulkOutcome:
    return_id: int
    return_: Return | None = None  # as the step left it; None when refused
    error: ActionError | None = None


async def _receive_everything(shop: Shop, return_id: int, actor: str) -> Return:
    """Mark every unit still expected as arrived (the single action answers a return with none left)."""
    lines = await ReturnLine.filter(shop_id=shop.id, return_request_id=return_id)
    expected = {line.id: line.quantity - line.received_quantity for line in lines if line.received_quantity < line.quantity}
    return await returns.mark_received(shop, return_id, expected, actor)


async def _refund(shop: Shop, return_id: int, actor: str, key: str | None) -> Return:
    """The policy's quote for what was accepted, less what the return already got (refundCreate's default)."""
    command = CreateRefund(return_id=return_id, order_id=None, amount=None, reason=RefundReason.RETURN, note=None)
    # One key per return, derived from the batch's: a retried batch refunds none of them twice.
    await refunds.create(shop, command, f"{key}:{return_id}" if key else None, actor)
    return await Return.get(shop_id=shop.id, id=return_id)


async def _one(shop: Shop, action: ReturnBulkAction, return_id: int, actor: str, key: str | None) -> Return:
    if action == ReturnBulkAction.APPROVE:
        return await returns.approve(shop, return_id, actor)
    if action == ReturnBulkAction.MARK_RECEIVED:
        return await _receive_everything(shop, return_id, actor)
    return await _refund(shop, return_id, actor, key)


async def bulk(shop: Shop, action: ReturnBulkAction, return_ids: list[int], actor: str, key: str | None = None) -> list[BulkOutcome]:
    """Take `action` on each return in turn; a refusal is recorded for that return and the rest go on."""
    if not return_ids:
        raise ActionError("BLANK", "choose at least one return", ["ids"])
    if len(return_ids) > MAX_RETURNS:
        raise ActionError("INVALID", f"at most {MAX_RETURNS} returns at once", ["ids"])
    if len(set(return_ids)) != len(return_ids):
        raise ActionError("DUPLICATE_LINE", "each return may appear once", ["ids"])
    check_key(key if key is None else key + ":")  # room for the per-return suffix is checked below
    if key is not None and len(key) > 200:
        raise ActionError("INVALID", "at most 200 characters for a bulk action", ["idempotencyKey"])
    outcomes = []
    for return_id in return_ids:
        try:
            outcomes.append(BulkOutcome(return_id, await _one(shop, action, return_id, actor, key)))
        except ActionError as refusal:
            outcomes.append(BulkOutcome(return_id, error=refusal))
    return outcomes
