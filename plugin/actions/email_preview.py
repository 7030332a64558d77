"""The payload an action writes for an email, for the admin's preview of a real return, refund or order.

The payload of the latest such email already in the outbox is reused when there is one (it is what
the customer got); otherwise it is built the way the action builds it, a refused cancellation's
decision included. Here, not in emails/: composing reads what is stored and never decides anything.
"""

from __future__ import annotations

from emails.render import KINDS
from models.order import Order
from models.outbox import OutboxMessage
from models.refund import Cancellation, Refund
from models.returns import Return
from models.shop import Shop
from plugin.actions.decisions import cancellation_eligibility
from plugin.actions.errors import ActionError
from plugin.policy import decision_data

# What each kind is about: a return, a refund, an order as a whole; a hold may be of either a return
# request or a cancellation request.
RETURN_KINDS = frozenset({
    "return_requested", "return_instructions", "return_declined", "return_received", "inspection_result",
    "damaged_claim_received", "exchange_shipped", "store_credit",
})
ORDER_KINDS = frozenset({"cancellation_confirmed", "cancellation_refused"})
REFUND_KINDS = frozenset({"refund_issued"})
EITHER_KINDS = frozenset({"held_for_verification"})
assert RETURN_KINDS | ORDER_KINDS | REFUND_KINDS | EITHER_KINDS == set(KINDS)


async def preview_payload(shop: Shop, kind: str, subject: tuple[str, int]) -> dict:
    """The payload an action writes for `kind`, for the return, refund or order `subject` names."""
    if kind not in KINDS:
        raise ActionError("NOT_FOUND", f"unknown email kind {kind!r}; one of {', '.join(KINDS)}", ["kind"])
    type_name, pk = subject
    if kind in RETURN_KINDS or (kind in EITHER_KINDS and type_name == "Return"):
        if type_name != "Return":
            raise ActionError("INVALID", f"{kind} is about a return: give a Return id", ["subjectId"])
        ret = await Return.get_or_none(shop_id=shop.id, id=pk)
        if ret is None:
            raise ActionError("NOT_FOUND", "no such return", ["subjectId"])
        stored = await _stored(shop, kind, "Return", ret.id)
        order = await Order.get(shop_id=shop.id, id=ret.order_id)
        return stored or {"to": order.email, "order_id": order.id, "return_id": ret.id}
    if kind in REFUND_KINDS:
        refund = await _refund(shop, type_name, pk)
        stored = await _stored(shop, kind, "Refund", refund.id)
        order = await Order.get(shop_id=shop.id, id=refund.order_id)
        return stored or {"to": order.email, "order_id": order.id, "refund_id": refund.id}
    if type_name != "Order":
        wanted = "a Return or an Order id" if kind in EITHER_KINDS else "an Order id"
        raise ActionError("INVALID", f"{kind} is about an order: give {wanted}", ["subjectId"])
    order = await Order.get_or_none(shop_id=shop.id, id=pk)
    if order is None:
        raise ActionError("NOT_FOUND", "no such order", ["subjectId"])
    stored = await _stored(shop, kind, "Order", order.id)
    if stored:
        return stored
    if kind == "cancellation_confirmed":
        if not await Cancellation.exists(shop_id=shop.id, order_id=order.id):
            raise ActionError("INVALID_STATE", "the order is not cancelled", ["subjectId"])
        return {"to": order.email, "order_id": order.id}
    if kind == "held_for_verification":  # a cancellation request held for review
        return {"to": order.email, "order_id": order.id}
    # cancellation_refused: what the policy in force answers for this order now.
    decision = await cancellation_eligibility(shop, order)
    return {"to": order.email, "order_id": order.id, "decision": decision_data(decision)}


async def _stored(shop: Shop, kind: str, subject_type: str, subject_id: int) -> dict | None:
    row = await OutboxMessage.filter(
        shop_id=shop.id, kind="EMAIL", topic=kind, subject_type=subject_type, subject_id=subject_id
    ).order_by("-id").first()
    return row.payload if row else None


async def _refund(shop: Shop, type_name: str, pk: int) -> Refund:
    """A Refund id; or a Return or Order id, meaning its latest refund."""
    column = {"Refund": "id", "Return": "return_request_id", "Order": "order_id"}.get(type_name)
    if column is None:
        raise ActionError("INVALID", "refund_issued is about a refund: give a Refund, Return or Order id", ["subjectId"])
    refund = await Refund.filter(shop_id=shop.id, **{column: pk}).order_by("-id").first()
    if refund is None:
        raise ActionError("NOT_FOUND", "no refund found for this id", ["subjectId"])
    return refund
