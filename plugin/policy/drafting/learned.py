"""A reader below the rules: what a sentence states, judged by its likeness to labelled sentences.

The rules read the wordings they were written from and little else; the same rule said another way
("Postage for a return is paid by you") often escapes them. This reader learned, from a corpus of
such sentences in our own words (`bench/real_policies/`: each one with the settings it states, and the
sentences of the development pages rewritten whole, each with the facts of its page's label attributed to
it, or left unknown where it might state them), one logistic regression per setting and value over the
sentence's words, word pairs and character runs.
It reads the settings whose value is one of a few (who pays, how the refund is paid, each condition
item, ...), and which sentence states the return or fault window or refuses some goods (the length, or
the kinds of goods, are then taken from the sentence's words); other numbers, goods in the merchant's
own words and anything a rule already set stay with the rules.

It places a value only when it is confident (`CUT`), and every value it places points at the
sentence that gave it, with that confidence, so the merchant can check it. The model is a file in
the package (`learned_model.json`, written by `scripts/train_reader.py` from the corpus): nothing is
learned or downloaded at run time, and the same text always reads the same.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

MODEL = Path(__file__).with_name("learned_model.json")
CUT = 0.7  # the confidence below which a guess is left unsaid
# the confidence below which it is not even offered to the merchant: under it a suggestion is wrong more often than right
# on pages the reader did not learn from (BENCHMARKS.md, session 25)
FLOOR = 0.4
# settings whose value a sentence states as a choice among a few
CHOICES = frozenset({
    "shipping.default.payer", "shipping.merchant_at_fault", "refund.method", "refund.original_shipping", "refund.inspection",
    "refund.confirmation_email", "returns.request_required_before_shipping", "returns.request_via", "returns.enabled", "returns.only_at_fault",
    "returns.most_items_only", "resolutions.exchange", "resolutions.replacement", "resolutions.store_credit",
    "resolutions.reorder_hint", "requirements.proof_of_purchase", "requirements.reason_required", "cancellation.until_shipped",
    "returns.window.starts", "fault.window.starts", "instructions.pack_securely", "instructions.tracked_shipping_recommended",
    "fees.waived_when_merchant_at_fault", "fault.overrides_exclusions", "fault.photos_requested", "cancellation.request_via",
    "instructions.address_on_request", "instructions.insured_shipping_recommended",
})
ITEMS = frozenset({"requirements.condition", "fault.reasons", "fault.remedies", "fault.photos_of"})
# settings whose value the reader does not learn: it learns that a sentence states the setting (a window's
# length, goods refused), and the drafter takes the value from the sentence's words (`ANY` stands for it)
FROM_WORDS = frozenset({"returns.window.days", "fault.window.days", "exclusions"})
ANY = "*"
_MIN_EXAMPLES = 3  # a value stated by fewer sentences is too rare to learn
_KEPT = 300  # features per value: as good as all of them held out, and a model file a few hundred KB
_C = 16.0  # light regularisation: held out, confident guesses stay right while more of them are made
_SPACE = 2**18
_WORDS = HashingVectorizer(ngram_range=(1, 2), n_features=_SPACE, alternate_sign=False, norm=None)
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=_SPACE, alternate_sign=False, norm=None)


def learnable(facts: dict) -> set[tuple[str, str]]:
    """The (setting, value as JSON) pairs of a labelled sentence's facts this reader learns."""
    out = set()
    for path, value in facts.items():
        if path == "shipping.merchant_at_fault":
            out.add((path, json.dumps(value.get("payer"))))
        elif path in CHOICES:
            out.add((path, json.dumps(value, sort_keys=True)))
        elif path in ITEMS:
            out |= {(path, json.dumps(item)) for item in value}
        elif path in FROM_WORDS:
            out.add((path, json.dumps(ANY)))
    return out


def _features(texts: list[str]) -> csr_matrix:
    """Words and word pairs beside character runs, each counted once, the whole scaled to length one."""
    lowered = [text.lower() for text in texts]
    words, chars = (normalize(kind.transform(lowered).sign()) for kind in (_WORDS, _CHARS))
    return normalize(hstack([words, chars]).tocsr())


@dataclass(frozen=True)
class Guess:
    path: str
    value: object
    confidence: float


class LearnedReader:
    """Per (setting, value): an intercept and the weights of the hashed features that carry any."""

    def __init__(self, model: dict, cut: float = CUT, floor: float = FLOOR) -> None:
        self.cut = cut
        self.floor = floor
        self.facts = [(fact["path"], json.loads(fact["value"])) for fact in model["facts"]]
        columns = 2 * _SPACE
        rows, cols, weights = [], [], []
        for row, fact in enumerate(model["facts"]):
            for col, weight in fact["weights"].items():
                rows.append(row)
                cols.append(int(col))
                weights.append(weight)
        self.weights = csr_matrix((weights, (rows, cols)), shape=(len(self.facts), columns)).T.tocsr()
        self.intercepts = np.array([fact["intercept"] for fact in model["facts"]])

    def read(self, texts: list[str], cut: float | None = None) -> list[list[Guess]]:
        """For each text, what it states with at least `cut` confidence (the reader's own unless given), most confident first."""
        cut = self.cut if cut is None else cut
        if not texts or not self.facts:
            return [[] for _ in texts]
        scores = (_features(texts) @ self.weights).toarray() + self.intercepts
        confidence = 1 / (1 + np.exp(-scores))
        out = []
        for row in confidence:
            sure = [Guess(*self.facts[i], round(float(row[i]), 3)) for i in np.flatnonzero(row >= cut)]
            out.append(sorted(sure, key=lambda g: -g.confidence))
        return out


def train(sentences: list[tuple]) -> dict:
    """The model learned from labelled sentences, each (text, learnable facts stated) or (text, stated, unknown):
    a sentence that might state a fact it is not labelled with teaches nothing about that fact; deterministic."""
    x = _features([text for text, *_facts in sentences])
    stated = [facts[0] for _text, *facts in sentences]
    unknown = [facts[1] if len(facts) > 1 else () for _text, *facts in sentences]
    counts = Counter(fact for said in stated for fact in said)
    facts = []
    for path, value in sorted(fact for fact, count in counts.items() if count >= _MIN_EXAMPLES):
        rows = np.array([(path, value) in said or (path, value) not in unsure for said, unsure in zip(stated, unknown)])
        labels = [(path, value) in said for said, row in zip(stated, rows) if row]
        taught = x[rows]
        first = LogisticRegression(C=_C, solver="liblinear", random_state=0).fit(taught, labels)
        kept = np.sort(np.argsort(-np.abs(first.coef_[0]), kind="stable")[:_KEPT])
        fitted = LogisticRegression(C=_C, solver="liblinear", random_state=0).fit(taught[:, kept], labels)
        facts.append({
            "path": path, "value": value, "intercept": round(float(fitted.intercept_[0]), 5),
            "weights": {str(i): round(float(w), 5) for i, w in zip(kept, fitted.coef_[0]) if w},
        })
    return {"facts": facts}


@lru_cache(maxsize=1)
def shipped() -> LearnedReader:
    """The reader the package ships (its model file), loaded once."""
    return LearnedReader(json.loads(MODEL.read_text()))


UNTRAINED = LearnedReader({"facts": []})  # a reader that learned nothing: the drafter with it is the rules alone
