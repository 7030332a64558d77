"""The platform's privacy duties: tell a shop everything held about a customer, erase a customer,
erase a shop, and stop at once for a shop that uninstalled the app.

Redaction keeps what the shop's books and disputes need — amounts, statuses, dates, the audit trail
of who did what — and erases what identifies the person: names, emails, phones, addresses, IPs,
free text they or staff wrote about them, risk evidence, the emails sent to them (outbox payloads
and .eml files) and the labels made out to them. A blocklist entry of theirs becomes a keyed hash:
it still matches a new order from the same contact, but nobody can read it back.

Files are removed after the transaction commits, so a rollback never leaves rows that point to
files that are gone; a crash in between leaves orphan files that carry no row. A caller whose own
transaction wraps the action (the webhook endpoint) passes `after_commit` and runs the removals
once it has committed.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.enums import OutboxKind, OutboxStatus
from models.analytics import AnalyticsDirty
from models.audit import AuditEvent
from models.catalog import Product
from models.customer import Customer
from models.idempotency import IdempotencyKey
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from models.platform_refund import PlatformRefund
from models.outbox import OutboxMessage
from models.policy import PolicyVersion
from models.refund import Cancellation, Refund
from models.returns import Return, ReturnLine
from models.risk import BlocklistEntry, RiskAssessment, RiskReview
from models.shop import Shop
from models.shopify_grant import ShopifyGrant
from models.webhook import DeferredEvent, WebhookEvent
from plugin import risk
from plugin.actions.events import record
from plugin.actions.platform_ops import chain_of, inbox_chain
from plugin.actions.risk import HASH_PREFIX, blocklist_hash
from plugin.store.labels import LabelStore
from plugin.store.photos import PhotoStore

REDACTED = "[redacted]"
ERASED_FACT = "Details erased at the customer's request."
ERASED_BY_RETENTION = "Details erased after the retention period."
ACTIVE = (OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.HELD)  # HELD: an email waiting for the platform


@dataclass(frozen=True)
class CustomerRef:
    """Who a privacy request is about, as the platform names them."""

    platform_id: str | None = None
    email: str | None = None
    phone: str | None = None
    order_platform_ids: tuple[str, ...] = ()


@dataclass
class Held:
    customers: list[Customer] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)


async def _held(shop: Shop, who: CustomerRef) -> Held:
    """The customer rows and orders a request names.

    A platform request (it carries the customer's id, or lists orders) means exactly that customer
    and those orders, as the platform does: contact details are shared by households, aliases and
    typos, so matching on them would reach someone else. Only a staff search by email or phone alone
    (the admin `customerData`, which writes nothing) looks people up by contact details."""
    if who.platform_id or who.order_platform_ids:
        return await _named(shop, who)
    clauses = []
    if who.email:
        clauses.append(Q(email__iexact=who.email))
    if who.phone:
        clauses.append(Q(phone=who.phone))
    customers = await Customer.filter(Q(*clauses, join_type="OR"), shop_id=shop.id) if clauses else []
    order_clauses = [Q(customer_id__in=[c.id for c in customers])] if customers else []
    email_key = risk.normalize_email(who.email) if who.email else None
    if email_key:
        order_clauses.append(Q(email_key=email_key))
    orders = await Order.filter(Q(*order_clauses, join_type="OR"), shop_id=shop.id) if order_clauses else []
    return Held(list(customers), list(orders))


async def _named(shop: Shop, who: CustomerRef) -> Held:
    """The customer with the platform's id and their orders, plus the listed orders that are theirs
    or a guest's. A listed order of another customer is left out: it is not this person's to erase."""
    customers = await Customer.filter(shop_id=shop.id, platform_id=who.platform_id) if who.platform_id else []
    customer_ids = [c.id for c in customers]
    clauses = [Q(customer_id__in=customer_ids)] if customer_ids else []
    if who.order_platform_ids:
        owner = Q(customer_id__isnull=True) | Q(customer_id__in=customer_ids) if customer_ids else Q(customer_id__isnull=True)
        clauses.append(Q(Q(platform_id__in=list(who.order_platform_ids)), owner))
    orders = await Order.filter(Q(*clauses, join_type="OR"), shop_id=shop.id) if clauses else []
    return Held(list(customers), list(orders))


def _rows(rows) -> list[dict]:
    return json.loads(json.dumps(rows, default=str))


async def customer_data(shop: Shop, who: CustomerRef) -> dict:
    """Everything held about the customer, as JSON-ready data (for the admin and the data request)."""
    held = await _held(shop, who)
    order_ids = [o.id for o in held.orders]
    returns = await Return.filter(shop_id=shop.id, order_id__in=order_ids).values()
    return_ids = [r["id"] for r in returns]
    emails = [m for m in await OutboxMessage.filter(shop_id=shop.id, kind="EMAIL").values(
        "id", "topic", "payload", "status", "sent_at", "created_at") if (m["payload"] or {}).get("order_id") in order_ids]
    keys = _contact_keys(held)
    blocked = await BlocklistEntry.filter(shop_id=shop.id, value__in=sorted(keys)).values("kind", "value", "reason", "created_at")
    return _rows({
        "shop": shop.domain,
        "customers": await Customer.filter(id__in=[c.id for c in held.customers]).values(
            "platform_id", "email", "phone", "first_name", "last_name", "locale", "created_at"),
        "orders": await Order.filter(id__in=order_ids).values(
            "id", "platform_id", "name", "email", "phone", "currency", "placed_at", "cancelled_at", "total_paid",
            "billing_address", "shipping_address", "browser_ip", "financial_status"),
        "order_lines": await OrderLine.filter(shop_id=shop.id, order_id__in=order_ids).values(
            "order_id", "title", "sku", "quantity", "unit_price"),
        "returns": returns,
        "return_lines": await ReturnLine.filter(shop_id=shop.id, return_request_id__in=return_ids).values(),
        "refunds": await Refund.filter(shop_id=shop.id, order_id__in=order_ids).values(),
        "platform_refunds": await PlatformRefund.filter(shop_id=shop.id, order_id__in=order_ids).values(
            "order_id", "platform_id", "amount", "currency", "note", "processed_at"),
        "cancellations": await Cancellation.filter(shop_id=shop.id, order_id__in=order_ids).values(),
        "risk_assessments": await RiskAssessment.filter(shop_id=shop.id, order_id__in=order_ids).values(
            "subject_type", "subject_id", "score", "level", "facts", "created_at"),
        "blocklist": blocked,
        "emails": emails,
    })


async def data_request(shop: Shop, who: CustomerRef, request_id: str | None) -> dict:
    """The platform asked for a customer's data: gather it and send it to the shop's webhook
    (`customers.data_request`); staff can read the same with the admin query `customerData`."""
    data = await customer_data(shop, who)
    body = {"data_request_id": request_id, "customer": {"id": who.platform_id, "email": who.email, "phone": who.phone},
            "data": data}
    async with in_transaction():
        await record(shop, subject=("Shop", shop.id), actor="platform", action="customer.data_requested",
                     after={"data_request_id": request_id, "orders": len(data["orders"])},
                     webhook=("customers.data_request", body))
    return data


def _contact_keys(held: Held) -> set[str]:
    """The normalised contact values the blocklist could hold for this customer."""
    keys: set[str] = set()
    for order in held.orders:
        keys |= {k for k in (order.email_key, order.phone_key, order.address_key) if k}
    for customer in held.customers:
        if customer.email and (key := risk.normalize_email(customer.email)):
            keys.add(key)
        if customer.phone and (key := risk.normalize_phone(customer.phone)):
            keys.add(key)
    return keys


def _pii(held: Held) -> set[str]:
    """Every string that identifies the customer, to scrub from free text."""
    found: set[str] = set(_contact_keys(held))
    for customer in held.customers:
        names = [customer.first_name, customer.last_name]
        found |= {v for v in (customer.email, customer.phone, *names) if v}
        if all(names):
            found.add(f"{customer.first_name} {customer.last_name}")
    for order in held.orders:
        found |= {v for v in (order.email, order.phone, order.browser_ip) if v}
        for address in (order.billing_address, order.shipping_address):
            for key, value in (address or {}).items():
                if key in ("country_code", "province_code", "country", "province", "country_name"):
                    continue
                if isinstance(value, str) and value.strip():
                    found.add(value.strip())
    # Very short fragments (an initial, "NY") would scrub unrelated words; they identify nobody alone.
    return {v for v in found if len(v) >= 3}


def _scrub(text: str | None, pii: set[str]) -> str | None:
    if not text:
        return text
    for value in sorted(pii, key=len, reverse=True):
        if value.lower() in text.lower():
            start = 0
            lowered, needle = text.lower(), value.lower()
            parts = []
            while (at := lowered.find(needle, start)) >= 0:
                parts.append(text[start:at])
                parts.append(REDACTED)
                start = at + len(needle)
            parts.append(text[start:])
            text = "".join(parts)
    return text


def _scrub_json(value, pii: set[str]):
    if isinstance(value, str):
        return _scrub(value, pii)
    if isinstance(value, list):
        return [_scrub_json(v, pii) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_json(v, pii) for k, v in value.items()}
    return value


def erased_facts(facts: dict, sentence: str = ERASED_FACT) -> dict:
    """A risk assessment without its evidence: codes, weights, score and level stay."""
    return {**facts, "evidence_erased": True, "facts": [
        {"code": f.get("code"), "description": sentence, "weight": f.get("weight"), "sentiment": f.get("sentiment"),
         "evidence": {}}
        for f in facts.get("facts", [])
    ]}


def _address_shell(address: dict | None) -> dict | None:
    """What a redacted address keeps: the country and region the policy decided by (no person)."""
    if not address:
        return address
    return {k: address[k] for k in ("country_code", "province_code") if address.get(k)}


@dataclass
class FilesToRemove:
    emails: list[Path] = field(default_factory=list)
    labels: list[tuple[int, str]] = field(default_factory=list)
    shops: list[int] = field(default_factory=list)  # every label (and photo) of these shops
    photo_orders: list[tuple[int, int]] = field(default_factory=list)  # (shop id, order id): the return photos


def _eml_files(mail_dir: str, rows: list[tuple[int, str]]) -> list[Path]:
    folder = Path(mail_dir)
    return [folder / f"{row_id:08d}-{topic}.eml" for row_id, topic in rows]


def _remove(files: FilesToRemove, labels: LabelStore | None, photos: PhotoStore | None = None) -> None:
    if photos is not None:
        for shop_id, order_id in files.photo_orders:
            photos.delete_order(shop_id, order_id)
        for shop_id in files.shops:
            photos.delete_shop(shop_id)
    for path in files.emails:
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".partial").unlink(missing_ok=True)
    if labels is not None:
        for shop_id, token in files.labels:
            labels.delete(shop_id, token)
        for shop_id in files.shops:
            labels.delete_shop(shop_id)


AfterCommit = list[Callable[[], Awaitable[None]]]


async def _remove_later(
    files: FilesToRemove, labels: LabelStore | None, after_commit: AfterCommit | None, photos: PhotoStore | None = None,
) -> None:
    async def remove() -> None:
        await asyncio.to_thread(_remove, files, labels, photos)

    if after_commit is None:
        await remove()
    else:
        after_commit.append(remove)


async def redact_customer(
    shop: Shop, who: CustomerRef, *, mail_dir: str, labels: LabelStore, after_commit: AfterCommit | None = None,
    photos: PhotoStore | None = None,
) -> dict:
    """Erase the customer's personal data from every table and file; amounts, statuses and the audit
    trail stay. Safe to run twice."""
    files = FilesToRemove()
    async with in_transaction():
        held = await _named(shop, who)
        pii = _pii(held)
        if who.email:
            pii.add(who.email)
        if who.phone and len(who.phone) >= 3:
            pii.add(who.phone)
        keys = _contact_keys(held)
        order_ids = [o.id for o in held.orders]
        customer_ids = [c.id for c in held.customers]
        await Customer.filter(id__in=customer_ids).update(email=None, phone=None, first_name=None, last_name=None)
        for order in held.orders:
            await Order.filter(id=order.id).update(
                email=None, phone=None, browser_ip=None, email_key=None, phone_key=None, address_key=None,
                billing_address=_address_shell(order.billing_address),
                shipping_address=_address_shell(order.shipping_address),
            )
        returns = await Return.filter(shop_id=shop.id, order_id__in=order_ids)
        return_ids = [r.id for r in returns]
        files.labels = [(shop.id, r.label_file) for r in returns if r.label_file]
        files.photo_orders = [(shop.id, order_id) for order_id in order_ids]
        await Return.filter(id__in=return_ids).update(
            customer_note=None, proof_of_purchase=None, decline_note=None, staff_note=None, label_file=None)
        await ReturnLine.filter(return_request_id__in=return_ids).update(customer_note=None, photos=[], inspection_note=None)
        refunds = await Refund.filter(shop_id=shop.id, order_id__in=order_ids).values_list("id", flat=True)
        await Refund.filter(id__in=refunds).update(note=None)
        await PlatformRefund.filter(shop_id=shop.id, order_id__in=order_ids).update(note=None)
        # Line properties can hold what a customer had engraved or printed; the set ids read from
        # them stay on the lines.
        await OrderLine.filter(shop_id=shop.id, order_id__in=order_ids).update(properties=None)
        await DeferredEvent.filter(shop_id=shop.id, order_platform_id__in=list(who.order_platform_ids)).delete()
        cancellations = await Cancellation.filter(shop_id=shop.id, order_id__in=order_ids).values_list("id", flat=True)
        await Cancellation.filter(id__in=cancellations).update(staff_note=None, customer_message=None)
        assessments = await RiskAssessment.filter(shop_id=shop.id, order_id__in=order_ids)
        now = datetime.now(timezone.utc)
        for row in assessments:
            await RiskAssessment.filter(id=row.id).update(facts=erased_facts(row.facts), evidence_erased_at=now)
        reviews = await RiskReview.filter(assessment_id__in=[a.id for a in assessments]).values_list("id", flat=True)
        await RiskReview.filter(id__in=reviews).update(resolution_note=None, customer_message=None)
        blocked = await BlocklistEntry.filter(shop_id=shop.id, value__in=sorted(keys))
        for entry in blocked:
            await BlocklistEntry.filter(id=entry.id).update(
                value=blocklist_hash(shop, entry.kind, entry.value), reason=_scrub(entry.reason, pii))
        platform_ids = {o.platform_id for o in held.orders}  # theirs only: a listed order may be another's
        files.emails = await _redact_outbox(shop, who, order_ids, platform_ids, pii, mail_dir, now)
        subjects = (
            Q(subject_type="Order", subject_id__in=order_ids) | Q(subject_type="Return", subject_id__in=return_ids)
            | Q(subject_type="Refund", subject_id__in=list(refunds))
            | Q(subject_type="Cancellation", subject_id__in=list(cancellations))
            | Q(subject_type="RiskReview", subject_id__in=list(reviews))
            | Q(subject_type="BlocklistEntry", subject_id__in=[e.id for e in blocked])
            | Q(subject_type="Customer", subject_id__in=customer_ids)
        )
        for event in await AuditEvent.filter(subjects, shop_id=shop.id):
            await AuditEvent.filter(id=event.id).update(
                note=_scrub(event.note, pii), before=_scrub_json(event.before, pii), after=_scrub_json(event.after, pii))
        # Replays of keyed mutations keep their first answer for 48 hours; one about the customer's
        # records goes now (a replay then runs afresh against the erased records). Which is theirs
        # is read from the ids the answer keeps, never from contact details others may share.
        line_ids = {str(pk) for pk in await OrderLine.filter(shop_id=shop.id, order_id__in=order_ids).values_list("id", flat=True)}
        for key in await IdempotencyKey.filter(shop_id=shop.id):
            if _keyed_answer_names(key.response, set(return_ids), set(refunds), line_ids):
                await key.delete()
        summary = {"customers": len(customer_ids), "orders": len(order_ids), "returns": len(return_ids),
                   "emails": len(files.emails)}
        await record(shop, subject=("Shop", shop.id), actor="platform", action="customer.redacted", after=summary)
    await _remove_later(files, labels, after_commit, photos)
    return summary


def _keyed_answer_names(response, returns: set[int], refunds: set[int], lines: set[str]) -> bool:
    """Whether a keyed mutation's stored answer is about one of these records (see each action's
    `stored()`: a return id, a refund id, or the order lines a cancellation took)."""
    if not isinstance(response, dict):
        return False
    return (response.get("return_id") in returns or response.get("refund_id") in refunds
            or bool(lines & {str(pk) for pk in response.get("lines") or ()}))


def _about(payload: dict, who: CustomerRef) -> bool:
    """A data-request delivery about this customer (it carries their whole file): the same platform
    customer id, or, for a request that named none, the same email address."""
    customer = payload.get("customer") if isinstance(payload.get("customer"), dict) else {}
    if who.platform_id:
        return str(customer.get("id")) == str(who.platform_id)
    return bool(who.email) and not customer.get("id") and str(customer.get("email") or "").lower() == who.email.lower()


_NOTE_KEYS = ("note", "staff_note")
_OUR_REF = re.compile(r"^Recourse gid://recourse/\w+/\d+")


def _without_notes(value):
    """A platform operation's request without its free text (a refund's note keeps only the gid that
    lets the platform's webhook find our ledger row)."""
    if isinstance(value, list):
        return [_without_notes(v) for v in value]
    if not isinstance(value, dict):
        return value
    kept = {}
    for key, item in value.items():
        if key in _NOTE_KEYS and isinstance(item, str):
            ours = _OUR_REF.match(item)
            kept[key] = ours.group(0) if ours else None
        else:
            kept[key] = _without_notes(item)
    return kept


async def _redact_outbox(
    shop: Shop, who: CustomerRef, order_ids: list[int], platform_ids: set[str], pii: set[str], mail_dir: str,
    now: datetime,
) -> list[Path]:
    """Emails to the customer lose their address and stop if not sent; data-request deliveries
    about them lose their body; platform operations for their orders lose the notes they copied
    and go on; stored inbound webhooks about their orders (the platform's
    raw bodies) lose their body, and one not imported yet is not imported. Another customer's messages are left alone, whatever contact details
    they share with this one: every email names its order, a data request its customer, and other
    webhooks carry ids and amounts, no personal data. Gives the .eml files to delete."""
    wanted = set(order_ids)
    chains = {chain_of(order_id) for order_id in order_ids}
    inbox_chains = {inbox_chain(shop.id, "order", platform_id) for platform_id in platform_ids}
    eml: list[tuple[int, str]] = []
    for row in await OutboxMessage.filter(shop_id=shop.id):
        payload = row.payload or {}
        if row.kind == "EMAIL" and payload.get("order_id") in wanted:
            changes = {"payload": {k: v for k, v in payload.items() if k in ("order_id", "return_id", "refund_id")}
                       | {"redacted": True}}
            eml.append((row.id, row.topic))
        elif row.topic == "customers.data_request" and _about(payload, who):
            changes = {"payload": {"redacted": True}}
        elif row.kind == OutboxKind.INBOX and row.chain in inbox_chains:
            changes = {"payload": {"redacted": True}}
        elif row.kind == "PLATFORM" and row.chain in chains:
            # An operation for one of their orders keeps going (the refund is still owed to them);
            # it loses the words it copied from their records (their notes, staff notes). The rest
            # is platform ids, amounts and codes, which scrubbing by substring could only corrupt.
            changes = {"payload": _without_notes(payload)}
        else:
            continue
        if row.kind == "PLATFORM":
            changes["last_error"] = _scrub(row.last_error, pii)
            changes["redacted_at"] = now
            await OutboxMessage.filter(id=row.id).update(**changes)
            continue
        if row.status in ACTIVE:
            changes |= {"status": OutboxStatus.FAILED, "claimed_until": None, "last_error": "not sent: the customer's data was erased"}
        changes["last_error"] = _scrub(changes.get("last_error", row.last_error), pii)
        changes["redacted_at"] = now
        await OutboxMessage.filter(id=row.id).update(**changes)
    return _eml_files(mail_dir, eml)


async def uninstall(shop: Shop, now: datetime | None = None) -> None:
    """app/uninstalled: from now on the shop's tokens are refused and nothing more is delivered for
    it; its data stays until shop/redact (or a reinstall resumes it)."""
    now = now or datetime.now(timezone.utc)
    async with in_transaction():
        if shop.uninstalled_at is None:
            await Shop.filter(id=shop.id).update(uninstalled_at=now)
            shop.uninstalled_at = now
        await OutboxMessage.filter(shop_id=shop.id, status__in=ACTIVE).update(
            status=OutboxStatus.FAILED, claimed_until=None, last_error="not sent: the app was uninstalled")
        # Shopify revokes the app's tokens on uninstall; a reinstall exchanges a new one.
        await ShopifyGrant.filter(shop_id=shop.id).delete()
        await AuditEvent.create(shop_id=shop.id, subject_type="Shop", subject_id=shop.id, actor="platform",
                                action="app.uninstalled")


# Children before parents, so the deletes hold on databases that do not cascade. The analytics'
# notes of changed days last: the triggers write one for every counted row the others delete.
SHOP_TABLES = (
    AuditEvent, IdempotencyKey, OutboxMessage, ShopifyGrant, WebhookEvent, DeferredEvent, RiskReview, BlocklistEntry, RiskAssessment,
    PlatformRefund, Refund,
    ReturnLine, Return, Cancellation, FulfillmentLine, Fulfillment, OrderLine, Order, Customer, Product,
    PolicyVersion, AnalyticsDirty,
)


async def redact_shop(
    shop: Shop, *, mail_dir: str, labels: LabelStore, after_commit: AfterCommit | None = None, photos: PhotoStore | None = None,
) -> None:
    """shop/redact (48 hours after uninstalling): nothing of the shop remains, rows or files."""
    async with in_transaction():
        eml = await OutboxMessage.filter(shop_id=shop.id, kind="EMAIL").values_list("id", "topic")
        for model in SHOP_TABLES:
            await model.filter(shop_id=shop.id).delete()
        await Shop.filter(id=shop.id).delete()
    await _remove_later(FilesToRemove(emails=_eml_files(mail_dir, list(eml)), shops=[shop.id]), labels, after_commit, photos)


async def enforce_retention(
    *, risk_days: int | None, email_days: int | None, mail_dir: str, now: datetime | None = None,
) -> dict:
    """Erase risk evidence and delivered emails older than the retention settings (the worker runs
    this): assessments keep their score, level and fact codes; emails keep their status and dates."""
    now = now or datetime.now(timezone.utc)
    erased = {"risk": 0, "emails": 0}
    if risk_days is not None:
        cutoff = now - timedelta(days=risk_days)
        for row in await RiskAssessment.filter(created_at__lt=cutoff, evidence_erased_at__isnull=True):
            await RiskAssessment.filter(id=row.id).update(
                facts=erased_facts(row.facts, ERASED_BY_RETENTION), evidence_erased_at=now)
            erased["risk"] += 1
    if email_days is not None:
        cutoff = now - timedelta(days=email_days)
        # Sent ones by when they went out; failed ones (never delivered) by when they were written.
        rows = await OutboxMessage.filter(
            Q(status=OutboxStatus.SENT, sent_at__lt=cutoff) | Q(status=OutboxStatus.FAILED, created_at__lt=cutoff),
            kind="EMAIL", redacted_at__isnull=True)
        done = []
        for row in rows:
            payload = {k: v for k, v in (row.payload or {}).items() if k in ("order_id", "return_id", "refund_id")}
            await OutboxMessage.filter(id=row.id).update(payload=payload | {"redacted": True}, redacted_at=now)
            done.append((row.id, row.topic))
        await asyncio.to_thread(_remove, FilesToRemove(emails=_eml_files(mail_dir, done)), None)
        erased["emails"] = len(done)
    return erased


__all__ = [
    "HASH_PREFIX", "CustomerRef", "customer_data", "data_request", "enforce_retention", "redact_customer",
    "redact_shop", "uninstall",
]
