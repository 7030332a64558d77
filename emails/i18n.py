"""Translations of the shipped templates: gettext catalogs (.po) compiled in memory at first use."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel.support import NullTranslations

from plugin.i18n.catalogs import SHIPPED, catalog, language

__all__ = ["LOCALES_DIR", "SHIPPED", "language", "translations"]

LOCALES_DIR = Path(__file__).parent / "locales"


@lru_cache(maxsize=None)
def translations(lang: str) -> NullTranslations:
    return catalog(LOCALES_DIR, lang)
