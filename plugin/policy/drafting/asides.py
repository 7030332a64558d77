"""Sentences about returns that state no rule, and what a sentence that sets something says besides.

A lead over the lines below ("Exchanges:") or an invitation to ask states no rule; "less any transaction
fees", "without a receipt", "covered by the manufacturer's warranty" are rules no setting holds, which
the merchant must see even when the sentence sets something else.
"""

from __future__ import annotations

import re

from plugin.policy.drafting.clauses import Clause

# Sentences about returns that state no rule: a short lead over the lines below ("Exchanges:"), and an
# invitation to ask ("If you have any questions about returns, feel free to contact us") with no rule in it.
_COURTESY = re.compile(r"\bif you have (?:any )?(?:further |other )?questions\b|\b(?:don't|do not) hesitate\b|\bfeel free to\b")
_RULE_IN_COURTESY = re.compile(r"\bmust\b|\bonly\b|\bwithin\b|\bbefore\b|\bfees?\b|\bcharge|\bcannot\b|\d")


def states_no_rule(clause: Clause) -> bool:
    body = clause.body.strip()
    if body.endswith(":") and len(body.split()) <= 4 and not re.search(r"\d", body):
        return True
    return bool(_COURTESY.search(body)) and not _RULE_IN_COURTESY.search(body)


# What a sentence that sets something may say besides, which no setting holds: a charge kept back
# from the refund besides shipping and restocking, the case of a return without a receipt, faults left
# to the maker's warranty, what does not count as a fault, a return forfeited, a fee for the item's state.
MORE = (
    (re.compile(r"\b(?:less|minus)\b[^.;]{0,60}?\b(?:transaction|processing|credit card|bank|paypal|gift[- ]?wrap\w*|customs|duties|insurance)\b"),
     "partly read: it keeps back from the refund a charge no setting holds"),
    (re.compile(r"\bwithout (?:a |an |the |your |original )*receipt|\b(?:do not|don't) (?:have )?(?:a |an |the |your |original )*receipt"),
     "partly read: a rule for returns without a receipt"),
    (re.compile(r"\bmanufacturer'?s? warrant|\bcovered by (?:the |a |its )?(?:\w+ )?warranty"),
     "partly read: faults go by the maker's warranty"),
    (re.compile(r"\b(?:is|are) not (?:\w+ ){0,3}(?:a |considered (?:a |to be (?:a )?)?)?(?:defect|fault)"),
     "partly read: it says what is not a fault"),
    (re.compile(r"\bforfeit"), "partly read: a return that fails the rules is forfeited"),
    # damage the customer caused (poor packing, misuse, careless installation) is no fault of the shop's
    (re.compile(r"\bdamage[ds]? (?:\w+ ){0,4}(?:by|due to|through|from|caused by) (?:\w+ ){0,2}(?:improper|inadequate|insufficient|poor|misuse|abuse|negligen|careless|accident)"),
     "partly read: damage the customer caused"),
    # a rule for orders bought some way only, or for goods no longer to be had
    (re.compile(r"\bif you (?:paid for|(?:purchased|bought|ordered) (?:it |them |the \w+ )?(?:through|from|directly|via|in[- ]store|online|at|by|with|using))\b"),
     "partly read: a rule for orders bought some way only"),
    (re.compile(r"\bout of stock\b|\bsold out\b|\bno longer (?:available|in stock)\b|\b(?:becomes?|is|are) unavailable\b"),
     "partly read: a rule for goods no longer to be had"),
    # an exception that is no fault, no shipping charge and no legal caveat narrows the rule set
    (re.compile(r"\b(?:with the exception of|except(?: for)?|apart from)\b(?! (?:(?:\w+ ){0,5}(?:defect|damag|fault|faulty|wrong|incorrect|error|mistake|"
                r"shipping|postage|delivery|freight|law|legal|required|statutory)))"),
     "partly read: the rule has an exception no setting holds"),
    (re.compile(r"\b(?:restocking|fee)\b.*\bfor (?:any |all )?(?:items?|products?|goods|merchandise|returns?) (?:that (?:are|were|have) |which (?:are|were) )?"
                r"(?:not|without|opened|used|missing)\b"),
     "partly read: the fee depends on the item's state"),
    # "We advise insurance, as we are not responsible for lost or damaged returns": who bears a parcel lost on the way
    (re.compile(r"(?:\bnot|\bcannot|\bcan't) (?:be )?(?:held )?(?:responsible|liable)\b[^.;]{0,30}\b(?:lost|stolen|missing|damaged)\b"),
     "partly read: who bears a parcel lost or damaged on the way"),
    # "A parcel without an RMA number will be thrown away", "we will not pay for it to be shipped back to you": what
    # becomes of a return the rules refuse
    (re.compile(r"\b(?:thrown away|discarded|disposed of|destroyed)\b|\bnot pay for (?:the |your )?(?:item|goods|parcel|package|it|them) to be (?:shipped|sent|posted|returned) back\b"),
     "partly read: what becomes of a return the rules refuse"),
    # "bring your item in to the school office": the goods handed back in person, a way no setting holds
    (re.compile(r"\bbring (?:\w+ ){0,3}(?:in|back) (?:in)?to (?:the|our) (?:[\w-]+ )?(?:shop|store|office|showroom|counter|branch|boutique)\b"),
     "partly read: the goods brought back in person"),
)
