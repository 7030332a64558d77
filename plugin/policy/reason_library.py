"""The return reasons a shop offers customers: its reasons library.

The twelve core codes (ReturnReason) are the contract's stable core: every shop has them, every
stored line carries one, the policy decides on them. A merchant adds reasons of their own, each
rolling up to a core code (a "Too tight in the shoulders" is a SIZE_TOO_SMALL), worded per language,
mapped to one of Shopify's standard return reason handles, and reorders or retires any of them. A
retired reason is no longer offered but stays on the returns that chose it.

Pure data and rules: the stored rows come in as `Reason` values (plugin.actions.reason_library reads
them), and nothing here touches the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import get_args

from plugin.policy.types import ReturnReason

CORE: tuple[str, ...] = get_args(ReturnReason)
LANGUAGES = ("en", "es", "de")

# The core reasons' words, as the portal has always shown them (plugin/ui/portal/i18n.js).
CORE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "DEFECTIVE": "Defective", "DAMAGED": "Arrived damaged", "WRONG_ITEM": "Wrong item sent",
        "NOT_AS_DESCRIBED": "Not as described", "SIZE_TOO_SMALL": "Too small", "SIZE_TOO_LARGE": "Too large",
        "COLOR": "Colour not as expected", "STYLE": "Style not as expected", "UNWANTED": "No longer wanted",
        "INCOMPLETE": "Parts missing", "LATE_DELIVERY": "Arrived too late", "OTHER": "Other",
    },
    "es": {
        "DEFECTIVE": "Defectuoso", "DAMAGED": "Llegó dañado", "WRONG_ITEM": "Artículo equivocado",
        "NOT_AS_DESCRIBED": "No es como se describía", "SIZE_TOO_SMALL": "Demasiado pequeño",
        "SIZE_TOO_LARGE": "Demasiado grande", "COLOR": "El color no es el esperado",
        "STYLE": "El estilo no es el esperado", "UNWANTED": "Ya no lo quiero", "INCOMPLETE": "Faltan piezas",
        "LATE_DELIVERY": "Llegó tarde", "OTHER": "Otro",
    },
    "de": {
        "DEFECTIVE": "Defekt", "DAMAGED": "Beschädigt angekommen", "WRONG_ITEM": "Falscher Artikel",
        "NOT_AS_DESCRIBED": "Nicht wie beschrieben", "SIZE_TOO_SMALL": "Zu klein", "SIZE_TOO_LARGE": "Zu groß",
        "COLOR": "Farbe anders als erwartet", "STYLE": "Stil anders als erwartet", "UNWANTED": "Nicht mehr gewünscht",
        "INCOMPLETE": "Teile fehlen", "LATE_DELIVERY": "Zu spät angekommen", "OTHER": "Sonstiges",
    },
}

# Each core code's nearest of Shopify's standard return reasons (ReturnReasonDefinition.handle, from
# Shopify's product taxonomy, data/return_reasons.yml): what the platform's return carries.
CORE_SHOPIFY_HANDLES: dict[str, str] = {
    "DEFECTIVE": "damaged-or-defective", "DAMAGED": "damaged-or-defective", "WRONG_ITEM": "received-the-wrong-item",
    "NOT_AS_DESCRIBED": "item-not-as-described", "SIZE_TOO_SMALL": "too-small", "SIZE_TOO_LARGE": "too-big",
    "COLOR": "color", "STYLE": "style", "UNWANTED": "changed-my-mind", "INCOMPLETE": "item-not-as-described",
    "LATE_DELIVERY": "arrived-late", "OTHER": "other-reason",
}

# The standard handles a merchant's own reason may map to: the core ones and the taxonomy's reasons
# that apparel, footwear and electronics shops ask about most. A reason that fits none takes its
# core code's handle.
SHOPIFY_HANDLES: frozenset[str] = frozenset(CORE_SHOPIFY_HANDLES.values()) | frozenset({
    "fit", "too-tight", "too-loose", "too-long", "too-short", "too-narrow", "too-wide", "waist-too-tight",
    "waist-too-loose", "sleeves-too-long", "sleeves-too-short", "inseam-too-long", "inseam-too-short",
    "comfort", "uncomfortable", "material", "fabric", "quality", "poor-stitching", "pilling", "shade",
    "pattern", "material-too-see-through", "battery-life", "connectivity", "incompatible", "sound-quality",
    "product-overheats", "missing-desired-features", "difficult-to-use", "damaged-packaging",
    "ordered-wrong-item", "duplicate-order", "ordered-multiple", "delivery-issue", "unknown",
})

# Which way a sizing reason says the item was off, so fit can be counted (a merchant's reason rolls
# up to one of these two to count).
FIT = {"SIZE_TOO_SMALL": "TOO_SMALL", "SIZE_TOO_LARGE": "TOO_LARGE"}

# Product types the portal suggests reasons for when the merchant named none: a product type
# containing one of a category's words belongs to it ("Shirts", "Wool socks", "Bluetooth Speaker").
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "apparel": ("apparel", "clothing", "shirt", "tee", "top", "blouse", "dress", "skirt", "pant", "trouser",
                "jean", "short", "jacket", "coat", "outerwear", "sweater", "hoodie", "knit", "legging", "tight",
                "sock", "bodysuit", "intimate", "bra", "lingerie", "swim", "suit", "set", "shoe", "sneaker",
                "boot", "sandal", "footwear"),
    "electronics": ("electronic", "headphone", "earbud", "speaker", "phone", "camera", "laptop", "computer",
                    "tablet", "charger", "watch", "projector", "audio", "gadget"),
}
CORE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "SIZE_TOO_SMALL": ("apparel",), "SIZE_TOO_LARGE": ("apparel",), "DEFECTIVE": ("electronics",),
}

HANDLE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_HANDLE = 64
MAX_LABEL = 80
MAX_PRODUCT_TYPES = 20


def categories(product_type: str | None) -> frozenset[str]:
    words = (product_type or "").lower()
    return frozenset(name for name, keys in CATEGORY_WORDS.items() if any(key in words for key in keys))


@dataclass(frozen=True)
class Reason:
    """One reason of a shop's library. `handle` is its stable name: a core reason's is its code, a
    merchant's own is lower-case words with hyphens ("too-tight-shoulders")."""

    handle: str
    code: str  # the core code it rolls up to (a core reason's own)
    labels: Mapping[str, str] = field(default_factory=dict)  # per language; English at least for a merchant's
    shopify_handle: str = ""
    ask_photo: bool = False
    ask_note: bool = False
    merchant_at_fault: bool | None = None  # None: as the policy's fault rules say for `code`
    product_types: tuple[str, ...] = ()  # lower-case; none: its core code's categories
    retired: bool = False

    @property
    def core(self) -> bool:
        return self.handle == self.code

    @property
    def fit(self) -> str | None:
        return FIT.get(self.code)

    @property
    def platform_handle(self) -> str:
        return self.shopify_handle or CORE_SHOPIFY_HANDLES[self.code]

    def label(self, lang: str = "en") -> str:
        """Its words in `lang`, else in English, else (a core reason) the shipped words."""
        own = self.labels.get(lang) or self.labels.get("en")
        return own or CORE_LABELS.get(lang, CORE_LABELS["en"]).get(self.code) or CORE_LABELS["en"][self.code]

    def suggested_for(self, product_type: str | None) -> bool:
        """Whether the portal suggests it for an item of `product_type`: a type the merchant named
        (case-insensitive), else one of the categories its core code is suggested for."""
        if not product_type:
            return False
        if self.product_types:
            return product_type.strip().lower() in self.product_types
        return bool(categories(product_type) & set(CORE_CATEGORIES.get(self.code, ())))


def core_reason(code: str) -> Reason:
    return Reason(handle=code, code=code)


def library(stored: Iterable[Reason]) -> list[Reason]:
    """The whole library in the merchant's order: the stored reasons (in their order), then every
    core reason never stored, in the contract's order. A shop that changed nothing has the twelve."""
    reasons = list(stored)
    seen = {reason.handle for reason in reasons}
    return reasons + [core_reason(code) for code in CORE if code not in seen]


def reason_of(row) -> Reason:
    """A stored row (models.reasons.ReturnReasonEntry, or anything with its attributes) as a Reason."""
    return Reason(
        handle=row.handle, code=str(row.code), labels=dict(row.labels or {}), shopify_handle=row.shopify_handle or "",
        ask_photo=row.ask_photo, ask_note=row.ask_note, merchant_at_fault=row.merchant_at_fault,
        product_types=tuple(row.product_types or ()), retired=row.retired_at is not None,
    )


def library_of(rows: Iterable) -> list[Reason]:
    """The library the stored rows (in their order) make."""
    return library(reason_of(row) for row in rows)


def offered(reasons: Iterable[Reason]) -> list[Reason]:
    return [reason for reason in reasons if not reason.retired]


def handle_from(label: str) -> str:
    """A handle made from English words: "Too tight (shoulders)" -> "too-tight-shoulders"."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain))[:MAX_HANDLE].strip("-")


# A product "runs small" (or large) when at least this share of its size returns say so.
RUNS_SHARE = 2 / 3


@dataclass(frozen=True)
class FitCount:
    """Units returned as too small and as too large (for a product, or one of its variants)."""

    too_small: int = 0
    too_large: int = 0

    @property
    def total(self) -> int:
        return self.too_small + self.too_large

    def runs(self, minimum: int) -> str | None:
        """SMALL, LARGE or MIXED once `minimum` size returns are counted; None before: a hint from
        three returns would tell customers more than anyone knows."""
        if self.total < max(1, minimum):
            return None
        if self.too_small >= RUNS_SHARE * self.total:
            return "SMALL"
        if self.too_large >= RUNS_SHARE * self.total:
            return "LARGE"
        return "MIXED"
