"""The return window: how long the customer has to send goods back and what it counts from, the
legal withdrawal period among them, and the days added for transit when no delivery date is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.quantities import durations
from plugin.policy.drafting.readers.common import _CANCEL, _FAULT, _GONE_BY, FAULT_SET_ASIDE, _NEGATED, _REFUSE_VERB, Fact, _any, _unheld
from plugin.policy.drafting.readers.fault import _sentence_before, about_fault, reported_after_a_fault_question
from plugin.policy.drafting.readers.instructions import STEP_AFTER_REQUEST
from plugin.policy.drafting.readers.periods import MAKE_UP_YOUR_MIND, TELL_US_YOU_RETURN, _day_unit, counted_from_another_event, _window, _window_facts, _window_start
from plugin.policy.drafting.readers.scope import _GENERIC_SUBJECT, _MADE_FOR_THE_ORDER, _SCOPED, PRICE_MATCH, WE_SEND_BACK, names_goods, scoped


# "exchange or store credit only within 7 days": a window for what the shop takes back
_CREDIT_WINDOW = r"(?:exchange|store credit)s? only within"
# "we will refund any unworn item within 365 days of the purchase date": a refund counted from the
# purchase is the return window (a refund's own time counts from the return's arrival)
_REFUND_FROM_PURCHASE = r"\brefund\b[^.;]{0,80}\bwithin \d+ days? (?:of|from) (?:the )?(?:(?:date|day) of (?:the |your )?)?(?:purchase|order)"  # "from the date of purchase" (airpura)
# The determiners a thing sent back is named with, and the paper or money (not goods) that a customer may also send back
_A_DETERMINER = r"(?:the|your|an?|any|this|that|every|each)"
_PAPER_OR_MONEY = (r"(?:forms?|labels?|money|payments?|refunds?|cards?|cheques?|checks?|receipts?|e-?mails?|messages?|invoices?|statements?|"
                   r"contracts?|agreements?|surveys?|questionnaires?|paperwork|documents?|documentation|balance|difference|deposits?|slips?)\b")
_BACK_IN_A_STATE = r"(?:(?:unused|unworn|unopened|undamaged|intact|complete|as new)\s+)?"
_RETURN_WORDS = r"accept (?:returns?|refunds?) within|(?:accept|take)s? (?:\w+ ){0,5}back\b|return|withdraw|retract|money[- ]back|(?:can|may) be (?:\w+ (?:or|and) )?refunded within|"
_RETURN_WORDS += r"\b(?:be|are|is) (?:sent|shipped|posted|mailed) back\b(?! to (?:you|the customer|the buyer))|"  # "Goods must be sent back within 21 days"
_RETURN_WORDS += r"(?:eligible for|request|ask for) (?:a |an )?(?:full )?refund (?:within|up to \w+ (?:\w+ )?days? after|no later than)\b|\b(?:get|have|receive) (?:a |an )?(?:full )?refund\b[^.;]{0,60}\b(?:ask|request it|apply) within|\brefund\b[^.;]{0,30}\bif you (?:ask for it|request it|ask) within|(?:you|customers?) (?:have|get) \d+ (?:\w+ )?days? to|\b(?:you|customers?) (?:have|get|are given) [\w-]+ (?:\w+ )?days? to (?:" + MAKE_UP_YOUR_MIND + r")|" + _REFUND_FROM_PURCHASE + "|" + _CREDIT_WINDOW
# "you can ask for a refund, an exchange or store credit within 14 days": the outcomes of every return asked for, in a series
_OUTCOME = r"(?:a |an )?(?:full )?(?:refund|exchange|store credit)"
_RETURN_WORDS += r"|\b(?:ask for|request|claim) " + _OUTCOME + r"(?:\s*,\s*" + _OUTCOME + r")*,? (?:or|and) " + _OUTCOME + r" within\b"
# "send us a refund request no later than 14 days after you receive it": the request every return makes, by a limit
_RETURN_WORDS += r"|\b(?:send|submit|make|file) (?:us )?an? (?:refund|return) request (?:within|no later than)\b"
# "All exchanges or refunds are limited to 30 days from day of purchase" (customtowel): the ways of taking
# goods back, limited to a number of days
_RETURN_WORDS += r"|\b(?:returns?|refunds?|exchanges?)(?: (?:or|and|/|&) (?:returns?|refunds?|exchanges?))+ (?:are|is) limited to \d"
# The goods going back in other verbs: "send the products back", "post it back", "can come back to us", "bring it back",
# "a full refund is possible for 30 days"; not goods the shop sends back to the customer. "Sending it back" is
# words enough even where the window counts from an invoice: `_BOUGHT_IN_OTHER_WORDS` below decides that case, not these words
_RETURN_WORDS += (r"|\b(?:send|sending|post|posting|mail|mailing) back (?:(?:any|the|your|an?|all|every|each|unwanted|unused|most) )+(?:[\w-]+ )?(?:items?|products?|goods|orders?|purchases?|[a-z]+s?)\b|"  # "you may send back any item(s)"
                  r"\b(?:send|sending|post|posting|mail|mailing) back (?:[\w-]+,? (?:and |or )?){0,2}?(?:items?|products?|goods|orders?|purchases?)\b|"  # "You can send back most items", "send back goods", "send back new, unused products"
                  r"\b(?:send|sending|post|posting|mail|mailing) (?:it|them|things|something|anything|(?:(?:some|all) )?(?!" + _A_DETERMINER + r"\b)(?:[\w-]+ )?(?:items?|products?|goods|orders?|pieces?|parcels?|packages?|[a-z]+s)) back\b(?! to (?:you|the customer|the buyer))|\b(?:posted|mailed) back\b|\b(?:can|may|to|will|must) come back\b|\bcomes? back (?:to us )?within\b|"
                  r"\bbring (?:[\w-]+ ){0,3}back\b|\b(?:full )?refunds? (?:is|are) (?:possible|available)\b|"
                  # "a rug sent back within 30 days of its arrival", "if you changed your mind", "refund and exchange
                  # requests are accepted": goods sent back within a time, the reason every return has, the request for
                  # one (a "Change of mind:" label is a lead, read with its paragraph)
                  # ("sent back unused within 30 days", "comes back to us no later than 30 days after": the goods' state, the limit in other words)
                  r"(?<!refunds )(?<!money )(?<!payments )\b(?:sent|posted|mailed) back (?:to us )?" + _BACK_IN_A_STATE + r"(?:within|no later than)\b|"
                  r"\bcomes? back (?:to us )?" + _BACK_IN_A_STATE + r"(?:within|no later than)\b|\bchang(?:e|ed|ing) your mind\b|"
                  r"\b(?:returns?|refunds?)(?: (?:and|or|&|/) exchanges?)? requests? (?:are|is|can be|may be|must be) (?:accepted|taken|welcome|made|submitted|sent|placed|filed|opened|raised)\b|"
                  r"\b(?:returns?|refunds?)(?: (?:and|or|&|/) exchanges?)? (?:are|is) (?:open|available|possible)\b|\b(?:can|may) be refunded\b")
# "Refunds can be requested up to 30 days after delivery": the refund asked for by a limit
_RETURN_WORDS += r"|\brefunds? (?:can|may|must|should) be (?:requested|claimed|asked for)\b"
# "must arrive back with Handlestore no more than 28 days after the order date": the goods reaching the shop again
_RETURN_WORDS += r"|\b(?:arrive|arrives|be) back (?:with|to|at) (?!you\b|the customer\b)"
# "Items have to reach us within 14 days of your receiving them": the goods back with the shop by a limit
# ("Your purchase has to reach our facility no later than 30 days after it was delivered": the shop named by its place)
# ("The item has to reach us no later than 30 days after you received it"; not "Every claim of damage has to reach us no later
# than 3 business days after": a claim's limit)
_RETURN_WORDS += (r"|\b(?:must|have to|has to|should|needs? to) reach (?:us (?:with)?in|our (?:facility|warehouse|store|shop|premises|returns? (?:centre|center|department))"
                  r" (?:(?:with)?in|no later than))\b|"
                  r"(?:^|[.;]\s*)(?:(?!\b(?:claims?|notices?|notifications?|reports?|complaints?)\b)[^.;])*?\b(?:must|have to|has to|should|needs? to) reach us no later than\b|"
                  # "We will swap or refund an item as long as it reaches us no later than 14 days after": the goods back by a limit
                  r"\b(?:as long as|so long as|provided(?: that)?) (?:it|they|the (?:item|product|goods|parcel)s?) (?:reach(?:es)?|gets? (?:back )?to) us (?:within|no later than)\b")
# "give you back the price you paid": the refund in other words
_MONEY_BACK_TO_YOU = r"give you back (?:the price|your money|what you paid)"
# "We will happily exchange it or give you back the price you paid, as long as you ask no later than 30 days after the
# purchase": the refund or exchange of the goods offered by a limit on asking
_RETURN_WORDS += (r"|\b(?:exchange (?:it|them)|refund (?:it|them)|" + _MONEY_BACK_TO_YOU + r"|(?:give|offer) you (?:a |your )?(?:full )?refund)\b"
                  r"[^.;]{0,60}?\b(?:as long as|so long as|provided(?: that)?|if) you (?:ask|request|contact us|tell us|let us know|get in touch)\b")
# "After 30 days from your purchase, we can no longer give a refund or an exchange", "Past 14 days of delivery, no refund is
# possible": the time past the limit said first, then the refund or the exchange refused
_RETURN_WORDS += (r"|^\W*(?:once )?(?:after|beyond|past|more than) \d{1,4} days?\b[^.;]{0,60}?\b(?:no longer|not|no|cannot|can't|won't|unable)\b"
                  r"[^.;]{0,30}?\b(?:refunds?|exchanges?)\b")

# "you may send a purchase back", "post the puzzle back", "mail your order back", "send the items back": any thing or things the
# customer has, with its determiner, sent back (the one place a determiner is read: the pattern above takes the goods bare).
# Not the paper or the money that goes back and forth ("send the signed agreement back", "mail the invoice back", "post the
# difference back"), nor what the shop sends back ("We ship every order back within 3 days of a claim")
_RETURN_WORDS += (r"|(?<!\bwe )(?<!\bwe will )(?<!\bwe'll )(?<!\bwe can )(?<!\bwe may )\b(?:send|sending|post|posting|mail|mailing|ship|shipping) " + _A_DETERMINER + r" (?:[\w-]+ )?"
                  r"(?!" + _PAPER_OR_MONEY + r")[a-z]+ back\b(?! to (?:you|the customer|the buyer))")

# Exchanges named beside returns or refunds as one of the ways of taking goods back in a window sentence:
# "exchanges or refunds are limited to", "return/exchange policy", "returns and exchanges within", "If you
# would like an exchange ..., you can return it within" (customtowel, jmleathersupply, shoptelescopes,
# billiardpooltableplus). The window is every return's; the sentence offers exchanges inside it.
_EXCHANGE_AMONG_RETURNS = (
    r"\bexchanges? (?:or|and|/|&) (?:refunds?|returns?)\b|\breturns?\s*(?:/|and|&|or)\s*exchanges?\b|"
    r"\bif you (?:would like|want|wish|need|prefer) an? exchange\b[^.;]{0,80}\byou (?:can|may) return\b|"
    # "we will exchange it or give you a full refund": an exchange offered beside a refund for the same goods
    r"\b(?:exchang|swap)\w* (?:it|them)\b[^.;]{0,50}?\bor (?:give you |issue you |offer you |for )?(?:a |an )?(?:full )?refund\b|"
    r"\b(?:exchang|swap)\w* (?:it|them)\b[^.;]{0,20}?\bor " + _MONEY_BACK_TO_YOU + r"\b"
)


# "we will exchange it, give you store credit, or refund the price", "a replacement, an exchange or a credit": the
# remedies offered for what comes back, in a series of three or more; an exchange among them is one way of every
# return's, not a window for exchanges alone
_REMEDY = r"(?:exchang\w*|refund\w*|replac\w*|swap\w*|(?:store )?credit\w*)"
_REMEDY_SERIES = rf"\b{_REMEDY}\b[^.;,]{{0,40}},[^.;]{{0,60}}?,?\s*\bor (?:an? |we (?:will |can )?)?{_REMEDY}\b"


# "return it or exchange it", "ask for a return or an exchange", "sent back or exchanged": both kinds coordinated
_RETURNS_AND_EXCHANGES = r"(?:return(?:s|ed)?|sen[dt] (?:[\w-]+ ){0,2}back)(?: (?:it|them))?\s*,?\s*(?:/|and|or|&)\s*(?:an? )?exchang(?:e[sd]?|ing)\b|exchange or return|(?:returns?|send)\b[^.]{0,160}\bfor (?:a |an )?(?:full )?(?:refund|exchange|store credit)(?:, (?:a |an )?(?:full )?(?:refund|exchange|store credit))*,? or (?:an? )?(?:refund|exchange|store credit)"
# "can be refunded or exchanged", "to be refunded in full or to exchange them", "for an exchange or for a refund": the refund
# and the exchange as the two outcomes of one return, in the verbs or with a "for" each
# (the one place the two are read in either order: "refunds or exchanges", "exchange or refund" too)
_RETURNS_AND_EXCHANGES += (r"|\brefund(?:s|ed)?(?: in full)?\s*,?\s*(?:or|and|/|&)\s*(?:to (?:be )?|for )?(?:an? )?exchang(?:e[sd]?|ing)\b|"
                           r"\bexchang(?:e|ed)\s*,?\s*(?:or|and|/|&)\s*(?:for )?(?:an? )?(?:full )?refund(?:s|ed)?\b")
# "you can exchange it, or return it within 30 days", "items can be exchanged, or returned": the exchange named first;
# "return it, exchange it, or take store credit": a series of the outcomes
_RETURNS_AND_EXCHANGES += (r"|\bexchang(?:e|ed)(?: (?:it|them))?\s*,?\s*(?:or|and|/|&)\s*(?:be )?return(?:ed)?\b|"
                           r"\breturn(?: (?:it|them))?\s*,\s*exchange\b")
# "ask for store credit or an exchange": credit and an exchange, the two outcomes of every return where the shop refunds
# no money; beside a refund's own window ("For a refund, within 15 days; for an exchange or credit, within 60") a later tier
_CREDIT_OR_EXCHANGE = r"\b(?:store |merchandise )?credit\s*(?:or|and|/|&)\s*(?:for )?(?:an? )?exchange\b|\bexchange\s*(?:or|and|/|&)\s*(?:for )?(?:a )?(?:store |merchandise )credit\b"


def _credit_or_exchange_window(clause: Clause, text: str) -> bool:
    """Credit or an exchange offered in the window sentence, with no refund named anywhere in the sentence."""
    # (not a later tier: "Items returned after 30 days are eligible for store credit or an exchange within 60 days")
    return _any(_CREDIT_OR_EXCHANGE, text) and not _any(r"\brefund", clause.body) and not _any(_LATER_TIER, text)
# "returned after 30 days", "After 30 days from delivery, ...", "between 30 and 60 days": the time past a first limit
_LATER_TIER = r"\bafter (?:the )?(?:first )?\d{1,4} (?:calendar |business |working )?days\b|\bbetween \d{1,4} and \d{1,4} days\b"
# "Orders can be refunded or exchanged before they ship, within 24 hours of purchase": an order undone before it leaves the
# shop, a cancellation in other words, whose time is no return window
_BEFORE_IT_SHIPS = (r"\b(?:before|until|prior to) (?:it|they|the order|your order|the goods|the items?)\s+(?:ships?|(?:is|are|has|have) (?:been )?"
                    r"(?:shipped|dispatched|sent out|posted)|dispatch(?:es)?|leaves? (?:our|the) (?:warehouse|shop|store))\b")
# A duration about when the refund arrives, not about how long the customer has to send it back.
_REFUND_TIMING = r"receive (?:your |a |the )?(?:refund|credit)|refunds? (?:will|should|may|usually|typically|takes?)|to (?:receive|get) (?:your |a )?refund"
# "we pay you back within 5 working days", "once your return has arrived", "when a return reaches us", "the
# money is paid back": the money going out, counted from the return coming back to the shop
_REFUND_TIMING += (r"|\b(?:pay|paid|credit|reimburse) you(?: back)?\b[^.;]{0,60}\bwithin \d|"
                   r"\b(?:after|once|when|as soon as) (?:your |the |a |each |every )?returns? (?:(?:has|have|is|are) )?(?:been )?(?:arriv\w*|reach\w* us|received|c[oa]mes? back|back with us)|"
                   # "the money is paid back to your card within 7 days", "the money goes back to your original payment method"
                   r"\bmoney (?:is |will be |gets? )?(?:paid|sent|goes|will go|credited) back\b|"
                   # "Returns of items bought online or at the store are refunded within 5 days of receipt": the refund's own time
                   # (not "can be refunded within 30 days", what the customer may still ask for)
                   r"\breturns?\b[^.;]{0,60}\b(?:are|is|will be|get|gets) (?:fully )?refunded (?:with)?in \d|"
                   # "we email you and issue your refund within 7 business days", "we will then issue a refund within 10 days":
                   # the shop's act on the money, the sentence's first time the refund's (not "request a refund within 30 days",
                   # the customer's; nor "Items can be returned within 30 days, and we issue your refund within 5 days")
                   # (not a time counted from the customer's purchase or delivery, "we will issue a refund within 30 days of
                   # purchase": the window of a guarantee)
                   r"^[^\d]*\b(?:we|we'll|we will|and) (?:then )?(?:issue|send|make|complete)\w* (?:you )?(?:your |the |a )?(?:full )?refunds?\b[^.;\d]{0,20}\bwithin \d+"
                   r"(?!\d|\s*(?:business |working |calendar )?(?:days?|weeks?|months?) (?:of|from|after|following|since) (?:the )?(?:date of |day of )?"
                   r"(?:your |the )?(?:purchase|delivery|order|invoice|shipment|dispatch|buying)\b)")


# The consumer's legal right to withdraw from a distance sale ("the right to cancel this contract
# within 14 days", "14 calendar days under law to cancel your order"): the goods go back, so it is a
# return window, never the shop's order-cancellation window.
_WITHDRAWAL = (
    r"right (?:of|to) (?:cancel|withdraw|revo)\w*|withdraw\w* from (?:this|the|a|your) (?:contract|agreement|purchase)|"
    r"(?:cancel|revoke) (?:this|the) (?:contract|agreement)|(?:cancellation|withdrawal|revocation) (?:period|deadline)|\brevo(?:ke|cation)\b|"
    r"cooling[- ]off|(?:under|by) (?:the )?law to (?:cancel|withdraw)|statutory right to (?:cancel|withdraw)|legal right to (?:cancel|withdraw)"
)
# What follows the right's exercise: the refund, the goods sent back, each counted from the notice.
_AFTER_WITHDRAWAL = r"repay|reimburs|refund|return the goods|send (?:back )?the goods|hand (?:them|the goods) over|notif|inform(?:ed)? us"


def _withdrawal_window(text: str) -> Iterator[Fact]:
    """The withdrawal period as the return window; a deadline counted from the customer's notice,
    or a period counted from the contract, has no setting and goes to the merchant."""
    found = [(low, where) for low, high, where in durations(text) if low.hours is None and high is None]
    if not found:
        return
    if _any(_AFTER_WITHDRAWAL, text):
        yield _unheld("a deadline counted from the notice of withdrawal: no setting holds it")
        return
    low, where = found[0]
    after = text[where.end() :]
    if _any(r"^\W*(?:from|of|after) the (?:day|date) (?:on which |when )?(?:the )?contract|conclusion of the contract", after):
        yield _unheld("a withdrawal period counted from the contract: no setting holds it")
        return
    window = {"days": low.days}
    if low.business is not None:
        window["unit"] = _day_unit(low)
    starts = "DELIVERY" if _any(r"possession|receiv\w* the goods|deliver", after) else _window_start(text, where.end())
    if starts:
        window["starts"] = starts
    yield from _window_facts("returns.window", window)


# "you have a legal 14-day cooling-off period ... we extend this to 30 days": the shop's own window
_EXTENDED = r"\bextend\w* (?:this|it|that|the (?:\w+ )?(?:period|window|policy)) to (\d{1,4}) days"


# "The manufacturer accepts returns within 60 days of purchase", "The brand's own service centre takes items
# back within 90 days": another party's terms, not the shop's window
_ANOTHER_PARTY = (r"^\W*(?:the |some |most |many )?(?:manufacturer|maker|brand|supplier|vendor|distributor|carrier|courier|marketplace)s?(?:'s?|’s?)?"
                  r"(?: (?:own|official))?(?: (?:service (?:centre|center)|repair (?:centre|center)|returns? (?:desk|department|team)))?\b(?! (?:box|packaging|warranty)\b)")


# "From the moment you tell us you want to return it, you have 14 days to send it", "After you notify us, you get 10 days to
# post it back": a deadline counted from the customer's notice, the step after the request (the return window is the
# notice's own deadline)
_FROM_THE_NOTICE = (r"^\W*(?:from|after|once|when|since) (?:the (?:moment|day|date|time) )?(?:(?:that|when|on which) )?you(?: have)? "
                    r"(?:tell|told|notify|notified|inform|informed|let us know|contact|contacted|e-?mail|e-?mailed|ask|asked|request|requested)\b[^,;.]{0,80},"
                    # (the days given from then; not "When you contact us, remember that returns are accepted within 30 days")
                    r"\s*(?:you|customers?|buyers?) (?:(?:will |then |still )?(?:have|get)|are given)\b")


# "The rest is payable within 15 days after your gown arrives": the customer's payment, due by a day
PAYMENT_DUE = r"\bpayable\b|\b(?:balance|payment) (?:is |will be )?due\b"


def _another_clock(clause: Clause, text: str) -> bool:
    """A fault's deadline asked about before ("Did it arrive broken? Tell us within a week", the fault reader's),
    another party's terms, a price promise's days, a payment's term, or a deadline counted from the customer's notice:
    no return window."""
    return (_reports_a_fault_asked_before(clause) or _any(_ANOTHER_PARTY, clause.body) or _any(PRICE_MATCH + "|" + PAYMENT_DUE, text)
            or _from_the_notice(clause, text))


def _from_the_notice(clause: Clause, text: str) -> bool:
    """`_FROM_THE_NOTICE`, with no event of its own after the days ("Once you contact us, you can return it within 30 days of
    delivery" still counts from the delivery)."""
    if not _any(_FROM_THE_NOTICE, clause.body):
        return False
    window = _window(text, allow_unanchored=True)
    return window is not None and "starts" not in window


def return_window(clause: Clause, text: str) -> Iterator[Fact]:
    if _another_clock(clause, text):
        return
    text = re.sub(r"\b(\d{1,4}) natural (days?)\b", r"\1 \2", text)  # "within 14 natural days" (shoptelescopes): days as the calendar counts them
    yield from _named_window_unit(text)
    extended = re.search(_EXTENDED, text)
    if extended and _any(_WITHDRAWAL + "|return", clause.paragraph_text):
        yield Fact("returns.window.days", int(extended.group(1)))
        return
    if _any(_WITHDRAWAL, text):
        if _any(_EXTENDED, clause.paragraph_text):
            yield _unheld("the legal period, which the shop extends in another sentence")
            return
        if scoped(clause, text):  # "EU customers have the right to cancel within 14 days": some customers' right
            yield _unheld("a withdrawal period for some customers or orders only: no setting holds it")
            return
        yield from _withdrawal_window(text)
        return
    if not _any(_RETURN_WORDS, text):
        yield from _start_said_apart(clause, text)
        yield from _window_lead(clause, text)
        yield from _window_in_a_returns_paragraph(clause, text)
        return
    text = _own_part(text)
    exchange = _any(r"exchange", _without_names(clause, text)) and not _any(_RETURNS_AND_EXCHANGES + "|" + _CREDIT_WINDOW + "|" + _KINDS_SERIES + "|" + _EXCHANGE_AMONG_RETURNS + "|" + _REMEDY_SERIES, text) \
        and not _credit_or_exchange_window(clause, text)
    refund_from_purchase = _any(_REFUND_FROM_PURCHASE, text) and not _any(r"\breturn", text)
    gate = re.sub(_UNWANTED_OR_FAULTY + "|" + _NO_FAULT + "|" + _DISSATISFIED_OR_FAULTY, "items", text)
    if not refund_from_purchase and (exchange or _any(_FAULT + "|" + _CANCEL + "|" + _ON_THE_SHOPS_TIME, gate)):
        return
    window = _return_window_of(clause, text)
    declined = _window_declined(clause, text, window) if window else None
    if declined:
        yield _unheld(declined)
        return
    if window:
        yield from _stated_or_asked_for(text, window)
        yield from _exchange_in_window(text)
    if _any(_MOST_WITH_STATES, text) or _any(r"for most (?:items|products)|" + _MOST_GOODS + r"|^\W*(?:with|apart from|aside from|except for|barring) (?:a few|few|some|limited|certain|minor|a handful of) exceptions\b|"
            # "on the majority of our products", "The majority of our items can be sent back": most, in other words
            r"\b(?:the )?(?:vast |great )?majority of (?:our |the )?(?:items|products|goods|merchandise|stock|range)\b|"
            r"^\W*most (?:of )?(?:our|the) (?:items|products|goods|merchandise)\b", text) or _any(r"^(?:- )?most (?:items|products) (?:can|may|are)", clause.body):
        yield Fact("returns.most_items_only", True)


# "we will ship replacement products within two working days", "we deal with your return ... normally within 5 working days",
# "we give your money back within 7 days": the shop's own act on a return it has, counted from no event the window knows
# (not "we refund any item returned within 30 days", "Every wig we ship can be returned within 10 days" or "We ship to
# Canada only and accept returns within 30 days", the customer's act the nearest, nor "we give a full refund within 30
# days of purchase", a window counted from the purchase)
_SHOPS_OWN_ACT = (r"\bwe (?:(?:will|shall|can|aim to|try to|then|usually|normally|generally) )*(?:ship|deal with|give|pay|dispatch|send out|repair|replace)\w*\b"
                  r"(?:(?!\breturned\b|\breturn (?:it|them|the|your|any|an?)\b|\breturns? within\b|\baccept\w*|\bsen[dt] (?:it |them )?back\b|\bbr(?:ing|ought)\b)[^.;]){0,60}?"
                  r"\bwithin \d+ (?:\w+ )?(?:days?|weeks?|hours?)\b(?! (?:of|from|after|following)\b)")


# "If we approve your request, we send you the address and a return ID." then "Sending it back: post the item within 7
# days": the step before is the shop's approval, so a deadline counted from no event is the ship-by one after it
# (a label only as the shop's reply, "we email you a return label"; not one "included in every parcel" or printed from the
# account, which every return has before any request)
_APPROVAL_BEFORE = (r"\bapprov\w*|\bauthori[sz]\w*|\brma\b|\breturn (?:id|number)s?\b|"
                    r"\b(?:we|you(?:'ll| will)? (?:get|receive))\b[^.;]{0,30}\breturn labels?\b")
# ("Sending it back: post the item within 7 days", "Please send the goods within 7 days": the step told as an order; not
# "You can return any item within 60 days" or "We accept returns within 45 days" after it, which state the window)
_SEND_IT_NOW = r"^\W*(?:[\w ]{1,30}:\s*)?(?:please |just |simply )?(?:post|send|mail|ship|return|drop off|get)\b"


def _return_window_of(clause: Clause, text: str) -> dict | None:
    """The window a sentence about returns states; none for a ship-by deadline counted from no event in the step after
    the request ("Once you have the return details, get it back to us within 14 days": the instructions reader's)."""
    window = _with_start_in_other_words(_stated_window(text) or _range_deadline(text), text, clause.body)
    # (a deadline counted from some event, "within 15 days of the RA number being issued", is `_window_declined`'s to judge)
    counted = _any(r"\b\d+ (?:\w+ )?days? (?:of|from|after|following)\b", text)
    after_the_request = _any(STEP_AFTER_REQUEST, text) or (not counted and _any(_SEND_IT_NOW, text) and _any(_APPROVAL_BEFORE, _sentence_before(clause).lower()))
    return None if window and "starts" not in window and after_the_request else window


# "Most unworn, unwashed items in original packaging can be returned" (horsetackhub), "You may return most new,
# unopened items within 30 days" (uberchicbeauty): "most" before the state words the items must be in
_ITEM_STATE = r"(?:new|unused|unworn|unwashed|unopened|undamaged|sealed|unaltered|full[- ]priced?|regular[- ]priced?|non-sale)"
_MOST_WITH_STATES = rf"(?:^\W*|\b(?:return|send back|exchange) )most {_ITEM_STATE}(?:,? (?:and |or )?{_ITEM_STATE}){{0,3}} (?:items|products|merchandise|goods)\b"


# "Most non-sale purchases can be returned", "returning or exchanging most items is simple", "send back most goods": most of
# what the shop sells, with up to two words of their kind or state, opening the sentence or taken back
# (not what sending some back costs: "Returning most small items costs only a few pounds")
_MOST_GOODS = (r"(?:^\W*|\b(?:return(?:ing)?|exchang(?:e|ing)|(?:send|post|mail)(?:ing)? back) )most (?:[a-z-]+ ){0,2}?"
               r"(?:items|products|goods|merchandise|purchases)\b(?! (?:costs?|will cost)\b)")


# "Lamp not working? Post it to us within 20 days of getting it", "Arrived damaged? Return them within a
# week": the pronoun points back at the faulty goods the question names, so the deadline is the fault's
_FAULTY_ONE_SENT_BACK = r"^\W*(?:please |just |simply )?(?:send|ship|post|mail|return|bring) (?:it|them)\b"


def _reports_a_fault_asked_before(clause: Clause) -> bool:
    before = _sentence_before(clause)
    answered = reported_after_a_fault_question(clause, before) or (before.rstrip().endswith("?") and _any(_FAULTY_ONE_SENT_BACK, clause.body))
    return bool(before) and answered and about_fault(clause, before) and not _any(_RETURN_WORDS, before)


# "we reply within a day", "our team replies within 2 days", "our answer comes within 48 hours": the shop's reply; not the customer answering
# the shop's email ("reply to your order confirmation no later than 14 days after delivery")
_SHOP_REPLIES = (r"\b(?:repl(?:y|ies|ied)|answer(?:s|ed)?|gets? back to you)\b(?! (?:to )?(?:the|our|this|that|your) (?:[\w-]+ ){0,2}(?:e-?mail|message)s?\b)|"
                 # ("We'll answer your message within a day", "our team replies to your email": the shop the one answering the message)
                 r"\b(?:we|our (?:[\w-]+ ){0,2}?(?:team|staff|service|support|department))(?:'ll| will| aim to| try to| usually| always| normally)* "
                 r"(?:repl(?:y|ies)|answer(?:s)?|respond(?:s)?)\b")
# "we send it back to you within 5 days", "we'll post the goods back to you": the shop's clock for goods it returns
_SENT_TO_THE_CUSTOMER = WE_SEND_BACK
# "we look at your request and, if approved, email you a return number, usually within 2 business days": the shop
# sending the customer something, with nothing of the customer's between it and its time, on the shop's clock
# ("The return label is emailed to you within 2 days", "A return number will be sent to you within 24 hours": the same
# told of what is sent; no word of the return between, "Products are sent to you with a 30-day return window")
_ON_THE_SHOPS_CLOCK = r"(?:(?:normally|usually|typically|generally|often|always) )?within \d"
_SHOP_SENDS_YOU = (r"\b(?:e-?mail|send|message|text|issue|give)s? you (?:(?!(?:and|to|then|you|it|them|back)\b)[\w()-]+,? ){0,6}" + _ON_THE_SHOPS_CLOCK + "|"
                   r"\b(?:is|are|will be|gets?|should be) (?:e-?mailed|sent|mailed|messaged|texted|issued|given) (?:out )?to you,? "
                   r"(?:(?!(?:and|to|then|you|it|them|back|return\w*|can|may|must|window)\b)[\w()-]+,? ){0,6}" + _ON_THE_SHOPS_CLOCK)
# the shop's own time over a return it has, a refund, its reply or an order it sends: no return window
_ON_THE_SHOPS_TIME = (r"refunds? (?:are|is|will be) (?:processed|issued)|process (?:your |the )?refund|\bprocessing (?:a |the |your )?(?:refund|return)s?\b|"
                      r"ship the item|(?:shipped|ships|dispatched) within|\btakes? (?:up to |about |around |approximately )?\d|respon[sd]|" + _SHOP_REPLIES + "|" + _SHOP_SENDS_YOU + "|"
                      r"\b(?:we|our (?:\w+ )?(?:team|staff|warehouse)) (?:will |aim to |try to )?(?:inspect|review|check|examine|assess|test)(?:s\b|\b)|"
                      r"\bwe (?:will |aim to |try to )?(?:have|get) (?:it|this|that|them|everything) (?:done|sorted|completed)\b|(?:are|is|will be) (?:inspected|reviewed|checked|examined|assessed)\b|"
                      + _REFUND_TIMING + r"|once (?:your |the )?return (?:is|has been) received|(?:after|once|when) we (?:receive|get) (?:your |the )?return|to process\b|"
                      r"returns? (?:are|is|will be) processed|once (?:we|our [\w ]{1,30}) receives?\b|"
                      r"\b(?:of|after|from) (?:getting|receiving) (?:the |your )?(?:items?|goods|products?|parcels?) back\b|"  # "we refund you within 14 days of getting the item back"
                      r"\b(?:bank|card issuer|financial institution)s?\b[^.;]{0,30}\b(?:need|take|require)s?\b|"  # "your bank may need up to five days to show it"
                      + _SENT_TO_THE_CUSTOMER + "|" + _BEFORE_IT_SHIPS + "|" + _SHOPS_OWN_ACT)


def on_the_shops_time(text: str) -> bool:
    """Whether a duration in the sentence is likely the shop's time over a return, a refund or an order, not a window."""
    return _any(_ON_THE_SHOPS_TIME, text)


# "has not been used or damaged", "free of damage", "without any damage": no damage is a state the goods must be
# in to come back, not a fault of the shop's; and a fault denied ("Even if nothing is wrong with the product ...")
_NO_FAULT = (r"\b(?:not|never|n't) (?:been )?(?:[\w-]+,? (?:or|and|nor) )?(?:damaged|defaced|faulty|defective)\b|\bfree (?:of|from) (?:any )?(?:(?:quality )?(?:problems?|issues?|defects?) (?:or|and) )?damage\b|"
              r"\bwithout (?:any )?(?:[\w-]+ (?:or|and) )?damage\b|\bno (?:signs? of )?damage\b|\bnothing(?:'s| is)? wrong\b|"
              # "To return an item for a reason other than a defect or damage, you have 14 days": every return but a fault's
              + FAULT_SET_ASIDE)


# "Unused or faulty items can be returned within 30 days of delivery" (paiutetrails), "unwanted or faulty goods":
# the subject is every item, wanted back or faulty, so the window is every return's, not a fault's only
_UNWANTED_OR_FAULTY = (r"\b(?:unused|unwanted|unworn|unopened)\s*(?:,|or|and|and/or|/)\s*(?:faulty|defective|damaged)\s+(?:items?|products?|goods|merchandise)\b|"
                       r"\b(?:faulty|defective|damaged)\s*(?:,|or|and|and/or|/)\s*(?:unused|unwanted|unworn|unopened)\s+(?:items?|products?|goods|merchandise)\b")


# "If the board doesn't satisfy you, or the item you received is defective or damaged, send us a request within 14 days": the
# goods unwanted or faulty, every return, so the window is every return's (as `_UNWANTED_OR_FAULTY`)
_DISSATISFIED_OR_FAULTY = (r"\b(?:(?:do|does|did)(?:n't| not) (?:fully )?satisfy you|(?:are|were|'re)(?:n't| not) (?:fully )?(?:satisfied|happy)|(?:are|were|'re) (?:unhappy|dissatisfied))\b"
                           r"[^.;]{0,40}?,? or (?:if )?[^.;]{0,40}?\b(?:defective|damaged|faulty)(?:,? (?:or|and) (?:defective|damaged|faulty))?\b")


# "Get in touch no later than 7 days after your order arrives", "Email us within 10 days of delivery": a
# deadline for asking, which stands for the window until a sentence states the return's own limit ("Past
# the first 7 days you can still return it, with a fee; after 30 days, no returns")
_ASKING_DEADLINE = (r"\b(?:get in touch|contact|e-?mail|message|tell us|let us know|notify|reach out|write to|call)\b[^.;]{0,80}?"
                    r"\b(?:within|no later than|not later than|no more than)\s+\d")


def _stated_or_asked_for(text: str, window: dict) -> Iterator[Fact]:
    # "After approval, the item has to be shipped back within 7 days of delivery": the step after the request stands for
    # the window only where no sentence gives the window itself (a deadline to ask given first is the window, as labels read it)
    weak = _any(_ASKING_DEADLINE + "|" + STEP_AFTER_REQUEST + "|" + TELL_US_YOU_RETURN, text)
    for fact in _window_facts("returns.window", window):
        yield replace(fact, weak=weak)


def _exchange_in_window(text: str) -> Iterator[Fact]:
    """"We offer a 14 day return/exchange policy", "returns and exchanges within 14 days": exchanges
    offered in the window sentence, beside returns (implied, so a sentence about exchanges says more)."""
    # offered ("we offer", "support", "you can"), not a limit every return and exchange must keep ("All
    # returns/exchanges must be made within 30 days" states the window only)
    offered = _any(r"\b(?:offer|support|allow|accept|welcome)s?\b|\b(?:can|may)\b|(?:returns?|exchanges?) (?:policy|period|window)\b", text)
    if offered and _any(_EXCHANGE_AMONG_RETURNS, text) and not _any(_NEGATED + "|" + _FAULT + r"|\bonly\b|\bmust\b", text):
        yield Fact("resolutions.exchange", "ALWAYS", weak=True)


# Where one clock's part of a sentence ends and another's begins: a semicolon, or a comma before "and", "but" or "while"
# ("Products must come back within 30 days, and refunds are issued within 14 days")
_PARTS = r";\s*|,\s*(?:and|but|while|whereas)\s+"


def _own_part(text: str) -> str:
    """"Items must be returned within 30 days; refunds are processed within 10 days": two clocks, one to each
    part. The return's part is the one that names the return and a duration; the other part's words
    (the refund's, or a part with no duration at all) do not stop it being read."""
    pieces = re.split(_PARTS, text)
    timed = [part for part in pieces if durations(part)]
    if len(timed) == 1 and _any(_RETURN_WORDS, timed[0]):
        return timed[0]  # "Return it within 30 days; when your return arrives we refund you": the other part has no clock
    own = [part for part in timed if _any(_RETURN_WORDS, part)]
    if len(timed) < 2 or not own or len({tuple(low for low, _high, _where in durations(part)) for part in own}) > 1:
        return text
    # the return's clock, said once or twice ("Our policy is 30 days, and you send it back within 30 days of delivery"),
    # without the other clocks' parts
    return "; ".join(part for part in pieces if part in own or not durations(part))


# "A 10% restocking fee is charged when goods are not returned within 14 days", "Items not sent back within 7 days are
# charged a late fee": a charge for goods kept past the days, which does not say a return after them is refused
_NOT_RETURNED_WITHIN = r"(?:\bnot|n't|\bnever|\bfail(?:s|ed)? to) (?:be(?:en)? )?(?:returned|sent back|posted back|brought back|back)\b[^.;]{0,20}?\bwithin \d"
_CHARGE = r"\b(?:fees?|charged?|charges|penalty|penalties|bill(?:ed)?|invoiced?)\b"
_LATE_CHARGE = rf"{_CHARGE}[^.;]{{0,80}}?{_NOT_RETURNED_WITHIN}|{_NOT_RETURNED_WITHIN}[^.;]{{0,60}}?{_CHARGE}"


def _window_declined(clause: Clause, text: str, window: dict) -> str | None:
    """Why a window a sentence states is no return window the settings hold, if it is not."""
    if _any(_LATE_CHARGE, text):
        return "a charge for goods kept past a deadline: no setting holds it"
    if _any(r"^\W*(?:[\w-]+ )?(?:charges?|deposits?|fees?) (?:are|is|will be) (?:refunded|credited|returned)\b", text):
        return "a charge refunded on a deadline: no setting holds it"  # "Core charges are refunded when the old part is returned within 30 days"
    if _goods_have_window(text) or _scoped_window(clause, text):
        return "a window for some items or orders only: no setting holds it"  # "Electronics have a 14-day return window"
    if "starts" not in window and counted_from_another_event(text):
        return "a window counted from an event no setting knows: no setting holds it"  # "within 14 days of the repair"
    return _not_the_window(text, window)


def _not_the_window(text: str, window: dict) -> str | None:
    """A duration in a sentence about returns that is no limit on them: how long a label or code stays
    valid ("Return labels are valid for 30 days"), how long the shop takes over a return it has, or a band
    of days past some limit ("Returns made between 31 and 60 days after delivery receive store credit")."""
    if _any(r"\b(?:labels?|codes?|numbers?|rmas?|authori[sz]ations?|links?)\b[^.;]{0,20}\b(?:(?:are|is|remains?|stays?) (?:valid|active|good)|expires?)\b", text):
        return "how long a label or number stays valid: no setting holds it"
    if _any(r"\bwe (?:\w+ )?process(?:es)? (?:the |your |all |any )?(?:returns?|returned (?:items?|goods|products?))\b[^.;]{0,20}\bwithin\b", text):
        return "how long the shop takes over a return it has: no setting holds it"  # "we process the return within 5 days"
    band = re.search(r"\bbetween \d+ (?:and|to|-) (\d+) (?:\w+ )?days?\b|\b\d+\s*-\s*(\d+) days (?:after|from|of)\b", text)
    if band and int(band.group(1) or band.group(2)) == window["days"]:
        return "a band of days past some limit: no setting holds it"  # not "within 30 days for a refund, between 31 and 60 for credit"
    return None


# "For returns, refunds, and exchanges, contact us within ...": a series of the ways of taking goods
# back names exchanges as one of them, as "returns and exchanges" does
# ("return, exchange or get a refund": the last kind with the customer's verb)
_KINDS_SERIES = (r"\breturns?(?:\s*,\s*(?:refunds?|exchanges?|store credit))+\s*,?\s*(?:and|or|&)\s*(?:(?:get|ask for|request) )?(?:an? )?(?:refunds?|exchanges?|store credit)\b|"
                 r"\bexchanged (?:or|and|/) (?:returned|refunded)\b")  # "Items may be exchanged or returned within 30 days"
# "Return authorizations must be requested within 30 days", "RMA requests must be made within 14 days":
# the subject is the customer's request for a return, which every return makes, not some goods
_REQUEST_NOUN = (r"\b(?:return (?:merchandise |material |goods )?authori[sz]ations?|rmas?|return requests?|requests? for (?:a )?return)"
                 r"(?: (?:numbers?|requests?))?\b")


# "Any return of non-food items", "Non-sale products can come back": goods named by what they are not, the kind the shop
# refuses left out, so every item the shop takes back (as "full-price items" is), not some goods
_NAMED_BY_WHAT_THEY_ARE_NOT = r"\bnon-?(?!returnable|refundable|exchangeable)[a-z]+ (?=(?:items?|products?|goods|merchandise|orders?|purchases?)\b)"


def _scoped_window(clause: Clause, text: str) -> bool:
    """`scoped`, with a request for a return as the subject read as every return's, and goods named by what they are not
    as every item."""
    if not _any(_REQUEST_NOUN + "|" + _NAMED_BY_WHAT_THEY_ARE_NOT, clause.body):
        return scoped(clause, text)
    plain = re.sub(_NAMED_BY_WHAT_THEY_ARE_NOT, "", re.sub(_REQUEST_NOUN, "requests", clause.text, flags=re.IGNORECASE), flags=re.IGNORECASE)
    return scoped(replace(clause, text=plain), re.sub(_NAMED_BY_WHAT_THEY_ARE_NOT, "", re.sub(_REQUEST_NOUN, "requests", text)))


# More of the words a return window is counted from, past those `_window_start` reads: "from the day you took
# delivery", "of getting your order", "from when you got them", "of it arriving", "upon receipt", "of the
# transaction date"
_DELIVERED_IN_OTHER_WORDS = (
    r"^\W*(?:of|from|after|since|upon|on)\s+(?:the (?:day|date|time) )?(?:(?:when|that) )?(?:you |they )?"
    r"(?:took delivery|taking delivery|getting (?:your |the )?(?:order|items?|parcel|package|goods|purchase)|(?:you )?got (?:it|them|your order|the items?)\b|"
    r"(?:it|they|the (?:items?|order|parcel|package|goods)|your (?:order|items?|parcel|package)) (?:arriv\w*|reach\w* you|(?:is|was|are|were) received)|receipt\b)"
)
# "of the invoice date", "from your invoice": the invoice is dated the day of the purchase (billiardpooltableplus)
_BOUGHT_IN_OTHER_WORDS = r"^\W*(?:of|from|after)\s+(?:the |your )?(?:original )?(?:date of (?:the |your )?)?(?:transaction|invoice)\b"


# "Once your order has been delivered, you have 15 days ...", "From the day your parcel arrives, you get 30
# days ...", "After you take possession you have 7 days": the event the days count from said first, in a clause of its own
# before the customer's days
# ("Our returns policy runs for 30 days: from the day your order reaches you, you have 30 days ...": after a lead too)
_EVENT_FIRST = r"(?:^|(?<=:\s))\W*(?:once|from|starting|counting|beginning|after|upon|when)\b[^,;.]{3,60}?,?\s+(?:you|customers?|buyers?) (?:have|get|are given)\b"


def _with_start_in_other_words(window: dict | None, text: str, body: str) -> dict | None:
    """`window` with what it counts from, when the words after its length say it in other words (or the sentence's own
    words, `body`, say it first: a list's introduction before them is no event)."""
    if window is None or "starts" in window:
        return window
    event = re.search(_EVENT_FIRST, body)
    first = _window_start(body, event.start()) if event else None
    if first:
        return {**window, "starts": first}
    for low, high, where in durations(text):
        if low.days != window["days"] or high is not None:
            continue
        after = text[where.end() : where.end() + 60]
        if _any(_DELIVERED_IN_OTHER_WORDS, after):
            return {**window, "starts": "DELIVERY"}
        if _any(_BOUGHT_IN_OTHER_WORDS, after):
            return {**window, "starts": "PURCHASE"}
    return window


def _range_deadline(text: str) -> dict | None:
    """"Please contact us within 24-48 hours of receipt": a deadline given as a range of hours runs to
    its longer end (the shorter is what the shop would like), counted from the event it names."""
    for _low, high, where in durations(text):
        if high is None or high.hours is None or high.hours % 24 or not _any(r"\bwithin\s*$", text[max(0, where.start() - 20) : where.start()]):
            continue
        starts = _window_start(text, where.end())
        if starts:
            return {"days": high.days, "starts": starts}
    return None


def _without_names(clause: Clause, text: str) -> str:
    """`text` without the names the clause writes in capitals mid-sentence ("The Jewelry Exchange will
    refund ..."): a shop called an exchange offers no exchange by its name."""
    for name in re.findall(r"(?<=\w )(?:[A-Z][\w'&-]*\s+)+Exchange\b", clause.text):
        text = text.replace(name.lower(), " ")
    return text


# "The 100-day period starts on the day your order is delivered", "The 14 days begin when the goods come into your hands",
# "The return window runs from the date of purchase": the period, named as the sentence's subject, and what it counts from
_PERIOD_STARTS = (r"(?:^|:\s*)\W*(?:the|this|that|your|our) (?:(\d{1,4})[- ](?:calendar )?days?(?=[- ]|\s)[- ]?)?(?:(?:return|returns|refund|money[- ]back|"
                  r"satisfaction|trial|withdrawal|exchange)[- ](?:\w+ )?)?(?(1)(?:period|window|time ?frame|guarantee )?|(?:period|window|time ?frame))\s*"
                  r"(?:starts?|begins?|runs?|counts?|commences?|(?:is|are) counted)\b")


def _start_said_apart(clause: Clause, text: str) -> Iterator[Fact]:
    """What the window counts from, said in a sentence of its own about the period ("The 30 days start on the day your
    parcel arrives"), in a paragraph about returns or the right to withdraw; not a fault's or a cancellation's period."""
    period = re.search(_PERIOD_STARTS, text)
    about_returns = _any(_RETURN_WORDS + "|" + _WITHDRAWAL, f"{clause.heading.lower()} {clause.paragraph_text} {text}")
    if period is None or not about_returns or _any(_FAULT + "|" + _CANCEL, text):
        return
    # "on the day ...", "with the day ...": read as "from the day ...", the words `_window_start` knows
    tail = re.sub(r"^\s*(?:on|from|with|at)\b\s*", "", text[period.end() :])
    starts = _window_start(tail if _any(r"^(?:when|once|after|since)\b", tail) else "from " + tail, 0)
    if starts:
        if period.group(1):
            yield Fact("returns.window.days", int(period.group(1)))
        yield Fact("returns.window.starts", starts)


def _window_lead(clause: Clause, text: str) -> Iterator[Fact]:
    """"Within 31 days of the purchase date:" alone on its line, under a heading about returns: the window the
    rules below it are given in (a lead that is nothing but a window and a colon)."""
    if not _any(r"^\W*within \d+ (?:\w+ )?days? (?:of|from|after)\b[^.;:]{0,40}:\s*$", clause.body) \
            or not _any(r"\breturns?\b|\brefunds?\b", clause.heading.lower()) or scoped(clause, text):
        return
    window = _window(clause.body, allow_unanchored=False)
    if window and "starts" in window:
        yield from _window_facts("returns.window", window)


# "Should a package be marked delivered but never reach you, tell us within 7 days", "if your order has not arrived": a
# parcel that never came, whose deadline to say so is no return window
_PARCEL_NEVER_CAME = (r"\b(?:never|not|n't) (?:yet )?(?:been )?(?:reach(?:ed|es)?|arriv(?:e|ed|es)|c[oa]me|turn(?:ed)? up|show(?:n|ed)? up)\b|"
                      r"\b(?:lost|stolen|missing) (?:parcels?|packages?|deliver(?:y|ies)|shipments?|orders?)\b")


def _window_in_a_returns_paragraph(clause: Clause, text: str) -> Iterator[Fact]:
    """"Regular items: within 15 days of delivery. They must be returned unused." The paragraph is
    about returns; a window anchored to an event in it is the return window."""
    yield from _lasting_policy(text)
    window = _window(text, allow_unanchored=False) if _any(_RETURN_WORDS, clause.paragraph_text) else None
    if window and _any(r"\bexchang", text) and not _any(_RETURNS_AND_EXCHANGES + "|" + _REMEDY_SERIES, text) and not _credit_or_exchange_window(clause, text):
        yield _unheld("a window for exchanges: no setting holds it")  # "Exchanges will be processed if post marked within 30 days"
        return
    if window and _any(r"reach us|(?:be )?received by us|arrive (?:back )?(?:at|with|to) us", text):
        yield _unheld("a deadline for the parcel to arrive: no setting holds it")
        return
    # "Every refund or exchange must be made within ...": a refund coordinated with an exchange is the return asked for
    # (not the money's clock, which "refund" alone may be)
    kinds = re.sub(_RETURNS_AND_EXCHANGES, "returns", text)
    if window and "starts" in window and not _any(_FAULT + "|" + _CANCEL + "|" + _PARCEL_NEVER_CAME + "|" + _SHOP_REPLIES + r"|ship|dispatch|refund|process|\bdeliver (?:goods|orders?|your|the|it|within)|we aim|report|notif|let us know|inform us|"
                                           r"\bwe (?:\w+ )?(?:send|mail|post)s?\b", kinds):  # "We usually send packages within 2 days of payment": the shop's dispatch
        if scoped(clause, text) and not _any_return_lead(clause, text):
            yield _unheld("a window for some items or orders only: no setting holds it")
        else:
            yield from _stated_or_asked_for(text, window)


# "Change of mind: 30 days from delivery.", "Return window: 30 days from delivery": a line led by a label
# that names every return the shop is not at fault for, then the window (thefilamentdealer)
_ANY_RETURN_LEAD = r"^\W*(?:change[- ]of[- ]mind|(?:standard |regular |general )?returns?|return (?:window|period|time ?frame|deadline)|time ?frame)(?: returns?)?:\s"


def _any_return_lead(clause: Clause, text: str) -> bool:
    return _any(_ANY_RETURN_LEAD, clause.body) and not _any(_SCOPED, text)


def _goods_have_window(text: str) -> bool:
    """"Electronics have a 14-day return window", "Books can be returned within 14 days", "Apparel may be
    returned within 60 days, all other items within 30": goods named as what has the window ("Everything
    except gift cards can be returned" and "Most items can be returned" name every item)."""
    # a bare goods noun of one to three words ("Books", "Custom rugs"), with no "items" or state word that
    # would make it every item ("Unopened items", "Items that meet the criteria")
    # "The chair is sent back within two weeks" states it of the goods as plainly as "Chairs must be returned"
    bare = re.match(r"^\W*(?:our |all |any |the )?([a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (?:(?:can|may|must|should|will|are to)(?: only)? be|is|are) (?:returned|exchanged|refunded|sent back)\b", text)
    # ("Custom orders can be returned within 7 days": goods made for the one order, some goods however generic the noun after)
    named = bare is not None and (not (set(bare.group(1).split()) & _GENERIC_SUBJECT) or _any(rf"^(?:{_MADE_FOR_THE_ORDER})\b", bare.group(1))) \
        and not _any(r"^(?:un\w+|opened|sealed|new|most|everything|anything|something|nothing|it|they|this|that)\b", bare.group(1))
    # (a number of days, not a share: "send it back within 30 days and get 100% store credit" gives the credit in full)
    return named or names_goods(text, r"(?:have|has|get|gets|come with|comes with) (?:a |an )?(?:\d+(?![\d%])(?! per ?cent)|extended)") \
        or _any(r"\b(?:all |any )?other (?:items|products|goods|orders)\s+(?:within|in|have)\b", text)


# The time past the limit said first, then refused: "After 30 days, returns are no longer accepted", "No returns
# after 21 days from delivery", "More than 30 days after purchase, we cannot refund", "Once the 30-day window
# has closed, we cannot take a return"
_PAST_THE_LIMIT = (r"^\W*(?:once )?(?:after|beyond|past|more than) (\d{1,4}) days?\b[^.;]{0,60}?\b(?:no longer|not|cannot|can't|won't|unable)\b|"
                   r"\bno (?:returns?|refunds?)(?: or (?:exchanges?|refunds?))? (?:after|beyond|past) (\d{1,4}) days\b|"
                   r"^\W*once (?:the|your|our) (\d{1,4})[- ]days? (?:return |refund )?(?:window|period) (?:has |is )?(?:closed|ended|passed|expired|over)\b")


def _stated_window(text: str) -> dict | None:
    """The window a sentence about returns states: "within 30 days of delivery", "our 30-day return
    policy", "no returns accepted after 30 days"."""
    window = _window(text, allow_unanchored=False)
    named = re.search(r"\b(\d{1,4})[- ]day (?:(?:easy|free|hassle[- ]free|no[- ]questions?[- ]asked|full) )?(?:return|money[- ]back|satisfaction|refund)|"
                      r"\b(?:return|refund|exchange) (?:policy|window|period) (?:is|lasts) (?:for )?(\d{1,4}) days?\s*(?:[.!,;]|$)|"  # "Our return policy is 30 days.", "Our return period is 60 days, though ..."
                      r"\b(?:money[- ]back|satisfaction|returns?|refund) guarantee (?:of|for) (\d{1,4}) days?\s*(?:[.!,;]|$)", text)  # "a money-back guarantee of 14 days"
    after = re.search(r"no returns? (?:will be |are |is )?(?:accepted|allowed|possible|taken) (?:after|beyond) (\d{1,4}) days|"
                      r"^\W*returns? (?:are|is|will) not (?:be )?(?:accepted|allowed|possible|taken) (?:after|beyond|past) (\d{1,4}) days|"
                      r"^\W*(?:all |any )?(?:items?|products?|goods|merchandise|returns?|orders?|return requests?) (?:returned|sent back|received|made|submitted) (?:after|beyond|past|more than) (\d{1,4}) days\b"
                      r"[^.;]{0,40}\b(?:will not|won't|cannot|can't|are not|is not|not) (?:be )?(?:accepted|refunded|eligible|processed|honou?red|considered|approved)|"
                      r"\b(?:we )?" + _REFUSE_VERB + r" (?:accept|take) (?:any )?returns? (?:after|beyond|past) (\d{1,4}) days|" + _PAST_THE_LIMIT, text)
    if window is None and not (named or after):
        return _window_in_other_shapes(text)
    if window is None and (named or after):
        found = named or after
        index = next(n for n in range(1, len(found.groups()) + 1) if found.group(n))
        window = {"days": int(found.group(index))}
        starts = _window_start(text, found.end(index) + len(" days")) if after else None
        if starts:
            window["starts"] = starts  # "Items returned more than 30 days after delivery will not be accepted"
        elif named and named.group(1):
            window.update(_named_window_start(text, named.end()))
    return window


def _named_window_unit(text: str) -> Iterator[Fact]:
    """"if within the 14 calendar day return window" (oliveoil4life): a window named with its unit of days
    says the unit wherever it is named (a fee or an exchange sentence too)."""
    named = re.search(r"\b(\d{1,4})[- ](calendar|business|working)[- ]days? (?:return|refund) (?:window|period)\b", text)
    if named:
        yield Fact("returns.window.days", int(named.group(1)))
        yield Fact("returns.window.unit", "CALENDAR" if named.group(2) == "calendar" else "BUSINESS")


def _named_window_start(text: str, end: int) -> dict:
    """"a 15-day return and exchange period from the date you receive your items" (curtaindecorpro):
    what a named window counts from, in the words after its noun."""
    noun = re.match(r"(?:\s*(?:and|&|/|or)\s*exchange)?\s*(?:policy|period|window|guarantee)\b", text[end:])
    starts = _window_start(text, end + noun.end()) if noun else None
    return {"starts": starts} if starts else {}


def _window_in_other_shapes(text: str) -> dict | None:
    """Windows said without "within": "products you purchased within the last 30 days" (hottubstore),
    "returns are valid until 14 days after the products arrive" (shoptelescopes)."""
    # "it has not been over 30 days since the original ship date" (electricrider): the negation makes the
    # past-the-limit case ("over 30 days", which `_window` skips) the limit itself
    negated = re.search(r"\b(?:not|n't) (?:yet )?(?:been |be )?(?:over|more than|longer than|beyond) (\d{1,4}) days\b", text)
    starts = _window_start(text, negated.end()) if negated else None
    if starts:
        return {"days": int(negated.group(1)), "starts": starts}
    bought = re.search(r"\b(?:purchased|bought|ordered) (?:from us )?(?:with)?in the (?:last|past) (\d{1,4}) days\b", text)
    if bought:
        return {"days": int(bought.group(1)), "starts": "PURCHASE"}
    until = re.search(r"\b(?:valid|accepted|possible|allowed|open) (?:up )?until (\d{1,4}) days?\b", text)
    starts = _window_start(text, until.end()) if until else None
    if until and starts is None and _any(r"^\W*(?:after|from|of) (?:the |your )?(?:[\w-]+ ){0,3}?(?:arriv\w*|(?:is|are|was|were|has been|have been) (?:delivered|received))\b", text[until.end() :]):
        starts = "DELIVERY"  # "after the Binoculars products arrives"
    return {"days": int(until.group(1)), "starts": starts} if starts else None


def _lasting_policy(text: str) -> Iterator[Fact]:
    """"Our policy lasts 30 days. If 30 days have gone by since your purchase, ..." (a common
    template's words for the return window)."""
    if _any(_FAULT, text):
        return  # "If you have a damaged item and 30 days have passed since your purchase": a fault's window
    # ("our refund policy is easy to use for 3 days after your order reaches you": the policy's own span, in other words)
    lasts = re.search(r"\bpolicy (?:lasts|runs|is (?:valid|open|good|usable|easy to use)) (?:for )?(\d{1,4}) days", text)
    if lasts:
        yield Fact("returns.window.days", int(lasts.group(1)))
        starts = _window_start(text, lasts.end())
        if starts:
            yield Fact("returns.window.starts", starts)
    gone = re.search(r"\b(\d{1,4}) days " + _GONE_BY + " since", text)
    if gone:
        yield Fact("returns.window.days", int(gone.group(1)))
        starts = _window_start(text, gone.end() - len("since"))
        if starts:
            yield Fact("returns.window.starts", starts)


def transit_buffer(clause: Clause, text: str) -> Iterator[Fact]:
    """When no delivery date is known, the window counts from shipment plus this many days."""
    buffer = re.search(r"no delivery date.*(?:shipping|shipment|dispatch) date plus (\d{1,3}) days", text)
    if buffer:
        yield Fact("returns.window.transit_buffer_days", int(buffer.group(1)))
