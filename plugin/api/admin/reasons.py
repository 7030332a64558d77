"""The shop's reasons library as staff manage it (the changes: mutations/return_reason_*.py), and
the input they send for a reason."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions.reason_library import ReasonDraft
from plugin.api.enums import ReturnReason
from plugin.api.errors import UserError
from plugin.api.reason_types import ReturnReasonDefinition, shop_reasons
from plugin.policy.reason_library import SHOPIFY_HANDLES, Reason


@strawberry.input(description="A reason's words per language; an empty one is cleared (English is required on a merchant's own reason).")
class ReturnReasonLabelsInput:
    en: str | None = strawberry.UNSET
    es: str | None = strawberry.UNSET
    de: str | None = strawberry.UNSET


@strawberry.input(description="What staff set on a reason; an omitted field is left as it is (on a new reason, its default).")
class ReturnReasonInput:
    handle: str | None = strawberry.field(
        default=None, description="returnReasonUpdate: the reason to change (required). returnReasonCreate: the new reason's "
        "stable name, lower-case words with hyphens; omitted, it is made from the English words.")
    code: ReturnReason | None = strawberry.field(default=None, description="The core reason it rolls up to (required on a new one).")
    labels: ReturnReasonLabelsInput | None = None
    shopify_handle: str | None = strawberry.field(
        default=None, description="One of Shopify's standard return reason handles (too-tight, fit, quality, ...); \"\": the core reason's.")
    ask_photo: bool | None = None
    ask_note: bool | None = None
    merchant_at_fault: bool | None = strawberry.field(
        default=strawberry.UNSET, description="Whether it puts the merchant at fault; null: the policy's fault reasons decide.")
    product_types: list[str] | None = strawberry.field(default=None, description="Product types the portal suggests it for.")

    def draft(self) -> ReasonDraft:
        labels = None
        if self.labels is not None:
            labels = {lang: getattr(self.labels, lang) for lang in ("en", "es", "de")
                      if getattr(self.labels, lang) is not strawberry.UNSET}
        at_fault = None if self.merchant_at_fault is strawberry.UNSET else self.merchant_at_fault
        return ReasonDraft(
            code=self.code.value if self.code else None, labels=labels, shopify_handle=self.shopify_handle,
            ask_photo=self.ask_photo, ask_note=self.ask_note, merchant_at_fault=at_fault,
            clear_merchant_at_fault=self.merchant_at_fault is None, product_types=self.product_types,
        )


@strawberry.type
class ReturnReasonPayload:
    reason: ReturnReasonDefinition | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReturnReasonsPayload:
    reasons: list[ReturnReasonDefinition] | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def definition(reason: Reason) -> ReturnReasonDefinition:
    return ReturnReasonDefinition(reason=reason, lang="en")


@strawberry.type
class ReasonsQuery:
    @strawberry.field(description="The shop's reasons library in the order customers see it, retired reasons included: "
                      "the twelve core reasons and the merchant's own.")
    async def return_reasons(self, info: Info) -> list[ReturnReasonDefinition]:
        return [definition(reason) for reason in await shop_reasons(info)]

    @strawberry.field(description="Shopify's standard return reason handles a reason may carry (returnReasonCreate's "
                      "shopifyHandle), alphabetically.")
    def shopify_return_reason_handles(self) -> list[str]:
        return sorted(SHOPIFY_HANDLES)
