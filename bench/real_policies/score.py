"""Scoring the drafter against the hand labels of real shops' policies (see labels.py).

A labelled fact is right when the draft places that setting with that value (one list item at a
time), missed otherwise. A placed setting is invented when the text does not state it (it is in
neither `facts` nor `either`) or when its value differs from the label's: "none invented" means no
setting drafted to a value the text does not give. A labelled clause is listed when some unplaced
sentence of the draft contains its words. A missed fact is offered when a suggestion on an unplaced
sentence would set it (the merchant's one click from right); a suggestion is wrong when it would set
something the text does not state.

Where the texts are: nowhere in this project. They are others' words, and the corpus they were read
from may not be copied (labels.py); `--texts DIR` reads one set's texts from a folder where whoever
has the right to keep them has put them (earlier sessions kept them in `texts/`, git-ignored, which
`SHARED_FOLDER` still describes). Without them, rewritten.py scores the rewritten pages with `judge`.

    python -m bench.real_policies.score test7 --texts DIR [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.real_policies.labels import LABELS, TEXTS, Label

SETS = {"requirements.condition", "fault.reasons", "fault.photos_of", "fault.remedies"}
IGNORED = {"exclusions.not_cancellable"}
SHARED_FOLDER = {"dev", "dev2", "dev3", "dev4", "test2", "test3"}  # the first sets, whose texts sit together in texts/; later sets' in texts/<split>/


def texts_dir(split: str, texts: Path | None = None) -> Path:
    """The folder a set's texts are read from: `texts` when given, else its default place."""
    if texts is not None:
        return Path(texts)
    return TEXTS if split in SHARED_FOLDER else TEXTS / split


def _plain(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).lower()


def _same(path: str, drafted, labelled) -> bool:
    if path == "shipping.merchant_at_fault" and isinstance(drafted, dict) and isinstance(labelled, dict):
        return drafted.get("payer") == labelled.get("payer")
    if isinstance(drafted, (list, tuple)) and isinstance(labelled, (list, tuple)):
        # a labelled tuple (carrier examples, sales channels) and a drafted list of the same items are the same value
        return sorted(map(repr, drafted)) == sorted(map(repr, labelled))
    return drafted == labelled


def _exclusion_matches(key: str, item: dict) -> bool:
    for option in key.split("|"):
        if option.startswith("OTHER:"):
            word = option[6:]
            # "power supply" names "Power supplies": a -y word's plural is -ies
            words = (word, word[:-1] + "ie") if word.endswith("y") else (word,)
            if item["category"] == "OTHER" and any(w in item["label"].lower() or any(w in tag for tag in item["match"].get("tags", ())) for w in words):
                return True  # named by its label, or the same products by their tags
        elif item["category"] == option:
            return True
    return False


@dataclass
class Score:
    right: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    invented: Counter = field(default_factory=Counter)
    clauses: int = 0
    listed: int = 0
    offered: Counter = field(default_factory=Counter)  # missed facts a suggestion would set
    offered_wrong: Counter = field(default_factory=Counter)  # suggestions that would set what the text does not state
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.right += other.right
        self.missed += other.missed
        self.invented += other.invented
        self.clauses += other.clauses
        self.listed += other.listed
        self.offered += other.offered
        self.offered_wrong += other.offered_wrong
        self.notes += other.notes


def _section(path: str) -> str:
    return path.split(".")[0]


def placed_by_kind(draft) -> tuple[dict, dict[str, set], list[dict]]:
    """A draft's placed settings as compared with a label: the first value of each setting, the items
    of each list setting, and the exclusions."""
    scalars: dict = {}
    sets: dict[str, set] = {}
    exclusions: list[dict] = []
    for placed in draft.placed:
        if placed.path in IGNORED:
            continue
        if placed.path == "exclusions":
            exclusions.append(placed.value)
        elif placed.path in SETS:
            sets.setdefault(placed.path, set()).add(placed.value)
        else:
            scalars.setdefault(placed.path, placed.value)
    return scalars, sets, exclusions


def score(name: str, label: Label, texts: Path | None = None) -> Score:
    from plugin.policy.drafting import draft_policy  # here, so that finding and checking texts needs no drafter

    return judge(name, label, draft_policy((texts_dir(label.split, texts) / f"{name}.txt").read_text()), label.unplaced)


def judge(name: str, label: Label, draft, cues: tuple[str, ...]) -> Score:
    """A draft against its label: the label's facts, and `cues` (words of each sentence that should be unplaced)."""
    s = Score()
    scalars, sets, exclusions = placed_by_kind(draft)
    facts, either = label.facts, label.either
    missed: list[tuple[str, object]] = []  # each missed fact: its setting and the label's value (an exclusion's key)

    for path, value in facts.items():
        if path == "exclusions":
            for key in sorted(value):
                hit = any(_exclusion_matches(key, item) for item in exclusions)
                (s.right if hit else s.missed)[_section(path)] += 1
                if not hit:
                    missed.append((path, key))
                    s.notes.append(f"{name}: missed exclusion {key}")
        elif path in SETS:
            for item in sorted(value):
                hit = item in sets.get(path, set())
                (s.right if hit else s.missed)[_section(path)] += 1
                if not hit:
                    missed.append((path, item))
                    s.notes.append(f"{name}: missed {path} {item}")
        else:
            hit = path in scalars and _same(path, scalars[path], value)
            (s.right if hit else s.missed)[_section(path)] += 1
            if not hit:
                missed.append((path, value))
                s.notes.append(f"{name}: missed {path} = {value!r}" + (f" (drafted {scalars[path]!r})" if path in scalars else ""))

    for item in exclusions:
        if stated("exclusions", item, label) is False:
            s.invented["exclusions"] += 1
            s.notes.append(f"{name}: INVENTED exclusion {item['category']} {item['label']!r}")
    for path, items in sets.items():
        for item in sorted(item for item in items if stated(path, item, label) is False):
            s.invented[_section(path)] += 1
            s.notes.append(f"{name}: INVENTED {path} {item}")
    for path, value in scalars.items():
        if path in facts:
            if not _same(path, value, facts[path]):
                s.invented[_section(path)] += 1
                s.notes.append(f"{name}: WRONG {path} = {value!r} (text: {facts[path]!r})")
        elif path in either:
            if not _same(path, value, either[path]):
                s.invented[_section(path)] += 1
                s.notes.append(f"{name}: WRONG {path} = {value!r} (either: {either[path]!r})")
        else:
            s.invented[_section(path)] += 1
            where = next(p.sentence.text for p in draft.placed if p.path == path)
            s.notes.append(f"{name}: INVENTED {path} = {value!r} from {where[:90]!r}")

    _judge_suggestions(s, name, label, draft, missed)
    unplaced = [_plain(u.sentence.text) for u in draft.unplaced]
    for cue in cues:
        s.clauses += 1
        if any(cue in sentence for sentence in unplaced):
            s.listed += 1
        else:
            s.notes.append(f"{name}: clause not listed as unplaced: {cue!r}")
    return s


def _sets(path: str, drafted, labelled) -> bool:
    """Whether a drafted value gives a labelled one (an exclusion's key, a list's item, a setting's value)."""
    if path == "exclusions":
        return _exclusion_matches(labelled, drafted)
    return drafted == labelled if path in SETS else _same(path, drafted, labelled)


def stated(path: str, value, label: Label) -> bool | None:
    """Whether the label states the value (None when only an `either` reading allows it)."""
    def gives(found: dict) -> bool:
        return path in found and any(_sets(path, value, labelled) for labelled in (found[path] if path in SETS | {"exclusions"} else [found[path]]))

    return True if gives(label.facts) else None if gives(label.either) else False


def _judge_suggestions(s: Score, name: str, label: Label, draft, missed: list[tuple[str, object]]) -> None:
    """The suggestions on the draft's unplaced sentences: the missed facts a right one would set, and the wrong ones."""
    offered = [suggestion for unplaced in draft.unplaced for suggestion in unplaced.suggestions]
    right = []
    for suggestion in offered:
        verdicts = [stated(fact.path, fact.value, label) for fact in suggestion.facts]
        if False in verdicts:
            s.offered_wrong[_section(suggestion.facts[0].path)] += 1
            s.notes.append(f"{name}: WRONG suggestion {[(f.path, f.value) for f in suggestion.facts]}")
        elif all(verdicts):
            right.extend(suggestion.facts)
    for path, labelled in missed:
        if any(fact.path == path and _sets(path, fact.value, labelled) for fact in right):
            s.offered[_section(path)] += 1


def available(split: str, texts: Path | None = None) -> list[str]:
    folder = texts_dir(split, texts)
    return [name for name, label in LABELS.items() if label.split == split and (folder / f"{name}.txt").exists()]


def report(split: str, verbose: bool = False, texts: Path | None = None) -> Score | None:
    names = available(split, texts)
    wanted = [name for name, label in LABELS.items() if label.split == split]
    if not names:
        print(f"## Real shops' policies, {split} set: texts not present in {texts_dir(split, texts)} "
              "(see bench/real_policies/labels.py)")
        return None
    total = Score()
    for name in names:
        total.add(score(name, LABELS[name], texts))
    print_score(f"Real shops' policies, {split} set ({len(names)} of {len(wanted)} texts", total, verbose)
    return total


def print_score(title: str, total: Score, verbose: bool = False) -> None:
    """Per section: facts stated, right, invented, precision and recall; then the clauses listed."""
    right, missed, invented = sum(total.right.values()), sum(total.missed.values()), sum(total.invented.values())
    print(f"## {title}, {right + missed} stated facts, {total.clauses} clauses no setting holds)")
    print(f"{'section':<16}{'stated':>8}{'right':>8}{'invented':>10}{'precision':>11}{'recall':>8}")
    for section in sorted(set(total.right) | set(total.missed) | set(total.invented)):
        r, m, i = total.right[section], total.missed[section], total.invented[section]
        print(f"{section:<16}{r + m:>8}{r:>8}{i:>10}{(r / (r + i) if r + i else 1.0):>11.2f}{(r / (r + m) if r + m else 1.0):>8.2f}")
    print(f"{'all':<16}{right + missed:>8}{right:>8}{invented:>10}{right / max(1, right + invented):>11.2f}{right / max(1, right + missed):>8.2f}")
    print(f"clauses no setting holds listed as unplaced: {total.listed}/{total.clauses} = {total.listed / max(1, total.clauses):.2f}")
    offered, wrong = sum(total.offered.values()), sum(total.offered_wrong.values())
    print(f"missed facts offered as suggestions: {offered} of {missed} ({offered / max(1, right + missed):.3f} of the facts), "
          f"suggestions the text does not state: {wrong}")
    if verbose:
        print("\n".join(total.notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the drafter on one set of real shops' policies.")
    parser.add_argument("split", choices=sorted({label.split for label in LABELS.values()}))
    parser.add_argument("--texts", type=Path, help="folder holding the set's <name>.txt files (default: its place under texts/)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    return 0 if report(args.split, verbose=args.verbose, texts=args.texts) is not None else 1


if __name__ == "__main__":
    sys.exit(main())
