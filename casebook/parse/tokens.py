"""Word tokens with offsets, and the text regions the rules work on.

A possessive ’s/'s is split off the word before it (so "Peru’s" gives
"Peru"), hyphenated and apostrophe-internal words stay whole
("now-dissolved", "O’Brien"), and dotted acronyms (for example "U.N.") are one token.
A story is tokenised once (:class:`TokenIndex`); the rules then take the
tokens of any stretch of it by offsets instead of scanning the text again.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import compress, count, repeat
from operator import attrgetter, itemgetter
from typing import Callable, Iterable, NamedTuple, Sequence

from casebook.model import Sentence

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted acronyms, e.g. U.N., U.K.
    r"|[^\W\d_]\w*(?:(?:[’'](?!s\b)|-)(?=\w)\w*)*"  # words, inner ’ and -; stop before a possessive ’s
    r"|\d(?:[\d,.:/-]*\d)?"  # numbers and dates
    r"|[’'](?=s\b)s"  # the possessive itself
    r"|[^\w\s]"  # punctuation, one character each
)
_LINE = re.compile(r"[^\r\n]+")
_SLUG_GAP = re.compile(r"[^0-9a-z]+")
OPENING_MARKS = "“\"‘(["
_first = itemgetter(0)
_start_of, _end_of = itemgetter(0), itemgetter(1)
_START = attrgetter("start")


class Token(NamedTuple):
    """One token: offsets, the text as written, and the facts the rules ask about it."""

    start: int
    end: int
    text: str
    lower: str
    is_word: bool  # starts with a letter
    is_capitalised: bool

    @property
    def is_acronym(self) -> bool:
        letters = self.text.replace(".", "")
        return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    matches = list(_TOKEN.finditer(text, start, end))
    # map() keeps the per-token work in C: a story's every token is made here once.
    texts = list(map(re.Match.group, matches))
    firsts = list(map(_first, texts))
    fields = zip(map(re.Match.start, matches), map(re.Match.end, matches), texts, map(str.lower, texts),
                 map(str.isalpha, firsts), map(str.isupper, firsts))
    return list(map(tuple.__new__, repeat(Token), fields))


Selector = Callable[[Sequence[Token]], Iterable[bool]]  # one truth value per token


def starts_with_letter(tokens: Sequence[Token]) -> list[bool]:
    """Selector for :meth:`TokenIndex.select`: the tokens that start with a letter."""
    return [t.is_word for t in tokens]


class TokenIndex:
    """Every token of one text, found in one pass; :meth:`between` slices them by offsets."""

    __slots__ = ("text", "tokens", "_starts", "_ends", "_selections")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self._starts = list(map(_start_of, self.tokens))
        self._ends = list(map(_end_of, self.tokens))
        self._selections: dict[Selector, tuple[list[int], list[Token]]] = {}

    def between(self, start: int, end: int) -> list[Token]:
        """Exactly ``tokenize(text, start, end)``. A token of the whole text that
        straddles ``start`` or ``end`` would be cut differently there, so only
        then is the stretch scanned again."""
        found = self._slice(start, end)
        return tokenize(self.text, start, end) if found is None else self.tokens[found[0] : found[1]]

    def select(self, start: int, end: int, keep: Selector) -> list[Token]:
        """Exactly the tokens of ``between(start, end)`` that ``keep`` marks; ``keep``
        runs over the whole text once (so pass the same selector each time)."""
        found = self._slice(start, end)
        if found is None:
            stretch = tokenize(self.text, start, end)
            return list(compress(stretch, keep(stretch)))
        if keep not in self._selections:
            positions = list(compress(count(), keep(self.tokens)))
            self._selections[keep] = (positions, list(map(self.tokens.__getitem__, positions)))
        positions, kept = self._selections[keep]
        return kept[bisect.bisect_left(positions, found[0]) : bisect.bisect_left(positions, found[1])]

    def _slice(self, start: int, end: int) -> tuple[int, int] | None:
        """``(i, j)`` with ``tokens[i:j]`` the tokens of ``text[start:end]``; None if cut."""
        if start < 0 or start > end or end > len(self.text):
            return None
        starts, ends = self._starts, self._ends
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
            return None
        return i, j


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
    for match in _LINE.finditer(text[start:end]):
        if match.group().strip():
            yield start + match.start(), start + match.end(), 0


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence holding ``offset``; ``sentences`` in text order, as the parser gives them."""
    i = bisect.bisect_right(sentences, offset, key=_START) - 1
    return sentences[i] if i >= 0 and offset < sentences[i].end else None


def paragraph_at(sentences: Sequence[Sentence], offset: int) -> int:
    """The body paragraph holding ``offset`` (0 outside every sentence)."""
    sentence = sentence_at(sentences, offset)
    return sentence.paragraph if sentence is not None else 0


def char_before(text: str, offset: int) -> str:
    """The last non-space character before ``offset`` ("" if there is none)."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return text[offset - 1] if offset > 0 else ""


def is_initial(text: str, token: Token, region_start: int) -> bool:
    """True when the token opens its sentence or a quotation (so its capital says nothing)."""
    before = text[region_start : token.start].rstrip()
    if before.endswith('"') and len(before) > 1 and not before[-2].isspace() and before[-2] not in OPENING_MARKS:
        return False  # 'it," Cavasoglu said': a straight mark after punctuation closes a quote
    return (not before or before[-1] in OPENING_MARKS or before[-1] in ":—"
            or DATELINE.fullmatch(before + " ") is not None)  # "Taipei, July 17 (CNA) Members of …"


# A dateline opening a paragraph: "Taipei, July 17 (CNA) ", "KUALA LUMPUR, August 18 — ".
DATELINE = re.compile(r"[A-Z][\w.'’ -]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
                      r"(?:\([A-Z][\w ]{1,20}\))?\s*[-–—:]?\s*"
                      # "BANGKOK — ", "NEW DELHI, India (AP) — ": a place in capitals and a dash
                      r"|[A-Z][A-Z.'’ -]{2,30}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*"
                      r"(?:\([A-Z][\w ]{1,20}\))?\s*[–—]\s*"
                      # "Santo Domingo.- Justice minister …": a place, a stop and a dash
                      r"|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\.[-–—]\s*")


def fold_accents(text: str) -> str:
    """``text`` without its accents: "Çavuşoğlu" -> "Cavusoglu", "Lajčák" -> "Lajcak"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(name: str) -> str:
    """A stable actor id for a name found by pattern: "Sar Kheng" -> "sar_kheng"; accents
    fold, so that one name spelt both ways is one actor ("Lajčák", "Lajcak" -> "lajcak")."""
    return _SLUG_GAP.sub("_", fold_accents(name).casefold()).strip("_") or "unnamed"
