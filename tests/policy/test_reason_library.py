"""The reasons library's pure rules: the library a shop's rows make, words per language, suggestions
by product type, the standard Shopify reasons, and which way size returns say an item runs."""

from __future__ import annotations

import pytest

from plugin.policy import reason_library as lib
from plugin.policy.reason_library import CORE, FitCount, Reason


def test_a_shop_without_rows_has_the_twelve_and_stored_ones_come_first_in_their_order():
    assert [r.handle for r in lib.library([])] == list(CORE) and all(r.core for r in lib.library([]))
    mine = Reason("too-tight", "SIZE_TOO_SMALL", {"en": "Too tight"})
    stored = [mine, lib.core_reason("OTHER")]
    assert [r.handle for r in lib.library(stored)] == ["too-tight", "OTHER", *[c for c in CORE if c != "OTHER"]]


def test_words_fall_back_to_english_then_to_the_shipped_ones():
    mine = Reason("too-tight", "SIZE_TOO_SMALL", {"en": "Too tight", "de": "Zu eng"})
    assert (mine.label("de"), mine.label("es"), mine.label("fr")) == ("Zu eng", "Too tight", "Too tight")
    other = lib.core_reason("OTHER")
    assert (other.label("es"), other.label("de"), other.label("fr")) == ("Otro", "Sonstiges", "Other")
    assert Reason("OTHER", "OTHER", {"en": "Something else"}).label("es") == "Something else"


@pytest.mark.parametrize("product_type, suggested", [
    ("Shirts", {"SIZE_TOO_SMALL", "SIZE_TOO_LARGE"}), ("Wool socks", {"SIZE_TOO_SMALL", "SIZE_TOO_LARGE"}),
    ("Electronics", {"DEFECTIVE"}), ("Bluetooth Speaker", {"DEFECTIVE"}), ("Home", set()), (None, set()),
])
def test_core_reasons_are_suggested_by_category(product_type, suggested):
    assert {r.handle for r in lib.library([]) if r.suggested_for(product_type)} == suggested


def test_a_reason_naming_product_types_is_suggested_for_those_only():
    mine = Reason("wobbly", "DEFECTIVE", {"en": "Wobbly"}, product_types=("home",))
    assert mine.suggested_for("HOME ") and not mine.suggested_for("Electronics")
    inherits = Reason("tight", "SIZE_TOO_SMALL", {"en": "Tight"})
    assert inherits.suggested_for("Dresses") and inherits.fit == "TOO_SMALL"


def test_every_core_code_maps_to_a_standard_shopify_reason_a_merchant_may_pick():
    assert set(lib.CORE_SHOPIFY_HANDLES) == set(CORE)
    assert set(lib.CORE_SHOPIFY_HANDLES.values()) <= lib.SHOPIFY_HANDLES
    assert Reason("x", "SIZE_TOO_LARGE").platform_handle == "too-big"
    assert Reason("x", "SIZE_TOO_LARGE", shopify_handle="too-loose").platform_handle == "too-loose"


def test_the_standard_reasons_offered_are_ones_the_emulated_shopify_knows():
    from plugin.platform.emulator.reasons import BY_HANDLE

    assert lib.SHOPIFY_HANDLES <= set(BY_HANDLE)


@pytest.mark.parametrize("label, handle", [
    ("Too tight (shoulders)", "too-tight-shoulders"), ("  Café   crème ", "cafe-creme"), ("!!!", ""),
])
def test_a_handle_is_made_from_english_words(label, handle):
    assert lib.handle_from(label) == handle


@pytest.mark.parametrize("small, large, minimum, runs", [
    (4, 2, 10, None), (4, 2, 6, "SMALL"), (2, 4, 6, "LARGE"), (3, 3, 6, "MIXED"), (1, 0, 0, "SMALL"), (0, 0, 0, None),
])
def test_which_way_it_runs_only_from_the_minimum_on(small, large, minimum, runs):
    assert FitCount(small, large).runs(minimum) == runs
