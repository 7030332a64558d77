"""Where the goods were bought: returns for the shop's own website only, or a note for goods bought
from retailers and marketplaces.
"""

from __future__ import annotations

from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.readers.common import Fact, _any


# The shop's own website, in its names: "our website", "our own webshop", "the Harbour Kites online store"
_OUR_WEB = r"(?:our|the)(?: own)?(?: [\w'&.-]+){0,4}? (?:website|web ?site|online (?:store|shop)|web ?store|web ?shop|site)\b"
_BOUGHT = r"(?:purchased|bought|ordered|placed|made)"
_FROM = r"(?:(?:it|them|this|these) )?(?:directly )?(?:on|from|through|at|in|via)"
# The web's orders named as the only ones returned ("We only take back goods bought directly through our own webshop",
# "Refunds are restricted to orders placed on our website"), or the rest sent back where they were bought ("bought ...
# anywhere other than our website, take the return back to the seller you bought it from")
_WEB_ONLY = (
    r"\bonly\b[^.;]{0,50}\b" + _BOUGHT + " " + _FROM + " " + _OUR_WEB + "|"
    r"\b(?:limited|restricted) to (?:items|products|orders|goods|purchases)\b[^.;]{0,15}\b" + _BOUGHT + " " + _FROM + " " + _OUR_WEB + "|"
    r"\b(?:other than|except|but not|not) (?:on |from |through |at |in |via )?" + _OUR_WEB + r"[^.;]{0,80}\b(?:back )?to (?:the (?:place|store|shop|retailer|seller|stockist)|wherever|where) (?:(?:you|it was|they were) )?"
    r"(?:\w+ )?(?:bought|purchased|got)"
)
# A perk or a cost for the web's orders, not which orders come back: "Only orders placed on our website get a free label"
_A_PERK = r"\bfree\b|\blabels?\b|\bshipping\b|\bpostage\b|\bdiscount|\bpoints\b"
# Another channel named beside the web: "orders placed on our website and orders placed by phone", "on our website or in
# our shops": more than the web
_AND_ANOTHER = _OUR_WEB + r"[^.;]{0,10}\b(?:and|or|as well as)\b[^.;]{0,30}\b(?:(?:tele)?phone|in[- ]store|shops?|stores?|showrooms?|catalog(?:ue)?s?|mail order)\b"


def sales_channel(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_WEB_ONLY, text) and not _any(_A_PERK + "|" + _AND_ANOTHER, text):
        yield Fact("sales_channels.allowed", ["web"])
    if _any(r"retailers?|marketplaces?", text) and _any(r"contact them|contact the", text):
        yield Fact("sales_channels.elsewhere_note", clause.text.rstrip(". "))
