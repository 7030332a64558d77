"""The languages Recourse ships and their gettext catalogues (.po), compiled in memory at first use.

Shared by the emails' templates (emails.i18n) and the policy engine's sentences (plugin.i18n.sentences),
so both pick the same language for a customer and read their catalogues the same way.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

SHIPPED = ("en", "es", "de")


def language(locale: str | None) -> str:
    """The shipped language closest to `locale` ("de_AT" -> "de"); English otherwise."""
    try:
        code = Locale.parse((locale or "en").replace("-", "_")).language
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"
    return code if code in SHIPPED else "en"


@lru_cache(maxsize=None)
def catalog(directory: Path, lang: str) -> NullTranslations:
    """`<directory>/<lang>.po`, compiled in memory."""
    path = directory / f"{lang}.po"
    if not path.exists():
        return NullTranslations()
    with path.open("rb") as handle:
        messages = read_po(handle, locale=lang)
    buffer = BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return Translations(buffer)
