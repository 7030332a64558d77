"""The seed stores' policy pages read in Spanish and German whole (issue 23, items 6 and 7): every
sentence of the page, storefront and portal wording alike, is in the catalogue, and the shop's name
and email come back in their place."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from plugin.api.policy_page import _page
from plugin.policy.presets import PRESETS, load_preset
from plugin.policy.render import _document
from plugin.policy.render import Contact

SHOP = SimpleNamespace(name="Alotrop & Co", support_email="help@alotrop.example")


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("self_service", [False, True])
@pytest.mark.parametrize("preset", PRESETS)
def test_every_sentence_of_a_seed_page_is_translated(preset, self_service, lang):
    policy = load_preset(preset)
    page = _page(SHOP, policy, "markdown", Contact(), self_service, lang)
    english = [t for b in _document(policy, SHOP.name, SHOP.support_email, Contact(), self_service)
               for t in ([b.text] if b.text else []) + list(b.items)]
    # Exclusion labels and the like may read the same in both languages; sentences never do.
    left = [t for t in english if len(t.split()) > 4 and t.replace("&", "\\&") in page]
    assert not left, left
    assert "help@alotrop.example" in page and "Alotrop & Co" in page and "%(" not in page
    html = _page(SHOP, policy, "html", Contact(), self_service, lang)
    assert "Alotrop &amp; Co" in html and "%(" not in html
