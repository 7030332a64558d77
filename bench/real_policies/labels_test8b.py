"""A second, independent labelling of the test8 set's pages (keys "<name>-b"), by an engineer who saw
neither the first labels of these pages nor the drafter: `python -m bench.real_policies.agreement
test8 test8b` scores it against the first labels as a draft is scored. Not a set to draft."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this module into LABELS)

LABELS: dict[str, Label] = {}
