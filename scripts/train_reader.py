"""Write the learned reader's model (plugin/policy/drafting/learned_model.json) from the labelled
sentences of bench/real_policies (corpus.py). Run after the corpus changes; a test checks the file is
what this writes.

    python scripts/train_reader.py           # train and write the model
    python scripts/train_reader.py --check   # is the model what the corpus and the training code make? (some 20 s)
    python scripts/train_reader.py --check --full   # the same, by training again (a few minutes)
    python scripts/train_reader.py --attribute      # first attribute the development pages' facts to their
                                                    # sentences again (attributed.json), then train

The development pages' attribution is a snapshot (bench/real_policies/attribution.py): write it again when pages join
the development sets, or when the rules read much more of them.

Training is deterministic, so the model file keeps the fingerprint of what made it (the labelled sentences and the
training code and its settings): the same fingerprint trains the same model, and `--check` compares fingerprints
instead of training again. The libraries' versions are left out of it, so that a new release of scikit-learn does not
fail the check by itself; `--check --full` says whether one changed what training gives.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.real_policies import corpus  # noqa: E402
from plugin.policy.drafting import learned  # noqa: E402


def fingerprint(sentences: list[tuple]) -> str:
    """What a model is trained from and how."""
    digest = hashlib.sha256()
    for text, *facts in sentences:
        digest.update(json.dumps([text, *map(sorted, facts)]).encode())
    for part in (learned.train, learned._features, learned.learnable):
        digest.update(inspect.getsource(part).encode())
    settings = [learned._MIN_EXAMPLES, learned._KEPT, learned._C, learned._SPACE, repr(learned._WORDS), repr(learned._CHARS),
                sorted(learned.CHOICES), sorted(learned.ITEMS), sorted(learned.FROM_WORDS)]
    digest.update(json.dumps(settings).encode())
    return digest.hexdigest()


def model_text(sentences: list) -> str:
    model = {"trained_from": fingerprint(sentences), **learned.train(sentences)}
    return json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n"


def _stale(why: str) -> int:
    print(f"{learned.MODEL} is not what the corpus trains ({why}): run python scripts/train_reader.py", file=sys.stderr)
    return 1


def attribute() -> None:
    """The development pages' facts attributed to their sentences by the rules and a reader trained without them."""
    from bench.bench_drafting import DEVELOPMENT
    from bench.real_policies import attribution

    reader = learned.LearnedReader(learned.train(corpus.base()), cut=0.0)
    snapshot = attribution.attribute(DEVELOPMENT, reader)
    attribution.SNAPSHOT.write_text(json.dumps(snapshot, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {attribution.SNAPSHOT} ({len(snapshot['pages'])} pages)")


def main(argv: list[str]) -> int:
    if "--attribute" in argv:
        attribute()
    sentences = corpus.labelled()
    current = learned.MODEL.read_text() if learned.MODEL.exists() else ""
    if "--check" in argv and "--full" in argv:
        return 0 if current == model_text(sentences) else _stale("trained again, it differs")
    if "--check" in argv:
        stored = json.loads(current).get("trained_from") if current else None
        return 0 if stored == fingerprint(sentences) else _stale("its fingerprint differs")
    text = model_text(sentences)
    learned.MODEL.write_text(text)
    print(f"wrote {learned.MODEL} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
