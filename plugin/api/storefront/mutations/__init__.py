"""Every storefront mutation, one a file: each parses its input, calls one action and wraps the
result; `plugin.api.errors.refusals` turns the action's refusals into the payload's userErrors.

MUTATIONS is in the contract's order (graphql/storefront.graphql lists the fields as they come here)."""

from __future__ import annotations

from plugin.api.storefront.mutations.order_cancel_request import OrderCancelRequestMutation
from plugin.api.storefront.mutations.order_confirm_receipt import OrderConfirmReceiptMutation
from plugin.api.storefront.mutations.return_cancel import ReturnCancelMutation
from plugin.api.storefront.mutations.return_quote import ReturnQuoteMutation
from plugin.api.storefront.mutations.return_request import ReturnRequestMutation

MUTATIONS = (
    ReturnQuoteMutation,
    ReturnRequestMutation,
    ReturnCancelMutation,
    OrderCancelRequestMutation,
    OrderConfirmReceiptMutation,
)
