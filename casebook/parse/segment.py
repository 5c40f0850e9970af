"""Paragraphs and sentences with exact offsets.

Paragraphs are blocks separated by one or more blank lines (LF, CRLF or CR line
ends). Sentences are found inside a paragraph, never across one: a full stop,
question or exclamation mark (plus any closing quotes or brackets right after
it) ends a sentence when whitespace and a capitalised word follow.

The abbreviation set is small. "Sen." is decided by context, because Sen is
also a common Khmer and Bengali name: after a name word it ends the sentence
(for example "Prime Minister Hun Sen. Party leader"); at the start of a
sentence, or after a word that is not a name ("said Sen. Chuck Grassley",
"Republican Sen. John McCain"), it is the title Senator
(:func:`casebook.parse.lexicon.abbreviation_is_title`). Every general-purpose
splitter we measured got one of the two wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from casebook.model import Paragraph, Sentence
from casebook.parse.lexicon import AMBIGUOUS_TITLE_ABBREVIATIONS, abbreviation_is_title

# Titles and abbreviations that are followed by a capitalised name, never a new sentence.
# Not here: "Sen." (decided by context, see above), "Inc."/"Co."/"Ltd." (they often end a sentence).
NON_FINAL_ABBREVIATIONS = frozenset(
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Fr", "St", "Mt", "Ft",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Brig",
        "Gov", "Rep", "Reps", "Amb", "Pres", "Supt", "Insp", "Det", "Hon",
        "Jr", "Sr", "vs", "No", "Nos", "Vol", "Art", "approx", "cf",
        "Engr", "Datuk", "Dato", "Tun", "Hj", "Rt", "Atty", "Cllr", "Coun", "Cde", "Sens", "Comr",
    }
)
# Speech cues that may follow a quote ending in "?" or "!" inside the same sentence.
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|asked|asks|wrote|writes|told|added|"
    r"replied|shouted|tweeted|declared|insisted|"
    r"(?:was|were|is|are)\s+(?:also\s+)?(?:reported|quoted)\s+as\s+saying)\b"  # "“…?” Mr Ismail Sabri was reported as saying."
)
_LINE_BREAK = r"(?:\r\n|\r(?!\n)|\n)"  # "\r" alone only when not the start of "\r\n"
PARAGRAPH_BREAK = re.compile(rf"{_LINE_BREAK}(?:[^\S\r\n]*{_LINE_BREAK})+")  # one blank line or more
_SENTENCE_END = re.compile(
    r"(?P<stop>[.!?][.!?]*)(?P<close>[”\"’'»)\]]*)(?=\s+[“\"‘'«(\[]*(?P<next>\w))"
)
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")
_OPENERS = "“\"‘'«([{"
_CLOSED_QUOTE = frozenset("”\"’'»")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to its first and last non-whitespace characters."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraphs(text: str, body_start: int = 0) -> tuple[Paragraph, ...]:
    """Body paragraphs from ``body_start`` on, numbered from 1, trimmed of surrounding whitespace."""
    paragraphs: list[Paragraph] = []
    block_start = body_start
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text, body_start)]
    for block_end, next_start in [*breaks, (len(text), len(text))]:
        start, end = _trimmed(text, block_start, block_end)
        if start < end:
            paragraphs.append(Paragraph(start, end, text[start:end], len(paragraphs) + 1))
        block_start = next_start
    return tuple(paragraphs)


def _word_start(text: str, start: int, stop: int) -> int:
    """Where the whitespace-delimited token ending at ``stop`` begins (not before ``start``)."""
    begin = stop
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return begin


def _word_before(text: str, start: int, stop: int) -> str:
    """The whitespace-delimited token ending at ``stop``, without leading openers."""
    return text[_word_start(text, start, stop):stop].lstrip(_OPENERS)


def _previous_word(text: str, start: int, stop: int) -> str:
    """The token before the one ending at ``stop`` (empty at the start of the paragraph)."""
    end = _word_start(text, start, stop)
    while end > start and text[end - 1].isspace():
        end -= 1
    return _word_before(text, start, end) if end > start else ""


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _is_sentence_end(text: str, paragraph: Paragraph, match: re.Match[str]) -> bool:
    """Decide whether a candidate boundary really ends a sentence."""
    if not match["next"].isupper():
        return False
    stop, close = match["stop"], match["close"]
    if stop == ".":
        word = _word_before(text, paragraph.start, match.start("stop"))
        if word in NON_FINAL_ABBREVIATIONS or _INITIALISM.fullmatch(word):
            return False
        if word in AMBIGUOUS_TITLE_ABBREVIATIONS and abbreviation_is_title(
                _previous_word(text, paragraph.start, match.start("stop"))):
            return False
    if stop[-1] in "?!" and close and close[-1] in _CLOSED_QUOTE:
        # “Why now?” Jane Doe asked. — the attribution belongs to the same sentence.
        if _ATTRIBUTION_AFTER_QUOTE.match(text, _skip_space(text, match.end()), paragraph.end):
            return False
    return True


def _sentence_spans(text: str, paragraph: Paragraph) -> Iterator[tuple[int, int]]:
    start = paragraph.start
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        if _is_sentence_end(text, paragraph, match):
            yield _trimmed(text, start, match.end())
            start = match.end()
    yield _trimmed(text, start, paragraph.end)


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Sentences of each paragraph, numbered from 1 across the body."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for start, end in _sentence_spans(text, paragraph):
            if start < end:
                sentences.append(
                    Sentence(start, end, text[start:end], len(sentences) + 1, paragraph.number)
                )
    return tuple(sentences)
