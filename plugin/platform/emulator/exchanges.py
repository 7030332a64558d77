"""What Shopify's store credit, gift card and draft order mutations do, for exchanges and credit.

Same rules as operations.py: each function takes the emulated shop, the id counter and the coerced
arguments, runs whole (no await) and answers the payload, refusals as userErrors that change nothing.
Stock moves in Shopify's inventory states: a draft order created with `reserveInventoryUntil` moves
its units from available to reserved; completing it moves them (or, unreserved, available ones) to
committed on a new order at no charge; deleting it lets reserved units go back to available.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from plugin.platform.emulator import store as s
from plugin.platform.emulator import views as v
from plugin.platform.emulator.operations import Refusal, _money

CODE = re.compile(r"^[A-Za-z0-9]{8,20}$")


def _when(value: str | None, field: list[str]) -> datetime | None:
    if value is None:
        return None
    try:
        stamp = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise Refusal(field, "Date is invalid", "INVALID") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=s.now().tzinfo)


# --- store credit ----------------------------------------------------------------------------------


def store_credit_account_credit(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["creditInput"]
    try:
        money = data["creditAmount"]
        amount = _money(money["amount"], ["creditInput", "creditAmount", "amount"])
        if amount <= 0:
            raise Refusal(["creditInput", "creditAmount", "amount"], "A positive amount must be used to credit a store credit account",
                          "NEGATIVE_OR_ZERO_AMOUNT")
        expires = _when(data.get("expiresAt"), ["creditInput", "expiresAt"])
        if expires is not None and expires <= s.now():
            raise Refusal(["creditInput", "expiresAt"], "The expiry date must be in the future", "EXPIRES_AT_IN_PAST")
        currency = money["currencyCode"]
        owner = args["id"]
        customer = shop.customers.get(s.local_id(owner, "Customer") or "")
        account = None
        if customer is None:
            account_id = s.local_id(owner, "StoreCreditAccount")
            for candidate in shop.customers.values():
                account = next((a for a in candidate.accounts if a.id == account_id), None)
                if account is not None:
                    customer = candidate
                    break
            if account is None:
                raise Refusal(["id"], "Owner does not exist", "OWNER_NOT_FOUND" if account_id is None else "ACCOUNT_NOT_FOUND")
            if account.currency != currency:
                raise Refusal(["creditInput", "creditAmount", "currencyCode"], "The currency provided does not match the account's currency",
                              "MISMATCHING_CURRENCY")
        else:
            account = customer.account(currency)
            if account is None:
                account = s.StoreCreditAccount(id=ids(), customer_id=customer.id, currency=currency)
                customer.accounts.append(account)
    except Refusal as refusal:
        return {"storeCreditAccountTransaction": None, "userErrors": [refusal.as_error(True)]}
    transaction = s.CreditTransaction(id=ids(), amount=amount.quantize(s.CENT), balance_after=account.balance + amount.quantize(s.CENT),
                                      expires_at=expires)
    account.transactions.append(transaction)
    return {"storeCreditAccountTransaction": v.credit_transaction(account, transaction), "userErrors": []}


def store_credit_account_debit(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    money = args["debitInput"]["debitAmount"]
    try:
        amount = _money(money["amount"], ["debitInput", "debitAmount", "amount"])
        if amount <= 0:
            raise Refusal(["debitInput", "debitAmount", "amount"], "A positive amount must be used", "NEGATIVE_OR_ZERO_AMOUNT")
        account = None
        customer = shop.customers.get(s.local_id(args["id"], "Customer") or "")
        if customer is not None:
            account = customer.account(money["currencyCode"])
        else:
            wanted = s.local_id(args["id"], "StoreCreditAccount")
            account = next((a for c in shop.customers.values() for a in c.accounts if a.id == wanted), None)
        if account is None:
            raise Refusal(["id"], "Store credit account does not exist", "ACCOUNT_NOT_FOUND")
        if account.currency != money["currencyCode"]:
            raise Refusal(["debitInput", "debitAmount", "currencyCode"], "The currency does not match the account's",
                          "MISMATCHING_CURRENCY")
        if account.balance < amount:
            raise Refusal(["debitInput", "debitAmount", "amount"], "The account does not have enough funds", "INSUFFICIENT_FUNDS")
    except Refusal as refusal:
        return {"storeCreditAccountTransaction": None, "userErrors": [refusal.as_error(True)]}
    transaction = s.CreditTransaction(id=ids(), amount=-amount.quantize(s.CENT), balance_after=account.balance - amount.quantize(s.CENT),
                                      expires_at=None)
    account.transactions.append(transaction)
    view = v.credit_transaction(account, transaction)
    view["__typename"] = "StoreCreditAccountDebitTransaction"
    return {"storeCreditAccountTransaction": view, "userErrors": []}


# --- gift cards ------------------------------------------------------------------------------------


def gift_card_create(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["input"]
    try:
        amount = _money(data["initialValue"], ["input", "initialValue"])
        if amount <= 0:
            raise Refusal(["input", "initialValue"], "Initial value must be greater than 0", "GREATER_THAN")
        code = data.get("code") or ids().rjust(16, "0")
        if not CODE.match(code):
            raise Refusal(["input", "code"], "Code must be 8-20 letters or digits",
                          "TOO_SHORT" if len(code) < 8 else "TOO_LONG" if len(code) > 20 else "INVALID")
        if any(card.code.lower() == code.lower() for card in shop.gift_cards.values()):
            raise Refusal(["input", "code"], "Code has already been taken", "TAKEN")
        customer_id = None
        if data.get("customerId"):
            customer_id = s.local_id(data["customerId"], "Customer")
            if customer_id not in shop.customers:
                raise Refusal(["input", "customerId"], "Customer could not be found", "CUSTOMER_NOT_FOUND")
    except Refusal as refusal:
        return {"giftCard": None, "giftCardCode": None, "userErrors": [refusal.as_error(True)]}
    card = s.GiftCard(id=ids(), code=code, initial_value=amount.quantize(s.CENT), currency=shop.currency,
                      expires_on=data.get("expiresOn"), note=data.get("note"), customer_id=customer_id)
    shop.gift_cards[card.id] = card
    return {"giftCard": v.gift_card(shop, card), "giftCardCode": card.code, "userErrors": []}


# --- draft orders ----------------------------------------------------------------------------------


def _draft_lines(shop: s.Shop, ids: s.Ids, items: list[dict]) -> list[s.DraftLine]:
    if not items:
        raise Refusal(["lineItems"], "Line items can't be blank")
    lines = []
    for index, item in enumerate(items):
        field = ["lineItems", str(index)]
        if item["quantity"] < 1:
            raise Refusal([*field, "quantity"], "Quantity must be greater than or equal to 1")
        discount = Decimal(0)
        applied = item.get("appliedDiscount")
        if applied:
            if applied["valueType"] != "PERCENTAGE":
                raise Refusal([*field, "appliedDiscount"], "The emulator takes percentage discounts only")
            discount = Decimal(str(applied["value"]))
            if not 0 <= discount <= 100:
                raise Refusal([*field, "appliedDiscount", "value"], "Percentage must be between 0 and 100")
        if item.get("variantId"):
            variant = shop.variant_by_gid(item["variantId"])
            if variant is None:
                raise Refusal([*field, "variantId"], "Product variant does not exist")
            lines.append(s.DraftLine(id=ids(), variant=variant, title=variant.product_title, quantity=item["quantity"],
                                     unit_price=variant.price, discount_percent=discount, sku=variant.sku))
        else:
            price = item.get("originalUnitPriceWithCurrency")
            if not item.get("title") or not price:
                raise Refusal(field, "A custom line item needs a title and a price")
            lines.append(s.DraftLine(id=ids(), variant=None, title=item["title"], quantity=item["quantity"],
                                     unit_price=_money(price["amount"], [*field, "originalUnitPriceWithCurrency"]),
                                     discount_percent=discount, sku=item.get("sku")))
    return lines


def draft_order_create(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    data = args["input"]
    try:
        lines = _draft_lines(shop, ids, data.get("lineItems") or [])
        customer_id = None
        if (data.get("purchasingEntity") or {}).get("customerId"):
            customer_id = s.local_id(data["purchasingEntity"]["customerId"], "Customer")
            if customer_id not in shop.customers:
                raise Refusal(["purchasingEntity", "customerId"], "Customer does not exist")
        until = _when(data.get("reserveInventoryUntil"), ["reserveInventoryUntil"])
        if until is not None and until <= s.now():
            raise Refusal(["reserveInventoryUntil"], "Reserve inventory until must be in the future")
        held = []
        if until is not None:
            wanted: dict[str, int] = {}
            for line in lines:
                if line.variant is not None:
                    wanted[line.variant.sku] = wanted.get(line.variant.sku, 0) + line.quantity
            for sku, units in wanted.items():
                if shop.available(sku) < units:
                    raise Refusal(["lineItems"], f"Not enough inventory available to reserve {sku}")
                held.append((sku, units))
    except Refusal as refusal:
        return {"draftOrder": None, "userErrors": [{"field": refusal.field, "message": refusal.message}]}
    draft = s.DraftOrder(id=ids(), name=f"#D{len(shop.draft_orders) + 1}", currency=data.get("presentmentCurrencyCode") or shop.currency,
                         lines=lines, customer_id=customer_id, email=data.get("email"), note=data.get("note"),
                         tags=sorted(set(data.get("tags") or [])), shipping_address=data.get("shippingAddress"),
                         reserve_until=until, reserved=held)
    for sku, units in held:
        shop.move(sku, units, "available", "reserved")
    shop.draft_orders[draft.id] = draft
    return {"draftOrder": v.draft_order(shop, draft), "userErrors": []}


def _draft(shop: s.Shop, draft_gid: str, field: list[str]) -> s.DraftOrder:
    draft = shop.draft_orders.get(s.local_id(draft_gid, "DraftOrder") or "")
    if draft is None:
        raise Refusal(field, "Draft order does not exist")
    return draft


def draft_order_complete(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    try:
        draft = _draft(shop, args["id"], ["id"])
        if draft.status == "COMPLETED":
            raise Refusal(["id"], "This order has been paid")
        held = dict(draft.reserved)
        for line in draft.lines:
            if line.variant is None:
                continue
            reserved = held.get(line.variant.sku, 0)
            if line.quantity - min(reserved, line.quantity) > shop.available(line.variant.sku):
                raise Refusal(["id"], f"{line.title} - {line.variant.title} is out of stock")
            held[line.variant.sku] = max(0, reserved - line.quantity)
    except Refusal as refusal:
        return {"draftOrder": None, "userErrors": [{"field": refusal.field, "message": refusal.message}]}
    reserved = dict(draft.reserved)
    order_lines = []
    for line in draft.lines:
        if line.variant is not None:
            from_reserved = min(reserved.get(line.variant.sku, 0), line.quantity)
            reserved[line.variant.sku] = reserved.get(line.variant.sku, 0) - from_reserved
            if from_reserved:
                shop.move(line.variant.sku, from_reserved, "reserved", "committed")
            if line.quantity - from_reserved:
                shop.move(line.variant.sku, line.quantity - from_reserved, "available", "committed")
        unit = (line.total / line.quantity).quantize(s.CENT)
        order_lines.append(s.Line(id=ids(), name=f"{line.title} - {line.variant.title}" if line.variant else line.title,
                                  sku=line.sku, quantity=line.quantity, unit_price=unit))
    draft.reserved = []
    order = s.Order(id=ids(), name=f"#{1000 + len(shop.orders) + 1}", currency=shop.currency, presentment_currency=draft.currency,
                    rate=Decimal(1), lines=order_lines, shipping_price=Decimal(0))
    total = draft.total
    if total > 0:
        order.transactions.append(s.Transaction(id=ids(), kind="SALE", gateway=args.get("paymentGatewayId") or "manual", amount=total))
    shop.orders[order.id] = order
    draft.status, draft.order_id, draft.completed_at = "COMPLETED", order.id, s.now()
    return {"draftOrder": v.draft_order(shop, draft), "userErrors": []}


def draft_order_invoice_send(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    try:
        draft = _draft(shop, args["id"], ["id"])
        if draft.status == "COMPLETED":
            raise Refusal(["id"], "An invoice can't be sent for a completed draft order")
        to = (args.get("email") or {}).get("to") or draft.email
        if not to:
            raise Refusal(["email", "to"], "To can't be blank")
    except Refusal as refusal:
        return {"draftOrder": None, "userErrors": [{"field": refusal.field, "message": refusal.message}]}
    draft.status, draft.invoice_sent_at = "INVOICE_SENT", s.now()
    draft.email = draft.email or to
    return {"draftOrder": v.draft_order(shop, draft), "userErrors": []}


def draft_order_delete(shop: s.Shop, ids: s.Ids, args: dict) -> dict:
    try:
        draft = _draft(shop, args["input"]["id"], ["id"])
        if draft.status == "COMPLETED":
            raise Refusal(["id"], "A completed draft order can't be deleted")
    except Refusal as refusal:
        return {"deletedId": None, "userErrors": [{"field": refusal.field, "message": refusal.message}]}
    for sku, units in draft.reserved:
        shop.move(sku, units, "reserved", "available")
    del shop.draft_orders[draft.id]
    return {"deletedId": s.gid("DraftOrder", draft.id), "userErrors": []}


MUTATIONS = {
    "storeCreditAccountCredit": store_credit_account_credit,
    "storeCreditAccountDebit": store_credit_account_debit,
    "giftCardCreate": gift_card_create,
    "draftOrderCreate": draft_order_create,
    "draftOrderComplete": draft_order_complete,
    "draftOrderInvoiceSend": draft_order_invoice_send,
    "draftOrderDelete": draft_order_delete,
}
