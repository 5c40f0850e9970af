"""The header line: date, agency, dateline place, with offsets."""
from __future__ import annotations

import pytest

from casebook.errors import SourceFormatError
from casebook.parse.header import parse_header


def test_article_header(source_text: str) -> None:
    header = parse_header(source_text)
    assert header is not None
    # Read off the file's first line: " date 2018-01-15 Reuters, PHNOM PENH".
    assert (header.date, header.agency, header.place) == ("2018-01-15", "Reuters", "PHNOM PENH")
    assert (header.date_start, header.agency_start, header.place_start) == (6, 17, 26)
    assert (header.start, header.end) == (1, 36)  # the leading space is not part of it
    assert source_text[header.start : header.end] == header.text


def test_sub_spans_point_at_their_values() -> None:
    text = "date 2009-06-15 Agence France-Presse, WASHINGTON, D.C.\n\nBody."
    header = parse_header(text)
    assert header is not None
    assert header.agency == "Agence France-Presse"
    assert header.place == "WASHINGTON, D.C."  # only the first comma separates
    for value, start in (
        (header.date, header.date_start),
        (header.agency, header.agency_start),
        (header.place, header.place_start),
    ):
        assert text[start : start + len(value)] == value


def test_crlf_header_excludes_the_carriage_return() -> None:
    text = " date 2009-06-15 Reuters, LIMA  \r\n\r\nBody."
    header = parse_header(text)
    assert header is not None and header.place == "LIMA"
    assert text[header.start : header.end] == "date 2009-06-15 Reuters, LIMA"


def test_no_header_gives_none() -> None:
    assert parse_header("Jane Doe said it rained.\n\nMore.") is None
    assert parse_header("Date palms grew well this year.") is None  # no digit: prose


@pytest.mark.parametrize(
    "line, fragment",
    [
        (" date 2018-13-45 Reuters, LIMA", "2018-13-45"),
        (" date 2009-02-29 Reuters, LIMA", "2009-02-29"),  # 2009 is not a leap year
        (" date 15-06-2009 Reuters, LIMA", "YYYY-MM-DD"),
        (" date 2009-06-15 Reuters LIMA", "not `"),  # no comma before the place
        (" date 2009-06-15", "not `"),
    ],
)
def test_broken_header_is_an_error_with_line_and_fix(line: str, fragment: str) -> None:
    with pytest.raises(SourceFormatError) as caught:
        parse_header(line + "\n\nBody.", "story.txt")
    message = str(caught.value)
    assert "story.txt:1" in message and fragment in message and "Fix:" in message
