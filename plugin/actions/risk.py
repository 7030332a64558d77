"""Risk in the database: gather a request's facts with a bounded number of queries, store the
assessment, open a review when the policy holds the request, keep the blocklist."""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from datetime import datetime, timezone
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.enums import (
    BlocklistKind,
    CancellationStatus,
    EmailKind,
    ReturnDeclineReason,
    RiskReviewDecision,
    RiskReviewStatus,
)
from models.order import Order, OrderLine
from models.refund import Cancellation
from models.returns import Return, ReturnLine
from models.risk import BlocklistEntry, RiskAssessment, RiskReview
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.policy import Policy
from plugin import risk

BLOCKLIST_KINDS = tuple(BlocklistKind)


def address(data: dict | None) -> risk.Address | None:
    if not data:
        return None
    name = data.get("name") or " ".join(filter(None, (data.get("first_name"), data.get("last_name")))) or None
    return risk.Address(
        name=name, address1=data.get("address1"), city=data.get("city"), region=data.get("province_code"),
        postal_code=data.get("zip"), country=data.get("country_code"), phone=data.get("phone"),
        address2=data.get("address2"),
    )


def order_risk_facts(order: Order) -> risk.OrderFacts:
    return risk.OrderFacts(
        order_id=str(order.id), placed_at=order.placed_at, total=order.total_paid, email=order.email,
        phone=order.phone, billing=address(order.billing_address), shipping=address(order.shipping_address),
        browser_ip=order.browser_ip,
    )


def contact_keys(email: str | None, phone: str | None, shipping_address: dict | None) -> dict:
    """The normalised keys stored on an order, so linked accounts and blocklists are index lookups."""
    shipping = address(shipping_address)
    country = shipping.country if shipping else None
    return {
        "email_key": risk.normalize_email(email),
        "phone_key": risk.normalize_phone(phone or (shipping.phone if shipping else None), country),
        "address_key": risk.normalize_address(shipping),
    }


async def _history(shop: Shop, order: Order) -> tuple[risk.CustomerHistory, list[int]]:
    """The customer's orders (by customer, or by email for guests), returns with SKUs, cancellations."""
    mine = Order.filter(shop_id=shop.id)
    mine = mine.filter(customer_id=order.customer_id) if order.customer_id else mine.filter(email_key=order.email_key or "-")
    orders = await mine.values_list("id", "placed_at", "total_paid")
    order_ids = [o[0] for o in orders] or [order.id]
    returns = await Return.filter(shop_id=shop.id, order_id__in=order_ids).values_list("id", "requested_at", "quoted_total", "status")
    skus: dict[int, list[str]] = defaultdict(list)
    if returns:
        lines = await ReturnLine.filter(shop_id=shop.id, return_request_id__in=[r[0] for r in returns]).values_list(
            "return_request_id", "order_line_id")
        sku_of = dict(await OrderLine.filter(id__in=[l[1] for l in lines]).values_list("id", "sku"))
        for return_id, line_id in lines:
            if sku_of.get(line_id):
                skus[return_id].append(sku_of[line_id])
    cancellations = await Cancellation.filter(shop_id=shop.id, order_id__in=order_ids).values_list("created_at", flat=True)
    history = risk.CustomerHistory(
        orders=tuple(risk.PastOrder(placed_at=p, total=t, order_id=str(i)) for i, p, t in orders),
        returns=tuple(risk.PastReturn(created_at=c, amount=a, skus=tuple(skus[i]), status=s, return_id=str(i))
                      for i, c, a, s in returns),
        cancellations=tuple(cancellations),
    )
    return history, order_ids


async def _linked(shop: Shop, order: Order, own_orders: list[int]) -> risk.LinkedAccounts:
    """Other customers sharing this order's address or phone, and how many returns they made."""
    counts = {}
    for field in ("address_key", "phone_key"):
        key = getattr(order, field)
        customers, returns = 0, 0
        if key:
            others = await Order.filter(shop_id=shop.id, **{field: key}).exclude(id__in=own_orders).values_list(
                "id", "customer_id", "email_key")
            customers = len({c or e for _, c, e in others})
            if others:
                returns = await Return.filter(shop_id=shop.id, order_id__in=[o[0] for o in others]).exclude(
                    status="CANCELED").count()
        counts[field] = (customers, returns)
    return risk.LinkedAccounts(
        address_customers=counts["address_key"][0], address_returns=counts["address_key"][1],
        phone_customers=counts["phone_key"][0], phone_returns=counts["phone_key"][1],
    )


async def _blocklist(shop: Shop, facts: risk.OrderFacts) -> risk.Blocklist:
    keys = risk.blocklist_keys(facts)
    wanted = {("EMAIL", v) for v in keys.emails} | {("PHONE", v) for v in keys.phones} | {("ADDRESS", v) for v in keys.addresses}
    if not wanted:
        return risk.Blocklist()
    # An entry of a redacted customer is stored as a keyed hash: it still matches, but cannot be read.
    hashed = {blocklist_hash(shop, kind, value): (kind, value) for kind, value in wanted}
    found = set(await BlocklistEntry.filter(
        shop_id=shop.id, value__in=[v for _, v in wanted] + list(hashed)).values_list("kind", "value"))
    found = {hashed.get(value, (kind, value)) for kind, value in found}
    hits = found & wanted
    return risk.Blocklist(
        emails=frozenset(v for k, v in hits if k == "EMAIL"), phones=frozenset(v for k, v in hits if k == "PHONE"),
        addresses=frozenset(v for k, v in hits if k == "ADDRESS"),
    )


async def assess_request(
    shop: Shop, order: Order, policy: Policy, *, subject: tuple[str, int], kind: str, amount: Decimal,
    now: datetime, skus: tuple[str, ...] = (), line_count: int = 0, delivered_at: datetime | None = None,
    shipped_at: datetime | None = None, actor: str = "policy",
) -> tuple[risk.RiskAssessment, RiskAssessment]:
    """Score the request, store the assessment, and open a review when the policy holds it."""
    order_facts = order_risk_facts(order)
    history, own_orders = await _history(shop, order)
    facts = risk.RiskFacts(
        request=risk.RequestFacts(
            kind=kind, amount=amount, currency=shop.currency, requested_at=now, delivered_at=delivered_at,
            shipped_at=shipped_at, skus=skus, line_count=line_count, subject_id=str(subject[1]),
        ),
        order=order_facts, history=history, linked=await _linked(shop, order, own_orders),
        blocklist=await _blocklist(shop, order_facts),
    )
    assessment = risk.assess(policy.risk, facts, now)
    row = await RiskAssessment.create(
        shop_id=shop.id, subject_type=subject[0], subject_id=subject[1], order_id=order.id,
        score=assessment.score, level=assessment.level, facts=assessment.to_data(),
    )
    if policy.risk.consequence(assessment.level) == "HOLD":
        review = await RiskReview.create(
            shop_id=shop.id, assessment_id=row.id, subject_type=subject[0], subject_id=subject[1], score=assessment.score)
        await record(shop, subject=("RiskReview", review.id), actor=actor, action="risk_review.opened",
                     after={"subject": f"{subject[0]}:{subject[1]}", "score": assessment.score, "level": assessment.level})
    return assessment, row


HASH_PREFIX = "hmac-sha256:"


def blocklist_hash(shop: Shop, kind: str, value: str) -> str:
    """The irreversible form a blocklist value takes when its customer is redacted, keyed with the
    shop's secret so nobody can confirm a guess without it."""
    digest = hmac.new(shop.api_secret.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return HASH_PREFIX + digest


def blocklist_value(kind: str, raw: str, country: str | None = None) -> str:
    """What a staff member typed, in the form orders are matched by. Addresses are blocked from an
    order (its stored key), since a typed address cannot be normalised reliably."""
    if kind not in ("EMAIL", "PHONE"):
        raise ActionError("INVALID", "kind must be EMAIL or PHONE; block addresses from a review", ["kind"])
    value = risk.normalize_email(raw) if kind == "EMAIL" else risk.normalize_phone(raw, country)
    if not value:
        raise ActionError("INVALID", f"not a usable {kind.lower()}", ["value"])
    return value


async def block(shop: Shop, kind: str, value: str, reason: str | None, actor: str) -> BlocklistEntry:
    """Add a normalised email, phone or address key to the shop's blocklist; adding twice is a no-op."""
    if kind not in BLOCKLIST_KINDS:
        raise ActionError("INVALID", f"kind must be one of {', '.join(BLOCKLIST_KINDS)}", ["kind"])
    if not value or len(value) > 512:
        raise ActionError("INVALID", f"not a usable {kind.lower()}", ["value"])
    entry, created = await BlocklistEntry.get_or_create(
        shop_id=shop.id, kind=kind, value=value, defaults={"reason": reason, "created_by": actor})
    if created:
        await record(shop, subject=("BlocklistEntry", entry.id), actor=actor, action="blocklist.added",
                     after={"kind": kind, "value": value}, note=reason)
    return entry


async def unblock(shop: Shop, entry_id: int, actor: str) -> None:
    entry = await BlocklistEntry.get_or_none(shop_id=shop.id, id=entry_id)
    if entry is None:
        raise ActionError("NOT_FOUND", "no such blocklist entry", ["id"])
    await entry.delete()
    await record(shop, subject=("BlocklistEntry", entry_id), actor=actor, action="blocklist.removed",
                 before={"kind": entry.kind, "value": entry.value})


DECISIONS = tuple(RiskReviewDecision)


async def resolve_review(
    shop: Shop, review_id: int, decision: RiskReviewDecision, note: str | None, block_kinds: list[str], actor: str,
    customer_message: str | None = None,
) -> RiskReview:
    """CLEAR resumes the held request where it stopped; CONFIRM_FRAUD declines it, tells the customer
    (`customer_message`, if any, in the email), and blocks the order's email, phone or address when
    asked to. `note` is the staff's and stays in the admin."""
    from plugin.actions import cancellations, returns  # they import this module for scoring

    if decision not in DECISIONS:
        raise ActionError("INVALID", "decision must be CLEAR or CONFIRM_FRAUD", ["decision"])
    unknown = sorted(set(block_kinds) - set(BLOCKLIST_KINDS))
    if unknown or (block_kinds and decision == "CLEAR"):
        raise ActionError("INVALID", "block EMAIL, PHONE or ADDRESS, and only when confirming fraud", ["block"])
    if note is not None and len(note) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", ["note"])
    if customer_message is not None and len(customer_message) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", ["customerMessage"])
    async with in_transaction():
        review = await RiskReview.get_or_none(shop_id=shop.id, id=review_id)
        if review is None:
            raise ActionError("NOT_FOUND", "no such review", ["id"])
        status = RiskReviewStatus.CLEARED if decision == RiskReviewDecision.CLEAR else RiskReviewStatus.CONFIRMED_FRAUD
        now = datetime.now(timezone.utc)
        if not await RiskReview.filter(id=review.id, status=RiskReviewStatus.OPEN).update(
            status=status, resolved_by=actor, resolution_note=note, resolved_at=now, customer_message=customer_message,
        ):
            raise ActionError("INVALID_STATE", f"the review is already {review.status}", ["id"])
        assessment = await RiskAssessment.get(id=review.assessment_id)
        if review.subject_type == "Return":
            await _resolve_return(shop, review.subject_id, decision, note, customer_message, actor, returns)
        elif review.subject_type == "Cancellation":
            await _resolve_cancellation(shop, assessment.order_id, review.subject_id, decision, customer_message, actor,
                                        cancellations, now)
        if decision == "CONFIRM_FRAUD":
            order = await Order.get(id=assessment.order_id, shop_id=shop.id)
            keys = {"EMAIL": order.email_key, "PHONE": order.phone_key, "ADDRESS": order.address_key}
            for kind in block_kinds:
                if keys[kind]:
                    await block(shop, kind, keys[kind], f"confirmed fraud, review {review.id}", actor)
        review.status, review.resolved_by, review.resolution_note, review.resolved_at = status, actor, note, now
        review.customer_message = customer_message
        await record(shop, subject=("RiskReview", review.id), actor=actor, action=f"risk_review.{status.lower()}",
                     before={"status": "OPEN"}, after={"status": status, "blocked": block_kinds}, note=note)
    return review


async def _resolve_return(shop: Shop, return_id: int, decision: str, note: str | None, customer_message: str | None,
                          actor: str, returns) -> None:
    if decision == RiskReviewDecision.CONFIRM_FRAUD:
        # The review's note is staff's; the customer reads only the reason and what staff chose to say.
        await returns.decline(shop, return_id, ReturnDeclineReason.SUSPECTED_FRAUD, customer_message, actor, staff_note=note)
        return
    from plugin.actions.policy import policy_in_force

    await returns.release(shop, return_id, actor)
    policy, _ = await policy_in_force(shop)
    if policy.returns.auto_approve:
        await returns.approve(shop, return_id, "policy")


async def _resolve_cancellation(shop: Shop, order_id: int, cancellation_id: int, decision: str,
                                customer_message: str | None, actor: str, cancellations, now: datetime) -> None:
    from plugin.actions.ledger import lock_order

    order = await lock_order(shop, order_id)
    cancellation = await Cancellation.get(id=cancellation_id, shop_id=shop.id)
    if cancellation.status != CancellationStatus.ON_HOLD:
        raise ActionError("INVALID_STATE", f"the cancellation is already {cancellation.status}", ["id"])
    if decision == RiskReviewDecision.CLEAR:
        await Cancellation.filter(id=cancellation.id).update(status=CancellationStatus.ACCEPTED)
        await cancellations.apply(shop, order, cancellation, actor, now)
        return
    await Cancellation.filter(id=cancellation.id).update(status=CancellationStatus.DECLINED,
                                                         customer_message=customer_message)
    neutral = {"reasons": [], "next_step": "Contact us if you have any questions about your order."}
    await record(shop, subject=("Order", order.id), actor=actor, action="order.cancel_declined",
                 email=(EmailKind.CANCELLATION_REFUSED, {"to": order.email, "order_id": order.id, "decision": neutral}))
