"""Which sentence of a labelled page states each of its facts: the development pages as sentences the
learned reader can learn from (`corpus.attributed`).

A page's label says what the page states, not where. A fact goes to the sentences the rules read it from;
a fact the rules missed goes to the sentence a reader trained without these pages finds likeliest to state it
(if any is likely enough), and to any other sentence it finds as sure. Where no sentence is likely enough, or a
sentence only might state it, the fact is left unknown there rather than taught as unsaid: those sentences are
left out of that value's training. Readings the label takes either way are unknown on the whole page.

The result is a snapshot kept in `attributed.json` (written by `scripts/train_reader.py --attribute`), so that
a change to the rules does not change what the reader learns until the snapshot is written again.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.real_policies.labels import LABELS, Label
from bench.real_policies.rewritten import pages
from bench.real_policies.score import _exclusion_matches

SNAPSHOT = Path(__file__).with_name("attributed.json")
FOUND = 0.3  # a fact the rules missed goes to the likeliest sentence only when the reader finds it at least this likely
SURE = 0.5  # another sentence the reader finds at least this likely states the fact too
UNSURE = 0.1  # below SURE and at least this likely: the sentence might state it, so it teaches neither way


def _rules_read(draft, clause, label: Label) -> set[tuple[str, str]]:
    """The learnable facts the rules placed from `clause` (exclusions only where the label refuses such goods)."""
    from plugin.policy.drafting.learned import ITEMS, learnable

    facts: dict = {}
    for placed in (p for p in draft.placed if p.sentence.start == clause.start):
        if placed.path == "exclusions":
            if any(_exclusion_matches(key, placed.value) for key in label.facts.get("exclusions", ())):
                facts["exclusions"] = [placed.value]
        elif placed.path in ITEMS:
            facts.setdefault(placed.path, set()).add(placed.value)
        else:
            facts.setdefault(placed.path, placed.value)
    return learnable(facts)


def _likelihoods(reader, clauses) -> list[dict[tuple[str, str], float]]:
    return [{(guess.path, json.dumps(guess.value, sort_keys=True)): guess.confidence for guess in found}
            for found in reader.read([clause.context for clause in clauses])]


def page(text: str, label: Label, reader) -> dict:
    """One page's attribution: the facts unknown on every sentence, and each sentence's stated and unknown facts
    by its offset (`reader` reads with no cut: every value with its likelihood)."""
    from plugin.policy.drafting import draft_policy
    from plugin.policy.drafting.clauses import split
    from plugin.policy.drafting.learned import UNTRAINED, learnable

    draft = draft_policy(text, UNTRAINED)
    clauses = [clause for clause in split(text) if not clause.is_heading]
    ruled = [_rules_read(draft, clause, label) for clause in clauses]
    likely = _likelihoods(reader, clauses)
    stated: list[set] = [set() for _ in clauses]
    unknown: list[set] = [set() for _ in clauses]
    everywhere = set(learnable(label.either))
    for fact in sorted(learnable(label.facts)):
        for i in (i for i, read in enumerate(ruled) if fact in read):
            stated[i].add(fact)
        if not any(fact in facts for facts in stated):
            best = max(range(len(clauses)), key=lambda i: likely[i].get(fact, 0.0), default=None)
            if best is None or likely[best].get(fact, 0.0) < FOUND:
                everywhere.add(fact)
                continue
            stated[best].add(fact)
        for i, chances in enumerate(likely):
            if fact not in stated[i] and chances.get(fact, 0.0) >= UNSURE:
                (stated if chances[fact] >= SURE else unknown)[i].add(fact)
    return {"unknown": sorted(everywhere), "clauses": {str(clause.start): [sorted(stated[i]), sorted(unknown[i])]
                                                      for i, clause in enumerate(clauses) if stated[i] or unknown[i]}}


def attribute(splits: tuple[str, ...], reader) -> dict:
    """The snapshot for every page of `splits`: each fact written once, in `facts`, and named by its place there."""
    found = {name: page(text, LABELS[name], reader) for split in splits for name, (text, _cues) in pages(split).items()}
    facts = sorted({tuple(fact) for one in found.values() for fact in _all_facts(one)})
    number = {fact: i for i, fact in enumerate(facts)}

    def numbered(listed: list) -> list[int]:
        return [number[tuple(fact)] for fact in listed]

    return {"facts": facts, "pages": {name: {"unknown": numbered(one["unknown"]),
                                            "clauses": {start: [numbered(stated), numbered(unknown)] for start, (stated, unknown) in one["clauses"].items()}}
                                     for name, one in found.items()}}


def _all_facts(found: dict) -> list:
    return found["unknown"] + [fact for stated, unknown in found["clauses"].values() for fact in stated + unknown]


def sentences(snapshot: dict, names: set[str] | None = None) -> list[tuple[str, set[tuple[str, str]], set[tuple[str, str]]]]:
    """(text, stated, unknown) for every sentence of the snapshot's pages (those of `names` when given), as the
    learned reader reads them."""
    from plugin.policy.drafting.clauses import split

    facts = [tuple(fact) for fact in snapshot["facts"]]
    out = []
    for name, found in snapshot["pages"].items():
        if names is not None and name not in names:
            continue
        everywhere = {facts[i] for i in found["unknown"]}
        for clause in (clause for clause in split(pages(LABELS[name].split)[name][0]) if not clause.is_heading):
            stated, unknown = found["clauses"].get(str(clause.start), ([], []))
            out.append((clause.context, {facts[i] for i in stated}, everywhere | {facts[i] for i in unknown}))
    return out
