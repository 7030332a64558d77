"""Customers follow their returns: one return, for its customer or a guest who knows the order's
email or phone (the requests themselves: mutations/)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models.returns import Return
from plugin.api.ids import from_gid
from plugin.api.return_types import ReturnType
from plugin.api.storefront.access import phone_matches
from plugin.store.ratelimit import guarded_order, guess_answered, guest_attempt, right_guess


def actor(info: Info) -> str:
    customer = info.context.customer
    return f"customer:{customer.id}" if customer else "guest"


async def own_return(info: Info, id: str, email: str | None, phone: str | None = None) -> Return | None:
    """The caller's return: a signed-in customer's own, or a guest's who knows the order's email
    (or, for an order placed with a phone number, its phone). A guest's try counts against the
    client's limit before anything is read, whether the return exists or not, and is given back once
    right; once it is found, the order's guard against wrong guesses is checked, and a wrong email or
    phone counts against it."""
    parsed = from_gid(id, "Return")
    customer = info.context.customer
    if parsed is None or (customer is None and not (email or phone)):
        return None  # an anonymous caller with nothing to show owns no return: nothing to read
    if email or phone:
        await guest_attempt(info.context)
    ret = await Return.get_or_none(shop_id=info.context.shop.id, id=parsed[1]).prefetch_related("order")
    if ret is None:
        return None
    if customer is not None and ret.customer_id == customer.id:
        if email or phone:
            await right_guess(info.context)
        return ret
    if not (email or phone):
        return None
    await guarded_order(info.context, ret.order.name)
    owns = _guest_owns(ret.order, email, phone)
    await guess_answered(info.context, ret.order.name, owns)
    return ret if owns else None


def _guest_owns(order, email: str | None, phone: str | None) -> bool:
    """The order's email, or, given no email, its phone."""
    if email:
        return bool(order.email) and order.email == email.strip().lower()
    return bool(phone) and len(phone) <= 64 and phone_matches(order, phone)


@strawberry.type
class ReturnsQuery:
    @strawberry.field(name="return", description="One of your returns: signed in, or with the order's email.")
    async def return_(self, info: Info, id: strawberry.ID, email: str | None = None, phone: str | None = None) -> ReturnType | None:
        ret = await own_return(info, id, email, phone)
        return ReturnType(row=ret) if ret else None
