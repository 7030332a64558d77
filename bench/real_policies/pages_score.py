"""Does the learned reader gain from the development pages on pages it did not learn from? Four folds of the
development sets: the reader learns from the sentences labelled one by one (corpus.base) with, or without, the
other folds' pages as attributed in the snapshot (attribution.py: each page's facts placed by the rules and a
reader that learned from no page), and the drafter reads the held-out fold's pages whole (rewritten.py).

    python -m bench.real_policies.pages_score     # about a quarter of an hour on two cores
"""

from __future__ import annotations

import json
import sys
from multiprocessing import Pool

from bench.real_policies import corpus
from bench.real_policies.attribution import SNAPSHOT, sentences
from bench.real_policies.labels import LABELS
from bench.real_policies.rewritten import score_set
from bench.real_policies.score import Score, print_score
from plugin.policy.drafting import learned

FOLDS = 4


def _folds() -> list[list[str]]:
    from bench.bench_drafting import DEVELOPMENT

    ordered = sorted(DEVELOPMENT)
    return [ordered[k::FOLDS] for k in range(FOLDS)]


def _fold(job: tuple[list[str], dict]) -> dict[str, Score]:
    held, without_pages = job
    snapshot = json.loads(SNAPSHOT.read_text())
    others = {name for name in snapshot["pages"] if LABELS[name].split not in held}
    readers = {"rules": learned.UNTRAINED, "rules + reader without pages": learned.LearnedReader(without_pages),
               "rules + reader with the other folds' pages": learned.LearnedReader(learned.train(corpus.base() + sentences(snapshot, others)))}
    out = {}
    for name, reader in readers.items():
        out[name] = Score()
        for split in held:
            out[name].add(score_set(split, reader))
    return out


def main() -> int:
    totals: dict[str, Score] = {}
    without_pages = learned.train(corpus.base())
    with Pool(2) as pool:
        for scores in pool.imap(_fold, [(held, without_pages) for held in _folds()]):
            for name, score in scores.items():
                totals.setdefault(name, Score()).add(score)
    for name, total in totals.items():
        print()
        print_score(f"Development pages, each fold read by a reader that did not learn from it ({name}", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
