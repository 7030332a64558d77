"""Risk in the database: gather a request's facts with a bounded number of queries, store the
assessment, open a review when the policy holds the request, keep the blocklist."""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from models.enums import BlocklistKind, ReturnStatus
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
                    status=ReturnStatus.CANCELED).count()
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
