"""The curated events: the real file against the article, and every kind of bad input.

Each bad input must raise AnnotationError naming the file and line, the entry
and a fix, because the people who edit events.yaml are annotators.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook.knowledge.annotations import load_annotations
from casebook import parse_article
from casebook.knowledge.bib import read_bib
from casebook.errors import AnnotationError
from casebook.book.network import events_frame
from casebook.knowledge.events import MODALITIES, Events, load_events

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
SOURCE = ROOT / "data" / "source" / "reuters-2018-01-15.txt"

GOOD = """\
codebook: schrodt2012cameo
events:
  - id: e01
    paragraph: 2
    trigger: dissolved the party
    source: supreme_court
    target: cnrp
    relation: dissolved
    cameo: "1722"
    modality: asserted
    date: 2017-11-16
    sources: [dailymail2017dissolve]
  - id: e02
    paragraph: 3
    trigger: has denies
    source: kem_sokha
    target: government
    relation: denied charges
    cameo: "016"
    alt_codes: ["112"]
    modality: asserted
"""


@pytest.fixture(scope="module")
def article():
    return parse_article(SOURCE)


@pytest.fixture(scope="module")
def annotations():
    return load_annotations(ANNOTATIONS)


def _load(tmp_path: Path, text: str, article, annotations) -> Events:
    (tmp_path / "events.yaml").write_text(text, encoding="utf-8")
    return load_events(tmp_path, article, annotations)


def _error(tmp_path: Path, text: str, article, annotations) -> str:
    with pytest.raises(AnnotationError) as err:
        _load(tmp_path, text, article, annotations)
    message = str(err.value)
    assert "events.yaml" in message and "Fix:" in message, message
    return message


# ------------------------------------------------------------ the real file


def test_the_real_file_loads_and_every_trigger_is_in_its_paragraph(article, annotations):
    events = load_events(ANNOTATIONS, article, annotations)
    assert len(events) >= 10
    assert events.codebook == "schrodt2012cameo"
    paragraphs = {p.number: p for p in article.paragraphs}
    for e in events:
        assert article.text[e.start:e.end] == e.trigger, e.id
        paragraph = paragraphs[e.paragraph]
        assert paragraph.start <= e.start < e.end <= paragraph.end, e.id


def test_the_real_file_is_consistent(article, annotations):
    events = load_events(ANNOTATIONS, article, annotations)
    ids = [e.id for e in events]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert [e.start for e in events] == sorted(e.start for e in events), "events are not in text order"
    keys = set(read_bib(ROOT / "references.bib"))
    for e in events:
        assert annotations.actor(e.source) and annotations.actor(e.target), e.id
        assert e.modality in MODALITIES
        assert set(e.sources) <= keys, e.id
        assert e.cameo is None or re.fullmatch(r"\d{2,4}", e.cameo), e.id
        assert e.cameo or e.note, f"{e.id}: an event without a CAMEO code needs a note saying why"
        if e.date is not None:
            assert e.date <= "2018-01-15", f"{e.id}: dated after the dateline"


def test_the_issue_relations_are_there(article, annotations):
    """The relations the chapter discusses: dissolved, arrested, accused, launched, called, banned."""
    relations = " ".join(e.relation for e in load_events(ANNOTATIONS, article, annotations))
    for word in ("dissolved", "arrested", "accused", "launched", "called", "banned", "demanded"):
        assert word in relations, word


def test_events_frame_has_one_row_per_event(article, annotations):
    events = load_events(ANNOTATIONS, article, annotations)
    frame = events_frame(events)
    assert list(frame["id"]) == [e.id for e in events]
    assert {"paragraph", "source", "target", "relation", "cameo", "modality"} <= set(frame.columns)


# ------------------------------------------------------------ good and bad input


def test_a_small_good_file(tmp_path, article, annotations):
    events = _load(tmp_path, GOOD, article, annotations)
    assert [e.id for e in events] == ["e01", "e02"]
    assert events.events[1].cameo == "016" and events.events[1].alt_codes == ("112",)
    assert events.events[0].date == "2017-11-16"


def test_unknown_actor_id(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("source: supreme_court", "source: supreme_cort"), article, annotations)
    assert "events.yaml:6" in message and "unknown actor id 'supreme_cort'" in message and "e01" in message


def test_unknown_target(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("target: cnrp", "target: cprp"), article, annotations)
    assert "'cprp'" in message and "`target`" in message


def test_trigger_not_in_the_paragraph(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("paragraph: 2", "paragraph: 4"), article, annotations)
    assert "events.yaml:5" in message and "does not occur in paragraph 4" in message


def test_trigger_with_the_wrong_apostrophe(tmp_path, article, annotations):
    text = GOOD.replace("paragraph: 2\n    trigger: dissolved the party",
                        "paragraph: 14\n    trigger: CNRP's dissolution")  # the article has ’
    assert "apostrophes included" in _error(tmp_path, text, article, annotations)


def test_ambiguous_trigger_and_occurrence(tmp_path, article, annotations):
    text = GOOD.replace("trigger: dissolved the party", "trigger: the")
    assert "occurs" in _error(tmp_path, text, article, annotations)
    events = _load(tmp_path, text.replace("trigger: the", "trigger: the\n    occurrence: 2"), article, annotations)
    first = events.events[0]
    assert article.text[first.start:first.end] == "the"
    assert "occurrence 9 of 'the' is out of range" in _error(
        tmp_path, text.replace("trigger: the", "trigger: the\n    occurrence: 9"), article, annotations)


def test_paragraph_out_of_range(tmp_path, article, annotations):
    for bad in ("0", "99", "two"):
        message = _error(tmp_path, GOOD.replace("paragraph: 2", f"paragraph: {bad}"), article, annotations)
        assert "is not a body paragraph" in message


def test_unknown_citation_key(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("[dailymail2017dissolve]", "[nosuchkey2099]"), article, annotations)
    assert "events.yaml:12" in message and "'nosuchkey2099'" in message and "@misc{nosuchkey2099" in message


def test_unknown_codebook_key(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("codebook: schrodt2012cameo", "codebook: cameo"), article, annotations)
    assert "events.yaml:1" in message and "'cameo'" in message


def test_bad_modality(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("modality: asserted", "modality: alleged", 1), article, annotations)
    assert "events.yaml:10" in message and "'alleged'" in message and "asserted, reported, conditional" in message


def test_unquoted_cameo_code_is_caught(tmp_path, article, annotations):
    """YAML reads 016 as the number 14: the loader must not silently store a wrong code."""
    message = _error(tmp_path, GOOD.replace('cameo: "016"', "cameo: 016"), article, annotations)
    assert "events.yaml:19" in message and "cameo 14" in message and "quoted string" in message


def test_bad_cameo_and_alt_codes(tmp_path, article, annotations):
    assert "not a CAMEO code" in _error(tmp_path, GOOD.replace('"1722"', '"17a2"'), article, annotations)
    assert "not a CAMEO code" in _error(tmp_path, GOOD.replace('["112"]', "[112]"), article, annotations)
    assert "must be a list" in _error(tmp_path, GOOD.replace('["112"]', '"112"'), article, annotations)


def test_missing_field_and_unknown_field(tmp_path, article, annotations):
    message = _error(tmp_path, GOOD.replace("    relation: dissolved\n", ""), article, annotations)
    assert "missing or empty 'relation'" in message and "events.yaml:3" in message
    message = _error(tmp_path, GOOD.replace("    relation: dissolved\n", "    relation: dissolved\n    agent: x\n"),
                     article, annotations)
    assert "unknown field 'agent'" in message


def test_bad_and_duplicate_ids(tmp_path, article, annotations):
    assert "'e' and two or more digits" in _error(tmp_path, GOOD.replace("id: e01", "id: E1"), article, annotations)
    message = _error(tmp_path, GOOD.replace("id: e02", "id: e01"), article, annotations)
    assert "defined twice" in message and "line 3" in message


def test_same_as_must_point_back(tmp_path, article, annotations):
    text = GOOD.replace("    modality: asserted\n    date:", "    modality: asserted\n    same_as: e02\n    date:")
    assert "not an earlier event" in _error(tmp_path, text, article, annotations)
    ok = GOOD + "    same_as: e01\n"
    assert _load(tmp_path, ok, article, annotations).events[1].same_as == "e01"


def test_bad_date_and_long_relation(tmp_path, article, annotations):
    assert "not a valid date" in _error(tmp_path, GOOD.replace("2017-11-16", "2017-11-31"), article, annotations)
    long_label = "relation: " + "very " * 12 + "long"
    assert "shorten it" in _error(tmp_path, GOOD.replace("relation: dissolved", long_label), article, annotations)


def test_file_shape_errors(tmp_path, article, annotations):
    assert "`events:` list" in _error(tmp_path, "- id: e01\n", article, annotations)
    assert "unknown top-level key 'notes'" in _error(tmp_path, GOOD + "notes: []\n", article, annotations)
    assert "not a mapping" in _error(tmp_path, "events:\n  - just a string\n", article, annotations)
    assert "broken YAML" in _error(tmp_path, "events: [\n", article, annotations)


def test_missing_file(tmp_path, article, annotations):
    with pytest.raises(AnnotationError, match="file not found"):
        load_events(tmp_path, article, annotations)


@pytest.fixture(scope="module")
def events(article, annotations) -> Events:
    return load_events(ANNOTATIONS, article, annotations)


def test_distinct_events_leave_out_repeats(events: Events) -> None:
    """One definition of "distinct event": an entry without ``same_as``."""
    repeats = [e for e in events if e.same_as is not None]
    assert repeats, "the event file has no repeated report: this test checks nothing"
    distinct = events.distinct()
    assert len(distinct) == len(events) - len(repeats)
    assert all(e.same_as is None for e in distinct)
    assert {e.id for e in repeats}.isdisjoint({e.id for e in distinct})
    assert distinct.codebook == events.codebook


def test_an_agentless_passive_has_its_own_modality(events: Events) -> None:
    assert "agent-inferred" in MODALITIES
    inferred = [e for e in events if e.modality == "agent-inferred"]
    assert inferred and all(e.paragraph == 3 for e in inferred), [e.id for e in inferred]
