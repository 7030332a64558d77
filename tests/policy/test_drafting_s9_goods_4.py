"""Goods rules, round s9 part 4 (area "goods"): exclusions said with the money verb ("... are never refunded",
"we do not refund ..."), and money refused (duties, taxes) that names no goods. Every sentence is written for
this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels as _excluded_labels


# --- goods refused with the money verb: "are never refunded", "we do not refund ..." --------------------------

@pytest.mark.parametrize("text,expected", [
    ("Garden seeds are never refunded.", ["Garden seeds"]),
    ("For reasons of safety, aquarium pumps are not refunded.", ["Aquarium pumps"]),
    ("We do not refund kites.", ["Kites"]),
    ("Sorry, we don't refund pressed flowers or herbal teas.", ["Pressed flowers", "Herbal teas"]),
])
def test_goods_refused_with_the_money_verb(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "The original delivery charge is never refunded.",  # money, not goods
    "Items sent back after 30 days are not refunded.",  # a case, no group
    "We do not refund you until the parcel reaches us.",  # when, not what
    "We do not refund the postage you paid.",  # money
    "Import duties and local taxes are never refunded.",  # money, not goods
    "Customs duties cannot be refunded.",  # money, not goods
])
def test_money_or_cases_refused_name_no_goods(text):
    assert _excluded_labels(text) == []


@pytest.mark.parametrize("text", [
    "The postage on your first order, however, is not refunded.",  # money, and a connective between commas
    "Whatever you paid for fitting such as hemming or taking in is not refunded.",  # money paid for a service
    "After the first month we are unable to refund or replace anything.",  # the verb joined to another, no goods
])
def test_money_said_around_the_refusal_names_no_goods(text):
    assert _excluded_labels(text) == []


# --- "only full-price items can be returned": goods on sale cannot ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Only full-price items can be refunded.", ["Clearance items"]),
    ("Only regular priced goods are eligible for a refund.", ["Clearance items"]),
])
def test_only_full_price_refuses_sale_goods(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Only full-price items can be exchanged.",  # an exchange alone: sale goods may still come back
    "Full-price items can be returned within 30 days.",  # a grant, no "only"
])
def test_full_price_without_a_refusal(text):
    assert _excluded_labels(text) == []
