"""Which orders a storefront caller may see: never says whether someone else's order exists."""

from __future__ import annotations

from strawberry.types import Info

from models.customer import Customer
from models.order import Order
from models.shop import Shop
from plugin.actions.facts import order_with_lines
from plugin.api.ids import from_gid
from plugin.store.ratelimit import guess_answered, guest_lookup
from plugin.store.statements import ModelStatement
from plugin.risk.normalize import normalize_phone


def phone_matches(order: Order, phone: str) -> bool:
    """The phone the order was placed with (or its shipping or billing phone), however written:
    national numbers are read in the shipping country."""
    country = (order.shipping_address or {}).get("country_code")
    given = normalize_phone(phone, country)
    if given is None:
        return False
    known = {order.phone_key, normalize_phone(order.phone, country)}
    for address in (order.shipping_address, order.billing_address):
        if address and address.get("phone"):
            known.add(normalize_phone(address["phone"], address.get("country_code") or country))
    return given in known


async def find_order(
    info: Info, id: str | None, name: str | None, email: str | None, phone: str | None = None
) -> Order | None:
    """The caller's order, or None; never says whether someone else's order exists.

    Guests give the order's name and its email, or (customers who ordered with a phone number only,
    as Shopify allows) its phone."""
    return await find_for(info.context, id, name, email, phone)


async def find_for(context, id: str | None, name: str | None, email: str | None, phone: str | None = None) -> Order | None:
    """find_order for any caller with a context (GraphQL's, or the photo endpoints'): a guest's guess
    costs the client one hit until it proves right, and a wrong one counts against the order name."""
    guest = id is None and bool(name) and bool(email or phone)
    if guest:
        await guest_lookup(context, _order_name(name))
    order = await find_callers_order(context.shop, context.customer, id, name, email, phone)
    if guest:
        await guess_answered(context, _order_name(name), order is not None)
    return order


async def find_order_to_read(info: Info, name: str | None, email: str | None) -> Order | None:
    """find_order for a read by name and email (the storefront's `order` query): the same order, the
    same rate limit, and its lines and shipments read in the same statement for the request's
    eligibility fields (plugin.actions.facts.order_with_lines)."""
    if not name or not email:
        return None
    await guest_lookup(info.context, _order_name(name))  # counted before anything is read
    order = await order_with_lines(info.context.shop, _order_name(name), email.strip().lower(), info.context.reads)
    await guess_answered(info.context, _order_name(name), order is not None)
    return order


def _order_name(name: str) -> str:
    return name.strip() if name.strip().startswith("#") else f"#{name.strip()}"


# The guest's lookup by name and email for mutations and photos (a read folds in its lines instead:
# find_order_to_read), written once (plugin.store.statements).
_ORDER_BY_NAME_AND_EMAIL = ModelStatement(
    Order, 'SELECT {columns} FROM "order" WHERE shop_id = $1 AND name = $2 AND email = $3 LIMIT 1')


async def find_callers_order(
    shop: Shop, customer: Customer | None, id: str | None, name: str | None, email: str | None,
    phone: str | None = None,
) -> Order | None:
    """The same, outside GraphQL (the photo endpoints)."""
    if id is not None:
        parsed = from_gid(id, "Order")
        if parsed is None or customer is None:
            return None
        return await Order.get_or_none(shop_id=shop.id, id=parsed[1], customer_id=customer.id)
    if not name or not (email or phone):
        return None
    if email:
        return await _ORDER_BY_NAME_AND_EMAIL.first((shop.id, _order_name(name), email.strip().lower()))
    if len(phone) > 64:
        return None
    for order in await Order.filter(shop_id=shop.id, name=_order_name(name)).order_by("id").limit(10):
        if phone_matches(order, phone):
            return order
    return None
