"""The closed sets of models/enums.py as GraphQL enums, shared by both schemas.

Strawberry decorates the very classes the models and actions use, so a resolver returns a stored
member as it is and an argument arrives as a member. Descriptions say what a client needs to know.
"""

from __future__ import annotations

import strawberry

from models import enums

_DESCRIPTIONS = {
    enums.ReturnStatus: "Shopify's return statuses, plus ON_HOLD while a request waits for a fraud review.",
    enums.ReturnStep: "A staff step on a return; `Return.availableSteps` lists those that have work left.",
    enums.ReturnBulkAction: "A step `returnsBulk` takes on each of several returns.",
    enums.ReturnDeclineReason: "Why a return was declined: Shopify's FINAL_SALE, RETURN_PERIOD_ENDED and OTHER, plus ours.",
    enums.ReturnReason: "Why the customer returns an item.",
    enums.ConditionItem: "A condition the customer declares the item meets.",
    enums.ReturnResolution: "What the customer wants instead of the item.",
    enums.ReturnShippingMethod: "How the parcel travels back.",
    enums.PriceDifferenceHandling: "An exchange at another price: CUSTOMER_PAYS the difference (the platform's invoice) or REFUND_REST.",
    enums.ReturnShippingPayer: "Who bears the return postage.",
    enums.InspectionCondition: "What staff found when inspecting a returned line.",
    enums.RefundStatus: "PENDING until the platform confirms the refund SUCCEEDED or FAILED.",
    enums.RefundKind: "PAYMENT gives back what was paid; REIMBURSEMENT what the policy granted on top; STORE_CREDIT the "
    "returned value as store credit instead of money (counts against what may be refunded); BONUS the credit the policy "
    "adds on top (a negative BONUS reverses an unspent bonus).",
    enums.RefundReason: "Why money goes back.",
    enums.RefundMethod: "How money goes back.",
    enums.RefundLineKind: "A line of a refund quote: ITEM, SHIPPING, FEE (negative), CREDIT (positive) or ADJUSTMENT.",
    enums.OrderCancelReason: "Shopify's reasons for cancelling an order.",
    enums.CancellationStatus: "ACCEPTED, or ON_HOLD while a fraud review decides (then ACCEPTED or DECLINED).",
    enums.RiskAssessmentResult: "Shopify's risk levels (a level is never left PENDING or NONE here).",
    enums.RiskRecommendation: "What the policy does at a risk level.",
    enums.RiskFactSentiment: "NEGATIVE raises the risk, POSITIVE lowers it.",
    enums.RiskReviewStatus: "Where a fraud review stands.",
    enums.RiskReviewDecision: "CLEAR resumes the held request; CONFIRM_FRAUD declines it.",
    enums.BlocklistKind: "What a blocklist entry matches.",
    enums.EmailKind: "A customer email, by its template.",
    enums.OutboxStatus: "Where an email is in its delivery; HELD: waiting for the platform to carry out the refund it announces.",
    enums.FulfillmentStatus: "Shopify's fulfillment statuses.",
    enums.ExchangeStatus: "Where an exchange's replacement stands on the platform: held (RESERVED), waiting for stock, "
                          "shipped, fallen back to a refund or store credit, or cancelled.",
    enums.CreditVia: "How store credit reaches the customer: their store credit account, or a gift card.",
    enums.StoreCreditStatus: "PENDING until the platform issued it (ISSUED) or refused (FAILED); HANDED to the shop's "
                             "own system or staff.",
}

# GraphQL names that differ from the Python class: kept from the contract the clients already use.
_NAMES = {enums.OutboxStatus: "EmailDeliveryStatus", enums.CreditVia: "StoreCreditVia"}

for _cls, _text in _DESCRIPTIONS.items():
    strawberry.enum(_cls, name=_NAMES.get(_cls), description=_text)

ReturnStatus = enums.ReturnStatus
ReturnDeclineReason = enums.ReturnDeclineReason
ReturnStep = enums.ReturnStep
ReturnBulkAction = enums.ReturnBulkAction
ReturnReason = enums.ReturnReason
ConditionItem = enums.ConditionItem
ReturnResolution = enums.ReturnResolution
PriceDifferenceHandling = enums.PriceDifferenceHandling
ReturnShippingMethod = enums.ReturnShippingMethod
ReturnShippingPayer = enums.ReturnShippingPayer
InspectionCondition = enums.InspectionCondition
RefundStatus = enums.RefundStatus
RefundKind = enums.RefundKind
RefundReason = enums.RefundReason
RefundMethod = enums.RefundMethod
RefundLineKind = enums.RefundLineKind
OrderCancelReason = enums.OrderCancelReason
CancellationStatus = enums.CancellationStatus
RiskAssessmentResult = enums.RiskAssessmentResult
RiskRecommendation = enums.RiskRecommendation
RiskFactSentiment = enums.RiskFactSentiment
RiskReviewStatus = enums.RiskReviewStatus
RiskReviewDecision = enums.RiskReviewDecision
BlocklistKind = enums.BlocklistKind
EmailKind = enums.EmailKind
OutboxStatus = enums.OutboxStatus
FulfillmentStatus = enums.FulfillmentStatus
ExchangeStatus = enums.ExchangeStatus
CreditVia = enums.CreditVia
StoreCreditStatus = enums.StoreCreditStatus
