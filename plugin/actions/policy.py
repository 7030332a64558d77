"""Saving and reading a shop's policy: numbered, immutable versions.

A document is validated in full before anything is written. Saves for one shop are serialised on
the shop's row, and the unique (shop, number) key backs that up, so two saves never share a number.
"""

from __future__ import annotations

from functools import lru_cache

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.order import OrderLine
from models.policy import PolicyVersion
from models.shop import Shop
from plugin.policy import Policy, PolicyInvalid, default_policy, load_preset, parse_policy, policy_to_data


def set_id_of(properties: list | None, group_id: str | None, names: tuple[str, ...]) -> str | None:
    """The set a line belongs to: the first of the shop's set property names it carries with a
    value (in the shop's order of names), else Shopify's own bundle group."""
    values = {name: value for name, value in (properties or []) if value}
    for name in names:
        if name in values:
            return str(values[name])[:64]
    return group_id


class PolicyConflict(Exception):
    """Another save took the same number; the caller may simply try again."""


def check_draft(shop: Shop, data: dict) -> Policy:
    """A document as the shop could save it, or PolicyInvalid with paths (nothing is written)."""
    policy = parse_policy(data)
    if policy.currency != shop.currency:
        # Fixed fees and credits are amounts in the shop's currency; another one would misstate them.
        raise PolicyInvalid([(("currency",), f"must be the shop's currency, {shop.currency}", "CURRENCY_MISMATCH")])
    return policy


async def save_policy(
    shop: Shop, data: dict, *, actor: str | None = None, preset: str | None = None, note: str | None = None
) -> PolicyVersion:
    """Validate and store `data` as the shop's next version; raises PolicyInvalid with paths."""
    policy = check_draft(shop, data)
    document = policy_to_data(policy)
    before, _ = await policy_in_force(shop)
    try:
        async with in_transaction():
            # Saves for one shop take turns: a row lock on PostgreSQL; SQLite runs one transaction at a time.
            await Shop.filter(id=shop.id).select_for_update().only("id").first()
            latest = await PolicyVersion.filter(shop_id=shop.id).order_by("-number").first().values_list("number", flat=True)
            number = (latest or 0) + 1
            version = await PolicyVersion.create(
                shop_id=shop.id, number=number, document=document, preset=preset, note=note, created_by=actor
            )
            await Shop.filter(id=shop.id).update(policy_version=number)
            if policy.sets.property_names != before.sets.property_names:
                await _regroup_sets(shop, policy.sets.property_names)
    except IntegrityError:
        # The unique (shop, number) key is the last guard should the lock ever be bypassed.
        raise PolicyConflict("the policy was saved by someone else at the same time; try again") from None
    shop.policy_version = number
    return version


async def _regroup_sets(shop: Shop, names: tuple[str, ...]) -> None:
    """Other set property names: lines already mirrored are read again, so the new names apply to
    every order, not only to those that come after."""
    lines = await OrderLine.filter(shop_id=shop.id, properties__isnull=False).only(
        "id", "properties", "line_group_id", "set_id"
    )
    for line in lines:
        set_id = set_id_of(line.properties, line.line_group_id, names)
        if set_id != line.set_id:
            await OrderLine.filter(id=line.id).update(set_id=set_id)


def preset_document(shop: Shop, name: str) -> dict:
    """The seed store's rules as this shop would save them: its fixed amounts read in the shop's currency."""
    return {**policy_to_data(load_preset(name)), "currency": shop.currency}


async def apply_preset(shop: Shop, name: str, *, actor: str | None = None) -> PolicyVersion:
    """The seed store's rules, with its fixed amounts read in this shop's currency."""
    return await save_policy(shop, preset_document(shop, name), actor=actor, preset=name, note=f"preset {name}")


async def policy_in_force(shop: Shop) -> tuple[Policy, int | None]:
    """The shop's current policy and its version number (None: no policy saved, defaults apply)."""
    if shop.policy_version is None:
        return _default(shop.currency), None
    return await policy_version(shop, shop.policy_version)


@lru_cache(maxsize=64)
def _default(currency: str) -> Policy:
    # One instance per currency, so the engine's per-instance compilation is reused.
    return default_policy(currency)


async def policy_version(shop: Shop, number: int) -> tuple[Policy, int]:
    cached = _cache.get((shop.id, number))
    if cached is None:
        row = await PolicyVersion.get(shop_id=shop.id, number=number)
        # Versions are immutable, so a parsed copy is valid for as long as the process lives.
        cached = _cache.setdefault((shop.id, number), parse_policy(row.document))
        if len(_cache) > 4096:
            _cache.pop(next(iter(_cache)))
    return cached, number


_cache: dict[tuple[int, int], Policy] = {}
