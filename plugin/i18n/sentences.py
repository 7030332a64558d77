"""The policy engine's sentences in the customer's language (reasons, steps, shipping, next steps).

The engine is pure and writes English: its sentences are stored inside decisions, so a return keeps
the words it was decided with. They are translated where a customer reads them, on the storefront
API (Accept-Language) and in emails, from the gettext catalogues in plugin/i18n/locales/ (msgids are the
English sentences, with %(name)s where the engine fills in a value). A sentence the catalogue does
not know stays English; a value it does not know (a merchant's own label) stays as the merchant
wrote it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from plugin.i18n.catalogs import SHIPPED, catalog, language

LOCALES_DIR = Path(__file__).parent / "locales"

# Sentences with a value filled in: the value itself is translated too when the catalogue has it
# (condition phrases, the things to include, a preset's exclusion label); otherwise it stays as is.
TEMPLATES = (
    "%(label)s can't be returned.",
    "Only items that are %(faults)s can be returned.",
    "Orders with %(label)s can't be cancelled.",
    "Orders can be cancelled only within %(hours)s hours of purchase.",
    "Please attach at least %(count)s photo.",
    "Please attach at least %(count)s photos.",
    "Please attach at least %(count)s photo showing %(items)s.",
    "Please attach at least %(count)s photos showing %(items)s.",
    "Items can only be returned %(items)s.",
    "Include %(items)s.",
    "Use a %(items)s shipping method and keep the tracking number.",
    "Pack the items and send them back following the return instructions by %(date)s.",
    "%(fee)s for our prepaid label is deducted from your refund",
    "we pay you %(credit)s towards it with your refund",
    "You can cancel %(items)s now, for a refund of those items.",
    "%(items)s stays in your order.",
    "%(items)s stay in your order.",
    "For this reason, %(asked)s isn't offered; choose %(listed)s.",
    # a quote's resolution options (plugin.policy.offers): the figure stays as the engine wrote it
    "Refund %(amount)s",
    "Store credit %(amount)s",
    "Exchange for %(items)s (in stock)",
    "Exchange for %(items)s (out of stock)",
    "Exchange for %(items)s (in stock), you pay %(amount)s more",
    "Exchange for %(items)s (out of stock), you pay %(amount)s more",
    "Exchange for %(items)s (in stock), %(amount)s refunded",
    "Exchange for %(items)s (out of stock), %(amount)s refunded",
)
# Templates whose value is a list of product titles: the titles stay as the shop wrote them, only
# the last "and" takes the customer's language.
_TITLE_LISTS = frozenset((
    "You can cancel %(items)s now, for a refund of those items.", "%(items)s stays in your order.", "%(items)s stay in your order.",
    *(t for t in TEMPLATES if t.startswith("Exchange for %(items)s")),
))
_LIST = re.compile(r", | and ")
_CONJUNCTION = {"en": "and", "es": "y", "de": "und"}
_OR = {"en": "or", "es": "o", "de": "oder"}


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"%\((\w+)\)s", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(regex + r"\Z", re.S)


_PATTERNS = tuple((template, _pattern(template)) for template in TEMPLATES)


@lru_cache(maxsize=None)
def _gettext(lang: str):
    return catalog(LOCALES_DIR, lang).gettext


@lru_cache(maxsize=None)
def _phrases(lang: str) -> tuple[str, ...]:
    """The catalogue's plain phrases, longest first, to cut a joined list into its known pieces."""
    known = getattr(catalog(LOCALES_DIR, lang), "_catalog", {})
    return tuple(sorted((k for k in known if isinstance(k, str) and k and "%(" not in k), key=len, reverse=True))


def _split(value: str, lang: str) -> tuple[list[str], str] | None:
    """"a, b and c" as ([a, b, c], "and") when every piece is a known phrase (pieces may contain
    "and"); "a or b" as ([a, b], "or")."""
    pieces, rest, conjunction = [], value, "and"
    while rest:
        piece = next((p for p in _phrases(lang) if rest.startswith(p)), None)
        if piece is None:
            return None
        pieces.append(piece)
        rest = rest[len(piece):]
        for separator in (", ", " and ", " or "):
            if rest.startswith(separator):
                rest = rest[len(separator):]
                conjunction = separator.strip() if separator != ", " else conjunction
                break
        else:
            if rest:
                return None
    return pieces, conjunction


def _words(value: str, lang: str) -> str:
    """A value inside a sentence: a known phrase or a list of them, translated; anything else (a
    merchant's own label, an amount, a date) as written."""
    gettext = _gettext(lang)
    whole = gettext(value)
    if whole != value:
        return whole
    # A label written lower-case inside a sentence ("orders with final sale items") is in the
    # catalogue as the page lists it ("Final sale items"); German keeps its nouns capitalised.
    capital = gettext(value[:1].upper() + value[1:])
    if capital != value[:1].upper() + value[1:]:
        return capital if lang == "de" else capital[:1].lower() + capital[1:]
    split = _split(value, lang)
    if not split or len(split[0]) < 2:
        return value
    pieces, conjunction = split
    translated = [gettext(p) for p in pieces]
    joined = _OR[lang] if conjunction == "or" else _CONJUNCTION[lang]
    return ", ".join(translated[:-1]) + f" {joined} " + translated[-1]


def _titles(value: str, lang: str) -> str:
    head, sep, last = value.rpartition(" and ")
    return f"{head} {_CONJUNCTION[lang]} {last}" if sep else value


@lru_cache(maxsize=4096)
def translate(sentence: str, lang: str) -> str:
    """`sentence` (English, from the engine) in `lang` (en, es or de)."""
    if lang == "en" or lang not in SHIPPED or not sentence:
        return sentence
    gettext = _gettext(lang)
    found = gettext(sentence)
    if found != sentence:
        return found
    for template, pattern in _PATTERNS:
        match = pattern.match(sentence)
        if match is None:
            continue
        target = gettext(template)
        if target == template:
            break
        values = {k: _titles(v, lang) if template in _TITLE_LISTS else _words(v, lang) for k, v in match.groupdict().items()}
        return target % values
    # Several sentences ("Only items bought ... here. Marketplace orders go back there.") or clauses
    # ("You pay the return shipping; ... from your refund."): each on its own.
    for separator in (". ", "; "):
        if separator in sentence.rstrip("."):
            end = "." if sentence.endswith(".") else ""
            parts = sentence[: len(sentence) - len(end)].split(separator)
            if separator == ". ":
                translated = [translate(p + ".", lang)[:-1] if not p.endswith(".") else translate(p, lang) for p in parts]
            else:
                translated = [translate(p, lang) for p in parts]
            if translated != parts:
                return separator.join(translated) + end
    return sentence


def gettext(lang: str):
    """The catalogue's gettext for `lang`: a sentence template or phrase, as the engine writes it
    (the policy page's ``Words`` say their sentences through it); English stays as written."""
    return _gettext(lang) if lang in SHIPPED and lang != "en" else str


def localize_decision(decision: dict | None, lang: str) -> dict | None:
    """A stored decision (quote or cancellation) with its customer sentences in `lang`."""
    if not decision or lang == "en":
        return decision
    out = dict(decision)
    for key in ("reasons", "all_reasons"):
        if key in out:
            out[key] = [{**r, "message": translate(r["message"], lang)} for r in out[key]]
    if "lines" in out:
        out["lines"] = [
            {**l, "reasons": [{**r, "message": translate(r["message"], lang)} for r in l.get("reasons", [])]} for l in out["lines"]
        ]
    if "next_step" in out:
        out["next_step"] = translate(out["next_step"], lang)
    if isinstance(out.get("shipping"), dict):
        out["shipping"] = {**out["shipping"], "summary": translate(out["shipping"].get("summary", ""), lang)}
    if isinstance(out.get("instructions"), dict):
        i = out["instructions"]
        out["instructions"] = {
            **i, **{k: [translate(s, lang) for s in i.get(k, [])] for k in ("steps", "include", "recommendations")}
        }
    if isinstance(out.get("quote"), dict):
        out["quote"] = {**out["quote"], "lines": [
            l if l.get("kind") == "ITEM" else {**l, "description": translate(l["description"], lang)}
            for l in out["quote"].get("lines", [])
        ]}
    return out


def best_language(accept_language: str | None) -> str:
    """The first shipped language in an Accept-Language header ("es-MX,es;q=0.9,en;q=0.8" -> es)."""
    if not accept_language:
        return "en"
    ranked = []
    for index, item in enumerate(accept_language[:500].split(",")):
        tag, _, params = item.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if tag and tag != "*":
            ranked.append((-q, index, tag))
    for _, _, tag in sorted(ranked):
        lang = language(tag)
        if lang != "en" or tag.lower().startswith("en"):
            return lang
    return "en"
