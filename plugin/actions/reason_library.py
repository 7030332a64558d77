"""A shop's reasons library (plugin/policy/reason_library.py): staff add their own reasons, change,
reorder and retire them; a return request's lines are checked against it.

A shop that changed nothing stores no rows and offers the twelve core reasons. The first change
stores the whole library (the core reasons among them) in one transaction with the change, so from
then on the rows are the library, in the merchant's order. Each change is one transaction with its
audit event; nothing is written when the input is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from tortoise.transactions import in_transaction

from models.reasons import ReturnReasonEntry
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.policy import reason_library as lib
from plugin.policy.reason_library import Reason
from plugin.store.reasons import stored_reasons


@dataclass(frozen=True)
class ReasonDraft:
    """What staff say about a reason; None leaves a field as it is (on a new reason: its default)."""

    code: str | None = None
    labels: dict[str, str | None] | None = None
    shopify_handle: str | None = None
    ask_photo: bool | None = None
    ask_note: bool | None = None
    merchant_at_fault: bool | None = None
    clear_merchant_at_fault: bool = False  # back to the policy's fault rules
    product_types: Sequence[str] | None = None


async def _stored(shop: Shop) -> dict[str, ReturnReasonEntry]:
    """The shop's rows by handle, the library stored first if it never was; the shop row is locked so
    two first changes do not both store it."""
    await Shop.filter(id=shop.id).select_for_update().only("id").first()
    rows = await stored_reasons(shop.id)
    if not rows:
        await ReturnReasonEntry.bulk_create([
            ReturnReasonEntry(shop_id=shop.id, handle=code, code=code, labels={}, product_types=[], position=n)
            for n, code in enumerate(lib.CORE)])
        rows = await stored_reasons(shop.id)
    return {row.handle: row for row in rows}


def _text(value: str | None, field: list[str], *, required: bool) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise ActionError("BLANK", "is required", field)
        return None
    if len(text) > lib.MAX_LABEL:
        raise ActionError("TOO_LONG", f"at most {lib.MAX_LABEL} characters", field)
    return text


def _labels(current: dict, given: dict[str, str | None], *, core: bool) -> dict[str, str]:
    labels = dict(current)
    for lang, value in given.items():
        text = _text(value, ["labels", lang], required=lang == "en" and not core)
        if text is None:
            labels.pop(lang, None)
        else:
            labels[lang] = text
    return labels


def _product_types(values: Sequence[str]) -> list[str]:
    if len(values) > lib.MAX_PRODUCT_TYPES:
        raise ActionError("INVALID", f"at most {lib.MAX_PRODUCT_TYPES} product types", ["productTypes"])
    kept = []
    for n, value in enumerate(values):
        text = (value or "").strip().lower()
        if not text or len(text) > 255:
            raise ActionError("INVALID", "a product type of 1 to 255 characters", ["productTypes", str(n)])
        if text not in kept:
            kept.append(text)
    return kept


def _apply(row: ReturnReasonEntry, draft: ReasonDraft) -> None:
    """The draft's changes on `row`, each checked; ActionError before anything is saved."""
    core = row.handle in lib.CORE
    if draft.code is not None and draft.code != row.code:
        if core:
            raise ActionError("INVALID", "a core reason always rolls up to itself", ["code"])
        row.code = draft.code
    if draft.labels is not None:
        row.labels = _labels(row.labels or {}, draft.labels, core=core)
    if draft.shopify_handle is not None:
        handle = draft.shopify_handle.strip()
        if handle and handle not in lib.SHOPIFY_HANDLES:
            raise ActionError("INVALID", "not one of Shopify's standard return reasons Recourse maps to", ["shopifyHandle"])
        row.shopify_handle = handle or None
    for name in ("ask_photo", "ask_note", "merchant_at_fault"):
        if getattr(draft, name) is not None:
            setattr(row, name, getattr(draft, name))
    if draft.clear_merchant_at_fault:
        row.merchant_at_fault = None
    if draft.product_types is not None:
        row.product_types = _product_types(draft.product_types)


def _audited(row: ReturnReasonEntry) -> dict:
    return {"handle": row.handle, "code": str(row.code), "labels": row.labels, "shopifyHandle": row.shopify_handle,
            "askPhoto": row.ask_photo, "askNote": row.ask_note, "merchantAtFault": row.merchant_at_fault,
            "productTypes": row.product_types, "position": row.position, "retired": row.retired_at is not None}


async def add(shop: Shop, handle: str | None, draft: ReasonDraft, *, actor: str) -> Reason:
    """A reason of the merchant's own, last in the library. Its handle is given or made from its
    English words; it must be new to the shop."""
    if draft.code is None:
        raise ActionError("BLANK", "say which core reason it rolls up to", ["code"])
    english = _text((draft.labels or {}).get("en"), ["labels", "en"], required=True)
    handle = (handle or "").strip() or lib.handle_from(english or "")
    if not lib.HANDLE.match(handle) or len(handle) > lib.MAX_HANDLE:
        raise ActionError("INVALID", "lower-case letters, digits and single hyphens, at most 64", ["handle"])
    async with in_transaction():
        rows = await _stored(shop)
        if handle in rows:
            raise ActionError("CONFLICT", f"the shop already has a reason {handle!r}", ["handle"])
        row = ReturnReasonEntry(shop_id=shop.id, handle=handle, code=draft.code, labels={}, product_types=[],
                                position=max((r.position for r in rows.values()), default=-1) + 1)
        _apply(row, draft)
        await row.save()
        await record(shop, subject=("ReturnReason", row.id), actor=actor, action="return_reason.added", after=_audited(row))
    return lib.reason_of(row)


async def update(shop: Shop, handle: str, draft: ReasonDraft, *, actor: str) -> Reason:
    async with in_transaction():
        row = (await _stored(shop)).get(handle)
        if row is None:
            raise ActionError("NOT_FOUND", "no such reason", ["handle"])
        before = _audited(row)
        _apply(row, draft)
        await row.save()
        await record(shop, subject=("ReturnReason", row.id), actor=actor, action="return_reason.updated",
                     before=before, after=_audited(row))
    return lib.reason_of(row)


async def reorder(shop: Shop, handles: Sequence[str], *, actor: str) -> list[Reason]:
    """The library in the order of `handles`: every reason of the shop, each once."""
    async with in_transaction():
        rows = await _stored(shop)
        if sorted(handles) != sorted(rows):
            raise ActionError("INVALID", "name every reason of the shop exactly once", ["handles"])
        for position, handle in enumerate(handles):
            if rows[handle].position != position:
                await ReturnReasonEntry.filter(id=rows[handle].id).update(position=position)
        await record(shop, subject=("Shop", shop.id), actor=actor, action="return_reason.reordered",
                     after={"handles": list(handles)})
    return lib.library_of(await stored_reasons(shop.id))


async def retire(shop: Shop, handle: str, retired: bool, *, actor: str) -> Reason:
    """Stop offering a reason (returns that chose it keep it), or offer it again."""
    async with in_transaction():
        rows = await _stored(shop)
        row = rows.get(handle)
        if row is None:
            raise ActionError("NOT_FOUND", "no such reason", ["handle"])
        if retired and all(r.retired_at is not None for r in rows.values() if r.handle != handle):
            raise ActionError("INVALID", "customers need at least one reason to choose", ["handle"])
        if (row.retired_at is not None) != retired:
            row.retired_at = datetime.now(timezone.utc) if retired else None
            await row.save(update_fields=["retired_at"])
            await record(shop, subject=("ReturnReason", row.id), actor=actor,
                         action="return_reason.retired" if retired else "return_reason.restored", after=_audited(row))
    return lib.reason_of(row)


async def set_fit_hint_minimum(shop: Shop, minimum: int, *, actor: str) -> Shop:
    """How many size returns a product or variant needs before the storefront's fit hints speak."""
    if not 1 <= minimum <= 10_000:
        raise ActionError("INVALID", "must be between 1 and 10000", ["minimum"])
    async with in_transaction():
        before = shop.fit_hint_minimum
        shop.fit_hint_minimum = minimum
        await shop.save(update_fields=["fit_hint_minimum"])
        await record(shop, subject=("Shop", shop.id), actor=actor, action="shop.fit_hints_updated",
                     before={"fitHintMinimum": before}, after={"fitHintMinimum": minimum})
    return shop
