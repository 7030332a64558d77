"""What cannot be returned: the groups of goods a refusal names (by the categories the presets know, or
in the shop's own words), and goods excluded that are still taken back when faulty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import _CANCEL, _FAULT, _REFUSE_VERB, _REFUSED_KINDS, Fact, _any, _compiled, _unheld
from plugin.policy.drafting.readers.names import _CONTRACTION, A_SALE_OF, DETERMINER, MADE_FOR_THE_CUSTOMER, names_no_goods
from plugin.policy.drafting.readers.scope import _lead_goods, _without_opening_adverb


# "Sale, special order and personalized items", "Clearance, sale, special and demo items": "sale" leading a list of words
# that share the goods' noun is sale items (not "During our sale, items ship fast": no list, the noun straight after)
# (not "the sale, installation or misuse of products": a deed done to goods, "of" them; nor "After the sale, opened or used
# items ...", "During our sale, engraved items ...": the event, named with its determiner, before goods of their own)
_SALE_IN_A_LIST = (r"(?<!\bthe )(?<!\bour )(?<!\ba )(?<!\bthis )(?<!\bany )(?<!\beach )(?<!\bevery )(?<!\bannual )\bsale(?:,\s*(?:(?!of\b)[\w-]+\s+){1,3}?(?:and|or|&)\s+|\s+(?:and|or|&)\s+)(?:(?!of\b)[\w-]+\s+){0,2}?"
                   r"(?:items?|products?|goods|merchandise)\b")
# "Any item discounted by 50% or more", "products discounted at checkout": goods sold at a discount
# ("Items that are on sale": the same, as a clause of the goods)
_ITEMS_DISCOUNTED = (r"\b(?:items?|products?|goods|merchandise|anything|pieces?) (?:(?:(?:that|which) (?:is|are|was|were|has been|have been) )?discounted"
                     r"|(?:that|which) (?:is|are|was|were) (?:on sale|on clearance|marked down))\b")


# category, what the text calls it, its default label, and how products are matched (as the
# presets match them, so a drafted exclusion behaves like a hand-made one; every name the text may use
# is a tag too: a shop that says "gift certificates" or "second-hand" tags its products so)
CATEGORIES: tuple[tuple[str, str, str, dict], ...] = (
    ("FINAL_SALE", r"final[- ]sale", "Final sale items", {"tags": ["final sale", "final-sale"]}),
    ("CLEARANCE", r"clearance|\bsale items|items? on sale|discounted (?:items|prices?)|" + _SALE_IN_A_LIST + "|" + _ITEMS_DISCOUNTED + "|"
     r"marked[- ]down|\bsale (?:tab|section|category|collection|page)s?\b|promotional sales?|\d+\s*%\s*off\b", "Clearance items", {"tags": ["clearance"]}),
    ("PERSONALIZED", r"personali[sz]ed|customi[sz]ed|custom[- ](?:made|ordered)|\bcustom-orders?\b|\b(?:made|built|build|cut) to (?:your )?(?:own )?(?:custom |particular |exact )?(?:specifications?|measure|measurements)\b|\bcustom(?:[- ]\w+)? (?:orders?|products?|items?|designs?|designed)\b|monogram|engraved|made[- ]to[- ]order|\b(?:built|configured|assembled|cut|mixed|tinted) to order\b|\bcustom[- ](?:built|configured|tinted|mixed)\b|\b(?:anything|everything|whatever|items?|goods|products?|pieces?) (?:that |which )?(?:we|i) custom[- ]?(?:make|build)\b", "Personalized or custom-made products",
     {"tags": ["personalized", "personalised", "customized", "custom", "custom-made"], "product_types": ["personalized", "custom"]}),
    ("INTIMATES", r"intimate|underwear|undergarments?|lingerie", "Intimate items",
     {"tags": ["intimates", "intimate", "lingerie", "underwear"], "product_types": ["intimates", "lingerie", "underwear", "bras", "panties"]}),
    ("SOCKS", r"\bsocks?\b", "Socks", {"tags": ["socks"], "product_types": ["socks"]}),
    ("TIGHTS", r"\btights\b", "Tights", {"tags": ["tights"], "product_types": ["tights"]}),
    ("BODYSUITS", r"body ?suits?", "Bodysuits", {"tags": ["bodysuit", "bodysuits"], "product_types": ["bodysuit", "bodysuits"]}),
    ("JEWELRY", r"jewel(?:le)?ry|earrings", "Jewelry", {"tags": ["jewelry", "jewellery"], "product_types": ["jewelry", "jewellery"]}),
    ("FREE_GIFT", r"free gifts?|free items?", "Free gifts", {"tags": ["free gift", "free-gift"], "free_items": True}),
    ("NON_RETURNABLE_MARK", r"non-?returnable marks?|(?:non-?returnable|(?:cannot|can ?not|can't) be returned) (?:items? |products? |goods )?(?:is|are|will be) (?:clearly |always |also )?(?:marked|labell?ed|flagged|identified|indicated)\b(?=[^.;:]{0,25}?\b(?:product|listing|description|page|site|website|store|checkout|cart|asterisk|symbol|icon|badge|sticker)s?\b)|(?:(?:marked|described|labell?ed|listed|identified|indicated|designated) (?:as )?|(?:marks|describes|labels|lists|identifies|indicates|designates) as )[^.]{0,25}non-?returnable", "Items with non-returnable marks", {"tags": ["non-returnable"], "non_returnable_mark": True}),
    ("OTHER", r"gift (?:cards?|certificates?)", "Gift cards", {"tags": ["gift card", "gift-card", "gift certificate"], "product_types": ["gift card", "gift cards", "gift certificate"]}),
    ("OTHER", r"swimwear|swimsuits?|bathing suits?", "Swimwear", {"tags": ["swimwear"], "product_types": ["swimwear", "swimsuits"]}),
    ("OTHER", r"(?<!non-)(?<!non)(?<!non )perishable", "Perishable goods", {"tags": ["perishable"], "product_types": ["perishable"]}),
    ("OTHER", r"digital (?:products|downloads|goods)|downloadable|\bsoftware\b", "Digital products", {"tags": ["digital", "software"], "product_types": ["digital", "software"]}),
    ("OTHER", r"personal care|hygiene products|beauty products", "Personal care items", {"tags": ["personal care"], "product_types": ["personal care"]}),
    ("OTHER", r"hazardous (?:materials?|goods|products|items|substances)|dangerous goods|flammable", "Hazardous materials", {"tags": ["hazardous"], "product_types": ["hazardous"]}),
    ("OTHER", r"pre-?owned|pre-?loved|second[- ]hand", "Pre-owned items", {"tags": ["pre-owned", "used", "pre-loved", "second-hand", "second hand"], "product_types": ["pre-owned"]}),
    ("OTHER", r"special[- ]orders?", "Special orders", {"tags": ["special order", "special-order"]}),
)
_EXCLUDING = (
    # "can never be returned" refuses as "cannot" does
    r"(?:do not|don't|cannot|can ?not|can't|won't|will not|may not|(?:can|will|may) never) (?:be )?(?:accept\w*|allow\w* returns?|return\w*|refund\w*)"
    r"|non-?returnable|non-?refundable|not eligible|ineligible|excluded|exclusions?|are (?:always |strictly )?final\b|cannot be returned|(?:is|are) not (?:permitted|allowed)"
    r"|do not qualify|not (?:returnable|exchangeable)"
    r"|" + _REFUSE_VERB + r" (?:offer|give|provide|issue|process) (?:an? |any )?" + _REFUSED_KINDS + r"|sales are final (?:on|for)\b"
    r"|^no " + _REFUSED_KINDS + r" (?:(?:are|is|will be) (?:accepted|allowed|given|offered|made) )?(?:on|of|for)\b"
    r"|\b(?:offer|give|accept|provide|take) no (?:returns?|refunds?|exchanges?)\b"
    r"|(?:refunds?|returns?) (?:are|is) (?:also )?not available for"
)


_ONLY_FULL_PRICE = (r"\bonly (?:full|regular|normal)[- ]price(?:d)? (?:items?|products?|goods|merchandise|purchases?) "
                    r"(?:can|may|will|are|is) (?:be )?(?:returned|refunded|returnable|refundable|eligible)\b")
# "A return is possible only for items not bought on sale", "an eligible item, meaning one that was NOT bought ON SALE":
# returns granted to what was not bought on sale refuse what was (not "Free return shipping is offered only for ...",
# "Full refunds are only for ...": sale goods are still taken back)
_GRANTED = r"(?:possible|accepted|allowed|available|given|offered|granted|issued|made|permitted)"
_RETURNS_GRANTED_ONLY = (r"(?:(?<!full )(?<!partial )\b(?:returns?|refunds?)(?: (?:is|are|will be))? (?:only " + _GRANTED + "|" + _GRANTED + " only)|"
                         r"\bwe (?:only (?:accept|take|give|offer|issue|grant|allow) (?:returns?|refunds?)|(?:accept|take|give|offer|issue|grant|allow) (?:returns?|refunds?) only))")
_ONLY_NOT_ON_SALE = (r"(?:" + _RETURNS_GRANTED_ONLY + r" (?:for|on) (?:items?|products?|goods|merchandise|purchases?)|\beligible\b(?:(?!\b(?:full|partial|credit|exchanges?)\b)[^.;]){0,40}?\b(?:one|items?|products?|goods)"
                     r"(?: (?:that|which) (?:was|were|is|are))?) not (?:bought|purchased|ordered) (?:on|during (?:a|the|our)|in (?:a|the|our)) sales?\b")
# Kinds of goods the exclusions reader knows beyond the categories the other readers check for:
# goods "sold as-is" (bought in the state they are in) are a group shops keep out of returns.
_MORE_KINDS: tuple[tuple[str, str, str, dict], ...] = (
    ("CLEARANCE", r"\b(?:purchased|bought|ordered) (?:(?:on|during (?:a|the|our)|in (?:a|the|our)) sales?\b(?! (?:items?|products?|goods))"
     r"|at (?:a |the )?(?:discount|reduced price|sale price|discounted price|lower price|markdown)\b)", "Clearance items", {"tags": ["clearance"]}),
    # goods the shop orders in for one customer ("anything we ordered specially for you") are special orders
    ("OTHER", r"\b(?:ordered|bought|brought|order|buy|bring) (?:in )?(?:e?specially|specifically) for (?:you|your)\b", "Special orders",
     {"tags": ["special order", "special-order"]}),
    # "Only full-price items can be refunded": what is not full price (goods on sale) cannot
    ("CLEARANCE", _ONLY_FULL_PRICE, "Clearance items", {"tags": ["clearance"]}),
    ("CLEARANCE", _ONLY_NOT_ON_SALE, "Clearance items", {"tags": ["clearance"]}),
    ("OTHER", r"\bsold (?:to you )?(?:in )?[\"']?as[- ]is\b|\bsold as seen\b|[\"']as[- ]is[\"']|\bas[- ]is (?:items?|products?|goods|merchandise|sales?|condition|basis)\b", "As-is items",
     {"tags": ["as-is", "as is"]}),
)
_EXCLUDED_KINDS = CATEGORIES + _MORE_KINDS


def _final_sale_said_of_others(body: str) -> bool:
    said_of_others = _any(r"(?:are|is) (?:(?:all|also|always|strictly) )?(?:(?:considered|deemed) (?:to be )?|sold as |treated as )?(?:a )?final[- ]sales?\b(?! items?)", body)
    return said_of_others and not _any(r"final[- ]sale (?:items?|products?|merchandise)|marked (?:as )?final[- ]sale", body)


# "Display samples are sold as is and cannot be returned": said of the goods the sentence names, which are the
# group (as "are final sale" is), not goods marked as-is ("items sold as-is cannot be returned")
_AS_IS_SAID_OF_OTHERS = r"\b(?:are|is) (?:(?:all|also|always) )?sold (?:to you )?(?:in )?[\"']?as[- ]is\b"


def categories_in(body: str, table: tuple[tuple[str, str, str, dict], ...] = CATEGORIES) -> list[tuple[str, str, dict]]:
    """The excluded categories a clause names, in the order the clause names them."""
    found = []
    rest = body
    for category, pattern, label, match in table:
        where = _compiled(pattern).search(rest)
        if category == "CLEARANCE" and _any(r"marked (?:as )?final[- ]sale", body) and "clearance" not in body:
            where = None  # "sale items marked as final sale" are final sale items
        # asked of the final-sale row only (it depends on `body` alone; asking it of every row was the busiest reader site)
        if (category == "FINAL_SALE" and _final_sale_said_of_others(body)) or (label == "As-is items" and _any(_AS_IS_SAID_OF_OTHERS, body)):
            where = None  # "sale items are final sales": said of the sale items, no final-sale mark
        if where and all(label != known for _at, _end, _category, known, _match in found):  # "bought at a discount, on clearance": one group
            found.append((where.start(), where.end(), category, label, match))
            if category == "FINAL_SALE":
                rest = re.sub(pattern, lambda m: " " * len(m.group()), rest)  # "final sale" is no "sale item"
    found = [kind for kind in found if not _picked_out_by_a_later_kind(body, kind, found) and not _a_sort_of_an_earlier_kind(body, kind, found)]
    return [(category, label, match) for _at, _end, category, label, match in sorted(found, key=lambda f: f[0])]


def _picked_out_by_a_later_kind(body: str, kind: tuple, found: list[tuple]) -> bool:
    """"Swimwear orders that were custom made or personalized": the shop's goods named only to say which of them the
    kind after them (made to order) picks out; the goods themselves are not refused."""
    _start, end, category, _label, _match = kind
    qualified = re.match(r"\s*(?:orders?|items?|products?|pieces?)? ?(?:that|which) (?:were|was|are|is|have been|has been) ", body[end:])
    return (category == "OTHER" and qualified is not None
            and any(other[0] >= end + qualified.end() and other[2] != "OTHER" for other in found))


def _a_sort_of_an_earlier_kind(body: str, kind: tuple, found: list[tuple]) -> bool:
    """"Custom orders are never refunded, whether finished jewelry or beads": the goods after "whether" are the sorts
    the kind before them takes in, not kinds refused on their own."""
    # (a list of goods after "whether", no clause of its own: not "whether they were worn or not, and gift cards ...")
    return any(other[1] <= kind[0] and _any(r"\b(?:whether|be (?:it|they))\b(?![^;]*\b(?:are|is|were|was|be|been|has|have|had)\b)[^;]{0,80}$",
                                            body[other[1] : kind[0]]) for other in found)


# A heading over a list of what cannot come back ("Non-Returnable Items").
# ("Returns We Cannot Accept", "Items we don't take back": the shop refusing them)
_EXCLUDED_HEADING = (r"non-?returnable|non-?refundable|exclusions|exempt|not eligible|ineligible|cannot be returned|final sale|"
                     r"\b(?:cannot|can't|can not|do not|don't|will not|won't) (?:accept|take back)\b|\bnot accepted\b")
# Words that make a listed line a state of the item or a deadline ("items that have been used",
# "returned after 30 days"), or something other than goods ("shipping charges"): not a product group.
# (money kept is plural "expenses"; "expense" may name goods: "Expense journals are non-returnable")
_NOT_A_GROUP = (
    r"\d|\b(?:used|opened|unsealed|worn|washed|damaged|altered|installed|assembled|missing|without|returned|after|before|"
    r"once|been|which|that|not|no|exchanged|partial|incomplete|refunded|damage|misuse|caused|(?<!compression )(?<!sports )(?<!swim )(?<!foot )(?<!eye )(?<!night )(?<!rain )(?<!active )(?<!beach )wear|tear|condition|signs?|purchased|bought|ordered|"
    r"received|shipping|postage|delivery|fees?|charges?|costs?|expenses|surcharges?|insurance|duties|tax(?:es)?|tariffs?|vat|"
    r"deposits?|payments?|services?|labou?r|refunds?|returns?|exchanges?|orders?|it|they|them|there|here|this|these|those|all|any|some|certain|"
    r"following|below|above|listed|other|such|sold|that|which|who|with|have|has|generally|are|is|be|can|cannot|will|may|must|"
    r"etc|defective|faulty|broken|flawed|including|(?:non-?)?(?:refundable|returnable)|"
    # what happened to an item or what it shows, not goods ("showing any use, abuse or damage")
    r"use|abuse|abused|misused|neglect|negligence|accidents?|smoke|odou?rs?|smells?|stains?|scratch(?:es)?|dents?|soiling|fading|"
    # what befell a parcel on its way ("parcels lost by the carrier", "anything stolen in transit"), not goods
    r"lost|stolen|transit|undelivered|undeliverable|"
    # the work charged beside the postage ("shipping, handling or processing fees"), how much of an item was used
    # ("used, even partly"), whose system or goods ("apart from ours"): no goods
    r"handling|processing|restocking|partly|partially|fully|entirely|completely|slightly|ours|yours|theirs|us|them|"
    # "even a single time", "your refusal", "tags, branded materials": how often, a failure or a part missing, no goods
    r"even (?:once|a single time)|refusal|failure|branded materials?)\b"
)
_GENERIC = (r"^(?:the )?(?:similar |related |like |such |these |those |some |two |three |four |five |several |original )?"
            r"(?:items?|products?|goods|merchandise|purchases?|sales?|orders?|everything|anything|whatever|something|things?"
            r"|packages?|packets?|parcels?|boxes|packaging)$")  # what goods come in ("opened packages"), not goods


# Words that make a line a sentence, not the name of goods: a modal or finite verb, a condition, the shop
# speaking ("If items arrive damaged, tell us and we'll find a fix"). A line that must be a bare name to be
# listed at all is no sentence with "you" either; under a refusal, "Samples you buy" still names goods.
# (a line that gives, explains or describes is a sentence: "Our FAQs, blog and packaging give full instructions")
_CLAUSE_WORDS = (r"\b(?:can|cannot|may|will|must|should|are|is|be|do|does|don't|doesn't|please|if|when|unless|we|"
                 r"gives?|provides?|explains?|describes?)\b|" + _CONTRACTION)


def _a_line_of_names(body: str) -> bool:
    """A line short enough to be names: ten words, or more when it lists them between commas, each a short
    name ("Software (downloadable too), video games, CDs, DVDs, cassettes and VHS tapes")."""
    names = re.split(r",\s*", re.sub(r"\([^()]*\)", " ", body))
    return len(body.split()) <= 10 or len(names) >= 3 and len(body.split()) <= 25 and all(len(name.split()) <= 4 for name in names)


# A line that asks the reader to do something ("Just get in touch", "Write to hello@shop.com") names no goods
_ASKED_TO = (r"@|\b(?:get in touch|contact us|write to us|call us|e-?mail us|reach out)\b|"
             r"^\W*(?:just |simply )?(?:write|get|contact|call|phone|e-?mail|send|reach|ask|see|visit|read|check|click)\b")


def _listed_under_exclusions(clause: Clause) -> bool:
    """A short line under a "Non-returnable items" heading names what cannot come back; so does a line's lead
    ("- Software Licenses: enterprise licenses or digital keys, once redeemed"), the rest saying what it means."""
    question = clause.heading.rstrip().endswith("?")  # "Are final sale items returnable?" answered "Yes."
    return _any(_EXCLUDED_HEADING, clause.heading.lower()) and not question and (bool(_lead_goods(clause.body)) or _a_line_of_names(clause.body) and not _any(
        _CLAUSE_WORDS + r"|\b(?:you|your)\b|" + _ASKED_TO, clause.body))


def _nested_under_exclusions(clause: Clause) -> bool:
    """A short line of a list nested in a list of what cannot come back ("Ineligible items / - Electronic
    components such as: / - Pumps"): the inner list's introduction is itself a line of the outer list,
    and the last list title above it in the paragraph refuses ("ineligible items", not "eligible items")."""
    intro = re.sub(r"^\s*(?:[-•*]|\d+[.)])\s+", "", clause.intro, count=1)
    if intro == clause.intro or not _a_line_of_names(clause.body) or _any(_CLAUSE_WORDS + r"|\b(?:you|your)\b", clause.body):
        return False
    at = clause.paragraph_text.find(_plain(intro).lower()[:40])
    titles = re.findall(r"\b(?:non-?returnable|non-?refundable|ineligible|not eligible|eligible|returnable|refundable)\b", clause.paragraph_text[: max(at, 0)])
    return at > 0 and bool(titles) and _any(r"^(?:non|in|not)", titles[-1])


# A refusal said with "never" or "unable to" as well as "not" ("we never take back ...", "we are unable
# to accept returns of ...")
_NEVER = r"(?:do not|don't|cannot|can't|can not|will not|won't|never|(?:are |am )?unable to|not able to)"
# The negation moved to the front of a refusal that follows another ("Nor do we take back ...", "Neither will we accept ...")
_NOR_DO_WE = r"\b(?:nor|neither) (?:do|will|can|would|shall) (?:we|i) (?:ever )?"
# Goods that cannot be "sent back", "taken back", "accepted back" or "come back" ("Bikes can never be
# sent back", "Gift cards are not taken back"), and goods that "can be neither refunded nor exchanged"
_SENT_BACK = (r"\b(?:cannot|can't|can not|can never|may not|will not|won't|will never|(?:are|is) (?:not|never))(?: be)? "
              r"(?:\w+,? (?:or |and )?)?(?:(?:sent|taken|accepted|brought|given) back|come back)\b")  # "can't be cancelled, sent back or ..."
# "Nothing bought on sale can be refunded", "no swimwear, bodysuit or accessory can be returned"
# ("No part will be taken back more than 30 days after it was delivered": a deadline for every item, no goods; not "No
# earrings can be returned after purchase", "No custom orders can be returned once placed": never)
# A deadline after the verb: "... more than 30 days after it was delivered", "... past the 14-day window"
_A_TIME = r"(?:\d|\b(?:days?|weeks?|months?|years?|nights?|window|period|trial|deadline|time limit)\b)"
_PAST_A_DEADLINE = r"\s+(?:more than|later than|beyond|past|outside|(?:after|once)\b(?=[^.;:]{0,30}?" + _A_TIME + r"))\b"
_NOTHING_CAN = (r"(?:^|[;:]\s*|\bthat )(?:no|nothing|none of)\b([^:;]{3,80}?) (?:can|may|will) (?:be )?(?:returned|refunded|exchanged|sent back|taken back|come back)\b"
                r"(?!" + _PAST_A_DEADLINE + r")")
# The return policy or guarantee itself ("our 30-day guarantee", "this policy"), not a warranty or a lifetime guarantee
_RETURN_COVER = r"(?:our|the|this) (?:[\w-]+ ){0,2}?(?:(?:returns?|refund|exchange) policy|policy|(?:[\w-]*day|money[- ]back|satisfaction|returns?|refund) guarantee)\b"
# Goods it leaves out: "Not covered by our 30-day guarantee: ...", "This policy doesn't cover anything bought at a sale price"
_NOT_COVERED = r"\b(?:not covered by|not included in|outside(?: of)?) " + _RETURN_COVER + r"|\b(?:policy|guarantee) (?:does not|doesn't) cover\b"
_BACK = r"\b(?:sen[dt]|tak(?:e|en)|accept(?:ed)?|brought|bring|come) back\b"  # goods going back to the shop: a return
_NEITHER_NOR = (r"\bcan (?:be neither|neither be) (?:returned|refunded|exchanged|swapped|sent back|taken back)\b"
                r"|\b(?:are|is) neither (?:returnable|refundable|exchangeable|returned|refunded)\b"
                # "Items we neither take back nor exchange:"
                r"|\b(?:we|i) neither (?:take|accept|refund|exchange|swap)\w*(?: back)? nor\b")
# Goods refused as the object of "refuse" or of "take back no" ("We also refuse display pieces", "we take
# back or swap no footbeds"), goods "sold as final", "exempt", or "not refunded or exchanged" (money alone
# is "not refunded": "the shipping you paid is not refunded"); "refuse any piece that has been worn" is a state
# (what is refused may be a return, a claim or a parcel, the customer's or any ("We may refuse your return", "We may refuse
# claims of loss", "the courier may refuse them too"): no goods)
_REFUSED_NO_GOODS = (r"(?:(?:an?|any|the|your|our|their|such|this|that|these|those) )?(?:returns?|refunds?|exchanges?|(?:store )?credit|claims?|requests?|"
                     r"parcels?|packages?|shipments?|deliver(?:y|ies)|orders?)\b|(?:to|any|anything|it|them|you)\b|"
                     # (a demonstrative alone points back; with goods named it refuses them: "We refuse these products: swimwear
                     # and earrings", "We refuse those earrings")
                     r"(?:this|that|these|those)\b(?!(?: [\w-]+)? (?:[\w-]+s|items?|products?|pieces?|goods|merchandise)\b)")
_REFUSE_GOODS = r"\brefuses? (?!" + _REFUSED_NO_GOODS + r")|\b(?:take|accept) back (?:or \w+ )?no\b"
_REFUSED_STATE = r"\b(?:are|is) (?:(?:always|all|also) )?sold as final\b|\b(?:are|is) exempt\b|\b(?:are|is) (?:also )?not accepted\b(?!\s+(?:after|unless|if|without|once|when|until|beyond|past|more|later))|\b(?:are|is) not (?:refunded|returned) (?:or|nor) (?:exchanged|swapped|returned)\b"
# Goods refused with the money verb ("We do not refund kites"); "we do not refund you", "the postage", "it": no goods
_MONEY_VERB_REFUSAL = r"\b" + _NEVER + r" refund (?!(?:you|your|it|them|this|that|the|or|and|anything|everything|any (?:shipping|postage|delivery))\b)"
# "... are never refunded" said of goods; of money ("The shipping you paid ... is not refunded", "What you paid
# for services ...") it refuses no goods
# (the money said in the same part of the sentence: "Swimwear is not refunded; insurance claims go to the carrier" refuses swimwear)
_NOT_REFUNDED_GOODS = (r"(?:^|[;:]\s*)(?![^;:]*\b(?:paid|pay|shipping|postage|delivery|freight|fees?|charges?|costs?|expenses?|insurance|duties|tax(?:es)?|prices?|amounts?|money|services?)\b)"
                       r"[^;:]*\b(?:are|is) (?:also )?(?:never|not) refunded\b(?!\s+(?:or|nor|and)\b)")
# Goods taken back only when faulty ("Sale items can be returned only when damaged", "Headphones can only come
# back to us if they have a defect"): refused otherwise, and still taken back when faulty
_TAKEN_BACK = r"(?:be )?(?:returned|refunded|accepted|sent back|taken back|come back)(?: to us)?"
_ONLY_WHEN_FAULTY = (r"\b(?:(?:can|may|will) (?:only " + _TAKEN_BACK + r"|" + _TAKEN_BACK + r" only)|comes? back (?:to us )?only) (?:if|when|where)\b[^.;]*?(?:" + _FAULT + r")")
# A refusal cut short after a grant ("Most items can be returned, but these intimate items cannot: bras, ...",
# "Shoes can be exchanged but swimwear cannot."): the goods after "but" are refused, and those after its colon
_CUT_SHORT = (r"\b(?:can|may) (?:be )?(?:returned|refunded|exchanged|sent back)\b[^:;]*?\bbut ([^:;]{2,60}?) (?:cannot|can't|can not|may not)"
              r"(?:\s*:\s*(.+)|\s*[.!]?\s*$)")
# More ways of refusing goods, read by the exclusions reader only: "we do not take back electronics",
# "returns are not accepted on face masks", "there are no returns on food items", "several types of
# goods are exempt from being returned, such as ..."
# "Everything can be returned except:", "All items may be returned, with the exception of:": a grant whose exceptions are the
# list below it, after its colon (said in the sentence itself, without the colon, `_excepted` reads the exception)
_GRANTED_BUT_FOR_THE_LIST = (r"\b(?:everything|anything|all (?:items|products|goods|merchandise|purchases|orders)|any (?:item|product|purchase)|items|products|goods|merchandise) "
                             r"(?:can|may|will|are able to) be (?:returned|refunded|exchanged)(?: or (?:returned|refunded|exchanged))?,? "
                             r"(?:except(?:ing)?|excluding|apart from|with the exception of|other than|but)(?: for)?\s*:(?:\s|$)")
# "Returns are not accepted on", "Returns cannot be made on"
_NOT_GRANTED = (r"(?:(?:are|is) not (?:accepted|allowed|possible|permitted|offered|available)"
                r"|(?:cannot|can't|can not|will not|won't) be (?:accepted|allowed|possible|permitted|offered|available|made|given|issued))")
_EXCLUDING_MORE = (
    _GRANTED_BUT_FOR_THE_LIST + r"|\b" + _NEVER + r" (?:take|accept) (?:\w+ |our \w+ )?back\b|\b" + _NEVER + r" (?:take|accept) " + _REFUSED_KINDS + r" (?:on|of|for)\b|"
    r"\b(?:under no circumstances|in no case|at no time) (?:can|will|do|may|would) we\b|\brefuses? (?:to (?:accept|take) )?" + _REFUSED_KINDS + r" (?:on|of|for)\b|" + _SENT_BACK + r"|" + _NEITHER_NOR + r"|\b(?:is|are) (?:all )?final\b|" + _NOTHING_CAN + r"|" + _NOT_COVERED + r"|" + _REFUSE_GOODS + r"|" + _REFUSED_STATE + r"|"
    r"\b" + _REFUSED_KINDS + r" " + _NOT_GRANTED + r" (?:on|for)\b|"
    r"\bthere (?:are|is) no " + _REFUSED_KINDS + r" (?:on|of|for)\b|\bexempt from being (?:returned|refunded)|"
    r"\b(?:is|are) not (?:refundable|able to be (?:returned|refunded|exchanged))\b|\ballow no " + _REFUSED_KINDS + r" (?:on|of|for)\b|"
    + _NOR_DO_WE + r"(?:take|accept)\b|" + _CUT_SHORT + r"|" + _ONLY_WHEN_FAULTY + r"|" + _MONEY_VERB_REFUSAL + r"|" + _NOT_REFUNDED_GOODS + r"|" + _ONLY_FULL_PRICE + r"|" + _ONLY_NOT_ON_SALE
)
_REFUSED_LIST_MORE = (
    r"|" + _NEVER + r" (?:take|accept) back(?: or (?:exchange|refund|swap))? (?:any )?(.+)$|" + _NOTHING_CAN + r"|(?:" + _REFUSE_GOODS + r")\s*(.+)$" +
    r"|" + _NEVER + r" (?:take|accept) (?:our |any |the )?([\w -]{3,40}?) back\b"  # "we can't accept our handcrafted pieces back"
    r"|" + _NEVER + r" take " + _REFUSED_KINDS + r" (?:on|of|for) (.+)$|\brefuses? (?:to (?:accept|take) )?" + _REFUSED_KINDS + r" (?:on|of|for) (.+)$"
    r"|" + _REFUSED_KINDS + r" " + _NOT_GRANTED + r" (?:on|for) (.+)$"
    r"|\bthere (?:are|is) no " + _REFUSED_KINDS + r" (?:on|of|for) (.+)$"
    r"|\ballow no " + _REFUSED_KINDS + r" (?:on|of|for) (.+)$"
    r"|\b(?:policy|guarantee) (?:does not|doesn't) cover (.+)$"
    r"|" + _NOR_DO_WE + r"(?:take|accept)(?: back)?(?: or \w+)? (?:(?:returns?|refunds?|exchanges?) (?:of|on|for) )?(?:any )?(.+)$"
    r"|" + _MONEY_VERB_REFUSAL + r"(?:any )?(.+)$|" + _CUT_SHORT
)
# A subject that lists many goods ("Kites, reels, spools, line winders and ... cannot be returned"): short items
# between commas, longer than one name may be; no item a condition or a clause ("If you bought a kite, a reel, ...")
_LIST_ITEM = r"(?:(?!\b(?:if|when|unless|once|after|you|we|it|they)\b)[^:;,])"
_LONG_LIST = r"(?:" + _LIST_ITEM + r"{2,50},\s*){2,}" + _LIST_ITEM + r"{3,80}?"
# Where a refusal names its groups: the subject ("Seasonal items cannot be returned", "Our recycled
# candles or clearance item sales are final"), the list after "are"/"including" ("Items that do not
# qualify are sale items, hats, helmets"), or what returns are refused of ("returns of event product").
_REFUSED_SUBJECT = (
    r"^(?:our |all |any |every |each )?([^:;]{3,80}?|" + _LONG_LIST + r") (?:are |is )?(?:(?:always|strictly|also|likewise|equally) )*(?:(?:cannot|can't|can not|can never|may not|will not|will never|are not|is not|are never|is never)(?: be| able to be)? "
    r"(?:returned|refunded|returnable|refundable|exchangeable|accepted for return|eligible for)|(?:are|is) (?:(?:also|always|strictly|likewise|equally|all) )?(?:(?:considered|deemed) (?:to be )?)?(?:non-?returnable|non-?refundable|(?:an? )?final sale|final\b|not eligible)"
    r"|" + _SENT_BACK + r"|" + _NEITHER_NOR + r"|(?:are|is) not covered by " + _RETURN_COVER + r"|" + _REFUSED_STATE + r"|" + _ONLY_WHEN_FAULTY + r")"
    # refused only in some way or case (also only by one way of sending or place: "cannot be returned by mail", "... to our
    # stores", "... in store", "... for cash")
    r"(?!\s+(?:separately|individually|alone|on their own|after|once|without|if|unless|when|until|by (?:mail|post|courier|phone|e-?mail)\b|"
    r"in[- ]stores?\b|in (?:an?|the|our|any) (?:[\w-]+ )?(?:stores?|shops?)\b|to (?:our|the|any|an?) (?:[\w-]+ )?(?:stores?|shops?|showrooms?|branch(?:es)?|locations?)\b|for (?:cash|money)\b)"
    # a deadline for these goods, no refusal: "Bikes cannot be returned more than 14 days after delivery"
    r"|" + _PAST_A_DEADLINE + r")"
)
_REFUSED_LIST = (
    r"(?:do not qualify\b[^,]*?\bare|(?<!which )(?<!that )\binclud(?:e|es|ing)\b:?|\bsuch as|\be\.g\.,?|\bfor (?:example|instance)\b,?|\bamong(?:st)? (?:them|these|those|which)\b:?)\s+(.+)$"
    r"|(?:do not|don't|cannot|can't|will not|won't) (?:allow|accept|take) returns? (?:of|on|for) (?!the basis|account|grounds|reasons?\b)(.+)$"
    # "we do not offer refunds or exchanges on pens, markers, or books"
    r"|" + _REFUSE_VERB + r" (?:offer|give|provide|issue|accept|allow|take|process) (?:an? |any )?" + _REFUSED_KINDS
    + r" (?:on|of|for) (?!the basis|account|grounds|reasons?\b)(.+)$"
    # "All sales are final on: car seats, ...", "The following items can not be returned: down products, ..."
    r"|(?:sales are final|final sale) (?:on|for)\s*:?\s*(.+)$"
    r"|(?:(?:not|n't|never) (?:be )?(?:returned|refunded|exchanged|accepted|returnable|refundable|exchangeable|eligible)|" + _NEVER + r" (?:be )?(?:taken|sent|accepted) back"
    r"|\b(?:accept|take) back|non-?returnable|non-?refundable|final sale|excluded|exempt|" + _NOT_COVERED + r")"
    # the list may be pointed at from further on ("... are indicated in the list below: candles, soaps")
    r"\b(?:(?:(?!unless|except)[^:]){0,30}|[^:.]{0,45}?\b(?:below|(?:the following|this|the) list))\s*:\s*(.+)$"
    # "None of the following can be returned, so check the size before you buy: ..."
    r"|(?:\bnone of (?:the following|these|those)\b|\bthe following\b(?=[^:]{0,60}(?:\bnot\b|n't|cannot|never|non-?returnable|final)))[^:]{0,100}:\s*(.+)$"
    r"|(?:^|\b(?:offer|give|accept|provide|take) )no " + _REFUSED_KINDS + r" (?:(?:are|is|will be) (?:accepted|allowed|given|offered|made) )?(?:on|of|for) (.+)$"
    + _REFUSED_LIST_MORE
)
# A group refused only in some case ("on a car seat if the box has been opened") is no exclusion;
# "unless defective" keeps it one (the fault override says the rest).
_REFUSED_IF = r"\b(?:if|when|once|after|until|before|without|where)\b"


# "Live products not purchased at our retail location", "gift sets bought online": on a web shop's
# page, goods bought through that shop are the goods themselves (a store purchase narrows; this does not)
_BOUGHT_HERE = (r"\s+(?:not (?:purchased|bought|ordered) (?:at|in|from) (?:our|the) (?:retail |physical |local )?(?:stores?|shops?|locations?|showrooms?)|"
                r"(?:purchased|bought|ordered) (?:online|(?:on|from|through|via) (?:our|this|the) (?:web ?site|online (?:store|shop)|site)))\b")


# No goods: "anything made" or "goods made" in "... made or personalised to order" (the frame the second
# half completes), "items sent" in "items sent back without a return request" (a case of any goods), a participle
# alone ("reduced", "changed": a state), "cards included" (goods named before)
_FRAME_ONLY = (r"^(?:anything|everything|whatever|something|items?|goods|products?|pieces?|gifts?|merchandise|parcels?|packages?|shipments?) (?:\w+ed|made|built|done|sold|bought|given|taken|sent|brought|kept|left)$"
               r"|^[a-z]{3,}[^e\s]ed$|\b(?:included|excluded)$"
               # what was done to goods named before ("bikes that have been ridden, tyres fitted or pedals installed",
               # "rugs that have been cleaned, shampooed or stained"): a phrase that ends on the deed is a state
               r"|\s[a-z]{2,}[^e\s]ed$")


# A word that says which goods but names none, split from the noun it shares ("special or custom size"): no group
_BARE_ADJECTIVE = r"^(?:special|custom|bespoke|odd|standard|regular|oversized?|personal|last|final)$"


def _group(piece: str) -> str | None:
    piece = re.sub(r"(?:^|,?\s+)(?:etc\b\.?|among(?:st)? others)\s*$|^(?:e\.g\.|for (?:example|instance)\b|namely\b|i\.e\.),?\s*", "", piece.strip())  # "e.g. ear plugs", "swaddles etc", "namely ebikes"
    piece = re.sub(_BOUGHT_HERE + r".*$|\s+(?:themselves|itself)\b|\s+of (?:every|any|all) (?:kinds?|sorts?|types?|brands?|makes?|models?|sizes?|colou?rs?|descriptions?)$", "", piece)  # "bikes themselves", "amps of every brand"
    if names_no_goods(piece):
        return None
    piece = re.sub(r"^(?:" + DETERMINER + r"|other)\s+|[\"'“”]", "", re.sub(r"\s+", " ", piece).strip(" .;:*").lstrip("() ")).strip()
    piece = re.sub(A_SALE_OF, "", piece)  # "sales of custom rugs": the rugs
    bare = re.sub(r"^(?:opened|unsealed|open)\s+", "", piece)  # "opened food" is a group; "opened" alone is a state
    words = re.sub(r"\b[a-z]+(?:-[a-z]+)+\b", "x", bare)  # "as-is" is one word, no "is"
    if not bare or categories_in(piece, _EXCLUDED_KINDS) or len(piece.split()) > 5 or _any(_NOT_A_GROUP, words) or _any(_GENERIC, bare) \
            or _any(r"^(?:from|at|in|on|of|by|to|with|through|via|during|for|due|because|as|since|while|whereas|although|though|their|its)\b(?!-)"
                    r"|^(?:customers?|buyers?|freight)$"
                    # "we may refuse and send back", "items sent back because of personal taste": the trip back, no goods
                    r"|^send\b|^(?:items?|products?|goods|merchandise|anything|everything) sent\b", bare) \
            or _any(r"(?:non-?)?(?:refundable|returnable)|\bpage\b|^(?:few|several|many|various|most|numerous|(?:number|handful|couple|range|lot|lots) of)\b|\b(?:kinds?|types?|sorts?) of\b", bare) \
            or _any(_FRAME_ONLY + r"|^(?:nothing|none)\b|^no\s", bare) \
            or _any(_BARE_ADJECTIVE, bare):  # "a few products": how many, not which
        return None
    return piece[:1].upper() + piece[1:]


# A state before the goods ("Used wheels, bearings, grip tape, and trucks", "Used or altered pen nibs"):
# the state reaches over every item after it, and goods refused only when used are no exclusion (the
# condition says it): the line is declined whole, never split into bare goods ("bearings"). An opened
# good alone stays a group ("opened bulbs"); "used products, videos" refuses the videos outright.
_STATE_LED = r"^(?:(?:used|opened|open|unsealed|worn|altered|modified)(?:\s*(?:,|/|&|\bor\b|\band\b)\s*|\s+))+(?=[a-z])"
_STATE_OF_GOODS = r"\b(?:damaged|missing|torn|broken|scratched|chipped|cracked|stained|soiled|used|opened|worn|altered)\b"


def _declined_for_its_state(phrase: str) -> bool:
    """A phrase that names goods only in some state: state-led, or a state's examples ("Damaged packaging: Torn, crushed ...")."""
    phrase = re.sub(r"^(?:our|the|any|all)\s+", "", phrase.strip(" .;:*•-").lower())
    head, colon, _examples = phrase.partition(":")
    led = re.match(_STATE_LED, phrase)
    if not led:
        return bool(colon) and _any(_STATE_OF_GOODS, head)
    first = _pieces(re.split(r"\s*&\s*", head[led.end() :])[0])[0]
    opened_alone = _any(r"^(?:opened|open|unsealed)\s+$", led.group()) and "," not in phrase
    return not (opened_alone or _any(_GENERIC, first))


def _other_name_only(aside: re.Match) -> str:
    """"Dummies (pacifiers)", "athletic supporters (jocks)": a name in brackets is the goods' other name
    and stays with them; a longer aside ("(they may have touched an eye)") is a reason or a note, and so is
    one that widens the goods ("board games (sealed too)")."""
    words = aside.group()[1:-1].split()
    other_name = 1 <= len(words) <= 2 and not _any(_NOT_A_GROUP + r"|\b(?:e\.g|i\.e|see|such|like|for|only|they|we|you|incl\w*|excl\w*|too|also|as well)\b", " ".join(words).lower())
    return aside.group() if other_name else " "


def _tags(group: str) -> list[str]:
    """What products the group matches: its name, and its other name in brackets ("dummies", "pacifiers"); a
    hyphened name spelled with spaces too, as the categories' tags are ("final-sale", "final sale"); a name in the middle
    ("Raw (ungraded) cards") is the same goods by another word ("raw cards", "ungraded cards")."""
    name, _, other = group.lower().partition(" (")
    other, _, rest = other.partition(")")
    names = [f"{name} {rest.strip()}".strip()] + ([f"{other} {rest.strip()}".strip()] if other else [])
    return list(dict.fromkeys(spelling for each in names for spelling in (each, each.replace("-", " "))))


def _unnamed_groups(clause: Clause, listed: bool) -> list[str]:
    """Product groups the categories do not name, in the merchant's words: a short line of a list of
    exclusions ("Custom cables"), or the groups a refusal names."""
    body = re.sub(r"\([^)]*\)", _other_name_only, clause.body).strip(" .;:*")
    if clause.text.rstrip().endswith(":"):
        return []
    lead = _lead_goods(body) if listed and _listed_under_exclusions(clause) else ""
    if lead:
        # "Custom Builds: any drone modified ..." under "Non-Returnable Items": the lead names the goods, the rest what they are
        # (under a list's refusing lead, "DVDs: refunded only when sealed" is a rule of its own)
        phrases = [lead]
    elif listed:
        # a sentence, or the states of an item ("Items that have been cut, drilled, altered"), not a listed group
        states = _any(r"^(?:items?|products?|goods|anything|any item)\s+(?:that|which)\b", body)
        sentence = _any(_CLAUSE_WORDS, body)
        # a whole sentence under the list's heading refuses in its own words ("Non-Returnable Items: Due to
        # sanitary reasons we cannot accept returns for headsets"): read it as a refusal, not as a list line; a list
        # line's examples ("Hair styling products such as shampoo, combs") show its group, as a refusal's do
        phrases = [] if states else _refused_phrases(body) if sentence and _any(_EXCLUDING, body) else [] if sentence else [_past_the_condition(_without_examples(body))]
    else:
        not_applied = _not_applied_to(clause)
        phrases = [_past_the_condition(not_applied)] if not_applied else _refused_phrases(body)
    pieces = [_by_its_mark(piece) for phrase in phrases if not _declined_for_its_state(phrase) for piece in _goods_pieces(phrase)]
    return list(dict.fromkeys(group for group in map(_group, pieces) if group))  # once each, in order


# "Yarn sold with a "custom colour" label", "anything tagged "Studio Sample"": goods the shop marks
# are the group its mark names
_QUOTED_MARK = (
    r"\b(?:with|bearing|carrying|showing|that has|that have|that (?:carries|carry|bears|bear|shows|show)) (?:an? |the )?\"([^\"]{2,30})\" (?:labels?|tags?|stickers?|marks?|stamps?|signs?)\b|"
    r"\b(?:marked|labell?ed|tagged|stamped|listed|sold) (?:as |with )?\"([^\"]{2,30})\""
)


def _by_its_mark(phrase: str) -> str:
    mark = None if categories_in(phrase, _EXCLUDED_KINDS) else re.search(_QUOTED_MARK, phrase)  # "sold "as-is"" is a kind named
    return next((name for name in mark.groups() if name), phrase) if mark else phrase


# Examples after a relative clause ("any garment that smells of something, such as smoke", "items that
# come in a box, such as trainers") show what the clause says, a state or a case, not goods refused
_EXAMPLES = r"^\s*(?:such as|including|includes?|e\.g\.|for (?:example|instance)|like)\b"
# A refusal limited to a case ("... cannot be returned once we have made them"): the goods its subject
# lists are refused only then
_LIMITED_REFUSAL = r"\b(?:returned|refunded|exchanged|returnable|refundable|back)\s+(?:after|once|without|if|when|until)\b"


def _kind_named_last(before: str) -> bool:
    """Whether the words right before "such as" name a kind of goods: a category, or a group in the
    merchant's words ("electronic parts", "feeding items"), not "items" or "returns of"."""
    words = re.findall(r"[\w'-]+", before.lower())
    return any(_group(" ".join(words[-size:])) for size in (3, 2, 1) if len(words) >= size)


def _goods_listed(body: str, listing: re.Match) -> bool:
    """Whether the list a refusal names is goods refused as such, not examples of something else."""
    before = body[: listing.start()]
    examples = _any(_EXAMPLES, listing.group())
    # "customized items, including embroidered logos", "electronic parts, for example sensors and switches":
    # examples of the kind named right before them, which is the group
    named = categories_in(before, _EXCLUDED_KINDS) or _kind_named_last(before.rstrip(" ,"))
    if examples and named and not categories_in(listing.group(), _EXCLUDED_KINDS):
        return False
    if examples and _any(r"\b(?:that|which|who)\b", re.split(r",", before.rstrip(" ,"))[-1]):
        return False
    limited = re.search(_LIMITED_REFUSAL, body)
    return not (examples and limited and limited.start() > listing.start())


# A short lead before a colon ("Team merchandise: every shirt and mug is final sale"): the line's title, the
# refusal's subject follows it
_LEAD = r"^[\w ]{2,30}:\s+(?=\w)"


# "Seasonal goods, such as garlic, onion sets, ... and bee cocoons, cannot be returned": the examples set off between
# commas after the subject, however long, show the kind it names, which is the group
# (after "Some products, like earrings, nose studs, ..." the examples are the goods: "some products" names none)
_EXAMPLES_SET_OFF = (r",\s*(?:such as|including|like|e\.g\.,?|for (?:example|instance),)\s[^:;()]*?,\s*"
                     r"(?=(?:cannot|can't|can not|can never|may not|will not|won't|are not|is not|are non|is non|are final|is final)\b)")


def _without_examples_set_off(body: str) -> str:
    examples = re.search(_EXAMPLES_SET_OFF, body)
    before = body[: examples.start()] if examples else ""
    # ("Anything we custom make for you, such as engraving, wood carving, ...": examples of a kind the presets name)
    named = examples and (_group(before) or categories_in(before, _EXCLUDED_KINDS))
    return body[: examples.start()] + " " + body[examples.end() :] if named else body


def _refused_phrases(body: str) -> list[str]:
    """What a refusal names: its subject, or the list after "including", "such as", "returns of"."""
    body = _without_examples_set_off(_without_opening_adverb(body))
    # "Swatch/Sample Booklets: cannot be returned": the lead is the refusal's subject
    body = re.sub(r"^([^:;]{3,40}):\s+(?=(?:are |is )?(?:cannot|can't|can not|may not|will not|are not|is not|are non|is non|are final|is final)\b)", r"\1 ", body)
    subject = re.match(_REFUSED_SUBJECT, body) or re.match(_REFUSED_SUBJECT, re.sub(_LEAD, "", body, count=1))
    # "Customers are responsible for return shipping costs, which are non-refundable": the subject
    # is a clause of its own, the refusal is said of something else
    # (not goods named after the customer: "Client commissions", "Customer designed prints")
    if subject and _any(r"\b(?:must|should|need|needs|be|been|have|has|will|can|may)\b|,\s*(?:which|who)\b|"
                        r"^(?:(?:customers?|clients?|buyers?|purchasers?)\b(?!" + MADE_FOR_THE_CUSTOMER + r")|you\b|we\b)", subject.group(1)):
        subject = None
    # the list must stand in the part of the sentence that refuses ("...; if you buy a bundle that includes")
    parts = [body] if re.search(r":[^;]*;", body) else re.split(r";", body)  # "...: earrings; candles" is one list
    refusing = [part for part in parts if _any(_EXCLUDING + "|" + _EXCLUDING_MORE, part)] or [body]
    listing = re.search(_REFUSED_LIST, refusing[0])
    body = refusing[0]
    if listing and not _goods_listed(body, listing):
        listing = None
    phrases = [phrase for match in (subject, listing) if match for phrase in match.groups() if phrase]
    phrases = [_past_the_condition(_without_examples(_after_the_colon(body, phrase))) for phrase in phrases]
    return [phrase for phrase in phrases if phrase]


# a feeling that opens a list ("sadly candles, soaps"), with no comma after it
_FEELING = r"^\W*(?:sadly|unfortunately|regrettably|alas|hopefully)\s"


def _after_the_colon(body: str, phrase: str) -> str:
    """The goods a colon introduces ("cannot be returned: gift cards, ..."); after a kind of goods ("We don't take
    back perishables: food, flowers, magazines") the list gives the kind's examples, and the kind is the group."""
    head, colon, listed = phrase.rpartition(":")
    if not colon:  # the colon may stand before the words the refusal's pattern took
        before = body[: max(body.find(phrase), 0)].rstrip()
        head = before[:-1] if before.endswith(":") else ""
    last = " ".join(re.findall(r"[\w'-]+", head.lower())[-3:])
    kind = any(category not in ("FINAL_SALE", "NON_RETURNABLE_MARK") for category, _label, _match in categories_in(last, _EXCLUDED_KINDS))
    # ("Items we cannot take back: sadly, miniatures, ...": a feeling set off after the colon opens the list's words, no
    # goods; not "naturally dyed yarns", "still wines": a word of the goods' name)
    listed = listed.strip()
    opened = _without_opening_adverb(listed)
    set_off = listed[: len(listed) - len(opened)].rstrip().endswith(",") or _any(_FEELING, listed)
    return last if kind else opened if set_off else listed  # "final sale:", "marked non-returnable:" say how the goods listed are refused


# "food, flowers and the like": the list is open-ended, "the like" names nothing ("like" is no "such as")
_OPEN_END = r",?\s+(?:and|or) (?:the like|so on|so forth)\b"


def _without_examples(phrase: str) -> str:
    """"Custom-ordered items such as hot tub covers, electronics and specialty parts": the goods after
    "such as" are examples of the kind named before it, which is the group."""
    phrase = re.sub(_OPEN_END, "", phrase)
    contents = re.search(r"\s+(?:which|that) (?:include|includes|contain|contains)\b", phrase)
    if contents:  # "Hampers that include jams, chutneys and biscuits": what the group holds, not groups
        return phrase[: contents.start()]
    # ("- Raw cards — single cards, lots and collections": the kind, a dash, then its sorts)
    example = re.search(r"\s*\b(?:such as|including|e\.g\.|like|for (?:example|instance))\b|\s+[-–—]\s+", phrase)
    named = example and re.split(r",\s*", phrase[: example.start()].rstrip(" ,"))[-1]  # the item right before the examples
    return phrase[: example.start()] if named and (categories_in(named, _EXCLUDED_KINDS) or _group(named)) else phrase


# Where a list ends and the rest of the sentence begins: "such as customized products, cannot be returned unless ..."
_AFTER_THE_LIST = r",?\s+(?:are|is|cannot|can't|can not|will|may|must|should|do not|does not|unless|except|due to|because|for (?:\w+ )?reasons?)\b|,\s+but\b"


# A state after a list of goods ("decks, wheels or grip tape that have been opened or used") reaches back over it
# like a condition, and so does one after "any other products" closing the list ("perfumes, body sprays or any other
# products that have been opened": the others like them); after "anything" it is an item of its own ("..., nor anything
# that has been abused")
_SHARED_STATE = (r"(?:(?<!anything )(?<!everything )(?<!items )(?<!products )(?<!goods )|(?<=\bother items )|(?<=\bother products )|(?<=\bother goods ))"
                 r"\b(?:that|which)\s+(?:have|has|had)\s+(?:already\s+)?been\b")


# "rakes, hoes and spades showing signs of wear": the state closing a list, as "that have been used" does
_SIGNS_SHOWN = r"\b(?:showing|that shows?|which shows?|with) (?:any |visible |obvious )?signs? of\b"


_EXCEPTION_AFTER = r"^\s*(?:unless|except|provided|as long as|so long as|but)\b"


def _past_the_condition(phrase: str) -> str:
    """The list a refusal names, without the items a condition covers: "CDs or software if the seal is
    broken, headphones" refuses headphones outright; the condition may reach back over every item
    before it, but not past the comma after it."""
    listed = re.split(_AFTER_THE_LIST, phrase)[0]
    conditions = [found for found in re.finditer(_REFUSED_IF + "|" + _SHARED_STATE + "|" + _SIGNS_SHOWN, phrase) if found.start() < len(listed)]
    if not conditions:
        return listed
    comma = phrase.find(",", conditions[-1].end())
    # "items without proof of purchase, original tags or the box": what a "without" lacks is a list that runs on;
    # "..., unless they come back under warranty": an exception to the refusal, no goods after the comma
    no_more_goods = conditions[-1].group() == "without" or _any(_EXCEPTION_AFTER, phrase[comma + 1 :])
    after = _past_the_condition(phrase[comma + 1 :].strip()) if comma >= 0 and not no_more_goods else ""
    before = _before_the_state(phrase, conditions[-1])
    return ", ".join(part for part in (before, after) if part)


# Where a refusal starts a new group of goods: "..., nor X", "of A, of B once opened, or of C"
_NEW_GROUP = r",?\s+nor\s+|,\s+(?:or\s+|and\s+)?of\s+"


def _before_the_state(phrase: str, condition: re.Match) -> str:
    """The items a condition leaves refused before it: none, as it reaches back over the list, up to where
    a new group starts ("solar cells, nor fountains once used"); a state in the middle of a list
    ("chemicals, solar covers that have been unfolded, liners") is its item's own; one closing the list
    ("decks, wheels or grip tape that have been used") is said of them all."""
    item = phrase.rfind(",", 0, condition.start()) + 1
    if re.match(_SHARED_STATE, condition.group()) and item > 0 and not _any(r"(?:^|\s)(?:or|and|nor)\s", phrase[item : condition.start()]):
        return _past_the_condition(phrase[: item - 1])
    groups = list(re.finditer(_NEW_GROUP, phrase[: condition.start()]))
    return _past_the_condition(phrase[: groups[-1].start()]) if groups else ""


# A list item that opens a clause about where the goods came from, what they lack, what damaged them or what
# the customer did to them ("items bought from resellers, auction sites or marketplaces", "anything you've
# assembled, installed or cut to size"): the items after it go on with that clause (places, parts, causes,
# deeds), they are not goods
_CLAUSE_GOES_ON = (r"\b(?:without|missing|lacking)\b|\b(?:[a-z]{3,}(?:ed|en)|bent|torn|worn|cut|burnt|split|lost|spilt|spoilt) (?:by|through)\b|"  # "items without proof of purchase, original tags ...", "goods damaged by pets, children or water", "broken through misuse, an accident or ..."
                   r"\bpaid (?:for )?(?:with|by|in|using|via|through)\b|"  # "goods paid for in cash": how they were paid, not goods
                   r"\b(?:bought|purchased|ordered|obtained|acquired) (?:from|through|via|at (?!(?:an? |the |our )?(?:sale|discount|reduced|clearance|full|outlet price)))\b"
                   r"(?! (?:our|this|the) (?:web ?site|online (?:store|shop)|site)\b)|"
                   r"\b(?:anything|everything|something|items?|products?|goods|pieces?) (?:that |which )?you(?:'ve| have| had)? (?!bought\b|purchased\b|ordered\b)[a-z]+ed\b")


def _goods_pieces(phrase: str) -> list[str]:
    pieces = _pieces(phrase)
    # (goods bought through the shop itself are the goods: "cut flowers not purchased at our retail store")
    opens = next((at for at, piece in enumerate(pieces) if _any(_CLAUSE_GOES_ON, re.sub(_BOUGHT_HERE + r".*$", "", piece))), len(pieces))
    return _without_a_kinds_examples(pieces[:opens], phrase)


def _without_a_kinds_examples(pieces: list[str], phrase: str) -> list[str]:
    """"Food, flowers and other perishables", "tubing, some ingredients and other custom items": the goods
    before "and other" and a kind of goods are its examples, back to an item that names a kind of its own (the
    kind itself is read as a category). Before a kind in the shop's words ("costumes and other clothing"), or
    one item with "or" ("rope, rigging or other custom products"), they stay groups of their own."""
    kept: list[str] = []
    for piece in pieces:
        other = re.match(r"(?:any |all )?other\s+(.+)", piece.strip())
        if other and categories_in(other.group(1), _EXCLUDED_KINDS) and _any(r"\band\s+" + re.escape(piece.strip()), phrase):
            while kept and not categories_in(kept[-1], _EXCLUDED_KINDS):
                kept.pop()
        kept.append(piece)
    return kept


def _pieces(phrase: str) -> list[str]:
    """The groups of a phrase: a comma list item by item; "A or B" as two groups only where both are
    whole names ("recycled candles or clearance items"), not "custom or made-to-order products"."""
    phrase = re.sub(r"^(?:for|due to|because of|as)\b[^,]*,\s*", "", phrase)  # "For hygiene reasons, ..."
    listed = bool(re.search(r"[,;]", phrase))
    pieces = []
    for part in re.split(r"[,;]\s*", phrase):
        last = listed and re.match(r"(?:and|or)\s+", part) is not None  # "A, B, or C and D": "C and D" is one item
        part = re.sub(r"^(?:and|or|nor)\s+|^of\s+", "", re.sub(r"^(?:and|or)\s+(?=of\b)", "", part))  # "..., or of anything bought"
        halves = [part] if last else [half for pair in re.split(r"\s+and\s+", part) for half in _or_pair(pair)]
        if _states_aside(halves):
            continue  # "Trading cards, sealed or single, are final": how the goods come, not goods
        # ("Swimwear and all seasonal items": a determiner opens goods of their own)
        whole_names = all(len(half.split()) >= 2 for half in halves) or len(halves) == 2 and _any(_OWN_DETERMINER, halves[1])
        # in a list, "car seats and bases" keeps its one head ("car seat bases"): a bare noun after a
        # named one shares its name; "hats and gloves", "face masks and ear plugs" are two groups
        shared_head = len(halves) == 2 and len(halves[0].split()) >= 2 and len(halves[1].split()) == 1 or _one_head(halves)
        pieces += halves if len(halves) > 1 and (whole_names or (listed and not shared_head)) else [part]
    return pieces


def _or_pair(words: str) -> list[str]:
    """"flammable liquids or gases": a bare noun after "or" shares the named one's first word (one group, as
    "car seats and bases" is), where "wax melts or reed diffusers" are two."""
    halves = re.split(r"\s+or\s+", words)
    return [words] if len(halves) == 2 and len(halves[0].split()) >= 2 and len(halves[1].split()) == 1 else halves


# The states goods are sold in ("new or used", "sealed or single", "boxed or loose"): a pair of them after
# the goods says which of the goods the rule covers (all of them), and names none
_SOLD_STATE = (r"(?:new|used|pre-?owned|second-?hand|sealed|unsealed|opened|unopened|boxed|unboxed|loose|single|singles|"
               r"graded|ungraded|assembled|unassembled|framed|unframed|signed|unsigned|full[- ]price|discounted)")


def _states_aside(halves: list[str]) -> bool:
    bare = [half.strip().lower() for half in halves]
    return len(bare) == 2 and all(len(half.split()) == 1 for half in bare) and any(re.fullmatch(_SOLD_STATE, half) for half in bare)


# A determiner that opens goods of their own after "and" ("Underwear and all seasonal items", "Candles and our gift items")
_OWN_DETERMINER = r"^(?:all|any|every|our)\s+(?!other\b)"


def _one_head(halves: list[str]) -> bool:
    """"bath and body products", "intimate and sanitary products": a bare word before a kind of goods is
    that kind too (one group), where "hats and gloves" are two, and so are "rigging and other custom products"."""
    return len(halves) == 2 and len(halves[0].split()) == 1 and not _any(r"^(?:any |all )?other\s|" + _OWN_DETERMINER, halves[1]) \
        and _any(r"\s(?:products?|items?|goods|supplies|accessories|pieces|lines|wares|orders)$", halves[1])


def _in_some_state(body: str) -> set[str]:
    """"Personal care items that have been removed from their packaging": the kinds right before a state
    (by their labels); the other kinds of the sentence stay refused ("special orders, jewellery that has been
    altered and custom designs")."""
    return {label for _category, pattern, label, _match in CATEGORIES for found in _compiled(pattern).finditer(body)
            if re.match(r"^(?:\s+[\w-]+){0,3}?\s+(?:(?:that|which) (?:have|has) been|(?:once|if) (?:(?:they|it) (?:have |has |are |is )?(?:been )?)?(?:opened|used|worn|installed|removed))\b",
                        body[found.end() :])}


# "Subscription items (an exchange is the only option)", "Swimwear can only be exchanged": goods refused a return
# but still exchanged (an exclusion would refuse the exchange too); not "returns and exchanges only within 30 days"
_STILL_EXCHANGED = (r"(?<!returns and )(?<!returns or )(?<!return or )(?<!return and )(?<!returns & )\b(?:for )?exchanges? only\b"
                    r"|\bonly (?:be )?(?:exchanged|swapped)\b|(?<!returned or )(?<!returned and )\b(?:exchanged|swapped) only (?:for|with|against)\b|\bonly (?:for |as |by )?(?:an? )?exchanges?\b(?! (?:of|if|when|within)\b)"
                    r"|\bexchanges? (?:is|are) the only\b|\bonly (?:option|choice|remedy) (?:is|being) (?:an? )?exchanges?\b")


# "..., and everything else is exchange only": a part about the other goods, not the ones refused
_THE_OTHERS = r"\b(?:everything|anything) else\b|\ball other\b|\bother (?:items|products|goods)\b"


def _without_the_others(body: str) -> str:
    """`body` without its parts said of the goods it does not name ("Pierced earrings are not returnable, and
    everything else is exchange only": the earrings are refused outright)."""
    if not _any(_THE_OTHERS, body):
        return body
    return " ".join(part for part in re.split(r"[;,]\s*|\.\s+", body) if not _any(_THE_OTHERS, part))


STILL_EXCHANGED_WHY = "goods refused a return that may still be exchanged: no setting holds that"


def still_exchanged(body: str) -> bool:
    """Goods refused a return but still exchanged, in so many words ("Subscription items (exchange only)"); the
    exclusions and the exchanges readers both leave them unplaced, with this one reason."""
    return _any(_STILL_EXCHANGED, _without_the_others(body))


def _exchanges_only(listed: bool, text: str) -> bool:
    """A refusal of exchanges alone ("We cannot offer exchanges on swimwear"): the goods may still come back."""
    return not listed and _any(r"\bexchang", text) and not _any(r"\breturn|refund|final[- ]sales?|sales are final|non-?returnable|" + _BACK, text)


def _refused_one_way_only(listed: bool, text: str, body: str) -> str | None:
    """Why goods refused one way may still come back another (no setting holds that), or None."""
    if _exchanges_only(listed, text):
        return "goods that cannot be exchanged, which may still be returned: no setting holds that"  # "We cannot offer exchanges on swimwear"
    if still_exchanged(body):
        return STILL_EXCHANGED_WHY  # "Subscription items (exchange only)"
    return None


# "Some items cannot be returned because you changed your mind. These include: ...": a list whose
# subject points back to the refusal in the sentence before
_POINTS_BACK = r"^\W*(?:these|they|those|such (?:items|products|goods)) (?:items |products |goods )?(?:include|are|comprise)\b:?"


def _carries_a_refusal(clause: Clause) -> bool:
    if not _any(_POINTS_BACK, clause.body):
        return False
    before = clause.paragraph_text[: clause.paragraph_text.find(clause.body)].strip()
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    # "... products that have been installed. This includes fixtures that show signs of mounting": examples
    # of a state, not of goods refused as such
    return _any(_EXCLUDING, sentence) and not _any(r"\b(?:unless|except|if|once|when|after)\b|\b(?:that|which|who) (?:have|has|are|is|were|was|show)", sentence)


# "The 30-day guarantee does not apply to custom products", "We have a 30-day return policy ... This
# does not apply to custom products", "Exceptions: - Does not apply to items purchased on sale": goods the
# return policy itself leaves out ("this" and a bare line must follow the policy or stand under exceptions)
_POLICY_NOT_APPLIED = (r"^(?:((?:the|our|this) (?:[\w-]+ ){0,3}?(?:guarantee|policy)|this|it) )?(?:does not|doesn't|do not) apply to (.+)$")


def _not_applied_to(clause: Clause) -> str | None:
    """The goods the return policy does not apply to, or None."""
    said = re.match(_POLICY_NOT_APPLIED, _without_opening_adverb(clause.body).strip(" .;"))
    if not said or _any(r"\b(?:fees?|shipping|charges?|costs?|delivery)\b", said.group(1) or ""):
        return None
    before = clause.paragraph_text[: clause.paragraph_text.find(clause.body)]
    policy = said.group(1) and _any(r"guarantee|return|refund", said.group(1))
    after_the_policy = _any(r"\b(?:return|refund|exchange) (?:policy|period|window)|\breturn (?:it|them|items?) to us within\b", before[-250:])
    under_exceptions = not said.group(1) and _any(r"exception|exclusion", f"{clause.intro} {clause.heading} {before[-120:]}".lower())
    goods = re.split(r",?\s*(?:and |or )?(?:items?|products?|goods|merchandise|anything) (?:that|which)\b", said.group(2))[0]  # "... and products that show signs of wear, have been altered, modified"
    return goods if policy or (said.group(1) and after_the_policy) or under_exceptions else None


# "Our blinds ... are custom made based on your measurements and are not returnable", "..., as these are
# considered custom-made products": the kind said of the goods is the reason they are refused, no group
_KIND_AS_REASON = (r"\b(?:are|is) (?:all |considered |deemed |specially |individually )*(?:to be )?"
                   r"(?:custom[- ]made|made[- ]to[- ]order|personali[sz]ed|customi[sz]ed)\b(?: (?:products?|items?|goods))?")


# "Because our products are perishable, these cannot come back: ...": the kind said of all the shop's goods is
# why the listed goods are refused, not a group of them
_SHOPS_GOODS_AS_REASON = (r"\b(?:because|since|as|given that) (?:all (?:of )?)?our (?:[\w-]+ )?(?:products|items|goods|wares|pieces) "
                          r"(?:are|is) (?:all )?[^,:;]{2,40}")


# "Bulbs that have been planted cannot come back, as they are perishable": the kind said of the goods in the
# reason for refusing them, no group of its own
_REASON_OF_THE_GOODS = r"(?:,\s*|\s+)(?:as|because|since) (?:they|it|these|those) (?:are|is|'re) [^,.;:]{2,40}"


# "..., because of the shipping rules for hazardous materials": the rules a refusal cites, whatever kind they name
_RULES_AS_REASON = r"(?:,\s*|\s+)(?:because of|due to|owing to|under) (?:[\w-]+ ){0,4}?(?:rules?|regulations?|laws?|restrictions?)\b[^,.;:]{0,60}"


# "Items that are personalized cannot be returned": the kind said in a clause that picks out some goods names them
_GOODS_PICKED_OUT = r"\b(?:items?|products?|goods|anything|pieces?|merchandise|orders?) (?:that|which) $"


def _without_kind_as_reason(body: str) -> str:
    return re.sub(_KIND_AS_REASON + "|" + _SHOPS_GOODS_AS_REASON + "|" + _REASON_OF_THE_GOODS + "|" + _RULES_AS_REASON,
                  lambda reason: reason.group() if _any(_GOODS_PICKED_OUT, body[: reason.start()]) else " ", body)


def _an_aside_of_the_goods_before(body: str, aside: re.Match) -> bool:
    """"Products made to order (personalized items or special orders, say)": an aside right after a kind of goods
    gives its examples or other names; "Replacement parts (cut to measure, or ordered specially for you)", "Bungee
    cords (they may have been customized)": a longer aside after goods named in the shop's words says why they
    are refused. Neither names a kind of its own."""
    before = body[: aside.start()]
    if categories_in(" ".join(before.split()[-4:])):
        return True
    # examples ("(a software download, for example)") or a refusal of its own ("(special orders excluded)") name goods
    own_goods = _any(_EXCLUDING + "|" + _EXCLUDING_MORE + r"|\b(?:for example|for instance|e\.g|i\.e|such as|like|say)\b", aside.group())
    return len(aside.group().split()) >= 3 and not own_goods and _kind_named_last(before.rstrip(" ,"))


def _without_asides_of_a_kind(body: str) -> str:
    return re.sub(r"\([^()]*\)", lambda aside: " " if _an_aside_of_the_goods_before(body, aside) else aside.group(), body)


def _without_some_of_a_kind(body: str, table: tuple[tuple[str, str, str, dict], ...]) -> str:
    """"A fee can hold for some special order parts": some of a kind, which the sentence does not say, not the kind."""
    for _category, pattern, _label, _match in table:
        body = _compiled(r"\bsome (?:of (?:the|our|your) )?(?:" + pattern + ")").sub(lambda some: " " * len(some.group()), body)
    return body


def kinds_refused(body: str, table: tuple[tuple[str, str, str, dict], ...] = CATEGORIES) -> list[tuple[str, str, dict]]:
    """The kinds of goods (of `table`) a refusal names as the groups refused: not the kind all the goods are
    said to be (the reason they are refused), an aside's examples of a kind, nor some of a kind."""
    return categories_in(_without_some_of_a_kind(_without_asides_of_a_kind(_without_kind_as_reason(body)), table), table)


# "When the recipient refuses a package, the items in it are charged 30%": a refusal said only in the condition
# that opens the sentence is the case its rule is for, not goods the shop refuses
_OPENING_CONDITION = r"^\W*(?:if|when|whenever|once|where|should|in case)\b[^,]*,"
_REFUSING = _EXCLUDING + "|" + _EXCLUDING_MORE + r"|sales are final|(?:is|are) (?:(?:all|also|always|strictly) )?(?:considered )?(?:a )?final[- ]sales?"


def _refused_in_the_main_clause(clause: Clause, text: str) -> bool:
    opening = None if clause.intro else re.match(_OPENING_CONDITION, text)
    return _any(_REFUSING, text[opening.end() :] if opening else text)


def _refuses_goods(clause: Clause, text: str, listed: bool) -> bool:
    """A line of a list of exclusions, or a sentence that refuses (not one about cancelling)."""
    refusing = _refused_in_the_main_clause(clause, text) or _carries_a_refusal(clause) or _not_applied_to(clause) is not None
    return (listed or refusing) and not (_any(_CANCEL, clause.body) and not _any(r"\breturn|" + _BACK, clause.body))


# Goods a grant of returns leaves out: "can be swapped within ten days, except final-sale pieces",
# "Returns are accepted for 30 days, custom products excepted" (said after a refusal, "except" takes
# goods back in: "all sales are final except ...", which this is not)
_GRANTS_RETURNS = r"\breturn|\brefund|store credit|\bsen[dt] (?:it |them |items? )?back\b"
# an exception to what a return costs or who pays ("Return postage is paid by you, except for faulty items")
_COSTS = r"\b(?:postage|shipping|fees?|costs?|charges?|paid|pays?|labels?|free)\b"
_EXCEPT = (r"(?:,\s*|\s)(?:except(?:ing)?(?: for)?|with the exception of|excluding|save for|apart from)\s+"
           r"(?!(?:when|if|where|in|on|during|within|after|before|that|as|to|by|for|from|at|with|because|under|those|what)\b)(.+)$"
           r"|,\s*([^,]{3,60}?) excepted\b")
_NOT_GOODS_EXCEPTED = r"\b(?:\w*days?|weekends?|holidays?|hours?|weeks?|months?)$"


def _excepted(clause: Clause, listed: bool) -> str | None:
    """The goods a sentence that grants returns makes an exception of, or None."""
    body = clause.body
    found = None if listed or clause.intro else re.search(_EXCEPT, body)
    granted = body[: found.start()] if found else ""
    if not _any(_GRANTS_RETURNS, granted) or _any(_COSTS, granted) or _any(_EXCLUDING + "|" + _EXCLUDING_MORE + r"|\bfinal\b(?![- ]sale)", body):
        return None  # exchanges alone may be refused on goods that still come back ("Exchanges ... except clearance stock")
    return next(phrase for phrase in found.groups() if phrase)


def _excepted_exclusions(phrase: str | None) -> Iterator[Fact]:
    if not phrase:
        return
    for category, label, match in categories_in(phrase, _EXCLUDED_KINDS):
        yield Fact("exclusions", {"category": category, "label": label, "match": match}, each=True)
    for group in dict.fromkeys(filter(None, map(_group, _pieces(_past_the_condition(phrase))))):
        if not _any(_NOT_GOODS_EXCEPTED, group.lower()):
            yield Fact("exclusions", {"category": "OTHER", "label": group, "match": {"tags": _tags(group)}}, each=True)


# the goods an introduction's refusal names itself, as what returns are refused of ("no returns of food products");
# not any goods pointed at the list ("no refunds on any items listed below", "returns of products in these categories")
_RETURNS_OF_GOODS = (r"\b(?:returns?|refunds?|exchanges?) (?:of|on|for) (?:any )?"
                     r"(?!(?:the|following|these|those|them|this|it|any|items?|products?|goods|merchandise|articles|things|purchases)\b)[a-z]{3,}")


def _refusing_intro(clause: Clause) -> bool:
    """An introduction that refuses the goods it lists ("We never take back:", or the sentence it points back to: "Some
    items cannot be returned. These are:"), not the cases it lists ("We may refuse a refund if:")."""
    intro = f"{clause.antecedent} {clause.intro}".strip().lower()
    # "... because we take no returns of food products (see the points below):" names its goods itself; its list gives reasons
    return bool(intro) and _any(_EXCLUDING + "|" + _EXCLUDING_MORE, intro) and not _any(r"\b(?:if|when|where|unless)\s*:?\s*$", intro) \
        and not _any(_RETURNS_OF_GOODS + "|" + _STATES_EXAMPLED, intro)


# "The Company cannot take back items that were altered or damaged after they arrived, for example:": the lines below
# are examples of the state refused ("Cleaning done the wrong way", "Patchy colour"), not goods
_STATES_EXAMPLED = r"\b(?:that|which) (?:were|was|are|is|ha(?:s|ve) been)\b[^:]*?,?\s*(?:for example|for instance|such as|e\.g\.|like)\s*:?\s*$"


def _refuses_a_kind_too(clause: Clause, text: str) -> bool:
    """"Labor fees are not refundable, i.e., ... custom items are not returnable" still refuses a category."""
    return bool(categories_in(clause.body, _EXCLUDED_KINDS)) and _any(
        r"not returnable|non-?returnable|(?:cannot|can't|can not) be returned|final sale|sales are final", text)


# The noun a kind's word may lead ("downloadable software", "perishable goods")
_KIND_NOUN = r"(?:\s+(?:products?|items?|goods|software|files?|content|materials?|supplies))?"


def _tagged_as_named(match: dict, body: str, label: str) -> dict:
    """A kind of goods the presets have no category for ("Digital products") matches the products tagged with
    each of the shop's own names for it too ("Downloadable software and gift cards": "downloadable software";
    "hazardous materials and flammable liquids": "flammable")."""
    pattern = next((pattern for category, pattern, known, _match in _EXCLUDED_KINDS if known == label and category == "OTHER"), None)
    tags = list(match.get("tags", ()))
    for named in _compiled(r"\b(?:" + pattern + r")" + _KIND_NOUN + r"\b").finditer(body.lower()) if pattern else ():
        if not any(named.group().startswith(tag) for tag in tags):  # "gift cards", "perishable goods": a tag names them already
            tags.append(named.group())
    return {**match, "tags": tags} if len(tags) > len(match.get("tags", ())) else match


# "Sale items cannot be returned past the 14-day window", "Clearance goods can't be refunded more than 7 days after
# delivery": a deadline for those goods, no refusal of them (as for goods in the shop's own words, `_REFUSED_SUBJECT`)
_REFUSED_PAST_A_DEADLINE = (r"\b(?:cannot|can ?not|can't|may not|will not|won't|(?:can|may|will) never) (?:be )?"
                            r"(?:accepted|returned|refunded|exchanged|sent back|taken back)" + _PAST_A_DEADLINE
                            # (a time said after it: not "Gift cards cannot be refunded beyond their value")
                            + r"(?=[^.;:]{0,40}?" + _A_TIME + ")")


def _only_a_deadline(text: str) -> bool:
    """Whether every refusal in the sentence is one past a deadline."""
    return _any(_REFUSED_PAST_A_DEADLINE, text) and not _any(_REFUSING, re.sub(_REFUSED_PAST_A_DEADLINE, " ", text))


def _own_words(clause: Clause, text: str) -> str:
    """A line under an introduction that refuses in its own words ("Returns are store credit only: / - There are no
    exchanges on clearance items") is read by its own words: the introduction's returns are not the ones it refuses."""
    return clause.body if clause.intro and _any(_EXCLUDING + "|" + _EXCLUDING_MORE, clause.body) else text


# The state said before the goods it limits ("Once opened, perfumes cannot be returned", "If used, razors are
# non-returnable", "Once the seal is broken, ...", "After use, ..."; "Opened items, including perfume and body spray,
# are non-returnable": the examples of goods in that state): the goods are refused only in that state, as "perfumes
# cannot be returned once opened" says, never the whole kind (not "Once your order has shipped, custom items ...": the
# order's event, a deadline)
_A_STATE = r"(?:opened|used|worn|unsealed|unwrapped|installed|assembled|washed|tried on|removed from (?:its|their|the) packaging)"
_STATE_FIRST = (r"^\W*(?:(?:once|if|when|after|where)\s+(?:(?:it|they|the (?:item|product|seal|box|package|packaging|bottle|bag)s?)\s+"
                r"(?:(?:has|have|is|are)\s+)?(?:been\s+)?)?(?:" + _A_STATE + r"|broken|use|opening|installation)\b[^,]{0,30},"
                r"|" + _A_STATE + r"(?:\s+(?:or|and|/)\s+" + _A_STATE + r")*\s+(?:items?|products?|goods|merchandise)\s*,\s*(?:such as|including|like|e\.g\.))")


def _refused_only_then(clause: Clause, text: str) -> str | None:
    """Why a refusal holds no exclusion because it is limited to a time or a state, if it is."""
    if _only_a_deadline(text):
        return "a deadline for some goods, no refusal of them: no exclusion"
    if _any(_STATE_FIRST, clause.body):
        return "goods refused only in some state: no setting holds that"
    return None


# Words that change nothing of what is refused, taken out before the refusal is read: "Food items cannot be returned once
# they have shipped" (every return comes after the shipping, so the goods are refused), and "We take no returns whatsoever
# of office chairs", "no returns at all on ..." (the refusal stressed, the same goods)
_ONCE_SHIPPED = (r",?\s+(?:once|after) (?:they|it|the (?:order|items?|goods|products?)|your order) (?:has|have) (?:been )?"
                 r"(?:shipped|dispatched|sent out|left (?:us|our (?:warehouse|store|shop)))\b")
_STRESSED = r"(?<=\breturns)\s+(?:whatsoever|at all)(?= (?:of|on|for)\b)"
_CHANGES_NOTHING = _ONCE_SHIPPED + "|" + _STRESSED


def exclusions(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_CHANGES_NOTHING, text):
        clause, text = replace(clause, text=re.sub(_CHANGES_NOTHING, "", clause.text, flags=re.I)), re.sub(_CHANGES_NOTHING, "", text)
    listed = _listed_under_exclusions(clause) or _nested_under_exclusions(clause)
    if not _refuses_goods(clause, text, listed):
        yield from _excepted_exclusions(_excepted(clause, listed))
        return
    limited = _refused_only_then(clause, text)
    if limited:
        yield _unheld(limited)
        return
    if _any(r"non-?refundable (?:deposits?|fees?|charges?|payments?|down payments?)\b|\bdeposits?\b[^.;]{0,40}\b(?:non-?refundable|(?:is|are) not refundable|(?:cannot|can't|will not|won't) be refunded)|\b(?<!shipping )(?<!delivery )(?<!postage )(?<!handling )(?:deposits?|fees?|down payments?) (?:is|are) (?:non-?|not )refundable", text):
        yield _unheld("a deposit or fee kept: no setting holds it")  # "Custom orders require a 50% non-refundable deposit"
        if not _refuses_a_kind_too(clause, text):
            return
    named = kinds_refused(clause.body, _EXCLUDED_KINDS)
    in_some_state = _in_some_state(clause.body)
    if any(label in in_some_state for _category, label, _match in named):
        yield _unheld("goods refused only in some state: no setting holds that")
        named = [kind for kind in named if kind[1] not in in_some_state]
    groups = _unnamed_groups(clause, listed or _refusing_intro(clause))
    declined = _declined(clause, text, listed, bool(named or groups))
    if declined:
        yield _unheld(declined)
        return
    yield from _excluded(clause, named, groups)


def _declined(clause: Clause, text: str, listed: bool, found: bool) -> str | None:
    """Why a refusal's goods are no exclusion, when they are not: all of them refused only in a state said after them
    ("soaps or creams that have been opened"), or refused one way only."""
    if not found:
        return "goods refused only in some state: no setting holds that" if _any(_SHARED_STATE, clause.body) else None
    return _refused_one_way_only(listed, _own_words(clause, text), clause.body)


def _excluded(clause: Clause, named: list, groups: list[str]) -> Iterator[Fact]:
    # ("- Swimwear, to keep things hygienic": the purpose after the goods is why they are refused, not their name)
    label = re.sub(r"^\s*(?:[•\-*]|\d+[.)]|[a-zA-Z]\)(?=\s))\s*|,\s+to [a-z][^,;:]*$", "", clause.text.strip().rstrip(".;")).strip()
    own_label = len(named) == 1 and not groups and not _any(_EXCLUDING + "|" + _EXCLUDING_MORE + r"|final[- ]sales?\b|\bapply to\b", clause.body) and len(label) <= 120
    for category, default_label, match in named:
        yield Fact("exclusions", {"category": category, "label": label if own_label else default_label, "match": _tagged_as_named(match, clause.body, default_label)}, each=True)
    for group in groups:
        yield Fact("exclusions", {"category": "OTHER", "label": group, "match": {"tags": _tags(group)}}, each=True)


def _names_refused_goods(text: str) -> bool:
    """Whether a refusal names goods (a kind, or a group in the shop's words), not every item ("Items can only ...")."""
    groups = (_group(piece) for phrase in _refused_phrases(text) for piece in _goods_pieces(phrase))
    return bool(kinds_refused(text, _EXCLUDED_KINDS)) or any(groups)


def fault_override(clause: Clause, text: str) -> Iterator[Fact]:
    """Excluded items still taken back when faulty ("non-refundable unless they arrive damaged")."""
    if _any(r"shipping|postage|delivery (?:fee|cost|charge)", text):
        return  # "shipping is non-refundable unless faulty" is about the order's shipping
    # any refusal of goods ("can be neither returned nor exchanged, unless they are defective")
    if _any(r"(?:non-?refundable|non-?returnable|can't be returned|cannot be returned|" + _NEITHER_NOR + r").*\bunless\b.*(?:" + _FAULT + ")", text) or _any(
        _ONLY_WHEN_FAULTY, text) and _names_refused_goods(text) or _any(
        r"applies even to items that otherwise can't be returned", text
    ):
        yield Fact("fault.overrides_exclusions", True)
    if _any(r"which stay non-returnable", text):
        yield Fact("fault.overrides_exclusions", False)
