"""Store credit, gift cards and exchanges on Shopify (port operations credit.issue, credit.create,
exchange.reserve|ship|release, exchange.invoice), for `ShopifyPlatform`.

Which Shopify mutations, and why:

- Store credit: `storeCreditAccountCredit` on the customer (Shopify makes the account in the credit's
  currency if there is none), with `expiresAt`. The bonus goes in the same transaction when it
  expires with the credit, else as a second one with its own expiry. It takes no @idempotent key in
  2026-10 (the changelog lists refundCreate and the inventory mutations only) and its transactions
  carry no note before 2027-01, so it is read back: a credit transaction on the customer's account
  in our currency with exactly our amount and expiry, created no earlier than the operation was
  written, that this request has not already claimed, is ours. (Two credits of the same amount and
  expiry to one customer, written within the same minutes from two orders, could be taken for each
  other after a lost answer: the second would be recorded as done. Accepted: the amounts and expiry
  instants of two returns rarely coincide, and staff see both on the account.)
- A gift card (`giftCardCreate`) where the shop has store credit off or the order has no customer
  (a guest checkout has no store credit account): one card of credit + bonus, with the credit's
  expiry (a card has one). Its code is ours, derived from the operation's key with the shop's secret,
  so a resend after a lost answer is refused as TAKEN, which tells us the first one was made: exactly
  once without a read-back. The customer learns the code from our "your store credit" email.
- An exchange is a new order at no charge, made from a draft order: `draftOrderCreate` with the new
  variants at a 100% discount, free shipping, the customer and the original shipping address, and
  `reserveInventoryUntil` when the return is approved (Shopify holds the stock for a draft only with
  that input), then `draftOrderComplete` when it ships. Not exchange line items on the return
  (`ReturnInput.exchangeLineItems`): in 2026-10 only `returnCreate` takes them, while a return
  waiting for approval is opened with `returnRequest`, which has none, and no mutation adds them to
  an existing return; and exchange items are released with the return's processing, which rules out
  shipping before the item arrives (instant exchanges) and falling back to a refund when the variant
  sold out. The cost: the exchange is its own order (tagged `recourse-exchange`, its note names the
  return) rather than lines of the original one.
- A price difference, or an exchanged item that never came back, is charged with the platform's own
  invoice: a draft order of one custom line, sent by `draftOrderInvoiceSend`; Shopify's checkout
  takes the payment, Recourse never sees a card.
- Draft order mutations take no idempotency key either: every draft we make carries a tag made from
  the operation's key, and a retry looks for it (`draftOrders(query: "tag:...")`) before writing;
  completing, sending and deleting read the draft's status back.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta
from decimal import Decimal

from plugin.platform import port
from plugin.platform.shopify_enums import DraftOrderStatus
from plugin.values.money import Money
from plugin.platform.shopify_admin import documents as d

OUT_OF_STOCK = "OUT_OF_STOCK"
EXCHANGE_TAG = "recourse-exchange"
INVOICE_TAG = "recourse-invoice"
ADDRESS_FIELDS = ("address1", "address2", "city", "company", "countryCode", "firstName", "lastName", "phone",
                  "provinceCode", "zip")
# Our order addresses use Shopify's REST names (from webhooks): their GraphQL MailingAddressInput names.
ADDRESS_NAMES = {"address1": "address1", "address2": "address2", "city": "city", "company": "company",
                 "country_code": "countryCode", "first_name": "firstName", "last_name": "lastName", "phone": "phone",
                 "province_code": "provinceCode", "zip": "zip"}


def gid(kind: str, value: str) -> str:
    return value if value.startswith("gid://") else f"gid://shopify/{kind}/{value}"


def tag_of(key: str) -> str:
    """A draft order tag naming one operation (Shopify tags are at most 40 characters)."""
    return "rc-" + hashlib.sha256(key.encode()).hexdigest()[:24]


def gift_card_code(secret: str, key: str) -> str:
    """The gift card's code for an operation: 16 letters and digits, the same on every retry, unguessable
    without the shop's secret."""
    return hmac.new(secret.encode(), key.encode(), hashlib.sha256).hexdigest()[:16].upper()


def _errors(items: list | None) -> tuple[port.PlatformError, ...]:
    return tuple(port.PlatformError(message=str(e.get("message") or "refused"), field=tuple(e.get("field") or ()),
                                     code=e.get("code")) for e in items or [])


def _stock_errors(items: list | None) -> tuple[port.PlatformError, ...]:
    """Draft order userErrors have no code: a message about stock becomes OUT_OF_STOCK, so the exchange
    falls back as the policy says instead of waiting for staff."""
    return tuple(port.PlatformError(e.message, e.field, OUT_OF_STOCK if any(
        word in e.message.lower() for word in ("out of stock", "inventory")) else e.code) for e in _errors(items))


def _stamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _address(pairs: tuple[tuple[str, str], ...]) -> dict | None:
    address = {ADDRESS_NAMES[name]: value for name, value in pairs if name in ADDRESS_NAMES and value}
    return address or None


class ExchangeOperations:
    """Mixed into ShopifyPlatform: needs `self.client`, `self.shop` and `self._guarded`."""

    # --- store credit ------------------------------------------------------------------------------

    async def issue_credit(self, request: port.IssueCredit) -> port.Result:
        if request.via == port.CreditVia.GIFT_CARD or not request.customer_id:
            return await self._guarded(lambda: self._gift_card(request))
        return await self._guarded(lambda: self._store_credit(request))

    async def credit_customer(self, request: port.CreditCustomer) -> port.Result:
        if not request.customer_id:
            return port.Handed(
                f"Shopify is not asked to pay {request.amount.amount} {request.amount.currency} on top of what the "
                "customer paid (no customer to credit, or the shop's store credit is off): issue it as store credit "
                "or a gift card in the Shopify admin.")
        return await self._guarded(lambda: self._credit_parts(
            request.customer_id, [(request.amount, None)], request.written_at, request.notify,
            f"postage credit of {request.amount.amount} {request.amount.currency}"))

    async def _store_credit(self, request: port.IssueCredit) -> port.Result:
        bonus = request.bonus if request.bonus is not None and request.bonus.amount > 0 else None
        if bonus is None:
            parts = [(request.amount, request.expires_at)]
        elif (request.bonus_expires_at or request.expires_at) == request.expires_at:
            parts = [(Money(request.amount.amount + bonus.amount, request.amount.currency), request.expires_at)]
        else:
            parts = [(request.amount, request.expires_at), (bonus, request.bonus_expires_at)]
        total = sum((money.amount for money, _ in parts), Decimal(0))
        return await self._credit_parts(request.customer_id, parts, request.written_at, request.notify,
                                        f"store credit of {total} {request.amount.currency}")

    async def _credit_parts(self, customer_id: str, parts, written_at: datetime | None, notify: bool,
                            what: str) -> port.Result:
        customer = gid("Customer", customer_id)
        claimed: list[str] = []
        for money, expires in parts:
            found = await self._find_credit(customer, money, expires, written_at, claimed)
            if isinstance(found, port.Refused):
                return found
            if found is None:
                async def read_back(money=money, expires=expires) -> dict | None:
                    again = await self._find_credit(customer, money, expires, written_at, claimed)
                    if isinstance(again, str):
                        return {"storeCreditAccountCredit": {"storeCreditAccountTransaction": {"id": again}, "userErrors": []}}
                    return None

                credit_input = {"creditAmount": {"amount": str(money.amount), "currencyCode": money.currency},
                                "notify": notify}
                if expires is not None:
                    credit_input["expiresAt"] = _iso(expires)
                data = await self.client.mutate(d.STORE_CREDIT_CREDIT, {"id": customer, "creditInput": credit_input},
                                                read_back=read_back)
                payload = data.get("storeCreditAccountCredit") or {}
                if payload.get("userErrors"):
                    return port.Refused(_errors(payload["userErrors"]))
                found = payload["storeCreditAccountTransaction"]["id"]
            claimed.append(found)
        return port.Done(platform_id=claimed[0], refund_ids=tuple(claimed[1:]),
                         detail=f"{what} on the customer's store credit account")

    async def _find_credit(self, customer: str, money: Money, expires: datetime | None,
                           written_at: datetime | None, claimed: list[str]) -> str | port.Refused | None:
        data = await self.client.query(d.CUSTOMER_CREDIT, {"id": customer})
        if not data.get("customer"):
            return port.Refused((port.PlatformError(f"customer {customer} does not exist on Shopify", ("customerId",),
                                                    "OWNER_NOT_FOUND"),))
        since = written_at - timedelta(seconds=5) if written_at else None
        for account in data["customer"]["storeCreditAccounts"]["nodes"]:
            if account["balance"]["currencyCode"] != money.currency:
                continue
            for item in account["transactions"]["nodes"]:
                if (item.get("id") and item["id"] not in claimed
                        and Decimal(str(item["amount"]["amount"])) == money.amount
                        and _stamp(item.get("expiresAt")) == expires
                        and (since is None or (_stamp(item["createdAt"]) or since) >= since)):
                    return item["id"]
        return None

    async def reverse_credit(self, request: port.ReverseCredit) -> port.Result:
        """An unspent bonus taken back: `storeCreditAccountDebit`, read back like a credit (a debit of our
        amount since the operation was written). A gift card's bonus is not separable from the card:
        handed to staff."""
        if request.via == port.CreditVia.GIFT_CARD or not request.customer_id:
            return port.Handed(f"the {request.amount.amount} {request.amount.currency} bonus is on a gift card: "
                               "reduce the card in the Shopify admin if it is unspent")
        return await self._guarded(lambda: self._debit(request))

    async def _debit(self, request: port.ReverseCredit) -> port.Result:
        customer = gid("Customer", request.customer_id)
        since = request.written_at - timedelta(seconds=5) if request.written_at else None

        async def find() -> str | None:
            data = await self.client.query(d.CUSTOMER_CREDIT, {"id": customer})
            for account in ((data.get("customer") or {}).get("storeCreditAccounts") or {}).get("nodes", []):
                if account["balance"]["currencyCode"] != request.amount.currency:
                    continue
                for item in account["transactions"]["nodes"]:
                    if (item.get("debitId") and Decimal(str(item["amount"]["amount"])) == -request.amount.amount
                            and (since is None or (_stamp(item["createdAt"]) or since) >= since)):
                        return item["debitId"]
            return None

        found = await find()
        if found:
            return port.Done(platform_id=found, detail="taken back earlier")

        async def read_back() -> dict | None:
            again = await find()
            return {"storeCreditAccountDebit": {"storeCreditAccountTransaction": {"id": again}, "userErrors": []}} if again else None

        data = await self.client.mutate(d.STORE_CREDIT_DEBIT, {"id": customer, "debitInput": {"debitAmount": {
            "amount": str(request.amount.amount), "currencyCode": request.amount.currency}}}, read_back=read_back)
        payload = data.get("storeCreditAccountDebit") or {}
        if payload.get("userErrors"):
            return port.Refused(_errors(payload["userErrors"]))
        return port.Done(platform_id=payload["storeCreditAccountTransaction"]["id"],
                         detail=f"{request.amount.amount} {request.amount.currency} of store credit taken back")

    async def _gift_card(self, request: port.IssueCredit) -> port.Result:
        code = gift_card_code(self.shop.api_secret, request.key)
        value = request.amount.amount + (request.bonus.amount if request.bonus else Decimal(0))
        card_input = {"initialValue": str(value), "code": code, "notify": request.notify,
                      "note": (request.note or f"Recourse {request.credit_ref}")[:255]}
        if request.customer_id:
            card_input["customerId"] = gid("Customer", request.customer_id)
        if request.expires_at is not None:
            card_input["expiresOn"] = request.expires_at.date().isoformat()

        async def resend_is_safe() -> None:
            return None  # the code is ours: a second card with it is refused as TAKEN

        data = await self.client.mutate(d.GIFT_CARD_CREATE, {"input": card_input}, read_back=resend_is_safe)
        payload = data.get("giftCardCreate") or {}
        errors = payload.get("userErrors") or []
        detail = f"gift card ending {code[-4:]} worth {value} {request.amount.currency}"
        if errors and all(e.get("code") == "TAKEN" and "code" in (e.get("field") or [])[-1:] for e in errors):
            # Our code exists: an earlier attempt made the card and its answer was lost.
            return port.Done(platform_id=f"gift-card:{code[-4:]}", detail=f"{detail} (made by an earlier attempt)", code=code)
        if errors:
            return port.Refused(_errors(errors))
        return port.Done(platform_id=payload["giftCard"]["id"], detail=detail, code=code)

    # --- exchanges ---------------------------------------------------------------------------------

    async def _tagged(self, tag: str) -> dict | None:
        found = (await self.client.query(d.DRAFT_ORDERS_TAGGED, {"query": f"tag:{tag}"}))["draftOrders"]["nodes"]
        return found[0] if found else None

    async def _draft_state(self, draft_id: str) -> dict | None:
        return (await self.client.query(d.DRAFT_ORDER_STATE, {"id": gid("DraftOrder", draft_id)})).get("draftOrder")

    async def _short(self, items: tuple[port.ExchangeItem, ...]) -> port.Refused | None:
        """Refused OUT_OF_STOCK when a variant has fewer units available than the exchange needs."""
        wanted: dict[str, int] = {}
        for item in items:
            wanted[item.variant_id] = wanted.get(item.variant_id, 0) + item.quantity
        for variant_id, units in wanted.items():
            variant = (await self.client.query(d.VARIANT_STOCK, {"id": gid("ProductVariant", variant_id)})).get("productVariant")
            if variant is None:
                return port.Refused((port.PlatformError(f"variant {variant_id} does not exist on Shopify", ("variantId",),
                                                        "NOT_FOUND"),))
            available = variant.get("inventoryQuantity")
            if available is not None and available < units:
                return port.Refused((port.PlatformError(
                    f"{variant['displayName']} is out of stock ({available} available, {units} needed)", ("variantId",),
                    OUT_OF_STOCK),))
        return None

    async def _create_draft(self, request: port.ExchangeOrder, reserve: bool) -> dict | port.Refused:
        tag = tag_of(request.key)
        existing = await self._tagged(tag)
        if existing:
            return existing
        short = await self._short(request.items)
        if short:
            return short
        currency = next((item.price.currency for item in request.items if item.price), self.shop.currency)
        draft_input = {
            "lineItems": [{"variantId": gid("ProductVariant", item.variant_id), "quantity": item.quantity,
                           "appliedDiscount": {"value": 100.0, "valueType": "PERCENTAGE", "title": "Exchange",
                                               "description": f"Exchange for {request.exchange_ref}"}}
                          for item in request.items],
            "note": (request.note or f"Recourse exchange {request.exchange_ref}")[:5000],
            "tags": [EXCHANGE_TAG, tag],
            "shippingLine": {"title": "Exchange", "priceWithCurrency": {"amount": "0", "currencyCode": currency}},
        }
        if request.customer_id:
            draft_input["purchasingEntity"] = {"customerId": gid("Customer", request.customer_id)}
        if request.email:
            draft_input["email"] = request.email
        address = _address(request.shipping_address)
        if address:
            draft_input["shippingAddress"] = address
        if reserve and request.until is not None:
            draft_input["reserveInventoryUntil"] = _iso(request.until)

        async def read_back() -> dict | None:
            found = await self._tagged(tag)
            return {"draftOrderCreate": {"draftOrder": found, "userErrors": []}} if found else None

        data = await self.client.mutate(d.DRAFT_ORDER_CREATE, {"input": draft_input}, read_back=read_back)
        payload = data.get("draftOrderCreate") or {}
        if payload.get("userErrors"):
            return port.Refused(_stock_errors(payload["userErrors"]))
        return payload["draftOrder"]

    async def reserve_exchange(self, request: port.ExchangeOrder) -> port.Result:
        async def work() -> port.Result:
            draft = await self._create_draft(request, reserve=True)
            if isinstance(draft, port.Refused):
                return draft
            until = f" until {request.until.date().isoformat()}" if request.until else ""
            return port.Done(platform_id=draft["id"], detail=f"draft order {draft['name']} holds the stock{until}")

        return await self._guarded(work)

    async def ship_exchange(self, request: port.ExchangeOrder) -> port.Result:
        async def work() -> port.Result:
            draft = await self._draft_state(request.draft_id) if request.draft_id else None
            if draft is None:  # nothing held (out of stock at approval, or an instant exchange): made now
                draft = await self._create_draft(request, reserve=False)
                if isinstance(draft, port.Refused):
                    return draft
            if draft["status"] != "COMPLETED":
                async def read_back() -> dict | None:
                    again = await self._draft_state(draft["id"])
                    return {"draftOrderComplete": {"draftOrder": again, "userErrors": []}} \
                        if again and again["status"] == "COMPLETED" else None

                data = await self.client.mutate(d.DRAFT_ORDER_COMPLETE, {"id": draft["id"]}, read_back=read_back)
                payload = data.get("draftOrderComplete") or {}
                if payload.get("userErrors"):
                    return port.Refused(_stock_errors(payload["userErrors"]))
                draft = payload["draftOrder"]
            order = draft.get("order") or {}
            name = order.get("name") or draft["name"]
            return port.Done(platform_id=order.get("id") or draft["id"], name=name,
                             detail=f"exchange order {name} placed at no charge")

        return await self._guarded(work)

    async def release_exchange(self, request: port.ExchangeOrder) -> port.Result:
        async def work() -> port.Result:
            draft = await self._draft_state(request.draft_id) if request.draft_id else None
            if draft is None:
                return port.Done(platform_id=request.draft_id or request.exchange_ref, detail="nothing was held on Shopify")
            if draft["status"] == "COMPLETED":
                return port.Refused((port.PlatformError(
                    f"the exchange already shipped as order {(draft.get('order') or {}).get('name')}: cancel that order "
                    "in Shopify if it should not go", ("draftOrderId",), "ALREADY_SHIPPED"),))

            async def read_back() -> dict | None:
                gone = await self._draft_state(draft["id"]) is None
                return {"draftOrderDelete": {"deletedId": draft["id"], "userErrors": []}} if gone else None

            data = await self.client.mutate(d.DRAFT_ORDER_DELETE, {"input": {"id": draft["id"]}}, read_back=read_back)
            payload = data.get("draftOrderDelete") or {}
            if payload.get("userErrors"):
                return port.Refused(_errors(payload["userErrors"]))
            return port.Done(platform_id=draft["id"], detail=f"draft order {draft['name']} deleted: its stock is free again")

        return await self._guarded(work)

    async def invoice_customer(self, request: port.InvoiceCustomer) -> port.Result:
        async def work() -> port.Result:
            if not request.email and not request.customer_id:
                return port.Refused((port.PlatformError("the order has no email to send an invoice to", ("email",), "BLANK"),))
            tag = tag_of(request.key)
            draft = await self._tagged(tag)
            if draft is None:
                draft_input = {
                    "lineItems": [{"title": request.title[:255], "quantity": 1, "requiresShipping": False, "taxable": False,
                                   "originalUnitPriceWithCurrency": {"amount": str(request.amount.amount),
                                                                     "currencyCode": request.amount.currency}}],
                    "note": (request.note or f"Recourse {request.exchange_ref}")[:5000],
                    "tags": [INVOICE_TAG, tag], "presentmentCurrencyCode": request.amount.currency,
                }
                if request.customer_id:
                    draft_input["purchasingEntity"] = {"customerId": gid("Customer", request.customer_id)}
                if request.email:
                    draft_input["email"] = request.email

                async def created() -> dict | None:
                    found = await self._tagged(tag)
                    return {"draftOrderCreate": {"draftOrder": found, "userErrors": []}} if found else None

                data = await self.client.mutate(d.DRAFT_ORDER_CREATE, {"input": draft_input}, read_back=created)
                payload = data.get("draftOrderCreate") or {}
                if payload.get("userErrors"):
                    return port.Refused(_errors(payload["userErrors"]))
                draft = payload["draftOrder"]
            if draft["status"] == DraftOrderStatus.OPEN:
                async def sent() -> dict | None:
                    again = await self._draft_state(draft["id"])
                    return {"draftOrderInvoiceSend": {"draftOrder": again, "userErrors": []}} \
                        if again and again["status"] != DraftOrderStatus.OPEN else None

                data = await self.client.mutate(d.DRAFT_ORDER_INVOICE_SEND, {
                    "id": draft["id"], "email": {"to": request.email} if request.email else None}, read_back=sent)
                payload = data.get("draftOrderInvoiceSend") or {}
                if payload.get("userErrors"):
                    return port.Refused(_errors(payload["userErrors"]))
                draft = payload["draftOrder"] or draft
            return port.Done(platform_id=draft["id"], detail=draft.get("invoiceUrl") or f"invoice {draft['name']} sent")

        return await self._guarded(work)
