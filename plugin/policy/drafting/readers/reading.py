"""A clause read by every reader, in order: the facts it states (a list item with its introduction,
less what the introduction states on its own).
"""

from __future__ import annotations

from dataclasses import replace

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.quantities import digits
from plugin.policy.drafting.readers.cancellation import cancellation, cancellation_refund_time
from plugin.policy.drafting.readers.channels import sales_channel
from plugin.policy.drafting.readers.closed import returns_closed
from plugin.policy.drafting.readers.common import _PARTIAL_REFUND, Fact, Reader, _any, _plain_intro, _unheld
from plugin.policy.drafting.readers.exclusions import exclusions, fault_override
from plugin.policy.drafting.readers.fault import fault, fault_photos, fault_remedies
from plugin.policy.drafting.readers.fees import fees
from plugin.policy.drafting.readers.instructions import instructions
from plugin.policy.drafting.readers.processing import (
    confirmation_email, inspection, partial_refunds, refund_timing, response_time,
)
from plugin.policy.drafting.readers.refund import original_shipping, refund_method
from plugin.policy.drafting.readers.requests import request_before_shipping, request_channel
from plugin.policy.drafting.readers.requirements import condition, proof_of_purchase, reason_required
from plugin.policy.drafting.readers.resolutions import exchanges, reorder
from plugin.policy.drafting.readers.sets import sets
from plugin.policy.drafting.readers.shipping import return_shipping
from plugin.policy.drafting.readers.window import return_window, transit_buffer


READERS: tuple[Reader, ...] = (
    return_window, transit_buffer, returns_closed, request_channel, request_before_shipping, condition,
    reason_required, proof_of_purchase, exclusions, fault_override, sets, sales_channel, cancellation,
    cancellation_refund_time, fault, fault_photos, fault_remedies, return_shipping, fees, refund_method, original_shipping,
    refund_timing, response_time, partial_refunds, confirmation_email, inspection, exchanges, reorder, instructions,
)


def _facts(clause: Clause, text: str) -> list[Fact]:
    return [fact for reader in READERS for fact in reader(clause, text)]


# "Occasionally, we offer exchanges for ...", "In some cases a fee applies": a rule for some occasions only.
# What it excludes still stands ("Occasionally items are sold as final sale; these are not returnable"):
# the adverb says how often goods are in the group, not how often the group is refused.
_SOME_OCCASIONS = r"^\W*(?:occasionally|sometimes|at times|on occasion|from time to time|in (?:some|certain|rare|special) (?:cases|circumstances|instances))\b"


def read(clause: Clause) -> list[Fact]:
    """Every fact `clause` states, from every reader. A list item is read with its introduction
    (so "We do not accept returns on:" makes its bullets exclusions), but what the introduction
    states on its own belongs to the introduction, not to each item."""
    facts = _read_clause(clause)
    if facts and _any(_SOME_OCCASIONS, clause.body):
        return [fact for fact in facts if fact.path == "exclusions"] + [_unheld("a rule for some occasions only: no setting holds it")]
    return facts


# A message the customer is to write ("Return Request Template", "Email body:", "Subject:"): its lines are fields to fill in
_TEMPLATE = r"\btemplate\b|(?:^|\s)(?:(?:e-?mail|message) )?(?:body|content|subject(?: line)?|text)\W*:?\s*$"


# "[ ] Store credit": a box on a form the customer fills in, an option to tick, no rule
_BOX_TO_TICK = r"^\W*\[\s*[x✓]?\s*\]"


def says_no_rule(clause: Clause) -> bool:
    """A form's box to tick ("[ ] Store credit"), a pointer to another page (not a link that starts a return: "Click here to
    file a return claim"), a question, the customer's own words ("I'd like to exchange it"), or an item of "Partial refunds
    may be granted for:", "Partial refunds apply to:" or of a list under a "Partial refunds" heading (the cases that lower
    a refund, which go to the merchant whole: no term every return must meet)."""
    return (_any(_TEMPLATE, f"{clause.heading} {clause.intro}".lower()) or _any(_BOX_TO_TICK, clause.body)
            or _any(r"\b(?:read more|click here|find out more)\b(?! (?:to|and) (?:start|begin|file|open|submit|request|ask for|make|fill))", clause.body)
            or _any(r"^(?:q:\s*)?i(?:'d| would| want| just| need|'m)\b", clause.body) or clause.body.rstrip().endswith("?")
            or _any(r"(?:" + _PARTIAL_REFUND + r")s? (?:may|will|can|are|might|apply|applies|(?:are |is )?(?:given|granted|offered|issued) (?:for|to|on|when|if))|^\W*(?:" + _PARTIAL_REFUND + r")s?\W*(?:\(if applicable\))?\W*:?\s*$", _plain_intro(clause))
            or (clause.listed and not clause.intro and _any(r"^\W*(?:" + _PARTIAL_REFUND + r")s?\W*(?:\(if applicable\))?\W*$", _plain(clause.heading).lower())))


def _read_clause(clause: Clause) -> list[Fact]:
    if says_no_rule(clause):
        return []
    facts = _facts(clause, digits(clause.context))
    if not clause.intro:
        return facts
    introduction = replace(clause, text=clause.intro, intro="")
    own = {repr(fact) for fact in _facts(introduction, digits(introduction.context))}
    return [fact for fact in facts if repr(fact) not in own]
