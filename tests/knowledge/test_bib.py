"""The minimal BibTeX reader, and the project's references.bib itself."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook.knowledge.bib import parse_bib, read_bib
from casebook.errors import AnnotationError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = """% a comment line
@misc{first2018,
  author = {{Reuters}},
  title  = {A {Nested} title, with a comma},
  year   = 2018,
  url    = "http://example.org/a?b=c&d=e"
}

@comment{ignored, title = {not an entry}}

@online{second,
  title = "Quoted " # {and braced},
  note  = {Escaped \\} brace}
}
"""


def test_keys_types_and_line_numbers() -> None:
    entries = parse_bib(SAMPLE, "sample.bib")
    assert list(entries) == ["first2018", "second"]
    assert entries["first2018"].entry_type == "misc"
    assert entries["first2018"].line == 2
    assert entries["second"].line == 11
    assert entries["second"].entry_type == "online"


def test_field_values_lose_only_their_outer_delimiters() -> None:
    entry = parse_bib(SAMPLE)["first2018"]
    assert entry.get("title") == "A {Nested} title, with a comma"
    assert entry.get("author") == "{Reuters}"
    assert entry.get("year") == "2018"
    assert entry.get("url") == "http://example.org/a?b=c&d=e"
    assert entry.get("TITLE") == entry.get("title")  # field names are case-insensitive
    assert entry.get("missing") is None


def test_concatenation_and_escaped_brace() -> None:
    entry = parse_bib(SAMPLE)["second"]
    assert entry.get("title") == "Quoted and braced"
    assert entry.get("note") == "Escaped \\} brace"


def test_duplicate_key_names_both_lines_and_the_fix() -> None:
    text = "@misc{dup, title={A}}\n\n@misc{dup, title={B}}\n"
    with pytest.raises(AnnotationError) as err:
        parse_bib(text, "refs.bib")
    message = str(err.value)
    assert "refs.bib:3" in message and "line 1" in message and "'dup'" in message
    assert "Fix:" in message


def test_unclosed_entry_is_an_error_with_its_line() -> None:
    text = "@misc{ok, title={A}}\n@misc{broken,\n  title = {never closed\n"
    with pytest.raises(AnnotationError) as err:
        parse_bib(text, "refs.bib")
    assert "refs.bib:2" in str(err.value) and "Fix:" in str(err.value)


def test_malformed_field_is_an_error() -> None:
    with pytest.raises(AnnotationError, match=r"refs\.bib:1: malformed field in entry 'k'"):
        parse_bib("@misc{k, title {no equals sign}}", "refs.bib")


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(AnnotationError) as err:
        read_bib(tmp_path / "nope.bib")
    assert "nope.bib" in str(err.value) and "Fix:" in str(err.value)


# ------------------------------------------------------------ the project's file

@pytest.fixture(scope="module")
def references() -> dict:
    return read_bib(ROOT / "references.bib")


def test_source_article_entry(references: dict) -> None:
    entry = references["reuters2018cnrm"]
    assert entry.get("url") == "http://www.taipeitimes.com/News/world/archives/2018/01/15/2003685812"
    assert "Cambodia National Rescue Movement" in entry.get("title").replace("{", "").replace("}", "")
    assert "Reuters" in entry.get("author")
    assert entry.get("year") == "2018"
    assert entry.get("date") == "2018-01-15"


def test_every_entry_is_complete(references: dict) -> None:
    """title, url, author or organisation, and a date unless the note says it is undated."""
    problems = []
    for key, entry in references.items():
        if entry.entry_type != "misc":
            problems.append(f"{key}: type {entry.entry_type} (the book's style formats misc)")
        for name in ("title", "url"):
            if not entry.get(name):
                problems.append(f"{key}: no {name}")
        if not (entry.get("author") or entry.get("organization")):
            problems.append(f"{key}: no author/organization")
        undated = "undated" in (entry.get("note") or "").lower()
        if not undated and not re.fullmatch(r"\d{4}", entry.get("year") or ""):
            problems.append(f"{key}: no year")
        if entry.get("date") and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", entry.get("date")):
            problems.append(f"{key}: date {entry.get('date')!r} is not ISO")
        if not (entry.get("url") or "").startswith(("http://", "https://")):
            problems.append(f"{key}: url is not http(s)")
    assert not problems, "\n".join(problems)
