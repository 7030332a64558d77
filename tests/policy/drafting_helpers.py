"""What the drafter's rules alone place for a text, in the shape the rule tests compare (imported by the
tests of this folder as `drafting_helpers`)."""

from __future__ import annotations

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY

# the fault's list settings: a text can place several items of each
FAULT_LISTS = ("fault.reasons", "fault.remedies", "fault.photos_of")


def placed(text: str, lists: tuple[str, ...] = FAULT_LISTS) -> dict:
    """Placed settings: a list setting (one of `lists`) as the set of its items, any other as its value."""
    out: dict = {}
    for setting in draft_policy(text, RULES_ONLY).placed:
        if setting.path in lists:
            out.setdefault(setting.path, set()).add(setting.value)
        else:
            out[setting.path] = setting.value
    return out


def first_values(text: str) -> dict:
    """Each placed setting's first value (a list setting by its first item)."""
    out: dict = {}
    for setting in draft_policy(text, RULES_ONLY).placed:
        out.setdefault(setting.path, setting.value)
    return out


def holds(text: str, expected: dict) -> None:
    """The settings named in `expected` are placed with those values (None: not placed)."""
    drafted = placed(text)
    assert {path: drafted.get(path) for path in expected} == expected


def conditions(text: str) -> set:
    """The condition items the rules place (an empty set when none)."""
    return placed(text, ("requirements.condition",)).get("requirements.condition", set())


def exclusion_labels(text: str, reader=RULES_ONLY) -> list[str]:
    """The labels of the exclusions placed (by the rules alone unless a reader is given), in the order placed."""
    return [setting.value["label"] for setting in draft_policy(text, reader).placed if setting.path == "exclusions"]
