"""An email from an outbox payload: the stored records gathered, the merchant's override applied, both
parts rendered, every warning collected. The worker sends what this composes; the admin preview shows
it. `preview_payload` builds the payload an action would write, so a preview of a real return or order
goes down exactly the path its email takes.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import DoesNotExist

from emails.context import PreparedEmail, prepare
from emails.render import KINDS, RenderedEmail, render_email
from emails.settings import settings_warnings
from models.order import Order
from models.outbox import OutboxMessage
from models.refund import Cancellation, Refund
from models.returns import Return
from models.shop import Shop

# What each kind is about: a return, a refund, an order as a whole; a hold may be of either a return
# request or a cancellation request.
RETURN_KINDS = frozenset({
    "return_requested", "return_instructions", "return_declined", "return_received", "inspection_result",
    "damaged_claim_received",
})
ORDER_KINDS = frozenset({"cancellation_confirmed", "cancellation_refused"})
REFUND_KINDS = frozenset({"refund_issued"})
EITHER_KINDS = frozenset({"held_for_verification"})
assert RETURN_KINDS | ORDER_KINDS | REFUND_KINDS | EITHER_KINDS == set(KINDS)


class Uncomposable(Exception):
    """The email cannot be made from what is stored (a record is gone, a kind unknown): trying again
    will not help until someone changes the data or the settings."""

    def __init__(self, message: str, field: str | None = None, code: str = "INVALID") -> None:
        super().__init__(message)
        self.field, self.code = field, code


@dataclass(frozen=True)
class ComposedEmail:
    prepared: PreparedEmail
    rendered: RenderedEmail

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.prepared.warnings + self.rendered.warnings


async def compose(shop: Shop, kind: str, payload: dict, *, locale: str | None = None) -> ComposedEmail:
    """Raises Uncomposable when the data cannot make this email; database trouble propagates as is
    (it is temporary, the worker retries)."""
    if kind not in KINDS:
        raise Uncomposable(f"unknown email kind {kind!r}", "kind", "NOT_FOUND")
    try:
        prepared = await prepare(shop, kind, payload, locale=locale)
    except (DoesNotExist, KeyError, TypeError, ValueError) as exc:  # a record gone, a payload short of a key
        raise Uncomposable(f"the records for this email are incomplete: {type(exc).__name__}: {exc}") from exc
    override = prepared.settings.overrides.get(kind)
    try:
        rendered = await render_email(kind, prepared.context, prepared.locale, override.model_dump(exclude_none=True) if override else None)
    except Exception as exc:  # a shipped template failing on this data is a bug: retrying will not help
        raise Uncomposable(f"the {kind} template failed: {type(exc).__name__}: {exc}") from exc
    return ComposedEmail(prepared, rendered)


def settings_problems(shop: Shop) -> list[str]:
    from emails.settings import EmailSettings

    try:
        return settings_warnings(EmailSettings.model_validate(shop.email_settings or {}))
    except ValueError:
        return ["the shop's email settings are invalid and are ignored"]


async def preview_payload(shop: Shop, kind: str, subject: tuple[str, int]) -> dict:
    """The payload an action writes for `kind`, for the return, refund or order `subject` names.

    The payload of the latest such email already in the outbox is reused when there is one (it is
    what the customer got); otherwise it is built the way the action builds it.
    """
    if kind not in KINDS:
        raise Uncomposable(f"unknown email kind {kind!r}; one of {', '.join(KINDS)}", "kind", "NOT_FOUND")
    type_name, pk = subject
    if kind in RETURN_KINDS or (kind in EITHER_KINDS and type_name == "Return"):
        if type_name != "Return":
            raise Uncomposable(f"{kind} is about a return: give a Return id", "subjectId")
        ret = await Return.get_or_none(shop_id=shop.id, id=pk)
        if ret is None:
            raise Uncomposable("no such return", "subjectId", "NOT_FOUND")
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
        raise Uncomposable(f"{kind} is about an order: give {wanted}", "subjectId")
    order = await Order.get_or_none(shop_id=shop.id, id=pk)
    if order is None:
        raise Uncomposable("no such order", "subjectId", "NOT_FOUND")
    stored = await _stored(shop, kind, "Order", order.id)
    if stored:
        return stored
    if kind == "cancellation_confirmed":
        if not await Cancellation.exists(shop_id=shop.id, order_id=order.id):
            raise Uncomposable("the order is not cancelled", "subjectId", "INVALID_STATE")
        return {"to": order.email, "order_id": order.id}
    if kind == "held_for_verification":  # a cancellation request held for review
        return {"to": order.email, "order_id": order.id}
    # cancellation_refused: what the policy in force answers for this order now.
    from plugin.actions.decisions import cancellation_eligibility
    from plugin.policy import decision_data

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
        raise Uncomposable("refund_issued is about a refund: give a Refund, Return or Order id", "subjectId")
    refund = await Refund.filter(shop_id=shop.id, **{column: pk}).order_by("-id").first()
    if refund is None:
        raise Uncomposable("no refund found for this id", "subjectId", "NOT_FOUND")
    return refund
