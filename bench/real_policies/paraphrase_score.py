"""Does a reading carry to another wording of the same rule? The drafter on the rules of real pages
rewritten in our own words.

Each item of `paraphrases_<set>.py` is one sentence of a real page that states labelled facts,
rewritten as another shop would write it, with the facts it states. The drafter reads each item
alone; a fact is right when it is placed with that value (list settings and exclusions one item at
a time, as score.py counts them), wrong when a setting is placed that the item does not state or with
another value. The pages' own sentences are not stored (others' words, which the corpus they come
from may not be copied); an earlier session measured the rules on them: 0.88 of the facts, against
0.36 of the same facts reworded. By default the rules alone read the items: the learned reader
learned from them (learned_score.py measures it on sets it did not learn from).

    python -m bench.real_policies.paraphrase_score dev dev2 dev3 test2 test3 test4 test5 test6 test8 test12 test13 test14 [--with-learned]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

from bench.real_policies.score import SETS, _exclusion_matches, _same, placed_by_kind

# the sets whose rules are rewritten in paraphrases_<set>.py (all of them read: never a held-out set)
PARAPHRASED = ("dev", "dev2", "dev3", "test2", "test3", "test4", "test5", "test6", "test8", "test12", "test13", "test14")


def paraphrases(split: str) -> list[tuple[str, str, dict]]:
    return importlib.import_module(f"bench.real_policies.paraphrases_{split}").PARAPHRASES


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


def report(splits: list[str], reader=None) -> Counter:
    """The drafter (with `reader` below the rules, when given) on the rewritten items of the sets named."""
    total = Counter()
    for split in splits:
        for _name, text, facts in paraphrases(split):
            right, missed, wrong = judge(text, facts, reader)
            total.update(right=right, missed=missed, wrong=wrong, items=1)
    stated = total["right"] + total["missed"]
    print(f"## The same rules in our words ({', '.join(splits)})")
    print(f"{'items':>7}{'facts':>7}{'right':>7}{'wrong':>7}{'recall':>8}")
    print(f"{total['items']:>7}{stated:>7}{total['right']:>7}{total['wrong']:>7}{total['right'] / max(1, stated):>8.2f}")
    return total


def main(argv: list[str] | None = None) -> int:
    from plugin.policy.drafting.learned import UNTRAINED

    parser = argparse.ArgumentParser(description="The drafter on real pages' rules reworded in our own words.")
    parser.add_argument("splits", nargs="+")
    parser.add_argument("--with-learned", action="store_true", help="the learned reader too (it learned from these sentences: in-sample)")
    args = parser.parse_args(argv)
    report(args.splits, None if args.with_learned else UNTRAINED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
