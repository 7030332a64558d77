"""The learned reader below the rules: it reads what the rules miss when a rule is said in other words,
never against a rule, never from a sentence narrower than a setting, and its model is what the corpus trains."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from plugin.policy.drafting import draft_policy, learned
from plugin.policy.drafting.learned import CUT, UNTRAINED

ROOT = Path(__file__).resolve().parents[2]
WINDOW = "You have 30 days from delivery to send items back. "


def _placed(text, reader=None) -> dict:
    return {p.path: p for p in draft_policy(text, reader).placed}


@pytest.mark.parametrize("sentence,path,value", [
    ("Sending it back to us is something you pay for.", "shipping.default.payer", "CUSTOMER"),
    ("Drop our team a line before posting anything back.", "returns.request_required_before_shipping", True),
    ("Returns are only possible through the return portal.", "returns.request_via", "WEBSITE"),  # learned from the pages
])
def test_a_rule_said_in_other_words_is_read_with_its_sentence_and_how_sure(sentence, path, value):
    assert path not in _placed(WINDOW + sentence, UNTRAINED)  # the rules alone miss it
    guessed = _placed(WINDOW + sentence)[path]
    assert guessed.value == value and guessed.sentence.text == sentence and CUT <= guessed.confidence <= 1


def test_the_rules_keep_the_first_say():
    placed = _placed(WINDOW + "We pay for return shipping. The cost of sending it back to us is yours.")
    assert placed["shipping.default.payer"].value == "MERCHANT" and placed["shipping.default.payer"].confidence is None


@pytest.mark.parametrize("sentence", [
    "Sale items: the cost of sending it back to us is yours.",  # some goods only
    "For orders over $500, the cost of sending it back to us is yours.",  # some orders only
    "Who pays for sending it back to us?",  # a question
])
def test_no_guess_from_a_sentence_narrower_than_a_setting(sentence):
    assert "shipping.default.payer" not in _placed(WINDOW + sentence)


def test_the_same_text_always_drafts_the_same():
    text = WINDOW + "The cost of sending it back to us is yours. Drop our team a line before posting anything back."
    assert draft_policy(text).as_json() == draft_policy(text).as_json()


@pytest.mark.slow
def test_the_shipped_model_is_what_the_corpus_trains():
    done = subprocess.run([sys.executable, "scripts/train_reader.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_the_models_fingerprint_changes_with_its_sentences_and_its_training():
    spec = importlib.util.spec_from_file_location("train_reader", ROOT / "scripts" / "train_reader.py")
    train_reader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_reader)
    sentences = [("Return postage is yours to pay.", {("shipping.default.payer", '"CUSTOMER"')}), ("We love hats.", set())]
    same = train_reader.fingerprint(list(sentences))
    assert train_reader.fingerprint(sentences) == same
    assert train_reader.fingerprint([sentences[0], ("We love caps.", set())]) != same
    assert train_reader.fingerprint([(sentences[0][0], set()), sentences[1]]) != same
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(learned, "_KEPT", learned._KEPT + 1)
        assert train_reader.fingerprint(sentences) != same


def test_a_sentence_that_might_state_a_fact_teaches_nothing_about_it():
    fact = ("shipping.default.payer", '"CUSTOMER"')
    taught = [("Return postage is yours to pay.", {fact}), ("You pay to send it back.", {fact}), ("The cost of a return is yours.", {fact}),
              ("We love hats.", set()), ("Our team packs every order with care.", set())]
    unsure = "Sending it back costs you the postage."
    assert learned.train(taught + [(unsure, set(), {fact})]) == learned.train(taught)
    assert learned.train(taught + [(unsure, set())]) != learned.train(taught)  # unmarked, it is taught as unsaid


def test_a_pages_facts_go_to_the_sentences_that_state_them():
    from bench.real_policies.attribution import page
    from bench.real_policies.labels import Label

    text = "You have 30 days from delivery to return items.\nSending it back to us is something you pay for.\nWe love hats."
    label = Label(url="", split="", facts={"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER",
                                           "requirements.condition": {"TAGS_ATTACHED"}}, either={"refund.method": "STORE_CREDIT"})
    found = page(text, label, learned.LearnedReader(json.loads(learned.MODEL.read_text()), cut=0.0))
    window, postage, hats = (str(text.index(s)) for s in ("You have", "Sending", "We love"))
    assert ("returns.window.days", '"*"') in found["clauses"][window][0]  # the rules read it there
    assert ("shipping.default.payer", '"CUSTOMER"') in found["clauses"][postage][0]  # the rules miss it, the likeliest sentence states it
    assert hats not in found["clauses"]  # it states nothing: taught as unsaid
    # no sentence is likely to state tags attached; the label takes the refund method either way: neither is taught
    assert {("requirements.condition", '"TAGS_ATTACHED"'), ("refund.method", '"STORE_CREDIT"')} <= set(found["unknown"])


def test_the_attribution_covers_the_development_pages():
    from bench.bench_drafting import DEVELOPMENT
    from bench.real_policies.attribution import SNAPSHOT
    from bench.real_policies.labels import LABELS

    pages = {name for name, label in LABELS.items() if label.split in DEVELOPMENT}
    assert set(json.loads(SNAPSHOT.read_text())["pages"]) == pages, "run python scripts/train_reader.py --attribute"
