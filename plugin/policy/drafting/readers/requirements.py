"""What a return must meet: the item's condition, a reason given, proof of purchase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import _FAULT, _FEE_WORD, _NEGATED, _NOT_REQUIRED, _PARTIAL_REFUND, Fact, _any, _compiled, _unheld
from plugin.policy.drafting.readers.exclusions import _EXCLUDING, _refusing_intro
from plugin.policy.drafting.readers.fault import _fault_section
from plugin.policy.drafting.readers.scope import (
    _AMOUNT_SUBJECT, _CASE_OF_ITEM, _GENERIC_SUBJECT, _OPENING_ADVERB, _RULE_VERB, SENT_BACK_TO_YOU, TO_THE_CUSTOMER, WE_SEND_BACK, scoped,
    _without_opening_adverb,
)


# "without signs of wear", "showing no signs of use": the state the item must still be in, said by what it lacks
_NO_SIGNS = r"(?:\bno|without|free (?:of|from)|not show\w*) (?:any )?(?:visible |obvious )?signs? of "
# "with no sign of having been used, washed or worn": the states named by the deed
_NO_SIGN_OF_USE = _NO_SIGNS + r"(?:having been|being) (?:[\w-]+,? (?:or |and )?){0,3}?used\b"
# "must not have been used" (not "must not have been used during renovations", a use the shop names)
_NOT_HAVE_BEEN_USED = r"not (?:have|has) been used\b(?! (?:during|for|to|with|as|by|at|under|outside|outdoors|commercially|on|in)\b)"
# "has never been used", "hasn't been used", "nobody has used it", "provided nothing has been used", "not been
# ridden, used or worn", "hasn't been worn or used", "never opened or used": "used" under a negation a few words
# back (the same uses a shop names are left out)
_NEVER_USED = (r"(?:\bnot|n't|\bnever|\bnobody|\bno one|\bnothing)(?: (?:been|ever|yet|has|have|had|be|in any way|worn,?|[a-z]+(?:ed|en),?|or|nor)){0,4} used\b"
               r"(?! (?:during|for|to|with|as|by|at|under|outside|outdoors|commercially|on|in)\b)")
# "free from any damage, stains, or signs of wear", "without signs of wear/use": the signs named last in a
# list the negation opens, or after another kind of sign
_NO_SIGNS_LISTED = (r"(?:(?:\bno|without|free (?:of|from)) (?:any )?(?:[\w-]+, )*(?:[\w-]+,? (?:or|and) )signs? of |"
                    r"(?:\bno|without|free (?:of|from)|not show\w*) (?:any )?(?:visible |obvious )?signs? of (?:use|usage|wear)(?:/| or | and ))")
# The item's state named by how it came to the customer: "just as we sold them", "exactly as it left us",
# "in the state it reached you in", "unchanged from the state they were in when they arrived", "the way we
# sent them", "as it was on arrival" (not "as soon as it arrived", "as long as", "such as", nor the causal
# "as it was damaged"; "boxed as it arrived" is the box)
_HANDED_OVER = r"(?:came|arrived|reached|left|received|got|sold|sent|shipped|delivered|supplied|purchased|bought|dispatched)"
_AS_IT_CAME = (r"\b(?:just|exactly|precisely) as (?:it|they|we|you|when)\b|\bthe way (?:it|they|we|you) (?:\w+ ){0,2}?" + _HANDED_OVER + r"\b|"
               r"(?<!soon )(?<!long )(?<!such )(?<!well )(?<!boxed )(?<!packed )\bas (?:it|they|you|we) (?:(?:was|were|had|first) )*" + _HANDED_OVER + r"\b|"
               r"\bas (?:it|they) (?:was|were)(?=\s*(?:[,.;:)]|$|when\b|on (?:arrival|delivery)\b))|"
               r"\b(?:state|condition|shape)(?: (?:that|which|in|as|when|it|they|you|we|was|were|first|had|been|originally)){1,6} " + _HANDED_OVER + r"\b|"
               r"\bunchanged (?:from|since)\b")
# The condition the item was in when the customer got it, in the ways shops say it: "as new", "in like-new
# condition", "in the condition that it was when it was purchased" (a plain "in new condition" is read as
# unused only: a seed shop's own settings read it so)
_AS_SOLD = (r"\b(?:perfect|pristine|immaculate) condition\b|\b(?:original|same) state\b|\bas (?:you|we) (?:received|sent|delivered) (?:it|them)\b|"
            r"\b(?:like|as)[- ]new (?:condition|state|shape)\b|\b(?:new|unused) or (?:like|as)[- ]new\b|\b(?:in|is|are|be|remains?|looks?|looking|back|goods|items?|products?) (?:like|as|as good as)[- ]new\b|"
            r"\bcondition (?:that |in which |as )?(?:when )?(?:it|they|you) (?:was |were |first )?(?:in )?(?:when )?(?:(?:it|they|you) (?:was |were |first )?)?"
            r"(?:received|delivered|purchased|sold|bought|shipped|got|arrived)\b|" + _AS_IT_CAME)
# Everything the item came with: "with all of the original contents", "including all parts and pieces",
# "with everything that came in the box", "complete with every part", "no pieces missing" (not "all parts
# must be ...", "every piece must be ...", where parts and pieces are the goods)
_ALL_CONTENTS = (r"\b(?:with|including|include[sd]?|contain\w*) (?:all|every|any)? ?(?:of )?(?:the |its |their )?(?:original )?(?:contents|components|parts|pieces)\b|"
                 r"\b(?:with|including|include[sd]?|contain\w*|and|plus) every (?:original )?(?:component|part|piece)\b|\b(?:no|without any|nothing) (?:parts? |pieces? |components? )?missing\b|"
                 r"\boriginal (?:contents|components)\b|\beverything (?:that )?(?:came|comes|was (?:included|supplied|shipped|in the box))\b(?! back)|"
                 # "Every component must come back with it": the parts going back with the item (not "All parts must be returned
                 # within 30 days", a parts shop's goods)
                 r"\b(?:every|each|all(?: of)?(?: the| its| their)?) (?:original )?(?:components?|parts?|pieces?) (?:must|should|has to|have to|needs? to) "
                 r"(?:come back|be (?:returned|sent back)) (?:together )?with (?:it|them|the (?:item|product|unit|order)s?)\b"
                 r"(?!['’]s\b| (?:number|receipt|slip|form|label|invoice|code|id|reference|confirmation)\b)")  # not "with the order number"
# "We cannot accept anything that is missing accessories", "we refuse items that are used or missing accessories": the
# accessories named by what a refused item lacks (only under a refusal: "a partial refund for an item missing accessories"
# is a lowered refund; and not missing parts or pieces: "items that are damaged or missing parts will be refused" names
# goods that came incomplete, a fault)
_LACKS_PARTS = r"\b(?:is|are|that|which|with|or|anything|items?|goods|products?) missing (?:any |its |their |the |some )?(?:original )?accessor\w*"
# "must be unopened", "goods that have not been opened", "still sealed", "factory-sealed": an unopened item is
# unused (convention 11; the model has no unopened state); "opened" alone only where a refusal names it
_UNOPENED = (r"\bun-?opened\b|(?:\bnot|n't|\bnever)(?: (?:been|be|yet|ever|have|has|had|used|or|and))* opened\b|"
             r"\b(?:still|remains?|stay|stays|be|are|is|come back|arrives?|factory|originally)[- ]sealed\b|\bseals? (?:is |are )?(?:intact|unbroken)\b")
# "in new condition", "in as-new condition": unused (a seed shop's own settings and a labelled text read it so)
_NEW_CONDITION = r"\bnew condition"
# "in the box it came in", "the box they were supplied in", "with everything in the box and the box itself",
# "still boxed": the packaging it was sent in, said by how it came
_BOX_IT_CAME_IN = (r"\b(?:box|carton|case)(?:es)? (?:that |which )?(?:it|they|we|you) (?:(?:was|were|had|first|originally) )*" + _HANDED_OVER + r"\b|"
                   r"\bthe box itself\b|\bstill boxed\b")
# The accessories a return comes with ("with every accessory", "complete with its accessories", "accessories
# included"), not accessories as goods ("Accessories, clothing and other goods may be returned", "we do not
# take back DJ accessories")
# (not "Prosthetics and their accessories": goods of a kind, named with their accessories)
_ITS_ACCESSORIES = (r"\b(?:with|including|includ\w*|complete|all|every|(?<!\band )(?:its|their)|original|plus)\b[^.;:]{0,50}?\baccessor|"
                    r"\baccessor\w*(?: [\w-]+){0,5}? (?:included|attached|enclosed)\b|"
                    # "Any accessories or bonus items that came with it come back too": the ones it came with
                    r"\baccessor\w*(?: [\w-]+){0,5}? (?:that |which )?(?:came|come|arrived|were (?:sent|supplied|shipped)) with (?:it|them|the (?:item|product|order)s?)\b(?=[^.;]{0,30}\b(?:come back|be returned|must|have to|has to|need to|included|sent back)\b)")
# Saleable said as a clause: "fit to be sold again", "ready to be resold", "fit for us to sell again", "in a
# state we can sell again" (not "an item that we can sell again", which labels read as no more than unused)
_FIT_TO_RESELL = (r"\b(?:fit|ready|suitable|good enough) (?:for us )?to (?:be )?(?:resold|resell|sold again|sell (?:it |them )?again)\b|"
                  r"\b(?:state|condition|shape) (?:that |which |in which )?we can (?:resell|sell (?:it |them )?again)\b")
# The instructions that came with the item, named as its own ("with its tags, instructions and every accessory",
# "all instructions and tools"), not the shop's: the ones to follow or read, the ones for the return or its
# parcel, the ones the shop sends ("follow all the instructions we send you", "all return instructions")
_ITS_INSTRUCTIONS = (r"(?<!follow )(?<!following )(?<!read )(?<!obey )(?<!observe )\b(?:its|their|all|every|original) "
                     r"(?:(?!(?:returns?|returning|shipping|postage|packing|mailing|labell?ing)\b)[\w-]+,? (?:and |or )?){0,3}?instructions\b"
                     r"(?! (?:(?:that|which) )?we\b| from us\b| (?:sent|given|emailed|provided) (?:to you|by us)\b)")
# "with no serial number missing, damaged or altered", "barcodes must not be altered": a mark that identifies the item
# altered, not the item changed from how it was sold (the model's NOT_ALTERED)
_MARK_ALTERED = (r"\b(?:serial|model|batch|lot) (?:numbers?|codes?|plates?)\b[^.;]{0,40}?\b(?:un)?alter(?:ed)?\b|"
                 r"\b(?:barcodes?|upc(?: codes?)?)\b[^.;]{0,40}?\b(?:un)?alter(?:ed)?\b|"
                 # ("proof of purchase ... falsified or altered": the receipt, not the goods)
                 r"\b(?:receipts?|proofs? of purchase|invoices?)\b[^.;]{0,60}?\b(?:falsified|forged|altered)\b")
# "no damage, make-up marks, pet hair or smells": marks left on the fabric, stains by another name
_MAKE_UP_MARKS = r"\b(?:make-?up|deodorant|lipstick) (?:marks?|traces?|residue)\b"
_CONDITIONS = (
    ("UNUSED", r"\bunused\b|" + _NEVER_USED + "|" + _NOT_HAVE_BEEN_USED + "|" + _NO_SIGN_OF_USE + r"|" + _NEW_CONDITION + r"|\bused\b|" + _NO_SIGNS + r"(?:use|usage)\b|" + _NO_SIGNS_LISTED + r"(?:use|usage)\b"),
    # (not "worn-down buttons", "worn through": a part worn away, damage, not the item worn)
    ("NOT_WORN", r"\bworn\b(?! (?:on|against|next to|close to|around) (?:the |your )?(?:body|skin|face|head|ears?|neck|wrists?|feet)\b)(?![- ](?:down|through|away|smooth)\b)|unworn|" + _NO_SIGNS + r"wear\b(?! and tear)|" + _NO_SIGNS_LISTED + r"wear\b(?! and tear)"),
    # ("signs of use, wear, washing": the washing an item shows)
    ("NOT_WASHED", r"\bwashed\b|unwashed|\blaunder(?:ed)?\b|\bthrough the wash\b|\bsigns? of (?:[\w-]+, )*(?:[\w-]+,? (?:or|and) )?washing\b"),
    ("NOT_IRONED", r"\bironed\b"),
    ("NOT_STAINED", r"\bstain|\bunstained\b|" + _MAKE_UP_MARKS),
    # ("no alterations", "signs of modification": the change named as a noun)
    # (not an order "not processed or shipped yet": the shop's handling, no change to the goods)
    ("NOT_ALTERED", r"\b(?:un)?alter(?:ed|ations?)?\b|(?<!be )(?<!been )\bprocessed\b|\b(?:un)?modifi(?:ed|cations?)\b"),
    # ("same condition\b": not "on the same conditions as above", the terms, not the item's state)
    # ("in new condition": the state it was sold in, as "like new" is, "in new, unworn condition" too; not "new or used",
    # "new items", "a new condition applies")
    ("ORIGINAL_CONDITION", r"original,? (?!packaging)(?:\w+,? )?condition|(?:original )?factory condition|mint condition|\bin (?:brand[- ])?new(?:,? (?:and )?(?:unused|unworn|unwashed|undamaged))? condition\b|same condition\b|\b(?:sellable|saleable|salable)\b|"
     r"the condition (?:it was |they were |you )?received|\bre-?sal(?:e)?able\b|\bre-?sellable\b|"
     r"condition (?:you|they were) received|condition (?:they|it) (?:was|were) (?:sold|purchased|delivered|bought)|condition (?:other than )?(?:in )?which (?:we|you) (?:shipped|received)|"
     + _AS_SOLD + "|" + _FIT_TO_RESELL),
    # (not "serial or security labels", "warranty labels": marks that identify the item, not the goods' tags; nor a carrier's
    # "call tag", a "return tag" or "this label", "the wrong label": the parcel's)
    ("TAGS_ATTACHED", r"(?<!call )(?<!return )\btags?\b|(?<!-)(?<!call )\btagged\b|(?<!shipping )(?<!return )(?<!returns )(?<!prepaid )(?<!pre-paid )(?<!postage )(?<!serial )(?<!security )(?<!warranty )(?<!this )(?<!wrong )(?<!mailing )(?<!address )\blabels?\b(?! we provided)(?! (?:through|from|by) us)(?! for (?:the )?return)(?! (?:is|are|will be) (?:free|prepaid|pre-paid|paid|e-?mailed|sent|provided)\b)"
     # (nor "the label reaches you", "the labels were mixed up", "its original label proving the purchase": a parcel's or a receipt's label, or the goods' own)
     r"(?! (?:reaches|proving|were mixed|has been created)\b)"),
    # (not "postage and packaging": the carriage charged, "P&P")
    ("ORIGINAL_PACKAGING", r"(?<!postage and )(?<!postage & )(?<!p&)packaging(?! company\b)|" + _BOX_IT_CAME_IN + r"|\b(?:boxed|packed) (?:just |exactly )?as (?:it|they) (?:came|arrived)\b|original box|original (?:cartons?|containers?|wrapping|packing)\b(?! slips?)|manufacturer'?s? (?:[\w-]+ )?(?:box(?:es)?|cartons?)\b"),
    ("ACCESSORIES_INCLUDED", _ITS_ACCESSORIES + "|" + _ALL_CONTENTS),
    ("MANUALS_INCLUDED", r"\bmanuals?\b|" + _ITS_INSTRUCTIONS + r"|\buser guides?\b|\binstruction (?:booklets?|leaflets?|sheets?)\b|\ball (?:of )?(?:the |its |their )?(?:original )?(?:paperwork|documentation)\b|"
     r"\b(?:with|and|including|plus) (?:the |its |their )?(?:original )?documentation\b"),
)


# The shop's side of the bargain, said as what it takes or needs: "We can only take a piece back if ...",
# "We need the item untouched", "Items have to come back ...", "a full refund is given only for items that
# ...", "To qualify, a product has to ...", "We refund only items that ..." (not the noun: "its packaging needs, so we
# can't take returns")
_TAKES_ONLY = (r"\b(?:need|needs)\b(?!\s*(?:[,.;]|$|of\b|for\b|and\b|or\b))|\b(?:has to|have to|qualify|qualifies)\b|\b(?:take|takes|accept|accepts|refund|refunds|credit|swap|exchange)\b"
               r"(?: [\w']+){0,4}? (?:only|if|when|provided|as long as)\b|\bonly (?:for|refund|take|accept|credit)\b|"
               r"\b(?:must|should|to|can|may|will|shall) (?:\w+ ){0,2}?come back\b|\bwhat (?:we|you) (?:can )?(?:take|accept|return)\b|\b(?:items?|goods|products?) (?:that|which) [^.;]{0,60}\b(?:are|can be|may be) (?:refunded|credited|accepted|returned|sent back|exchanged)\b")
# "We will refuse anything that has been worn", "A part that has been used can't be returned", "We cannot take
# back goods that show use": what the shop refuses is named by its state (the head is any goods, not a kind
# of goods: "we don't take back anything filled with down" names goods)
_REFUSAL = (r"(?:\brefuse\w*|\breject\w*|\b(?:take|accept)s? back no\b|\bdecline[sd]?\b|\bturn(?:s|ed)? (?:away|down)\b|(?:can't|cannot|can not|won't|will not|do not|don't)(?: be)? (?:accept|take|exchang|return|refund|credit)\w*|"
            r"\bnot (?:be )?(?:accepted|exchanged|returned|refunded|credited)|(?:cannot|can't|can not|will not|won't) be processed as (?:an? )?(?:returns?|refunds?|exchanges?))")
_ANY_GOODS = r"(?:anything|something|any (?:\w+ )?(?:item|piece|product|part|unit)s?|(?:an? |the )?(?:items?|goods|products?|pieces?|parts?|units?|merchandise))"
# "We can't accept a return or exchange for anything that: - has been washed": the return refused for goods in
# the states a list names; "Once an item has been opened or used, it cannot be returned": refused in that state
# ("We can turn down the return of anything that ...", "We will not accept for return or exchange any product that ...")
_RETURN_REFUSED_FOR = (r"(?: (?:an?|any|the) (?:returns?|refunds?|exchanges?)(?: or (?:an? )?(?:returns?|refunds?|exchanges?))? (?:for|of|on)|"
                       r" for (?:returns?|refunds?|exchanges?)(?: or (?:returns?|refunds?|exchanges?))?)?")
_ONCE_IN_A_STATE = (r"^\W*(?:once|if|when|after) (?:an? |the |your )?(?:item|product|piece|it|they)s? (?:has|have) (?:already )?been (?:[\w-]+ (?:or|and) )?"
                    r"(?:used|worn|washed|altered|opened)\b[^.;]{0,20}?,? (?:it|they|the \w+) (?:cannot|can't|can not|will not|won't|is not|are not)(?: be)? (?:returned|accepted|refunded|exchanged|come back)|"
                    r"^\W*once (?:used|worn|washed|altered|opened)\b,? (?:an? |the |your |any )?(?:item|product|piece|it|they|goods|merchandise)s? "
                    r"(?:cannot|can't|can not|will not|won't|is not|are not)(?: be)? (?:returned|accepted|refunded|exchanged|sent back|taken back)|"
                    # "After a product has been opened, we can't take it back", "no return is accepted once the package has been opened"
                    r"(?:^\W*|\bno (?:returns?|refunds?|exchanges?) (?:is |are |will be |can be )?(?:accepted|given|possible|allowed) )(?:once|after|if|when) "
                    r"(?:an? |the |your )?(?:item|product|piece|package|parcel|box|goods|order|it|they)s? (?:has|have) (?:already )?been (?:[\w-]+ (?:or|and) )?"
                    r"(?:used|worn|washed|altered|opened)\b(?:,? (?:we|i) (?:cannot|can't|can not|will not|won't|do not|don't) (?:take|accept|refund|exchange)\b|\s*[.;]?$)|"
                    # "An item cannot be returned or exchanged once it has been worn or altered": the refusal said first
                    r"^\W*(?:an? |the |your |any )?(?:item|product|piece|goods|merchandise)s? (?:cannot|can't|can not|will not|won't|is not|are not)(?: be)? "
                    r"(?:returned|accepted|refunded|exchanged)(?: or (?:returned|accepted|refunded|exchanged))?,? (?:once|if|after|when) (?:it|they) "
                    r"(?:has|have) (?:already )?been (?:[\w-]+,? (?:or |and )?)?(?:used|worn|washed|altered|opened)\b")
# "Anything worn or washed cannot be returned", "Items altered in any way will be turned away": the goods named
# by the state they are in, a past participle straight after them (not a use the shop names: "items used for business")
_STATE_SPOILED = r"(?:used|worn|ridden|washed|laundered|altered|modified|opened|stained|soiled)"
_GOODS_IN_A_STATE = _STATE_SPOILED + r"(?: or " + _STATE_SPOILED + r")? " + _ANY_GOODS + r"\b"
# ("Merchandise we find dirty, stained or damaged ...": the state the shop finds the goods in)
_IN_A_STATE = (r"(?:that|which)\b|(?:we|you) (?:find|judge|deem|consider) (?=(?:[\w-]+, ){0,3}(?:" + _STATE_SPOILED + r"|damaged)\b)|(?=(?:" + _STATE_SPOILED + r"|damaged)\b"
               r"(?! (?:for|during|to|as|at|on|under|outdoors|commercially)\b))")
# ("We cannot take back or refund anything once it is opened": the state said by when)
_ONCE_IT_IS = r"once (?:it|they) (?:is|are|has been|have been) "
# "Nothing that shows signs of use ... can be refunded": no goods in that state come back
_NOTHING_IN_A_STATE = r"(?:^|[;:] )\W*nothing (?:that|which)\b[^;]*\b(?:can|will|may) be (?:returned|refunded|accepted|exchanged|sent back|taken back)\b"
_REFUSED_STATE = (_NOTHING_IN_A_STATE + "|" + _REFUSAL + r"(?: back)?(?: or (?:refund|return|exchange|accept))?" + _RETURN_REFUSED_FOR + " " + _ANY_GOODS + r" (?:" + _IN_A_STATE + "|" + _ONCE_IT_IS + ")|"
                  r"(?:^|[;:] )\W*" + _ANY_GOODS + r" (?:" + _IN_A_STATE + r")[^;]*" + _REFUSAL + "|" + _ONCE_IN_A_STATE + "|"
                  # "Used or altered merchandise cannot be returned", "We cannot refund opened items": the state before the goods
                  r"(?:^|[;:] )\W*" + _GOODS_IN_A_STATE + r"[^;]*" + _REFUSAL + "|" + _REFUSAL + r"(?: back)? (?:any )?" + _GOODS_IN_A_STATE + "|"
                  # "We refuse a return when: - the item is worn - ...", "We decline a request if the item shows use": the
                  # states a list or the sentence names, the return refused in them
                  + _REFUSAL + r" (?:an?|any|the) (?:returns?|refunds?|exchanges?|requests?) (?:when|if)\b")
# "Please send items back exactly as they left the factory", "bring the items back, unchanged from the state they
# were in", "Send it back in the same state we sold it in": the return asked for in the state the item came in
_RETURN_AS_IT_CAME = (r"\b(?:return|send|bring|ship|post)\b[^.;:]{0,60}?(?:" + _AS_IT_CAME + r"|\b(?:in|to) the same (?:state|condition)\b)")
# "has not been used or damaged", "without damage", "packaging undamaged", "no damage to it": damage the
# item must not have, a condition (not a fault the shop answers for)
_DAMAGE_DENIED = r"(?:\bnot|n't|\bnever|\bno|\bwithout|\bfree (?:of|from)|\brefuse\w*)(?: (?!returns?\b|refunds?\b|exchanges?\b)[\w,]+){0,6}? damage\w*"


# "Except where the product arrived damaged, a product you send back has to be new": the faults set apart first, the rule
# after them every other return's
_FAULT_EXCEPTED_FIRST = r"^\W*(?:except|apart from|other than) (?:where|when|if|for)\b[^,;]{3,60},"
# "- Unused, except where it is defective": the state asked, the faulty goods excepted after it
_FAULT_EXCEPTED_LAST = (r",?\s*(?:except|unless)(?: (?:where|when|if))? (?:(?:it|they|the (?:item|product)s?) (?:is|are|was|were|arrives?|arrived) )?"
                        r"(?:defective|faulty|damaged|broken)\W*$")


def _names_a_fault(body: str) -> bool:
    """A fault the shop answers for; not damage the item must not have ("not used or damaged"), nor damage
    among the states a refusal names ("we will refuse any piece that has been worn ... or that you have damaged").
    A refusal that excepts faults ("... cannot be returned unless they are faulty") still names one: it sets the
    goods apart from the faulty ones, as a labelled text reads it."""
    words = re.sub(_DAMAGE_DENIED + "|" + _FAULT_EXCEPTED_FIRST, " ", body)
    if not _any(_REFUSAL, body):  # (a refusal that excepts faults still names one, as below)
        words = re.sub(_FAULT_EXCEPTED_LAST, " ", words)
    if _any(_REFUSED_STATE, body):
        words = re.sub(r"(?<!un)damage\w*", " ", words)
    return _any(_FAULT, words) and not _any(r"condition|^no |taken back|not be accepted", body)


# "Pieces that are not in the condition we sent them may be refused or subject to a restocking fee", "otherwise we
# may refuse the return", "An item that needs new packaging ... can be charged a restocking fee": what may follow a
# return in another state, not a term every return must meet
# (not "return shipping can be charged to your card": a cost of every return)
_MAY_BE_REFUSED = (r"\bmay (?:be )?(?:refused|rejected|subject to|charged|refuse|reject|charge)\b|"
                   r"\b(?:can|could|might) be (?:charged|subject to)\b(?=[^.;]{0,30}?\b(?:fee|charge|surcharge|deduction)s?\b)")


# "We will post it back to you as it came": the state the shop sends goods to the customer in, not one the customer's
# return must meet (the scope reader leaves "anything sent back to you" unread: a refused return on its way back)
_SENT_TO_YOU = WE_SEND_BACK + r",? (?:in|as|exactly as|just as)\b"
# "A 20% charge applies when an item comes back in perfect condition", "we deduct a fee if the box is unopened": the
# case a fee is charged in, not a state every return must be in (read up to the end of its part of the sentence)
_FEE_CASE = (_FEE_WORD + r"[^.;]{0,40}?\b(?:appl(?:y|ies)|(?:is|are|will be|gets?) (?:charged|deducted|applied|taken))\s+(?:only\s+)?(?:when|if|whenever|where)\b[^.;]*|"
             r"\bwe (?:will |may )?(?:charge|deduct)\b[^.;]{0,40}?" + _FEE_WORD + r"[^.;]{0,20}?\b(?:when|if|whenever|where)\b[^.;]*")


# "Just be sure the item reaches us in the box it came in", "Please make sure everything comes back with its tags": the
# customer asked to see to the state the return arrives in (the return reaching the shop: not "we make sure your
# order reaches you", an order shipping out)
_SEE_THAT_IT_ARRIVES = (r"(?:\b(?:make|be|making) sure|\bensure|\bcheck) (?:that )?(?:the |your |each |every |all |any |all the )?"
                        r"(?:items?|products?|goods|returns?|merchandise|everything|it|they) (?:\w+ ){0,2}?"
                        r"(?:(?:reach(?:es)?|gets? (?:back )?to) us|arrives? (?:back )?(?:with|at) us|comes? back)\b")


# "Most new, unopened items can be sent back": the state every return is taken back in (not a parcel the shop leaves
# unopened, "If it is brand new and unopened, you get a full refund", nor beside opened items taken back for a fee)
_UNOPENED_TAKEN = r"(?<!\bleft )(?<!\bkept )(?<!\bstays )(?<!\bremains )(?<!\band )\bunopened\b"
OPENED_TAKEN_TOO = r"(?<!un)\bopened (?:items?|products?|goods|merchandise)\b"


def _unopened_asked(clause: Clause, text: str) -> bool:
    """Whether the sentence asks goods to come back unopened, not describes them as sold ("Every record we sell is new,
    unopened and shrink-wrapped")."""
    return _any(_UNOPENED_TAKEN, text) and not _any(r"\bwe (?:sell|ship|send|supply|stock)\b|\bleaves? (?:us|our)\b", text) \
        and not _any(OPENED_TAKEN_TOO, clause.paragraph_text.lower())


def _states_condition(clause: Clause, text: str) -> bool:
    body = clause.body
    if _any(_SENT_TO_YOU, body):
        return False
    about_condition = _any(_TAKES_ONLY + "|" + _REFUSED_STATE + "|" + _RETURN_AS_IT_CAME + "|" + _SEE_THAT_IT_ARRIVES, text) or _any(
        r"must|should|provided|condition|only if|as long as|accepted|eligible|necessary|intact|"
        # a list's line that says the state the item has never been in ("Never washed and never worn")
        r"^never (?:been )?(?:washed|worn|used|altered|ironed|laundered)\b|"
        r"\bitems? (?:are|is)\b|returned (?:unused|in)|^in original|^with|^not |\bunused\b|unworn|unwashed|"
        r"\breturn (?:\w+ ){0,3}in (?:its|their|the|your) original\b|\breturn (?:\w+ ){0,3}with (?:its|their|all) (?:original )?\w|\b(?:only accept|accept only)\b|\baccept (?:returns of )?(?:\w+ ){0,2}(?:items?|products?|goods|merchandise) (?:that|which|if|provided|as long as)\b|"
        r"^no (?:worn|used|washed|damaged)\b.{0,40}\bwill be (?:exchanged|accepted|returned|refunded)|taken back|take (?:(?:items?|goods|products?|pieces?|them|it) )?back|accept\w* back|\bonly (?:items?|goods|products?) (?:that|which)\b", text
    )
    about_condition = about_condition or _unopened_asked(clause, text) or _refused_with_its_list(clause)
    unbracketed = re.sub(r"\([^)]*\)", " ", body)  # "(where contents are missing, we may deduct ...)" is an aside
    if not about_condition or _fault_section(clause) or _any(r"\bpack\b|ship the\b|return label|deduct|refund(?:ed)? to(?! be\b)|photo", unbracketed):
        return False
    if _any(r"excluded items|listed below|not responsible|" + _MAY_BE_REFUSED, body) or _names_a_fault(_read_body(clause)):
        return False
    # "Refunds are issued to the card": how refunds go, unless said on a condition ("a full refund is given only for items that");
    # "..., or no refund is given" is what follows a return in another state, the condition still asked
    return not _any(r"(?<!\bno )refunds? (?:will|are|is|may)", body) or _any(r"\bas long as\b|\bprovided\b|\bonly (?:if|when|for)\b", body)


def _unused_said(body: str, refused_used: bool) -> bool | None:
    """Whether the words settle that the item must be unused (True) or that "used" asks nothing (False);
    None leaves it to the pattern."""
    if refused_used and _any(r"\bshow(?:s|ing)? (?:any )?(?:visible )?(?:signs? of )?(?:use|usage)\b", body):
        return True  # "we cannot take back goods that show use"
    if refused_used or not _any(r"\bused\b", body):
        return None
    # "the card you used" asks nothing; "has never been used" is read by the pattern
    return None if _any(r"unused|" + _NEW_CONDITION + "|" + _NEVER_USED + "|" + _NOT_HAVE_BEEN_USED + "|" + _NO_SIGN_OF_USE, body) else False


# "with no stains", "no alterations of any kind", "That means no stains, no smells": a "no" that names the state denied
# (not "no wear and tear", damage; nor "need no alterations": the goods' fit, not a state denied)
_NO_STATE = r"(?<!\bneed )(?<!\bneeds )(?<!\brequire )(?<!\brequires )\bno (?:[\w-]+,? (?:or |and |no )?){0,4}?(?:stain|wash|alter|modif|wear\b(?! and tear)|worn\b|iron|" + _MAKE_UP_MARKS + ")"


def _condition_items(body: str, refused_used: bool) -> list[str]:
    negated = refused_used or _any(r"\bnot\b|n't\b|\bun\w+|without|never|^no\b|\bfree (?:of|from)\b|\bnobody\b|\bno one\b|" + _NO_SIGNS + "|" + _NO_STATE + "|" + _REFUSED_STATE, body)
    unused = _unused_said(body, refused_used)
    items = []
    for item, pattern in _CONDITIONS:
        if item == "UNUSED" and (_any(_UNOPENED, body) or (refused_used and _any(r"\bopened\b", body))):
            items.append(item)  # "must be unopened", "once opened, it cannot be returned"
        elif item == "UNUSED" and unused is not None:
            items += [item] if unused else []
        elif item == "ACCESSORIES_INCLUDED" and refused_used and _any(_LACKS_PARTS, body):
            items.append(item)  # "we cannot accept anything that is missing accessories"
        elif (negated or not item.startswith("NOT_")) and _any(pattern, body):
            items.append(item)  # a "NOT_" state only where the sentence negates ("unworn", "not washed")
    return items


# "Accessories such as strings, cables and picks must be unopened": goods named as the subject
_SUCH_AS_SUBJECT = r"^\W*(?:all |any )?[\w /-]{2,40} such as [^.;]{2,80}? (?:must|should|need to|have to|has to)\b"


# "Items must be returned in their original condition. This includes but not limited to: makeup stains,
# alterations, obvious wear": what the list names is what spoils the condition the sentence before set
_SPOILS = (("NOT_STAINED", r"\bstain"), ("NOT_ALTERED", r"\balter"), ("NOT_WORN", r"\bwear\b(?! and tear)|\bworn\b"), ("NOT_WASHED", r"\bwash"))


def _spoilers(clause: Clause) -> list[str]:
    if not _any(r"^\W*(?:this|these) (?:also )?(?:includes?|include)\b", clause.body) or not _any(r"\bcondition\b", clause.paragraph_text):
        return []
    return [item for item, pattern in _SPOILS if _any(pattern, clause.body)]


# "Items should be returned unused if possible", "We prefer the original box, but it is not required": advice
_HEDGED = r"\b(?:if possible|where possible|whenever possible|ideally|preferably|we (?:would )?prefer|we recommend|(?:is|are) recommended|not (?:required|necessary|needed|mandatory|compulsory))\b"
# "Items must be unused and unwashed, preferably still in the bag they came in": a wish added after what is asked, which
# hedges its own words only (not "Items should be returned unused, if possible": the whole asked for where possible)
_HEDGED_PART = r"\b(?:ideally|preferably|if possible)\b[^,.;)]*"
_HEDGE_ADDED = r"(\b(?:must|has to|have to|needs? to)\b[^.;]*?),\s*(?:and\s+)?(?:ideally|preferably)\s+\w[^,.;)]*"


# a packing step that names what goes in the parcel ("include all original components, packaging, and
# paperwork", "package the item in its original packaging with all included accessories and documentation",
# "wrap it well, adding every accessory", "leave the tags on"): an imperative, so what it names
# is asked of every return
_PACKING_STEP = r"^\W*(?:(?:securely|carefully|please) )?(?:pack(?:age)?|include|enclose|use|return|send|ship|place|put|box|wrap|leave)\b"
_PACKED_WITH = (r"\b(?:with|including|include|and include|enclose|adding|add|put in|contains?) (?:all|every) (?:of )?(?:the |its |their |your )?(?:original |included |supplied )*"
                r"((?:[\w&/-]+,? (?:and |or |& )?){0,8}?(?:[\w-]+))(?=,? ?(?:[.;]|$|plus\b|and (?:clearly |then )?(?:mark|attach|label|write|send|ship|drop)| to | so ))")
_PACKED_ITEMS = (
    ("ACCESSORIES_INCLUDED", r"\baccessor|\bcomponents?\b|\bparts\b|\bpieces\b"),
    ("MANUALS_INCLUDED", r"\bmanuals?\b|\bpaperwork\b|\bdocumentation\b|\buser guides?\b"),
    ("ORIGINAL_PACKAGING", r"\bpackaging\b|\bboxe?s?\b"),
    ("TAGS_ATTACHED", r"\btags?\b"),
)


# "Make sure every accessory, manual and free gift is in the box": the parts checked into the parcel, a packing step too
_ALL_IN_THE_BOX = (r"^\W*(?:please )?(?:make sure|ensure|check)(?: that)? (?:all|every) (?:of )?(?:the |its |their )?(?:original )?"
                   r"((?:[\w&/-]+,? (?:and |or |& )?){0,8}?[\w-]+) (?:is|are) (?:(?:all|also|still) )?(?:in|inside|included|enclosed|packed)\b")


def _packed_items(clause: Clause) -> list[str]:
    body = clause.body
    in_the_box = re.match(_ALL_IN_THE_BOX, body)
    if in_the_box:
        return [item for item, pattern in _PACKED_ITEMS if _any(pattern, in_the_box.group(1))]
    if not _any(_PACKING_STEP, body) or _any(_HEDGED + r"|\bif\b|\bwhen\b", body):
        return []
    named = " ".join(match.group(0) for match in _compiled(_PACKED_WITH).finditer(body))
    if _any(r"\bin (?:its|their|the|your)? ?original (?:packaging|box)", body):
        named += " packaging"  # (not "pack it in the box it came in": how to pack, labelled so)
    if _any(r"\btags? (?:still )?(?:on|attached)\b|\bleave (?:the |its |their |all )?(?:original )?tags on\b", body):
        named += " tags"  # "tags still on", "leave the original tags on"
    return [item for item, pattern in _PACKED_ITEMS if _any(pattern, named)] if named else []


# "Keep in mind: Unused items must be ...", "Please note: ...", "Important: ...": a label that asks for attention, not goods
# (the words the scope reader's opening words hold too, "Keep in mind", "Please note", "Remember", are taken from there)
_ASIDE = r"^\W*(?:important|reminder)\s*:\s*|" + _OPENING_ADVERB
# "5. State of the merchandise: Returned goods must ...", "Condition of items: ...": a term's title naming its topic, not goods
_TOPIC_LEAD = (r"^\W*(?:\d{1,2}[.)]\s*)?(?:the )?(?:state|conditions?|quality)(?: of (?:the |your |returned )?(?:merchandise|goods|items?|products?|returns?))?"
               r"(?:\s*:|\s+-)\s*")  # "Condition - Items have to be unused": the topic, then the rule


# "For hygiene reasons, earrings must be unused", "Due to safety rules, helmets must ...": the reason leads,
# the subject after it says which goods the condition is for
# "For an item to qualify, it has to be unused", "For items to qualify, they ...": the purpose leads, any item is the subject (and what the return is
# for; not "to be refunded in full", "to be accepted after 30 days", a rule for some returns only)
_REASON_LEAD = (r"^\W*(?:for (?:[\w-]+ ){0,2}reasons?|due to [^,]{2,40}|because of [^,]{2,40}|owing to [^,]{2,40}"
                r"|for (?:(?:an?|any|your|the) (?:item|product|piece|return|purchase)s?|(?:items|products|returns|purchases)) to (?:qualify|be (?:accepted|eligible|returnable|returned|refunded))\b"
                r"(?: (?:for|as) (?:an? )?(?:refund|exchange|return|store credit|credit|replacement)s?)?)"
                r"(?:,\s*|\s+(?=(?:it|they) (?:must|should|has to|have to|needs? to)\b))")  # ("For an item to be returnable it must ...": no comma)


# "Items that are worn can't be returned; we will ship them back to you at your cost": what befalls a return the
# state refuses, after the rule for every return (it is no rule for some goods)
_REFUSED_SENT_BACK = r"\s*;\s*(?:we|they|these|those|such)\b[^;]*?(?:" + SENT_BACK_TO_YOU + r")[^;]*"
# what stands beside the rule and is left out before scoping it
_BESIDE_THE_RULE = _ASIDE + "|" + _REASON_LEAD + "|" + _TOPIC_LEAD + "|" + _REFUSED_SENT_BACK


# "For a swimsuit to qualify, it must be unworn": the purpose names goods of one kind, which "it" stands for
_PURPOSE_OF_SOME_GOODS = (r"^\W*for (?:(?:an?|any|your|the) )?(?!(?:an?|any|your|the|items?|products?|pieces?|returns?|purchases?|orders?|exchanges?|refunds?|"
                          r"requests?|claims?|parcels?|packages?|goods|merchandise)\b)[a-z][\w-]*(?: [a-z][\w-]*)? to "
                          r"(?:qualify|be (?:accepted|eligible|returnable|returned|refunded))\b")


def _as_scope_reads(clause: Clause, subject: str) -> tuple[Clause, str]:
    """The clause and its subject without an aside or what befalls a refused return, every return named plainly
    ("whatever you send back": items)."""
    texts = (_plain(clause.text), clause.line, subject)
    if _any(_BESIDE_THE_RULE, clause.body):
        texts = tuple(re.sub(_BESIDE_THE_RULE, "", text, flags=re.IGNORECASE) for text in texts)
    text, line, subject = (re.sub(_ANYTHING_RETURNED, "items", text, flags=re.IGNORECASE) for text in texts)
    return replace(clause, text=text, line=line), subject


# "We refund them in full provided the mask is not damaged", "We take these back only if the cushion is unused":
# goods a sentence before named ("them"), which the condition names again: a condition for those goods only
# (not "We accept a return only when the lamp ...", where the goods are every return)
_PRONOUN_GOODS = r"\b(?:refund|accept|take|exchange|credit|swap)\w* (?:them|these|those)\b"
_NAMED_GOODS_CONDITION = r"\b(?:provided|if|as long as|so long as|only if|when) (?:that )?the ([a-z-]+) (?:is|are|has|have|was|were)\b"


def _on_named_goods(body: str) -> bool:
    named = _compiled(_NAMED_GOODS_CONDITION).findall(body)
    return _any(_PRONOUN_GOODS, body) and any(noun not in _GENERIC_SUBJECT for noun in named)


# "Whatever you send back should ...", "Anything sent back needs ...", "Anything returned has to ...": every
# return, named by the customer's act (not goods of one kind; the scope reader would take it for goods)
_ANYTHING_RETURNED = (r"\b(?:whatever|anything|everything|something|(?:every|each|any) (?:item|product|piece|parcel|article)s?|"
                      # "Items sent back must ...", "Item(s) you return must ...": every return, the goods left unnamed
                      r"(?<!\w )(?:items?|item\(s\)|products?|goods|merchandise))(?: (?:that|which))?(?: you)? "
                      # (not "anything sent back to you": the shop's, a return refused)
                      r"(?:send|sent|return|returned|bring|brought|ship|shipped|post|posted)\b(?!(?: back)? " + TO_THE_CUSTOMER + r")(?: back)?(?: to us)?\b")


# "Items we sell as new and unused can come back ...", "products sold as unused": how the shop sells them (new
# goods, not second-hand), not the state they must come back in
_AS_SOLD_NEW = r"\b(?:sell|sold|list|listed|offer|offered)(?: \w+){0,2}? as (?:new|unused)(?: (?:and|or) (?:new|unused))?\b"
# "We ship every item in new condition", "All our products are sold in brand new condition", "If your order didn't arrive in
# new condition": the state the shop sends its goods in, no state asked of a return (not "Items must be sent back in new
# condition", nor "Returns must arrive in new condition")
_SENT_IN_NEW = (r"(?:\b(?:we|i)(?: \w+)? (?:sell|ship|send|deliver|dispatch)|\b(?:is|are|was|were) (?:all )?(?:sold|shipped|delivered|dispatched))\b(?! back)"
                r"(?: (?!back\b)\w+){0,3}? in (?:brand[- ])?new condition\b|"
                r"\b(?:does not|doesn't|did not|didn't|do not|don't) (?:arrive|reach you|come)(?: to you)? in (?:brand[- ])?new condition\b")


# "We only take back sofas if they are unused", "we accept lamps back provided the shade is intact": the
# taking verb's object is goods of one kind, so the condition is theirs, not every return's ("we accept a
# bottle only if", "take an item back": any item the shop sells)
_NOT_A_NOUN = r"(?!(?:back|or|and|it|them|an?|the|only)\b)"
_NAMED_GOODS_TAKEN = (r"\b(?:we|i)(?: \w+){0,2}? (?:take|accept|refund|exchange|swap)(?: back)? (?:returns? (?:of|on) )?(?:our )?"
                      rf"({_NOT_A_NOUN}[a-z][a-z'-]*(?: {_NOT_A_NOUN}[a-z][a-z'-]*){{0,3}})(?: back)? (?:only )?(?:if|when|provided|as long as|so long as|on condition|"
                      # ("We accept returns of ready-to-ship products only in new, unused condition": the state said as "in")
                      r"in (?:[\w-]+,? ){0,3}?condition)\b")


def _taken_back_of_one_kind(body: str) -> bool:
    return any(word not in _GENERIC_SUBJECT for named in _compiled(_NAMED_GOODS_TAKEN).findall(body) for word in named.split())


# "items our seamstress has altered for you", "anything we have shortened or altered to your size": the shop's
# alteration names goods (made to measure), not a change the customer must not have made
_ALTERED_BY_THE_SHOP = (r"\b(?:we|our [\w-]+(?: team)?) (?:have |has |had )?(?:[\w-]+ (?:or|and) )?altered\b|"
                        r"\baltered (?:\w+ )?(?:for you|to (?:your|fit)|by (?:us|our)\b)")
# "We don't take back tyres, service manuals or wiring looms": manuals or accessories listed among refused
# goods are goods, not parts a return must come with ("unless all manuals are included" still asks for them)
_PARTS_ASKED_FOR = r"includ|\bwith\b|missing|without|complete|unless|\bif\b|lost"


def _parts_named_as_goods(clause: Clause, body: str) -> bool:
    refused = _any(_EXCLUDING, clause.context) or _any(_REFUSAL, body)
    return refused and not _any(_PARTS_ASKED_FOR, body)


# "We may offer a partial refund for a lamp that is not in its original condition": the state lowers the
# refund, the return is still taken (not "Items must be unused, otherwise only a partial refund is given")
_ASKED = r"\b(?:must|needs?|has to|have to|should|only|required)\b"


# "If an item does not come back in its original condition, the buyer is responsible for the loss in value": the state
# lowers what is refunded, the return is still taken
_VALUE_LOST = r"\b(?:loss|lost|drop|fall|diminished|reduced|reduction) (?:in |of )?value\b|\bdepreciation\b"


# an introduction that refuses partial refunds or asks a state ("We do not offer partial refunds, so returned items must
# be:", "To get a refund rather than a partial refund, items must be:"): its list is what every return must meet
_NO_PARTIAL = r"(?:\bno|\bnot|\bnever|n't)\b[^.;:]{0,25}?(?:" + _PARTIAL_REFUND + r")|\b(?:must|needs?|has to|have to|should|required)\b"


def _lowers_the_refund(clause: Clause) -> bool:
    """Whether the clause names a state that lowers the refund (or a line under "In a few situations we grant only
    partial refunds:" does), not a state the return must be in."""
    lowered = _PARTIAL_REFUND + "|" + _VALUE_LOST
    intro = clause.context.removesuffix(clause.body)
    said = _any(lowered, clause.body) or (_any(lowered, intro) and not _any(_NO_PARTIAL, intro))
    return said and not _any(_ASKED, clause.body)


def condition(clause: Clause, text: str) -> Iterator[Fact]:
    if _lowers_the_refund(clause):
        yield _unheld("the state that lowers a refund to a part: no setting holds it")
        return
    for item in _spoilers(clause):
        yield Fact("requirements.condition", item, each=True)
    if not _states_condition(clause, text):
        for item in _packed_items(clause):
            yield Fact("requirements.condition", item, each=True)
        return
    if not _any(_HEDGED, re.sub(_HEDGE_ADDED, r"\1", text)):
        yield from _stated_conditions(clause)


# A line of a list of what cannot come back (`_refusing_intro`: "We cannot accept returns of:") naming goods by a state
# ("- Products that have been used or altered")
_A_STATE_LINE = r"^\W*(?:any |all )?" + _ANY_GOODS + r" (?:that|which) (?:ha(?:s|ve) been|were|was|are|is) (?:(?:[\w-]+,? (?:or |and )?){0,3}?)" + _STATE_SPOILED + r"\b"


def _refused_with_its_list(clause: Clause) -> bool:
    """A list's line under "We cannot accept a return for anything that:" (each line a state refused), or naming goods
    by a state under "We cannot accept returns of:"."""
    return clause.listed and (_any(_REFUSED_STATE, _plain(clause.intro).lower()) or (_refusing_intro(clause) and _any(_A_STATE_LINE, clause.body)))


def _read_body(clause: Clause) -> str:
    """The clause's words, read with its list's introduction where that refuses what the line names."""
    return clause.context if _refused_with_its_list(clause) else clause.body


# "Every item must come back in a shipping carton, not in the manufacturer's packaging alone": the box it came in is
# said not to be enough for the trip, not asked for
_PACKAGING_NOT_ENOUGH = (r"\bnot (?:just |only |simply )?in (?:the |its |their )?(?:manufacturer'?s?|original|retail|product)(?: \w+)? "
                         r"(?:packaging|box(?:es)?|cartons?|packages?)(?: alone| only| by itself| on its own)\b")


# "You must save your packaging", "Please keep the box until the claim is settled": the packaging kept (for a carrier's
# claim, for a while), not the return asked for in it (not "Keep the original box, as items must come back in it")
_PACKAGING_KEPT = (r"\b(?:keep|save|retain|hold on to|hang on to|hold onto|hang onto)\s+(?:all\s+)?(?:of\s+)?(?:the |your |its |their |any )?"
                   r"(?:original |product |retail )?(?:packaging|box(?:es)?|cartons?|packing(?: materials?)?)\b"
                   # (nor "Please keep the box, as we cannot accept returns without it", "keep the box: you need it to send the item back")
                   r"(?![^.;]{0,60}\b(?:in (?:it|them)|(?:returned|sent|shipped|come|comes) back in|returned in|sent in|without (?:it|them)|"
                   r"(?:send|ship|post|mail|return)(?: \w+){0,3} back)\b)")
# "Returned items must retain their original packaging", "Products must be unused and keep all original packaging": the
# goods keep it, the state asked of the return (the customer keeps it for the carrier: "You must save your packaging")
_GOODS_KEEP = r"\b(?:items?|products?|goods|merchandise|articles?|they|it)\b(?: (?!you\b|your\b|please\b)[\w-]+){0,4}? (?:keeps?|retains?)\b[^.;]*"


def _stated_conditions(clause: Clause) -> Iterator[Fact]:
    body = _read_body(clause)
    # "used products", "used or altered merchandise": goods named by the state a refusal names ("cannot refund opened items")
    used_goods = r"\b" + _GOODS_IN_A_STATE
    refused_used = _any(used_goods, body) and _any(r"not (?:be )?accepted|cannot be returned|not eligible|(?:cannot|can't|can not|do not|don't|will not|won't) take (?:\w+ )?back|" + _REFUSAL, body)
    body = re.sub(_HEDGED_PART, " ", body)  # advice, not a condition
    body = re.sub(_FEE_CASE, " ", body)
    body = re.sub(_AS_SOLD_NEW + "|" + _SENT_IN_NEW + "|" + _PACKAGING_NOT_ENOUGH, " ", body)
    body = re.sub(_GOODS_KEEP + "|" + _PACKAGING_KEPT, lambda kept: kept[0] if re.match(_GOODS_KEEP, kept[0]) else " ", body)
    # "we won't accept products which have been used", "We cannot accept returns of: - Products that have been used"
    refused_state = refused_used or _any(_REFUSED_STATE, body) or _refused_with_its_list(clause)
    body = re.sub(_ALTERED_BY_THE_SHOP, " ", body)
    items = _condition_items(re.sub(r"\([^)]*\d[^)]*\)|" + _MARK_ALTERED, " ", body), refused_state)  # "(24 hours for accessories)" is another rule
    if _parts_named_as_goods(clause, body):
        # "handbags and fashion accessories are not eligible for returns": products, not parts to send back
        items = [item for item in items if item not in ("ACCESSORIES_INCLUDED", "MANUALS_INCLUDED")]
    # "used products ... will not be accepted" states the condition; it is not a rule for used products
    subject = re.sub(used_goods, "", body) if refused_used else body
    verb = re.search(_RULE_VERB, body)
    faulty_subject = verb is not None and _any(_FAULT, re.sub(_FAULT_EXCEPTED_FIRST, " ", body[: verb.start()]))  # "Damaged or defective goods must be ... unused"
    if items and (scoped(*_as_scope_reads(clause, subject)) or _any(_SUCH_AS_SUBJECT, subject) or faulty_subject or _on_named_goods(body)
                  or _taken_back_of_one_kind(body) or _any(_PURPOSE_OF_SOME_GOODS, body)):
        yield _unheld("a condition for some items only: no setting holds it")
        return
    for item in items:
        yield Fact("requirements.condition", item, each=True)


# The customer asked to say why: "telling us why you are sending it back", "which items and why", "tell us plainly why",
# "a note saying why you are returning it", "telling us what went wrong", "say briefly why you want the refund" (not "we'll
# explain why it was refused")
_SAYS_WHY = (r"\b(?:tell(?:ing)?|explain(?:ing)?|let(?:ting)? us know|stat(?:e|ing)|say(?:ing)?|giv(?:e|ing)|includ(?:e|ing)|and|with)\b"
             r"(?: us)?(?: \w+ly)? why (?:you|the (?:item|product|goods|order)s?|it|they)\b(?! (?:was|were|is|has been|had been) (?:refused|rejected|declined|denied))|"
             r"\btell(?:ing)? us (?:\w+ly )?(?:why\b|what (?:went|is|was) wrong\b)|\band why\s*(?:[.;:(]|$)|"
             r"\bwhy you(?:'re| are)? (?:want(?:ing)? to )?(?:returning|return|sending|send)\b")  # "your name, why you are returning it"


def reason_required(clause: Clause, text: str) -> Iterator[Fact]:
    if ("reason" not in text and "why" not in text and "wrong" not in text) or _any(_NOT_REQUIRED + r"|\bdepends? (?:up)?on (?:the |your )?reasons?\b", text):
        return  # "We do not require a reason for your return"
    if _any(_AMOUNT_SUBJECT + "|" + _CASE_OF_ITEM, _without_opening_adverb(clause.body)):
        return  # "If the item has been worn ..., please email us ... the reason for the return": that case only
    if _any(r"without (?:needing to |having to |the need to )?(?:provid|giv|stat)\w* (?:any |a )?reasons?|no reasons? (?:is |are )?(?:needed|required|necessary)", text):
        return  # "without needing to provide any reason for the return"
    if _any(r"\b(?:whatever|no matter|regardless of|for any|for whatever) (?:the |your |of the )?(?:other )?reasons?\b", text):
        return  # "Whatever the reason for your return, we're happy to help": any reason, none asked
    if _any(r"^\W*(?:acceptable |accepted |valid |eligible )?return reasons?\W*$", clause.body):
        return  # "- Acceptable Return Reasons": a title over the reasons the shop takes, nothing asked of the customer
    if _any(r"(?:description of|tell us|state|give) (?:the |your )?reasons? for (?:the |your )?return|reason for (?:the |your )?return|"
            r"\breturn reasons?\b|\breason (?:why )?you(?:'re| are)? (?:want(?:ing)? to )?(?:returning|return|send|exchang)|"
            r"\b(?:your|the) reasons? for (?:returning|sending (?:it |them |the \w+ |your \w+ )?back|exchanging)\b|" + _SAYS_WHY, text):
        yield Fact("requirements.reason_required", True)


# "We will send a confirmation email of receipt of the item": the parcel's arrival, no document;
# "warranties are limited to the original purchaser with proof of purchase": a warranty's terms, not a return's
_RECEIPT_OF = r"\b(?:upon |on |of |after |the |its )?receipt of (?:the |your |an? |its )?(?:item|return|returned|package|parcel|goods|product|merchandise|order)\w*"
_WARRANTY_ONLY = r"\bwarrant(?:y|ies)\b"
# "a photo of your shipping receipt", "the courier receipt", "the post office receipt": the receipt for the
# parcel's postage proves it was sent, not that the goods were bought
_POSTAGE_RECEIPT = r"\b(?:shipping|postage|postal|post office|courier|carrier|tracking|mailing|freight|drop-?off|lodg(?:e|ement)) receipts?\b"


# The document, or the proof named by what it proves ("some other proof that you bought it")
_DOCUMENT = r"(?:proof of purchase|receipt|invoice|supporting documentation|sales note|proof (?:that )?you (?:bought|purchased|paid for)\b)"
# "bring your original receipt", "put a copy of your invoice in the box", "backed by the receipt", "needs proof"
# ("You give proof of purchase": the customer giving it; not "we give you a receipt")
_ASKING = (r"(?:include|provide|send|enclose|present|show|attach|needs?|require\w*|must have|accompanied by|with|bring|put|add|insert|backed by|plus|"
           r"\byou (?:\w+ ){0,2}give|please give|\bgive us|supply|submit|produce|upload)")
# "No return is completed without your receipt", "a return cannot go ahead without proof that you bought it",
# "Without a receipt, nothing can be returned":
# refused without it ("Returns without a receipt will receive store credit" asks for none)
_REFUSED_WITHOUT = _NEGATED + r"|refus|reject|^\W*no\b|\bno (?:returns?|refunds?|exchanges?)\b|\bnothing (?:can|will|may) be\b"


def _asks_for_document(text: str) -> bool:
    return (_any(_ASKING + r"\b[^.;]{0,40}\b" + _DOCUMENT + r"|with (?:a|the|your|the original) receipt", text)
            or _any(_DOCUMENT + r"[^.;]{0,40}\b(?:is|are|will be) (?:required|needed|necessary|requested)", text)
            or _any(_DOCUMENT + r"\W{0,3} (?:must|will need to|needs to|has to) be (?:made available|presented|provided|shown|produced|included)", text)
            # "A copy of the receipt has to go in the parcel": the document packed with the return
            or _any(_DOCUMENT + r"[^.;]{0,40}? (?:must|has to|needs to|should) (?:go|be put|be placed) (?:in|inside) (?:the|your) (?:box|parcel|package|return)", text)
            or _any(r"\bshow (?:us )?that you (?:bought|purchased|paid for)\b", text)  # "You will need to show that you bought it from us"
            # "Keep your proof of purchase to hand when returning an item": kept for the return
            or _any(r"\bkeep (?:your |the |a )?(?:original |valid )?" + _DOCUMENT + r"[^.;]{0,30}\b(?:when|for|while) (?:returning|you return|sending|your return|a return|making a return|any return)", text)
            or (_any(r"\bwithout (?:a |an |the |your |any )?(?:original |valid |dated )?" + _DOCUMENT, text) and _any(_REFUSED_WITHOUT, text)))


# "a written request giving the invoice number": the document's number, to find the order by, not the document
_DOCUMENT_NUMBER = r"\b(?:invoice|receipt|order) (?:numbers?|no\.?|#)"


# "Add your proof of purchase and a description of the defect", "send the receipt with photos of the damage": the
# document asked beside the fault's evidence is a fault claim's step, not a term of every return
_FAULT_EVIDENCE = (r"\b(?:description|photos?|photographs?|pictures?|images?|videos?|evidence|explanation)s?\b[^.;]{0,20}?\b(?:of|showing) "
                   r"(?:the |your |any |a )?(?:visible )?(?:defects?|damage|faults?|flaws?|breakage)\b")


# (the document asked of every return, the fault's evidence only when there is one: "All returns must include proof of
# purchase; if the item is faulty, add photos", "your receipt with every return, and a description of the fault if there is one")
_EVERY_RETURN = (r"\b(?:all|every|each) (?:returns?|returned items?|items? returned)\b|\b(?:with|for|on) (?:every|each|all|any) returns?\b|"
                 r"\bif (?:there (?:is|are) (?:one|any)|any)\b|\bif (?:the|your) (?:item|product|goods?) (?:is|are|was|were|arrives?|arrived) (?:faulty|defective|damaged)\b")


# "For gift orders we never put a receipt or prices in the parcel", "We don't include an invoice with your order": what
# the shop leaves out of its own parcels, no document asked of a return; only the documents it names are left out ("We
# cannot send a refund unless you include your receipt" still asks for one)
_LEFT_OUT_DOCUMENT = r"(?: (?:an?|the|any|your|our|paper|printed|gift|sales?)){0,3} (?:receipts?|invoices?|prices?|price tags?|packing slips?|bills?)\b"
_WE_LEAVE_OUT = (r"\b(?:we|i)(?: (?:also|always|just|simply))? (?:never|do not|don't|will not|won't|shall not|cannot|can't|can not|do not ever)"
                 r"(?: ever)? (?:put|include|enclose|send|add|insert|attach|print|pack)" + _LEFT_OUT_DOCUMENT + r"(?:(?:,| or| and| nor)" + _LEFT_OUT_DOCUMENT + ")*")


def proof_of_purchase(clause: Clause, text: str) -> Iterator[Fact]:
    text = re.sub(_RECEIPT_OF + "|" + _POSTAGE_RECEIPT + "|" + _DOCUMENT_NUMBER + "|" + _WE_LEAVE_OUT, " ", text)
    if (_any(_WARRANTY_ONLY, text) and not _any(r"\breturn", text)) or (_any(_FAULT_EVIDENCE, text) and not _any(_EVERY_RETURN, text)):
        return
    if _any(r"^\W*(?:a |the )?proof of purchase(?: is)? required\b|^\W*proof of purchase:\s*\w|^\W*you (?:have|hold|can show) (?:a |your |the )?(?:valid )?proof of purchase\b(?:\s*\([^()]*\))?\W*$", clause.body):
        # "Proof of purchase required." "Proof of purchase: receipt provided" "- You have proof of purchase" (a condition's line,
        # the whole of it: not "You have proof of purchase on your account page")
        yield Fact("requirements.proof_of_purchase", True)
        return
    if _asks_for_document(text) and not scoped(*_as_scope_reads(clause, text)) and not _any(_NOT_REQUIRED, text):
        yield Fact("requirements.proof_of_purchase", True)
