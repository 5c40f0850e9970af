"""Word tokens with offsets, and the text regions the rules work on.

A possessive ’s/'s is split off the word before it (so "France’s" gives
"France"), hyphenated and apostrophe-internal words stay whole
("now-dissolved", "O’Brien"), and dotted acronyms ("U.S.") are one token.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from casebook.model import Sentence

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|[^\W\d_](?:\w|[’'](?!s\b)(?=\w)|-(?=\w))*"  # words; stop before a possessive ’s
    r"|\d(?:[\d,.:/-]*\d)?"  # numbers and dates
    r"|[’'](?=s\b)s"  # the possessive itself
    r"|[^\w\s]"  # punctuation, one character each
)
OPENING_MARKS = "“\"‘(["


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        letters = self.text.replace(".", "")
        return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def regions(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` for each sentence, plus any non-blank text outside
    sentences (the header line) as paragraph 0, in text order."""
    spans = sorted((s.start, s.end, s.paragraph) for s in sentences)
    out: list[tuple[int, int, int]] = []
    cursor = 0
    for start, end, paragraph in spans:
        if text[cursor:start].strip():
            out.extend(_gap_lines(text, cursor, start))
        out.append((start, end, paragraph))
        cursor = max(cursor, end)
    if text[cursor:].strip():
        out.extend(_gap_lines(text, cursor, len(text)))
    return out


def _gap_lines(text: str, start: int, end: int) -> Iterable[tuple[int, int, int]]:
    for match in re.finditer(r"[^\r\n]+", text[start:end]):
        if match.group().strip():
            yield start + match.start(), start + match.end(), 0


def paragraph_at(sentences: Sequence[Sentence], offset: int) -> int:
    """The body paragraph holding ``offset`` (0 outside every sentence)."""
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.paragraph
    return 0


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def is_initial(text: str, token: Token, region_start: int) -> bool:
    """True when the token opens its sentence or a quotation (so its capital says nothing)."""
    before = text[region_start : token.start].rstrip()
    return not before or before[-1] in OPENING_MARKS or before[-1] in ":—"


def slug(name: str) -> str:
    """A stable actor id for a name found by pattern: "Sar Kheng" -> "sar_kheng"."""
    return re.sub(r"[^0-9a-z]+", "_", name.casefold()).strip("_") or "unnamed"
