"""The CSV export: the derived layer tables, plus events and actors, in one Frictionless data package.

The layer tables (header, paragraphs, sentences, mentions, quotes, timexes)
are the bytes :func:`casebook.io.derived.build_derived` makes, with their
schemas from :mod:`casebook.io.tables`; nothing about them is defined twice.
This module adds two tables that the derived folder does not have: the coded
events (``events.yaml``, anchored to offsets) and the actors
(``actors.yaml``), and links them with foreign keys.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from typing import get_args

# The derived folder's own CSV writer, dialect and source column: one definition of each.
from casebook.io.derived import _DIALECT, _SOURCE_FIELD, _csv_bytes, build_derived
from casebook.io.exportdata import Story
from casebook.knowledge.events import MODALITIES
from casebook.model import ActorType, Side

PACKAGE_NAME = "casebook-exports"
LAYER_DESCRIPTIONS = {
    "header": "The story's header line: date, agency and dateline place, with their offsets.",
    "paragraphs": "The body paragraphs, numbered from 1.",
    "sentences": "The sentences, numbered across the body, each in one paragraph.",
    "mentions": "Every name, alias, short form or pronoun that refers to an actor.",
    "quotes": "Every direct quotation and piece of reported speech, with speaker and cue.",
    "timexes": "Every date expression, with its TIMEX3 value resolved against the story's date.",
    "timeline": "The chronology: the events the story reports and the background from cited sources, with date, precision, actors, citations and confidence.",
}

EVENT_FIELDS: list[dict[str, Any]] = [
    _SOURCE_FIELD,
    {"name": "id", "type": "string", "description": "Event id from events.yaml: e and two or more digits, in text order."},
    {"name": "paragraph", "type": "integer", "description": "Body paragraph (from 1) of the words that report the event."},
    {"name": "start", "type": "integer", "description": "Start offset of the trigger: a Python string index (code point) into the source text as read."},
    {"name": "end", "type": "integer", "description": "End offset (exclusive) of the trigger: text[start:end] is the trigger."},
    {"name": "trigger", "type": "string", "description": "The words of the story that report the event, as written."},
    {"name": "source_actor", "type": "string", "description": "Actor id of the one who acts (CAMEO's source), from actors.yaml."},
    {"name": "target_actor", "type": "string", "description": "Actor id of the one acted on (CAMEO's target), from actors.yaml."},
    {"name": "relation", "type": "string", "description": "A short label of what the source actor does to the target actor."},
    {"name": "cameo", "type": "string", "description": "CAMEO event code (codebook 1.1b3), 2 to 4 digits kept as text so that leading zeros stay; empty when no code fits."},
    {"name": "alt_codes", "type": "string", "description": "Other defensible CAMEO codes, separated by spaces; empty when there are none."},
    {"name": "modality", "type": "string", "constraints": {"enum": list(MODALITIES)},
     "description": "asserted (the reporter states it), reported (a source says it), conditional (it may happen) or agent-inferred (the agent is the coder's inference)."},
    {"name": "date", "type": "string", "description": "ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the event when known; empty otherwise."},
    {"name": "same_as", "type": "string", "description": "Id of an earlier event this entry reports again; empty for a distinct event (the book counts only those)."},
    {"name": "source_code", "type": "string", "description": "CAMEO actor code of the source actor as this sentence describes it (e.g. a country code plus role codes); empty when not coded."},
    {"name": "target_code", "type": "string", "description": "CAMEO actor code of the target actor as this sentence describes it; empty when not coded."},
    {"name": "timeline", "type": "string", "description": "Id of the chronology's entry (timeline.csv) that dates the event; empty when none does."},
    {"name": "acled", "type": "string", "description": "The ACLED sub-event type the event could be recorded as; empty when ACLED would not record it."},
    {"name": "sentence_start", "type": "integer", "description": "Start offset of the sentence the trigger stands in."},
    {"name": "sentence_end", "type": "integer", "description": "End offset (exclusive) of that sentence."},
    {"name": "citations", "type": "string", "description": "Citation keys (references.bib) for outside facts, separated by spaces."},
    {"name": "note", "type": "string", "description": "The coder's reasoning and caveats."},
]

ACTOR_FIELDS: list[dict[str, Any]] = [
    {"name": "id", "type": "string", "description": "Actor id (snake_case), the value of mentions.actor, quotes.speaker_actor and the events' actor columns."},
    {"name": "label", "type": "string", "description": "The actor's display name."},
    {"name": "type", "type": "string", "constraints": {"enum": list(get_args(ActorType))},
     "description": "person, organisation, group or place."},
    {"name": "side", "type": "string", "constraints": {"enum": list(get_args(Side))},
     "description": "Alignment at role_as_of: government, opposition, rights, media or neutral."},
    {"name": "role", "type": "string", "description": "The actor's role at role_as_of, in a sentence."},
    {"name": "role_as_of", "type": "string", "description": "ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the role and side are true at; empty when not given."},
    {"name": "wikidata", "type": "string", "description": "Wikidata item id (Q followed by digits), only where verified; empty otherwise."},
    {"name": "cameo", "type": "string", "description": "The actor's CAMEO actor code (e.g. a country code plus role codes); empty when not coded."},
    {"name": "sources", "type": "string", "description": "Citation keys (references.bib) for the facts about the actor, separated by spaces."},
]


def _event_rows(stories: list[Story]) -> list[dict[str, Any]]:
    return [{"source": s.name, "id": e.id, "paragraph": e.paragraph, "start": e.start, "end": e.end,
             "trigger": e.trigger, "source_actor": e.source, "target_actor": e.target,
             "relation": e.relation, "cameo": e.cameo, "alt_codes": " ".join(e.alt_codes),
             "modality": e.modality, "date": e.date, "same_as": e.same_as,
             "source_code": e.source_code, "target_code": e.target_code, "timeline": e.timeline,
             "acled": e.acled, "sentence_start": e.sentence_start, "sentence_end": e.sentence_end,
             "citations": " ".join(e.sources), "note": e.note}
            for s in stories for e in sorted(s.events, key=lambda e: (e.start, e.end, e.id))]


def _actor_rows(stories: list[Story]) -> list[dict[str, Any]]:
    actors = {a.id: a for s in stories for a in s.actors}
    return [{"id": a.id, "label": a.label, "type": a.type, "side": a.side, "role": a.role,
             "role_as_of": a.role_as_of, "wikidata": a.wikidata, "cameo": a.cameo, "sources": " ".join(a.sources)}
            for a in sorted(actors.values(), key=lambda a: a.id)]


def _resource(name: str, data: bytes, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"profile": "tabular-data-resource", "name": name, "path": f"{name}.csv",
            "description": description, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "dialect": _DIALECT, "schema": schema}


def table_files(root: Path, stories: list[Story], regenerate: str) -> dict[str, bytes]:
    """``{file name: bytes}`` of the CSV export: every CSV and its ``datapackage.json``."""
    derived = build_derived(root).files
    package = json.loads(derived["datapackage.json"])
    files = {r["path"]: derived[r["path"]] for r in package["resources"]}
    for resource in package["resources"]:
        resource["description"] = LAYER_DESCRIPTIONS.get(resource["name"], "")
    events = _csv_bytes(EVENT_FIELDS, _event_rows(stories))
    actors = _csv_bytes(ACTOR_FIELDS, _actor_rows(stories))
    files["events.csv"], files["actors.csv"] = events, actors
    actor_key = {"reference": {"resource": "actors", "fields": ["id"]}}
    package["resources"] += [
        _resource("events", events, {
            "fields": EVENT_FIELDS, "primaryKey": ["source", "id"], "missingValues": [""],
            "foreignKeys": [{"fields": ["source_actor"], **actor_key}, {"fields": ["target_actor"], **actor_key}],
        }, "Events the story reports (events.yaml), each anchored to the words that report it."),
        _resource("actors", actors, {"fields": ACTOR_FIELDS, "primaryKey": ["id"], "missingValues": [""]},
                  "The actors of the annotations folder (actors.yaml)."),
    ]
    package.update(name=PACKAGE_NAME, title="The case-study article as offset-anchored tables, with events and actors",
                   description=f"Generated by `{regenerate}`; do not edit by hand.")
    files["datapackage.json"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode()
    return dict(sorted(files.items()))
