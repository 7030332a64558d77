"""Where the goods were bought: returns for the shop's own website only, or a note for goods bought
from retailers and marketplaces.
"""

from __future__ import annotations

from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.readers.common import Fact, _any


def sales_channel(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"only (?:items|products|orders) (?:purchased|bought|ordered|placed) (?:directly )?(?:on|from|through|at) (?:our (?:website|online store|store|site)|"
            r"(?:our|the)(?: [\w'&.-]+){0,4} (?:website|online store|web ?store|webshop|online shop))", text):
        yield Fact("sales_channels.allowed", ["web"])
    if _any(r"retailers?|marketplaces?", text) and _any(r"contact them|contact the", text):
        yield Fact("sales_channels.elsewhere_note", clause.text.rstrip(". "))
