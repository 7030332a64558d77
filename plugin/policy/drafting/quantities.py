"""Numbers, durations, ranges, amounts and percentages as merchants write them.

"thirty (30) days", "two weeks", "within 48 hours", "5–10 business days", "a 15% restocking fee",
"a flat fee of $9.99". Numbers written in words go through text2num (a maintained parser of number
words); the small words it leaves alone on purpose ("one", "two": too often not numbers) are read
here only where a unit follows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import alpha2digit

_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


# "a thirty-day window", "a fourteen-calendar-day period": a number word joined to its unit, which the
# number parser reads only once the hyphen is a space
_WORDS_BEFORE_A_UNIT = (r"\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
                        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred))-(?=(?:calendar-|business-|working-)?(?:day|week|month|hour)s?\b)")


# The rewrites `digits` makes, compiled once: `digits` runs on every sentence, so these skip the cache lookup of each call
_WORD_UNIT = re.compile(_WORDS_BEFORE_A_UNIT)
_SAID_TWICE = re.compile(r"\b(\d+)\s*\(\s*\1\s*\)")  # "30 (30)" after conversion
_BRACKETED = re.compile(r"\(\s*(\d+)\s*\)")  # "(30) calendar days"
_SAID_TWICE_MISTYPED = re.compile(r"\b(\d+)\s*\(\s*\1\s*[_\]]")  # "fourteen (14_ days": the closing bracket mistyped
# "post marked by the 15th day from you receiving it" is a window of 15 days
_BY_THE_NTH_DAY = re.compile(r"\bby the (\d{1,3})(?:st|nd|rd|th) ((?:business |working |calendar )?)day\b")
# "2 weeks - 5 weeks", "between 3 days and 6 days": one range, said in one unit
_RANGE_UNIT_TWICE = re.compile(r"\b(\d{1,4})\s*(days?|weeks?|months?)\s*(?:-|–|to|and)\s*(\d{1,4})\s*\2\b")
# "between 10 and 14 days": the same range with the unit said once
_BETWEEN = re.compile(r"\bbetween (\d{1,4}) and (\d{1,4})(?=\s+(?:business |working |calendar )?(?:days?|weeks?|months?)\b)")
_SMALL_WORDS = "|".join(_SMALL)
# "one to 2 weeks": a small word that starts a range is a number too
_SMALL_BEFORE_UNIT = re.compile(
    rf"\b({_SMALL_WORDS})(?=(?:\s*(?:-|–|to|or)\s*(?:\d+|{_SMALL_WORDS}))?[\s-]+(?:\(?\d+\)?\s+)?(?:business |working |calendar )?(?:days?|weeks?|months?|hours?)\b)"
)
# "a month (30 days)", "two weeks (14 days)": one period said twice, the days being the exact one
_PERIOD_IN_DAYS = re.compile(r"\b\d+\s*(?:weeks?|months?)\s*\(\s*(\d+\s*(?:calendar |business |working )?days?)\s*\)")
# "2 or 3 working days": a short span said with "or"; "14 or 30 days" are two different periods
_OR_RANGE = re.compile(r"\b(\d) or (\d{1,2})(?=\s+(?:business |working |calendar )?(?:days?|weeks?)\b)")


def digits(text: str) -> str:
    """`text` with number words as digits and "thirty (30)" said once."""
    text = _WORD_UNIT.sub(r"\1 ", text)
    text = alpha2digit(text, "en")
    text = _SAID_TWICE.sub(r"\1", text)
    text = _BRACKETED.sub(r"\1", text)
    text = _SAID_TWICE_MISTYPED.sub(r"\1", text)
    text = _BY_THE_NTH_DAY.sub(r"within \1 \2days", text)
    text = _RANGE_UNIT_TWICE.sub(r"\1-\3 \2", text)
    text = _BETWEEN.sub(r"\1-\2", text)
    text = _SMALL_BEFORE_UNIT.sub(lambda m: str(_SMALL[m.group(1)]), text)
    text = _PERIOD_IN_DAYS.sub(r"\1", text)
    text = _HOURS_SHORT.sub(r"\1 hours", text)
    return _OR_RANGE.sub(_or_range, text)


# "within 48 hrs", "24hr": hours in their short form, after a number only (not "HR")
_HOURS_SHORT = re.compile(r"\b(\d{1,4})\s*hrs?\b")


def _or_range(m: re.Match) -> str:
    low, high = int(m.group(1)), int(m.group(2))
    return f"{low}-{high}" if low < high <= 2 * low + 1 else m.group()


@dataclass(frozen=True)
class Duration:
    """A duration in whole days (or hours), with the unit the text counted in."""

    days: int
    business: bool | None  # True: business/working days; False: calendar days said; None: not said
    hours: int | None = None


_DURATION = re.compile(
    r"\b(\d{1,4})(?:\s*(?:-|to)\s*(\d{1,4}))?[\s-]*(business|working|calendar)?[\s-]*(days?|weeks?|months?|hours?)\b"
)


def durations(text: str) -> list[tuple[Duration, Duration | None, re.Match]]:
    """Every duration in already-`digits` text: (shortest, longest or None, where)."""
    found = []
    for m in _DURATION.finditer(text):
        low, high, kind, unit = m.group(1), m.group(2), m.group(3), m.group(4).rstrip("s")
        business = None if kind is None else kind in ("business", "working")

        def make(value: str) -> Duration:
            if unit == "hour":
                return Duration(days=max(1, -(-int(value) // 24)), business=business, hours=int(value))
            return Duration(days=int(value) * _UNIT_DAYS[unit], business=business)

        found.append((make(low), make(high) if high else None, m))
    return found


_PERCENT = re.compile(r"\b(\d{1,3}(?:\.\d{1,2})?)\s*(?:%|percent\b|per cent\b)")
_AMOUNT = re.compile(
    r"(?:(?P<sym>[$€£])\s?(?P<a>\d{1,6}(?:[.,]\d{2})?))|(?:(?P<b>\d{1,6}(?:[.,]\d{2})?)\s?(?P<code>usd|eur|gbp|cad|aud|dollars?|euros?))\b"
)
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_CODES = {"dollar": "USD", "euro": "EUR"}


def percents(text: str) -> list[tuple[Decimal, re.Match]]:
    return [(Decimal(m.group(1)), m) for m in _PERCENT.finditer(text)]


def amounts(text: str) -> list[tuple[Decimal, str | None, re.Match]]:
    """Money amounts: (value, ISO currency if the text says one, where)."""
    found = []
    for m in _AMOUNT.finditer(text):
        raw = (m.group("a") or m.group("b")).replace(",", ".")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        code = m.group("code")
        currency = _SYMBOLS.get(m.group("sym") or "") or (
            _CODES.get(code.rstrip("s"), code.upper()) if code else None
        )
        found.append((value, currency, m))
    return found
