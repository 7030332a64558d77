"""A policy text cut into clauses: sentences with where they stand, what heading they sit under,
and, for a list item, the sentence that introduced the list.

A merchant's page is rarely prose alone: "We do not accept returns on:" followed by bullets means
each bullet is an exclusion, and "5. Refund Processing" says what the lines below it are about.
The readers need that context, the merchant needs the exact words and offsets back, so a clause
keeps both: `text` is the original span, `context` is what the readers match against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pysbd

_BULLET = re.compile(r"^\s*(?:[•\-*–·▪◦]|\(?\d{1,2}[.)]|[a-z][.)]|step \d+:?)\s*", re.IGNORECASE)
_HEADING_MAX_WORDS = 8
_LIST_ITEM_MAX_WORDS = 15
_SENTENCE_MIN_WORDS = 6
_NUMBERED = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?")
# "5Processing a return can take ...": a list's number glued to the item's first word, its full stop lost where the
# page was copied (a capital after one or two digits: not "30days", "4x4")
_GLUED_NUMBER = re.compile(r"^\d{1,2}(?=[A-Z][a-z])")
# "let our Customer Care Team know": the shop named by its people, read as the shop ("let us know", the words the patterns name)
_OUR_TEAM = re.compile(r"\blet our (?:[\w-]+ ){0,3}?(?:team|department|staff|desk) know\b")
# "MagicShopSanDiego.com will refund the item's cost in full and pay the shipping": the shop named by its address, read as "we"
_SHOP_BY_ADDRESS = re.compile(r"(?<![@\w.-])(?:www\.)?[a-z][\w-]*\.(?:com|net|org|shop|store|co\.uk|com\.au|ca)(?= (?:will|shall|would|can|may|made)\b)")
# "Time LimitYou must start any return ...": a bold lead glued to its sentence where the page was copied, read as the lead
# it was ("Time Limit: You must ..."); the sentence starts on a word sentences open with (not "PayPal", "YouTube")
_GLUED_LEAD = re.compile(r"^(\W*(?:[A-Z][\w/&'-]*\s){0,4}[A-Z][a-z]+)(?=(?:You|We|Every|All|Any|If|Items|Our|Please|The|To|For|When|Once|"
                         r"Products|Each|No|Only|This|It|Orders|Customers|Should|Unless|Where)\s)")
_MANY_SENTENCES = re.compile(r"[.!?…]['\")\]]*\s+\S")
# Compiled once here: these run on every clause and line, so they skip even the cache lookup that `_compiled`
# (common.py) and `re` make on each call.
_EMPHASIS = re.compile(r"\*\*|__")
_NEWLINE = re.compile(r"\n")
_TOKEN = re.compile(r"[\w']+|[^\w\s]")
_LINE = re.compile(r"[^\n]+")
_SCHEDULE_MARK = re.compile(r"[=$€£%]")
_NUMBER_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s")
_LONE_BULLET = re.compile(r"[•\-*–·▪◦]")
# a rule said in capitals or title case on a line of its own: a refusal or an obligation, verb and all (not the goods a title
# names by it: "Items That Cannot Be Returned", "What Can't Be Returned")
_RULE_SAID = re.compile(r"(?<!that )(?<!which )(?<!what )\b(?:cannot|can't|can not|won't|will not|must|may not|do not|don't|does not|doesn't|(?:are|is) (?:not|final|non-?\w+))\b", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an and or for of to the in on with at by & your our".split())
# the words that put a time or a place on a rule ("within 30 Days", "after Delivery"), never a title's lower-case word
_PREPOSITIONS = frozenset("within after before from until since during upon into over under".split())


# A consumer law's title ("the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013", "the
# Consumer Rights Act 2015"): its words ("Cancellation", "Additional Charges", the year) state no rule of the shop's
_LAW_NAME = re.compile(r"\b(?:consumer|distance selling)\b[\w ]{0,40}?(?:\([^()]{0,80}\)\s*)?\b(?:regulations|act|directive)\b(?:\s+\d{4})?")


@dataclass(frozen=True)
class Clause:
    """One sentence (or list item) of the merchant's text."""

    text: str  # word for word, stripped
    start: int  # offset of `text` in the whole document
    end: int
    heading: str  # the nearest heading above it ("" when none)
    intro: str  # the sentence ending in ":" that introduced this list item ("" when none)
    is_heading: bool
    paragraph: int  # clauses with the same number stand in one paragraph (no blank line between)
    paragraph_text: str = ""  # the whole paragraph, plain and lower-cased (what it is about)
    line: str = ""  # the whole line it stands on, without its list marker, plain and lower-cased
    opening: str = ""  # the first clause of its paragraph (`body`): what the paragraph opens on
    listed: bool = False  # it stands on a list item's line
    listing: str = ""  # every item of the list it stands in (same introduction), plain and lower-cased ("" when none)
    introduces: tuple[str, ...] = ()  # the items of the list it introduces, each plain and lower-cased (none when it introduces none)
    antecedent: str = ""  # on a list's line, the sentence its introduction points back to ("Some items cannot be returned. These are:")
    own_goods: frozenset[str] = frozenset()  # the goods the whole page is about ("sock" on a sock shop's page), as stems

    @property
    def body(self) -> str:
        """The clause without its list marker, lower-cased, with typographic quotes plain."""
        unmarked = _GLUED_LEAD.sub(r"\1: ", _GLUED_NUMBER.sub("", _BULLET.sub("", self.text, count=1), count=1), count=1)
        plain = _LAW_NAME.sub("consumer law", _EMPHASIS.sub("", _plain(unmarked).lower().replace("re-stock", "restock")))
        return _SHOP_BY_ADDRESS.sub("we", _OUR_TEAM.sub("let us know", plain))

    @property
    def context(self) -> str:
        """What a reader matches against: the list's introduction (after the sentence it points back to), then the clause itself."""
        return f"{_plain(self.antecedent).lower()} {_plain(self.intro).lower()} {self.body}".strip()


def _plain(text: str) -> str:
    return (
        text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
        .replace("\u2010", "-").replace("\u2011", "-").replace("\u2012", "-")
        .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ").replace("\n", " ")
    )


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


# A page stored hard-wrapped ("... you may rest\nassured that the items ...") breaks its sentences at
# a fixed width: a long line that ends mid-sentence (no stop, colon or semicolon) and goes on in
# lower case, or ends on a comma or a word no sentence ends with, is one line with the next.
_WRAP_MIN = 50
_NO_END = frozenset(
    "a an the to of at by for with and or in on from as that which your our their its is are be been will may can "
    "not no any all this these if than into per within after before until under over about via upon onto".split()
)  # a preposition ends no sentence: "must be reported within\n7-days from delivery" is one line


def _unwrapped(text: str) -> str:
    """`text` with the line breaks of a hard-wrapped paragraph as spaces (same length: offsets hold)."""
    if "\n" not in text:
        return text
    out = list(text)
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    for here, nxt in zip(starts, starts[1:], strict=False):
        line = text[here : nxt - 1].rstrip()
        following = text[nxt : text.find("\n", nxt) if "\n" in text[nxt:] else len(text)]
        if len(line) < _WRAP_MIN or not following.strip() or line.endswith((".", "!", "?", ":", ";")):
            continue
        if _BULLET.match(following) or following[:1].isspace():
            continue  # the next line is a list item of its own
        last = _TOKEN.findall(line)[-1].lower()
        if following[:1].islower() or last == "," or last in _NO_END:
            out[nxt - 1] = " "
    return "".join(out)


def _spans(text: str):
    """Sentence spans: pysbd within each line block, since a line break in a policy page ends a
    sentence even where the merchant put no full stop (headings, bullets)."""
    original, text = text, _unwrapped(text)
    for line in _LINE.finditer(text):
        # a numbered item's marker ("  1. Contact us ...") ends no sentence: it stays with the first one
        marker = len(_NUMBERED.match(line.group()).group())
        offset = line.start() + marker
        if not _MANY_SENTENCES.search(line.group()[marker:]):  # most lines of a policy page are one sentence
            stripped = line.group().strip()
            if stripped:
                start = line.start() + len(line.group()) - len(line.group().lstrip())
                yield original[start : start + len(stripped)], start, start + len(stripped)
            continue
        first = True
        for span in _segmenter().segment(line.group()[marker:]):
            raw = span.sent
            stripped = raw.strip()
            if not stripped:
                continue
            start = offset + span.start + (len(raw) - len(raw.lstrip()))
            if first and marker:
                start = line.start() + len(line.group()) - len(line.group().lstrip())
            first = False
            end = offset + span.start + len(raw.rstrip())
            yield original[start:end], start, end


def _numbered_title(text: str, words: list[str]) -> bool:
    """"3. ITEMS EXCLUDED.": a numbered title in capitals, its full stop no sentence's."""
    return 0 < len(words) <= _HEADING_MAX_WORDS and bool(_NUMBER_MARKER.match(text)) and text.rstrip().endswith(".") and " ".join(words).isupper()


def _looks_like_heading(text: str) -> bool:
    words = _BULLET.sub("", text).split()
    question = text.rstrip().endswith("?")
    if _numbered_title(text, words):
        return True
    if not words or len(words) > _HEADING_MAX_WORDS + 4 * question or text.rstrip().endswith((".", ":", ";", ",")):
        return False
    if _SCHEDULE_MARK.search(text) or (_RULE_SAID.search(text) and not question):
        return False  # "Compact Stroller Fee = $20" is a line of a schedule, "GIFT CARDS CANNOT BE REFUNDED" a rule: no headings
    if text.startswith(("#", "\u25a0", "\u25c6", "\u25cf", "\u3010")):  # "## ...", "\u25a0Cases where ...", "\u3010About returns\u3011"
        return True
    return question or _title_case(text, words)


def _title_case(text: str, words: list[str]) -> bool:
    """Every word capitalised but the small ones; or, "Bridal Gown, Flower girl and Prom Dress Returns", one word left in
    lower case among four or more capitalised ones (not a rule in title case: "Returns Accepted within 30 Days of
    Delivery", a time and its preposition)."""
    lower = [w for w in words if not (w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS)]
    return not lower or (len(lower) == 1 and sum(1 for w in words if w[:1].isupper()) >= 4
                         and not any(c.isdigit() for c in text) and lower[0].lower() not in _PREPOSITIONS)


def _whole_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return not text[before:start].strip() and not text[end:after if after >= 0 else len(text)].strip()


def _leads(clause: Clause, text: str) -> bool:
    """A short line of its own standing over a list introduces it even without a colon."""
    return (
        not clause.is_heading and not clause.listed and _whole_line(text, clause.start, clause.end)
        and len(clause.text.split()) <= 12 and not _BULLET.match(clause.text.lstrip("0123456789.) ")[:1] or "x")
        and not clause.text.lstrip().startswith(("•", "-", "*"))
    )


def _kind(sentence: str, whole_line: bool) -> tuple[bool, bool]:
    """(is a heading, is a list item)."""
    bullet = bool(_BULLET.match(sentence))
    numbered = bool(_NUMBER_MARKER.match(sentence))
    is_heading = (not bullet or numbered) and whole_line and _looks_like_heading(sentence)
    return is_heading, bullet and not is_heading


def _with_paragraphs(clauses: list[Clause]) -> list[Clause]:
    paragraphs: dict[int, str] = {}
    openings: dict[int, str] = {}
    for clause in clauses:
        paragraphs[clause.paragraph] = f"{paragraphs.get(clause.paragraph, '')} {clause.body}"
        if not clause.is_heading:
            openings.setdefault(clause.paragraph, clause.body)
    return [replace(clause, paragraph_text=paragraphs[clause.paragraph], opening=openings.get(clause.paragraph, ""))
            for clause in clauses]


def _with_listings(clauses: list[Clause]) -> list[Clause]:
    """Each list item with the items it is listed among: a run of clauses under one introduction; and the
    introduction, right before its run, with the items it introduces."""
    runs: list[list[int]] = []
    for at, clause in enumerate(clauses):
        if clause.intro and runs and clauses[runs[-1][-1]].intro == clause.intro and runs[-1][-1] == at - 1:
            runs[-1].append(at)
        elif clause.intro:
            runs.append([at])
    listed = list(clauses)
    for run in runs:
        listing = " ".join(clauses[at].body for at in run)
        for at in run:
            listed[at] = replace(listed[at], listing=listing)
        lead = run[0] - 1
        if lead >= 0 and clauses[lead].text == clauses[run[0]].intro:
            listed[lead] = replace(listed[lead], introduces=tuple(clauses[at].body for at in run))
    return listed


# An FAQ's question, on a line of its own ("My board came damaged. What do I do first?", "Can I return a board if I only
# took off the plastic wrap and never rode it?"): the whole line is the heading of the answer below it
_QUESTION_MAX_WORDS = 30


def _question_line(raw: str) -> str | None:
    line = _plain(raw).strip()
    return line if line.endswith("?") and len(line.split()) <= _QUESTION_MAX_WORDS and not _BULLET.match(line) else None


def _raw_line(unwrapped: str, start: int) -> str:
    """The line `start` stands on, as written."""
    line_end = unwrapped.find("\n", start)
    return unwrapped[unwrapped.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(unwrapped)]


def _line(raw: str) -> str:
    """A line without its list marker, plain and lower-cased."""
    return _plain(_BULLET.sub("", raw, count=1)).strip().lower()


def _marked(spans, text: str):
    """The spans, each with whether a list marker alone on the line before marks it as a list item (a dash
    ending a line of prose, "... still intact. -", marks nothing: the next line may be a heading)."""
    marked = False
    for sentence, start, end in spans:
        if _LONE_BULLET.fullmatch(sentence):
            marked = _whole_line(text, start, end)
            continue
        yield sentence, start, end, marked
        marked = False


_ITEM_LINE_MAX_WORDS = 10


def _item_line(sentence: str) -> bool:
    """A short line with no stop: how a list's item reads when a page converted from HTML parts the items by
    blank lines ("Other items that can't be returned:\n\nGift cards\n\nSoftware you download")."""
    return len(sentence.split()) <= _ITEM_LINE_MAX_WORDS and not sentence.rstrip().endswith((".", "!", "?", ":", ";"))


def _intro(intro: str, clauses: list[Clause], text: str, gap: str, is_heading: bool, bullet: bool, item_line: bool = False) -> str:
    """The list introduction in force for the next clause. A list runs on over bullets, and over the
    plain lines of the paragraph right after its introduction, until a blank line ends that
    paragraph (unless the list's items are short lines with no stop, each a paragraph of its own);
    a list of bullets ends at the first plain line after them, blank line or not."""
    just_introduced = bool(clauses) and (clauses[-1].text == intro or (
        item_line and intro.endswith(":") and clauses[-1].intro == intro and not clauses[-1].listed and _item_line(clauses[-1].text)))
    after_bullets = bool(intro) and not bullet and "\n" in gap and bool(clauses) and clauses[-1].listed
    if is_heading or (not bullet and "\n\n" in gap and not just_introduced) or after_bullets:
        intro = ""
    if bullet and not intro and clauses and _leads(clauses[-1], text):
        intro = clauses[-1].text  # "1. If you're shopping in the U.S." over its bullets
    return intro


def _next_line(text: str, end: int) -> str:
    after = text.find("\n", end)
    return "" if after < 0 else text[after + 1 :].split("\n", 1)[0]


def _first_of_a_list(sentence: str, intro: str, clauses: list[Clause], gap: str, next_line: str) -> bool:
    """A short line with no stop right after a sentence that ends in a colon, and another such line after it: the first
    item of a list, however capitalised ("Everything can be returned except:" then "Clearance Items", "Gift cards"); a
    title over prose ("Copy this template:" then "About Refunds", "When your return arrives: ...") stays a heading."""
    return bool(intro) and bool(clauses) and clauses[-1].text == intro and "\n\n" not in gap and len(intro.split()) >= 3 \
        and _item_line(sentence) and not _NUMBER_MARKER.match(sentence) and bool(next_line.strip()) and _item_line(next_line.strip())


# an introduction that says what its list is only by pointing back to the sentence before it ("Some items can be neither
# returned nor exchanged. Usually these are:", "They include:", "Among them (the list is not complete):")
_POINTS_BACK = re.compile(r"^\W*(?:(?:usually|generally|typically|mainly|in our (?:shop|store|range)),? )?"
                          r"(?:(?:these|they|those)(?: items| products| goods)? (?:are|include|includes)(?: the following| among others)?|"
                          r"(?:these|they) are listed (?:here|below)|this includes|among (?:them|these|others))\W*(?:\([^)]*\)\W*)?:\s*$", re.I)


def _pointed_back_to(intro: str, clauses: list[Clause], listed: bool) -> str:
    """For a line of a list, the sentence right before its introduction `intro` in its paragraph, when `intro` points back
    to it for what the list is (not for a line of prose after the list, which the introduction runs on over)."""
    if not listed or not intro or not _POINTS_BACK.match(intro):
        return ""
    at = max((n for n, clause in enumerate(clauses) if clause.text == intro), default=-1)
    before = clauses[at - 1] if at > 0 else None
    usable = before is not None and before.paragraph == clauses[at].paragraph and not before.is_heading and not before.listed
    return before.text if usable else ""


def split(text: str) -> list[Clause]:
    """The clauses of `text`, in order, each with its heading and list introduction."""
    clauses: list[Clause] = []
    heading = intro = ""
    previous_end = paragraph = 0
    unwrapped = _unwrapped(text)
    for sentence, start, end, marked in _marked(_spans(text), text):
        raw = _raw_line(unwrapped, start)
        line = _line(raw)
        asked = None if marked else _question_line(raw)
        is_heading, bullet = (True, False) if asked else (False, True) if marked else _kind(sentence, _whole_line(text, start, end))
        gap = text[previous_end:start]
        if is_heading and _first_of_a_list(sentence, intro, clauses, gap, _next_line(text, end)):
            is_heading = False  # "Everything can be returned except:" then "Clearance Items": the list's first item, no heading
        paragraph += "\n\n" in gap or is_heading
        intro = _intro(intro, clauses, text, gap, is_heading, bullet, _whole_line(text, start, end) and _item_line(sentence))
        listed = bullet or (bool(clauses) and "\n" not in gap and clauses[-1].listed)
        if intro and not listed and len(line.split()) > _LIST_ITEM_MAX_WORDS and len(intro.split()) >= _SENTENCE_MIN_WORDS:
            # a plain line of prose is no item of the list a sentence introduced ("To return an item, you
            # must send it to:"); a short lead ("Refunds:", "In Store Purchases:") still stands over the
            # lines below it, as a heading would
            intro = ""
        heading = asked or (_plain(sentence).lstrip("#").strip() if is_heading else heading)
        clauses.append(Clause(sentence, start, end, heading, intro, is_heading, paragraph, line=line, listed=listed,
                              antecedent=_pointed_back_to(intro, clauses, listed)))
        previous_end = end
        if sentence.endswith(":") and not is_heading:
            intro = sentence
    return _with_listings(_with_paragraphs(clauses))
