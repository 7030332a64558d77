"""Cancelling an order: until when, on what terms, and how soon a cancelled order is refunded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.quantities import digits, durations
from plugin.policy.drafting.readers.common import RESERVED_RIGHT, _BOOKING_CANCELLED, _CANCEL, _FAULT, _NEGATED, _PAST_A_DEADLINE, Fact, _any, _unheld
from plugin.policy.drafting.readers.exclusions import categories_in
from plugin.policy.drafting.readers.periods import _range
from plugin.policy.drafting.readers.scope import (
    _AMOUNT_SUBJECT, _PLACE_SUBJECT, _QUALIFIED_SUBJECT, names_goods, scoped, _without_opening_adverb,
)
from plugin.policy.drafting.readers.window import _WITHDRAWAL


# The terms on which a customer may cancel: stating any of them says that customers may cancel
_TERMS = ("cancellation.window_hours", "cancellation.until_shipped", "cancellation.refund_percent", "cancellation.request_via")


def cancellation(clause: Clause, text: str) -> Iterator[Fact]:
    facts = list(_cancelling(clause, text))
    yield from facts
    terms = [fact for fact in facts if fact.path in _TERMS]
    if terms and not any(fact.path == "cancellation.enabled" for fact in facts):
        yield Fact("cancellation.enabled", True, weak=all(fact.weak for fact in terms))


def _cancelling(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_WITHDRAWAL, text) or _any(_WITHDRAWAL, clause.paragraph_text + " " + clause.heading.lower()):
        return  # the legal withdrawal right (read as the return window), not cancelling an order
    if _any(_CANCEL, clause.heading.lower()) and not _any(r"return", text) and _any(r"^(?:just |please |simply )?(?:email|contact) us", clause.body):
        yield Fact("cancellation.request_via", "EMAIL")  # "Can I cancel? ... Just email us at ..."
    if not _any(_CANCEL, text):
        return
    # (not beside an order's own cancelling: "Orders can be cancelled within 24 hours; lessons cancelled late are charged")
    if _any(_BOOKING_CANCELLED, text) and not _any(r"\b(?:orders?|purchases?)\b[^.;]{0,30}\bcancell?|\bcancel\w*\s+(?:(?:a|an|the|your|any)\s+)?(?:orders?|purchases?)\b", text):
        yield _unheld("cancelling a lesson or appointment, no order: no setting holds it")
        return
    if _any(r"\b(?:if|when|should|in case) we (?:have to |need to |must |are forced to )?cancel|\bwe (?:may|reserve the right to) cancel", text):
        yield _unheld("the shop cancelling an order: no setting holds it")  # "If we cancel your order due to stock issues, ..."
        return
    if _cancelling_some_goods(clause, text) or _any(_SOME_ORDERS_CANCELLED, re.sub(_BUT_THESE, " ", text)):
        yield _unheld("cancelling some goods or orders only: no setting holds it")  # "Preorders can be cancelled within 48 hours"
        return
    if _any(r"\bfees?\b|charge|penalt|restocking|" + _COSTS_A_PERCENT, re.sub(_NO_CHARGE, " ", text)) and _any(r"\d", text):
        yield from _fee_on_cancelling(clause, text)
        return
    if _any(_CLOCK_TIME, text):
        yield _unheld("a clock-time limit on cancelling: no setting holds it")  # "before 9 p.m. and before it has been sent"
    if _any(_ORDER_PROCESSED, re.sub(_REFUND_PROCESSED, " ", text)):
        yield _unheld("cancelling ends once the order is processed or packed: no setting holds that")
    yield from _cancellation_window(clause, text)
    yield from _cancellation_terms(clause, text)


# "before 9 p.m.", "by 14:00", "until noon": a time of day, which no setting holds (the shipment limit beside it still stands)
_CLOCK_TIME = r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b(?:by|before|until) \d{1,2}:\d\d\b|\b(?:by|before|until) (?:noon|midday|midnight)\b"


# "Orders cannot be cancelled once they have been processed or shipped", "until your order is packed": the order's
# handling ends cancelling, which can come before shipment (the shipment limit beside it still stands)
_ORDER_PROCESSED = (r"\b(?:once|after|as soon as|until|before)\b (?:(?:it|they|the order|your order|an order|orders)\b )?(?:has |have |is |are )?(?:been |being )?"
                    r"(?:processed|packed|prepared|picked|in production)\b")


# (a refund's handling, not the order's: "refunds for cancelled orders are issued once they are processed")
_REFUND_PROCESSED = r"\brefunds?\b[^.;]*"


# "free of charge", "at no charge", "without any fee": no fee on cancelling
_NO_CHARGE = r"\bfree of charge\b|\b(?:at|with) no (?:extra |additional )?(?:charge|fee|cost)\b|\bwithout (?:a |any )?(?:charge|fee|penalty)\b|\bno (?:cancell?ation )?(?:fee|charge|penalty)\b"


# "cancelling more than 5 days after ordering costs a fee", "after 24 hours a fee applies": a fee past some limit,
# not on every cancellation
_FEE_PAST_A_LIMIT = r"\b(?:more than|over|after|beyond|past|later than)\s+\d+\s*(?:[\w-]+\s+)?(?:hours?|days?|weeks?)\b"
# "for a 5% fee", "costs a 20% restocking fee", "carries a 10% charge": a share of the price kept
_PERCENT_FEE = r"\b(\d{1,2}(?:\.\d+)?)\s*%\s*(?:[\w-]+\s+){0,2}?(?:fees?|charges?|penalty)\b"

# "We keep the right to charge a 10% cancellation fee": a fee the shop may charge, not one every cancellation pays
_MAY_CHARGE = RESERVED_RIGHT + r"|\bmay (?:be )?charge"
# "on orders paid by credit card, cancelling means a 6% fee": orders paid one way only
_PAID_SOME_WAY = r"\b(?:on|for|with) (?:orders?|purchases?|payments?) (?:paid|placed|made|settled) (?:by|with|via|through|using|in)\b"
_COSTS_A_PERCENT = r"\bcosts? (?:you )?(\d{1,2}(?:\.\d+)?)\s*%"


def _fee_on_cancelling(clause: Clause, text: str) -> Iterator[Fact]:
    """"Cancelling before shipment is possible, for a 5% fee": the rest of the price is refunded, and the shipment
    limit stands; a flat fee ("less a $2.50 charge") has no setting, its limit still does."""
    yield _unheld("a fee on cancelling: the merchant checks what it is kept for")
    if _any(_FEE_PAST_A_LIMIT + "|" + _PAID_SOME_WAY + "|" + _MAY_CHARGE, text) or not _about_every_cancellation(text) or _fees_by_when(clause):
        return
    # the share read as `_fees_by_when` reads it: "a 5% fee" or "costs 5%"
    if fee := re.search(_PERCENT_FEE + "|" + _COSTS_A_PERCENT, text):
        kept = Decimal(fee.group(1) or fee.group(2))
        yield Fact("cancellation.refund_percent", format((100 - kept).normalize(), "f"))
    if _any(_UNTIL_SHIPPED, text):
        yield Fact("cancellation.until_shipped", True)


def _fees_by_when(clause: Clause) -> bool:
    """"Cancelling once we have sent it costs 4.9%. Cancelling before it ships costs 2.9%": two fees in the paragraph,
    each for a time of its own, so neither is every cancellation's, and shipment ends none of them."""
    said = re.split(r"(?<=[.;!?])\s+", digits(clause.paragraph_text))
    fees = {Decimal(found.group(1) or found.group(2)) for sentence in said if _any(_CANCEL, sentence)
            for found in re.finditer(_PERCENT_FEE + "|" + _COSTS_A_PERCENT, sentence)}
    return len(fees) > 1


def _about_every_cancellation(text: str) -> bool:
    """The fee is the customer's on cancelling an order ("Cancelling an order ... costs", "Any order cancelled ..."),
    not a fee named beside a cancellation ("a fee applies to returns; cancellations are free")."""
    # "cancellations carry" stays out: "Later cancellations carry a 10% fee" (a labelled text) is some cancellations'
    return _any(r"\bcancell?(?:ing|ed|ation)\b[^.;]{0,80}\b(?:fees?|charges?|penalty|costs?|carr(?:y|ies)|less|paying|for an?)\b|"
                r"\b(?:fees?|charges?|penalty)\b[^.;]{0,40}\bcancel\w*", text)


# "To cancel your subscription, email us", "To cancel a pre-order, contact us before it ships", "Made-to-order pieces can
# be cancelled until production starts", "Cancelling a layaway costs 20%": orders of a kind named anywhere in the sentence,
# not every order; named as the exception ("until they ship, except custom orders") they leave the rule for every other
# order standing
_SOME_ORDERS_CANCELLED = (r"\bsubscriptions?\b|\bmemberships?\b|\bpre-?orders?\b|\bback-?orders?\b|\bmade[- ]to[- ]order\b|\blay-?aways?\b|\bspecial[- ]orders?\b|"
                          r"\b(?:custom|customi[sz]ed|personali[sz]ed|bespoke) (?:orders?|pieces?|items?|products?|goods)\b")
_BUT_THESE = r"\b(?:except|other than|apart from|excluding|but not)\b[^.;]*"


def _cancelling_some_goods(clause: Clause, text: str) -> bool:
    """A sentence whose subject names goods or orders of some kind ("Preorders can be cancelled ...",
    "Subscription orders may be cancelled ..."): not every order (a cancellation or request is no goods)."""
    body = _without_opening_adverb(clause.body)
    verb = r"(?:can|may|must|cannot|can't|can not|are|is|will|should)\b"
    generic = (r"^\W*(?:if|when|once|should|in case|unless|(?:all |any |your |our |every |each )?(?:order )?(?:cancell?ations?|requests?|changes?|modifications?)\b|"
               r"(?:all |any |your |an? |every |each )?cancell?ed (?:orders?|items?|purchases?)\b)|\b(?:portion|part) of\b|"
               r"\b(?:that|which) (?:have|has|are|is)(?: not| yet| already)* (?:been )?(?:shipped|dispatched|fulfilled|sent|processed|left|gone out)\b|"
               # "Any order cancelled before it ships ...", "A pending order can be cancelled": every order, in the state cancelling is for
               r"^\W*(?:an?|any|every|each|your|all)? ?orders? cancell?ed\b|^\W*(?:an?|any|every|each|your|all)? ?(?:pending|unshipped|unfulfilled|open) orders?\b")
    return (names_goods(body, verb) and not _any(generic, body)) \
        or _any(_AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _QUALIFIED_SUBJECT, body)


# "Cancelled orders are refunded within 48 hours", "your money is back on your card within 24 hours": the
# time is the refund's, said right after it ("we start the refund within 24 hours"), not how long the customer has to cancel
# ("cancel for a full refund within 24 hours" is the window: the refund there is no subject or verb)
_REFUND_BEFORE_THE_TIME = (r"\b(?:refunds? (?:are|is|will be|gets?)|refunded|reimbursed|credited|money (?:is|will be|goes|comes)|paid back|"
                           r"we(?: will|'ll)? (?:refund|reimburse|credit)|(?:start|begin|issue|process|initiate)\w* (?:the |your |a |any )?refund)\b[^.;,]{0,40}$")


def _cancellation_window(clause: Clause, text: str) -> Iterator[Fact]:
    # a list's introduction names no cancellation window; "in the first hour after ordering" is an hour's window
    # (only the hour is written without a number: "the first 2 hours", "the first 30 minutes" reach `durations` as they are)
    body = re.sub(r"\bthe first hour\b", "1 hour", digits(clause.body))
    for low, _high, where in durations(body):
        if _any(r"^\s*(?:prior to|before|ahead of|in advance of)\b", body[where.end() : where.end() + 15]):
            continue  # "within 24 hours prior to delivery", "at least 72 hours ahead of your appointment" count back from another event
        if _any(_REFUND_BEFORE_THE_TIME, body[: where.start()]):
            continue  # "Cancellation refunds are issued within 48 hours": how long the refund takes
        if _any(r"\b(?:suggest|recommend|advise|encourage)\w*\b", body[: where.start()]):
            return  # "For the quickest handling, we suggest cancelling within 24 hours": advice, not the limit
        if _any(r"\b(?:usually|typically|normally|generally|often|about|approximately|roughly)\s+(?:within\s+|in\s+|after\s+)?$", body[: where.start()]):
            return  # "until they are packed, usually within 2 hours of ordering": a typical time, not the limit
        if low.hours is not None or _any(r"purchas|placing|order", body[where.end() : where.end() + 40]):
            yield Fact("cancellation.window_hours", low.hours if low.hours is not None else low.days * 24)
            # a window in hours says nothing of shipment: no until_shipped=False implied (the labels of
            # shoptelescopes, myvacuumstore and two validation pages state none)
            return


# "Order cancellations are not possible once your order has shipped": cancelling negated for the time after shipment
# ("Once an order has shipped, it cannot be cancelled" is `_BEFORE_IT_LEAVES`'s)
_SHIPPED_THEN_NOT = (r"\bcancell?ations? (?:are|is|will be) (?:not|no longer) (?:possible|accepted|allowed|available)\b[^.;]{0,10}\b(?:once|after|when)\b[^.;]{0,30}\b(?:shipped|dispatched|fulfilled|sent out|in transit)\b|"
                     # "Orders that have already shipped cannot be cancelled"
                     r"^\W*(?:all |any )?orders? (?:that|which) (?:have|has) (?:already )?(?:been )?(?:shipped|dispatched|fulfilled|sent out)\b[^.;]{0,20}?" + _NEGATED + r"\s+(?:be )?cancell?\w*")


# "After 24 hours, the order ... can no longer be cancelled", "After that, your order is processed and cannot be
# cancelled": the time limit is said to be what ends cancelling, so shipment does not (a bare "within 2 hours" says
# nothing of shipment, and implies no until_shipped)
_CLOSED_AFTER_THE_HOURS = r"^\W*after (?:that|this|\d+ hours?)\b[^.;]{0,80}?" + _NEGATED + r"\s+(?:longer\s+)?(?:be\s+)?cancell?\w*"


# The goods leaving the shop in more words: "has not yet left our kitchen", "hasn't gone out yet", "up to the moment it
# leaves our workshop", "Once a parcel is on its way to you, it can no longer be cancelled", "has already left our depot
# can't be cancelled": cancelling bounded by the goods going out, in a condition or a negated time after it
_GONE_OUT = r"(?:left|gone out|(?:been )?(?:shipped|dispatched|sent(?: out)?|posted)|(?:been )?handed (?:over )?to the (?:carrier|courier))"
_LEAVES = r"(?:leaves?|goes? out|ships?|dispatch(?:es)?|is (?:shipped|dispatched|sent(?: out)?|posted))"
_BEFORE_IT_LEAVES = (
    r"\b(?:as long as|so long as|while|provided|if|until)\b[^.;]{0,40}\b(?:has|have|is|are)(?: not|n't) (?:yet )?" + _GONE_OUT + r"\b|"
    r"\b(?:has|have)(?: not|n't) (?:yet )?" + _GONE_OUT + r"\b[^.;]{0,30}\byet\b[^.;]{0,30}\bcancel|"
    r"\b(?:until|till|up to the (?:moment|point|time)|before|prior to)\b (?:(?:it|they|orders|the (?:order|parcel|package|items?)|your (?:order|parcel|package|items?)|an order) )" + _LEAVES + r"\b|"
    r"^\W*(?:once|after|as soon as|when)\b(?! (?:that|this|\d))[^.;]{0,50}\b(?:" + _GONE_OUT + r"|fulfilled|in transit|on (?:its|their) way)\b[^.;]{0,40}" + _NEGATED + r"\s+(?:longer\s+)?(?:be\s+)?cancell?\w*|"
    r"\b(?:already|once) " + _GONE_OUT + r"\b[^.;]{0,40}" + _NEGATED + r"\s+(?:longer\s+)?(?:be\s+)?cancell?\w*"
)


# "until it has shipped", "not shipped yet", "You can not cancel an order once it has been shipped" (the negation's scope
# is the time after shipment), and the goods leaving in other words (`_BEFORE_IT_LEAVES`)
_UNTIL_SHIPPED = (
    r"(?:as long as|until|before|unless|if) (?:it|the order|your order|an order)? ?(?:has |is |was )?(?:not|n't)? ?(?:yet )?(?:been )?(?:shipped|dispatched|fulfilled)|"
    # "before it has been sent", "until the parcel is posted": the goods sent, in the plain verb
    r"\b(?:before|until|as long as) (?:it|they|the order|your order|an order|the parcel|your parcel) (?:has |have |is |are )(?:not )?(?:yet )?(?:been )?(?:sent|posted)\b|"
    r"once (?:your|the) order has shipped|not shipped yet|\bbefore (?:the |your )?order's ship(?:ping)? date\b|until (?:the time )?(?:it|the order|your order) (?:is|has been) (?:shipped|dispatched)|"
    r"\b(?:has|have)(?: not|n't) (?:yet )?(?:been (?:shipped|dispatched)|entered (?:the )?(?:dispatch|shipping)|shipped|dispatched)\b|"
    + _NEGATED + r"\s+(?:be )?cancell?\w*\b[^.;]{0,40}\b(?:once|after|when|as soon as)\b[^.;]{0,30}\b(?:shipped|dispatched|fulfilled|left our|sent out|in transit)|"
    + _SHIPPED_THEN_NOT + "|" + _BEFORE_IT_LEAVES
)


# "Orders cannot be cancelled, except for pre-order products. ... Once the order has been fulfilled, it can't be
# cancelled": the paragraph refuses cancelling but for some goods, so a limit after it is those goods' only (not
# "cannot be cancelled unless it has not shipped yet": the exception a time, every order's limit)
_REFUSED_BUT_SOME = (r"\b(?:cannot|can ?not|can't) be cancell?ed,? (?:except|unless|apart from|other than|with the exception of)\b"
                     r"(?! (?:it|they|the order|your order|an order) (?:has|have|is|are|was)(?: not|n't)? (?:yet )?(?:been )?(?:not )?(?:yet )?(?:shipped|dispatched|sent|fulfilled)\b)")


# "an order cannot be cancelled once placed": from its first moment, so never (not with a way out after it: "..., except
# within 1 hour", "... unless it has not shipped yet", "..., but contact us within 2 hours")
_NOT_ONCE_PLACED = (r"\b(?:orders?|purchases?)\b[^.;]{0,20}\b(?:can ?not|cannot|can't) be cancell?ed,? (?:once|after) (?:it (?:is|has been) |they (?:are|have been) )?"
                    r"(?:placed|submitted|made|confirmed)\b(?![^.;]*\b(?:except|unless|but|apart from)\b)|"
                    # "Once placed, an order cannot be cancelled or changed before it ships": not even before it leaves
                    r"^\W*once (?:placed|submitted|made|confirmed),? (?:an? |the |your |any )?(?:orders?|purchases?) (?:can ?not|cannot|can't) be cancell?ed\b"
                    r"(?![^.;]*\b(?:except|unless|but|apart from)\b)")


def _cancellation_terms(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_UNTIL_SHIPPED, text) and not _any(_REFUSED_BUT_SOME, clause.paragraph_text) and not _any(_NOT_ONCE_PLACED, text):
        yield Fact("cancellation.until_shipped", True)
    # ("we do not accept returns, exchanges or cancellations": cancelling refused with the rest)
    if (_any(r"(?:orders?|purchases?) (?:are final and )?(?:can ?not|cannot|can't) be cancell?ed\s*[.!]?$|"
             r"(?:we|i) (?:do not|don't) accept (?:(?:returns?|refunds?|exchanges?),? (?:or |and |nor )?)*cancell?ations(?:,? but\b.*)?\s*[.!]?$|no cancell?ations", text)
            and not _any(r"once|after|shipped|" + _PAST_A_DEADLINE, text) or _any(_NOT_ONCE_PLACED, text)) and not categories_in(clause.body) and not scoped(clause, text):
        yield Fact("cancellation.enabled", False)
    elif _any(_CLOSED_AFTER_THE_HOURS, text) and not _any(r"ship|dispatch|fulfil|deliver", text):
        yield Fact("cancellation.until_shipped", False, weak=True)
    # a fault's full refund in a sentence that names no cancelling ("Where the goods have a quality fault, you can have a
    # full refund", read beside a cancellation paragraph's opening) is no cancellation's
    if _any(r"full refund|100\s*%|fully reimburse|" + _ALL_THE_MONEY, text) and (_any(_CANCEL, clause.body) or not _any(_A_FAULT, clause.body)):
        yield Fact("cancellation.refund_percent", "100")
    yield from _cancellation_channel(text)
    for category, _label, _match in categories_in(clause.body):
        if _any(r"can't be cancell?ed|cannot be cancell?ed|not cancell?able|(?:do not|don't) accept cancell?ations", text):
            yield Fact("exclusions.not_cancellable", category, each=True)


# "get all of your money back": nothing kept back ("free of charge" is not read as a full refund: the labelled text
# cancelled-free-of-charge-is-no-fee says only the window)
_ALL_THE_MONEY = r"\ball (?:of )?(?:your|the) money back\b"
# "Cancellations must be sent to us by email", "email us": the medium named in a sentence about cancelling, beside a
# call too ("by phone or by email": convention 1). Not requests.py's `_WRITTEN`: its bare "emailing" would read
# "by calling, emailing or chatting with us live" (a labelled page) as email only
_CANCEL_BY_EMAIL = r"\b(?:by|via|through|per) e-?mail\b|\be-?mail us\b|\b(?:to|at) our e-?mail address\b"
# "we will confirm your cancellation by email", "we email our customers a confirmation": the shop writing, up to the
# clause's end, names no way for the customer to cancel
_SHOP_WRITES = r"\bwe(?: will|'ll| shall| then| also)? (?:e-?mail|confirm|send|notify|write)\w*\b[^.;,]*"
# a fault named: "a quality fault", "reaches you broken", "faulty", "damaged"
_A_FAULT = _FAULT + r"|\bfault(?:s|y)?\b|\bdefect|\bdamaged\b|\bbroken\b"
# "Send me an email asking to cancel", "drop us an email to cancel": the customer's email asks to cancel
_AN_EMAIL_TO_CANCEL = r"\b(?:send|write|drop)\w* (?:us|me|our \w+) an? (?:\w+ )?e-?mail\b[^.;]{0,25}\bto cancel\b"
# "cancelled online", "to cancel, log in to your account", "sign in to cancel": the website, in a clause about cancelling
# (not "log in to track your parcel")
_AN_ONLINE_ORDER = r"(?! (?:orders?|purchases?|shop|store|payments?)\b)"  # not "cancel or change an online order": the order's kind
_CANCEL_ONLINE = (r"\bcancell?ed online\b|\bcancel (?:it |them |your order |an order )?online\b" + _AN_ONLINE_ORDER + "|"
                  r"\bcancel\w*\b[^.;]{0,40}\b(?:log(?:ging)? ?in|sign(?:ing)? ?in|your account|order (?:page|history)|online)\b" + _AN_ONLINE_ORDER + "|"
                  r"\b(?:log(?:ging)?|sign(?:ing)?) ?in\b[^.;]{0,40}\bcancel")


# "by phoning us or by using our contact form": the site's form, no email named (convention 1)
_SITE_FORM = r"\bcontact(?: us)? form\b|\b(?:online|web ?site'?s?|web) (?:contact |cancell?ation )?form\b"


def _cancellation_channel(text: str) -> Iterator[Fact]:
    text = re.sub(_SHOP_WRITES, " ", text)
    if _any(_SITE_FORM, text) and not _any(r"e-?mail|@", text):
        yield Fact("cancellation.request_via", "WEBSITE")
    elif _any(r"to cancel.*(?:email|contact)|(?:email|contact) us to cancel|" + _CANCEL_BY_EMAIL + "|" + _AN_EMAIL_TO_CANCEL, text):
        yield Fact("cancellation.request_via", "EMAIL")
    elif _any(_CANCEL_ONLINE, text):
        yield Fact("cancellation.request_via", "WEBSITE")  # "To cancel your order, log in to your account"


def _about_cancelling(clause: Clause, text: str) -> bool:
    """A refund sentence about a cancelled order: it says so, or stands among sentences about
    cancelling without naming a return ("... within 7 days of receiving the returned item" is a return's)."""
    return _any(_CANCEL, text) or (_any(_CANCEL, clause.paragraph_text) and not _any(r"\breturn|" + _GOODS_BACK, text))


# "once the item(s) are back at our shop", "when the goods reach us", "after we receive the parcel": goods come
# back, so the refund is a return's, whatever heading it stands under (a cancelled order sends nothing back)
_GOODS_BACK = (r"\b(?:is|are|comes?|gets?|arrives?) back (?:with|at|in|to) (?:us|our)\b|"
               r"\b(?:items?|goods|products?|parcels?|packages?|merchandise)\b(?:\(s\))?[^.;]{0,15}\b(?:reach(?:es|ed)? us|arrive[sd]? (?:back )?(?:at|with) us)\b|"
               r"\b(?:once|when|after) we (?:have )?(?:receive|get|got)\w* (?:the |your )?(?:items?|goods|products?|parcels?|packages?|merchandise)\b")


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
