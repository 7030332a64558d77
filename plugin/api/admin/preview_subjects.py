"""Which returns, refunds and orders an email kind can be previewed for: the admin's preview offers
only these, instead of every return and every cancelled order (an order cancelled on the platform
has no cancellation of ours to confirm; a return without a refund has no refund to announce).

Candidates come from what the kind is about (a declined return for a decline, an order we cancelled
for a cancellation, ...); each is kept only if its email actually composes. A read for the admin
API (emailPreviewSubjects), beside it: it composes previews and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q, Subquery

from emails.compose import Uncomposable, compose
from models.enums import ReturnStatus
from models.order import Fulfillment, Order
from models.outbox import OutboxMessage
from models.refund import Cancellation, Refund
from models.returns import Return, ReturnLine
from models.risk import RiskReview
from models.shop import Shop
from plugin.actions.email_preview import ORDER_KINDS, REFUND_KINDS, RETURN_KINDS, preview_payload
from plugin.actions.errors import ActionError

CANDIDATES = 30  # read at most this many, newest first


@dataclass(frozen=True)
class PreviewSubject:
    type_name: str  # Return, Refund or Order
    pk: int
    row: object


def _sent(shop: Shop, kind: str, subject_type: str):
    """Ids of the subjects this kind of email was already written for: those always preview."""
    return OutboxMessage.filter(shop_id=shop.id, kind="EMAIL", topic=kind, subject_type=subject_type).values("subject_id")


def _returns(shop: Shop, kind: str):
    mine = Return.filter(shop_id=shop.id)
    sent = Q(id__in=Subquery(_sent(shop, kind, "Return")))
    narrower = {
        "return_instructions": Q(approved_at__isnull=False),
        "return_declined": Q(status=ReturnStatus.DECLINED),
        "return_received": Q(received_at__isnull=False),
        "inspection_result": Q(id__in=Subquery(ReturnLine.filter(shop_id=shop.id, inspected_at__isnull=False).values("return_request_id"))),
        "damaged_claim_received": Q(merchant_at_fault=True),
        "held_for_verification": Q(id__in=Subquery(RiskReview.filter(shop_id=shop.id, subject_type="Return").values("subject_id"))),
    }.get(kind)
    return mine.filter(narrower | sent) if narrower is not None else mine


def _orders(shop: Shop, kind: str):
    mine = Order.filter(shop_id=shop.id)
    sent = Q(id__in=Subquery(_sent(shop, kind, "Order")))
    if kind == "cancellation_confirmed":
        return mine.filter(Q(id__in=Subquery(Cancellation.filter(shop_id=shop.id).values("order_id"))) | sent)
    if kind == "held_for_verification":
        held = Cancellation.filter(shop_id=shop.id, id__in=Subquery(
            RiskReview.filter(shop_id=shop.id, subject_type="Cancellation").values("subject_id"))).values("order_id")
        return mine.filter(Q(id__in=Subquery(held)) | sent)
    # cancellation_refused: orders past the point of cancelling (shipped), or already refused.
    shipped = Fulfillment.filter(shop_id=shop.id).values("order_id")
    return mine.filter((Q(id__in=Subquery(shipped)) & Q(cancelled_at__isnull=True)) | sent)


async def _candidates(shop: Shop, kind: str) -> list[PreviewSubject]:
    if kind in RETURN_KINDS or kind == "held_for_verification":
        found = [PreviewSubject("Return", r.id, r) for r in await _returns(shop, kind).order_by("-id").limit(CANDIDATES)]
        if kind in RETURN_KINDS:
            return found
        return found + [PreviewSubject("Order", o.id, o) for o in await _orders(shop, kind).order_by("-id").limit(CANDIDATES)]
    if kind in REFUND_KINDS:
        return [PreviewSubject("Refund", r.id, r) for r in await Refund.filter(shop_id=shop.id).order_by("-id").limit(CANDIDATES)]
    assert kind in ORDER_KINDS
    return [PreviewSubject("Order", o.id, o) for o in await _orders(shop, kind).order_by("-id").limit(CANDIDATES)]


async def preview_subjects(shop: Shop, kind: str, limit: int = 10) -> list[PreviewSubject]:
    """Up to `limit` subjects whose `kind` email composes, newest first."""
    found = []
    for subject in await _candidates(shop, kind):
        try:
            payload = await preview_payload(shop, kind, (subject.type_name, subject.pk))
            if kind == "cancellation_refused" and (payload.get("decision") or {}).get("allowed"):
                continue  # the policy would let this order be cancelled: no refusal to show
            await compose(shop, kind, payload)
        except (ActionError, Uncomposable):
            continue
        found.append(subject)
        if len(found) >= limit:
            break
    return found
