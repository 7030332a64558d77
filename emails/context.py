"""What an email says, gathered from stored records: the decision kept with the return or the
cancellation, the refund row, the inspection. Nothing is recomputed, so an email can only repeat what
was decided."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

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
    try:
        settings = EmailSettings.model_validate(shop.email_settings or {})
    except ValidationError as exc:  # stored by an older version or by hand: the email still goes out
        settings = EmailSettings()
        warnings.append(f"the shop's email settings are invalid and were ignored ({exc.error_count()} errors)")
    order = await Order.get(shop_id=shop.id, id=payload["order_id"])
    customer = await Customer.get_or_none(shop_id=shop.id, id=order.customer_id) if order.customer_id else None
    locale = locale or (customer.locale if customer and customer.locale else None) or shop.locale
    gettext = translations(language(locale)).gettext
    first_name = (customer.first_name if customer else None) or (order.billing_address or {}).get("first_name")
    context: dict = {
        "lang": language(locale),
        "shop": {
            "name": shop.name, "support_email": shop.support_email, "phone": shop.phone,
            "postal_address": shop.postal_address, "opening_hours": shop.opening_hours, "logo_url": settings.logo_url,
            "accent_color": settings.accent_color, "signature": settings.signature,
        },
        "customer": {"first_name": first_name},
        "order": {"name": order.name},
    }
    label_file = None
    if payload.get("return_id"):
        ret = await Return.get(shop_id=shop.id, id=payload["return_id"])
        context |= await _return_context(shop, ret, gettext)
        if kind == "return_instructions" and ret.label_file:
            label_file = (shop.id, ret.label_file)
    if kind in ("held_for_verification", "return_declined"):
        # The policy text, with the contact details the policy page prints under it.
        policy = await _policy_in_force(shop)
        details = Contact(phone=shop.phone, address=shop.postal_address, hours=shop.opening_hours)
        markdown = render_policy(policy, shop.name, shop.support_email, fmt="markdown", contact=details)
        context["policy_markdown"] = markdown
        context["policy_html"] = render_policy(policy, shop.name, shop.support_email, fmt="html", contact=details)
        if kind == "return_declined":
            reason = context["ret"]["decline_reason"]
            context["reasons"] = [s for s in [DECLINE_SENTENCES.get(reason or "OTHER", "")] if s]
            # The rule the reason names, never the first sentence that happens to share a word with it.
            context["clause"] = decline_clause(policy, reason)
    if kind == "refund_issued":
        refund = await Refund.get(shop_id=shop.id, id=payload["refund_id"])
        # The decision the refund carries out: its cancellation's or its return's (the payload names
        # only the refund), for the method and the expected window.
        decision = context.get("decision") or {}
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
        context["refund"] = {
            "amount": _money(amount, refund.currency), "breakdown": [line for row in rows for line in row.breakdown],
            "reimbursement": next((_money(row.amount, row.currency) for row in rows if row.kind == "REIMBURSEMENT"), None),
            "method_text": gettext(METHOD_TEXT.get(decision.get("refund_method", "ORIGINAL_PAYMENT"), METHOD_TEXT["ORIGINAL_PAYMENT"])),
            "expected_from": deadlines.get("refund_expected_from"), "expected_to": deadlines.get("refund_expected_to"),
        }
    if kind == "exchange_shipped":
        exchange = (await Exchange.get_or_none(shop_id=shop.id, id=payload["exchange_id"]) if payload.get("exchange_id")
                    else await Exchange.get_or_none(shop_id=shop.id, return_request_id=payload.get("return_id")))
        context["exchange"] = {
            "lines": [{"title": item.get("title") or item.get("sku") or "", "quantity": item.get("quantity", 1)}
                      for item in (exchange.items if exchange else [])],
            "order_name": exchange.platform_order_name if exchange else None,
            "instant": bool(exchange and exchange.instant and exchange.return_request_id
                            and not (await Return.get(id=exchange.return_request_id)).received_at),
        }
    if kind == "store_credit":
        credit = (await StoreCredit.get_or_none(shop_id=shop.id, id=payload["store_credit_id"]) if payload.get("store_credit_id")
                  else await StoreCredit.filter(shop_id=shop.id, return_request_id=payload.get("return_id")).order_by("-id").first())
        currency = credit.currency if credit else order.currency
        amount = credit.amount if credit else Decimal(0)
        bonus = credit.bonus if credit else Decimal(0)
        context["credit"] = {
            "amount": _money(quantize(amount, currency), currency), "total": _money(quantize(amount + bonus, currency), currency),
            "bonus": _money(quantize(bonus, currency), currency) if bonus > 0 else None,
            "via": str(credit.via) if credit else "STORE_CREDIT",
            # The code is in the payload only once the platform made the card (never stored elsewhere).
            "code": payload.get("code"),
            "expires_on": credit.expires_at.date().isoformat() if credit and credit.expires_at else None,
        }
    if kind == "cancellation_confirmed":
        cancellation = await Cancellation.get(shop_id=shop.id, order_id=order.id)
        # The decision estimates a refund of the whole payment; what is refunded is what was left of
        # it, and nothing when staff cancelled without a refund. The email states the latter.
        refunded = quantize(cancellation.refund_amount, order.currency)
        context["decision"] = {
            **cancellation.decision,
            "refund_estimate": _money(refunded, order.currency) if refunded > 0 else None,
        }
        # A partial cancellation names what was cancelled and what stays to ship.
        cancelled = {line["line_id"] for line in cancellation.lines}
        context["cancelled_lines"] = ", ".join(line["title"] for line in cancellation.lines)
        context["kept_lines"] = ", ".join(
            line["title"] for line in cancellation.decision.get("lines", []) if line["line_id"] not in cancelled
        ) if cancelled else ""
        # What staff chose to tell the customer; their staff note never comes here.
        context["message"] = cancellation.customer_message
    if kind == "cancellation_refused":
        context["decision"] = payload["decision"]
        # A held request declined after a fraud review carries what staff chose to tell the customer.
        declined = await Cancellation.get_or_none(shop_id=shop.id, order_id=order.id, status="DECLINED")
        context["message"] = declined.customer_message if declined else None
    if context.get("decision"):  # the engine's sentences (steps, shipping, reasons) in the email's language
        context["decision"] = localize_decision(context["decision"], context["lang"])
    return PreparedEmail(kind=kind, to=payload.get("to") or order.email, locale=locale, context=context,
                         settings=settings, warnings=tuple(warnings), label_file=label_file)
