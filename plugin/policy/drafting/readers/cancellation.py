"""Cancelling an order: until when, on what terms, and how soon a cancelled order is refunded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.quantities import digits, durations
from plugin.policy.drafting.readers.common import _CANCEL, _NEGATED, _PAST_A_DEADLINE, Fact, _any, _unheld
from plugin.policy.drafting.readers.exclusions import categories_in
from plugin.policy.drafting.readers.periods import _range
from plugin.policy.drafting.readers.scope import (
    _AMOUNT_SUBJECT, _PLACE_SUBJECT, _QUALIFIED_SUBJECT, names_goods, scoped, _without_opening_adverb,
)
from plugin.policy.drafting.readers.window import _WITHDRAWAL


def cancellation(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_WITHDRAWAL, text) or _any(_WITHDRAWAL, clause.paragraph_text + " " + clause.heading.lower()):
        return  # the legal withdrawal right (read as the return window), not cancelling an order
    if _any(_CANCEL, clause.heading.lower()) and not _any(r"return", text) and _any(r"^(?:just |please |simply )?(?:email|contact) us", clause.body):
        yield Fact("cancellation.request_via", "EMAIL")  # "Can I cancel? ... Just email us at ..."
    if not _any(_CANCEL, text):
        return
    if _any(r"\b(?:if|when|should|in case) we (?:have to |need to |must |are forced to )?cancel|\bwe (?:may|reserve the right to) cancel", text):
        yield _unheld("the shop cancelling an order: no setting holds it")  # "If we cancel your order due to stock issues, ..."
        return
    if _any(r"\bfees?\b|charge|penalt|restocking", re.sub(_NO_CHARGE, " ", text)) and _any(r"\d", text):
        yield _unheld("a fee on cancelling: no setting holds it")
        return
    if _cancelling_some_goods(clause, text) or _any(_SOME_ORDERS_CANCELLED, re.sub(_BUT_THESE, " ", text)):
        yield _unheld("cancelling some goods or orders only: no setting holds it")  # "Preorders can be cancelled within 48 hours"
        return
    yield from _cancellation_window(clause, text)
    yield from _cancellation_terms(clause, text)


# "free of charge", "at no charge", "without any fee": no fee on cancelling
_NO_CHARGE = r"\bfree of charge\b|\b(?:at|with) no (?:extra |additional )?(?:charge|fee|cost)\b|\bwithout (?:a |any )?(?:charge|fee|penalty)\b|\bno (?:cancell?ation )?(?:fee|charge|penalty)\b"


# "To cancel your subscription, email us", "To cancel a pre-order, contact us before it ships", "Made-to-order pieces can
# be cancelled until production starts": orders of a kind named anywhere in the sentence, not every order; named
# as the exception ("until they ship, except custom orders") they leave the rule for every other order standing
_SOME_ORDERS_CANCELLED = (r"\bsubscriptions?\b|\bmemberships?\b|\bpre-?orders?\b|\bback-?orders?\b|\bmade[- ]to[- ]order\b|"
                          r"\b(?:custom|customi[sz]ed|personali[sz]ed|bespoke) (?:orders?|pieces?|items?|products?|goods)\b")
_BUT_THESE = r"\b(?:except|other than|apart from|excluding|but not)\b[^.;]*"


def _cancelling_some_goods(clause: Clause, text: str) -> bool:
    """A sentence whose subject names goods or orders of some kind ("Preorders can be cancelled ...",
    "Subscription orders may be cancelled ..."): not every order (a cancellation or request is no goods)."""
    body = _without_opening_adverb(clause.body)
    verb = r"(?:can|may|must|cannot|can't|can not|are|is|will|should)\b"
    generic = (r"^\W*(?:if|when|once|should|in case|unless|(?:all |any |your |our )?(?:order )?(?:cancell?ations?|requests?|changes?|modifications?)\b|"
               r"(?:all |any |your )?cancell?ed (?:orders?|items?|purchases?)\b)|\b(?:portion|part) of\b|"
               r"\b(?:that|which) (?:have|has|are|is)(?: not| yet| already)* (?:been )?(?:shipped|dispatched|fulfilled|sent|processed)\b")
    return (names_goods(body, verb) and not _any(generic, body)) \
        or _any(_AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _QUALIFIED_SUBJECT, body)


# "Cancelled orders are refunded within 48 hours", "your money is back on your card within 24 hours": the
# time is the refund's, said right after it, not how long the customer has to cancel
# ("cancel for a full refund within 24 hours" is the window: the refund there is no subject or verb)
_REFUND_BEFORE_THE_TIME = (r"\b(?:refunds? (?:are|is|will be|gets?)|refunded|reimbursed|credited|money (?:is|will be|goes|comes)|paid back|"
                           r"we(?: will|'ll)? (?:refund|reimburse|credit))\b[^.;,]{0,40}$")


def _cancellation_window(clause: Clause, text: str) -> Iterator[Fact]:
    body = digits(clause.body)  # a list's introduction names no cancellation window
    for low, _high, where in durations(body):
        if _any(r"^\s*(?:prior to|before)\b", body[where.end() : where.end() + 12]):
            continue  # "within 24 hours prior to delivery" counts back from another event
        if _any(_REFUND_BEFORE_THE_TIME, body[: where.start()]):
            continue  # "Cancellation refunds are issued within 48 hours": how long the refund takes
        if _any(r"\b(?:usually|typically|normally|generally|often|about|approximately|roughly)\s+(?:within\s+|in\s+|after\s+)?$", body[: where.start()]):
            return  # "until they are packed, usually within 2 hours of ordering": a typical time, not the limit
        if low.hours is not None or _any(r"purchas|placing|order", body[where.end() : where.end() + 40]):
            yield Fact("cancellation.window_hours", low.hours if low.hours is not None else low.days * 24)
            # a window in hours says nothing of shipment: no until_shipped=False implied (the labels of
            # shoptelescopes, myvacuumstore and two validation pages state none)
            return


# "Once an order has shipped, it cannot be cancelled": the time after shipment said first, then negated
_SHIPPED_THEN_NOT = (r"^\W*(?:once|after|when|as soon as) (?:an? |the |your )?(?:order|it|items?|parcel|package)s? (?:has|have|is|are)(?: been)? (?:shipped|dispatched|fulfilled|sent out|in transit)\b,?"
                     r"[^.;]{0,30}?" + _NEGATED + r"\s+(?:be )?cancell?\w*|"
                     # "Order cancellations are not possible once your order has shipped"
                     r"\bcancell?ations? (?:are|is|will be) (?:not|no longer) (?:possible|accepted|allowed|available)\b[^.;]{0,10}\b(?:once|after|when)\b[^.;]{0,30}\b(?:shipped|dispatched|fulfilled|sent out|in transit)\b|"
                     # "Orders that have already shipped cannot be cancelled"
                     r"^\W*(?:all |any )?orders? (?:that|which) (?:have|has) (?:already )?(?:been )?(?:shipped|dispatched|fulfilled|sent out)\b[^.;]{0,20}?" + _NEGATED + r"\s+(?:be )?cancell?\w*")


# "After 24 hours, the order ... can no longer be cancelled", "After that, your order is processed and cannot be
# cancelled": the time limit is said to be what ends cancelling, so shipment does not (a bare "within 2 hours" says
# nothing of shipment, and implies no until_shipped)
_CLOSED_AFTER_THE_HOURS = r"^\W*after (?:that|this|\d+ hours?)\b[^.;]{0,80}?" + _NEGATED + r"\s+(?:longer\s+)?(?:be\s+)?cancell?\w*"


def _cancellation_terms(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"(?:as long as|until|before|unless|if) (?:it|the order|your order|an order)? ?(?:has |is |was )?(?:not|n't)? ?(?:yet )?(?:been )?(?:shipped|dispatched|fulfilled)|"
            r"\b(?:until|before|prior to) (?:it|they|the order|your order|an order|orders|the items?|your items?) (?:ships?|dispatch(?:es)?|leaves? (?:our|the) (?:warehouse|premises))\b|once (?:your|the) order has shipped|not shipped yet|until (?:the time )?(?:it|the order|your order) (?:is|has been) (?:shipped|dispatched)|"
            r"\b(?:has|have)(?: not|n't) (?:yet )?(?:been (?:shipped|dispatched)|entered (?:the )?(?:dispatch|shipping)|shipped|dispatched)\b", text) \
            or _any(_NEGATED + r"\s+(?:be )?cancell?\w*\b[^.;]{0,40}\b(?:once|after|when|as soon as)\b[^.;]{0,30}\b(?:shipped|dispatched|fulfilled|left our|sent out|in transit)", text) \
            or _any(_SHIPPED_THEN_NOT, text):
        # "You can not cancel an order once it has been shipped": the negation's scope is the time after shipment
        yield Fact("cancellation.until_shipped", True)
    if _any(r"(?:orders?|purchases?) (?:are final and )?(?:can ?not|cannot|can't) be cancell?ed\s*[.!]?$|(?:we|i) (?:do not|don't) accept cancell?ations(?:,? but\b.*)?\s*[.!]?$|no cancell?ations", text) \
            and not _any(r"once|after|shipped|" + _PAST_A_DEADLINE, text) and not categories_in(clause.body) and not scoped(clause, text):
        yield Fact("cancellation.enabled", False)
    elif _any(_CLOSED_AFTER_THE_HOURS, text) and not _any(r"ship|dispatch|fulfil|deliver", text):
        yield Fact("cancellation.until_shipped", False, weak=True)
    if _any(r"full refund|100\s*%|fully reimburse", text):
        yield Fact("cancellation.refund_percent", "100")
    if _any(r"to cancel.*(?:email|contact)|(?:email|contact) us to cancel", text):
        yield Fact("cancellation.request_via", "EMAIL")
    elif _any(r"\bto cancel\b[^.;]{0,40}\b(?:log ?in|sign in|your account|order (?:page|history)|online)\b", text):
        yield Fact("cancellation.request_via", "WEBSITE")  # "To cancel your order, log in to your account"
    for category, _label, _match in categories_in(clause.body):
        if _any(r"can't be cancell?ed|cannot be cancell?ed|not cancell?able|(?:do not|don't) accept cancell?ations", text):
            yield Fact("exclusions.not_cancellable", category, each=True)


def _about_cancelling(clause: Clause, text: str) -> bool:
    """A refund sentence about a cancelled order: it says so, or stands among sentences about
    cancelling without naming a return ("... within 7 days of receiving the returned item" is a return's)."""
    return _any(_CANCEL, text) or (_any(_CANCEL, clause.paragraph_text) and not _any(r"\breturn", text))


def cancellation_refund_time(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"refund|reimburse", text) or not _about_cancelling(clause, text):
        return
    for low, high, where in durations(text):
        # "we will be able to refund you within 5 working days from your cancellation request"
        # (tradingcardsuk): a single length after "within" is the longest the refund takes
        within = high is None and _any(r"\bwithin\s*$", text[max(0, where.start() - 12) : where.start()]) \
            and _any(r"^\W*(?:of|from|after) (?:your |the |our )?(?:cancell?ation|cancell?ing)\b", text[where.end() : where.end() + 30])
        if low.hours is None and (high is not None or within):
            yield Fact("cancellation.refund_time", _range(low, high))
            return
