"""Quality and cost of the fraud signals: precision and recall on a labelled synthetic set, and CPU
time per ``assess`` for a customer with a long history.

    .venv/bin/python bench/bench_risk.py [--n 1500] [--seed 20250602] [--iterations 2000] [--preset allegra-k]

``--preset`` scores the set with a seed preset's own ``risk`` section instead of the defaults (Allegra
K's holds each of its four "abnormal order" conditions on its own, so it trades some precision for
recall; the same targets hold).

Quality: ``bench/risk_synthetic.py``'s ``generate`` builds a fixed-seed set of orders, returns and
cancellations, about a fifth of them fraud (seven archetypes) and the rest benign with noise
(customers who moved, gifts to relatives, typos, loyal big spenders, bracketers, quick returns,
households, expatriates, relay emails, two innocent traits at once...). Printed:

* per signal: precision and recall of the fact against the condition the generator injected,
  and "overall", the same micro-averaged over every (request, signal) pair;
* per level: precision and recall of HIGH (and of MEDIUM or above) against the fraud label; the
  target is recall >= 0.9 at precision >= 0.8 for HIGH (``tests/risk`` asserts it on the default
  seed); the score curve shows what other ``high_score`` settings would give;
* levels per scenario, to see where false alarms and misses come from.

Cost: CPU time (``time.process_time``) per ``assess`` for a return from a customer with 200 past
orders and 50 past returns (target < 1 ms): "warm" reuses the caches of parsed emails, phones,
names and addresses, as for a customer seen before; "cold" clears them before every call, as for
a customer seen for the first time. The calibration line times a plain loop so figures from
different machines compare (a recent desktop core runs it in about 6-8 µs).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import timeit
from collections import Counter, defaultdict
from functools import _lru_cache_wrapper
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout: bench/ is not installed

from plugin.risk import NEGATIVE_CODES, RiskSettings, assess
from plugin.risk import normalize as _normalize
from plugin.risk import signals as _signals
from bench.risk_synthetic import BASE_NOW, SEED, generate, heavy_customer  # noqa: E402


def _pr(pairs: list[tuple[bool, bool]]) -> tuple[float, float, int, int, int]:
    tp = sum(t and g for t, g in pairs)
    fp = sum(g and not t for t, g in pairs)
    fn = sum(t and not g for t, g in pairs)
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1), tp, fp, fn


def _row(label: str, pairs: list[tuple[bool, bool]]) -> str:
    p, r, tp, fp, fn = _pr(pairs)
    return (
        f"  {label:<27} precision {p:5.3f}  recall {r:5.3f}   (tp {tp:4d}  fp {fp:3d}  fn {fn:3d})"
    )


def quality(n: int, seed: int, settings: RiskSettings) -> None:
    cases = generate(n, seed)
    scored = [(case, assess(settings, case.facts, case.now)) for case in cases]
    fraud = sum(case.fraud for case in cases)
    print(
        f"synthetic set: {len(cases)} requests, seed {seed}, {fraud} fraud "
        f"({fraud / len(cases):.0%}), {len({c.scenario for c in cases})} scenarios"
    )
    print("per signal (fact fired vs condition injected):")
    overall: list[tuple[bool, bool]] = []
    for code in NEGATIVE_CODES:
        pairs = [(code in case.expected, code in a.codes) for case, a in scored]
        overall += pairs
        print(_row(code, pairs))
    print(_row("overall (micro-average)", overall))
    print(
        f"per level (vs the fraud label; high_score={settings.high_score}, "
        f"medium_score={settings.medium_score}):"
    )
    print(_row("HIGH", [(case.fraud, a.level == "HIGH") for case, a in scored]))
    print(_row("MEDIUM or HIGH", [(case.fraud, a.level != "LOW") for case, a in scored]))
    print("score curve (HIGH if score >= t):")
    for t in (40, 45, 50, 55, 60, 70):
        p, r, _, fp, fn = _pr([(case.fraud, a.score >= t) for case, a in scored])
        print(f"  t={t:<3} precision {p:5.3f}  recall {r:5.3f}  (false alarms {fp}, misses {fn})")
    print("levels per scenario:")
    levels: dict[str, Counter[str]] = defaultdict(Counter)
    for case, a in scored:
        levels[case.scenario][a.level] += 1
    for scenario in sorted(levels):
        counts = levels[scenario]
        print(
            f"  {scenario:<28} LOW {counts['LOW']:4d}  MEDIUM {counts['MEDIUM']:4d}  "
            f"HIGH {counts['HIGH']:4d}"
        )


def _caches() -> list[_lru_cache_wrapper]:
    return [
        value
        for module in (_signals, _normalize)
        for value in vars(module).values()
        if isinstance(value, _lru_cache_wrapper)
    ]


def cost(iterations: int, settings: RiskSettings) -> None:
    calibration = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6
    print(f"calibration: sum(range(1000)) takes {calibration:.1f} µs on this machine")
    facts = heavy_customer(orders=200, returns=50)
    busy = heavy_customer(orders=200, returns=50, seed=11, noisy=True)
    caches = _caches()
    for label, f in (("clean history", facts), ("many signals fire", busy)):
        result = assess(settings, f, BASE_NOW)
        history = f.history
        print(
            f"assess, {len(history.orders)} orders + {len(history.returns)} returns, {label} "
            f"({result.level}, {len(result.facts)} facts):"
        )
        gc.disable()
        try:
            best = float("inf")
            for _ in range(5):
                start = time.process_time()
                for _ in range(iterations):
                    assess(settings, f, BASE_NOW)
                best = min(best, (time.process_time() - start) / iterations)
            cold_total = 0.0
            cold_runs = max(iterations // 10, 50)
            for _ in range(cold_runs):
                for cache in caches:
                    cache.cache_clear()
                start = time.process_time()
                assess(settings, f, BASE_NOW)
                cold_total += time.process_time() - start
        finally:
            gc.enable()
        print(f"  warm caches: {best * 1e6:8.1f} µs CPU per assess (best of 5 x {iterations})")
        print(
            f"  cold caches: {cold_total / cold_runs * 1e6:8.1f} µs CPU per assess "
            f"(mean of {cold_runs}; target < 1000 µs)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1500, help="size of the synthetic set")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--iterations", type=int, default=2000, help="assess calls per timing run")
    parser.add_argument("--preset", default=None, help="score with this seed preset's risk section")
    args = parser.parse_args()
    settings = RiskSettings()
    if args.preset:
        from plugin.policy.presets import load_preset

        settings = load_preset(args.preset).risk
        print(f"risk settings: the {args.preset} preset's")
    quality(args.n, args.seed, settings)
    print()
    cost(args.iterations, settings)


if __name__ == "__main__":
    main()
