"""Shopify's own closed sets, as its Admin API (the pinned version) spells them.

They are Shopify's words, not ours: our `models.enums.ReturnStatus` borrows Shopify's return statuses
and adds ON_HOLD, but what a Shopify document says or expects is read and written through these, in
the adapter (plugin.platform.shopify_admin) and in the emulator that stands in for Shopify in tests
and the demo. tests/platform/test_shopify_enums.py holds them to the SDL fixture of the version.
"""

from __future__ import annotations

from enum import StrEnum


class ShopifyReturnStatus(StrEnum):
    """Admin API `ReturnStatus`."""

    CANCELED = "CANCELED"
    CLOSED = "CLOSED"
    DECLINED = "DECLINED"
    OPEN = "OPEN"
    REQUESTED = "REQUESTED"


class ReverseFulfillmentOrderStatus(StrEnum):
    """Admin API `ReverseFulfillmentOrderStatus`."""

    CANCELED = "CANCELED"
    CLOSED = "CLOSED"
    OPEN = "OPEN"


class OrderDisplayFinancialStatus(StrEnum):
    """Admin API `OrderDisplayFinancialStatus`."""

    AUTHORIZED = "AUTHORIZED"
    EXPIRED = "EXPIRED"
    PAID = "PAID"
    PARTIALLY_PAID = "PARTIALLY_PAID"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    PENDING = "PENDING"
    REFUNDED = "REFUNDED"
    VOIDED = "VOIDED"


class DraftOrderStatus(StrEnum):
    """Shopify's DraftOrderStatus: an exchange's replacement order before it is completed."""

    OPEN = "OPEN"
    INVOICE_SENT = "INVOICE_SENT"
    COMPLETED = "COMPLETED"


class OrderCancelStatus(StrEnum):
    """Admin API `OrderCancelStatus` (an `OrderCancelJobResult`'s status)."""

    FAILED = "FAILED"
    STARTED = "STARTED"
    SUCCEEDED = "SUCCEEDED"
