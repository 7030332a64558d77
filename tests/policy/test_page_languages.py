"""Every sentence the policy page can say is said in Spanish and German (issue 23, items 6 and 7):
the presets' pages and random merchant policies (hypothesis) rendered in es and de keep no English
word, while the merchant's own words (product labels, region names, notes) stay as written."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from policy_documents import policies

from plugin.api.policy_page import _page
from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.presets import PRESETS, load_preset
from plugin.policy.render import Contact

SHOP = SimpleNamespace(name="Zqshop & Co", support_email="help@zqshop.example")
CONTACT = Contact(phone="+1 555 0100", address="Zqstreet 1, Zqtown", hours="Zqmon-Zqfri 9-17")
# Words of English sentences that are no Spanish or German word (the page's English sentences all
# have several).
ENGLISH = frozenset("""the you your we our us with within of for to is are be can can't don't doesn't if or
    returns refund refunds order orders items item shipping days day business delivery purchase shipment
    which when after before once until unless except any every other this that these those not only
    available offer offers pay paid return returned exchange replacement store credit""".split())
WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def english_words(text: str) -> list[str]:
    # The merchant's words (Zq...), the shop's email and the Markdown escapes are not sentences.
    text = re.sub(r"Zq[\w-]*|help@zqshop\.example|\\.|US\$", " ", text)
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH]


def check(policy, lang: str) -> None:
    for self_service in (False, True):
        page = _page(SHOP, policy, "markdown", CONTACT, self_service, lang)
        left = [line for line in page.splitlines() if english_words(line)]
        assert not left, left
        assert "%(" not in page and "Zqshop & Co" in page
        # The merchant's product labels are on the page exactly as written.
        if policy.returns.enabled:
            assert all(e.label in page for e in policy.exclusions if e.label.startswith("Zq")), policy.exclusions


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("preset", PRESETS)
def test_a_presets_page_has_no_english_left(preset, lang):
    check(load_preset(preset), lang)


@pytest.mark.parametrize("lang", ["es", "de"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(policy=policies())
def test_a_merchants_own_policy_page_has_no_english_left(policy, lang):
    check(policy, lang)


def test_the_merchants_words_stay_as_written():
    raw = policy_to_data(load_preset("alotrop"))
    raw["exclusions"][0]["label"] = "Gift cards"  # English, but the merchant's: never translated, never lower-cased
    raw["fault"]["overrides_exclusions"] = False
    policy = parse_policy(raw)
    for lang in ("es", "de"):
        page = _page(SHOP, policy, "markdown", CONTACT, False, lang)
        assert "- Gift cards" in page and "(Gift cards, " in page, page
