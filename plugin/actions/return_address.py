"""Where an approved return's parcel goes: the return address its instructions carry.

A return is decided when it is requested, and its decision keeps the return address the policy
had then. A shop may add the address later: approving, re-sending and showing the instructions then
use the policy in force, so the customer is never told both "ask us for the address" and "use the
address given here". Approving needs an address (or a prepaid label, which carries its own), unless
the policy says the address is given by email on request (`instructions.address_on_request`).
"""

from __future__ import annotations

from models.order import Order
from models.returns import Return
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.policy import policy_in_force
from plugin.policy.compiled import compile_policy
from plugin.policy.instructions import return_address, with_address

MISSING = (
    "No return address covers this order's shipping country, so the customer would not know where to send "
    "the parcel. Add one to the policy (shipping.return_addresses; a rest_of_world one covers every country) "
    "before approving, or set instructions.address_on_request if you email it to customers who ask."
)


def _carried_by_label(ret: Return) -> bool:
    shipping = ret.decision.get("shipping") or {}
    return shipping.get("method") == "PREPAID_LABEL" and bool(shipping.get("label_available"))


def _customer_pays(ret: Return) -> bool:
    return (ret.decision.get("shipping") or {}).get("payer") == "CUSTOMER"


async def current_instructions(shop: Shop, ret: Return, order: Order | None = None) -> dict | None:
    """The return's instructions with the address the policy in force gives its order's country, when
    the stored ones have none and the policy now has one; None when the stored ones stand."""
    stored = (ret.decision or {}).get("instructions")
    if not stored or stored.get("return_address") or _carried_by_label(ret):
        return None
    policy, _ = await policy_in_force(shop)
    compiled = compile_policy(policy)
    order = order or await Order.get(id=ret.order_id, shop_id=shop.id)
    address = return_address(compiled, (order.shipping_address or {}).get("country_code"))
    return None if address is None else with_address(compiled, stored, address, _customer_pays(ret))


async def instructions_to_send(shop: Shop, ret: Return) -> dict | None:
    """What approving or re-sending stores as the return's instructions (None: keep the stored ones),
    or ActionError RETURN_ADDRESS_MISSING when the customer could not be told where to send it."""
    stored = (ret.decision or {}).get("instructions")
    if not stored or stored.get("return_address") or _carried_by_label(ret):
        return None
    policy, _ = await policy_in_force(shop)
    compiled = compile_policy(policy)
    order = await Order.get(id=ret.order_id, shop_id=shop.id)
    address = return_address(compiled, (order.shipping_address or {}).get("country_code"))
    if address is None and not policy.instructions.address_on_request:
        raise ActionError("RETURN_ADDRESS_MISSING", MISSING, ["id"])
    # With the address, or worded for one given on request: either way every sentence agrees.
    return with_address(compiled, stored, address, _customer_pays(ret))
