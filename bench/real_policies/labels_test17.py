"""The test17 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (texts in texts/test17/, not committed; see labels.py
for what a label says)."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

LABELS: dict[str, Label] = {}
