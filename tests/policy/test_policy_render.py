"""The rendered page escapes what the merchant typed and follows the settings.

Each seed's clauses against its preset's page (both ways: every clause said, every sentence
explained) are in ``tests/seeds/test_seed_clauses.py``.
"""

import pytest

from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.presets import load_preset
from plugin.policy.render import render


def test_html_escapes_merchant_text():
    data = policy_to_data(load_preset("allegra-k"))
    data["exclusions"][0]["label"] = '<script>alert("x")</script>'
    data["shipping"]["regions"][0]["name"] = "the <b>U.S.</b>"
    page = render(parse_policy(data), 'Shop & "Co" <img src=x onerror=alert(1)>', "a@b.c", fmt="html")
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "Shop &amp; &quot;Co&quot;" in page


def test_markdown_escapes_merchant_text():
    data = policy_to_data(load_preset("allegra-k"))
    data["exclusions"][0]["label"] = "[click](http://evil) <b>*bold*</b>"
    page = render(parse_policy(data), "Shop_name", None)
    assert "[click](http://evil)" not in page and "<b>" not in page
    assert r"\[click\](http://evil) \<b\>\*bold\*\</b\>" in page
    assert r"# Shop\_name Return & Refund Policy" in page


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        render(load_preset("alotrop"), "Alotrop", fmt="pdf")


def test_rendering_changes_with_the_policy():
    data = policy_to_data(load_preset("alotrop"))
    data["returns"]["window"]["days"] = 45
    data["fees"]["restocking_percent"] = "12.5"
    data["eu"]["enabled"] = True
    page = render(parse_policy(data), "Alotrop", None)
    assert "within 45 days of delivery" in page
    assert "restocking fee of 12.5%" in page
    assert "withdraw from your purchase within 14 days of delivery without giving a reason" in page
