"""Margin notes on the article, paragraph by paragraph, loaded from ``notes.yaml``.

A note is curated knowledge pinned to a phrase of one paragraph: who a person
is, what a vague date refers to, what the report leaves out, or a wording
problem in this copy. The phrase is written as text, not offsets, so the file
survives re-typing; the loader finds it in the parsed article and computes the
offsets, and refuses a note whose phrase is not there. Every error is an
``AnnotationError`` naming the file, the line, the entry and the fix.
"""
from __future__ import annotations

import string
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, check_citation_keys, check_fields, load_marked_yaml
from casebook.model import Article
from casebook.parse.anchor import anchor, paragraph_span

NOTES_FILE = "notes.yaml"
KINDS: dict[str, str] = {  # kind -> heading shown to the reader
    "person": "Who",
    "context": "Context",
    "missing": "Not in the report",
    "wording": "Wording",
}
CONFIDENCE: dict[str, str] = {  # the fact sheet's labels -> what they mean
    "2+ agree": "two or more independent sources agree",
    "1 source": "only one source was found",
    "CONFLICT": "the sources disagree, or no source settles the point",
}
_KEYS = {"paragraph", "anchor", "occurrence", "kind", "text", "sources", "confidence"}
_REQUIRED = ("paragraph", "anchor", "kind", "text", "sources", "confidence")


@dataclass(frozen=True)
class Note:
    """One note. ``start``/``end`` index the article text; ``paragraph`` 0 is the header line.

    ``label`` is the note's letter within its paragraph (a, b, c... in text order),
    shown both after the anchor phrase and at the head of the note.
    """

    paragraph: int
    anchor: str
    start: int
    end: int
    kind: str
    text: str
    sources: tuple[str, ...]
    confidence: str
    occurrence: int = 1
    label: str = ""
    line: int = 0

    @property
    def ref(self) -> str:
        """The note's id on the page, e.g. ``note-3b``."""
        return f"note-{self.paragraph}{self.label}"


def load_notes(path: str | Path, article: Article, bib_keys: Collection[str]) -> tuple[Note, ...]:
    """Load and validate ``path`` against the parsed ``article`` and the citation keys.

    Notes come back sorted by position and lettered within each paragraph.
    """
    path = Path(path)
    doc = load_marked_yaml(path)
    if not isinstance(doc, MarkedDict) or not isinstance(doc.get("notes"), list):
        raise AnnotationError(
            f"{where(path, getattr(doc, 'line', 1))}: the file must be a mapping with a `notes:`"
            " list. Fix: start it with `notes:` followed by `- paragraph: ...` entries."
        )
    unknown = sorted(map(str, set(doc) - {"notes"}))
    if unknown:
        raise AnnotationError(
            f"{where(path, doc.line_of(unknown[0]))}: unknown top-level key '{unknown[0]}'."
            " Fix: keep only `notes:` at the top level."
        )
    entries: MarkedList = doc["notes"]
    notes = [_note(entry, i, entries, path, article, bib_keys) for i, entry in enumerate(entries)]
    notes.sort(key=lambda n: (n.paragraph, n.start, n.end))
    lettered: list[Note] = []
    for note in notes:
        index = sum(1 for other in lettered if other.paragraph == note.paragraph)
        lettered.append(_with_label(note, _letter(index)))
    return tuple(lettered)


def _letter(index: int) -> str:
    letters = string.ascii_lowercase
    return letters[index] if index < len(letters) else letters[index // 26 - 1] + letters[index % 26]


def _with_label(note: Note, label: str) -> Note:
    return Note(note.paragraph, note.anchor, note.start, note.end, note.kind, note.text,
                note.sources, note.confidence, note.occurrence, label, note.line)


def _note(entry: Any, index: int, parent: MarkedList, path: Path, article: Article,
          bib_keys: Collection[str]) -> Note:
    line = parent.line_of(index)
    name = f"notes[{index}]"
    if not isinstance(entry, MarkedDict):
        raise AnnotationError(
            f"{where(path, line)}: {name} is not a mapping. Fix: write each note as"
            " `- paragraph: N` with `anchor:`, `kind:`, `text:`, `sources:` and `confidence:` under it."
        )
    check_fields(entry, name, path, _KEYS, _REQUIRED, what="note")
    number, occurrence = entry["paragraph"], entry.get("occurrence", 1)
    for key, value, low in (("paragraph", number, 0), ("occurrence", occurrence, 1)):
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise AnnotationError(
                f"{where(path, entry.line_of(key))}: {name}: '{key}' must be a whole number from"
                f" {low}. Fix: count body paragraphs from 1 (0 is the header line) and occurrences from 1."
            )
    phrase = str(entry["anchor"])
    name = f"{name} (paragraph {number}, '{phrase}')"
    if paragraph_span(article, number) is None:
        raise AnnotationError(
            f"{where(path, entry.line_of('paragraph'))}: {name}: the article has no paragraph"
            f" {number}. Fix: use a number from 1 to {len(article.paragraphs)}, or 0 for the header line."
        )
    start, end = anchor(article, phrase, number, entry.get("occurrence"), where=f"{where(path, entry.line_of('anchor'))}: {name}")
    kind = str(entry["kind"])
    if kind not in KINDS:
        raise AnnotationError(
            f"{where(path, entry.line_of('kind'))}: {name}: unknown kind '{kind}'."
            f" Fix: use one of {', '.join(KINDS)}."
        )
    confidence = str(entry["confidence"])
    if confidence not in CONFIDENCE:
        raise AnnotationError(
            f"{where(path, entry.line_of('confidence'))}: {name}: unknown confidence '{confidence}'."
            f" Fix: use one of {', '.join(repr(c) for c in CONFIDENCE)} (the fact sheet's labels; quote"
            " '2+ agree' and '1 source' in YAML)."
        )
    sources = check_citation_keys(entry, "sources", name, path, bib_keys)
    return Note(
        paragraph=number, anchor=phrase, start=start, end=end, kind=kind,
        text=" ".join(str(entry["text"]).split()), sources=sources,
        confidence=confidence, occurrence=occurrence, line=entry.line,
    )
