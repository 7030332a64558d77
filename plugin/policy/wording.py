"""Phrases shared by refusals, instructions and the rendered policy, so they always agree."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency

CONDITION_PHRASES = {
    "UNUSED": "unused",
    "NOT_WORN": "not worn",
    "NOT_WASHED": "not washed",
    "NOT_IRONED": "not ironed",
    "NOT_STAINED": "not stained",
    "NOT_ALTERED": "not altered or processed",
    "ORIGINAL_CONDITION": "in original condition",
    "TAGS_ATTACHED": "with all original tags and labels intact",
    "ORIGINAL_PACKAGING": "in the original packaging",
    "ACCESSORIES_INCLUDED": "with all original accessories",
    "MANUALS_INCLUDED": "with all manuals",
}

# What the parcel must contain, from the condition checklist.
INCLUDE_PHRASES = {
    "TAGS_ATTACHED": "all original tags and labels",
    "ORIGINAL_PACKAGING": "the original packaging",
    "ACCESSORIES_INCLUDED": "all original accessories",
    "MANUALS_INCLUDED": "all manuals",
}

REASON_PHRASES = {
    "DEFECTIVE": "defective",
    "DAMAGED": "damaged",
    "WRONG_ITEM": "wrong (sent incorrectly)",
    "NOT_AS_DESCRIBED": "not as described",
    "INCOMPLETE": "incomplete",
    "LATE_DELIVERY": "delivered late",
    "SIZE_TOO_SMALL": "too small",
    "SIZE_TOO_LARGE": "too large",
    "COLOR": "not the right colour",
    "STYLE": "not the right style",
    "UNWANTED": "unwanted",
    "OTHER": "returned for another reason",
}

PROOF_OF_PURCHASE = "proof of purchase (invoice, receipt, sales note or ticket)"


def join_words(words: list[str] | tuple[str, ...], conjunction: str = "and") -> str:
    words = [w for w in words if w]
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def condition_phrase(items: tuple[str, ...] | list[str]) -> str:
    return join_words([CONDITION_PHRASES[i] for i in items])


def money_text(amount: Decimal, currency: str) -> str:
    """"$9.99": the shop currency written as its customers read it (English page)."""
    return format_currency(amount, currency, locale="en_US")


def days_text(count: int, unit: str) -> str:
    kind = "business " if unit == "BUSINESS" else ""
    return f"{count} {kind}day" + ("" if count == 1 else "s")


def range_text(min_days: int, max_days: int, unit: str) -> str:
    """"5–10 business days", or "within 7 days" when the range starts at zero."""
    if min_days == 0:
        return "within " + days_text(max_days, unit)
    if min_days == max_days:
        return days_text(max_days, unit)
    kind = " business days" if unit == "BUSINESS" else " days"
    return f"{min_days}–{max_days}{kind}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
