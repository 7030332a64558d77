"""Canonical forms of emails, phone numbers and addresses: for blocklists and linked accounts.

The same functions write blocklist rows, key the "same address / same phone" lookups and read them
back in the signals, so a customer cannot step around a block with ``J.Doe+x@GoogleMail.com``,
``(212) 555-0100`` or ``123 Main Street, Apt. 4``.

Everything is cached by input string: phone parsing in particular costs ~30 µs a number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from plugin.risk.facts import Address, Blocklist, OrderFacts

# Providers that ignore dots in the local part (and their alias domains).
_DOTLESS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}

_NON_ALNUM = re.compile(r"[^0-9a-z#]+")
_STREET_WORDS = {
    "street": "st",
    "str": "st",
    "avenue": "ave",
    "av": "ave",
    "road": "rd",
    "boulevard": "blvd",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "square": "sq",
    "terrace": "ter",
    "parkway": "pkwy",
    "highway": "hwy",
    "circle": "cir",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "northeast": "ne",
    "northwest": "nw",
    "southeast": "se",
    "southwest": "sw",
}
_UNIT_WORDS = frozenset(
    {"apt", "apartment", "unit", "suite", "ste", "flat", "#", "no", "rm", "room"}
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, accents dropped, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", stripped.casefold().replace("ß", "ss")).split())


@lru_cache(maxsize=8192)
def normalize_email(raw: str | None) -> str | None:
    """``J.Doe+Shop@GoogleMail.com`` -> ``jdoe@gmail.com``; None when there is no ``local@domain``.

    Lower-cased; a ``+tag`` is dropped for every provider (sub-addressing); dots are dropped for
    Gmail, whose mailboxes ignore them.
    """
    if not raw:
        return None
    local, at, domain = raw.strip().lower().rpartition("@")
    if not at or not local or not domain:
        return None
    domain = domain.rstrip(".")
    local = local.split("+", 1)[0] or local
    if domain in _DOTLESS:
        domain = _DOTLESS[domain]
        local = local.replace(".", "")
    return f"{local}@{domain}"


@dataclass(frozen=True, slots=True)
class PhoneInfo:
    e164: str | None  # +12125550100, when the number parses and has a possible length
    valid: bool  # a number that can be assigned in its country (phonenumbers.is_valid_number)
    region: str | None  # the country the number belongs to, e.g. "US"


_UNPARSEABLE = PhoneInfo(None, False, None)


@lru_cache(maxsize=8192)
def phone_info(raw: str, default_region: str | None = None) -> PhoneInfo:
    """Parse ``raw`` (international, or national for ``default_region``); cached."""
    region = (default_region or "").strip().upper() or None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return _UNPARSEABLE
    if not phonenumbers.is_possible_number(number):
        return _UNPARSEABLE
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    valid = phonenumbers.is_valid_number(number)
    owner = phonenumbers.region_code_for_number(number) if valid else None
    if owner in (None, "ZZ", "001"):
        owner = None
    return PhoneInfo(e164, valid, owner)


def normalize_phone(raw: str | None, default_region: str | None = None) -> str | None:
    """E.164 (``+12125550100``) when the number parses with a possible length; otherwise its
    digits (at least 6) prefixed with ``?``; None for nothing usable. National numbers need
    ``default_region`` (the address's country)."""
    if not raw or not raw.strip():
        return None
    info = phone_info(raw.strip(), default_region)
    if info.e164 is not None:
        return info.e164
    digits = "".join(c for c in raw if c.isdigit())
    return f"?{digits}" if len(digits) >= 6 else None


@lru_cache(maxsize=8192)
def normalize_postal_code(postal_code: str | None, country: str | None = None) -> str | None:
    """Upper case without spaces or dashes; US ZIP+4 shortened to the ZIP."""
    if not postal_code:
        return None
    code = "".join(c for c in postal_code.upper() if c.isalnum())
    if not code:
        return None
    if (country or "").strip().upper() == "US" and len(code) > 5 and code[:5].isdigit():
        code = code[:5]
    return code


@lru_cache(maxsize=8192)
def _street(address1: str | None, address2: str | None) -> str:
    words = fold(" ".join(p for p in (address1, address2) if p)).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _UNIT_WORDS or word.startswith("#"):
            unit = word[1:] if word.startswith("#") and len(word) > 1 else ""
            if not unit and i + 1 < len(words):
                i += 1
                unit = words[i].lstrip("#")
            out.append(f"#{unit}")
        else:
            out.append(_STREET_WORDS.get(word, word))
        i += 1
    return " ".join(out)


@lru_cache(maxsize=8192)
def normalize_address(address: Address | None) -> str | None:
    """``COUNTRY|postal code (or city)|street #unit``: the name and phone are not part of a place.

    ``123 Main Street, Apt. 4`` and ``123 main st`` + ``#4`` give the same key. None when the
    address has no street line or no country.
    """
    if address is None or not address.address1 or not address.country:
        return None
    country = address.country.strip().upper()
    street = _street(address.address1, address.address2)
    if not street:
        return None
    where = normalize_postal_code(address.postal_code, country) or fold(address.city or "")
    return f"{country}|{where}|{street}"


def blocklist_keys(order: OrderFacts) -> Blocklist:
    """The normalized values of ``order`` a blocklist row could match: query the shop's blocklist
    for these (``value IN (...)``) instead of loading all of it."""
    email = normalize_email(order.email)
    country = _country(order)
    phones = {
        normalize_phone(order.phone, country),
        normalize_phone(order.shipping.phone, order.shipping.country) if order.shipping else None,
        normalize_phone(order.billing.phone, order.billing.country) if order.billing else None,
    }
    addresses = {normalize_address(order.shipping), normalize_address(order.billing)}
    return Blocklist(
        emails=frozenset({email} if email else ()),
        phones=frozenset(p for p in phones if p),
        addresses=frozenset(a for a in addresses if a),
    )


def _country(order: OrderFacts) -> str | None:
    for address in (order.shipping, order.billing):
        if address is not None and address.country:
            return address.country
    return None
