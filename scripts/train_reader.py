"""Write the learned reader's model (plugin/policy/drafting/learned_model.json) from the labelled
sentences of bench/real_policies (corpus.py). Run after the corpus changes; a test checks the file is
what this writes.

    python scripts/train_reader.py [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.real_policies import corpus  # noqa: E402
from plugin.policy.drafting import learned  # noqa: E402


def model_text() -> str:
    return json.dumps(learned.train(corpus.labelled()), separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = model_text()
    if "--check" in argv:
        current = learned.MODEL.read_text() if learned.MODEL.exists() else ""
        if current != text:
            print(f"{learned.MODEL} is not what the corpus trains: run python scripts/train_reader.py", file=sys.stderr)
            return 1
        return 0
    learned.MODEL.write_text(text)
    print(f"wrote {learned.MODEL} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
