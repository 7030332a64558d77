"""Each preset's page says every clause of its seed, and nothing else.

``clauses.py`` lists, per preset, every clause of its seed text (quoted from ``texts/``) with the
phrases of the rendered page that say it, the page sentences a chosen setting explains, and the seed
sentences that are not rules. The page is rendered with the shop's contact settings, and:

* every clause has its phrases on the page, each inside one sentence;
* every sentence of the page contains a clause's or a setting's phrase (nothing unexplained);
* every clause, setting explanation and non-rule is quoted from the seed (no invented clauses), and
  every sentence of the seed is one of them (no clause forgotten);
* the HTML page says the same sentences.
"""

import html
import re
from pathlib import Path

import pytest

from plugin.policy.presets import load_preset
from plugin.policy.render import Contact, render
from tests.seeds.clauses import PRESETS

TEXTS = Path(__file__).parent / "texts"
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-Z(])")


def page(name: str, fmt: str = "markdown") -> str:
    _, shop, *_ = PRESETS[name]
    contact = Contact(shop.get("phone"), shop.get("postal_address"), shop.get("hours"))
    return render(load_preset(name), shop["name"], shop["support_email"], fmt=fmt, contact=contact)


def sentences(markdown: str) -> list[str]:
    """The page's sentences: paragraphs and list items split at sentence ends; headings are structure."""
    plain = re.sub(r"\\(.)", r"\1", markdown)
    out = []
    for block in plain.split("\n\n"):
        block = block.strip()
        if not block or block.startswith("#"):
            continue
        items = [line[2:] for line in block.split("\n")] if block.startswith("- ") else [block]
        for item in items:
            out += [s for s in SENTENCE_END.split(item.strip()) if s]
    return out


def html_sentences(fragment: str) -> list[str]:
    out = []
    for block in re.findall(r"<(p|li)>(.*?)</\1>", fragment, re.S):
        out += [s for s in SENTENCE_END.split(html.unescape(block[1]).strip()) if s]
    return out


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("•", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def seed_text(name: str) -> str:
    files, *_ = PRESETS[name]
    return _norm(" ".join((TEXTS / f).read_text(encoding="utf-8") for f in files))


def seed_lines(name: str) -> list[str]:
    """The seed's lines that say something: not headings (short, no full stop) nor FAQ questions."""
    files, *_ = PRESETS[name]
    out = []
    for f in files:
        for raw in (TEXTS / f).read_text(encoding="utf-8").splitlines():
            line = _norm(raw)
            if not line or line.endswith("?") or (not line.endswith(".") and len(line.split()) <= 6):
                continue
            out.append(line)
    return out


def quoted_parts(quote: str) -> list[str]:
    return [part.strip() for part in re.split(r" \.\.\. |; |(?<=[.?!]) ", _norm(quote)) if part.strip()]


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_clause_has_its_sentence(name):
    _, _, clauses, _, _ = PRESETS[name]
    found = sentences(page(name))
    missing = [(clause, phrase) for clause, phrases in clauses for phrase in phrases
               if not any(phrase in sentence for sentence in found)]
    assert not missing, "\n".join(f"{c!r}: no sentence says {p!r}" for c, p in missing)


def explained(sentence: str, phrases: list[str]) -> bool:
    """Most of the sentence (60% of its characters) is made of phrases of clauses or settings: a
    clause's word inside a sentence that says something else does not explain it."""
    covered = [False] * len(sentence)
    for phrase in phrases:
        start = sentence.find(phrase)
        while start >= 0:
            covered[start:start + len(phrase)] = [True] * len(phrase)
            start = sentence.find(phrase, start + 1)
    return sum(covered) >= 0.6 * len(sentence)


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_sentence_is_explained_by_a_clause_or_a_setting(name):
    _, _, clauses, settings, _ = PRESETS[name]
    phrases = [p for _, ps in clauses for p in ps] + [p for p, _ in settings]
    unexplained = [s for s in sentences(page(name)) if not explained(s, phrases)]
    assert not unexplained, "sentences no clause or setting explains:\n" + "\n".join(unexplained)


@pytest.mark.parametrize("name", list(PRESETS))
def test_clauses_are_quoted_from_the_seed_and_cover_it(name):
    _, _, clauses, settings, not_rules = PRESETS[name]
    text = seed_text(name)
    quotes = [c for c, _ in clauses] + [n for n, _ in not_rules]
    invented = [part for quote in quotes for part in quoted_parts(quote) if part not in text]
    assert not invented, "not in the seed:\n" + "\n".join(invented)
    # Every sentence of the seed belongs to a clause or a non-rule (nothing forgotten); headings and
    # FAQ questions are structure.
    parts = sorted({part for quote in quotes for part in quoted_parts(quote)}, key=len, reverse=True)
    forgotten = []
    for line in seed_lines(name):
        for part in parts:
            line = line.replace(part, " ")
        words = re.findall(r"[a-z]{3,}", line)
        if len(words) > 3:
            forgotten.append(" ".join(words))
    assert not forgotten, "seed text no clause or non-rule covers:\n" + "\n".join(forgotten)


@pytest.mark.parametrize("name", list(PRESETS))
def test_html_page_says_the_same_sentences(name):
    assert html_sentences(page(name, "html")) == sentences(page(name))


def test_a_sentence_without_a_clause_fails():
    """The check bites: a page sentence nobody chose is reported."""
    _, _, clauses, settings, _ = PRESETS["alotrop"]
    phrases = [p for _, ps in clauses for p in ps] + [p for p, _ in settings]
    extra = sentences(page("alotrop") + "\nAny other fee of our responsibility is returned with the refund.\n")
    assert [s for s in extra if not explained(s, phrases)] == [
        "Any other fee of our responsibility is returned with the refund."]


def test_a_clause_without_a_sentence_fails():
    """The check bites the other way: a clause the page no longer says is reported."""
    from plugin.policy.document import parse_policy, policy_to_data

    data = policy_to_data(load_preset("allegra-k"))
    data["verification"]["contact_by_email"] = False
    _, shop, clauses, _, _ = PRESETS["allegra-k"]
    found = sentences(render(parse_policy(data), shop["name"], shop["support_email"]))
    missing = [p for _, ps in clauses for p in ps if not any(p in s for s in found)]
    assert "The amount of return order fluctuates greatly." in missing
