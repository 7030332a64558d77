"""Sets, bundles and kits returned whole only.
"""

from __future__ import annotations

from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.readers.common import Fact, _any


def sets(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"sets? (?:can ?not|cannot|can't|may not|will not) be returned separately|return the whole set|only as a complete set|"
            r"return all or none of (?:the |your |a )?(?:bundles?|sets?|kits?)|(?:do not|don't|cannot) accept partial returns of (?:bundles?|sets?|kits?)", text):
        yield Fact("sets.return_whole_only", True)
