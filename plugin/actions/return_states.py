"""The return's state machine, in one place: which step is legal in which status, and where it leads.

Statuses are Shopify's (REQUESTED, OPEN, RECEIVED, DECLINED, CLOSED, CANCELED) plus ON_HOLD, where a
request waits for fraud review.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.enums import ReturnStatus as S
from models.returns import Return
from plugin.actions.errors import ActionError

# step -> (statuses it may start from, status it leads to; None keeps the status)
TRANSITIONS: dict[str, tuple[frozenset[S], S | None]] = {
    "approve": (frozenset({S.REQUESTED}), S.OPEN),
    "decline": (frozenset({S.REQUESTED, S.OPEN, S.ON_HOLD}), S.DECLINED),
    "cancel": (frozenset({S.REQUESTED, S.OPEN, S.ON_HOLD}), S.CANCELED),
    "receive": (frozenset({S.OPEN, S.RECEIVED}), S.RECEIVED),
    "inspect": (frozenset({S.RECEIVED}), None),
    "refund": (frozenset({S.OPEN, S.RECEIVED}), None),
    "close": (frozenset({S.OPEN, S.RECEIVED}), S.CLOSED),
    "release": (frozenset({S.ON_HOLD}), S.REQUESTED),  # a fraud review cleared it
    "reopen": (frozenset({S.CLOSED}), S.OPEN),  # RECEIVED when items had arrived (see check)
}


# The words a merchant reads in a refusal: "this return is closed: only requested returns can be approved".
_WORDS = {S.REQUESTED: "requested", S.ON_HOLD: "held for fraud review", S.OPEN: "open", S.RECEIVED: "received",
          S.DECLINED: "declined", S.CLOSED: "closed", S.CANCELED: "canceled"}
_DONE = {"approve": "approved", "decline": "declined", "cancel": "cancelled", "receive": "marked received",
         "inspect": "inspected", "refund": "refunded", "close": "closed", "release": "released from a hold",
         "reopen": "reopened"}


def check(ret: Return, step: str, field: str = "id") -> S:
    """The status `step` leads to from `ret`'s status, or INVALID_STATE (on `field`, the input naming the return)."""
    sources, target = TRANSITIONS[step]
    if ret.status not in sources:
        allowed = " or ".join(_WORDS[s] for s in sorted(sources))
        raise ActionError("INVALID_STATE", f"this return is {_WORDS[S(ret.status)]}: only {allowed} returns can be "
                          f"{_DONE[step]} (status {ret.status})", [field])
    if step == "reopen" and ret.received_at is not None:
        return S.RECEIVED  # its items are here: back to where it was closed, so the inspection can go on
    return target or S(ret.status)


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
