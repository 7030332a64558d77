"""Every GraphQL document Recourse sends to Shopify, in one place. Each is validated by the
emulator against the 2026-10 SDL fixture in the tests, so a typo fails there, not on a merchant's
store. Mutations that take @idempotent declare `$idempotencyKey`; the client fills it in."""

ORDER_PAYMENTS = """
query OrderPayments($id: ID!) {
  order(id: $id) {
    id
    cancelledAt
    currencyCode
    presentmentCurrencyCode
    transactions(first: 10) {
      id kind status gateway
      maximumRefundableV2 { amount currencyCode }
    }
    refunds(first: 50) { id note createdAt }
  }
}
"""

PRIMARY_LOCATION = """
query PrimaryLocation { location { id } }
"""

ORDER_RECORD = """
query OrderRecord($id: ID!) {
  order(id: $id) {
    id
    cancelledAt
    presentmentCurrencyCode
    transactions(first: 50) {
      id kind status gateway
      amountSet { presentmentMoney { amount currencyCode } }
      parentTransaction { id }
    }
    refunds(first: 10) {
      id note createdAt
      totalRefundedSet { presentmentMoney { amount currencyCode } }
      refundLineItems(first: 20) { nodes { quantity restockType restocked lineItem { id } } }
      transactions(first: 10) { nodes { id } }
    }
  }
}
"""

REFUND_CREATE = """
mutation RefundCreate($input: RefundInput!, $idempotencyKey: String!) {
  refundCreate(input: $input) @idempotent(key: $idempotencyKey) {
    refund { id totalRefundedSet { presentmentMoney { amount currencyCode } } }
    userErrors { field message }
  }
}
"""

ORDER_CANCEL = """
mutation OrderCancel($orderId: ID!, $reason: OrderCancelReason!, $refundMethod: OrderCancelRefundMethodInput,
                     $restock: Boolean!, $notifyCustomer: Boolean, $staffNote: String) {
  orderCancel(orderId: $orderId, reason: $reason, refundMethod: $refundMethod, restock: $restock,
              notifyCustomer: $notifyCustomer, staffNote: $staffNote) {
    job { id done }
    orderCancelUserErrors { field message code }
  }
}
"""

JOB = """
query Job($id: ID!) {
  job(id: $id) { id done }
}
"""

ORDER_RETURNS = """
query OrderReturns($id: ID!) {
  order(id: $id) {
    id
    fulfillments(first: 5) {
      fulfillmentLineItems(first: 20) { nodes { id quantity lineItem { id } } }
    }
    returns(first: 5) {
      nodes {
        id status
        returnLineItems(first: 20) {
          nodes { ... on ReturnLineItem { quantity fulfillmentLineItem { id lineItem { id } } } }
        }
      }
    }
  }
}
"""

RETURN_REASON_DEFINITIONS = """
query ReturnReasonDefinitions($handles: [String!]!, $first: Int!) {
  returnReasonDefinitions(first: $first, handles: $handles) {
    nodes { id handle }
  }
}
"""

RETURN_CREATE = """
mutation ReturnCreate($returnInput: ReturnInput!) {
  returnCreate(returnInput: $returnInput) {
    return { id status }
    userErrors { field message code }
  }
}
"""

RETURN_REQUEST = """
mutation ReturnRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) {
    return { id status }
    userErrors { field message code }
  }
}
"""

RETURN_STATE = """
query ReturnState($id: ID!) {
  return(id: $id) {
    id status
    returnLineItems(first: 50) {
      nodes {
        id quantity processedQuantity
        ... on ReturnLineItem { fulfillmentLineItem { id lineItem { id } } }
      }
    }
    reverseFulfillmentOrders(first: 2) {
      nodes {
        id status
        lineItems(first: 50) { nodes { id totalQuantity fulfillmentLineItem { id } } }
        reverseDeliveries(first: 5) {
          nodes { id deliverable { ... on ReverseDeliveryShippingDeliverable { tracking { number } } } }
        }
      }
    }
  }
}
"""

RETURN_APPROVE = """
mutation ReturnApprove($input: ReturnApproveRequestInput!) {
  returnApproveRequest(input: $input) { return { id status } userErrors { field message code } }
}
"""

RETURN_DECLINE = """
mutation ReturnDecline($input: ReturnDeclineRequestInput!) {
  returnDeclineRequest(input: $input) { return { id status } userErrors { field message code } }
}
"""

RETURN_PROCESS = """
mutation ReturnProcess($input: ReturnProcessInput!) {
  returnProcess(input: $input) { return { id status } userErrors { field message code } }
}
"""

RETURN_CLOSE = """
mutation ReturnClose($id: ID!) {
  returnClose(id: $id) { return { id status } userErrors { field message code } }
}
"""

RETURN_CANCEL = """
mutation ReturnCancel($id: ID!, $notifyCustomer: Boolean) {
  returnCancel(id: $id, notifyCustomer: $notifyCustomer) { return { id status } userErrors { field message code } }
}
"""

REVERSE_DELIVERY_CREATE = """
mutation ReverseDeliveryCreate($rfo: ID!, $lines: [ReverseDeliveryLineItemInput!]!,
                               $tracking: ReverseDeliveryTrackingInput, $label: ReverseDeliveryLabelInput,
                               $notifyCustomer: Boolean) {
  reverseDeliveryCreateWithShipping(reverseFulfillmentOrderId: $rfo, reverseDeliveryLineItems: $lines,
                                    trackingInput: $tracking, labelInput: $label, notifyCustomer: $notifyCustomer) {
    reverseDelivery { id }
    userErrors { field message code }
  }
}
"""

# --- store credit, gift cards, exchanges (plugin/platform/shopify_admin/exchanges.py) -------------------

CUSTOMER_CREDIT = """
query CustomerCredit($id: ID!) {
  customer(id: $id) {
    id
    storeCreditAccounts(first: 3) {
      nodes {
        id
        balance { amount currencyCode }
        transactions(first: 25, reverse: true) {
          nodes {
            createdAt
            amount { amount currencyCode }
            ... on StoreCreditAccountCreditTransaction { id expiresAt }
            ... on StoreCreditAccountDebitTransaction { debitId: id }
          }
        }
      }
    }
  }
}
"""

STORE_CREDIT_CREDIT = """
mutation StoreCreditCredit($id: ID!, $creditInput: StoreCreditAccountCreditInput!) {
  storeCreditAccountCredit(id: $id, creditInput: $creditInput) {
    storeCreditAccountTransaction {
      id
      amount { amount currencyCode }
      account { id balance { amount currencyCode } }
    }
    userErrors { field message code }
  }
}
"""

STORE_CREDIT_DEBIT = """
mutation StoreCreditDebit($id: ID!, $debitInput: StoreCreditAccountDebitInput!) {
  storeCreditAccountDebit(id: $id, debitInput: $debitInput) {
    storeCreditAccountTransaction { id amount { amount currencyCode } }
    userErrors { field message code }
  }
}
"""

GIFT_CARD_CREATE = """
mutation GiftCardCreate($input: GiftCardCreateInput!) {
  giftCardCreate(input: $input) {
    giftCard { id lastCharacters initialValue { amount currencyCode } expiresOn }
    giftCardCode
    userErrors { field message code }
  }
}
"""

VARIANT_STOCK = """
query VariantStock($id: ID!) {
  productVariant(id: $id) { id sku displayName inventoryQuantity }
}
"""

DRAFT_ORDERS_TAGGED = """
query DraftOrdersTagged($query: String!) {
  draftOrders(first: 5, query: $query) {
    nodes { id name status invoiceUrl order { id name } }
  }
}
"""

DRAFT_ORDER_STATE = """
query DraftOrderState($id: ID!) {
  draftOrder(id: $id) { id name status invoiceUrl order { id name } }
}
"""

DRAFT_ORDER_CREATE = """
mutation DraftOrderCreate($input: DraftOrderInput!) {
  draftOrderCreate(input: $input) {
    draftOrder { id name status invoiceUrl order { id name } }
    userErrors { field message }
  }
}
"""

DRAFT_ORDER_COMPLETE = """
mutation DraftOrderComplete($id: ID!) {
  draftOrderComplete(id: $id) {
    draftOrder { id name status order { id name } }
    userErrors { field message }
  }
}
"""

DRAFT_ORDER_INVOICE_SEND = """
mutation DraftOrderInvoiceSend($id: ID!, $email: EmailInput) {
  draftOrderInvoiceSend(id: $id, email: $email) {
    draftOrder { id name status invoiceUrl }
    userErrors { field message }
  }
}
"""

DRAFT_ORDER_DELETE = """
mutation DraftOrderDelete($input: DraftOrderDeleteInput!) {
  draftOrderDelete(input: $input) { deletedId userErrors { field message } }
}
"""

ALL = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, str)}
