"""The test10 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (texts in texts/test10/, not committed; see labels.py
for what a label says). Measure once: `python -m bench.real_policies.score test10`."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

LABELS: dict[str, Label] = {}
