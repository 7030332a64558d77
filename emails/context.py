"""What an email says, gathered from stored records: the decision kept with the return or the
cancellation, the refund row, the inspection. Nothing is recomputed, so an email can only repeat what
was decided."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

from models.enums import CancellationStatus
from plugin.i18n.catalogs import language
from emails.i18n import translations
from emails.settings import EmailSettings
from models.customer import Customer
from models.exchange import Exchange, StoreCredit
from models.order import Order, OrderLine
from models.policy import PolicyVersion
from models.refund import Cancellation, Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.values.money import quantize
from plugin.policy import Contact, Policy, decline_clause, default_policy, parse_policy
from plugin.policy import render as render_policy
from plugin.policy.render import Words
from plugin.i18n.sentences import gettext as sentences_gettext
from plugin.i18n.sentences import localize_decision


@dataclass(frozen=True)
class PreparedEmail:
    kind: str
    to: str | None
    locale: str
    context: dict
    settings: EmailSettings
    warnings: tuple[str, ...] = ()
    # Uploaded files to attach, as (shop id, label token): the prepaid label of an instructions email.
    label_file: tuple[int, str] | None = None


DECLINE_SENTENCES = {
    "FINAL_SALE": "Final sale items cannot be returned.",
    "RETURN_PERIOD_ENDED": "The return period for these items has ended.",
    "NOT_ELIGIBLE": "These items are not eligible for return under our policy.",
    "CONDITION_NOT_MET": "The items do not meet the return conditions of our policy.",
    "SUSPECTED_FRAUD": "We could not verify this request.",
    "OTHER": "",
}
CONDITION_TEXT = {
    "AS_DESCRIBED": "as described", "WORN": "worn", "WASHED": "washed", "DAMAGED": "damaged",
    "MISSING_TAGS": "tags missing", "MISSING_PACKAGING": "packaging missing", "MISSING_ACCESSORIES": "accessories missing",
    "WRONG_ITEM": "not the item sold", "OTHER": "other reasons",
}
METHOD_TEXT = {"ORIGINAL_PAYMENT": "your original payment method", "STORE_CREDIT": "store credit"}


def _money(amount, currency: str) -> dict:
    return {"amount": str(amount), "currency": currency}


async def _return_context(shop: Shop, ret: Return, gettext) -> dict:
    lines = await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id).order_by("id")
    titles = dict(await OrderLine.filter(id__in=[l.order_line_id for l in lines]).values_list("id", "title"))
    return {
        "ret": {
            "name": ret.name, "ship_by": ret.ship_by.isoformat() if ret.ship_by else None,
            "decline_reason": ret.decline_reason, "decline_note": ret.decline_note,
            "lines": [{"title": titles.get(l.order_line_id, ""), "quantity": l.quantity, "reason": l.reason} for l in lines],
            # A damage claim may come without photos when the policy only asks for them "if possible".
            "has_photos": any(l.photos for l in lines),
        },
        "decision": ret.decision,
        "label": {
            "carrier": ret.label_carrier, "tracking_number": ret.label_tracking_number, "url": ret.label_url,
            "attached": bool(ret.label_file),
        } if ret.label_attached_at else None,
        "verdicts": [
            {"title": titles.get(l.order_line_id, ""), "accepted": l.accepted_quantity, "rejected": l.rejected_quantity,
             "condition_text": gettext(CONDITION_TEXT.get(l.inspection_condition or "OTHER", "other reasons"))}
            for l in lines if l.inspected_at
        ],
    }


async def _policy_in_force(shop: Shop) -> Policy:
    """The shop's policy as stored: the version its row names, or the defaults when none was saved."""
    if shop.policy_version is None:
        return default_policy(shop.currency)
    return parse_policy((await PolicyVersion.get(shop_id=shop.id, number=shop.policy_version)).document)


async def prepare(shop: Shop, kind: str, payload: dict, *, locale: str | None = None) -> PreparedEmail:
    """The email an outbox row asks for, with everything its template needs. `locale` replaces the
    customer's (or shop's) own, for previews."""
    warnings: list[str] = []
    settings = _settings(shop, warnings)
    order = await Order.get(shop_id=shop.id, id=payload["order_id"])
    customer = await Customer.get_or_none(shop_id=shop.id, id=order.customer_id) if order.customer_id else None
    locale = locale or (customer.locale if customer and customer.locale else None) or shop.locale
    gettext = translations(language(locale)).gettext
    context = _common_context(shop, settings, order, customer, language(locale))
    label_file = None
    if payload.get("return_id"):
        ret = await Return.get(shop_id=shop.id, id=payload["return_id"])
        context |= await _return_context(shop, ret, gettext)
        if kind == "return_instructions" and ret.label_file:
            label_file = (shop.id, ret.label_file)
    if kind in ("held_for_verification", "return_declined"):
        context |= await _policy_context(shop, kind, context, gettext)
    if kind == "refund_issued":
        context["refund"] = await _refund_context(shop, payload, context.get("decision") or {}, gettext)
    if kind == "exchange_shipped":
        context["exchange"] = await _exchange_context(shop, payload)
    if kind == "store_credit":
        context["credit"] = await _store_credit_context(shop, order, payload)
    if kind == "cancellation_confirmed":
        context |= await _cancellation_confirmed(shop, order)
    if kind == "cancellation_refused":
        context |= await _cancellation_refused(shop, order, payload)
    if context.get("decision"):  # the engine's sentences (steps, shipping, reasons) in the email's language
        context["decision"] = localize_decision(context["decision"], context["lang"])
    return PreparedEmail(kind=kind, to=payload.get("to") or order.email, locale=locale, context=context,
                         settings=settings, warnings=tuple(warnings), label_file=label_file)


def _settings(shop: Shop, warnings: list[str]) -> EmailSettings:
    try:
        return EmailSettings.model_validate(shop.email_settings or {})
    except ValidationError as exc:  # stored by an older version or by hand: the email still goes out
        warnings.append(f"the shop's email settings are invalid and were ignored ({exc.error_count()} errors)")
        return EmailSettings()


def _common_context(shop: Shop, settings: EmailSettings, order: Order, customer: Customer | None, lang: str) -> dict:
    """What every email says: the shop (its contact details and look), the customer, the order."""
    first_name = (customer.first_name if customer else None) or (order.billing_address or {}).get("first_name")
    return {
        "lang": lang,
        "shop": {
            "name": shop.name, "support_email": shop.support_email, "phone": shop.phone,
            "postal_address": shop.postal_address, "opening_hours": shop.opening_hours, "logo_url": settings.logo_url,
            "accent_color": settings.accent_color, "signature": settings.signature,
        },
        "customer": {"first_name": first_name},
        "order": {"name": order.name},
    }


async def _policy_context(shop: Shop, kind: str, context: dict, gettext) -> dict:
    """The policy text, with the contact details the policy page prints under it; for a decline,
    the reason's sentence and the clause it rests on; all in the email's language."""
    policy = await _policy_in_force(shop)
    details = Contact(phone=shop.phone, address=shop.postal_address, hours=shop.opening_hours)
    words = Words(context["lang"], sentences_gettext(context["lang"]))
    found = {
        "policy_markdown": render_policy(policy, shop.name, shop.support_email, fmt="markdown", contact=details, words=words),
        "policy_html": render_policy(policy, shop.name, shop.support_email, fmt="html", contact=details, words=words),
    }
    if kind == "return_declined":
        reason = context["ret"]["decline_reason"]
        found["reasons"] = [gettext(s) for s in [DECLINE_SENTENCES.get(reason or "OTHER", "")] if s]
        # The rule the reason names, never the first sentence that happens to share a word with it.
        found["clause"] = decline_clause(policy, reason, words)
    return found


async def _refund_context(shop: Shop, payload: dict, decision: dict, gettext) -> dict:
    refund = await Refund.get(shop_id=shop.id, id=payload["refund_id"])
    # The decision the refund carries out: its cancellation's or its return's (the payload names
    # only the refund), for the method and the expected window.
    if refund.cancellation_id:
        decision = (await Cancellation.get(shop_id=shop.id, id=refund.cancellation_id)).decision
    elif refund.return_request_id:
        decision = (await Return.get(shop_id=shop.id, id=refund.return_request_id)).decision
    deadlines = decision.get("deadlines", decision)
    # A refund of a return with a postage credit is two ledger rows (the payment and the
    # reimbursement); the customer gets one email whose lines show the credit as its own line.
    rows = [refund]
    if payload.get("refund_ids"):
        rows = await Refund.filter(shop_id=shop.id, id__in=payload["refund_ids"]).order_by("id")
    amount = sum((row.amount for row in rows), Decimal(0))
    return {
        "amount": _money(amount, refund.currency), "breakdown": [line for row in rows for line in row.breakdown],
        "reimbursement": next((_money(row.amount, row.currency) for row in rows if row.kind == "REIMBURSEMENT"), None),
        "method_text": gettext(METHOD_TEXT.get(decision.get("refund_method", "ORIGINAL_PAYMENT"), METHOD_TEXT["ORIGINAL_PAYMENT"])),
        "expected_from": deadlines.get("refund_expected_from"), "expected_to": deadlines.get("refund_expected_to"),
    }


async def _exchange_context(shop: Shop, payload: dict) -> dict:
    exchange = (await Exchange.get_or_none(shop_id=shop.id, id=payload["exchange_id"]) if payload.get("exchange_id")
                else await Exchange.get_or_none(shop_id=shop.id, return_request_id=payload.get("return_id")))
    return {
        "lines": [{"title": item.get("title") or item.get("sku") or "", "quantity": item.get("quantity", 1)}
                  for item in (exchange.items if exchange else [])],
        "order_name": exchange.platform_order_name if exchange else None,
        "instant": bool(exchange and exchange.instant and exchange.return_request_id
                        and not (await Return.get(id=exchange.return_request_id)).received_at),
    }


async def _store_credit_context(shop: Shop, order: Order, payload: dict) -> dict:
    credit = (await StoreCredit.get_or_none(shop_id=shop.id, id=payload["store_credit_id"]) if payload.get("store_credit_id")
              else await StoreCredit.filter(shop_id=shop.id, return_request_id=payload.get("return_id")).order_by("-id").first())
    currency = credit.currency if credit else order.currency
    amount = credit.amount if credit else Decimal(0)
    bonus = credit.bonus if credit else Decimal(0)
    return {
        "amount": _money(quantize(amount, currency), currency), "total": _money(quantize(amount + bonus, currency), currency),
        "bonus": _money(quantize(bonus, currency), currency) if bonus > 0 else None,
        "via": str(credit.via) if credit else "STORE_CREDIT",
        # The code is in the payload only once the platform made the card (never stored elsewhere).
        "code": payload.get("code"),
        "expires_on": credit.expires_at.date().isoformat() if credit and credit.expires_at else None,
    }


async def _cancellation_confirmed(shop: Shop, order: Order) -> dict:
    cancellation = await Cancellation.get(shop_id=shop.id, order_id=order.id)
    # The decision estimates a refund of the whole payment; what is refunded is what was left of
    # it, and nothing when staff cancelled without a refund. The email states the latter.
    refunded = quantize(cancellation.refund_amount, order.currency)
    # A partial cancellation names what was cancelled and what stays to ship.
    cancelled = {line["line_id"] for line in cancellation.lines}
    return {
        "decision": {
            **cancellation.decision,
            "refund_estimate": _money(refunded, order.currency) if refunded > 0 else None,
        },
        "cancelled_lines": ", ".join(line["title"] for line in cancellation.lines),
        "kept_lines": ", ".join(
            line["title"] for line in cancellation.decision.get("lines", []) if line["line_id"] not in cancelled
        ) if cancelled else "",
        # What staff chose to tell the customer; their staff note never comes here.
        "message": cancellation.customer_message,
    }


async def _cancellation_refused(shop: Shop, order: Order, payload: dict) -> dict:
    # A held request declined after a fraud review carries what staff chose to tell the customer.
    declined = await Cancellation.get_or_none(shop_id=shop.id, order_id=order.id, status=CancellationStatus.DECLINED)
    return {"decision": payload["decision"], "message": declined.customer_message if declined else None}
