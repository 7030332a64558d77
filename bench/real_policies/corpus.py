"""The labelled sentences the learned reader learns from: every item of `paraphrases_<set>.py` with
its facts, and its further wordings from `rewordings_<set>.py` where a set has them, and the sentences of
the development pages rewritten whole with the facts of their labels attributed to them; all our own words."""

from __future__ import annotations

import importlib
import json

from bench.real_policies.paraphrase_score import PARAPHRASED, paraphrases
from plugin.policy.drafting.learned import ITEMS


def rewordings(split: str) -> list[tuple[str, str]]:
    try:
        return importlib.import_module(f"bench.real_policies.rewordings_{split}").REWORDINGS
    except ModuleNotFoundError:
        return []


# sets written only for the reader to learn from: new shops' rules in our own words, never from stored pages
LEARNING = ("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12")


def sentences(splits: tuple[str, ...] = PARAPHRASED + LEARNING) -> list[tuple[str, str, dict]]:
    """(set, text, facts) for every labelled sentence of the sets named."""
    out = []
    for split in splits:
        items = paraphrases(split)
        facts = {name: stated for name, _text, stated in items}
        out += [(split, text, stated) for _name, text, stated in items]
        out += [(split, text, facts[name]) for name, text in rewordings(split)]
    return out


def labelled(splits: tuple[str, ...] = PARAPHRASED + LEARNING) -> list[tuple]:
    """What the learned reader trains on: each sentence with the facts it learns, and the counterexamples, then
    the development pages' sentences with the facts attributed to them (and those they might state)."""
    return base(splits) + attributed()


def base(splits: tuple[str, ...] = PARAPHRASED + LEARNING) -> list[tuple[str, set[tuple[str, str]]]]:
    """The sentences labelled one by one: the sets named, the counterexamples and our own texts."""
    from plugin.policy.drafting.learned import learnable

    return [(text, learnable(facts)) for _split, text, facts in sentences(splits)] + [(text, set()) for text in negatives()] + own_texts()


def attributed() -> list[tuple[str, set[tuple[str, str]], set[tuple[str, str]]]]:
    """The development pages' sentences from the attribution snapshot (attribution.py)."""
    from bench.real_policies.attribution import SNAPSHOT, sentences as page_sentences

    return page_sentences(json.loads(SNAPSHOT.read_text()))


def negatives() -> tuple[str, ...]:
    try:
        return importlib.import_module("bench.real_policies.negatives").NEGATIVES
    except ModuleNotFoundError:
        return ()


def own_texts() -> list[tuple[str, set[tuple[str, str]]]]:
    """The sentences of our own texts, each with what the rules alone placed from it: the labelled texts
    of bench/policy_texts.py whose draft is exactly their label, and the pages the renderer writes from
    the presets (which the rules read back whole). Sentences that state a rule for some goods only, or
    none ("Pack the item securely, using the original packaging"), teach the reader what not to read."""
    from bench.policy_texts import TEXTS, drafted_facts

    return [pair for _name, text, expected in TEXTS for pair in _sentences(text, lambda draft, want=expected: drafted_facts(draft) == want)] + [
        pair for text in _rendered() for pair in _sentences(text, lambda draft: True)]


def _sentences(text: str, trusted) -> list[tuple[str, set[tuple[str, str]]]]:
    """Each clause of `text` with the learnable facts the rules placed from it, if the rules' draft is `trusted`."""
    from plugin.policy.drafting import draft_policy
    from plugin.policy.drafting.clauses import split
    from plugin.policy.drafting.learned import UNTRAINED, learnable

    draft = draft_policy(text, UNTRAINED)
    if not trusted(draft):
        return []
    out = []
    for clause in (clause for clause in split(text) if not clause.is_heading):
        facts: dict = {}
        for placed in (p for p in draft.placed if p.sentence.start == clause.start):
            if placed.path in ITEMS:
                facts.setdefault(placed.path, set()).add(placed.value)
            else:
                facts.setdefault(placed.path, placed.value)
        out.append((clause.context, learnable(facts)))
    return out


def _rendered() -> list[str]:
    """The published page of each preset, with its refund method, exchanges and condition varied."""
    from plugin.policy.model import Policy
    from plugin.policy.presets import load_preset
    from plugin.policy.render import render

    pages = []
    for name in ("alotrop", "alltrendsusa", "allegra-k"):
        for method, exchange, condition in (("ORIGINAL_PAYMENT", "NEVER", []), ("STORE_CREDIT", "ALWAYS", ["UNUSED", "TAGS_ATTACHED"]),
                                            ("CUSTOMER_CHOICE", "ALWAYS", ["NOT_WORN", "ORIGINAL_PACKAGING"])):
            document = load_preset(name).model_dump(mode="json")
            document["refund"]["method"], document["resolutions"]["exchange"] = method, exchange
            document["requirements"]["condition"] = condition
            pages.append(render(Policy.model_validate(document), "Shop", "help@shop.example"))
    return pages
