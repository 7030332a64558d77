"""Every admin mutation, one a file: each parses its input, calls one action and wraps the result;
`plugin.api.errors.refusals` turns the action's refusals into the payload's userErrors.

MUTATIONS is in the contract's order (graphql/admin.graphql lists the fields as they come here)."""

from __future__ import annotations

from plugin.api.admin.mutations.blocklist_add import BlocklistAddMutation
from plugin.api.admin.mutations.blocklist_remove import BlocklistRemoveMutation
from plugin.api.admin.mutations.catalog_import import CatalogImportMutation
from plugin.api.admin.mutations.customer_tokens_revoke import CustomerTokensRevokeMutation
from plugin.api.admin.mutations.email_retry import EmailRetryMutation
from plugin.api.admin.mutations.email_settings_update import EmailSettingsUpdateMutation
from plugin.api.admin.mutations.fit_hints_update import FitHintsUpdateMutation
from plugin.api.admin.mutations.order_cancel import OrderCancelMutation
from plugin.api.admin.mutations.order_import import OrderImportMutation
from plugin.api.admin.mutations.platform_operation_retry import PlatformOperationRetryMutation
from plugin.api.admin.mutations.policy_apply_preset import PolicyApplyPresetMutation
from plugin.api.admin.mutations.policy_update import PolicyUpdateMutation
from plugin.api.admin.mutations.refund_confirm import RefundConfirmMutation
from plugin.api.admin.mutations.refund_create import RefundCreateMutation
from plugin.api.admin.mutations.return_approve_request import ReturnApproveRequestMutation
from plugin.api.admin.mutations.return_close import ReturnCloseMutation
from plugin.api.admin.mutations.return_create import ReturnCreateMutation
from plugin.api.admin.mutations.return_decline_request import ReturnDeclineRequestMutation
from plugin.api.admin.mutations.return_inspect import ReturnInspectMutation
from plugin.api.admin.mutations.return_instructions_resend import ReturnInstructionsResendMutation
from plugin.api.admin.mutations.return_label_attach import ReturnLabelAttachMutation
from plugin.api.admin.mutations.return_mark_received import ReturnMarkReceivedMutation
from plugin.api.admin.mutations.return_reason_create import ReturnReasonCreateMutation
from plugin.api.admin.mutations.return_reason_retire import ReturnReasonRetireMutation
from plugin.api.admin.mutations.return_reason_update import ReturnReasonUpdateMutation
from plugin.api.admin.mutations.return_reasons_reorder import ReturnReasonsReorderMutation
from plugin.api.admin.mutations.return_reopen import ReturnReopenMutation
from plugin.api.admin.mutations.returns_bulk import ReturnsBulkMutation
from plugin.api.admin.mutations.risk_review_resolve import RiskReviewResolveMutation
from plugin.api.admin.mutations.shop_update import ShopUpdateMutation
from plugin.api.admin.mutations.exchange_charge_invoice import ExchangeChargeInvoiceMutation

MUTATIONS = (
    OrderImportMutation,
    PolicyUpdateMutation,
    PolicyApplyPresetMutation,
    ReturnApproveRequestMutation,
    ReturnInstructionsResendMutation,
    ReturnLabelAttachMutation,
    ReturnDeclineRequestMutation,
    ReturnMarkReceivedMutation,
    ReturnInspectMutation,
    ReturnCloseMutation,
    ReturnReopenMutation,
    ReturnsBulkMutation,
    RefundCreateMutation,
    RefundConfirmMutation,
    OrderCancelMutation,
    ReturnCreateMutation,
    EmailRetryMutation,
    EmailSettingsUpdateMutation,
    ShopUpdateMutation,
    RiskReviewResolveMutation,
    BlocklistAddMutation,
    BlocklistRemoveMutation,
    CatalogImportMutation,
    PlatformOperationRetryMutation,
    CustomerTokensRevokeMutation,
    ExchangeChargeInvoiceMutation,
    ReturnReasonCreateMutation,
    ReturnReasonUpdateMutation,
    ReturnReasonsReorderMutation,
    ReturnReasonRetireMutation,
    FitHintsUpdateMutation,
)
