"""One reader per family of settings: each looks at one clause and says which settings it states.

A reader returns `Fact`s: a setting's path in the policy document and the value the clause gives
it. Readers never guess: a clause that names no number leaves the number alone, and a clause whose
scope the settings cannot hold (shipping terms for one country, say) is left for the merchant.

One module per family: `window` (the return window), `closed` (no returns at all), `requests` (how
and when to ask), `requirements` (condition, reason, proof of purchase), `exclusions`, `sets`,
`channels` (where the goods were bought), `cancellation`, `fault` (damaged, defective, wrong),
`shipping` (who pays to send it back), `fees`, `refund` (how it is paid), `processing` (once the
return is back), `resolutions` (exchanges) and `instructions`; `reading` reads a clause with all of
them. What several families share: `common` (the `Fact`, the pattern cache, words read alike),
`scope` (a rule for some goods or orders only) and `periods` (how many days, counted from what).
"""

from plugin.policy.drafting.readers.common import UNHELD, Fact
from plugin.policy.drafting.readers.exclusions import CATEGORIES
from plugin.policy.drafting.readers.reading import READERS, read

__all__ = ["CATEGORIES", "Fact", "READERS", "UNHELD", "read"]
