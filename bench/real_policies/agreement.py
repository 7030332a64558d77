"""How far two careful people agree when they label the same pages: the floor under "none invented".

A second engineer labels a set's texts without seeing the first labels; their facts are then scored
against the first labels exactly as score.py scores a draft (a fact right when the other labels it
with that value, "invented" when the other states no such fact or gives it another value, the other's
`either` readings counting neither way). What two people disagree on is what the drafter cannot be
held to on unseen pages.

    python -m bench.real_policies.agreement test8 test8b
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from bench.real_policies.labels import LABELS, Label
from bench.real_policies.score import SETS, _same, _section

LISTED = SETS | {"exclusions"}


def _options(key: str) -> set[str]:
    return set(key.split("|"))


def _same_group(one: str, other: str) -> bool:
    """Two exclusion keys name one group when an option is shared, or one's words hold the other's."""
    for a in _options(one):
        for b in _options(other):
            if a == b:
                return True
            if a.startswith("OTHER:") and b.startswith("OTHER:") and (a[6:] in b[6:] or b[6:] in a[6:]):
                return True
    return False


def _items(readings: dict) -> list[tuple[str, object]]:
    out = []
    for path, value in readings.items():
        if path in LISTED:
            out += [(path, item) for item in sorted(value)]
        else:
            out.append((path, value))
    return out


def _found(path: str, value, readings: dict) -> bool | None:
    """True when `readings` holds this fact, False when it gives the setting another value, None when silent."""
    if path not in readings:
        return None
    if path == "exclusions":
        return any(_same_group(value, key) for key in readings[path]) or None
    if path in SETS:
        return value in readings[path] or None
    return _same(path, value, readings[path])


def compare(first: Label, second: Label) -> tuple[Counter, Counter, Counter, list[str]]:
    right, missed, invented, notes = Counter(), Counter(), Counter(), []
    for path, value in _items(first.facts):
        hit = _found(path, value, second.facts)
        (right if hit else missed)[_section(path)] += 1
        if not hit:
            notes.append(f"missed {path} = {value!r}")
    for path, value in _items(second.facts):
        if _found(path, value, first.facts) or _found(path, value, first.either):
            continue
        invented[_section(path)] += 1
        notes.append(f"INVENTED {path} = {value!r}" + (f" (first: {first.facts[path]!r})" if path in first.facts else ""))
    return right, missed, invented, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score a second labelling of a set against the first.")
    parser.add_argument("first")
    parser.add_argument("second")
    args = parser.parse_args(argv)
    firsts = {name: label for name, label in LABELS.items() if label.split == args.first}
    seconds = {name.removesuffix("-b"): label for name, label in LABELS.items() if label.split == args.second}
    total_right, total_missed, total_invented = Counter(), Counter(), Counter()
    for name in sorted(firsts.keys() & seconds.keys()):
        right, missed, invented, notes = compare(firsts[name], seconds[name])
        total_right += right
        total_missed += missed
        total_invented += invented
        for note in notes:
            print(f"{name}: {note}")
    r, m, i = sum(total_right.values()), sum(total_missed.values()), sum(total_invented.values())
    print(f"## {args.second} scored against {args.first}: {len(firsts.keys() & seconds.keys())} pages, {r + m} facts")
    print(f"{'section':<16}{'stated':>8}{'agreed':>8}{'other':>8}")
    for section in sorted(set(total_right) | set(total_missed) | set(total_invented)):
        print(f"{section:<16}{total_right[section] + total_missed[section]:>8}{total_right[section]:>8}{total_invented[section]:>8}")
    print(f"{'all':<16}{r + m:>8}{r:>8}{i:>8}   recall {r / max(1, r + m):.2f}, 'invented' {i}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
