"""The parser's one pipeline: a story's text in, an :class:`~casebook.model.Article` out.

:func:`parse_text` reads top to bottom as the list of its stages. Each stage
takes the :class:`~casebook.parse.doc.Doc` (paragraphs, sentences and tokens,
built once) and the layers found before it, and returns its own layer. The
parser is general: what it knows about a particular story comes in as
:class:`~casebook.parse.actors.KnownActors`, built by ``casebook.knowledge``
from an annotations folder; with none, general rules name the speakers.
"""
from __future__ import annotations

import datetime as dt

from casebook.errors import SourceFormatError, where
from casebook.model import Article
from casebook.parse.actors import KnownActors
from casebook.parse.attribution import find_speech
from casebook.parse.coref import resolve_coreference
from casebook.parse.doc import build_doc
from casebook.parse.header import HEADER_FORMAT, check_iso_date, parse_header
from casebook.parse.mentions import coref_overrides, find_names, merge_mentions
from casebook.parse.quotes import attribute_quotes
from casebook.parse.source import MAX_SOURCE_BYTES
from casebook.parse.timex import find_dates


def parse_text(
    text: str,
    *,
    path: str = "<text>",
    annotations: KnownActors | None = None,
    date: str | dt.date | None = None,
) -> Article:
    """Parse a story given as text.

    ``annotations=None`` uses general rules only; ``date`` (the story's date) is
    needed when the text has no header line. ``path`` only names the text in messages.
    """
    check_text(text, path)
    header = parse_header(text, path)                                     # 1. header
    dct = document_date(header.date if header else None, date, path)
    warnings = []
    if header is not None and date is not None and str(date) != header.date:
        warnings.append(f"{path}: date {date} ignored: the header gives {header.date}")
    doc = build_doc(text, header, path)                                   # 2-3. segment, tokens
    timexes = find_dates(doc, dct)                                        # 4. dates
    overrides = coref_overrides(doc, annotations)                         # 5. names
    names = find_names(doc, annotations, overrides)
    body = [n for n in names if n.paragraph > 0]  # the header's outlet and place never speak
    speech = find_speech(doc, body)                                       # 6. speech
    resolutions = resolve_coreference(doc, body, speech, annotations, overrides)  # 7. coreference
    mentions = merge_mentions(doc, names, resolutions)
    quotes = attribute_quotes(doc, speech, [m for m in mentions if m.paragraph > 0], resolutions,
                              annotations)                                # 8. quotations
    return Article(
        path=path,
        text=text,
        header=header,
        paragraphs=doc.paragraphs,
        sentences=doc.sentences,
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        timexes=timexes,
        warnings=(*warnings, *speech.warnings),
        dct=dct.isoformat(),
    )


def check_text(text: str, path: str) -> None:
    """Refuse a text that is empty or longer than a source file may be."""
    if len(text) > MAX_SOURCE_BYTES:
        raise SourceFormatError(
            f"{path}: the text has {len(text):,} characters; the limit is"
            f" {MAX_SOURCE_BYTES:,}. Fix: split it into one text per story."
        )
    if not text.strip():
        raise SourceFormatError(f"{where(path, 1)}: the text is empty. Fix: pass the story's text.")


def document_date(header_date: str | None, date: str | dt.date | None, path: str) -> dt.date:
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
