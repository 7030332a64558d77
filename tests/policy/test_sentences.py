"""The engine's customer sentences have Spanish and German translations, with the same placeholders,
so a sentence added to the engine without its translation fails here rather than reading English on
a Spanish page."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from plugin.api.return_types import _KEPT, _KEPT_CREDITED, _LABEL_PENDING, _NEXT_STEP
from plugin.api.storefront.mutations.order_cancel_request import HELD_NEXT_STEP
from plugin.policy import cancellation, reasons
from plugin.policy.quote import QUOTE_ADJUSTMENTS
from plugin.policy.decision import Reason
from plugin.policy.wording import CONDITION_PHRASES, INCLUDE_PHRASES
from plugin.i18n.sentences import LOCALES_DIR, best_language, translate

CONSTANT_SENTENCES = sorted(
    {value.message for value in vars(reasons).values() if isinstance(value, Reason)}
    | {cancellation.NEXT_CANCEL, cancellation.NEXT_VOID, cancellation.NEXT_RETURN, cancellation.NEXT_RETURN_NOW, cancellation.NEXT_CONTACT,
     HELD_NEXT_STEP, _LABEL_PENDING, _KEPT, _KEPT_CREDITED}
    | set(QUOTE_ADJUSTMENTS)
    | {text.format(ship_by="") for text in _NEXT_STEP.values()}
)
BUILT_SENTENCES = [
    reasons.exclusion_reason("FINAL_SALE", "Final sale items").message,
    reasons.cancellation_period_ended(24).message,
    reasons.photos_required(2, " showing the issue and the packaging").message,
    reasons.condition_not_met("unused, not worn and in the original packaging").message,
    reasons.sales_channel_not_eligible(None).message,
    "Include " + ", ".join(INCLUDE_PHRASES.values()) + ".",
    "Items can only be returned " + " and ".join(CONDITION_PHRASES.values()) + ".",
    "Send the parcel to the return address given with these instructions.",
    "Email us for the return address, then send the parcel there.",
    "Use the return address given here, not the address on your original package.",
    "Don't send your return to the address on your original package: it is not our return address.",
    "You pay the return shipping; $5.00 for our prepaid label is deducted from your refund; it is reimbursed once the parcel arrives.",
]


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("sentence", CONSTANT_SENTENCES + BUILT_SENTENCES)
def test_every_engine_sentence_is_translated(sentence, lang):
    translated = translate(sentence, lang)
    assert translated != sentence and translated.strip()
    assert translate(sentence, "en") == sentence


@pytest.mark.parametrize("lang", ["es", "de"])
def test_translations_keep_their_placeholders(lang):
    with (LOCALES_DIR / f"{lang}.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    for message in catalog:
        if not message.id:
            continue
        assert message.string, message.id
        assert sorted(re.findall(r"%\((\w+)\)s", message.id)) == sorted(re.findall(r"%\((\w+)\)s", message.string)), message.id


def test_a_merchants_own_words_stay_as_written():
    assert translate("Surfboards can't be returned.", "es") == "Surfboards: no se admite su devolución."
    assert translate("Something the engine never says.", "de") == "Something the engine never says."


@pytest.mark.parametrize(("header", "lang"), [
    (None, "en"), ("", "en"), ("es-MX,es;q=0.9,en;q=0.8", "es"), ("fr-FR,de;q=0.5", "de"), ("en-US,es;q=0.5", "en"),
    ("de;q=0.2,es;q=0.8", "es"), ("*", "en"), ("x" * 2000, "en"), ("es;q=abc", "es"),
])
def test_accept_language_picks_the_first_shipped_language(header, lang):
    assert best_language(header) == lang


def test_a_label_closes_the_not_cancellable_sentence_where_its_grammar_cannot_follow_it():
    # Looked at again in the portal: "Bestellungen mit Personalisierte oder maßgefertigte Produkte
    # können nicht storniert werden" (the label is a heading's words, not a dative).
    message = reasons.not_cancellable_reason("PERSONALIZED", "Personalized or custom-made products").message
    assert translate(message, "de").endswith(": Personalisierte oder maßgefertigte Produkte.")
    assert translate(message, "es").endswith(": los productos personalizados o hechos a medida.")
