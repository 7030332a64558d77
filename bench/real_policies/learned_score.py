"""Does the learned reader read what the rules miss, without inventing? Four folds of the corpus's sets:
the reader learns from the other folds' sentences (corpus.py, counterexamples and development pages
included), and the drafter, with and without it, reads the held-out fold's paraphrase items (their rewordings are left out of both sides).

    python -m bench.real_policies.learned_score [--cut 0.7 0.85] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from bench.real_policies import corpus
from bench.real_policies.paraphrase_score import judge, paraphrases
from plugin.policy.drafting import draft_policy, learned


FOLDS = (("dev", "dev2", "dev3"), ("test2", "test3", "test4"), ("test5", "test6", "test8"), ("test12", "test13", "test14"))


def held_out(cut: float, verbose: bool = False) -> dict[str, Counter]:
    rows = corpus.sentences()
    every_fold = [(text, set()) for text in corpus.negatives()] + corpus.own_texts() + corpus.attributed()
    totals = {"rules": Counter(), "rules + learned": Counter()}
    none = learned.UNTRAINED
    for fold in FOLDS:
        taught = [(text, learned.learnable(facts)) for split, text, facts in rows if split not in fold] + every_fold
        reader = learned.LearnedReader(learned.train(taught), cut)
        for name, text, facts in (item for split in fold for item in paraphrases(split)):
            wrongs = []
            for kind, used in (("rules", none), ("rules + learned", reader)):
                right, missed, wrong = judge(text, facts, used)
                totals[kind].update(right=right, missed=missed, wrong=wrong)
                wrongs.append(wrong)
            if verbose and wrongs[1] > wrongs[0]:
                guessed = [(p.path, p.value) for p in draft_policy(text, reader).placed if p.confidence is not None]
                print(f"{name}: {guessed} from {text!r}; labelled {facts}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cut", type=float, nargs="+", default=[learned.CUT])
    parser.add_argument("--verbose", action="store_true", help="name each item the learned reader gets wrong")
    args = parser.parse_args(argv)
    print(f"{'reader':<26}{'cut':>6}{'facts':>7}{'right':>7}{'wrong':>7}{'recall':>8}")
    for cut in args.cut:
        for name, t in held_out(cut, args.verbose).items():
            stated = t["right"] + t["missed"]
            print(f"{name:<26}{cut:>6.2f}{stated:>7}{t['right']:>7}{t['wrong']:>7}{t['right'] / stated:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
