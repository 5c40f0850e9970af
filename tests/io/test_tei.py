"""TEI export: well-formed, the body round-trips to the source, every element sits at its offsets.

No TEI schema installs from the package index on this project's Python (checked:
no package ships tei_all.rng; jing is only in Debian, and the schema itself would
have to be fetched), so instead of validating against a schema the test checks
every element and attribute used against the content models of the TEI P5
Guidelines that apply here (ALLOWED below: parent -> children, element ->
attributes), transcribed by hand from the Guidelines' element specifications.
It checks which children and attributes appear, not their order or the
attributes' value types; the TEI writer emits each parent's children in the
order the content models ask for.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from casebook.io.exportdata import load_stories
from casebook.io.tei import TEI_NS, tei_bytes, tei_document

NS = f"{{{TEI_NS}}}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PHRASES = {"persName", "orgName", "placeName", "name", "rs", "date", "said"}
# element -> (children it may hold here, attributes it may carry here)
ALLOWED: dict[str, tuple[set[str], set[str]]] = {
    "TEI": ({"teiHeader", "text"}, {XML_LANG}),
    "teiHeader": ({"fileDesc", "profileDesc"}, set()),
    "fileDesc": ({"titleStmt", "publicationStmt", "sourceDesc"}, set()),
    "titleStmt": ({"title", "respStmt"}, set()),  # title+, model.respLike*: no note
    "title": (set(), {"type"}),
    "note": (set(), {"type"}),
    "respStmt": ({"resp", "name"}, set()),
    "resp": (set(), set()),
    "publicationStmt": ({"publisher", "availability"}, set()),
    "publisher": (set(), set()),
    "availability": ({"licence", "p"}, set()),
    "licence": (set(), {"target"}),
    "sourceDesc": ({"bibl"}, set()),
    "bibl": ({"title", "author", "publisher", "date", "ref", "idno", "note"}, set()),
    "author": (set(), set()),
    "ref": (set(), {"target"}),
    "idno": (set(), {"type"}),
    "profileDesc": ({"particDesc", "settingDesc"}, set()),
    "particDesc": ({"listPerson", "listOrg"}, set()),
    "settingDesc": ({"listPlace"}, set()),
    "listPerson": ({"person"}, set()),
    "listOrg": ({"org"}, set()),
    "listPlace": ({"place"}, set()),
    "person": ({"persName", "idno", "note"}, {XML_ID}),
    "org": ({"orgName", "idno", "note"}, {XML_ID, "type"}),
    "place": ({"placeName", "idno", "note"}, {XML_ID}),
    "text": ({"body"}, set()),
    "body": ({"div"}, set()),
    "div": ({"opener", "p"}, {"type"}),
    "opener": ({"dateline"}, set()),
    "dateline": (PHRASES, set()),
    "p": (PHRASES, {"n"}),
    "persName": (PHRASES, {"ref"}),
    "orgName": (PHRASES, {"ref", "type"}),
    "placeName": (PHRASES, {"ref"}),
    "name": (PHRASES, {"ref", "type"}),
    "rs": (PHRASES, {"ref", "type"}),
    "date": (PHRASES, {"when", "when-iso"}),
    "said": (PHRASES, {"who", "direct"}),
}


@pytest.fixture(scope="module")
def story(repo_root: Path):
    return load_stories(repo_root)[0]


@pytest.fixture(scope="module")
def root(story, repo_root: Path) -> ET.Element:
    return ET.fromstring((repo_root / "data/exports" / f"{story.name}.tei.xml").read_bytes())


def _local(tag: str) -> str:
    assert tag.startswith(NS), f"{tag} is not in the TEI namespace"
    return tag[len(NS):]


def test_well_formed_and_the_committed_file_is_current(story, repo_root: Path) -> None:
    data = (repo_root / "data/exports" / f"{story.name}.tei.xml").read_bytes()
    assert data == tei_bytes(story) == tei_bytes(story)
    assert ET.fromstring(data).tag == NS + "TEI"


def test_only_the_elements_and_attributes_checked_against_the_guidelines(root: ET.Element) -> None:
    problems = []
    for parent in root.iter():
        name = _local(parent.tag)
        if name not in ALLOWED:
            problems.append(f"<{name}> is not in the checked list")
            continue
        children, attributes = ALLOWED[name]
        problems += [f"<{_local(c.tag)}> inside <{name}>" for c in parent if _local(c.tag) not in children]
        problems += [f"@{a} on <{name}>" for a in parent.attrib if a not in attributes]
    assert not problems, problems


def test_the_check_catches_a_stray_element() -> None:
    bad = ET.fromstring(f'<TEI xmlns="{TEI_NS}"><text><body><div><p><foo/></p></div></body></text></TEI>')
    p = bad.find(f".//{NS}p")
    assert [c for c in p if _local(c.tag) not in ALLOWED["p"][0]]


def test_every_ref_and_who_points_to_an_actor_in_the_header(root: ET.Element) -> None:
    ids = {e.get(XML_ID) for e in root.iter() if e.get(XML_ID)}
    pointers = [e.get(a) for e in root.iter() for a in ("ref", "who") if e.get(a)]
    assert pointers
    assert all(p.startswith("#") and p[1:] in ids for p in pointers), sorted(set(pointers))


def test_the_body_round_trips_to_the_source(story, root: ET.Element) -> None:
    article = story.article
    paragraphs = root.findall(f".//{NS}body//{NS}p")
    assert [int(p.get("n")) for p in paragraphs] == [p.number for p in article.paragraphs]
    assert ["".join(p.itertext()) for p in paragraphs] == [p.text for p in article.paragraphs]
    (dateline,) = root.iter(NS + "dateline")
    assert "".join(dateline.itertext()) == article.header.text


def _located(element: ET.Element, start: int, found: list) -> int:
    """Record (tag, start, end, attributes) for every descendant; return the end offset."""
    position = start + len(element.text or "")
    for child in element:
        child_start = position
        position = _located(child, child_start, found)
        found.append((_local(child.tag), child_start, position, dict(child.attrib)))
        position += len(child.tail or "")
    return position


def test_every_element_sits_at_its_offsets_and_every_item_is_marked(story, root: ET.Element) -> None:
    article = story.article
    found: list = []
    (dateline,) = root.iter(NS + "dateline")
    _located(dateline, article.header.start, found)
    for element, paragraph in zip(root.findall(f".//{NS}body//{NS}p"), article.paragraphs):
        assert _located(element, paragraph.start, found) == paragraph.end
    for tag, start, end, attributes in found:
        assert start < end
    spans = {(start, end): (tag, attributes) for tag, start, end, attributes in found}
    assert len(spans) == len(found), "two elements on one span"
    for mention in article.mentions:
        tag, attributes = spans[(mention.start, mention.end)]
        assert tag in {"persName", "orgName", "placeName", "name", "rs"}, (mention, tag)
        assert attributes.get("ref") == (f"#{mention.actor}" if mention.actor else None)
    for timex in article.timexes:
        tag, attributes = spans[(timex.start, timex.end)]
        assert tag == "date" and timex.value in (attributes.get("when"), attributes.get("when-iso"))
    for quote in article.quotes:
        tag, attributes = spans[(quote.start, quote.end)]
        assert tag == "said" and attributes.get("who") == (f"#{quote.speaker_actor}" if quote.speaker_actor else None)
        assert attributes["direct"] == ("true" if quote.kind == "direct" else "false")
    assert len(found) == len(article.mentions) + len(article.timexes) + len(article.quotes)
    assert "cross another element" not in tei_document(story)


def test_the_header_carries_title_source_rights_and_actors(story, root: ET.Element) -> None:
    title = root.find(f"{NS}teiHeader/{NS}fileDesc/{NS}titleStmt/{NS}title")
    assert title.text == story.info.title and title.get("type") == "supplied"
    availability = root.find(f".//{NS}availability/{NS}p")
    assert availability.text == story.info.rights and "©" in availability.text
    bibl = root.find(f".//{NS}sourceDesc/{NS}bibl")
    assert bibl.find(f"{NS}ref").get("target") == story.info.url
    for actor in story.actors:
        (entry,) = [e for e in root.iter() if e.get(XML_ID) == actor.id]
        assert actor.label in "".join(entry.itertext())
        idno = entry.find(f"{NS}idno")
        assert (idno.text if idno is not None else None) == (
            f"http://www.wikidata.org/entity/{actor.wikidata}" if actor.wikidata else None)
