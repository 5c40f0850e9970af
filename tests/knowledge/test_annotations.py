"""Loading and validating data/annotations/: the real files and each error case."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook.knowledge.annotations import load_annotations
from casebook.knowledge.bib import read_bib
from casebook.errors import AnnotationError

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"

# The fixed list of actor ids in tests/gold/README.md.
GOLD_IDS = {
    "hun_sen", "kem_sokha", "sam_rainsy", "saumura_tioulong", "eng_chhai_eang", "mu_sochua",
    "huy_vannak", "cnrp", "cnrm", "supreme_court", "government", "interior_ministry", "reuters",
    "twitter", "rights_groups", "cambodia", "france", "united_states", "phnom_penh",
}
# Wikidata ids verified in the research notes (nlp.md §4.1, from everypolitician-data).
VERIFIED_WIKIDATA = {
    "hun_sen": "Q57788", "kem_sokha": "Q3194965", "sam_rainsy": "Q656817",
    "saumura_tioulong": "Q536071", "eng_chhai_eang": "Q5377367", "mu_sochua": "Q1539074",
    "cnrp": "Q5025162", "reuters": "Q130879",
}


def test_the_real_annotations_load() -> None:
    annotations = load_annotations(ANNOTATIONS)
    assert {a.id for a in annotations.actors} == GOLD_IDS
    assert "reuters2018cnrm" in annotations.bib_keys
    assert Path(annotations.bibliography) == (ROOT / "references.bib").resolve()


def test_wikidata_ids_are_the_verified_ones_or_null() -> None:
    annotations = load_annotations(ANNOTATIONS)
    for actor in annotations.actors:
        assert actor.wikidata == VERIFIED_WIKIDATA.get(actor.id), actor.id


def test_every_cited_key_exists_and_every_actor_cites() -> None:
    annotations = load_annotations(ANNOTATIONS)
    keys = set(read_bib(ROOT / "references.bib"))
    for actor in annotations.actors:
        assert actor.sources, actor.id
        assert set(actor.sources) <= keys, actor.id


def test_sides_and_types_read_from_the_file() -> None:
    annotations = load_annotations(ANNOTATIONS)
    assert annotations.actor("hun_sen").side == "government"
    assert annotations.actor("sam_rainsy").side == "opposition"
    assert annotations.actor("rights_groups").side == "rights"
    assert annotations.actor("reuters").side == "media"
    assert annotations.actor("rights_groups").type == "group"
    assert annotations.actor("phnom_penh").type == "place"
    assert annotations.actor("cnrm").documents == ("the statement",)
    assert annotations.actor("nobody") is None


# ------------------------------------------------------------ error cases

BIB = "@misc{src2018, title = {A source}, author = {{Agency}}, year = {2018}, url = {http://example.org}}\n"
GOOD = """\
actors:
  - id: ann_lee
    label: Ann Lee
    type: person
    names: ["Ann Lee"]
    aliases: ["Lee"]
    role: Minister
    role_as_of: 2018-01
    side: government
    wikidata: null
    sources: [src2018]
  - id: party
    label: The Party
    type: organisation
    names: ["Example Party"]
    short_forms: ["the party"]
    role: Opposition party
    side: opposition
    sources: [src2018]
coref_overrides:
  - {paragraph: 2, text: he, occurrence: 1, actor: ann_lee}
"""


def write_tree(tmp_path: Path, actors_yaml: str, bib: str = BIB) -> Path:
    """tmp/data/annotations/actors.yaml and tmp/references.bib (the default location)."""
    directory = tmp_path / "data" / "annotations"
    directory.mkdir(parents=True)
    (directory / "actors.yaml").write_text(actors_yaml, encoding="utf-8")
    (tmp_path / "references.bib").write_text(bib, encoding="utf-8")
    return directory


def error_of(directory: Path) -> str:
    with pytest.raises(AnnotationError) as err:
        load_annotations(directory)
    return str(err.value)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_valid_file_loads(tmp_path: Path) -> None:
    annotations = load_annotations(write_tree(tmp_path, GOOD))
    assert [a.id for a in annotations.actors] == ["ann_lee", "party"]
    assert annotations.actor("ann_lee").role_as_of == "2018-01"
    assert annotations.coref_overrides[0].actor == "ann_lee"
    assert annotations.coref_overrides[0].paragraph == 2
    assert annotations.bib_keys == frozenset({"src2018"})


def test_unknown_actor_id_in_coref_overrides(tmp_path: Path) -> None:
    text = GOOD.replace("actor: ann_lee}", "actor: ann_leee}")
    message = error_of(write_tree(tmp_path, text))
    assert f"actors.yaml:{line_of(text, 'ann_leee')}" in message
    assert "coref_overrides[0]" in message and "'ann_leee'" in message
    assert "Fix:" in message and "ann_lee" in message.split("Fix:")[1]


def test_missing_citation_key(tmp_path: Path) -> None:
    text = GOOD.replace("sources: [src2018]\n  - id: party", "sources: [src2018, nowhere2017]\n  - id: party")
    message = error_of(write_tree(tmp_path, text))
    assert f"actors.yaml:{line_of(text, 'id: ann_lee')}" in message
    assert "actor 'ann_lee'" in message and "'nowhere2017'" in message and "references.bib" in message
    assert "Fix:" in message and "@misc{nowhere2017" in message


@pytest.mark.parametrize("bad", ["2018-13", "2018-02-30", "Jan 2018", "18-01-15"])
def test_malformed_date(tmp_path: Path, bad: str) -> None:
    text = GOOD.replace("role_as_of: 2018-01", f"role_as_of: {bad}")
    message = error_of(write_tree(tmp_path, text))
    assert f"actors.yaml:{line_of(text, 'role_as_of')}" in message
    assert "actor 'ann_lee'" in message and f"'{bad}' is not a valid date" in message
    assert "Fix:" in message


def test_duplicate_alias_across_actors(tmp_path: Path) -> None:
    text = GOOD.replace('short_forms: ["the party"]', 'short_forms: ["the party"]\n    aliases: ["LEE"]')
    message = error_of(write_tree(tmp_path, text))
    assert f"actors.yaml:{line_of(text, 'id: party')}" in message
    assert "actor 'party'" in message and "'LEE'" in message and "actor 'ann_lee'" in message
    assert "Fix:" in message


def test_broken_yaml_gives_line_column_and_fix(tmp_path: Path) -> None:
    text = GOOD.replace("role: Minister", "role: Minister: of: [state")
    message = error_of(write_tree(tmp_path, text))
    assert re.search(r"actors\.yaml:\d+:\d+: broken YAML", message), message
    line = int(re.search(r"actors\.yaml:(\d+):", message).group(1))
    assert line == line_of(text, "role: Minister")
    assert "Fix:" in message


def test_unknown_field_and_bad_side(tmp_path: Path) -> None:
    message = error_of(write_tree(tmp_path, GOOD.replace("side: opposition", "sidee: opposition")))
    assert "unknown field 'sidee'" in message and "Fix:" in message


def test_an_id_yaml_reads_as_a_boolean_is_named_with_its_fix(tmp_path: Path) -> None:
    text = GOOD.replace("  - id: party\n", "  - id: yes\n")
    message = error_of(write_tree(tmp_path, text))
    assert f"actors.yaml:{line_of(text, 'id: yes')}" in message
    assert "YAML reads this id as bool" in message and "double quotes" in message
    quoted = GOOD.replace("  - id: party\n", '  - id: "yes"\n')
    assert [a.id for a in load_annotations(write_tree(tmp_path / "q", quoted)).actors] == ["ann_lee", "yes"]


def test_side_must_be_one_of_five(tmp_path: Path) -> None:
    message = error_of(write_tree(tmp_path, GOOD.replace("side: opposition", "side: left")))
    assert "side 'left' is not allowed" in message and "government" in message


def test_duplicate_key_in_one_entry(tmp_path: Path) -> None:
    text = GOOD.replace("    role: Minister\n", "    role: Minister\n    role: Deputy\n")
    message = error_of(write_tree(tmp_path, text))
    assert f"actors.yaml:{line_of(text, 'role: Deputy')}" in message and "'role' appears twice" in message


def test_bibliography_path_from_index_file(tmp_path: Path) -> None:
    directory = write_tree(tmp_path, GOOD, bib="")  # the default file is empty...
    (tmp_path / "elsewhere.bib").write_text(BIB, encoding="utf-8")  # ...the index points here
    (directory / "index.yaml").write_text("bibliography: ../../elsewhere.bib\n", encoding="utf-8")
    annotations = load_annotations(directory)
    assert Path(annotations.bibliography).name == "elsewhere.bib"
    assert "src2018" in annotations.bib_keys


def test_missing_bibliography(tmp_path: Path) -> None:
    directory = write_tree(tmp_path, GOOD)
    (tmp_path / "references.bib").unlink()
    message = error_of(directory)
    assert "references.bib" in message and "bibliography not found" in message and "Fix:" in message
