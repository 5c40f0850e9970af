"""The curated timeline: the real file against the article, and every kind of bad input.

Each bad input must raise AnnotationError naming the file and line, the entry
and a fix: the people who edit timeline.yaml are annotators.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook import parse_article
from casebook.errors import AnnotationError
from casebook.knowledge.annotations import load_annotations
from casebook.knowledge.bib import read_bib
from casebook.knowledge.timeline import PRECISIONS, Timeline, load_timeline

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
SOURCE = ROOT / "data" / "source" / "reuters-2018-01-15.txt"

GOOD = """\
wire_date: {date: 2018-01-14, sources: [jpost2018cnrm]}
events:
  - id: t01
    date: 2017-09-03
    precision: day
    title: Arrest
    text: An arrest.
    actors: [kem_sokha]
    story:
      - {paragraph: 3, phrase: was arrested in September, date_phrase: September}
    sources: [rfa2017sokhaarrest]
    confidence: 1 source
  - id: t02
    date: 2018-09-10
    precision: day
    title: Release
    text: A release.
    sources: [reuters2018bail]
    confidence: CONFLICT
    conflict:
      note: Sources differ.
      alternatives:
        - {date: 2018-10, precision: month, sources: [rfa2024appeal]}
"""


@pytest.fixture(scope="module")
def article():
    return parse_article(SOURCE)


@pytest.fixture(scope="module")
def annotations():
    return load_annotations(ANNOTATIONS)


def _load(tmp_path: Path, text: str, article, annotations) -> Timeline:
    (tmp_path / "timeline.yaml").write_text(text, encoding="utf-8")
    return load_timeline(tmp_path, article, annotations)


def _error(tmp_path: Path, text: str, article, annotations) -> str:
    with pytest.raises(AnnotationError) as info:
        _load(tmp_path, text, article, annotations)
    return str(info.value)


def test_the_real_timeline_loads_and_every_citation_key_resolves(article, annotations):
    timeline = load_timeline(ANNOTATIONS, article, annotations)
    bib = read_bib(annotations.bibliography)
    assert len(timeline) >= 20
    for event in timeline:
        assert event.sources, event.id
        for key in (*event.sources, *(k for alt in event.alternatives for k in alt.sources)):
            assert key in bib, f"{event.id}: {key}"
        assert event.precision in PRECISIONS
    assert timeline.wire_date is not None and timeline.wire_date.date == "2018-01-14"


def test_the_real_timeline_covers_the_issue_list(article, annotations):
    """2012 to 2023, with the dates the chronology must show (checked against the fact sheet)."""
    dates = {event.date for event in load_timeline(ANNOTATIONS, article, annotations)}
    for date in ("2013-07-28", "2017-02-20", "2017-06-04", "2017-07-10", "2017-09-03", "2017-09-04",
                 "2017-09-05", "2017-10-06", "2017-11-16", "2018-01-13", "2018-01-16", "2018-01-18",
                 "2018-02-25", "2018-07-29", "2018-09-10", "2020-01-15", "2023-03-03"):
        assert date in dates, date
    assert min(dates).startswith("2012") and max(dates).startswith("2023")


def test_story_phrases_are_anchored_in_their_paragraphs(article, annotations):
    timeline = load_timeline(ANNOTATIONS, article, annotations)
    for event in timeline.story_events():
        for mention in event.story:
            assert article.text[mention.start:mention.end] == mention.phrase
            if mention.date_phrase:
                assert article.text[mention.date_start:mention.date_end] == mention.date_phrase


def test_conflicts_are_labelled_conflict(article, annotations):
    timeline = load_timeline(ANNOTATIONS, article, annotations)
    conflicts = [event for event in timeline if event.has_conflict]
    assert len(conflicts) >= 3
    assert all(event.confidence == "CONFLICT" and event.conflict_note for event in conflicts)


def test_a_good_file_loads(tmp_path, article, annotations):
    timeline = _load(tmp_path, GOOD, article, annotations)
    assert [e.id for e in timeline] == ["t01", "t02"]
    assert timeline.events[0].in_story and not timeline.events[1].in_story
    assert timeline.events[1].alternatives[0].date == "2018-10"
    assert timeline.event_at(timeline.events[0].story[0].date_start, timeline.events[0].story[0].date_end).id == "t01"


def _named(message: str, entry: str) -> None:
    assert re.search(r"timeline\.yaml:\d+", message), message
    assert entry in message, message
    assert "Fix:" in message, message


def test_unknown_actor(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("actors: [kem_sokha]", "actors: [kem_sohka]"), article, annotations)
    _named(message, "timeline event 't01'")
    assert "unknown actor id 'kem_sohka'" in message


def test_missing_citation_key(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("[reuters2018bail]", "[reuters2018nobail]"), article, annotations)
    _named(message, "timeline event 't02'")
    assert "citation key 'reuters2018nobail'" in message


def test_missing_citation_key_in_an_alternative(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("[rfa2024appeal]", "[rfa2099]"), article, annotations)
    _named(message, "timeline event 't02'")


@pytest.mark.parametrize("bad", ["2017-13-03", "2017-02-30", "3 September 2017", "2017/09/03"])
def test_malformed_date(tmp_path, article, annotations, bad):
    message = _error(tmp_path, GOOD.replace("date: 2017-09-03", f"date: '{bad}'"), article, annotations)
    _named(message, "timeline event 't01'")
    assert "not a valid date" in message


def test_date_that_does_not_match_its_precision(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("date: 2017-09-03", "date: 2017-09"), article, annotations)
    _named(message, "timeline event 't01'")
    assert "precision" in message


def test_anchor_phrase_not_in_its_paragraph(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("was arrested in September", "was detained in September"),
                     article, annotations)
    _named(message, "timeline event 't01'")
    assert "does not occur in paragraph 3" in message


def test_date_phrase_not_in_its_paragraph(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("date_phrase: September", "date_phrase: October"), article, annotations)
    _named(message, "date_phrase")


def test_paragraph_that_does_not_exist(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("{paragraph: 3,", "{paragraph: 99,"), article, annotations)
    _named(message, "timeline event 't01'")


@pytest.mark.parametrize("old,new,words", [
    ("confidence: 1 source", "confidence: sure", "confidence 'sure' is not allowed"),
    ("precision: day\n    title: Arrest", "precision: week\n    title: Arrest", "precision 'week' is not allowed"),
    ("    title: Arrest\n", "", "missing or empty 'title'"),
    ("    text: An arrest.\n", "    text: An arrest.\n    colour: red\n", "unknown field 'colour'"),
    ("id: t02", "id: t01", "defined twice"),
    ("id: t02", "id: x2", "the id must be 't'"),
    ("confidence: CONFLICT", "confidence: 2+ agree", "set `confidence: CONFLICT`"),
    ("date: 2018-09-10", "date: 2016-09-10", "date order"),
    ("title: Arrest", "title: " + "A" * 60, "shorten it"),
])
def test_other_mistakes_are_named(tmp_path, article, annotations, old, new, words):
    message = _error(tmp_path, GOOD.replace(old, new, 1), article, annotations)
    assert words in message, message
    assert re.search(r"timeline\.yaml:\d+", message) and "Fix:" in message, message


def test_broken_yaml_names_the_line(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("    title: Arrest", "    title: [Arrest"), article, annotations)
    assert re.search(r"timeline\.yaml:\d+:\d+", message), message
