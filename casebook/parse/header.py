"""The header line `` date YYYY-MM-DD Agency, PLACE``: the story's date (DCT), agency and dateline.

The header is line 1 of the file; leading spaces are allowed. A first line that
starts with ``date`` and a token containing a digit is taken as an attempted
header and must then be well-formed: a typo there should stop the parse rather
than silently turn the header into body text.
"""
from __future__ import annotations

import datetime as dt
import re

from casebook.errors import SourceFormatError, where
from casebook.model import Header

HEADER_FORMAT = " date YYYY-MM-DD Agency, PLACE"

_LINE_END = re.compile(r"\r\n|\r|\n")
_LOOKS_LIKE_HEADER = re.compile(r"[ \t\ufeff]*date[ \t]+\S*\d", re.IGNORECASE)
_HEADER = re.compile(
    r"(?P<lead>[ \t\ufeff]*)date[ \t]+(?P<date>\S+)[ \t]+"
    r"(?P<agency>[^,\s](?:[^,]*[^,\s])?)[ \t]*,[ \t]*"
    r"(?P<place>\S(?:.*\S)?)[ \t]*",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_iso_date(value: str, context: str) -> dt.date:
    """Parse ``value`` as a real calendar date ``YYYY-MM-DD``; ``context`` says where it came from."""
    if not _ISO_DATE.fullmatch(value):
        raise SourceFormatError(
            f"{context}: {value!r} is not a date in the form YYYY-MM-DD."
            " Fix: write it like 2009-06-15."
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise SourceFormatError(
            f"{context}: {value!r} is not a calendar date ({err})."
            " Fix: write a real date as YYYY-MM-DD (month 01-12, a day that exists in that month)."
        ) from None


def first_line_end(text: str) -> int:
    """Index where line 1's content ends (before its line break, or at the end of text)."""
    match = _LINE_END.search(text)
    return match.start() if match else len(text)


def parse_header(text: str, path: object = "<text>") -> Header | None:
    """Parse line 1 as a header; ``None`` if line 1 is plainly not one; raise if it is a broken one."""
    line_end = first_line_end(text)
    if not _LOOKS_LIKE_HEADER.match(text, 0, line_end):
        return None
    match = _HEADER.fullmatch(text, 0, line_end)
    if match is None:
        raise SourceFormatError(
            f"{where(path, 1)}: line 1 starts like a header but is not"
            f" `{HEADER_FORMAT}`: {text[:line_end].strip()!r}."
            " Fix: write the date, then the agency, a comma and the dateline place."
        )
    check_iso_date(match["date"], f"{where(path, 1)}: header date")
    start = match.end("lead")
    return Header(
        start=start,
        end=match.end("place"),
        text=text[start : match.end("place")],
        date=match["date"],
        agency=match["agency"],
        place=match["place"],
        date_start=match.start("date"),
        agency_start=match.start("agency"),
        place_start=match.start("place"),
    )
