"""Does a reading carry to another wording of the same rule? The drafter on real pages' sentences
and on the same rules rewritten in our own words.

Each item of `paraphrases_<set>.py` is one sentence of a real page that states labelled facts,
rewritten as another shop would write it, with the facts it states. The drafter reads each item
alone; a fact is right when it is placed with that value (list settings and exclusions one item at
a time, as score.py counts them), wrong when a setting is placed that the item does not state or with
another value. Where the pages' own sentences are present (texts/paraphrase_origins/<set>.json,
git-ignored: others' words), they are scored the same way beside the rewrites: the gap between the
two is how much of the drafter's reading is tied to the wording it was written from.

    python -m bench.real_policies.paraphrase_score dev dev2 dev3 test2 test3 test4 test5 test6 test8 test12 test13 test14
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter

from bench.real_policies.labels import TEXTS
from bench.real_policies.score import SETS, _exclusion_matches, _same, placed_by_kind

ORIGINS = TEXTS / "paraphrase_origins"
# the sets whose rules are rewritten in paraphrases_<set>.py (all of them read: never a held-out set)
PARAPHRASED = ("dev", "dev2", "dev3", "test2", "test3", "test4", "test5", "test6", "test8", "test12", "test13", "test14")


def paraphrases(split: str) -> list[tuple[str, str, dict]]:
    return importlib.import_module(f"bench.real_policies.paraphrases_{split}").PARAPHRASES


def origins(split: str) -> dict[str, str]:
    path = ORIGINS / f"{split}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def judge(text: str, facts: dict, reader=None) -> tuple[int, int, int]:
    """(right, missed, wrong) for one item (drafted with `reader` below the rules, when given)."""
    from plugin.policy.drafting import draft_policy  # here, so that checking the items needs no drafter

    scalars, items, exclusions = placed_by_kind(draft_policy(text, reader))
    right = missed = wrong = 0
    for path, value in facts.items():
        if path == "exclusions":
            hits = [any(_exclusion_matches(key, item) for item in exclusions) for key in value]
        elif path in SETS:
            hits = [item in items.get(path, set()) for item in value]
        else:
            hits = [path in scalars and _same(path, scalars[path], value)]
        right += sum(hits)
        missed += len(hits) - sum(hits)
    keys = facts.get("exclusions", set())
    wrong += sum(not any(_exclusion_matches(key, item) for key in keys) for item in exclusions)
    wrong += sum(len(found - set(facts.get(path, ()))) for path, found in items.items())
    wrong += sum(path not in facts or not _same(path, value, facts[path]) for path, value in scalars.items())
    return right, missed, wrong


def report(splits: list[str]) -> dict[str, Counter]:
    totals = {"rewritten": Counter(), "original": Counter()}
    for split in splits:
        own = origins(split)
        for name, text, facts in paraphrases(split):
            for kind, words in (("rewritten", text), ("original", own.get(name))):
                if words is None:
                    continue
                right, missed, wrong = judge(words, facts)
                totals[kind].update(right=right, missed=missed, wrong=wrong, items=1)
    print(f"## The same rules in the pages' words and in ours ({', '.join(splits)})")
    print(f"{'wording':<12}{'items':>7}{'facts':>7}{'right':>7}{'wrong':>7}{'recall':>8}")
    for kind, t in totals.items():
        if t["items"]:
            stated = t["right"] + t["missed"]
            print(f"{kind:<12}{t['items']:>7}{stated:>7}{t['right']:>7}{t['wrong']:>7}{t['right'] / max(1, stated):>8.2f}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The drafter on real sentences and on the same rules reworded.")
    parser.add_argument("splits", nargs="+")
    report(parser.parse_args(argv).splits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
