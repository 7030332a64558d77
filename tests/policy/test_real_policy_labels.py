"""The hand labels of real shops' policies (bench/real_policies/labels.py) hold what score.py compares:
every fact and "either" reading names a setting of the policy document with a value it accepts, every
exclusion key a category or the merchant's words, every clause cue the lower-case plain words that
score.py looks for in an unplaced sentence; each rewritten page is a labelled page with its cues; and
each rewritten rule of the learned reader's corpus names settings the document accepts.
Nothing here drafts: a label that named no real setting, or a cue no sentence can contain, would
count as missed whatever the drafter did."""

from __future__ import annotations

import importlib
from typing import get_args

import pytest

from bench.real_policies import score
from bench.real_policies.corpus import LEARNING, rewordings
from bench.real_policies.paraphrase_score import PARAPHRASED
from bench.real_policies.labels import LABELS, SETS, TEXTS, modules
from plugin.policy.model import Exclusion, Policy, ShippingTerms

FIRST_SETS = {"dev", "dev2", "dev3", "dev4", "test2", "test3", "test4", "test5", "test6", "test7"}  # labelled in labels.py itself
REWRITTEN = modules("rewritten_")  # the sets whose pages are rewritten whole
CATEGORIES = set(get_args(Exclusion.model_fields["category"].annotation))
LISTS = {"requirements.condition", "fault.reasons", "fault.photos_of", "fault.remedies", "sales_channels.allowed"}
# placed paths that are not document paths: the terms when the shop is at fault, whatever the region
OWN_MODEL = {"shipping.merchant_at_fault": ShippingTerms}


def _document(readings: dict) -> dict:
    """The readings as a policy document (exclusions left out: they are keys, not documents)."""
    doc: dict = {}
    for path, value in readings.items():
        if path == "exclusions":
            continue
        if path in OWN_MODEL:
            OWN_MODEL[path].model_validate(value)
            continue
        *parents, leaf = path.split(".")
        node = doc
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = sorted(value) if path in LISTS else value
    if "returns" in doc:  # the returns section needs its window, and a window its days
        doc["returns"].setdefault("window", {})
    for section in ("returns", "fault"):
        window = doc.get(section, {}).get("window")
        if window is not None:
            window.setdefault("days", 30)
    return doc


@pytest.mark.parametrize("split", SETS)
def test_a_set_labelled_in_a_module_of_its_own_labels_that_set(split):
    assert {label.split for label in importlib.import_module(f"bench.real_policies.labels_{split}").LABELS.values()} == {split}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_every_reading_is_a_setting_with_a_value_the_document_accepts(name):
    label = LABELS[name]
    assert label.split in FIRST_SETS | set(SETS)
    for readings in (label.facts, label.either):
        Policy.model_validate(_document(readings))  # unknown keys and wrong values raise


@pytest.mark.parametrize("name", sorted(LABELS))
def test_exclusion_keys_name_a_category_or_the_merchants_words(name):
    label = LABELS[name]
    for key in set(label.facts.get("exclusions", ())) | set(label.either.get("exclusions", ())):
        for option in key.split("|"):
            if option.startswith("OTHER:"):
                assert option[6:] and option[6:] == option[6:].lower(), key
            else:
                assert option in CATEGORIES, key


@pytest.mark.parametrize("name", sorted(LABELS))
def test_clause_cues_are_plain_lower_case_words(name):
    for cue in LABELS[name].unplaced:
        assert cue.strip() and cue == score._plain(cue), cue


# convention 13 (labels.py): a replacement for faults is one rule said twice, and an exchange for faults is an exchange offered
_TWINS = (("REPLACEMENT", "resolutions.replacement"), ("EXCHANGE", "resolutions.exchange"))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_a_replacement_or_exchange_for_faults_is_labelled_both_ways(name):
    label = LABELS[name]
    remedies = set(label.facts.get("fault.remedies", ())) | set(label.either.get("fault.remedies", ()))
    for remedy, resolution in _TWINS:
        if remedy in label.facts.get("fault.remedies", ()):
            assert {label.facts.get(resolution), label.either.get(resolution)} & {"MERCHANT_AT_FAULT", "ALWAYS"}, (name, resolution)
    if label.facts.get("resolutions.replacement") == "MERCHANT_AT_FAULT":
        assert "REPLACEMENT" in remedies, name


@pytest.mark.parametrize("name", sorted(LABELS))
def test_photos_of_a_fault_say_whether_they_are_required(name):
    label = LABELS[name]  # convention 15 (labels.py)
    if label.facts.get("fault.photos_of"):
        said = {**label.either, **label.facts}
        assert said.get("fault.photos_min") or said.get("fault.photos_requested"), name


@pytest.mark.parametrize("name", sorted(LABELS))
def test_photos_required_of_a_fault_say_what_they_show(name):
    label = LABELS[name]  # convention 21 (labels.py)
    if label.facts.get("fault.photos_min"):
        assert label.facts.get("fault.photos_of") or label.either.get("fault.photos_of"), name


@pytest.mark.parametrize("name", sorted(LABELS))
def test_sale_goods_refused_accept_either_category(name):
    label = LABELS[name]  # convention 16 (labels.py)
    for key in set(label.facts.get("exclusions", ())) | set(label.either.get("exclusions", ())):
        options = set(key.split("|"))
        if "OTHER:sale" in options:
            assert {"CLEARANCE", "FINAL_SALE"} <= options, (name, key)


CANCELLATION_TERMS = ("cancellation.window_hours", "cancellation.until_shipped", "cancellation.refund_percent",
                      "cancellation.request_via", "cancellation.refund_time")


@pytest.mark.parametrize("name", sorted(LABELS))
def test_terms_for_cancelling_say_that_customers_may_cancel(name):
    """Convention 24: a term stated as a fact makes cancelling a fact; one stated as `either` makes it one at least."""
    label = LABELS[name]
    if any(term in label.facts for term in CANCELLATION_TERMS):
        assert "cancellation.enabled" in label.facts or label.either.get("cancellation.enabled") is False
    elif any(term in label.either for term in CANCELLATION_TERMS):
        assert "cancellation.enabled" in label.facts or "cancellation.enabled" in label.either


@pytest.mark.parametrize("split", REWRITTEN)
def test_each_rewritten_page_is_a_labelled_page_with_its_cues_and_excluded_words(split):
    from bench.real_policies.rewritten import pages

    rewritten = pages(split)
    assert sorted(rewritten) == sorted(name for name, label in LABELS.items() if label.split == split)
    for name, (text, cues) in rewritten.items():
        label, plain = LABELS[name], score._plain(text)
        assert len(cues) == len(label.unplaced), name  # one cue per unplaced rule of the label
        for cue in cues:
            assert cue.strip() and cue == score._plain(cue) and cue in plain, (name, cue)
        for key in label.facts.get("exclusions", ()):
            options = key.split("|")
            if all(option.startswith("OTHER:") for option in options):  # named only in the merchant's words (one or many)
                assert any(option[6:].rstrip("ys") in plain for option in options), (name, key)


def test_the_fourth_to_seventh_test_sets_are_read_from_their_own_folders_and_the_earlier_sets_beside_each_other(tmp_path):
    assert score.texts_dir("test4") == TEXTS / "test4"
    assert score.texts_dir("test5") == TEXTS / "test5"
    assert len([name for name, label in LABELS.items() if label.split == "test5"]) == 12
    assert score.texts_dir("test6") == TEXTS / "test6"
    assert len([name for name, label in LABELS.items() if label.split == "test6"]) == 12
    assert score.texts_dir("test7") == TEXTS / "test7"
    assert len([name for name, label in LABELS.items() if label.split == "test7"]) == 12
    assert score.texts_dir("test3") == TEXTS
    assert score.texts_dir("test115") == TEXTS / "test115"  # every set after the first ones has a folder of its own
    assert score.texts_dir("test4", tmp_path) == tmp_path
    test4 = sorted(name for name, label in LABELS.items() if label.split == "test4")
    assert len(test4) == 12
    for name in test4[:5]:
        (tmp_path / f"{name}.txt").write_text("Returns are accepted within 30 days of delivery.\n")
    (tmp_path / "yourbookstop.txt").write_text("a text of another set\n")
    assert score.available("test4", tmp_path) == [name for name in LABELS if name in test4[:5]]
    assert score.available("test3", tmp_path) == ["yourbookstop"]


@pytest.mark.parametrize("split", PARAPHRASED + LEARNING)
def test_every_rewritten_rule_states_settings_the_document_accepts(split):
    from bench.real_policies.paraphrase_score import paraphrases

    items = paraphrases(split)
    names = [name for name, _text, _facts in items]
    assert len(names) == len(set(names))
    assert sorted(name for name, _text in rewordings(split)) == sorted(names * 2)  # two more wordings of each
    for name, text, facts in items:
        assert text.strip() and facts, name
        Policy.model_validate(_document(facts))
        for key in facts.get("exclusions", ()):
            for option in key.split("|"):
                assert option in CATEGORIES or (option.startswith("OTHER:") and option[6:] == option[6:].lower()), (name, key)


def test_a_list_and_a_tuple_of_the_same_items_compare_equal():
    """score.py compares a drafted list with a labelled tuple (e.g. carrier examples) by their items."""
    assert score._same("instructions.carrier_examples", ["USPS", "UPS"], ("USPS", "UPS"))
    assert score._same("instructions.carrier_examples", ("UPS", "USPS"), ["USPS", "UPS"])
    assert not score._same("instructions.carrier_examples", ["USPS"], ("USPS", "UPS"))
    assert score._same("sales_channels.allowed", ["web"], ["web"])
