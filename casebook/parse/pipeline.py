"""Parse a story into an ``Article``: every layer, offset-anchored into one text.

The core (source, header, paragraphs, sentences, dates) is stdlib-only. Mentions
and quotations come from ``casebook.parse.mentions`` / ``casebook.parse.quotes``, which use
the per-article annotations folder when there is one and general rules
otherwise, so any wire story parses with no annotations at all.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.errors import AnnotationError, SourceFormatError, where
from casebook.parse.header import HEADER_FORMAT, check_iso_date, parse_header
from casebook.parse.mentions import mentions_and_speech
from casebook.model import Article
from casebook.parse.quotes import find_quotes
from casebook.parse.segment import split_paragraphs, split_sentences
from casebook.parse.source import MAX_SOURCE_BYTES, read_source
from casebook.parse.timex import find_timexes, header_timex
from casebook.parse.tokens import TokenIndex

if TYPE_CHECKING:
    from casebook.knowledge.annotations import Annotations


def default_annotations_dir(source_path: str | Path) -> Path | None:
    """``<dir of FILE>/../annotations`` if it exists: data/source/X.txt uses data/annotations/."""
    candidate = Path(source_path).resolve().parent.parent / "annotations"
    return candidate if candidate.is_dir() else None


def _document_date(header_date: str | None, date: str | dt.date | None, path: str) -> dt.date:
    """The DCT: the header's date, else the ``date`` argument; one of them must be there."""
    if header_date is not None:
        return dt.date.fromisoformat(header_date)
    if date is None:
        raise SourceFormatError(
            f"{where(path, 1)}: no header line (`{HEADER_FORMAT.strip()}`) and no date given,"
            " so relative dates cannot be resolved. Fix: add the header line at the top"
            " of the file, or pass the story's date (--date YYYY-MM-DD on the command line)."
        )
    if isinstance(date, dt.date):
        return date
    return check_iso_date(str(date), "--date")


def load_annotations_dir(directory: str | Path) -> Annotations:
    """Load an annotations folder, with a clear error if it is not there."""
    directory = Path(directory)
    if not directory.is_dir():
        raise AnnotationError(
            f"{where(directory)}: annotations directory not found. Fix: pass an existing"
            " folder, or `--annotations none` to parse with general rules only."
        )
    from casebook.knowledge.annotations import load_annotations  # YAML is read only when there are annotations

    return load_annotations(directory)


def parse_text(
    text: str,
    *,
    path: str = "<text>",
    annotations: Annotations | None = None,
    date: str | dt.date | None = None,
) -> Article:
    """Parse a story given as text. ``annotations=None`` uses general rules only; ``date``
    (the story's date) is needed when the text has no header line."""
    if len(text) > MAX_SOURCE_BYTES:
        raise SourceFormatError(
            f"{path}: the text has {len(text):,} characters; the limit is"
            f" {MAX_SOURCE_BYTES:,}. Fix: split it into one text per story."
        )
    if not text.strip():
        raise SourceFormatError(f"{where(path, 1)}: the text is empty. Fix: pass the story's text.")
    header = parse_header(text, path)
    dct = _document_date(header.date if header else None, date, path)
    warnings: list[str] = []
    if header is not None and date is not None and str(date) != header.date:
        warnings.append(f"{path}: date {date} ignored: the header gives {header.date}")
    paragraphs = split_paragraphs(text, header.end if header else 0)
    sentences = split_sentences(text, paragraphs)
    timexes = find_timexes(text, sentences, dct)
    if header is not None:
        timexes = (header_timex(header), *timexes)
    tokens = TokenIndex(text)  # tokenised once for the mention and quote layers
    mentions, speech = mentions_and_speech(text, sentences, annotations, tokens)
    quotes, quote_warnings = find_quotes(text, sentences, mentions, annotations, speech=speech, tokens=tokens)
    return Article(
        path=path,
        text=text,
        header=header,
        paragraphs=paragraphs,
        sentences=sentences,
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        timexes=timexes,
        warnings=(*warnings, *quote_warnings),
        dct=dct.isoformat(),
    )


def parse_article(
    path: str | Path,
    annotations_dir: str | Path | None = None,
    date: str | dt.date | None = None,
    *,
    discover_annotations: bool = True,
) -> Article:
    """Parse the story in the file ``path`` (a ``Path`` or a ``str``); for a text, use :func:`parse_text`.

    ``annotations_dir=None`` looks for ``<dir of FILE>/../annotations`` unless
    ``discover_annotations`` is false.
    """
    if isinstance(path, str) and ("\n" in path or "\r" in path):
        raise ValueError(
            "parse_article() takes a file path, but this string holds a line break, so it looks"
            " like the story itself. Fix: call parse_text(text, date=...) for a text."
        )
    source = Path(path)
    text = read_source(source)
    directory = Path(annotations_dir) if annotations_dir is not None else (
        default_annotations_dir(source) if discover_annotations else None
    )
    annotations = load_annotations_dir(directory) if directory is not None else None
    return parse_text(text, path=str(source), annotations=annotations, date=date)
