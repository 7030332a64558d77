"""Which staff steps a return has work left for: the state machine's answer narrowed by the return's
lines and the refund ledger, so the admin offers only what would succeed and do something.

The state machine alone allows receiving a return whose every unit arrived, inspecting one already
inspected, refunding one already refunded: each of those would be refused (or, before, would act a
second time). The steps here are the ones a click can complete. A read for the admin API, so it
lives with it: it asks the use cases' own questions (suggested refund, label missing) and writes nothing.
"""

from __future__ import annotations

from models.enums import ReturnStatus as S
from models.enums import ReturnStep
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions.refunds import suggested_refund, waits_for_inspection
from plugin.actions.return_states import TRANSITIONS
from plugin.actions.returns import label_missing, paid_out


def _allows(ret: Return, step: str) -> bool:
    return ret.status in TRANSITIONS[step][0]


def units_to_receive(lines: list[ReturnLine]) -> int:
    return sum(line.quantity - line.received_quantity for line in lines)


def units_to_inspect(lines: list[ReturnLine]) -> int:
    return sum(line.received_quantity - line.accepted_quantity - line.rejected_quantity for line in lines)


async def available_steps(shop: Shop, ret: Return) -> list[ReturnStep]:
    """The steps staff can take on `ret` now, in the order they come in a return's life (declining,
    which ends it, after the steps that take it forward)."""
    lines = await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id)
    steps: list[ReturnStep] = []
    if label_missing(ret):
        steps.append(ReturnStep.ATTACH_LABEL)
    if ret.status == S.REQUESTED:
        steps.append(ReturnStep.APPROVE)
    if _allows(ret, "receive") and units_to_receive(lines) > 0:
        steps.append(ReturnStep.MARK_RECEIVED)
    if _allows(ret, "inspect") and units_to_inspect(lines) > 0:
        steps.append(ReturnStep.INSPECT)
    if _allows(ret, "refund") and await suggested_refund(shop, ret) > 0 and not await waits_for_inspection(shop, ret):
        steps.append(ReturnStep.REFUND)
    # ON_HOLD is decided in the fraud review, not here; a return with arrived items or money paid
    # out is inspected or refunded, never declined (a credited one may be: its credit is taken back).
    if ret.status in (S.REQUESTED, S.OPEN) and not any(line.received_quantity for line in lines):
        if not await paid_out(ret):
            steps.append(ReturnStep.DECLINE)
    if _allows(ret, "close"):
        steps.append(ReturnStep.CLOSE)
    if _allows(ret, "reopen"):
        steps.append(ReturnStep.REOPEN)
    return steps
