"""A story's layers as W3C Web Annotations (JSON-LD): one annotation per mention,
quotation, date expression and event.

Each annotation's target is the source text with two selectors for the same
span: a ``TextQuoteSelector`` (``exact`` with 32 characters of ``prefix`` and
``suffix``) and a ``TextPositionSelector`` (``start``, ``end``: code points
into the text as read, the offsets of the derived tables). Bodies say what the
span is: the actor (id, label, Wikidata URI when known), the speaker and cue,
the TIMEX3 value, the CAMEO code. Terms the Web Annotation context lacks are
defined in a second, inline context under ``urn:casebook:terms:``.

Nothing is fetched: the context is named by its URL, and
:func:`offline_document_loader` serves the copy vendored in
``casebook/io/contexts/`` to a JSON-LD processor such as pyld.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from casebook.io.exportdata import Story
from casebook.knowledge.events import Event
from casebook.model import Mention, Quote, Timex
from casebook.parse.actors import Actor

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
CONTEXT_COPY = Path(__file__).with_name("contexts") / "anno.jsonld"
QUOTE_CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector

_TERMS = "urn:casebook:terms:"
LOCAL_CONTEXT: dict[str, Any] = {
    "casebook": _TERMS,
    **{name: f"casebook:{name}" for name in (
        "actor", "actorType", "mentionKind", "rule", "paragraph", "role", "cue", "quoteKind",
        "structure", "timexType", "timexValue", "granularity", "signal", "cameo", "codebook",
        "modality", "relation", "eventDate", "trigger", "cueStart", "cueEnd", "speakerStart",
        "speakerEnd", "speakerText")},
    "altCodes": {"@id": "casebook:altCodes", "@container": "@list"},
    "citations": {"@id": "casebook:citations", "@container": "@list"},
    "repeats": {"@id": "casebook:repeats", "@type": "@id"},
    "wikidata": {"@id": "schema:sameAs", "@type": "@id"},
}


def web_annotations(story: Story) -> dict[str, Any]:
    """The story's AnnotationCollection, with every annotation on its first (only) page."""
    items = [_mention(story, m) for m in story.article.mentions]
    items += [_quote(story, q) for q in story.article.quotes]
    items += [_timex(story, t) for t in story.article.timexes]
    items += [_event(story, e) for e in story.events]
    order = {"mention": 0, "quote": 1, "timex": 2, "event": 3}
    items.sort(key=lambda a: (a["target"]["selector"][1]["start"], a["target"]["selector"][1]["end"],
                              order[a["id"].split("-")[0][1:]], a["id"]))
    collection: dict[str, Any] = {
        "@context": [ANNO_CONTEXT, LOCAL_CONTEXT],
        "id": "#annotations",
        "type": "AnnotationCollection",
        "label": story.info.title,
        "total": len(items),
        "generator": {"type": "Software", "name": "casebook (python -m casebook export)"},
    }
    if story.info.publisher:
        collection["creator"] = {"type": "Organization", "name": story.info.publisher}
    if story.info.licence:
        collection["rights"] = story.info.licence
    collection["first"] = {"id": "#page-1", "type": "AnnotationPage", "partOf": "#annotations",
                           "startIndex": 0, "items": items}
    return collection


def web_annotations_bytes(story: Story) -> bytes:
    return (json.dumps(web_annotations(story), indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def offline_document_loader() -> Callable[..., dict[str, Any]]:
    """A pyld document loader that serves the vendored W3C context and refuses any other URL."""
    document = json.loads(CONTEXT_COPY.read_text(encoding="utf-8"))
    served = {ANNO_CONTEXT, ANNO_CONTEXT.replace("http:", "https:")}

    def load(url: str, options: Any = None) -> dict[str, Any]:
        if url not in served:
            raise ValueError(f"{url}: not served offline; only {ANNO_CONTEXT} is vendored"
                             f" ({CONTEXT_COPY}). Nothing is fetched from the network.")
        return {"contentType": "application/ld+json", "contextUrl": None,
                "documentUrl": url, "document": document}

    return load


def _target(story: Story, start: int, end: int) -> dict[str, Any]:
    text = story.article.text
    return {
        "source": f"../source/{story.name}.txt",
        "selector": [
            {"type": "TextQuoteSelector", "exact": text[start:end],
             "prefix": text[max(0, start - QUOTE_CONTEXT):start], "suffix": text[end:end + QUOTE_CONTEXT]},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


def _actor_body(actor_id: str | None, actor: Actor | None, label: str | None = None,
                role: str | None = None) -> dict[str, Any]:
    """An actor as a body: label, id, type and Wikidata URI when known."""
    body: dict[str, Any] = {"type": "TextualBody", "purpose": "identifying",
                            "value": (actor.label if actor else label) or "unknown"}
    if role:
        body["role"] = role
    if actor_id:
        body["actor"] = actor_id
    if actor:
        body["actorType"] = actor.type
        if actor.wikidata:
            body["wikidata"] = WIKIDATA_ENTITY + actor.wikidata
    return body


def _mention(story: Story, mention: Mention) -> dict[str, Any]:
    actor = story.actor(mention.actor)
    annotation: dict[str, Any] = {"id": f"#mention-{mention.start}-{mention.end}", "type": "Annotation"}
    if mention.actor:
        body = [_actor_body(mention.actor, actor)]
        if actor and actor.wikidata:
            body.append({"type": "SpecificResource", "purpose": "identifying",
                         "source": WIKIDATA_ENTITY + actor.wikidata})
        annotation["motivation"] = "identifying"
    else:
        body = [{"type": "TextualBody", "purpose": "tagging", "value": "unresolved mention"}]
        annotation["motivation"] = "tagging"
        if mention.actor_type:
            body[0]["actorType"] = mention.actor_type
    annotation.update(body=body, target=_target(story, mention.start, mention.end),
                      mentionKind=mention.kind, rule=mention.rule, paragraph=mention.paragraph)
    return annotation


def _quote(story: Story, quote: Quote) -> dict[str, Any]:
    kind = "direct quotation" if quote.kind == "direct" else "reported speech"
    speaker = _actor_body(quote.speaker_actor, story.actor(quote.speaker_actor), quote.speaker,
                          role="speaker")
    annotation: dict[str, Any] = {
        "id": f"#quote-{quote.start}-{quote.end}-{quote.cue_start}", "type": "Annotation",
        "motivation": "describing",
        "body": [{"type": "TextualBody", "purpose": "classifying", "value": kind, "quoteKind": quote.kind,
                  "structure": quote.structure}, speaker],
        "target": _target(story, quote.start, quote.end),
        "cue": quote.cue, "cueStart": quote.cue_start, "cueEnd": quote.cue_end,
    }
    if quote.speaker_start is not None and quote.speaker_end is not None:
        annotation.update(speakerStart=quote.speaker_start, speakerEnd=quote.speaker_end,
                          speakerText=story.article.text[quote.speaker_start:quote.speaker_end])
    annotation["paragraph"] = quote.paragraph
    return annotation


def _timex(story: Story, timex: Timex) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "TextualBody", "purpose": "describing", "value": timex.value,
                            "timexType": timex.type, "timexValue": timex.value,
                            "granularity": timex.granularity}
    if timex.signal:
        body["signal"] = timex.signal
    return {"id": f"#timex-{timex.start}-{timex.end}", "type": "Annotation", "motivation": "describing",
            "body": [body], "target": _target(story, timex.start, timex.end),
            "rule": timex.rule, "paragraph": timex.paragraph}


def _event(story: Story, event: Event) -> dict[str, Any]:
    code: dict[str, Any] = {"type": "TextualBody", "purpose": "classifying",
                            "value": f"CAMEO {event.cameo}" if event.cameo else "no CAMEO code"}
    if event.cameo:
        code["cameo"] = event.cameo
        if story.codebook:
            code["codebook"] = story.codebook
    if event.alt_codes:
        code["altCodes"] = list(event.alt_codes)
    body = [code,
            {"type": "TextualBody", "purpose": "describing", "value": event.relation, "relation": event.relation,
             "modality": event.modality},
            _actor_body(event.source, story.actor(event.source), role="agent"),
            _actor_body(event.target, story.actor(event.target), role="target")]
    if event.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": event.note})
    annotation: dict[str, Any] = {"id": f"#event-{event.id}", "type": "Annotation", "motivation": "classifying",
                                  "body": body, "target": _target(story, event.start, event.end),
                                  "trigger": event.trigger, "paragraph": event.paragraph}
    if event.date:
        annotation["eventDate"] = event.date
    if event.same_as:
        annotation["repeats"] = f"#event-{event.same_as}"
    if event.sources:
        annotation["citations"] = list(event.sources)
    return annotation
