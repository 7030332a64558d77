"""A shop's reasons library as stored (plugin.actions.reason_library changes it; plugin.policy.
reason_library.library_of reads the rows as the library)."""

from __future__ import annotations

from models.reasons import ReturnReasonEntry


async def stored_reasons(shop_id: int) -> list[ReturnReasonEntry]:
    """The shop's rows in the merchant's order, retired ones included (one statement); none when the
    shop never changed its library."""
    return await ReturnReasonEntry.filter(shop_id=shop_id).order_by("position", "id")
