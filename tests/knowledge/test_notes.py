"""Paragraph notes and the versions table: the real files, every citation, and each bad input."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casebook import parse_article, parse_text
from casebook.knowledge.bib import read_bib
from casebook.errors import AnnotationError
from casebook.knowledge.notes import CONFIDENCE, KINDS, load_notes
from casebook.book.versions import summary_html, versions_frame, versions_summary
from casebook.knowledge.versions import NOT_SEEN, load_versions

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
BIB_KEYS = frozenset(read_bib(ROOT / "references.bib"))
ARTICLE = parse_article(ROOT / "data" / "source" / "reuters-2018-01-15.txt")


@pytest.fixture(scope="module")
def notes():
    return load_notes(ANNOTATIONS / "notes.yaml", ARTICLE, BIB_KEYS)


# ------------------------------------------------------------ the real notes


def test_every_note_anchor_is_a_span_of_its_paragraph(notes) -> None:
    assert len(notes) >= 25
    for note in notes:
        assert ARTICLE.text[note.start:note.end] == note.anchor
        if note.paragraph == 0:
            block = ARTICLE.header
        else:
            block = next(p for p in ARTICLE.paragraphs if p.number == note.paragraph)
        assert block.start <= note.start < note.end <= block.end, note


def test_every_note_cites_known_sources_and_a_known_label(notes) -> None:
    for note in notes:
        assert note.sources and set(note.sources) <= BIB_KEYS, note
        assert note.kind in KINDS and note.confidence in CONFIDENCE


def test_the_notes_cover_what_the_chapter_promises(notes) -> None:
    anchors = {(n.paragraph, n.anchor): n for n in notes}
    for paragraph, anchor in [(3, "has denies"), (9, "politician prisoners"), (12, "more than 118"),
                              (3, "US help"), (2, "November"), (3, "September"), (3, "espionage")]:
        assert (paragraph, anchor) in anchors, anchor
    assert anchors[(3, "has denies")].kind == "wording"
    assert "Article 443" in anchors[(3, "espionage")].text
    assert "exactly 118" in anchors[(12, "more than 118")].text
    assert "16 November 2017" in anchors[(2, "November")].text
    assert "3 September 2017" in anchors[(3, "September")].text


def test_single_source_and_conflicting_notes_say_so(notes) -> None:
    """The fact sheet's caveats reach the reader in words, not only in the label."""
    for note in notes:
        if note.confidence == "CONFLICT":
            assert re.search(r"differ|one later|no source says|disagree", note.text), note.anchor
        if note.confidence == "1 source":
            assert re.search(r"according to|reports|printed|not say", note.text, re.I), note.anchor


def test_notes_are_lettered_in_text_order(notes) -> None:
    third = [n for n in notes if n.paragraph == 3]
    assert [n.label for n in third] == list("abcdef")[: len(third)]
    assert [n.start for n in third] == sorted(n.start for n in third)
    assert third[0].ref == "note-3a"


# ------------------------------------------------------------ versions


def test_the_versions_table_loads_with_known_keys() -> None:
    versions = load_versions(ANNOTATIONS / "versions.yaml", BIB_KEYS)
    assert set(versions.keys()) <= BIB_KEYS
    frame = versions_frame(versions)
    assert len(frame) >= 10
    assert "This copy (Taipei Times, 15 Jan)" in frame.columns and "Comment" in frame.columns
    assert frame.loc["The denial (¶3)", "This copy (Taipei Times, 15 Jan)"].startswith("charges he has denies")
    assert frame.loc["The ban (¶12)", "ABC News (14 Jan)"] == NOT_SEEN
    for row in versions.rows:
        if row.paragraph is not None:
            assert 1 <= row.paragraph <= len(ARTICLE.paragraphs)
    summary = versions_summary(versions)
    assert list(summary.columns) == ["Element", "This copy (Taipei Times, 15 Jan)", "Other copies", "Comment"]
    lead = summary.set_index("Element").loc["Lead (¶1)", "Other copies"]
    assert lead == ["ABC, JPost, ST: members of Cambodia's dissolved opposition party"]
    markup = summary_html(summary)
    assert "Cambodia&#x27;s" in markup and "<br>" in markup and "<script" not in markup


def test_every_citation_of_the_chapter_resolves() -> None:
    notebook = json.loads((ROOT / "chapters" / "source.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(cell["source"]) for cell in notebook["cells"])
    keys = {k.strip() for group in re.findall(r"\{cite[pt]?\}`([^`]+)`", text) for k in group.split(",")}
    assert len(keys) >= 8
    assert keys <= BIB_KEYS, keys - BIB_KEYS


# ------------------------------------------------------------ bad input

SMALL = parse_text("Header-less story. Jane Doe said on Monday it rained.\n\nSecond paragraph.", date="2018-01-15")
GOOD_NOTE = """\
notes:
  - paragraph: 1
    anchor: "Jane Doe"
    kind: person
    text: Who she is.
    sources: [src2018]
    confidence: "2+ agree"
"""


def write(tmp_path: Path, text: str, name: str = "notes.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_small_file_loads(tmp_path: Path) -> None:
    (note,) = load_notes(write(tmp_path, GOOD_NOTE), SMALL, {"src2018"})
    assert (note.start, note.end, note.label) == (19, 27, "a")


@pytest.mark.parametrize("old, new, line, words", [
    ('anchor: "Jane Doe"', 'anchor: "John Doe"', 3, ["notes[0] (paragraph 1, 'John Doe')", "does not occur",
                                                      "copy the words exactly"]),
    ("sources: [src2018]", "sources: [src2018, nokey]", 6, ["notes[0]", "unknown citation key 'nokey'",
                                                            "references.bib"]),
    ("kind: person", "kind: biography", 4, ["notes[0]", "unknown kind 'biography'", "person, context"]),
    ('confidence: "2+ agree"', "confidence: likely", 7, ["notes[0]", "unknown confidence 'likely'",
                                                         "'2+ agree'"]),
    ("paragraph: 1", "paragraph: 9", 2, ["notes[0]", "no paragraph 9", "from 1 to 2"]),
    ("text: Who she is.", "txt: Who she is.", 5, ["notes[0]", "unknown field 'txt'", "Fix: use only"]),
    ("    text: Who she is.\n", "", 2, ["notes[0]", "missing or empty 'text'", "Fix: add `text:`"]),
    ('anchor: "Jane Doe"', 'anchor: "Jane Doe"\n    occurrence: 2', 3,
     ["notes[0] (paragraph 1, 'Jane Doe')", "out of range", "occurrence"]),
    ("sources: [src2018]", "sources: src2018", 6, ["notes[0]", "list of citation keys", "sources: [key1"]),
])
def test_each_bad_note_names_file_entry_and_fix(tmp_path: Path, old: str, new: str, line: int,
                                                 words: list[str]) -> None:
    path = write(tmp_path, GOOD_NOTE.replace(old, new, 1))
    with pytest.raises(AnnotationError) as err:
        load_notes(path, SMALL, {"src2018"})
    message = str(err.value)
    assert message.startswith(f"{path}:{line}:"), message
    for word in words:
        assert word in message, message
    assert "Fix:" in message


def test_a_file_without_a_notes_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AnnotationError, match=r"notes\.yaml:1: .*`notes:`.*Fix"):
        load_notes(write(tmp_path, "- paragraph: 1\n"), SMALL, {"src2018"})


GOOD_VERSIONS = """\
copies:
  ours: {label: Ours, source: src2018}
  other: {label: Other, source: src2018}
rows:
  - element: Lead
    paragraph: 1
    wording: {ours: "a", other: null}
    comment: Differs.
    sources: [src2018]
"""


@pytest.mark.parametrize("old, new, words", [
    ("sources: [src2018]", "sources: [nokey]", ["rows[0] ('Lead')", "unknown citation key 'nokey'", "references.bib"]),
    ('{ours: "a", other: null}', '{ours: "a"}', ["rows[0] ('Lead')", "every copy", "ours, other"]),
    ("source: src2018}\n  other", "source: nokey}\n  other", ["copies.ours", "unknown citation key"]),
    ("comment: Differs.", "note: Differs.", ["rows[0]", "unknown field 'note'"]),
])
def test_each_bad_versions_file_names_file_entry_and_fix(tmp_path: Path, old: str, new: str,
                                                         words: list[str]) -> None:
    path = write(tmp_path, GOOD_VERSIONS.replace(old, new, 1), "versions.yaml")
    with pytest.raises(AnnotationError) as err:
        load_versions(path, {"src2018"})
    message = str(err.value)
    assert message.startswith(f"{path}:"), message
    assert "Fix:" in message
    for word in words:
        assert word in message, message
