"""The event coding as data: codes checked against the list, actor codes, dates from the chronology.

Each bad input must raise AnnotationError naming the file and a fix.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from casebook import parse_article
from casebook.errors import AnnotationError
from casebook.knowledge.annotations import load_annotations
from casebook.knowledge.event_codes import ACTOR_CODE, load_event_codes
from casebook.knowledge.events import load_events

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
SOURCE = ROOT / "data" / "source" / "reuters-2018-01-15.txt"

# The CAMEO 1.1b3 codebook's list of event codes (chapter 6), for the codes this book may use:
# typed here from the codebook, independently of event_codes.yaml, so a wrong label fails.
CODEBOOK = {
    "010": "Make statement, not specified below", "012": "Make pessimistic comment",
    "016": "Deny responsibility", "020": "Make an appeal or request, not specified below",
    "0241": "Appeal for change in leadership", "0244": "Appeal for change in institutions, regime",
    "0252": "Appeal for easing of political dissent", "1041": "Demand change in leadership",
    "1044": "Demand change in institutions, regime", "1053": "Demand release of persons or property",
    "111": "Criticize or denounce", "112": "Accuse, not specified below",
    "1125": "Accuse of espionage, treason", "113": "Rally opposition against", "115": "Bring lawsuit against",
    "130": "Threaten, not specified below", "133": "Threaten with political dissent, protest",
    "137": "Threaten with repression", "141": "Demonstrate or rally, not specified below",
    "1721": "Impose restrictions on political freedoms", "1722": "Ban political parties or politicians",
    "173": "Arrest, detain, or charge with legal action",
}


@pytest.fixture(scope="module")
def article():
    return parse_article(SOURCE)


@pytest.fixture(scope="module")
def annotations():
    return load_annotations(ANNOTATIONS)


@pytest.fixture(scope="module")
def codes(annotations):
    return load_event_codes(ANNOTATIONS, annotations)


@pytest.fixture(scope="module")
def events(article, annotations):
    return load_events(ANNOTATIONS, article, annotations)


def test_every_listed_code_is_the_codebooks_with_its_label(codes):
    assert codes.codebook == "schrodt2012cameo"
    for code, label in codes.event_codes.items():
        assert CODEBOOK.get(code) == label, code


def test_every_code_and_alternative_of_the_events_is_listed(events, codes):
    used = {c for e in events for c in (e.cameo, *e.alt_codes) if c}
    assert used and used <= set(codes.event_codes)


def test_quad_classes_of_the_roots_in_use(codes):
    assert codes.quad("0241") == (1, "Verbal cooperation")
    assert codes.quad("016")[0] == 1  # a denial is a statement: root 01
    assert codes.quad("1053") == (3, "Verbal conflict")
    assert codes.quad("133")[0] == 3
    assert codes.quad("173") == (4, "Material conflict")
    assert codes.plover_type("010") == "dropped" and codes.plover_type("1722") == "COERCE"


def test_actor_codes_are_well_formed(events, annotations, codes):
    for e in events:
        for value in (e.source_code, e.target_code):
            assert value and ACTOR_CODE.match(value) and codes.actor_code_problem(value) is None, (e.id, value)
    for actor in annotations.actors:
        if actor.cameo:
            assert codes.actor_code_problem(actor.cameo) is None, actor.id
    assert codes.actor_code_problem("KHMXYZ") and codes.actor_code_problem("khmgov")


def test_former_leader_is_an_elite_and_rights_groups_an_ngo(events):
    by_id = {e.id: e for e in events}
    assert by_id["e10"].source_code == "KHMELI"
    assert by_id["e18"].source_code == "NGOHRI"
    assert by_id["e11"].modality == "conditional"


def test_every_trigger_is_at_its_offsets_and_in_its_sentence(events, article):
    for e in events:
        assert article.text[e.start:e.end] == e.trigger, e.id
        assert e.sentence_start <= e.start < e.end <= e.sentence_end, e.id
        assert article.text[e.sentence_start:e.sentence_end] == e.sentence, e.id


def test_dates_come_from_the_chronology(events):
    timeline = yaml.safe_load((ANNOTATIONS / "timeline.yaml").read_text(encoding="utf-8"))
    dates = {t["id"]: str(t["date"]) for t in timeline["events"]}
    linked = [e for e in events if e.timeline]
    assert len(linked) >= 10
    for e in linked:
        assert e.date == dates[e.timeline], e.id


# ------------------------------------------------------------ bad input


def _copy(tmp_path: Path) -> Path:
    for name in ("actors.yaml", "events.yaml", "event_codes.yaml", "timeline.yaml"):
        shutil.copy(ANNOTATIONS / name, tmp_path / name)
    return tmp_path


def _error(tmp_path: Path, article, annotations) -> str:
    with pytest.raises(AnnotationError) as err:
        load_events(tmp_path, article, annotations)
    message = str(err.value)
    assert "Fix:" in message, message
    return message


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_code_that_is_not_listed(tmp_path, article, annotations):
    folder = _copy(tmp_path)
    _edit(folder / "events.yaml", 'cameo: "1053"', 'cameo: "1054"')
    message = _error(folder, article, annotations)
    assert "'1054'" in message and "event_codes.yaml" in message and "e02" in message


def test_a_bad_actor_code_override(tmp_path, article, annotations):
    folder = _copy(tmp_path)
    _edit(folder / "events.yaml", "source_code: KHMELI", "source_code: KHMFMR")
    message = _error(folder, article, annotations)
    assert "'FMR'" in message and "e10" in message


def test_a_date_that_disagrees_with_the_chronology(tmp_path, article, annotations):
    folder = _copy(tmp_path)
    _edit(folder / "events.yaml", "date: 2017-09-03\n", "date: 2017-09-04\n")
    message = _error(folder, article, annotations)
    assert "chronology" in message and "t08" in message


def test_an_unknown_timeline_id(tmp_path, article, annotations):
    folder = _copy(tmp_path)
    _edit(folder / "events.yaml", "timeline: t16", "timeline: t99")
    assert "t99" in _error(folder, article, annotations)


def test_an_unknown_acled_type(tmp_path, article, annotations):
    folder = _copy(tmp_path)
    _edit(folder / "events.yaml", "acled: Arrests", "acled: Detention")
    assert "Detention" in _error(folder, article, annotations)


def test_an_unquoted_code_in_the_list(tmp_path, annotations):
    folder = _copy(tmp_path)
    _edit(folder / "event_codes.yaml", '"016": Deny', "016: Deny")
    with pytest.raises(AnnotationError, match="Fix: quote it"):
        load_event_codes(folder, annotations)


def test_an_actor_cameo_code_that_is_malformed(tmp_path):
    shutil.copy(ANNOTATIONS / "actors.yaml", tmp_path / "actors.yaml")
    _edit(tmp_path / "actors.yaml", "cameo: KHMJUD", "cameo: KHM-JUD")
    with pytest.raises(AnnotationError, match="not a CAMEO actor code.*Fix"):
        load_annotations(tmp_path)
