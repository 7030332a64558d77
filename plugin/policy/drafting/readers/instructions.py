"""How to send the parcel: the ship-by deadline, packing, tracked and insured shipping, the address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.readers.common import Fact, _any, _unheld


# "items should be carefully packed", "You're responsible for ... safe packaging": packing advice in other words
_PACKED_SAFELY = r"\b(?:carefully|securely|safely|properly|well) packed\b|\bpacked (?:carefully|securely|safely|well)\b|\b(?:safe|secure|careful|sturdy|protective) packaging\b"


def _ship_after_request(text: str) -> Iterator[Fact]:
    """"return the item within two weeks of requesting the refund": the deadline to send it, counted from the request."""
    found = re.search(r"\b(?:ship|send|return|post|mail)\w* (?:the items?|it|them|your return|the return|your package)?.{0,20}?within (\d{1,3}) (days?|weeks?) "
                      r"(?:of|after|from) requesting (?:the |a |your )?(?:refund|return)", text)
    if found:
        yield Fact("instructions.ship_within_days", int(found.group(1)) * (7 if found.group(2).startswith("week") else 1))


def instructions(clause: Clause, text: str) -> Iterator[Fact]:
    ship_by = re.search(r"(?:ship|send)\w* (?:the item|it|your return|them|the return|your package)?.{0,20}?within (\d{1,3}) days? (?:of|after|since|from) "
                        r"(?:(?:receiving|receipt of|getting) (?:the |our |your )?(?:return )?(?:instructions|approval|label)|"
                        r"(?:the |your )?(?:return )?(?:label|approval|authori[sz]ation|rma(?: number)?) (?:was |is |has been |being )?(?:issued|sent|e-?mailed|given|provided|approved)|"
                        r"requesting (?:the |a |your )?(?:refund|return))", text)  # "return the item within two weeks of requesting the refund"
    if ship_by:
        yield Fact("instructions.ship_within_days", int(ship_by.group(1)))
    else:
        yield from _ship_after_request(text)
    if (_any(r"\bpack\b|\bpackaged\b|\bpackage (?:it|them|the|your|items?)\b", text) and _any(r"secure|careful", text)) or _any(_PACKED_SAFELY, text):
        yield Fact("instructions.pack_securely", True)
    tracking = r"traceable|traceble|trackable|tracking number|tracked (?:shipping|service|postage|delivery|mail|method)|(?:add|with|use|buy|purchase|upgrad\w*)\b.{0,40}\btracking\b"
    # advice for parcels over an amount only ("If you are shipping an item over $75, ...") is no general advice
    over_an_amount = _any(r"\b(?:returns?|orders?|items?|parcels?|packages?) (?:over|above|worth (?:more than|over)|valued (?:at|over)) [$€£]?\d", text)
    # "Please return the item via a traceable method", "You may use any trackable shipping method": the way to send it
    advised = r"|please (?:return|send|ship|post|mail)\b[^.]{0,40}\b(?:via|with|using|by) (?:an? )?(?:traceable|trackable|tracked)|\buse (?:any |an? )?(?:traceable|trackable|tracked)\b"
    if _any(tracking, text) and not over_an_amount and _any(r"recommend|suggest|advise|keep|save|should|must|please use|consider|using an? (?:trackable|traceable|tracked)" + advised, text):
        yield Fact("instructions.tracked_shipping_recommended", True)
        carriers = re.search(r"such as ([A-Z][\w&]+(?:, [A-Z][\w&]+)*(?:,? (?:or|and) [A-Z][\w&]+)?)", clause.text)
        if carriers:
            yield Fact("instructions.carrier_examples", re.split(r",? (?:or|and) |, ", carriers.group(1)))
    # advice to insure the parcel, not "all shipments are insured" or "the label has no insurance"
    if _any(r"\binsured\b|insurance|\binsure\b", text) and not over_an_amount and _any(r"recommend|suggest|advise|should|consider|make sure|ensure|please [^.]{0,50}\b(?:insure|insured|insurance)|"
                                                                   r"\binsure (?:the|your)\b|purchas\w* (?:shipping )?insurance", text) \
            and not _any(r"(?:no|without) (?:tracking or )?insurance|\bwe (?:\w+ )?insure\b", text) \
            and not (_any(r"(?:are|is) (?:fully )?insured", text) and not _any(r"(?:make sure|ensure|should|please|recommend\w*)\b[^.]{0,50}(?:are|is) (?:fully )?insured", text)):
        yield Fact("instructions.insured_shipping_recommended", True)
    if _any(r"\b(?:rma|authori[sz]ation|order|return) (?:number|#|no\.?)[^.;]{0,40}\b(?:on|visible|written|marked|clearly)\b[^.;]{0,30}\b(?:outside|box|package|parcel|label|carton)", text) \
            or _any(r"\bwrite (?:the |your )?(?:rma|authori[sz]ation|order|return) (?:number|#)", text):
        yield _unheld("a number to show on the parcel: no setting holds it")
    if _any(r"address on (?:your|the) (?:package|parcel)|not our return address|"
            r"\b(?:ship|send|mail|post|return)\w* (?:\w+ ){0,3}to the address (?:provided|given|listed|shown|stated) (?:in|on) the (?:instructions|e-?mail|return authori[sz]ation|label)", text):
        yield Fact("instructions.use_address_from_instructions", True)
    # Allegra K: "contact us via email cs@... for return instruction"; the rendered page: "Email us for the return address".
    if _any(r"e-?mail us for (?:the |our )?return address|contact us (?:via |by )?e-?mail.{0,60}?for (?:the |our )?return (?:instruction|address)", text):
        yield Fact("instructions.address_on_request", True)
