"""The quote a return is refunded by: its units accepted at inspection, under the version it was
decided by (refunds and the keep-the-item step read it; it lives apart from the return steps so
they can call refunds without a cycle)."""

from __future__ import annotations

from models.order import Order
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions.facts import order_facts
from plugin.actions.ledger import prior_returns
from plugin.actions.policy import policy_version
from plugin.policy import ReturnLineRequest, ReturnRequestFacts, decision_data, default_policy, evaluate_return


async def accepted_quote(shop: Shop, ret: Return) -> dict:
    """The policy's quote for the units accepted at inspection, under the version the return was decided by."""
    lines = await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id)
    if not any(line.inspected_at for line in lines):
        return ret.decision["quote"]  # not inspected: the quote made at request time
    accepted = [line for line in lines if line.accepted_quantity > 0]
    if not accepted:
        return {"total": {"amount": "0", "currency": ret.currency}, "lines": []}
    order = await Order.get(id=ret.order_id, shop_id=shop.id)
    facts = await order_facts(shop, order)
    # No version: decided under the defaults, which stay the defaults whatever the shop saved since.
    policy = (await policy_version(shop, ret.policy_version))[0] if ret.policy_version else default_policy(shop.currency)
    request = ReturnRequestFacts(
        lines=tuple(
            ReturnLineRequest(str(l.order_line_id), l.accepted_quantity, l.reason, frozenset(l.condition), len(l.photos))
            for l in accepted
        ),
        resolution=ret.resolution, shipping_method=ret.shipping_method, proof_of_purchase=bool(ret.proof_of_purchase),
        received_at=ret.received_at,
    )
    # Decided as of the request, so the window that was open then is open now; this return's own
    # units are not "prior" to it.
    decision = evaluate_return(policy, facts, await prior_returns(order, exclude=ret.id), request, ret.requested_at,
                               policy_version=ret.policy_version)
    return decision_data(decision)["quote"]
