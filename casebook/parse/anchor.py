"""Find "phrase, occurrence N, in paragraph P" in a story: one rule for every annotation.

Coreference overrides, margin notes and coded events all point into the text
this way, without offsets, so that annotation files survive re-typing. The rule:

- the phrase is matched as written, except that its first letter may be upper or
  lower case (a phrase can open a sentence: "he" matches "He");
- a phrase that starts or ends with a letter or digit must start or end on a
  word boundary, so "he" never matches inside "the";
- paragraph 0 is the header line; body paragraphs count from 1;
- ``occurrence`` counts matches in the paragraph from 1; when it is not given,
  the phrase must occur exactly once, otherwise the entry is ambiguous.

Errors are :class:`~casebook.errors.AnnotationError` and start with ``where``
(file, line and entry), so an annotator sees which entry to fix.
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

from casebook.errors import AnnotationError
from casebook.model import Header, Paragraph


class HasParagraphs(Protocol):
    """A ``Doc`` or an ``Article``: anything with the text, its header and its paragraphs."""

    text: str
    header: Header | None
    paragraphs: Sequence[Paragraph]


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The regular expression for ``phrase`` under the rule above."""
    first, rest = phrase[:1], re.escape(phrase[1:])
    head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.isalpha() else re.escape(first)
    before = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    after = r"(?!\w)" if re.search(r"\w\Z", phrase) else ""
    return re.compile(before + head + rest + after)


def paragraph_span(doc: HasParagraphs, paragraph: int) -> tuple[int, int] | None:
    """``(start, end)`` of body paragraph ``paragraph``, or of the header line for 0."""
    if paragraph == 0:
        return (doc.header.start, doc.header.end) if doc.header else None
    for item in doc.paragraphs:
        if item.number == paragraph:
            return item.start, item.end
    return None


def anchor(doc: HasParagraphs, phrase: str, paragraph: int, occurrence: int | None = None,
           *, where: str = "<annotation>") -> tuple[int, int]:
    """``(start, end)`` of the phrase in the paragraph, or an ``AnnotationError`` that says why not."""
    if not isinstance(phrase, str) or not phrase.strip():
        raise AnnotationError(f"{where}: the phrase is empty. Fix: copy the words from the paragraph.")
    span = paragraph_span(doc, paragraph) if isinstance(paragraph, int) and not isinstance(paragraph, bool) else None
    if span is None:
        last = max((p.number for p in doc.paragraphs), default=0)
        raise AnnotationError(
            f"{where}: the story has no paragraph {paragraph!r}. Fix: use a number from 1 to {last}"
            " (0 is the header line)."
        )
    start, end = span
    hits = [m.span() for m in phrase_pattern(phrase).finditer(doc.text, start, end)]
    excerpt = doc.text[start:end][:60]
    if not hits:
        raise AnnotationError(
            f"{where}: '{phrase}' does not occur in paragraph {paragraph} (\"{excerpt}...\"). Fix: copy"
            " the words exactly as the paragraph writes them (curly quotes and apostrophes included),"
            " or correct the paragraph number."
        )
    if occurrence is None:
        if len(hits) > 1:
            raise AnnotationError(
                f"{where}: '{phrase}' occurs {len(hits)} times in paragraph {paragraph}, so it is"
                " ambiguous. Fix: add words to the phrase, or say which one with `occurrence: N` (from 1)."
            )
        return hits[0]
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or not 1 <= occurrence <= len(hits):
        raise AnnotationError(
            f"{where}: occurrence {occurrence!r} of '{phrase}' is out of range: paragraph {paragraph}"
            f" has {len(hits)}. Fix: use a number from 1 to {len(hits)}, or delete `occurrence:`"
            " if the phrase occurs once."
        )
    return hits[occurrence - 1]
