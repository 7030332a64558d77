"""The drafter on the labelled pages rewritten whole in our own words (`rewritten_<set>.py`).

The pages themselves are others' words, and the corpus they come from may not be copied, so they are
not stored. Each labelled page was instead rewritten whole by an engineer who had not read the
drafter, from the page read as reference, stating what its label says (same layout, same rules, the
unplaced rules as sentences of their own kind, each with the words that find it). The label's facts
and `either` score the draft as score.py does; the rewrite's own cues find its unplaced sentences.

    python -m bench.real_policies.rewritten test9 [test15 ...] [--rules-only] [--verbose]
"""

from __future__ import annotations

import argparse
import importlib
import sys

from bench.real_policies.labels import LABELS
from bench.real_policies.score import Score, judge, print_score


def pages(split: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return importlib.import_module(f"bench.real_policies.rewritten_{split}").PAGES


def score_set(split: str, reader=None) -> Score:
    """Every rewritten page of one set against its label (`reader` below the rules: the shipped one unless given)."""
    from plugin.policy.drafting import draft_policy

    total = Score()
    for name, (text, cues) in pages(split).items():
        total.add(judge(name, LABELS[name], draft_policy(text, reader), cues))
    return total


def main(argv: list[str] | None = None) -> int:
    from plugin.policy.drafting.learned import UNTRAINED

    parser = argparse.ArgumentParser(description="Score the drafter on rewritten labelled pages.")
    parser.add_argument("splits", nargs="+")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned reader out")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    reader = UNTRAINED if args.rules_only else None
    total = Score()
    for split in args.splits:
        total.add(score_set(split, reader))
    print_score(f"Rewritten pages, {', '.join(args.splits)} ({'rules only' if args.rules_only else 'rules and learned reader'}", total, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
