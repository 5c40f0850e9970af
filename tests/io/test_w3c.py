"""W3C Web Annotation export: expands with pyld offline, and every selector points back to the source."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyld import jsonld

from casebook.io.exportdata import load_stories
from casebook.io.w3c import ANNO_CONTEXT, CONTEXT_COPY, web_annotations, web_annotations_bytes, offline_document_loader

OA = "http://www.w3.org/ns/oa#"
AS = "http://www.w3.org/ns/activitystreams#"
RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"


@pytest.fixture(scope="module")
def story(repo_root: Path):
    return load_stories(repo_root)[0]


@pytest.fixture(scope="module")
def expanded(story, repo_root: Path) -> list:
    """The committed export, expanded with pyld; only the vendored context may be loaded."""
    path = repo_root / "data/exports" / f"{story.name}.w3c.jsonld"
    document = json.loads(path.read_text(encoding="utf-8"))
    return jsonld.expand(document, {"documentLoader": offline_document_loader(), "base": path.as_uri()})


def _items(expanded: list) -> list[dict]:
    (collection,) = expanded
    (page,) = collection[AS + "first"]
    (items,) = page[AS + "items"]
    return items["@list"]


def _value(node: dict, iri: str):
    values = node.get(iri, [])
    return values[0]["@value"] if values else None


def test_the_loader_serves_only_the_vendored_context() -> None:
    load = offline_document_loader()
    assert load(ANNO_CONTEXT)["document"] == json.loads(CONTEXT_COPY.read_text(encoding="utf-8"))
    assert load(ANNO_CONTEXT.replace("http:", "https:"))["document"]["@context"]["oa"] == OA
    with pytest.raises(ValueError, match="not served offline"):
        load("http://schema.org/")


def test_expansion_without_the_loader_would_need_the_network(story) -> None:
    """Guards the guard: with a loader that refuses everything, expansion fails, so the
    passing expansion above really used the vendored copy."""
    def refuse(url, options=None):
        raise ValueError(f"refused {url}")
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand(web_annotations(story), {"documentLoader": refuse})


def test_one_annotation_per_mention_quote_date_and_event(story, expanded) -> None:
    items = _items(expanded)
    article = story.article
    expected = len(article.mentions) + len(article.quotes) + len(article.timexes) + len(story.events)
    assert len(items) == expected
    assert len(story.events) > 0 and len(article.quotes) > 0
    ids = [item["@id"] for item in items]
    assert len(set(ids)) == len(ids)
    for item in items:
        assert item["@type"] == [OA + "Annotation"]
        assert item[OA + "hasBody"], item["@id"]
        assert item[OA + "motivatedBy"][0]["@id"].startswith(OA)


def test_every_selector_points_to_its_exact_text(story, expanded, repo_root: Path) -> None:
    text = story.article.text
    source = (repo_root / "data/source" / f"{story.name}.txt").as_uri()
    for item in _items(expanded):
        (target,) = item[OA + "hasTarget"]
        assert target[OA + "hasSource"][0]["@id"] == source
        selectors = {s["@type"][0]: s for s in target[OA + "hasSelector"]}
        quote, position = selectors[OA + "TextQuoteSelector"], selectors[OA + "TextPositionSelector"]
        start, end = _value(position, OA + "start"), _value(position, OA + "end")
        exact = _value(quote, OA + "exact")
        assert 0 <= start < end <= len(text)
        assert text[start:end] == exact, item["@id"]
        assert text[:start].endswith(_value(quote, OA + "prefix")), item["@id"]
        assert text[end:].startswith(_value(quote, OA + "suffix")), item["@id"]


def test_bodies_say_what_each_span_is(story, expanded) -> None:
    by_id = {item["@id"].rsplit("#", 1)[1]: item for item in _items(expanded)}
    terms = "urn:casebook:terms:"
    mention = next(m for m in story.article.mentions if story.actor(m.actor) and story.actor(m.actor).wikidata)
    actor = story.actor(mention.actor)
    bodies = by_id[f"mention-{mention.start}-{mention.end}"][OA + "hasBody"]
    assert any(_value(b, terms + "actor") == actor.id and _value(b, RDF_VALUE) == actor.label for b in bodies)
    wikidata = f"http://www.wikidata.org/entity/{actor.wikidata}"
    assert any(b.get(OA + "hasSource", [{}])[0].get("@id") == wikidata for b in bodies)
    quote = next(q for q in story.article.quotes if q.speaker_actor)
    bodies = by_id[f"quote-{quote.start}-{quote.end}-{quote.cue_start}"][OA + "hasBody"]
    assert any(_value(b, terms + "actor") == quote.speaker_actor and _value(b, terms + "role") == "speaker"
               for b in bodies)
    for timex in story.article.timexes:
        (body,) = by_id[f"timex-{timex.start}-{timex.end}"][OA + "hasBody"]
        assert _value(body, terms + "timexValue") == timex.value
    for event in story.events:
        item = by_id[f"event-{event.id}"]
        codes = [_value(b, terms + "cameo") for b in item[OA + "hasBody"]]
        assert (event.cameo in codes) if event.cameo else not any(codes)
        if event.cameo:
            assert story.codebook and story.codebook in [_value(b, terms + "codebook") for b in item[OA + "hasBody"]]
        roles = {_value(b, terms + "role"): _value(b, terms + "actor") for b in item[OA + "hasBody"]}
        assert roles["agent"] == event.source and roles["target"] == event.target
        if event.same_as:
            assert item[terms + "repeats"][0]["@id"].endswith(f"#event-{event.same_as}")


def test_the_committed_file_is_what_the_code_makes(story, repo_root: Path) -> None:
    path = repo_root / "data/exports" / f"{story.name}.w3c.jsonld"
    assert path.read_bytes() == web_annotations_bytes(story)
    assert web_annotations_bytes(story) == web_annotations_bytes(story)
