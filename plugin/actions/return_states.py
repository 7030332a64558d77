"""The return's state machine, in one place: which step is legal in which status, and where it leads.

Statuses are Shopify's (REQUESTED, OPEN, RECEIVED, DECLINED, CLOSED, CANCELED) plus ON_HOLD, where a
request waits for fraud review.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.returns import Return
from plugin.actions.errors import ActionError

ACTIVE = ("REQUESTED", "ON_HOLD", "OPEN", "RECEIVED", "CLOSED")  # holding units of the order

# step -> (statuses it may start from, status it leads to; None keeps the status)
TRANSITIONS: dict[str, tuple[frozenset[str], str | None]] = {
    "approve": (frozenset({"REQUESTED"}), "OPEN"),
    "decline": (frozenset({"REQUESTED", "OPEN", "ON_HOLD"}), "DECLINED"),
    "cancel": (frozenset({"REQUESTED", "OPEN", "ON_HOLD"}), "CANCELED"),
    "receive": (frozenset({"OPEN", "RECEIVED"}), "RECEIVED"),
    "inspect": (frozenset({"RECEIVED"}), None),
    "refund": (frozenset({"OPEN", "RECEIVED"}), None),
    "close": (frozenset({"OPEN", "RECEIVED"}), "CLOSED"),
    "release": (frozenset({"ON_HOLD"}), "REQUESTED"),  # a fraud review cleared it
    "reopen": (frozenset({"CLOSED"}), "OPEN"),  # RECEIVED when items had arrived (see check)
}


def check(ret: Return, step: str, field: str = "id") -> str:
    """The status `step` leads to from `ret`'s status, or INVALID_STATE (on `field`, the input naming the return)."""
    sources, target = TRANSITIONS[step]
    if ret.status not in sources:
        allowed = ", ".join(sorted(sources))
        raise ActionError("INVALID_STATE", f"cannot {step} a return that is {ret.status} (only {allowed})", [field])
    if step == "reopen" and ret.received_at is not None:
        return "RECEIVED"  # its items are here: back to where it was closed, so the inspection can go on
    return target or ret.status


async def apply(ret: Return, step: str, **changes) -> Return:
    """Move `ret` by `step` if nobody changed it since it was read (compare-and-set on lock_version)."""
    status = check(ret, step)
    async with in_transaction():
        updated = await Return.filter(id=ret.id, lock_version=ret.lock_version).update(
            status=status, lock_version=ret.lock_version + 1, **changes
        )
    if not updated:
        raise ActionError("CONFLICT", "the return changed meanwhile; reload it and try again", ["id"])
    for name, value in changes.items():
        setattr(ret, name, value)
    ret.status, ret.lock_version = status, ret.lock_version + 1
    return ret
