"""Who pays to send a return back: the customer, the shop, or the shop only when it is at fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.quantities import amounts, digits
from plugin.policy.drafting.readers.common import _CANCEL, _FAULT, _IS_YOURS, _NEGATED, _REGIONAL, FAULT_SET_ASIDE, Fact, _any, _unheld
from plugin.policy.drafting.readers.fault import _WARRANTY_TERM, _fault_section, _sentence_before
from plugin.policy.drafting.readers.scope import _SCOPED, IN_THAT_CASE, _kind_heading, scoped


# "return delivery charges": the return's carriage named as its delivery (read here and by refund.original_shipping)
RETURN_DELIVERY = r"return delivery (?:costs?|fees?|charges?)"
# The return's own carriage, not the order's: "return shipping", "return postage", "return delivery charges"
RETURN_POSTAGE = r"\breturn (?:shipping|postage)\b|\b" + RETURN_DELIVERY
_POSTAGE = (r"\bcollect (?:it|them|(?:the |your )?(?:item|goods|product|parcel)s?) at (?:our|your) (?:own )?expense|pay(?:ing)? for (?:the )?(?:courier|postage|carriage)\b|\bpay to return\b|\b(?:return\w*|sen[dt] (?:(?:it|them|(?:the|your) (?:items?|goods|products?|parcels?|orders?)) )?back(?! to you))\b[^.]{0,40}\bat (?:your|their|the customer's|the buyer's) (?:own )?(?:cost|expense)|return (?:shipping|postage|freight)|return (?:costs?|fees?|charges?)\b|postage (?:fee|cost|charge)s?|(?:shipping|freight) (?:fee|cost|charge|expense)s?|cost of (?:sending|shipping|returning)|transfer or shipment|cost of sending|"
    # "you pay for that return": paying for the return is paying its carriage (not "for the return of a sale item": some goods)
    r"\bpay(?:s|ing)? for (?:the |that |this |your |each |every |any )?returns?\b(?! (?:of|on|for|label|window|period|polic)\w*\b)|"
    # "return delivery charges": the carriage of the return, named as its delivery
    r"\b" + RETURN_DELIVERY + r"\b|"
    # "Please prepay the postage on any item you return", "you arrange and pay for shipping the returned items", "pay the
    # return delivery yourself", "the shipping of every return": the return's carriage, named by its paying or its goods
    r"\b(?:pre)?pay(?:s|ing)?(?: for)? (?:the |your |all |any )?(?:return )?(?:shipping|postage|carriage|freight)\b(?=[^.;]*\breturn)|"
    # "Shipping on returned items is yours to pay": the carriage of what comes back
    r"\b(?:shipping|postage|freight) (?:on|for) (?:the |your |any |all )?(?:returned (?:items?|goods|products?|orders?)|returns)\b|"
    r"\bpay(?:s|ing)? (?:for )?(?:the |your )?return delivery\b|\b(?:shipping|postage) of (?:every|each|any|all|your|the) (?:returns?|returned)\b")
# "The postage cost will be deducted from your refund", "the cost of the return label is taken off your
# refund": the customer pays the return postage out of the refund (the order's own shipping, named
# "original" or "outbound", is refund.original_shipping's)
_POSTAGE_DEDUCTED = (
    r"\b(?:return (?:shipping|postage)|postage|(?:return |shipping |prepaid |pre-paid )?labels?)(?: (?:costs?|fees?|charges?))?\b[^.;]{0,20}?"
    r"\b(?:will be|is|are|shall be|gets?|being) (?:deducted|subtracted|taken (?:off|out of)|withheld) (?:from|off|out of)? ?(?:your|the) (?:\w+ ){0,2}refund"
)
# "It is the customer's responsibility to return items to us by courier": who sends the goods back
# arranges, and pays for, their carriage
_CARRIAGE_OWED = (
    r"\bresponsib\w* (?:for|to) (?:return|send|ship|post|mail|courier)\w*\b[^.;]{0,60}?\b(?:by|via|through|with) (?:an? |the )?(?:courier|post\b|mail\b|carrier|freight)"
)
# More shapes of "who pays to send it back": a sentence about return postage that the words above miss
# ("Items must be shipped back at your own cost", "shipping for returns", "we offer free returns",
# "we do not provide return labels"), and who pays in it ("at the buyer's expense", "you'll have to
# cover", "return shipping is on us", "we will reimburse your return postage").
_NO_LABEL = (r"\b(?:return|prepaid|pre-paid|shipping) labels? (?:are |is |will )?(?:not|never) (?:be )?(?:provided|included|supplied|issued|offered)\b|"
             r"\b(?:do not|don't|does not|doesn't|cannot|can't|will not|won't) (?:provide|offer|supply|send|issue|include)\w* (?:any |a )?(?:prepaid |pre-paid |free )?(?:return |shipping )*labels?\b")
# "returned to us with shipping prepaid", "returns must be sent freight prepaid": the sender pays the carriage
_SENT_PREPAID = (r"\b(?:with )?(?:the )?(?:shipping|postage|freight|carriage) (?:charges )?pre-?paid\b(?! (?:return |shipping )?labels?)|"
                 r"\b(?:sent|shipped|returned|mailed|posted) (?:back )?(?:to us )?(?:freight |postage )?pre-?paid\b(?! (?:return |shipping )?labels?)")
_POSTAGE_MORE = (
    _SENT_PREPAID + "|"
    r"\b(?:send\w*|sent|ship\w*|mail\w*|post\w*) (?:(?:it|them|(?:the|your|an?) (?:items?|goods|products?|parcels?|orders?|packages?)) )?back\b[^.]{0,40}\bat (?:your|their|the \w+'s) (?:own )?(?:cost|expense)|"
    r"\b(?:shipping|postage|freight) (?:for|on|of) returns?\b|(?<![\w-])free returns?\b(?!\s*(?:&|and|/|polic))|\breturns? (?:are|is) free\b|" + _NO_LABEL
)
_CUSTOMER_PAYS_MORE = (
    _SENT_PREPAID + "|"
    r"\bat (?:the )?(?:buyer|customer|client|purchaser|sender)'?s'? (?:own )?(?:cost|expense)|responsibility of the (?:purchaser|sender|shopper)|"
    r"\b(?:you|customers?)(?:'ll| will)? (?:need to|have to|must) (?:cover|bear)\b|\b(?:send\w*|sent|ship\w*|mail\w*|post\w*) (?:(?:it|them|(?:the|your|an?) \w+) )?back\b[^.]{0,40}\bat your (?:own )?(?:cost|expense)|" + _NO_LABEL
)
# "Defective items are returned with free shipping", "faulty goods come back to us with free postage": the return's
# carriage free to the customer (not "orders ship with free shipping": the order's own; not "never returned with ...")
_BACK_WITH_FREE_POSTAGE = (r"(?<!never )(?<!not )\b(?:returned|sent back|shipped back|posted back|mailed back|comes? back|returnable)(?: to us)? with free "
                           r"(?:return )?(?:shipping|postage|delivery|carriage)\b")
_MERCHANT_PAYS_MORE = (_BACK_WITH_FREE_POSTAGE + r"|\b(?:is|are) on us\b|\breturn (?:shipping|postage)\b[^.;]{0,40}\b(?:is|are|will be) free\b|(?<![\w-])free returns?\b(?!\s*(?:&|and|/|polic))|"
                       r"\bwe(?: will|'ll)? (?:refund|reimburse) (?:you )?(?:for )?(?:the |your |any )?(?:return )?(?:shipping|postage)")
# "the customer will bear all associated shipping costs", "You're responsible for return shipping",
# "You will be required to pay for return shipping": more ways of saying the customer pays
_CUSTOMER_BEARS = (
    r"\b(?:you|customers?|buyers?|clients?|purchasers?|shoppers?) (?:will|shall|must|would|are to) (?:bear|cover|absorb|shoulder)\b|"
    r"\byou're (?:solely |fully )?responsible\b|"
    r"\b(?:you|customers?|buyers?|clients?) (?:will|shall)? ?(?:be|are|is) (?:required|expected|asked) to (?:pay|cover|bear)\b|"
    # "We ask customers to pay for shipping their returns back", "we require buyers to cover the postage": the same, active
    r"\b(?:ask|require|expect)s? (?:you|(?:the |our |every |each |all )?(?:customers?|buyers?|clients?|purchasers?)) to (?:pay|cover|bear)\b"
)
# "is yours to pay", "is your cost", "is on you", "is paid by you", "paying ... yourself", "you prepay the
# postage", "paying for the courier is up to you": the customer's, said of the cost
_YOURS = (
    _IS_YOURS + r"|\b(?:is|are) all yours\b|\b(?:is|are) your (?:own )?(?:cost|expense|responsibility)\b|"
    r"\b(?:paid|covered|borne) (?:for )?by (?:you|the (?:shopper|sender|purchaser|buyer|customer|client))\b|"
    r"\b(?:pre)?pay(?:ing)?\b[^.;]{0,40}\byourself\b|\byou (?:must |need to |have to |should )?prepay\b|^\W*(?:please )?prepay\b|\byou (?:\w+ )?(?:arrange|organi[sz]e) and pay\b|\bpaying\b[^.;]{0,40}\b(?:is|are) up to you\b|"
    # "falls on the customer", "is the customer's to pay", "Return postage is up to you", "up to you to arrange and pay"
    r"\bfalls? on (?:you|the (?:customer|buyer|shopper|client|purchaser))\b|\b(?:is|are) the (?:customer|buyer|client|shopper|purchaser)'s\b|"
    r"\b(?:postage|shipping|carriage|costs?)\b[^.;]{0,20}\b(?:is|are) up to you\b|\bup to you to (?:\w+ (?:and )?)?pay\b|"
    # "we refund the price, less the cost of getting the parcel back to us": the postage kept from the refund
    # (not "refunded in full, less the price of shipping": which shipping, the order's or the return's, it does not say;
    # "less the cost of return shipping" says)
    r"\b(?:less|minus) (?:the )?(?:costs?|price) of (?:getting|sending|posting|returning|return (?:shipping|postage|delivery)|shipping(?= (?:it|them|\w+ back|(?:the|your) \w+ back)\b))\b"
)
_CUSTOMER_PAYS = (
    _CARRIAGE_OWED + "|" + _CUSTOMER_PAYS_MORE + "|" + _CUSTOMER_BEARS + "|" + _YOURS + "|"
    r"(?:you|customers?|clients?|buyers?)(?:'s)? (?:are |is |will be )?responsib|"
    # "The customer must incur the cost of shipping the item back": the verbs of paying
    # (not "we refund what you would pay for shipping", "you'd pay nothing": the shop pays)
    r"(?:you|customers?|clients?|buyers?|purchasers?) (?:must |will |shall |are to |need to |have to )?(?:incur|absorb|assume|shoulder)s?\b|(?:customer|client|buyer)'s responsibility|"
    r"at their (?:own )?(?:cost|expense)|(?<!what )(?<!whatever )(?:you|customer|client|buyer|user|shopper|purchaser|consumer)s?(?: would| will|'d|'ll)?(?: normally| usually| generally| always| typically| also| still| alone)? (?:pay|pays|must pay|bear|cover)(?! nothing\b| no\b)|(?:buyer|customer|client)s? (?:must|will) pay\b|(?:you|customers?)(?:'ll| will)? (?:need to|have to|must) (?:arrange and )?pay\b|at (?:your|the customer's) (?:own )?(?:cost|expense)|"
    r"correspond\w* to the customer|(?<!we )(?<!we will )(?<!we'll )(?<!only )pay the return postage|responsibility of the (?:customer|buyer|client)|"
    r"(?:paid|covered|borne) by the (?:customer|buyer|client)|(?:is|are|remains?) (?:the )?(?:your|customer's|buyer's) (?:own )?responsibility|"
    # "The cost of shipping it back is not covered by us", "Shipping goods back is the consumer's job": the shop declines it
    r"\b(?:is|are) not (?:borne|paid|covered) by us\b|\b(?:is|are) (?:the )?(?:your|(?:consumer|customer|buyer|client)'s) (?:own )?(?:job|duty|task)\b|"
    # "We do not pay return postage", "SmartHome does not pay return delivery charges": the shop, by its name too, declines it
    # (not "The customer does not pay return shipping": the customer spared it)
    # ("we can't absorb the shipping charges on returns")
    r"\bwe (?:do not|don't|will not|won't) (?:cover|pay)|\bwe (?:cannot|can't|can not) (?:cover|pay|absorb)(?: for)? (?:the |any |your )?(?:return |returns? )?(?:shipping|postage|delivery|carriage|freight)\b|(?<!customer )(?<!buyer )(?<!client )(?<!user )(?<!shopper )(?<!purchaser )(?<!recipient )\b(?:does not|doesn't) (?:cover|pay) (?:for )?(?:the |any )?return\b|"
    r"return (?:shipping|postage)(?: (?:costs?|fees?|charges?))? (?:are|is) non-?refundable|"  # the customer's, not paid back
    r"\bcosts? of (?:posting|mailing|sending|shipping|returning) (?:your |the |a )?(?:returns?|items?|parcels?|goods|it|them)(?: back)? "
    r"(?:is|are|will) not (?:be )?(?:refunded|reimbursed|repaid)\b|"
    # "As a rule we don't refund return shipping costs", "we cannot waive return shipping fees": the same, said by the shop
    r"\bwe (?:do not|don't|will not|won't|cannot|can't|are unable to) (?:refund|reimburse|waive|pay back) (?:you )?(?:for )?(?:the |any |your )?"
    r"(?:cost of )?return (?:shipping|postage|delivery|freight)\b|"
    r"\bneither (?:the )?return (?:shipping|postage)\b[^.;]{0,40}\bnor\b[^.;]{0,40}\b(?:is|are) (?:refunded|reimbursed|paid back)\b|"  # "Neither return shipping nor ... is refunded"
    # "Any shipping cost you may incur when returning product(s) to us will not be refunded"
    r"(?:shipping|postage) (?:costs?|fees?|charges?)\b[^.]{0,40}\breturning\b[^.]{0,40}\b(?:will not|won't|are not|is not|cannot|can't) be (?:refunded|reimbursed)|"
    # "What it costs you to mail it back is not repaid", "the full price, but not what you spent shipping it back": the
    # sending back named by its spending, left out of what the shop pays back
    r"\bwhat(?:ever)? (?:it costs(?: you)?|you (?:spend|spent|pay|paid))\b[^.;]{0,40}\b(?:back|to us|returning|returns?)\b[^.;]{0,20}\b(?:is|are|will be|gets?) (?:not|never) (?:\w+ )?(?:refunded|repaid|reimbursed|paid back|given back)\b|"
    r"\bnot what (?:it costs you|you (?:spend|spent|pay|paid))\b[^.;]{0,30}\b(?:send|post|ship|mail|return)\w*|"
    # "Wrap it well, and pay the postage to send it back", "Please pay the postage": the customer told to pay it
    r"(?:^\W*|\band |;\s*)(?:please )?pay (?:for )?(?:the |your |any )?(?:return )?(?:shipping|postage|carriage|freight)\b|"
    + _POSTAGE_DEDUCTED
)
# "we'll send you the correct product ... and pay the return shipping": the subject carries over the "and"
_WE_AND_PAY = r"\bwe(?: will|'ll)? \w+\b[^.;]{0,80}?\band (?:also )?(?:pay|cover) (?:for )?(?:the |your |all )?(?:return|shipping|postage|cost|carriage|freight)"
_MERCHANT_PAYS = (_MERCHANT_PAYS_MORE + "|" + r"\bcosts? you nothing\b|\bat no (?:extra |additional )?(?:cost|charge) to you\b|(?<!not )(?:borne|paid|covered) by us\b|free return|return shipping is free|returns? (?:are|is) free|we(?: will|'ll)?(?: also| normally| usually| always)? (?:pay|cover)|at our (?:cost|expense)|free of charge|free prepaid|"
                  r"\bwe(?: will|'ll)? only (?:pay|cover)\b|"
                  + _WE_AND_PAY)


_FREE_LABEL = (
    r"(?:we will|we'll|we) (?:e-?mail|send|provide|give|include)\w* (?:you )?(?:with )?(?:a |an )?(?:free |prepaid |pre-paid )?"
    r"(?:return|shipping|return shipping|return/exchange)? ?label (?:free of charge|at no (?:extra )?cost)|"
    r"(?:we will|we'll|we) (?:e-?mail|send|provide|give|include)\w* (?:you )?(?:with )?(?:a |an )?(?:(?:free|prepaid|pre-paid|complimentary),? ){1,2}(?:return |shipping )*label|"
    # "the label is free", "we send you a label with the return postage already paid", "you can make a free Collect+ returns
    # label": the label free to the customer, in other words
    r"\blabels? (?:is|are|will be) free\b|\blabel with (?:the )?(?:return )?(?:postage|shipping) (?:already )?(?:paid|prepaid|included)\b|"
    r"\b(?:make|print|create|get|download|generate) (?:a |your )?free (?:[\w+-]+ )?(?:returns? )?labels?\b"
)


# "We will cover the shipping cost in these cases" (`IN_THAT_CASE`): the case is in the sentence before
def _in_the_case_before(clause: Clause, payer: str | None) -> Fact:
    if payer and _any(_FAULT, clause.paragraph_text):
        return Fact("shipping.merchant_at_fault", {"payer": payer})
    return _unheld("who pays shipping in the case named before: no setting holds it")


def _free_label(clause: Clause, text: str) -> Fact | None:
    """"We will email you a return label free of charge" (for every return, or for the shop's errors)."""
    if not _any(_FREE_LABEL, text) or _any(_REGIONAL + "|" + _CUSTOMER_PAYS, text + " " + clause.heading.lower()):
        return None
    charged = r"(?:deduct\w*|\bfees?\b|\bcharged?\b|\bcosts?\b)[^.]{0,60}[$€£]\s?\d|[$€£]\s?\d[\d,.]*(?:[^.]|\.\d){0,60}(?:deduct|\bfee|\bcharge|\bcost)"
    rest = clause.paragraph_text.replace(clause.body, " ")
    if not _any(r"\bfree\b|at no (?:extra )?cost", text) and (_any(charged, rest) or _any(_POSTAGE_DEDUCTED, rest.lower())):
        # "we'll email you a prepaid return label. ... otherwise $6.95 will be deducted": prepaid is not free
        return _unheld("a prepaid label whose cost the paragraph charges: no setting holds who pays")
    # (the sentence's own words: a list's lead over it, "Wrong Items Received:", is the fault the label is for)
    if scoped(replace(clause, heading="", intro=""), text) or _any(r"\b(?:for|on) (?:all |any )?(?:exchanges?|store credit)\b(?! (?:and|or|&) (?:returns?|refunds?))", text):
        return _unheld("a free label for some returns only: no setting holds it")  # "For exchanges by mail, we send a prepaid label"
    if _any(_SHOPS_FAULT, text) or _fault_section(clause) or _asked_about_a_fault(clause):
        return Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"})  # "if we made an error, we will email you a prepaid label"
    if _any(IN_THAT_CASE, text):
        return _in_the_case_before(clause, "MERCHANT")  # "In those cases we send you a prepaid label"
    return Fact("shipping.default.payer", "MERCHANT")


# "The cost of posting a return to us", "You pay to ship your return", "what you spend sending a return",
# "Postage for sending goods back", "sending the item back costs you nothing": what sending it back costs,
# named by the act of sending
_SENDING = r"(?:send|ship|post|mail|return|courier)\w*"
_SENDING_BACK_COST = (
    r"\b(?:costs?|price|postage|shipping|carriage)(?: \w+)? (?:of|for) (?:sending|posting|shipping|mailing|returning|getting|transporting)\b|"
    r"\b(?:costs?|price|postage|shipping|carriage) (?:needed )?to (?:send|ship|post|mail)\w* (?:it|them|the \w+|your \w+) back\b|"
    r"\b(?:pay|pays|paying|spend|spent|prepay)\b (?:for |to |on |the postage to |the shipping to )?" + _SENDING + r"\b[^.;]{0,30}\b(?:back|returns?|to us)\b|"
    r"\bpostage (?:for|on) (?:an? |your |the )?returns?\b|"
    r"\b" + _SENDING + r" (?:(?:it|them|(?:the|your|an?) \w+) )?back (?:is|are) (?:paid|covered|at|free|on)\b|"
    r"\b" + _SENDING + r" (?:(?:it|them|(?:the|your|an?) \w+) )?back (?:costs|will cost)\b|"
    r"\b(?:sending|shipping|posting|mailing) (?:an? |your |the )?returns?(?: to us)? (?:is|are|costs?|will cost)\b|"
    r"\b(?:whatever|what) it costs to " + _SENDING + r"\b|"
    # "the return trip", "the shipment back to our warehouse", "the postage back to us"
    r"\breturn trip\b|\b(?:shipment|postage|shipping|carriage|trip) back\b|"
    # "Getting the product back to us is your job": the carriage back, named by its doing
    r"^\W*getting (?:it|them|(?:the|your) [\w-]+) back to us\b|" + _BACK_WITH_FREE_POSTAGE + "|"
    # "Every shipping/handling cost, in both directions, is yours", "the cost of posting your return"
    r"\b(?:costs?|fees?|charges?),? (?:in both directions|both ways)\b|\bcosts? of (?:posting|mailing) (?:your |the |a )?(?:returns?|items?|parcels?|goods)\b|"
    # "we pay the whole cost of the return", "the cost of returns is yours": the return's cost is its carriage
    r"\b(?:whole |full |entire )?costs? of (?:the |your |a |any |that |this )?returns?\b|"
    # "Faulty products come back to us at our expense", "we arrange collection free of charge", "a prepaid shipping label"
    r"\b(?:come|comes|coming|go|goes|going) back\b[^.;]{0,20}\bat (?:our|your) (?:own )?(?:cost|expense)\b|"
    # "we arrange its pickup and send you a new one, at our expense", "we pick it up at our cost": the shop fetching it back
    r"\b(?:pick(?:s|ed)? (?:it|them|(?:the |your )?(?:item|goods|product|unit)s?) up|(?:its|their|the|a) (?:pick-?up|collection))\b[^.;]{0,60}?\bat (?:our|your) (?:own )?(?:cost|expense)\b|"
    r"\bcollection\b[^.;]{0,10}\bfree of charge\b|\b(?:prepaid|pre-paid) (?:return |shipping )*labels?\b|\bcosts? (?:you )?to " + _SENDING + r"\b(?![^.;,]{0,20}\bto you\b)"
)


# "you pay the shipping when you send something back", "for every other return, the shipping is paid by the
# customer": the postage named plainly, paid or covered, in a sentence about sending back
_THE_POSTAGE_PAID = r"\b(?:pay|pays|paying|cover|covers)(?: for)? the (?:shipping|postage)\b|\bthe (?:shipping|postage) is (?:paid|covered)\b"
_BACK = r"\bback\b|\breturns?\b"


def _about_return_postage(clause: Clause, text: str) -> bool:
    postage = _any(_POSTAGE + "|" + _POSTAGE_DEDUCTED + "|" + _POSTAGE_MORE + "|" + _BOTH_WAYS + "|" + _CARRIAGE_BOTH_WAYS + "|" + _SENDING_BACK_COST, text) \
        or (_any(_THE_POSTAGE_PAID, text) and _any(_BACK, text)) or (_any(_CARRIAGE_OWED, text) and not _any(r"\bwithin \d", text))
    if not postage or _any(_REGIONAL, text) or _any(_REGIONAL, clause.heading.lower()):
        return False
    if _any(_POSTAGE_DEDUCTED, text) and (amounts(text) or _any(r"\b(?:original|outbound|outgoing|initial)\b", text)):
        return False  # a label's price (a fee), or the order's own shipping kept
    # "Shipping costs associated with returns": the return's postage named the other way round
    return_postage = _any(RETURN_POSTAGE + r"|\b(?:shipping|postage|freight)(?: (?:costs?|fees?|charges?))? (?:associated with|related to|for|on|of) (?:the |your |all |any )?returns?\b|"
                          + _SENDING_BACK_COST, text)
    if not return_postage and _any(_ORDERS_OWN_SHIPPING, text) and not _any(r"\bback\b|\breturn", text):
        return False  # "You pay the shipping shown at checkout", "We cover shipping on your first order"
    # otherwise the order's own shipping, read by original_shipping
    return return_postage or not (_any(r"original (?:shipping|delivery)|free shipping", text) or _any(r"non-?refundable", text))


# The shipping of an order the shop sends: paid at checkout, or for some orders
_ORDERS_OWN_SHIPPING = (r"\bat (?:the )?checkout\b|\bwhen (?:you )?(?:place|placing|make|making) (?:an? |your )?order\b|"
                        r"\b(?:on|for) (?:your |all |every |each |any )?(?:first |next |new |domestic )?orders?\b|\bdeliver(?:y|ies) to you\b")


# "Customer Remorse: If the return is due to personal preference, you pay ...", "Change of Mind: ...":
# a lead naming the returns no one is at fault for leads every such return, not some goods
_NO_FAULT_LEAD = r"^\W*(?:customer'?s? remorse|buyer'?s? remorse|change[- ]of[- ]mind(?: returns?)?|personal preference|non-?fault(?:y)? returns?)\W*:\s*"


# "We'll arrange for a replacement or full refund, including return shipping costs", "we will replace it
# or offer a full refund, covering all shipping costs": the remedy for a fault comes with the postage paid
# ("refunded in full, return shipping included": the same, the postage named after the remedy)
_COVERED_WITH_REMEDY = (
    r"\b(?:refund|replace\w*|repair\w*|exchange)\b[^.;]{0,40}?,? (?:including (?:the |all |any |your )?return |(?:and )?covering (?:the |all |any |your )?(?:return |associated )?)"
    r"(?:shipping|postage|freight)(?: (?:costs?|fees?|charges?))?\b|"
    r"\b(?:refund\w*|replace\w*|repair\w*|exchange\w*)\b[^.;]{0,40}?,? (?:the |all )?return (?:shipping|postage|freight)(?: (?:costs?|fees?|charges?))? included\b"
)
# "Scrapbooking Warehouse will cover shipping costs ...", "shipping costs will be the responsibility of
# Shop-telescopes.com": the shop, by its name, pays (a name: capitalised words that are not a pronoun or
# the customer)
_NOT_A_SHOP_NAME = r"(?!(?:You|We|I|It|They|The|Our|Your|All|Any|Each|Every|Customers?|Buyers?|Clients?|Purchasers?|Shoppers?|Return|Returns|Shipping|Please|If|Once|When)\b)"
_SHOP_PAYS_BY_NAME = (
    r"^\W*" + _NOT_A_SHOP_NAME + r"[A-Z][\w.&'-]*(?: " + _NOT_A_SHOP_NAME + r"[A-Z][\w.&'-]*){0,3} (?:will|shall|would) (?:cover|pay for|pay|bear)\b|"
    r"\bresponsibility of " + _NOT_A_SHOP_NAME + r"[A-Z][\w&'-]*(?:\.com)?\b"
)
# "both ways" is the postage there and back ("we pay for shipping in both directions"; not "a fee that
# covers shipping both ways": the customer's fee); "flawed" and "misclassified" are the shop's faults too
_BOTH_WAYS = (r"(?<!that )(?<!which )\b(?:covers?|pays?(?: for)?|refunds?)\b[^.;]{0,20}\b(?:both ways|(?:in )?both directions)\b|"
              r"\b(?:shipping|postage)\b[^.;]{0,40}\b(?:paid|covered) by\b[^.;]{0,30}\b(?:both ways|(?:in )?both directions)\b")
# "Freight in both directions is the customer's responsibility": the carriage there and back, named (who pays it is
# said by the rest of the sentence: "a fee that covers shipping in both directions" is no payer)
_CARRIAGE_BOTH_WAYS = r"\b(?:shipping|postage|freight|carriage) (?:both ways|in both directions)\b"
# and the shop's own mistake in plainer words: "the mistake is ours", "we sent the wrong thing", "it reached
# you broken", "isn't what you ordered", "doesn't work" (not "doesn't work for you": a preference)
_SHOPS_FAULT = (_FAULT + r"|\bflawed\b|\bmisclassified\b|\bincorrect (?:up)?on (?:delivery|arrival)\b|"
                r"\b(?:mistake|error|fault) (?:is|was) ours\b|\b(?:mistake|error) of ours\b|\b(?:sent|shipped|sending|shipping) (?:you )?the wrong\b|"
                r"\b(?:reach(?:ed|es)?|arrived?|arrives|came|comes|turn(?:ed|s)? up) (?:to )?(?:you )?broken\b|"
                r"\b(?:is|was|are|were)(?:n't| not) (?:what|the one) you ordered\b|\b(?:does|did)(?:n't| not) work\b(?! (?:for|out))|"
                r"\b(?:shipping|packing|our) (?:mistake|mix-up)\b|\bquality fault\b|\bstops? (?:it|them) working\b|\bour own (?:mistake|error|fault)\b|\b(?:because of|due to|down to) (?:a|an) (?:fault|mistake|error)\b|"
                # "unless we made the mistake", "where we got it wrong": the shop's own error, with the article
                r"\bwe (?:have )?made the (?:mistake|error)\b|"
                # "If Console Warehouse turns out to be at fault, we refund the shipping": the shop found at fault
                r"(?<!\byou )(?<!\bcustomer )(?<!\bbuyer )(?<!\bpurchaser )(?<!\bclient )(?<!\bshopper )(?<!\bcarrier )(?<!\bcourier )(?<!\bsender )\b(?:turns? out to be|proves? to be|is found|are found) at fault\b")


# "Return postage is paid by you; if the item was faulty, we pay it instead", "We only cover the return
# postage when the item is faulty; otherwise it is paid by you": the sentence gives each case its payer
_CASE_BREAK = r";|:\s|\.\s|,\s(?=(?:but |and )?(?:otherwise|in (?:every|all|any) other cases?|for (?:every|all|any) other)\b)|\botherwise\b"


def _payers_by_case(text: str) -> bool:
    """Whether the parts of the sentence that name the shop's faults have the shop pay, and the rest the customer."""
    payers: dict[bool, set[str]] = {}
    for part in re.split(_CASE_BREAK, text):
        payer = "CUSTOMER" if _any(_CUSTOMER_PAYS, part) else "MERCHANT" if _any(_MERCHANT_PAYS, part) else None
        if payer:  # ("for returns that aren't defective, the customer pays": no fault)
            payers.setdefault(_any(_SHOPS_FAULT, part) and not _any(_NOT_AT_FAULT, part), set()).add(payer)
    return payers.get(True) == {"MERCHANT"} and payers.get(False) == {"CUSTOMER"}


def _asked_about_a_fault(clause: Clause) -> bool:
    """"Our mistake? Then the return postage is on us", "Did your order reach you broken? ... the cost of
    sending it back is on us": a question naming a fault leads the paragraph, the sentences after answer it."""
    opening = clause.opening or clause.body
    return opening != clause.body and opening.rstrip().endswith("?") and _any(_SHOPS_FAULT, opening)


def _shop_pays_by_name(clause: Clause) -> bool:
    return re.search(_SHOP_PAYS_BY_NAME, _plain(clause.text)) is not None


def _past_a_no_fault_lead(clause: Clause, text: str) -> tuple[Clause, str]:
    lead = re.match(_NO_FAULT_LEAD, clause.body)
    if lead is None and re.match(_NO_FAULT_LEAD, clause.line):
        return replace(clause, line=re.sub(_NO_FAULT_LEAD, "", clause.line)), text  # a later sentence of the line
    if lead is None:
        return clause, text
    words = _plain(clause.text).split(":", 1)
    if len(words) < 2:
        return clause, text
    rest = words[1].strip()
    stripped = replace(clause, text=rest, line=re.sub(_NO_FAULT_LEAD, "", clause.line))
    return stripped, digits(stripped.context)


# "you, the buyer, pay ...", "customers, as the senders, pay ...": the payer named again between the subject and its verb
_APPOSITION = r"\b(you|customers?|buyers?|clients?), (?:as )?(?:the|our) [\w' ]{1,20}?, "


def return_shipping(clause: Clause, text: str) -> Iterator[Fact]:
    clause, text = _past_a_no_fault_lead(clause, text)
    text = re.sub(_APPOSITION, r"\1 ", text)
    label = _free_label(clause, text)
    if label:
        yield label
        return
    if _an_exception_for_faults(clause, text):
        yield Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"})
        return
    declined = _postage_declined(clause, text)
    if declined:
        if declined is not True:
            yield declined
        return
    if _any(r"product page", text):
        yield Fact("shipping.product_page_free_returns", True)
    if _payers_by_case(text):
        yield Fact("shipping.default.payer", "CUSTOMER")
        yield Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"})
        return
    unless = _excepts_faults(text)
    payer = _payer(clause, text)
    if payer == "MERCHANT" and _any(_NEGATED + r"\s+(?:[\w-]+\s+){0,4}?free\b|\b(?:not|no) free\b", text):
        # "We no longer offer free return shipping", "Our prices do not leave room for free returns", "Reasons that do not qualify for a free return"
        yield _unheld("free return shipping denied or withdrawn: no setting holds who pays")
        return
    if payer is None:
        return
    if _any(_POSTAGE_DEDUCTED, text):
        # the customer pays, and the shop takes it out of the refund: how it is charged no setting holds
        yield _unheld("return postage deducted from the refund: no setting holds how it is charged")
    yield from _paid_by(clause, text, payer, unless)


def _paid_by(clause: Clause, text: str, payer: str, unless: bool) -> Iterator[Fact]:
    """Who pays the return postage the sentence names, in the case it names."""
    if payer == "CUSTOMER" and unless and _any(_SHOPS_FAULT, text):
        yield Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"}, weak=True)  # "... unless it was our error"
    if (_at_fault(clause, text) or payer == "MERCHANT" and _after_a_fault_case(clause, text)) and not unless:
        yield Fact("shipping.merchant_at_fault", _at_fault_terms(payer, text))
    elif payer == "MERCHANT" and _any(r"^\W*(?:we|you)\b[^,;]{0,60}\b(?:when|whenever|if)\b", text):
        # "We pay the shipping when they come back with ...": the shop pays in a case it names, no fault we know
        yield _unheld("who pays shipping in the case it names: no setting holds it")
    else:
        yield Fact("shipping.default.payer", payer)
        if payer == "CUSTOMER" and _any(_FAULT_DENIED, text):
            # "When the seller is not at fault, the customer pays": the shop pays when it is
            yield Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"}, weak=True)


def _an_exception_for_faults(clause: Clause, text: str) -> bool:
    """"You pay to ship your return to us. The exception is a mistake on our side, ... in which case we cover it":
    the exception to the postage rule before it is the shop's faults, and the shop pays for them."""
    if not re.match(r"^\W*(?:the (?:only )?exceptions? (?:is|are|being)|(?:one|an|the only) exception\b)", clause.body):
        return False
    at = clause.paragraph_text.find(clause.body)
    if at <= 0:
        return False  # no sentence before it in the paragraph (or the clause not found in it): no postage rule excepted
    before = clause.paragraph_text[:at]
    return _any(_SHOPS_FAULT, text) and _any(_MERCHANT_PAYS, text) and _about_return_postage(clause, before)


def _excepts_faults(text: str) -> bool:
    """"... unless it was our error", "except where we shipped the wrong thing": the shop's faults excepted."""
    exception = re.search(r"\b(?:unless|except)\b", text)
    return exception is not None and _any(_SHOPS_FAULT, text[exception.end() :])


# The fault denied, in so many words: "if the return is not due to our error", "for any reason other than a defect", "If
# the item you're returning isn't defective", "When the seller is not at fault"
_FAULT_DENIED = (
    r"\b(?:not|n't) (?:\w+ )?(?:due to|caused by|the result of|a result of|because of|related to|linked to|connected (?:to|with)|attributable to|arising from)\b[^.]{0,30}(?:" + _SHOPS_FAULT + r")|"
    + FAULT_SET_ASIDE + "|"
    r"\b(?:is|are|was|were)(?:n't| not) (?:\w+ )?(?:defective|faulty|damaged|broken)\b|\b(?:is|are|was|were)(?:n't| not) at fault\b"
)
# The returns that are no one's fault: the fault denied, or a reason of the customer's ("change of mind"), or nothing wrong
# ("If nothing is wrong with the product, the cost of the return is yours")
_NOT_AT_FAULT = (
    _FAULT_DENIED + r"|\bchange (?:of|in) (?:mind|heart)\b|\bchanged? (?:your|their|his|her) mind\b|"
    r"\bneither\b[^.;]{0,20}\bnor\b[^.;]{0,20}(?:" + _SHOPS_FAULT + r")|\bnothing(?:'s| is| was)? wrong\b"
)


# "... you pay the return shipping – though if the item was incorrect or damaged, we drop the restocking fee": the fault
# excepts the fee, not the shipping
_FEE_EXCEPTION = (r"\b(?:if|when|where)\b(?:(?!shipping|postage|carriage|freight)[^.;]){0,80}?,? (?:we(?: will|'ll)? )?(?:drop|waive|remove|cancel|refund|don't charge|do not charge|won't charge)\w* "
                  r"(?:the |any |our |that |this )?(?:restocking |handling |processing |return )?fees?\b")


def _at_fault(clause: Clause, text: str) -> bool:
    """Whether the sentence is about the returns the shop is at fault for: by its words, its section, a question before it."""
    named = (_any(_SHOPS_FAULT, _fault_words(re.sub(_FEE_EXCEPTION, " ", text))) or _fault_section(clause) or _asked_about_a_fault(clause)
             or (_any(_COVERED_WITH_REMEDY, text) and _any(_FAULT, clause.line)))
    return named and not _any(_NOT_AT_FAULT, text)


# "If a product reaches you damaged, contact us straight away. We will pay the return shipping.": the sentence before opens
# on a fault, and the shop's paying names no case of its own (not "We pay return shipping on every order"; the customer's
# paying after a fault is as often every return's rule: "The customer pays for return shipping.")
_OPENS_ON_A_CASE = r"^\W*(?:if|when|whenever|should|in case|in the (?:rare )?event)\b"
_A_CASE_OF_ITS_OWN = r"\b(?:if|when|whenever|unless|except|all|every|any)\b"


def _after_a_fault_case(clause: Clause, text: str) -> bool:
    before = _sentence_before(clause).lower()
    return _any(_OPENS_ON_A_CASE, before) and _any(_FAULT, before) and not _any(_A_CASE_OF_ITS_OWN, text)


def _payer(clause: Clause, text: str) -> str | None:
    if _any(_WE_AND_PAY, text) or _shop_pays_by_name(clause):
        return "MERCHANT"
    if _any(_CUSTOMER_PAYS, text):
        return "CUSTOMER"
    return "MERCHANT" if _any(_MERCHANT_PAYS + "|" + _COVERED_WITH_REMEDY + "|" + _BOTH_WAYS, text) else None


def _remedy_without_fault(clause: Clause, text: str) -> bool:
    """A warranty's terms, or a repair or replacement for a fault the sentence does not name."""
    # "The cost of sending the item to the manufacturer is yours": a repair's carriage, not a return's
    # ("No factory warranty covers shipping costs; the customer pays them": the carriage of a warranty claim)
    return _any(_WARRANTY_TERM + r"|\bwarrant(?:y|ies) (?:covers?|pays?(?: for)?|includes?) (?:the |any )?(?:shipping|postage|carriage|freight)\b|"
                r"\bto (?:the |an? |our )?(?:manufacturer|repair (?:centre|center|shop|workshop)|service (?:centre|center))\b", text) or (_any(r"\b(?:repair|replace)\b", text) and not _any(_FAULT, text) and not _fault_section(clause))


_THOSE_GOODS = r"\b(?:for|on|of) (?:these|those|such) (?:items|products|goods|pieces|orders)\b"


def _postage_declined(clause: Clause, text: str) -> Fact | bool:
    """Why a sentence sets no payer: True when it is not about who pays return postage, the reason
    for the merchant when it is but for some returns only; False when it may be read."""
    if not _about_return_postage(clause, text) or (_any(_CANCEL, text) and not _any(r"\breturn", text)):
        return True
    # "We will repair or replace the item and cover the return shipping": a remedy for a fault named elsewhere
    if _remedy_without_fault(clause, text):
        return _unheld("who pays shipping under a warranty or for a repair: no setting holds it")
    if _any(r"responsib\w* for (?:any |all )?(?:the )?(?:damage|loss|risk)", text):
        return True  # "responsible for damage or loss during return shipping": the risk, not who pays
    # "If a product reaches you damaged, contact us. We will ... pay the return shipping for those items": the goods are the
    # faulty ones the sentence before names, so the postage is a fault's
    if _any(_THOSE_GOODS, text) and _any(_FAULT, _sentence_before(clause).lower()):
        payer = _payer(clause, text)
        return _in_the_case_before(clause, payer) if payer else True
    # the sentence's own scope, or a heading naming a kind of returns ("Shipping, Pickup, and Delivery
    # Costs" lists topics; it scopes nothing)
    if scoped(replace(clause, heading=""), text) or _kind_heading(clause) or _any(_CANCEL, text):
        return _unheld("who pays shipping for some returns only: no setting holds it")
    goods = r"\b(?:shipping|postage|return delivery)(?: (?:costs?|fees?|charges?))? (?:for|on) (?!(?:a|an|all|any|your|the|this|that|these|those|our|their|us|you|it|them|free|each|every|return\w*|send\w*|items?|products?|orders?|goods|merchandise|exchanges?|store|refunds?|credit|which|whom)\b)[a-z]"
    # "Return shipping is free for members": free for some customers only
    goods += r"|\b(?:free|paid by us|covered by us|on us)\b[^.;]{0,20}\bfor (?!(?:all|every|any|you|your|our|the|everyone|everybody|customers?|returns?|orders?|items?|products?|exchanges?|refunds?)\b)[a-z]"
    if _any(goods, _without_faulty_goods(text)) or (_any(_SCOPED, clause.heading.lower()) and not _any(r"pick[- ]?up|deliver|shipping|postage|costs?\b", clause.heading.lower())):
        return _unheld("who pays shipping for some goods only: no setting holds it")  # "Bulky Items: Return shipping for furniture is paid by the customer"
    if _any(r"\b(?:shipping|postage|free returns?|return labels?)\b[^.;]{0,50}\b(?:orders?|purchases?|returns?) (?:over|above|of more than|exceeding|worth more than) [$€£]?\d", text):
        return _unheld("who pays shipping for orders over an amount: no setting holds it")  # "We cover return shipping on orders over $100"
    if _any(r"\b(?:for|on) (?:all |any |your |the |an? )?(?:first |second |one )?(?:(?:exchanges?|swaps?)(?:,? (?:or|and) (?:an? )?replacements?)?\b|replacements? (?:or|and) (?:an? )?(?:exchanges?|swaps?)\b|store credit\b)(?! (?:and|or|&) (?:returns?|refunds?))|"
            r"\b(?:when|if) you(?: are|'re| would rather| prefer to| want to| wish to| choose to| decide to| opt to)? " + _CHOSEN_INSTEAD, text):
        # "Return shipping is free for exchanges", "postage on a replacement or an exchange", "If you would rather swap it, ...", "If you take store credit, ..."
        return _unheld("who pays shipping for exchanges or store credit only: no setting holds it")
    return _declined_by_case(clause, text)


# the customer's choice of an exchange or of store credit rather than a refund: a case of some returns
_CHOSEN_INSTEAD = (r"(?:exchang\w*|swap\w*|(?:choose|opt for|request|pick|take|select|go for|prefer) (?:an? )?(?:exchange|swap|store credit|gift card|"
                   r"credit note|voucher))\b")


# "If we find the item is not defective, we send it back at your cost", "if no fault is found, a $50 fee applies": a fault
# claimed and not found by the shop's check, a case of its own (what it costs is that case's, no return's)
NO_FAULT_FOUND = (r"\bif (?:we|our (?:\w+ )?(?:team|technicians?|staff|workshop)|the (?:inspection|test|check))(?: then)? (?:find|finds|found|determine|determines|discover|discovers|"
                  r"conclude|concludes|establish|establishes|show|shows|see|sees)\b[^.;]{0,40}?\b(?:not|n't|no|free of any) (?:defective|faulty|damaged|broken|defects?|faults?)\b|"
                  r"\bno (?:fault|defect|problem|issue)s? (?:is |are |was |were |can be )?(?:found|detected)\b|"
                  # ("if it turns out not to be faulty"; not "If the item is not defective, you pay return shipping": every return
                  # without a fault, no claim checked)
                  r"\bif (?:it|they|the (?:item|product|unit|goods)) turns? out (?:to be not|not to be) (?:defective|faulty)\b")


def _declined_by_case(clause: Clause, text: str) -> Fact | bool:
    """The later half of `_postage_declined`: a payer for a case the sentence, or the one before, names."""
    if _any(NO_FAULT_FOUND, text):
        return _unheld("who pays shipping when the shop's check finds no fault: no setting holds it")
    if _any(r"\bif (?:you|the order|your order|the customer)\b[^.;]{0,40}\b(?:paid for|received|got|qualified for|had|used) (?:the |an? )?(?:outbound|original|free|standard|paid) (?:shipping|delivery|postage)", text):
        # "We cover return shipping if you paid for outbound shipping": a case of how the order was shipped
        return _unheld("who pays return shipping by how the order's own shipping was paid: no setting holds it")
    if _any(IN_THAT_CASE, text):
        payer = "CUSTOMER" if _any(_CUSTOMER_PAYS, text) else "MERCHANT" if _any(_MERCHANT_PAYS, text) else None
        return _in_the_case_before(clause, payer)
    if _any(r"\b(?:refuse[sd]?|refusing)\b(?! (?:to|a return|the return|returns?)\b)[^.;]{0,40}\b(?:deliver|order|parcel|package|shipment)|\b(?:order|parcel|package|shipment)s?\b[^.;]{0,20}\b(?:refused|undeliverable|cannot be delivered|can't be delivered)|\bundeliverable\b", text):
        # "an order the customer refuses, or that cannot be delivered": the order's trip back, no return
        return _unheld("who pays shipping on a refused or undeliverable order: no setting holds it")
    if not _any(_SHOPS_FAULT, text) and _any(r"\b(?:can|will|do|may) only (?:\w+ ){1,4}?(?:labels?\b|(?:pay|cover)\b)[^.;]{0,60}\b(?:if|when|provided)\b", text):
        # "We can only send a return label when the item goes back in its box; without it ...": the label for a case, the postage for the rest
        return _unheld("who pays shipping in the case it names: no setting holds it")
    if _any(r"\bdepending on\b|\bcase[- ]by[- ]case\b", text):
        return _unheld("who pays return shipping decided case by case: no setting holds it")  # "you may have to pay, depending on the case"
    # late returns; a refused return "returned to you at your expense" (the shop sending it back)
    if _any(r"\bif\b[^,]{0,80}\b(?:more than \d+ days|after \d+ days|after the return (?:window|period)|outside (?:of )?the)|"
            r"\b(?:returned|sent|shipped|mailed|posted) (?:back )?to (?:you|the customer|the buyer|the sender)\b|\b(?:sent|returned|shipped) back after \d+", text):
        return _unheld("who pays return shipping for late returns: no setting holds it")
    return False


# "Return shipping for defective products is free", "we cover return shipping for damaged or incorrect
# items": goods named by their fault are the returns the shop is at fault for, not a group of products
_FAULTY_GOODS = (r"\b(?:for|on) (?:all |any |the |your )?(?:(?:damaged|defective|faulty|incorrect|wrong|broken|flawed|mis-?shipped)"
                 r"(?:,? (?:or|and|/) |, ))*(?:damaged|defective|faulty|incorrect|wrong|broken|flawed|mis-?shipped) (?:items?|products?|goods|orders?|merchandise|parcels?)\b")


def _fault_words(text: str) -> str:
    """`text` without what names no fault of the shop's in a sentence about return postage: "insured for damage
    or loss" (the parcel's risk in transit), "you ordered the wrong item" (the customer's mistake), and a rule
    on the order's own shipping joined on ("Return shipping is paid by the buyer, and the original shipping
    is refunded only if the mistake was ours"), whose case is that rule's."""
    text = re.sub(r"\b(?:damage|loss|lost|damaged) (?:or|and|/) (?:damage|loss|lost|damaged)\b|\b(?:you|customers?) (?:ordered|chose|picked) the wrong\b|"
                  r"\b(?:an? |the )?(?:mistake|error|fault) (?:on|of) your (?:side|part|end|own)\b|\byour (?:own )?(?:mistake|error|fault)\b", " ", text)
    return re.sub(r",? (?:and|but|while) (?:the |your |any )?(?:original|outbound|initial)\b.*", " ", text)


def _without_faulty_goods(text: str) -> str:
    return re.sub(_FAULTY_GOODS, " ", text)


def _at_fault_terms(payer: str, text: str) -> dict:
    terms = {"payer": payer}
    if payer == "CUSTOMER" and _any(r"reimburs", text):
        terms["postage_reimbursed"] = "AFTER_INSPECTION" if _any(r"evaluation|inspection|confirms|refund is made", text) else "ON_RECEIPT"
    if payer == "MERCHANT" and _any(r"reimburse your postage", text):
        terms["postage_reimbursed"] = "ON_RECEIPT"
    return terms
