"""The drafter never invents a fee, window or limit: every number it places (a window, a fee, a time, a cancellation
limit) is a number stated by the sentence it points at, or by the introduction of the list that sentence stands on,
in that unit or another (hours, weeks, months and years as days, days as hours, a fee kept as the share refunded; a
"full refund" is 100%). Held over the seed pages, our labelled texts and a spread of the real pages rewritten whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from text_to_num import alpha2digit

from bench.policy_texts import TEXTS
from bench.real_policies.rewritten import pages
from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.clauses import split

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "texts"
NUMERIC = re.compile(r"window\.days$|window_hours$|restocking_percent$|flat_fee$|ship_within_days$|refund_percent$|"
                     r"free_shipping_deduction$|processing$|typical_arrival$|additional_delay$|refund_time$|response_business_days$")
# a spread of the development pages (every sixth set), so that the suite stays fast
REAL_SETS = ("test9", "test17", "test22", "test26", "test32", "test38", "test44", "test50", "test56", "test62")


def _stated(text: str) -> set[Decimal]:
    """The numbers `text` states, and each in the other units a setting may hold it in."""
    plain = alpha2digit(text.replace("\u2011", "-"), "en", threshold=0).replace(",", "")
    said = {Decimal(n) for n in re.findall(r"\d+(?:\.\d+)?", plain)}
    said |= {Decimal(1) for _ in re.finditer(r"\b(?:an?|one|the first|per) (?:hour|day|week|month|year)\b", plain, re.I)}
    said |= {Decimal(100) for _ in re.finditer(r"\bfull(?:y)? refund|\ball (?:of )?your money\b|\bin full\b", plain, re.I)}
    if re.search(r"\bfortnight\b", plain, re.I):
        said.add(Decimal(14))
    units = (1, 7, 24, 30, 31, 365, 7 * 24, 30 * 24)
    return {n * unit for n in said for unit in units} | {n / 24 for n in said} | {100 - n for n in said}


def _texts() -> list[tuple[str, str]]:
    texts = [(path.stem, path.read_text()) for path in sorted(SEEDS.glob("*.txt"))]
    texts += [(name, text) for name, text, _facts in TEXTS]
    return texts + [(name, text) for split_name in REAL_SETS for name, (text, _cues) in pages(split_name).items()]


def _placed_numbers(draft) -> Iterator[tuple]:
    for placed in draft.placed:
        if NUMERIC.search(placed.path):
            values = (placed.value["min_days"], placed.value["max_days"]) if isinstance(placed.value, dict) else (placed.value,)
            yield placed, [Decimal(str(v)) for v in values if v not in (0, "0", None)]


@pytest.mark.parametrize("name,text", _texts(), ids=lambda value: value if len(value) < 40 else None)
def test_every_placed_number_is_stated_where_it_points(name, text):
    intro = {clause.start: clause.intro for clause in split(text)}
    for placed, values in _placed_numbers(draft_policy(text)):
        stated = _stated(f"{intro.get(placed.sentence.start, '')} {placed.sentence.text}")
        assert set(values) <= stated, f"{name}: {placed.path} = {placed.value} from {placed.sentence.text!r}"
