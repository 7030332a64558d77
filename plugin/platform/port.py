"""The platform port: the few operations by which Recourse's outcomes leave it for the platform that
holds the money, the stock and the order.

Recourse decides; a platform adapter carries the decision out. Two implement this port: `shopify`
(the Admin GraphQL API) and `manual` (today's contract: the outbound webhook the shop's own system
acts on, then `refundConfirm`). Actions never call an adapter: they write each operation's request as
an outbox row (kind PLATFORM) in the transaction of the change that needs it, and the worker hands it
to the shop's adapter with a lease, as it does emails and webhooks.

The contract every adapter keeps:

* Requests and results are plain frozen values (JSON in the outbox row); ids are the platform's own,
  as strings (Shopify gids, or whatever the platform uses); money is `plugin.values.money.Money`, Decimal with
  its currency, never a float.
* Every request carries `key`, stable across the worker's retries of one outbox row. Calling an
  operation again with the same key never does it twice: the adapter passes the key to the platform
  (Shopify's `@idempotent(key:)`) or reads the platform's record back before writing again, and
  answers the first call's `Done`.
* An operation answers `Done` (carried out: the platform's id(s)), `Refused` (the platform said no:
  its userErrors, word for word, which staff read in the desk; nothing was done), or `Handed` (handed
  to someone else to carry out: the manual platform's webhook, or staff for what the platform cannot
  do; the note says who and what). It *raises* `Unavailable` for anything that may succeed later
  (5xx, timeouts, throttling the adapter chose not to wait out, a lost answer it could not settle by
  read-back): the worker retries with backoff, bounded, and the same key.
* Throttling is waited out inside the adapter where it can be (Shopify's cost limit); only what
  outlasts the worker's call timeout is raised as `Unavailable(retry_after=...)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from plugin.values.money import Money


class Restock(StrEnum):
    """What happens to a refunded line's units (Shopify's RefundLineItemRestockType)."""

    NO_RESTOCK = "NO_RESTOCK"  # kept by the customer, or restocked already (a processed return)
    RETURN = "RETURN"  # came back: back into stock
    CANCEL = "CANCEL"  # never shipped: the reservation is released


# --- requests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefundLine:
    """Units of one order line a refund pays for, and what happens to them."""

    line_id: str  # the platform's line item id (OrderLine.platform_id)
    quantity: int
    restock: Restock = Restock.NO_RESTOCK
    location_id: str | None = None  # where to restock; None: the adapter picks the line's own location


@dataclass(frozen=True)
class RefundOrder:
    """Give `amount` back to the order's original payment (the adapter splits it over the order's
    refundable payment transactions). `shipping` is the part of `amount` that refunds shipping; `lines`
    say which units the refund is for and whether they go back to stock (they may be empty: an amount
    only, a goodwill refund). `amount` may be less than the lines' price (fees kept by the policy)."""

    key: str
    order_id: str  # the platform's order id (Order.platform_id)
    amount: Money
    lines: tuple[RefundLine, ...] = ()
    shipping: Money | None = None
    note: str | None = None  # names our ledger row (gid://recourse/Refund/N) so its webhook matches it
    notify: bool = False  # the platform emails the customer (the shop's setting; else Recourse does)
    refund_ref: str = ""  # our ledger row's gid


@dataclass(frozen=True)
class CreditCustomer:
    """Pay `amount` the policy granted on top of what was paid (a return postage credit): as store
    credit to `customer_id` where the platform has it; otherwise `Handed` with a note for staff."""

    key: str
    order_id: str
    amount: Money
    note: str | None = None
    notify: bool = False
    refund_ref: str = ""
    customer_id: str = ""  # empty (a guest order, or rows written before store credit): handed to staff
    written_at: datetime | None = None


@dataclass(frozen=True)
class CancelOrder:
    """Cancel the whole order. `refund`: the amount to give back to the original payment with it
    (None: nothing, e.g. only authorized and voided, or staff chose no refund); `restock` releases
    every unit back to stock. `Done.refund_ids` names the platform refund(s) carrying `refund` when the
    adapter knows them (else the refunds/create webhook settles our row by its note or amount)."""

    key: str
    order_id: str
    reason: str  # Shopify's OrderCancelReason: CUSTOMER, DECLINED, FRAUD, INVENTORY, STAFF, OTHER
    refund: Money | None = None
    restock: bool = True
    notify: bool = False
    staff_note: str | None = None
    refund_ref: str = ""  # our ledger row for the refund, when there is one


@dataclass(frozen=True)
class ReturnLineRequest:
    line_id: str  # the platform's line item id
    quantity: int
    reason: str  # our ReturnReason (DEFECTIVE, SIZE_TOO_SMALL, ...), the core code of the reason chosen
    note: str | None = None  # the customer's words
    # Shopify's standard return reason handle ("too-tight") the shop's reasons library maps the chosen
    # reason to; "" (a request stored before the library) takes the core code's.
    reason_handle: str = ""


@dataclass(frozen=True)
class OpenReturn:
    """Put our return on the platform's order: as requested (awaiting approval) or, with `approved`,
    open at once. `Done.platform_id` is the platform's return id, which later steps carry."""

    key: str
    order_id: str
    return_ref: str  # our return's gid
    lines: tuple[ReturnLineRequest, ...]
    approved: bool = False
    notify: bool = False


@dataclass(frozen=True)
class ReturnStep:
    """Approve, close or cancel the platform's return `return_id` (filled in by the worker from what
    `OpenReturn` answered; empty when the return never reached the platform)."""

    key: str
    order_id: str
    return_ref: str
    return_id: str = ""
    notify: bool = False


@dataclass(frozen=True)
class DeclineReturn:
    key: str
    order_id: str
    return_ref: str
    reason: str  # our ReturnDeclineReason; the adapter maps it to the platform's
    note: str | None = None  # for the customer
    return_id: str = ""
    notify: bool = False


@dataclass(frozen=True)
class ProcessLine:
    line_id: str  # the platform's order line item id (the adapter finds its return line)
    quantity: int
    restock: bool
    location_id: str | None = None


@dataclass(frozen=True)
class ProcessReturn:
    """Units that came back and were dealt with: restocked or not. Moves no money (refunds go by
    `RefundOrder`, whose lines then say NO_RESTOCK for these units so they are not restocked twice)."""

    key: str
    order_id: str
    return_ref: str
    lines: tuple[ProcessLine, ...]
    return_id: str = ""
    notify: bool = False


@dataclass(frozen=True)
class AttachLabel:
    """A prepaid return label for the platform's return (Shopify: a reverse delivery with shipping)."""

    key: str
    order_id: str
    return_ref: str
    carrier: str
    tracking_number: str
    label_url: str | None = None  # https, or None for an uploaded file the platform cannot fetch
    return_id: str = ""
    notify: bool = False


class CreditVia(StrEnum):
    """How store credit reaches the customer on the platform."""

    STORE_CREDIT = "STORE_CREDIT"  # the customer's store credit account (Shopify: storeCreditAccountCredit)
    GIFT_CARD = "GIFT_CARD"  # a gift card with a code, emailed (shops with store credit off, guest orders)


@dataclass(frozen=True)
class IssueCredit:
    """Issue store credit worth `amount`, and the policy's `bonus` on top, to the order's customer.

    Never cash: it is spent in the shop. `via` STORE_CREDIT credits the customer's store credit
    account in `amount`'s currency (bonus with its own expiry when it differs); GIFT_CARD issues one
    card of amount + bonus with a code the customer receives by email (`Done.code`). `written_at`
    (when the operation was written) bounds a read-back: a credit found on the platform from before
    it is not ours."""

    key: str
    order_id: str
    amount: Money
    customer_id: str = ""  # the platform's customer id; empty for a guest order (then a gift card)
    email: str | None = None
    bonus: Money | None = None
    expires_at: datetime | None = None
    bonus_expires_at: datetime | None = None
    via: CreditVia = CreditVia.STORE_CREDIT
    notify: bool = False
    note: str | None = None
    written_at: datetime | None = None
    credit_ref: str = ""  # our STORE_CREDIT ledger row's gid
    bonus_ref: str = ""  # our BONUS ledger row's gid, when there is a bonus


@dataclass(frozen=True)
class ReverseCredit:
    """Take back `amount` of store credit the customer has not spent (an unspent bonus of a return that
    was reversed). Refused (e.g. INSUFFICIENT_FUNDS) when it was spent: the bonus then stands."""

    key: str
    order_id: str
    amount: Money
    customer_id: str = ""
    via: CreditVia = CreditVia.STORE_CREDIT
    written_at: datetime | None = None
    refund_ref: str = ""  # our negative BONUS ledger row's gid


@dataclass(frozen=True)
class ExchangeItem:
    """One variant the customer receives in exchange."""

    variant_id: str  # the platform's variant id
    quantity: int
    title: str = ""
    sku: str | None = None
    price: Money | None = None  # its unit price, for the record: the exchange order is at no charge


@dataclass(frozen=True)
class ExchangeOrder:
    """The replacement order of an exchange, at no charge to the customer.

    `exchange.reserve` holds `items` for the customer until `until` without placing the order
    (Shopify: a draft order with reserveInventoryUntil); `exchange.ship` places it for fulfilment
    (completes that draft, or creates and completes one when nothing was reserved); `exchange.release`
    lets the held stock go (the return was declined or cancelled, or fell back to a refund).
    `Done.platform_id` is the draft's id for reserve/release and the new order's id for ship.
    A variant without the stock answers `Refused` with code OUT_OF_STOCK."""

    key: str
    order_id: str  # the original order
    exchange_ref: str  # our exchange's gid
    items: tuple[ExchangeItem, ...]
    customer_id: str = ""
    email: str | None = None
    shipping_address: tuple[tuple[str, str], ...] = ()  # the original order's, as (field, value) pairs
    until: datetime | None = None
    draft_id: str = ""  # what `exchange.reserve` answered (filled in by the worker)
    note: str | None = None
    notify: bool = False


@dataclass(frozen=True)
class InvoiceCustomer:
    """Ask the customer to pay `amount` through the platform's own invoice (Shopify: a draft order of
    one custom line, sent with draftOrderInvoiceSend): a price difference of an exchange, or an
    exchanged item that never came back. `Done.platform_id`: the invoice's draft order; `Done.detail`:
    where the customer pays."""

    key: str
    order_id: str
    exchange_ref: str
    amount: Money
    title: str
    customer_id: str = ""
    email: str | None = None
    note: str | None = None


# --- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlatformError:
    """One of the platform's userErrors, kept in its own words."""

    message: str
    field: tuple[str, ...] = ()
    code: str | None = None


@dataclass(frozen=True)
class Done:
    """Carried out. `platform_id`: what the platform made or changed (a refund's id for RefundOrder,
    the return's id for OpenReturn, the order's for CancelOrder). `refund_ids`: refunds it made on
    the way (a cancellation's). `detail`: anything staff may want in the desk."""

    platform_id: str
    refund_ids: tuple[str, ...] = ()
    detail: str | None = None
    code: str | None = None  # a gift card's code, which only its customer is told (IssueCredit)
    name: str | None = None  # what the platform calls it for people (an exchange order's "#1042")


@dataclass(frozen=True)
class Refused:
    """The platform refused; nothing was done. Staff see `errors` in the desk."""

    errors: tuple[PlatformError, ...]

    @property
    def message(self) -> str:
        return "; ".join(
            f"{'.'.join(error.field)}: {error.message}" if error.field else error.message for error in self.errors
        ) or "refused"


@dataclass(frozen=True)
class Handed:
    """Handed over for someone else to carry out; its confirmation, if any, comes later (the manual
    platform's `refundConfirm`). `note` says to whom and what, for the desk."""

    note: str


Result = Done | Refused | Handed


class Unavailable(Exception):
    """A failure that may pass: the worker tries again later with the same key. `retry_after`:
    seconds the platform asked us to wait."""

    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.retry_after = retry_after


# --- reading back ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Transaction:
    id: str
    kind: str  # SALE, CAPTURE, AUTHORIZATION, REFUND, VOID, ...
    status: str  # SUCCESS, PENDING, FAILURE, ERROR
    amount: Money
    gateway: str | None = None
    parent_id: str | None = None


@dataclass(frozen=True)
class PlatformRefundRecord:
    id: str
    amount: Money  # what its transactions gave back
    note: str | None = None
    created_at: datetime | None = None
    lines: tuple[tuple[str, int], ...] = ()  # (line item id, quantity)
    transaction_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrderRecord:
    """The platform's order as reconciliation needs it: its refunds and payment transactions."""

    order_id: str
    currency: str
    cancelled_at: datetime | None = None
    refunds: tuple[PlatformRefundRecord, ...] = ()
    transactions: tuple[Transaction, ...] = ()
    restocked: tuple[tuple[str, int], ...] = field(default=())  # (line item id, units restocked), if known


# --- the port --------------------------------------------------------------------------------------


@runtime_checkable
class Platform(Protocol):
    """One shop's platform. Made per worker batch (cheap, no I/O); opened with `async with` so an
    adapter can keep one HTTP client for the batch."""

    name: str  # "shopify" | "manual"

    async def __aenter__(self) -> Platform: ...

    async def __aexit__(self, *exc_info: object) -> None: ...

    async def refund_order(self, request: RefundOrder) -> Result: ...

    async def credit_customer(self, request: CreditCustomer) -> Result: ...

    async def cancel_order(self, request: CancelOrder) -> Result: ...

    async def open_return(self, request: OpenReturn) -> Result: ...

    async def approve_return(self, request: ReturnStep) -> Result: ...

    async def decline_return(self, request: DeclineReturn) -> Result: ...

    async def process_return(self, request: ProcessReturn) -> Result: ...

    async def close_return(self, request: ReturnStep) -> Result: ...

    async def cancel_return(self, request: ReturnStep) -> Result:
        """The customer withdrew the return before anything arrived (Shopify: returnCancel)."""
        ...

    async def attach_label(self, request: AttachLabel) -> Result: ...

    async def issue_credit(self, request: IssueCredit) -> Result: ...

    async def reverse_credit(self, request: ReverseCredit) -> Result: ...

    async def reserve_exchange(self, request: ExchangeOrder) -> Result: ...

    async def ship_exchange(self, request: ExchangeOrder) -> Result: ...

    async def release_exchange(self, request: ExchangeOrder) -> Result: ...

    async def invoice_customer(self, request: InvoiceCustomer) -> Result: ...

    async def read_order(self, order_id: str) -> OrderRecord:
        """For reconciliation and tests; raises `Unavailable` like the operations."""
        ...


PLATFORMS = ("shopify", "manual")


def canonical_id(value: str) -> str:
    """A platform id in the form its webhooks carry it: Shopify's REST payloads say `123` where its
    GraphQL answers say `gid://shopify/Refund/123`; both name one refund."""
    return value.rsplit("/", 1)[-1] if value.startswith("gid://") else value
