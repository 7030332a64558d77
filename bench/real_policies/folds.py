"""The drafter on development pages its reader did not learn from: four folds, each read by a reader trained without it.

The shipped reader learned from every development page, so its figures on them are not a measure of unseen pages. Each
fold here is every fourth development set (`DEVELOPMENT[k - 1::4]`), drafted by a reader that learned from the labelled
sentences and the other three quarters' pages (a few minutes to train each). Printed: each fold's score (what the draft
places, and what its suggestions offer), then the suggestions at each confidence floor: how many are right, wrong, or
neither (the label takes the reading either way).

    python -m bench.real_policies.folds [1 2 3 4]
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from bench.bench_drafting import DEVELOPMENT
from bench.real_policies import attribution, corpus
from bench.real_policies.labels import LABELS
from bench.real_policies.rewritten import pages
from bench.real_policies.score import Score, judge, print_score, stated
from plugin.policy.drafting import draft_policy, learned

FLOORS = (0.2, 0.3, 0.4, 0.5, 0.6)


def model_without(fold: int) -> dict:
    """The reader's model trained as shipped, but on none of the fold's pages."""
    held = set(DEVELOPMENT[fold - 1::4])
    names = {name for name, label in LABELS.items() if label.split in DEVELOPMENT and label.split not in held}
    snapshot = json.loads(attribution.SNAPSHOT.read_text())
    return learned.train(corpus.base() + attribution.sentences(snapshot, names))


def read_fold(fold: int, model: dict) -> tuple[Score, list[tuple[float, bool | None]]]:
    """The fold's score as shipped, and every suggestion down to the lowest floor with whether the label states it."""
    shipped, low = learned.LearnedReader(model), learned.LearnedReader(model, floor=FLOORS[0])
    score, offered = Score(), []
    for split in DEVELOPMENT[fold - 1::4]:
        for name, (text, cues) in pages(split).items():
            label = LABELS[name]
            score.add(judge(name, label, draft_policy(text, shipped), cues))
            for unplaced in draft_policy(text, low).unplaced:
                for suggestion in unplaced.suggestions:
                    verdicts = [stated(fact.path, fact.value, label) for fact in suggestion.facts]
                    offered.append((suggestion.confidence, False if False in verdicts else True if all(verdicts) else None))
    return score, offered


def main(argv: list[str]) -> int:
    folds = [int(arg) for arg in argv] or [1, 2, 3, 4]
    total, offered = Score(), []
    for fold in folds:
        score, found = read_fold(fold, model_without(fold))
        print_score(f"Fold {fold} of 4, drafted by a reader that did not learn from it ({len(DEVELOPMENT[fold - 1::4])} sets", score)
        total.add(score)
        offered += found
    print_score(f"Folds {', '.join(map(str, folds))} together ({sum(len(DEVELOPMENT[fold - 1::4]) for fold in folds)} sets", total)
    print(f"\n{'suggestions at floor':<22}{'offered':>9}{'right':>8}{'wrong':>8}{'either':>8}")
    for floor in FLOORS:
        kept = Counter(verdict for confidence, verdict in offered if confidence >= floor)
        print(f"{floor:<22}{sum(kept.values()):>9}{kept[True]:>8}{kept[False]:>8}{kept[None]:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
