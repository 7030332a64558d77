"""Whether a rule is for some goods, orders or customers only ("sale items", "Returns over $50",
"Members of our club"): such a rule is not the shop's general setting, so it goes to the merchant.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import _FAULT, _any, _compiled


# "back to you", "to the customer": goods on their way to the customer, not to the shop
TO_THE_CUSTOMER = r"to (?:you|the customer|the buyer)\b"
# "we send it back to you", "we'll post the goods back to the customer": the shop sending goods back (requirements.py:
# the state they go back in is no return's; window.py: its days are the shop's clock)
WE_SEND_BACK = r"\bwe (?:will |'ll |may |can )?(?:send|return|ship|post|mail) (?:[\w-]+ ){1,3}?back " + TO_THE_CUSTOMER
# "Anything sent back to you", "we ship them back to the customer": goods on their way back to the customer (not
# "your money will be sent back to you", a refund, nor "exchanged items are shipped back to you", an exchange)
SENT_BACK_TO_YOU = (r"(?<!exchanged )(?<!replacement )\b(?:anything|everything|items?|goods|products?|merchandise|parcels?|packages?|it|them) "
                    r"(?:(?:will|would|may|can|shall) )?(?:(?:be|is|are|gets?|has been|have been) )?(?:sent|returned|shipped|mailed|posted) back "
                    r"(?:to the sender\b|" + TO_THE_CUSTOMER + r")|\b(?:send|return|ship|post|mail) (?:it|them) back (?:to the sender\b|" + TO_THE_CUSTOMER + ")")
# "without (prior) authorization", "without an RMA": a return not asked for first
_WITHOUT_LEAVE = (r"without (?:an? |the |that |our |your )?(?:prior )?(?:return )?"
                  r"(?:authori[sz]ation|rma\b|ra\b|approval|permission)")


# "found it sold for less within 3 days of your purchase, we credit the difference", "we price match for 7 days":
# a price promise, whose days and refund are no return's (window.py: nor its days the days to send goods back)
PRICE_MATCH = (r"\bprice[- ](?:match\w*|adjust\w*|protection|guarantee)|\b(?:sold|priced|advertised|offered|listed|available) (?:for |at )?(?:less|lower|cheaper|a lower price)\b|"
               r"\b(?:refund|credit|pay|give)(?: you)? (?:back )?the (?:price )?difference\b")
# "Your deposit will be refunded within 3 days after the rental ends", "Duplicate charges are refunded within 48 hours",
# "We will refund any shipping overpayment": money given back that no return brings (a deposit, a charge made in error, a
# price promise), whose refund's time, way and check are no return's (not "refunds are made by direct deposit": a way of paying;
# nor "Any refund or price adjustment is credited to ...": named beside every refund, the rule is every refund's too)
OTHER_MONEY_BACK = (r"(?<!refund or )(?<!refunds or )(?<!refund and )(?<!refunds and )(?:" + PRICE_MATCH + r"|\b(?:security|rental|damage|refundable|booking|reservation|hire) deposits?\b|^\W*(?:your |the |any |all )?deposits?\b|"
                     r"\bdeposits? (?:on|for|paid)\b|\bover-?(?:charges?|payments?)\b|\bduplicate (?:charges?|payments?|transactions?)\b|\bcharged twice\b)(?!\w| (?:or|and) refunds?\b)")
# "Watches sent for servicing are returned to you within 4 weeks", "Repaired items will be returned to you": goods the shop
# repairs or services, whose trip back to the customer is no return
_IN_FOR_REPAIR = (r"\b(?:repaired|serviced|mended) (?:[\w-]+ )?(?:items?|products?|goods|merchandise|pieces?|units?|devices?|watches|instruments?|bikes?|bicycles?)\b|"
                  r"\b(?:sent|brought|taken|booked|shipped|posted|mailed) (?:in |to us )?for (?:a |an )?(?:repairs?|servicing|service|setup|set-up|alterations?|maintenance|cleaning)\b")
# The kinds of orders a shop sells on terms of their own ("overseas orders", "wholesale purchases", "pre-order items",
# "marketplace orders", "custom-made goods", "rental returns"): named before a word for orders or goods, some orders only
_KINDS_OF_ORDER = (r"overseas|foreign|out[- ]of[- ]country|cross[- ]border|wholesale|trade|corporate|marketplace|amazon|ebay|etsy|"
                   r"pre-?orders?|pre-?ordered|back-?order(?:s|ed)?|subscriptions?|rental|rented|trial|sample")
# goods made for the one order ("custom orders", "made-to-order pieces"): the exclusions name them as goods; said of the
# order ("If your order was custom made"), a case of some orders
_MADE_FOR_THE_ORDER = r"custom(?:[- ]made|i[sz]ed)?|made[- ]to[- ](?:order|measure)|bespoke|personali[sz]ed"
# "If you paid by bank transfer, ...", "When the order was bought with a gift card, ...": a case of how or where the order
# was paid for or bought (not "If you ordered by mistake", a reason; nor "through our website", every order)
_PAID_CASE = (r"^\W*(?:if|when|where) (?:you|the customer|the buyer|(?:your|the) (?:order|item|purchase) (?:was|were|is))(?: originally)? "
              r"(?:paid|purchased|bought|ordered|placed|checked out)(?: for)?(?: (?:it|them|the (?:items?|order)|your (?:items?|order)))? "
              r"(?:by|with|using|via|through|at|on|during|from)\b(?! (?:mistake|error|accident)\b)(?! (?:our|this|the) (?:website|online (?:store|shop)|site|web ?shop)\b)")
# "Your first order comes with free returns", "First-time customers get 60 days", "New customers can ...": some customers' orders
# (not "the delivery charge on your first order", the order the return is of)
_FIRST_ORDERS = (r"^\W*(?:your|a customer's|the customer's) (?:very )?first (?:order|purchase)\b|\b(?:your|their|a|the) first (?:order|purchase) (?:with|from) us\b|"
                 r"\bfirst[- ]time (?:customers?|buyers?|shoppers?|orders?|purchases?)\b|"
                 r"^\W*(?:all |our )?new (?:customers?|buyers?|shoppers?|clients?)\b")


_ONE_COUNTRY = r"(?:australia|new zealand|canada|usa|u\.s\.|united states|uk|united kingdom|ireland|europe|eu|european union)"


# A rule for some items or some orders only ("sale items", "any opened item", "electronics items",
# "in-store purchases"): it is not the shop's general setting, so it goes to the merchant.
# "for goods you order on behalf of your company", "business-to-business sales": a business customer's terms
FOR_A_BUSINESS = (r"\bon behalf of (?:your|a|the|their|an?) (?:business|company|organi[sz]ation|firm|employer|school|institution)\b|"
                  r"\bbusiness[- ]to[- ]business\b|\bb2b\b")
_SCOPED = (
    r"\b(?:certain|some|select(?:ed)?|heavy|large|oversized|bulky|freight)\s+(?:\w+\s+)?(?:items?|products?|gear|goods|merchandise)\b|"
    r"gift receipts?|as a gift\b|\bgift returns?\b|\breturned gifts?\b|\b(?:purchased|bought|ordered) (?:on sale|in (?:a|the|our) sale)\b|"
    r"(?<![\w-])(?:sale|clearance|discounted|opened|open[- ]box|used|pre-?owned|refurbished|brand[- ]new|electronics?|special[- ]order|in[- ]store|international|"
    r"refused|" + _KINDS_OF_ORDER + r")\s+(?:items?|products?|merchandise|goods|purchases|orders|deliver(?:y|ies)|shipments?|returns?|"
    r"(?:refund |return |exchange )?requests?)\b|"  # "International refund requests: we take a $7.95 fee off the refund"
    # "If your order was custom made", "if the item is a pre-order": the same kinds, said of the order
    r"\b(?:orders?|items?|purchases?|products?) (?:is|was|were|are) (?:an? |on )?(?:" + _KINDS_OF_ORDER + "|" + _MADE_FOR_THE_ORDER + r")\b|\bunwanted\s+(?:deliver(?:y|ies)|shipments?)\b|"
    # a way of paying: "If the products were purchased with a bank draft or check, ...", "Check Purchases"
    r"\b(?:paid|purchased|bought|made) (?:originally )?(?:by|with|using|via|in) (?:a |an )?(?:check|cheque|bank draft|money order|cash)\b|"
    r"\b(?:check|cheque|credit card|debit card|cash|paypal|third[- ]party) (?:purchases|payments|orders)\b|"
    r"\bpayments? (?:made )?(?:via|by|with|using|through) (?:a |the )?(?:credit card|debit card|paypal|check|cheque|cash|bank transfer|payment gateway)\b|"
    r"\bany opened\b|\b(?:purchased|bought) in[- ]store\b(?! (?:or|and|&|/) (?:online|on our (?:website|site)|on ?line)\b)|\bin store purchases\b|local delivery|"
    # orders picked up ("in-store pickup", "pick-up orders", "for local pickup"), not the return the shop fetches ("we arrange
    # its pickup")
    r"\b(?:in[- ]?store|curbside|kerbside|store|local|warehouse|click[- ]and[- ]collect) pick[- ]?ups?\b|\bpick[- ]?up (?:orders?|purchases?|items?)\b|\b(?:placed |bought |ordered )?(?:for|with) (?:free |local |store )?pick[- ]?up\b|"
    r"\b(?:these|those|such) (?:items|products|goods|pieces|orders|purchases)\b|"  # a group named in the sentence before
    r"undeliverable|returned to (?:the )?sender|return[- ]to[- ]sender|failed deliver|"
    # "Anything sent back to you will be in the condition it reached us", "we send them back to the customer": a return
    # the shop refuses, on its way back to the customer
    + SENT_BACK_TO_YOU + "|"
    r"\b(?:shipment|order|delivery|package|parcel) (?:is|was|has been) refused|\brefus\w* (?:the |a |your )?(?:delivery|shipment|package|parcel)|"
    # "a $9 fee will be deducted for AU returns": a country's returns only
    r"\bfor (?:au|uk|us|usa|eu|nz|ca|australian|canadian|european|british|american|domestic|overseas|foreign) (?:returns|orders|customers|buyers)\b""|"
    # "Within the USA we offer a free 30 day returns service": one region's terms
    r"\b(?:within|inside) the (?:usa|us|u\.s\.a?\.?|uk|eu|united states|united kingdom|contiguous \w+|continental \w+)\b|"
    + FOR_A_BUSINESS + "|"
    # "European Union 14 day cooling off period", "if the goods are shipped into the European Union": one region's terms,
    # the region leading the line or the goods sent into it
    # (the region's own people, orders or period after it; not "EU law gives you ...", "UK and international orders",
    # "The UK team accepts returns", "EU-made products")
    # ("European Union and United Kingdom 14 day cooling off period": two regions leading it, as one)
    r"^\W*(?:the )?(?:european union|eu|uk|united kingdom)(?:\s*(?:and|&|/|or)\s*(?:the )?(?:european union|eu|uk|united kingdom))?(?:\s*:|\s+(?:customers?|buyers?|consumers?|shoppers?|residents?|orders?|returns?|"
    r"deliver(?:y|ies)|addresses|cooling|withdrawal|right|\d))|"
    # (the goods sent to the customer there; not the return sent back to the shop there: "Returns must be sent to the UK
    # address below", "Items must be posted to the UK within 30 days")
    r"(?<!must be )(?<!should be )(?<!to be )\b(?:shipped|delivered|sent|posted) (?:in)?to (?:the )?(?:european union|eu|uk|united kingdom)\b"
    r"(?! (?:address|warehouse|office|depot|returns?)\b)|"
    # "In Shop Order Policy", "in-store sales": what is bought over the counter, not online
    r"\bin[- ](?:store|shop) (?:orders?|purchases?|sales?|returns?)\b|"
    # "returns are free for you, Australia only", "for orders within the UK only": one country's terms
    # (not where the shop sells at all: "we ship to UK addresses only", "we sell to Australia only", every order's country)
    r"^(?![^.]*\bwe (?:\w+ )?(?:ship|sell|deliver|dispatch|post)\b[^.;]{0,20}\b" + _ONE_COUNTRY + r"(?: addresses)? only\b).*?\b" + _ONE_COUNTRY
    + r"(?: addresses| orders| customers)? only\b|"
    # "return items in person at our Denver store": one way of returning, not every return
    # (not "once the goods are back at our shop": their arrival with the shop; nor "by post or at the store", "online or at
    # any of our stores": the shop named beside another way, so every return)
    r"\bin person\b|(?<!back )(?<!arrives )(?<!arrived )(?<!post or )(?<!mail or )(?<!online or )\bat (?:our|any of our|one of our|the) (?!online\b|web\b)(?:[\w-]+ ){0,2}(?:stores?|shops?|showrooms?|locations?|branch(?:es)?)\b(?!'s|’s)|"
    r"\b(?:international|overseas|foreign|domestic|local|non-[a-z]+|out[- ]of[- ]country|eu|uk|au|nz|european|british|australian|canadian) (?:customers?|buyers?|shoppers?|clients?)\b|"
    + _FIRST_ORDERS + "|"
    # "A return without authorization is refused and sent back at your expense": the returns sent unasked, whose
    # trip back to the customer is no return's postage (that a return must be asked for first, requests.py reads)
    # (the goods sent, or a refusal after them: "You may return any item without prior authorization within 30 days"
    # is every return's window)
    r"\bunauthori[sz]ed returns?\b|\b(?:returns?|items?|parcels?|packages?|anything|goods|merchandise) (?:(?:(?:that|which) (?:arrives?|comes?|is|are)(?: back)? |"
    r"(?:sent|returned|shipped|mailed|posted|received|arriving|coming)(?: back)? )" + _WITHOUT_LEAVE + "|" + _WITHOUT_LEAVE +
    r"(?=[^.;]*\b(?:refus|reject|turned away|not (?:be )?accepted|sent back|shipped back|returned to (?:the )?sender)))|"
    # "where posting a replacement item to you is needed, you pay for that postage": an exchange's trip out, no return's
    # (the posting the subject, you the payer: not "we will send a replacement to you at no extra cost", the shop's remedy)
    r"\b(?:post|send|ship|mail)ing (?:a |the |your |any )?(?:replacement|exchange)s?(?: (?:items?|products?|orders?|pieces?))? to you\b"
    r"(?=[^.;]*\byou(?:'ll| will)? (?:pay|cover|are charged)\b)"
    + "|" + OTHER_MONEY_BACK + "|" + _IN_FOR_REPAIR
)
# "Returns over $50 must have an RA number", "Orders under $20 ...", "All items valued at $500 or more": a
# subject an amount singles out is some returns or orders, not every one (the amount must qualify the
# sentence's subject: "free shipping on orders over $100" later in a sentence qualifies something else)
_AMOUNT_SUBJECT = (
    r"^\W*(?:all |any |the |our )?(?:[\w-]+ )?(?:returns?|orders?|items?|purchases?|products?|parcels?|packages?|shipments?|merchandise|goods)\s+"
    r"(?:with a (?:value|total) )?(?:over|above|under|below|exceeding|of more than|of less than|(?:worth|valued at) (?:more|less) than|worth|valued (?:at|over|under)|totall?ing|of)\s+"
    r"(?:[$€£]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)"
)
# "If your order total is more than $200, ...", "When the purchase exceeds $500, ...": a case an amount singles out
_AMOUNT_CASE = (r"^\W*(?:if|when|where|should) (?:your |the |an? )?(?:order|purchase|return|item)s?(?: (?:total|value|amount|subtotal))? "
                r"(?:is |was |comes to |totals |exceeds |amounts to )?(?:over|above|under|below|more than|less than|at least|greater than|exceeds|totall?ing|of)?\s*"
                r"(?:[$€£]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)")


# A sentence that opens on a case of the item or the return ("If the item has been worn, ...", "When a
# return is over 30 days old, ...") states what is asked in that case only, not of every return.
# ("If all is in order, ...", "If everything is satisfactory": the return accepted, no case of some goods)
_CASE_OF_ITEM = (
    r"^\W*(?:if|when|where|should|in case|in the event that) (?!(?:you|we|i|customers?|buyers?|clients?|purchasers?)\b)(?:[\w'-]+ ){1,3}?"
    r"(?:has|have|is|are|was|were|had|does|do|did)(?:n't| not| been| already| ever)* (?!approved|accepted|received|eligible|authori[sz]ed|returned\b|being returned|in (?:good )?order\b|satisfactory\b|fine\b|ok(?:ay)?\b)"
    # ("When your return has arrived and been inspected, we refund you ...": every return's steps, no case of some; not
    # "If the item has been inspected and found used")
    r"(?!(?:arrived|inspected|checked|examined|processed)\b(?![^,;]*\b(?:found|deemed|judged|shows?|showing|proves?|turns? out)\b))"
    r"(?!(?:\w+ )?(?:damaged|defective|faulty|broken|incorrect|wrong|missing|lost|not as described|delivered|shipped|dispatched)\b)\w+"
)
# "When we authorize a return and no replacement has been ordered by then, we charge 25%": a condition that something
# is not yet done names a case of some returns (as `_CASE_OF_ITEM` does for the item's state), whoever the rest names
# (done by then: "has been requested"; or ordered: "is ordered". Not "If no exchange is requested, we refund ...":
# the refund every return without an exchange gets)
_NOT_YET_ORDERED = (r"^\W*(?:if|when|where|once|in case|should)\b[^,.;]{0,60}?\bno (?:[\w-]+ ){1,2}"
                    r"(?:(?:has|have) (?:yet )?been [a-z]+ed|(?:is|are|was|were) (?:yet )?(?:been )?(?:ordered|placed))\b")
# One situation of a return, named as the sentence's case or subject: its rule is that situation's, not every return's.
# (each alternative names the situation, not some shop's words; "If no exchange is requested", "return all or part of
# your order", "For exchanges or refunds", "if part of your order is missing" (a fault), "we will file the insurance
# claim for you" stay what they were)
_SITUATION = (
    # one kind of exchange: "For size exchanges, ..." (not "If you want an exchange, you can return the lamp within 21
    # days": a shop's every return, when it swaps what comes back)
    r"^\W*(?:for|on|with|in the case of) (?:an? )?(?!(?:all|any|every|your|our|the)\b)[\w-]+ exchanges?\b(?!\s*(?:or|and|&|/)\s)|"
    # a second return of what an exchange or a replacement brought: "an item you received in exchange", "Replacement items
    # can be returned within 14 days"
    r"\b(?:received|got|obtained|given) (?:in|as an?|by way of) (?:exchange|replacement)\b|"
    r"^\W*(?:all |any )?(?:exchanged|replacement) (?:items?|products?|goods|merchandise|pieces?)\b(?=[^.;]*\breturn)|"
    # a repair or a claim on a warranty or an insurance: "Items returned from repair", "For warranty repairs", "Insurance claims"
    r"\b(?:returned|back|coming back) from (?:a |the |its )?repairs?\b|\b(?:sent|returned|shipped|posted|mailed) (?:to us |in )?for (?:a )?repairs?\b|"
    r"^\W*(?:for|on|after) (?:a |the |any )?(?:warranty )?repairs?\b|^\W*(?:all |any )?(?:warranty|insurance) claims?\b|"
    # a parcel the carrier could not hand over: "Parcels that cannot be delivered", "Orders not collected from the post office"
    r"\b(?:cannot|can't|could not|couldn't) be delivered\b|\b(?:not|never) (?:collected|picked up|claimed) (?:from|at)\b|\bun(?:claimed|collected) (?:parcels?|packages?|orders?|shipments?)\b|"
    # the seal broken: "If the seal has been broken, ..."
    r"^\W*(?:if|when|where|once) (?:the |its |their |a |any )?(?:seals?|shrink[- ]?wrap|security tags?) (?:has|have|is|are|was|were) (?:been )?(?:broken|opened|removed|torn)\b|"
    # a return after the window: "Late returns are accepted for store credit"
    r"\blate returns?\b|"
    # one way of bringing the return: "If you return by post, ...", "If you return in store" (not "Returns by post need
    # an authorization code": where the shop takes returns by post only, every return)
    r"^\W*(?:if|when|where|for) (?:you )?(?:are |choose to )?(?:return|send|post|mail|bring|drop)\w* (?:(?:an? |the |your |any )?(?:items?|goods|products?|orders?|parcels?|it|them) )?"
    r"(?:by (?:post|mail|courier)|in[- ]store|in (?:our|the|a) (?:store|shop)|to (?:our|the|a|one of our) (?:stores?|shops?|counter|showroom))\b|"
    # part of a set, a bundle or an order: "If you return one item from a set", "only part of your order", "partial returns"
    r"\b(?:return|send|keep)\w* (?:back )?(?:only |just )?(?:part|one item|some items|one|some) (?:of|from) (?:a|an|the|your) (?:set|bundle|kit|multi-?(?:buy|pack)|order)\b(?!\s+or\b)|\bpartial returns?\b"
)
# "Returns from Mexico must ...", "Orders shipped to Alaska ...": a subject a place singles out (any place: the
# regions the drafter knows by name are a short list, the place's position in the subject says enough)
_PLACE_SUBJECT = (
    r"^\W*(?:all |any )?(?:returns?|orders?|purchases?|shipments?|parcels?|packages?|exchanges?) (?:(?:shipped|sent|delivered|returned) )?(?:from|to|outside(?: of)?) "
    r"(?!(?:us|our|you|your|this|these|that|those|an?|any|all|\d)\b)(?!the (?!us\b|uk\b|eu\b|united\b|usa\b))[a-z]"
)
# "Customers outside the UK must ...", "For customers in Canada, ...", "If you live outside the United States, ...": the
# customers a place singles out (as `_PLACE_SUBJECT` does for orders; not "customers in good standing", "in store")
_A_PLACE = (r"(?:abroad|overseas|internationally|(?!(?:us|our|you|your|this|these|that|those|an?|any|all|\d|good|stores?|person|writing|advance|"
            r"full|cash|doubt|need|error|time|return)\b)(?!the (?!us\b|uk\b|eu\b|united\b|usa\b))[a-z])")
_PLACED_CUSTOMER = (
    r"^\W*(?:for |to )?(?:all |our |any )?(?:customers?|buyers?|shoppers?|clients?|purchasers?)(?: who (?:live|are|reside|shop|order|ship))? "
    r"(?:(?:based|located|living|residing|shipping|ordering|returning|shopping) )?(?:(?:from )?outside(?: of)?|from|in) " + _A_PLACE + "|"
    r"^\W*(?:if|when|where) (?:you|the customer|the buyer) (?:live|are based|are located|reside|are shopping|shop|are ordering|order|ordered|"
    r"ship|are shipping|are returning|return)\w* (?:(?:(?:from )?outside(?: of)? |in |from )" + _A_PLACE + r"|(?:abroad|overseas|internationally)\b)"
)
# "Items purchased with a coupon code are ...", "Returns of electronics within 14 days ...": a subject a
# participle or an "of" phrase narrows to some goods or orders (not "items purchased from our website")
_QUALIFIED_SUBJECT = (
    r"^\W*(?:all |any )?(?:items?|products?|orders?|purchases?|goods|merchandise) (?:purchased|bought|ordered|paid(?: for)?|placed|made) "
    r"(?:with|using|on|during|in|at|through|via|by|before|after|under|as)\b(?! (?:our|this|the) (?:website|online (?:store|shop)|site|web ?shop)\b)|"
    # (not "Refunds of shipping costs: ...", the shipping refunded, a topic)
    r"^\W*(?:all )?(?:refunds?|credits?) (?:for|on|of) (?!(?:all|any|your|our|the|an?|returns?|returned|items?|products?|goods|merchandise|orders?|purchases?|eligible|approved|unused|"
    r"(?:original )?(?:shipping|delivery|postage|freight|carriage))\b)[a-z]|"
    r"^\W*(?:all )?returns? (?:of|on|for) (?!(?:all|any|your|our|the|an?|items?|products?|goods|merchandise|orders?|purchases?|unused|unworn|new|eligible|reasons?|refunds?|exchanges?|store credit)\b)[a-z]"
)
# "Members of our Trail Club enjoy free return shipping", "VIP customers get ...": a subject that is some
# customers (a second clause "..., 180 days for subscribers" leaves the first clause's rule general)
_MEMBER_SUBJECT = (r"^\W*(?:our |all )?(?:[\w-]+ ){0,2}(?<!team )(?<!staff )(?:members?|subscribers?|vips?|loyalty (?:members?|customers?)|"
                   r"(?:trade|wholesale|business) (?:accounts?|customers?))\b(?! of (?:staff|the team|our team))")
# "If you are returning more than 3 items", "orders of 10 or more units": a quantity singles out some returns
_QUANTITY_SCOPE = r"\b(?:more than|over|at least|fewer than|less than|up to) \d+ (?:items?|products?|units?|pieces?|pairs?|articles?)\b|\b\d+ or more (?:items?|products?|units?|pieces?|pairs?)\b"
# "Each of these returns carries a 20% fee", "This refund will incur a 15% restocking fee": a sentence opening on
# returns or orders the sentence before named (not "such returns" later in a sentence, which names its own subject).
# Which they are is the sentence before's: a fee or a payer said of them is not the shop's (fees.py, shipping.py ask);
# a window is still every return's ("We accept returns of unused items. These returns must reach us within 30 days").
NAMED_BEFORE = (r"^\W*(?:(?:each|all|any|both|either|none|some|most|many|one) of )?(?:this|these|that|those|such) "
                r"(?:refunds?|returns?|exchanges?|items?|products?|orders?|cases?|purchases?|deliveries|shipments?|parcels?|packages?)\b")
# "In those cases, any postage is yours to pay": the case is the one the sentence before names (a fault, some
# goods); the readers that know which case it is read it (a fault's postage), no other setting is said of every
# return. "Other than in those cases" is every other return; "in which case" is the sentence's own case.
IN_THAT_CASE = (r"(?<!other than )(?<!except )\bin (?:this|that|such|these|those|either|both) (?:cases?|events?|situations?|instances?)\b|"
                r"\bin such an? (?:case|event|situation|instance)\b")
# The same rule as the shop's own words can differ in some seasons: say so, set nothing.
# ("During our summer sale, ...", "during a promotion": the orders of one period only)
_SEASONAL = (r"christmas|holiday season|during (?:the |our |a |any |this )?(?:[\w-]+ )?(?:sales?\b|promotions?\b|promo\b|peak|holiday|busy)|"
             r"sale periods?|black friday|busy periods?")


# A line led by what it is about ("Tents: must include all poles", "Apparel: unworn with tags") is a rule
# for those goods; a lead that names the rule itself ("Condition:", "Proof of Purchase:") is not.
_RULE_LEADS = (
    r"condition|eligib|packag|purchase|proof|time|timing|turnaround|window|period|refund|return|exchange|process|method|note|important|step|"
    # "Unopened and Undamaged:", "Intact and resaleable:", "Customer Responsibility:": the state asked or whose part, no goods
    r"undamag|unopen|unwash|intact|resal|saleab|sellab|hygien|responsib|"
    r"ship|cost|fee|contact|approv|instruction|polic|reason|unused|unworn|original|tags?\b|receipt|damag|defect|fault|photo|"
    r"overview|summary|exclu|final|gift|how|what|when|where|why|who|q\b|a\b|please|item|product|order|goods|merchandise|all\b|"
    r"requir|document|claim|exception|warrant|deadline|faq|question|answer|tip|term|cancel|credit|exchange|insur|track|label|address|fraud|"
    r"includ|provid|send|attach|enclos|list|detail|contact|step|option|"
    # "Breakages:", "Lost parcels:", "Wrong items:", "Late deliveries:": a fault or a mishap, no goods
    r"breakages?|broken|\bloss|\blost\b|missing|wrong|incorrect|\blate\b|delay|non[- ]?deliver|replacements?$|sizing|issues?\b|coupons?|rates?\b|"
    # a message's parts, a note to the reader, a step or a case of the customer's ("Email body:", "Subject:", "Keep in mind:",
    # "Last updated:", "Change of mind:", "Ask first:", "Our reply:", "Pricing and payment:"), or a refusal or a pointer
    # ("Not accepted:", "These rules do not cover:", "I would prefer:"), no goods
    r"e-?mail|subject|message|caution|keep in mind|remember|disclaim|updated|authori[sz]|once more|write to|getting started|"
    r"inspect|payment|pricing|paypal|information|confirmation|good to know|\bwait\b|ask first|reply|finishing|state of|"
    r"\bpack\b|error|for example|request|guarantee|number|change of mind|arriv|carrier|\bwe\b|\bmy\b|\bi\b|\bit\b|\bthese\b|\bnot\b|postage|extra cover|"
    # "Get in Touch Straight Away:", "Act Fast:", "Resolution:": the step the customer takes or the outcome, no goods
    # (not "Quick-dry towels:", "Fast-fit hoses:": goods)
    # (the outcome alone: not "High resolution prints:", "Remedy balms:")
    r"get in touch|reach out|act (?:fast|quickly|now|promptly)\b|straight away|right away|immediately|promptly|(?:resolution|remed(?:y|ies)|outcome)$|"
    # "Key Points:", "At a glance:", "In short:": a summary of the rules below, no goods (not "Key rings:")
    r"key (?:points?|facts?|terms?|info\w*|details?)|highlights?|at a glance|in (?:brief|short)|basics|essentials|main points|quick (?:facts|guide|look)"
)


def _led_by_goods(body: str, own: frozenset[str] = frozenset()) -> bool:
    """"Perishable Goods: ...", "Live Plants: ..." (not "All items:", "Time Frame:", "Condition:", nor a sentence
    that its colon details: "Items should come back as new: original condition, tags on"; nor the goods the whole page
    is about, `own`)."""
    named = _lead_goods(body)
    return bool(named) and not (own and _stems(named) <= own)


def _lead_goods(body: str) -> str:
    """The goods a line's lead names ("live plants" of "Live Plants: ..."), "" when it names none."""
    lead = _compiled(r"^([a-z][\w /&-]{2,30}):\s").match(body)
    if lead is None or _any(r"\b(?:must|should|shall|needs? to|has to|have to|can|will|may)\b", lead.group(1)):
        return ""
    if _any(r"^[a-z]+ (?:your|the|us|it|them|a|an|our|this|that)\b", lead.group(1)):
        return ""  # "Log your request:", "Open a ticket:", "Tell us first:": a step the customer takes, a verb and its object
    generic = r"\b(?:all|your|our|the|any|most|other|full[- ]price[d]?|regular|standard|normal|new|(?:in-)?stock|stocked|unopened|unused|items?|products?|orders?|goods|merchandise)\b"
    named = _compiled(generic).sub(" ", lead.group(1)).strip(" -/&")
    # "For non-food items:": every item but the kind named, which the page refuses or treats apart; the rules below are the
    # other goods', every return's (not "Non-returnable items:", a list of refused goods)
    # (nor "Non-UK orders:", "Non-member purchases:": some customers' orders)
    if _any(r"^(?:for )?non-?(?!returnable|refundable|exchangeable|cancell?able|uk|us|usa|eu|european|domestic|local|resident|members?|account)[a-z]+$", named):
        return ""
    return "" if not named or _any(r"\b(?:" + _RULE_LEADS + ")", named) else named


def _stem(word: str) -> str:
    """"socks" and "sock", "boxes" and "box", "accessories" and "accessory": one goods word."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith(("xes", "ches", "shes", "sses")) else word.rstrip("s")


def _stems(words: str) -> set[str]:
    return {_stem(word) for word in _compiled(r"[a-z][a-z'-]*").findall(words)}


def with_own_goods(clauses: list[Clause]) -> list[Clause]:
    """The clauses, each knowing the goods the whole page is about: the kind of goods a rule names ("Returned socks must be
    unworn") that the page names far more often than any other kind it names so (on a sock shop's page, socks in sentence
    after sentence). Such a rule is every item's; where a page divides its goods (mattresses, then accessories, each
    named as often), no kind stands out and each rule keeps to its goods."""
    bodies = [clause.body for clause in clauses if not clause.is_heading]
    candidates = {stem for body in bodies for stem in {_stem(word) for word in _subject_goods(body)} | _stems(_lead_goods(body))}
    mentions = {stem: sum(1 for body in bodies if _any(r"\b" + re.escape(stem), body)) for stem in candidates if len(stem) > 2}
    if not mentions:
        return clauses
    top = max(mentions.values())
    own = frozenset(stem for stem, count in mentions.items() if count == top)
    if top < 3 or any(2 * count > top for stem, count in mentions.items() if stem not in own):
        return clauses
    return [replace(clause, own_goods=own) for clause in clauses]


# "For bulk orders, exchanges are only ...", "On clearance items, ...": a sentence led by the orders or
# goods it is for (not "for all orders", nor "for damaged items", which is the fault it names).
_LED_BY_SCOPE = (
    r"^(?:for|on|with|in the case of) (?!(?:all|any|your|our|the|these|those|such|each|every|most|returned|eligible|approved|"
    r"accepted|unused|unworn|new|full[- ]price[d]?|regular)\b)((?:[\w-]+ ){1,2})(?:orders?|items?|products?|purchases?|goods|merchandise|shipments?|deliveries)\b"
)


# "For returns by mail, ...", "For orders shipped outside Canada, ...", "On purchases made in store, ...": a
# sentence led by returns or orders its qualifier singles out (a channel, a place, a way of sending)
_LED_BY_QUALIFIED = (
    r"^\W*(?:for|on|with) (?:all |any )?(?:returns?|exchanges?|orders?|items?|purchases?|products?|shipments?) (?:(?:made|placed|sent|shipped|returned|purchased|bought|delivered) )?"
    r"(?:(?:by|via|through|from|to) (?!(?:us|our (?:website|online (?:store|shop)|store|site|shop|web ?shop))\b)|(?:in|at|outside) (?!our (?:website|online (?:store|shop)|site|web ?shop)\b))(?!\d)"
)


def _led_by_scope(body: str) -> bool:
    if _any(_LED_BY_QUALIFIED, body):
        return True
    lead = _compiled(_LED_BY_SCOPE).match(body)
    return lead is not None and not _any(_FAULT + r"|wrong|incorrect|broken", lead.group(1))


# The words a rule's subject may have and still be about every item: "All returned items must",
# "The product and its tags must", "Return requests must". Any other noun ("All car seats must",
# "Returned bows incur", "Stringed instruments priced at ... must") names the goods it is for.
_GENERIC_SUBJECT = frozenset(
    "a an the all any your our each every its their this these those that it they them you we customer customers buyer buyers "
    "item items product products merchandise goods purchase purchases order orders return returns returned returning everything "
    "tag tags label labels packaging package packages box boxes accessory accessories manual manuals part parts component components "
    "content contents seal seals hardware material materials original new unused eligible exchange exchanges exchanged refund refunds "
    "request requests shipment shipments parcel parcels and or of with in to be being must also please note important standard "
    "regular full-price full-priced physical online domestic piece pieces unit units article articles for purchased bought ordered "
    "received delivered sent shipped client clients purchaser purchasers shopper shoppers consumer consumers person stock "
    "damaged damages defective faulty broken incorrect wrong missing claim claims report reports withdrawal notice notification "
    "form forms email photo photos photograph photographs proof receipt receipts invoice are is that which who "
    "non-defective non-faulty non-fault non-damaged fee fees restocking charge charges cost costs shipping postage handling "
    "store shop company business website site team arrival arrive arrives arrived transit on upon doa "
    "approved accepted reason reasons returnable refundable exchangeable".split()  # "A returnable item": every item that comes back; "Returns for any reason": every return; "All non-defective returns": every return the shop is not at fault for; "Approved refunds": every one the shop takes
)
_RULE_VERB = r"\b(?:must|should|need to|needs to|have to|has to|(?:are|is) required to|incurs?|(?:are|is|will be) subject to|carry|carries|(?:are|is|will be) charged)\b"
# The state every return is asked to be in ("unworn", "in their original condition"): no goods named (the states of
# some goods, "opened", "worn", "used", still name them)
_STATE_ASKED_OF_EVERY_RETURN = frozenset(
    "unworn unused unopened unwashed undamaged unaltered unmarked untouched unsoiled unbroken unassembled uninstalled unwanted "
    "condition state perfect resalable resaleable resellable sellable sealed intact attached still clean".split()
)


def _goods_subject(body: str, own: frozenset[str] = frozenset()) -> bool:
    """Whether the rule's subject names goods (not every item, nor the goods the whole page is about, `own`)."""
    return any(_stem(word) not in own for word in _subject_goods(body))


def _subject_goods(body: str) -> list[str]:
    """The words of a rule's subject that name goods ("car", "seats" of "All car seats must ..."), none when it names none."""
    verb = _compiled(_RULE_VERB).search(body)
    if verb is None:
        return []
    subject = _compiled(r"^[\w ]{2,30}:\s+").sub("", body[: verb.start()].strip())  # "Please note: All car seats must"
    subject = _without_opening_adverb(subject)  # "Additionally, all items must": no goods named
    subject = _compiled(r"\s+never$").sub("", subject)  # "An eligible return never carries ...": no word of the goods
    subject = _compiled(r"\([^)]*\)").sub(" ", subject).strip()  # "Item(s)", "All goods (including all parts)"
    subject = _compiled(r"\b(returns?) (?:or|and) replacements?\b").sub(r"\1", subject)  # "Any return or replacement": either one asked for
    # "Refunds are processed and should reach ...": a first verb joined to the rule's by "and" ends the subject
    # (not "Items that are opened and ...": the goods a relative clause names)
    subject = _compiled(r"(?<!\bthat)(?<!\bwhich)(?<!\bwho) (?:are|is|were|was|gets?) (?:\w+ )?(?:\w+ed|paid|sent|made|given|done)(?: out| back| off)? (?:and|then)$").sub("", subject)
    if _compiled(r"(?:the|your)\b|(?:customers?|buyers?|clients?|purchasers?|shoppers?|consumers?|you|we)\b").match(subject):
        return []  # "The sunglasses must be ...": the goods the customer bought, whatever they are
    # "Any item other than a gift card must ...": the goods excepted are not the subject's (every item less them);
    # "Any gown other than a bridal gown must ...": the subject still names gowns
    subject = _compiled(r"\b(?:other than|except(?: for)?|excluding|apart from|besides)\b.*$").sub("", subject).strip()
    words = _compiled(r"[a-z][a-z'-]*").findall(subject)
    if not words or len(words) > 8 or _compiled(r"[,;]|\bif\b|\bwhen\b|\bto\b|\b(?:may|might|will|would|can|could|shall)\b").search(subject):
        return []  # "Any shipping cost you may incur": a clause of its own, no goods
    if {"tag", "tags", "label", "labels", "packaging", "seal", "seals"} & set(words):
        return []  # "All tags and protective coverings must be intact": the parts of every item
    # the state asked of every return is said after the goods ("Items that are unworn", "Items in their original
    # condition"); said before them it singles some out ("Unopened returns carry a 25% fee")
    said_after = _compiled(r"\b(?:that|which|who|in)\b.*$").search(subject)
    state = set(_compiled(r"[a-z][a-z'-]*").findall(said_after.group())) & _STATE_ASKED_OF_EVERY_RETURN if said_after else set()
    return [word for word in words if word not in _GENERIC_SUBJECT and word not in state]


def _goods_intro(intro: str) -> bool:
    """A list under "Houseplants and other Plants:" is for those goods (not under "We will offer:")."""
    lead = _plain(intro).lower().strip()
    # ("THE SHORT VERSION:", "In summary:": the page told twice, no goods)
    if not lead.endswith(":") or len(lead.split()) > 5 or _any(r"\b(?:we|you|i|our|your|will|can|may|must|are|is|be|have|has|please|if|to|following|below|"
                                                              r"version|summary|overview|nutshell|brief)\b", lead):
        return False
    return _led_by_goods(lead + " -")


# A list item that is a state, a step or a document, not goods ("Not washed", "In original packaging", "Your order number"),
# or a reason for a return ("Wrong size", "Changed mind", "Arrived late")
_NO_GOODS_ITEM = (r"\b(?:not|no|never|with|without|in|must|be|been|has|have|is|are|was|were|your|our|you|we)\b|[:;,.!?]|\bun[a-z]+ed\b|\bunworn\b|"
                  r"\b(?:wrong|size|sizes|colou?rs?|fit|mind|post|postage|number|expected|described|late|reasons?|mistake|changed|"
                  r"damaged|defective|faulty|broken|missing)\b")


def _introduces_goods(clause: Clause) -> bool:
    """"Unworn items (tags still on, never washed):" over "- Clothing - Hats - Boots": the lines below name the goods
    the lead's rule is for (two in three at least, each a short name of goods)."""
    items = clause.introduces
    goods = [item for item in items if len(item.split()) <= 4 and not _any(_NO_GOODS_ITEM, item) and _led_by_goods(item + ": -")]
    return len(items) >= 2 and 3 * len(goods) >= 2 * len(items)


# A heading that names a kind of returns ("Core Return Policy", "International Returns", "Fault-Related
# Return") puts the money terms below it on those returns only; a kind that is every return the shop
# is not at fault for ("Non-Fault Return", "Change of Mind Returns") or a plain lead ("Our", "Online",
# "30-Day", "How to") does not.
_KIND_HEADING = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:the |our |your )?([a-z][\w'/-]*(?: [a-z][\w'/-]*){0,2}) (?:returns?|refunds?|exchanges?)\b"
    r"(?: (?:policy|policies|process|terms|conditions))?\W*$")
_ANY_RETURN = (
    r"non-?(?:fault|faulty|defective|damaged)(?:[- ]related)?|change[- ]of[- ]mind|standard|general|regular|normal|online|easy|free|"
    r"simple|hassle[- ]free|full|our|your|product|item|merchandise|order|customer|satisfaction|money[- ]back|how to|how do i|"
    r"shipping|postage|posting|"  # "Shipping Returns" over the postage: the topic, no kind of returns
    r"\d+[- ]days?|initiate|start|request|make|about|eligible|items? for|and|&|returns?|refunds?|exchanges?|"
    r"what(?:'s|s)?|is|"  # a question heading, "What's your return policy?", names no kind
    r"an?|of|(?:start|initiat|mak|request|submitt|gett|process|send|claim|ask)ing"  # nor do the steps: "Starting a Return", "Requesting a Refund"
)


def _kind_heading(clause: Clause) -> bool:
    """Whether the heading over `clause` names one kind of returns (see `_KIND_HEADING`)."""
    kind = _KIND_HEADING.match(_plain(clause.heading).lower())
    return kind is not None and not _compiled(rf"(?:{_ANY_RETURN})(?:\s+(?:{_ANY_RETURN}))*").fullmatch(kind.group(1))


# The heading words that name a topic of the page, not goods ("Delivery", "Sales Tax", "Change of Mind", "Our Promise")
_TOPIC_HEADING = (r"deliver|tax|deposit|\bmind\b|christmas|holiday|season|pric|privacy|security|payment|guarantee|promise|"
                  r"commitment|mission|satisf|\bsales?\b|updated|about|\bus\b|help|"
                  r"shortages?|breakages?|defects?|damages?|faults?|errors?|mistakes?")  # "Shortages" over "Report any shortage ...": a fault
# What names every item of a shop, as a heading's noun; the parts of an item ("Accessories", "Parts") are goods of
# their own over a section
_EVERY_ITEM = _GENERIC_SUBJECT - {"accessory", "accessories", "part", "parts", "component", "components", "hardware", "material", "materials"}


# A heading's noun that names goods: a plural of things ("Sofas", "Cushions", "Appliances"; not one of an act or a
# quality, "Instructions", "Requirements") or a word for a kind of goods; not a topic ("Inspection", "Sizing",
# "Hygiene", "The Fine Print")
_GOODS_WORDS = frozenset(
    "furniture jewelry jewellery clothing footwear bedding lingerie swimwear underwear eyewear sportswear knitwear outerwear "
    "apparel luggage software hardware homeware kitchenware tableware cookware glassware stationery artwork".split()
)


def _names_goods_heading(head: str) -> bool:
    return head in _GOODS_WORDS or (head.endswith("s") and not _any(r"(?:ss|us|tions|sions|ness(?:es)?|ities|ences)$", head))


def _under_its_goods_heading(clause: Clause) -> bool:
    """"Mattresses" over "You can also return the mattress within 90 days", "Accessories" over "Accessories that are
    unopened can come back within 3 days": a heading that is nothing but a name of goods, over a sentence that names
    them again, puts the sentence's rule on those goods (the page is divided by kinds of goods). A sentence under it
    that names no such goods ("We replace any item with a factory defect") is read as it stands."""
    heading = _compiled(r"^\W*(?:\d+[.)]\s*)?").sub("", _plain(clause.heading).lower()).strip().rstrip(":")
    if not heading or len(heading.split()) > 3 or _any(_TOPIC_HEADING, heading) or not _led_by_goods(heading + ": -"):
        return False
    head = _compiled(r"[a-z][a-z'-]*").findall(heading)[-1]
    if head in _EVERY_ITEM or not _names_goods_heading(head):
        return False
    forms = {head, head[:-3] + "y" if head.endswith("ies") else head, head[:-2] if head.endswith("es") else head, head.rstrip("s")}
    return _any(r"\b(?:" + "|".join(sorted(map(re.escape, forms))) + r")(?:s|es)?\b", clause.body)


# Several readers ask this of the same clause and text (956 calls, 415 distinct over the bench texts);
# the answer depends only on them (Clause is frozen, compared field by field).
# "You have 30 days to return any item, except wholesale orders, which are final": the orders excepted are not the
# sentence's scope (every other order is); the words of the exception, up to the clause's end, are left out
_EXCEPTED = r"\b(?:except(?: for)?|excluding|other than|apart from|aside from|with the exception of)\b[^,.;:]*|\([^()]*\bexcepted\)"  # "(final sale items excepted)"
_SCOPED_OR_SEASONAL = _SCOPED + "|" + _SEASONAL
# a subject or a case that singles out some returns: an amount, a place, a kind of customer or order, one situation
_SCOPING_SUBJECT = "|".join((_AMOUNT_SUBJECT, _AMOUNT_CASE, _PLACE_SUBJECT, _PLACED_CUSTOMER, _QUALIFIED_SUBJECT, _MEMBER_SUBJECT,
                             _NOT_YET_ORDERED, _SITUATION))

# "Legacy 100-Day Trial (Orders before February 1, 2025)", "Orders placed before 1 March 2024 ...": the orders before a date,
# under older terms, which a paragraph opened on them is about throughout (not "orders placed after March 1, 2024": the date
# the shop's present terms start, every order since)
_DATED_ORDERS = (r"\b(?:orders?|purchases?) (?:placed |made )?(?:before|prior to|until) (?:[a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
                 r"\d{1,2}(?:st|nd|rd|th)? [a-z]+,? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})\b")
# "Otherwise returns are accepted within 30 days", "All returns must be made within 30 days": the rest of such a paragraph
# turning to every other order
_EVERY_OTHER_ORDER = (r"\botherwise\b|\ball other\b|\b(?:all|every|any) (?:returns?|orders?|purchases?)\b|"
                      r"\b(?:later|newer|new|current|other) (?:orders|purchases)\b")


@lru_cache(maxsize=1024)
def scoped(clause: Clause, text: str) -> bool:
    """A rule for some goods or orders only: by the words of the sentence, its list's introduction
    or heading, or the lead of the line it stands on ("Live Plants: ... If your plant arrives ..."), or the
    orders of some dates its paragraph opens on."""
    return (
        _any(_SCOPED_OR_SEASONAL, _compiled(_EXCEPTED).sub(" ", _every_one_named_back(text))) or _any(_SCOPED, f"{clause.intro} {clause.heading}".lower()) or _led_by_goods(clause.body, clause.own_goods)
        or _any(_DATED_ORDERS, text) or (_any(_DATED_ORDERS, clause.opening) and not _any(_EVERY_OTHER_ORDER, text))
        or _led_by_goods(clause.line, clause.own_goods) or _led_by_scope(clause.body) or _goods_subject(clause.body, clause.own_goods)
        or _under_its_goods_heading(clause)
        or _goods_intro(clause.intro) or _introduces_goods(clause)
        or _any(_SCOPING_SUBJECT, _without_opening_adverb(clause.body))
        or _any(_QUANTITY_SCOPE, text)
    )


# "send back any order within 30 days, and we refund these orders within 5 days": "these" pointing back at every order the
# same sentence names, no group of some orders (as it is after "Orders placed before 2025 ...")
_EVERY_ONE_THEN_THESE = (r"(\b(?:any|all|every|each)(?: of)?(?: (?:our|your|the))? (?:items?|products?|goods|orders?|purchases?)\b[^.;]*?\b)"
                         r"(?:these|those|such) (?=(?:items|products|goods|orders|purchases)\b)")


def _every_one_named_back(text: str) -> str:
    return _compiled(_EVERY_ONE_THEN_THESE).sub(r"\1the ", text)


def names_goods(text: str, verb: str) -> bool:
    """Whether the sentence opens on goods it names (not "items", "orders") before `verb`."""
    subject = _compiled(r"^\W*(?:all |our |any )?([a-z][\w /&-]{1,40}?) (?:" + verb + ")").match(text)
    # ("After delivery you have 7 days": the customer is the subject, the words before it say when)
    return subject is not None and not _any(r"\b(?:you|we|they|customers?|buyers?|clients?|shoppers?)$", subject.group(1)) \
        and any(word not in _GENERIC_SUBJECT for word in _compiled(r"[a-z][a-z'-]*").findall(subject.group(1)))
# A sentence's opening adverb or connective ("Additionally, custom items are final sale", "Occasionally
# items are sold as-is", "Please be aware that ...", "Bear in mind that an order ...") says how the sentence stands to the others; it
# names no goods ("What is more important, ..." too). The -ly words are the adverb endings only (not "family", "supply", "assembly").
_OPENING_ADVERB = (
    r"^\W*(?:(?:please )?(?:note|be aware|(?:bear|keep) in mind|remember)(?: that)?|(?:that|this) is why|(?:that|this)'s why|for (?:this|that) reason|in addition|what(?:'s| is) more(?: important(?:ly)?)?|on top of (?:that|this)|above all|also|however|furthermore|moreover|besides|likewise|otherwise|then|thus|"
    r"therefore|sometimes|at times|again|of course|as well|finally|lastly|still|now|"
    r"sadly|regrettably|alas|happily|thankfully|hopefully|honestly|frankly|"  # "Sadly, sale items can't be returned": a feeling, no goods
    r"[a-z]{3,}(?:ally|ately|ously|ively|ently|antly|arily|edly|ingly))\b[,:]?\s+"  # "Note: ...", "Please be aware that ..."
)


@lru_cache(maxsize=4096)
def _without_opening_adverb(body: str) -> str:
    return _compiled(_OPENING_ADVERB).sub("", body, count=1)
