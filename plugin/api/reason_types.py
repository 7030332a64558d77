"""The reasons library as both APIs show it: staff see every reason with what they set on it
(ReturnReasonDefinition), customers the reasons offered, in their language, with the ones that fit
their item suggested (ReturnReasonChoice)."""

from __future__ import annotations

import enum

import strawberry
from strawberry.types import Info

from plugin.api.enums import ReturnReason
from plugin.policy.reason_library import Reason


@strawberry.enum(description="Which way a sizing reason says the item was off: what fit hints count.")
class FitDirection(enum.Enum):
    TOO_SMALL = "TOO_SMALL"
    TOO_LARGE = "TOO_LARGE"


@strawberry.type(description="A reason's words per language; null: the English words are shown.")
class ReturnReasonLabels:
    en: str | None
    es: str | None
    de: str | None


@strawberry.type(description="What both APIs say about a reason.")
class ReasonFields:
    reason: strawberry.Private[Reason]
    lang: strawberry.Private[str]

    @strawberry.field(description="Its stable name: a core reason's is its code (SIZE_TOO_SMALL); a merchant's own is "
                      "lower-case words with hyphens. returnRequest's reasonHandle takes it.")
    def handle(self) -> str:
        return self.reason.handle

    @strawberry.field(description="The core reason it rolls up to: what the policy decides on and analytics count.")
    def code(self) -> ReturnReason:
        return ReturnReason(self.reason.code)

    @strawberry.field(description="Its words in the caller's language (Accept-Language on the storefront; English for staff), "
                      "falling back to English.")
    def label(self) -> str:
        return self.reason.label(self.lang)

    @strawberry.field(description="The customer is asked for a photo (a request without one is refused).")
    def ask_photo(self) -> bool:
        return self.reason.ask_photo

    @strawberry.field(description="The customer is asked for a note (a request without one is refused).")
    def ask_note(self) -> bool:
        return self.reason.ask_note

    @strawberry.field(description="For a sizing reason, which way the item was off; null for the others.")
    def fit(self) -> FitDirection | None:
        return FitDirection(self.reason.fit) if self.reason.fit else None


@strawberry.type(description="A reason of the shop's reasons library: one of the twelve core reasons or the merchant's own.")
class ReturnReasonDefinition(ReasonFields):
    @strawberry.field(description="One of the twelve core reasons (its code is its handle): it can be reworded, reordered "
                      "and retired, never removed.")
    def core(self) -> bool:
        return self.reason.core

    @strawberry.field(description="The merchant's own words per language; null where the shipped words are shown.")
    def labels(self) -> ReturnReasonLabels:
        own = self.reason.labels
        return ReturnReasonLabels(en=own.get("en"), es=own.get("es"), de=own.get("de"))

    @strawberry.field(description="Shopify's standard return reason (ReturnReasonDefinition.handle) the platform's return "
                      "carries: the one set, else the core reason's.")
    def shopify_handle(self) -> str:
        return self.reason.platform_handle

    @strawberry.field(description="Whether this reason puts the merchant at fault; null: the policy's fault reasons decide.")
    def merchant_at_fault(self) -> bool | None:
        return self.reason.merchant_at_fault

    @strawberry.field(description="Product types (lower-case) the portal suggests it for; empty: those its core reason is "
                      "suggested for (sizing for apparel, defective for electronics).")
    def product_types(self) -> list[str]:
        return list(self.reason.product_types)

    @strawberry.field(description="No longer offered to customers; returns that chose it keep it.")
    def retired(self) -> bool:
        return self.reason.retired


@strawberry.type(description="A reason a customer may choose for a return, in their language.")
class ReturnReasonChoice(ReasonFields):
    product_type: strawberry.Private[str | None] = None

    @strawberry.field(description="It fits the productType asked for (false when none was).")
    def suggested(self) -> bool:
        return self.reason.suggested_for(self.product_type)


async def shop_reasons(info: Info) -> list[Reason]:
    return await info.context.loaders.reasons.load(info.context.shop.id)
