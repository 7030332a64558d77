"""Translations of the shipped templates: gettext catalogs (.po) compiled in memory at first use."""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALES_DIR = Path(__file__).parent / "locales"
SHIPPED = ("en", "es", "de")


def language(locale: str | None) -> str:
    """The shipped language closest to `locale` ("de_AT" -> "de"); English otherwise."""
    try:
        code = Locale.parse((locale or "en").replace("-", "_")).language
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"
    return code if code in SHIPPED else "en"


@lru_cache(maxsize=None)
def translations(lang: str) -> NullTranslations:
    return catalog(LOCALES_DIR, lang)


@lru_cache(maxsize=None)
def catalog(directory: Path, lang: str) -> NullTranslations:
    """`<directory>/<lang>.po`, compiled in memory (the policy engine's sentences use this too)."""
    path = directory / f"{lang}.po"
    if not path.exists():
        return NullTranslations()
    with path.open("rb") as handle:
        messages = read_po(handle, locale=lang)
    buffer = BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return Translations(buffer)
