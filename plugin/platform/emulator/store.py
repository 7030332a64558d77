"""The emulated shops' records, in memory: orders, lines, fulfillments, transactions, refunds,
returns, reverse fulfillment orders and inventory.

Plain dataclasses in snake_case; `views.py` shows them in the Admin API's shapes and `operations.py`
changes them the way Shopify's mutations do. Everything runs on one event loop with no await inside
an operation, so each mutation is atomic, as it is on the platform.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from plugin.platform.shopify_enums import (
    DraftOrderStatus, OrderCancelStatus, OrderDisplayFinancialStatus, ReverseFulfillmentOrderStatus,
)

GID = "gid://shopify/"
PRIMARY_LOCATION = "1"
CENT = Decimal("0.01")


def gid(kind: str, local_id: str | int) -> str:
    return f"{GID}{kind}/{local_id}"


def local_id(global_id: str, kind: str) -> str | None:
    """The id inside `gid://shopify/<kind>/<id>`, or None when it names something else."""
    prefix = f"{GID}{kind}/"
    if not isinstance(global_id, str) or not global_id.startswith(prefix):
        return None
    rest = global_id[len(prefix):]
    return rest or None


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Line:
    id: str
    name: str
    sku: str | None
    quantity: int
    unit_price: Decimal  # presentment currency
    fulfilled: int = 0
    refunded: int = 0  # refunded or removed quantity (refund line items of any restock type)
    cancelled: int = 0  # unfulfilled quantity removed (restock type CANCEL, or the order cancelled)

    @property
    def current_quantity(self) -> int:
        return self.quantity - self.refunded

    @property
    def unfulfilled(self) -> int:
        return max(0, self.quantity - self.fulfilled - self.cancelled)


@dataclass
class FulfillmentLine:
    id: str
    line: Line
    quantity: int


@dataclass
class Fulfillment:
    id: str
    created_at: datetime
    lines: list[FulfillmentLine]
    status: str = "SUCCESS"


@dataclass
class Transaction:
    id: str
    kind: str  # SALE, CAPTURE, AUTHORIZATION, REFUND, ...
    gateway: str
    amount: Decimal
    status: str = "SUCCESS"
    parent: Transaction | None = None
    created_at: datetime = field(default_factory=now)
    test: bool = True

    children: list[Transaction] = field(default_factory=list)

    @property
    def refundable(self) -> bool:
        return self.kind in ("SALE", "CAPTURE") and self.status == "SUCCESS"

    @property
    def maximum_refundable(self) -> Decimal | None:
        if not self.refundable:
            return None
        refunded = sum((c.amount for c in self.children if c.kind == "REFUND" and c.status == "SUCCESS"), Decimal(0))
        return max(Decimal(0), self.amount - refunded)


@dataclass
class RefundLine:
    id: str
    line: Line
    quantity: int
    restock_type: str
    location_id: str | None

    @property
    def restocked(self) -> bool:
        return self.restock_type in ("RETURN", "CANCEL") and self.location_id is not None


@dataclass
class Refund:
    id: str
    note: str | None
    lines: list[RefundLine]
    transactions: list[Transaction]
    shipping: Decimal
    created_at: datetime = field(default_factory=now)
    return_id: str | None = None

    @property
    def total(self) -> Decimal:
        return sum((t.amount for t in self.transactions if t.status == "SUCCESS"), Decimal(0))


@dataclass
class ReturnLine:
    id: str
    fulfillment_line: FulfillmentLine
    quantity: int
    reason: str
    note: str
    customer_note: str | None = None
    processed: int = 0
    reason_definition: int | None = None  # a standard return reason (emulator/reasons.py) by taxonomy id


@dataclass
class ReverseDelivery:
    id: str
    label_url: str | None
    tracking_number: str | None
    tracking_url: str | None
    created_at: datetime = field(default_factory=now)


@dataclass
class ReverseFulfillmentOrderLine:
    id: str
    return_line: ReturnLine


@dataclass
class ReverseFulfillmentOrder:
    id: str
    lines: list[ReverseFulfillmentOrderLine]
    deliveries: list[ReverseDelivery] = field(default_factory=list)
    status: str = ReverseFulfillmentOrderStatus.OPEN


@dataclass
class Return:
    id: str
    name: str
    status: str  # REQUESTED, OPEN, DECLINED, CLOSED, CANCELED
    lines: list[ReturnLine]
    created_at: datetime = field(default_factory=now)
    closed_at: datetime | None = None
    decline_reason: str | None = None
    decline_note: str | None = None
    reverse_orders: list[ReverseFulfillmentOrder] = field(default_factory=list)


@dataclass
class Order:
    id: str
    name: str
    currency: str  # the shop's currency
    presentment_currency: str
    rate: Decimal  # presentment amount per unit of shop money (1 when they are the same)
    lines: list[Line]
    shipping_price: Decimal
    created_at: datetime = field(default_factory=now)
    fulfillments: list[Fulfillment] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)
    refunds: list[Refund] = field(default_factory=list)
    returns: list[Return] = field(default_factory=list)
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None

    def line(self, line_id: str) -> Line | None:
        return next((line for line in self.lines if line.id == line_id), None)

    def fulfillment_line(self, fli_id: str) -> FulfillmentLine | None:
        return next((fl for f in self.fulfillments for fl in f.lines if fl.id == fli_id), None)

    @property
    def received(self) -> Decimal:
        return sum((t.amount for t in self.transactions if t.refundable), Decimal(0))

    @property
    def refunded(self) -> Decimal:
        return sum((r.total for r in self.refunds), Decimal(0))

    @property
    def refunded_shipping(self) -> Decimal:
        return sum((r.shipping for r in self.refunds), Decimal(0))

    @property
    def financial_status(self) -> str:
        if self.received == 0:
            return OrderDisplayFinancialStatus.PENDING
        if self.refunded == 0:
            return OrderDisplayFinancialStatus.PAID
        return (OrderDisplayFinancialStatus.REFUNDED if self.refunded >= self.received
                else OrderDisplayFinancialStatus.PARTIALLY_REFUNDED)

    def shop_money(self, amount: Decimal) -> Decimal:
        return (amount / self.rate).quantize(CENT)


@dataclass
class Job:
    """A background job (orderCancel's): its effect runs once `due` (time.monotonic) has come, the
    next time anything looks at the shop. Shopify runs a cancellation asynchronously: the mutation
    only checks and queues it, and the order shows it when the job is done."""

    id: str
    done: bool = True
    due: float = 0.0
    run: Callable[[], list[dict]] | None = None  # the effect; answers the errors that failed it
    order_id: str | None = None
    errors: list[dict] = field(default_factory=list)

    @property
    def status(self) -> OrderCancelStatus:
        if not self.done:
            return OrderCancelStatus.STARTED
        return OrderCancelStatus.FAILED if self.errors else OrderCancelStatus.SUCCEEDED


class Ids:
    """Numeric ids, one counter for everything, as Shopify's ids look."""

    def __init__(self, start: int = 1000) -> None:
        self._next = itertools.count(start)

    def __call__(self) -> str:
        return str(next(self._next))


@dataclass
class Shop:
    domain: str
    client_id: str
    client_secret: str
    currency: str = "USD"
    orders: dict[str, Order] = field(default_factory=dict)
    locations: dict[str, str] = field(default_factory=lambda: {PRIMARY_LOCATION: "Warehouse"})
    inventory: dict[tuple[str, str], int] = field(default_factory=dict)  # (sku, location id) -> available
    jobs: dict[str, Job] = field(default_factory=dict)
    # Seconds an orderCancel's job takes before the order shows the cancellation (0: at once).
    cancel_job_seconds: float = 0.0

    def run_due_jobs(self, now: float | None = None) -> None:
        """Carry out the jobs whose time has come (called before anything reads or writes the shop)."""
        now = time.monotonic() if now is None else now
        for job in list(self.jobs.values()):
            if not job.done and job.due <= now:
                job.done = True
                if job.run is not None:
                    job.errors = job.run()

    def cancelling(self, order_id: str) -> bool:
        """Whether a cancellation of the order is queued and not yet run."""
        return any(not job.done and job.order_id == order_id for job in self.jobs.values())
    returns: dict[str, Return] = field(default_factory=dict)
    reverse_orders: dict[str, tuple[Return, ReverseFulfillmentOrder]] = field(default_factory=dict)
    variants: dict[str, "Variant"] = field(default_factory=dict)
    customers: dict[str, "Customer"] = field(default_factory=dict)
    gift_cards: dict[str, "GiftCard"] = field(default_factory=dict)
    draft_orders: dict[str, "DraftOrder"] = field(default_factory=dict)
    reserved: dict[tuple[str, str], int] = field(default_factory=dict)  # (sku, location id) -> units held
    committed: dict[tuple[str, str], int] = field(default_factory=dict)  # (sku, location id) -> units sold, unshipped

    def find_return(self, return_id: str) -> tuple[Order, Return] | None:
        for order in self.orders.values():
            for ret in order.returns:
                if ret.id == return_id:
                    return order, ret
        return None

    def restock(self, sku: str | None, location_id: str, quantity: int) -> None:
        key = (sku or "", location_id)
        self.inventory[key] = self.inventory.get(key, 0) + quantity

    def available(self, sku: str, location_id: str = PRIMARY_LOCATION) -> int:
        return self.inventory.get((sku, location_id), 0)

    def move(self, sku: str, quantity: int, source: str, target: str, location_id: str = PRIMARY_LOCATION) -> None:
        """Units from one inventory state to another (available, reserved, committed, or "gone":
        shipped or otherwise out of the location)."""
        books = {"available": self.inventory, "reserved": self.reserved, "committed": self.committed}
        key = (sku, location_id)
        if source in books:
            books[source][key] = books[source].get(key, 0) - quantity
        if target in books:
            books[target][key] = books[target].get(key, 0) + quantity

    def variant_by_gid(self, value: str) -> "Variant | None":
        return self.variants.get(local_id(value, "ProductVariant") or "")


# --- catalogue, customers, store credit, gift cards, draft orders (exchanges and credit) -------------


@dataclass
class Variant:
    id: str
    product_id: str
    title: str  # "Medium" (the product's title is separate)
    product_title: str
    sku: str
    price: Decimal
    inventory_item_id: str


@dataclass
class CreditTransaction:
    id: str
    amount: Decimal
    balance_after: Decimal
    expires_at: datetime | None
    created_at: datetime = field(default_factory=now)


@dataclass
class StoreCreditAccount:
    id: str
    customer_id: str
    currency: str
    transactions: list[CreditTransaction] = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        return sum((t.amount for t in self.transactions), Decimal(0))


@dataclass
class Customer:
    id: str
    email: str | None
    accounts: list[StoreCreditAccount] = field(default_factory=list)

    def account(self, currency: str) -> StoreCreditAccount | None:
        return next((a for a in self.accounts if a.currency == currency), None)


@dataclass
class GiftCard:
    id: str
    code: str
    initial_value: Decimal
    currency: str
    expires_on: str | None  # ISO date
    note: str | None
    customer_id: str | None
    created_at: datetime = field(default_factory=now)

    @property
    def last_characters(self) -> str:
        return self.code[-4:]


@dataclass
class DraftLine:
    id: str
    variant: Variant | None
    title: str
    quantity: int
    unit_price: Decimal
    discount_percent: Decimal = Decimal(0)
    sku: str | None = None

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity * (Decimal(100) - self.discount_percent) / 100).quantize(CENT)


@dataclass
class DraftOrder:
    id: str
    name: str
    currency: str
    lines: list[DraftLine]
    customer_id: str | None
    email: str | None
    note: str | None
    tags: list[str]
    shipping_address: dict | None
    reserve_until: datetime | None
    status: str = DraftOrderStatus.OPEN  # OPEN, INVOICE_SENT, COMPLETED
    order_id: str | None = None
    invoice_sent_at: datetime | None = None
    completed_at: datetime | None = None
    created_at: datetime = field(default_factory=now)
    reserved: list[tuple[str, int]] = field(default_factory=list)  # (sku, units) held at the primary location

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal(0))


@dataclass
class Stock:
    """One SKU's quantities at one location, in Shopify's inventory states."""

    available: int = 0
    reserved: int = 0
    committed: int = 0
