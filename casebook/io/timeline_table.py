"""The curated timeline as a derived table: ``timeline.csv``, with its Frictionless schema.

The timeline (``data/annotations/timeline.yaml``) is loaded and checked against
the story it anchors into, then flattened one row per event by
:func:`casebook.book.chronology.timeline_rows`. ``python -m casebook data``
writes it beside the parser's layers, so that the chronology can be used
without Python and without YAML.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from casebook.book.chronology import timeline_rows
from casebook.knowledge.case import load_annotations_dir
from casebook.knowledge.paths import BookPaths
from casebook.knowledge.timeline import TIMELINE_FILE, load_timeline
from casebook.model import Article

TIMELINE_FIELDS: list[dict[str, Any]] = [
    {"name": "id", "type": "string", "description": "Event id from timeline.yaml (t01, t02, ... in date order)."},
    {"name": "date", "type": "string",
     "description": "Date of the event as an ISO 8601 prefix at its precision (YYYY, YYYY-MM or YYYY-MM-DD)."},
    {"name": "precision", "type": "string", "constraints": {"enum": ["year", "month", "day"]},
     "description": "How exactly the sources date the event."},
    {"name": "title", "type": "string", "description": "Short label of the event."},
    {"name": "kind", "type": "string", "constraints": {"enum": ["story", "background"]},
     "description": "story: the story reports the event; background: known from other sources only."},
    {"name": "paragraphs", "type": "string",
     "description": "Body paragraphs of the story that report the event, separated by spaces; empty for background."},
    {"name": "phrases", "type": "string", "description": "The words of each paragraph that report the event, separated by ' | '."},
    {"name": "date_phrases", "type": "string", "description": "The story's own date expressions for the event, separated by ' | '."},
    {"name": "actors", "type": "string", "description": "Actor ids (actors.yaml), separated by spaces."},
    {"name": "place", "type": "string", "description": "Where it happened, when given."},
    {"name": "text", "type": "string", "description": "What happened, in the book's words, every claim attributed."},
    {"name": "sources", "type": "string", "description": "Citation keys of references.bib, separated by spaces."},
    {"name": "confidence", "type": "string", "constraints": {"enum": ["2+ agree", "1 source", "CONFLICT"]},
     "description": "Confidence label as defined in chapters/about.md (the weakest fact of the entry decides)."},
    {"name": "alternatives", "type": "string",
     "description": "Other dates (and places) that some sources give, each with its citation keys, separated by ' | '."},
    {"name": "conflict_note", "type": "string", "description": "What the sources disagree on, when they do."},
]


def timeline_table(root: Path, articles: dict[str, Article]) -> list[dict[str, Any]] | None:
    """Rows of ``timeline.csv`` (a ``source`` column first), or None when the book has no timeline."""
    directory = BookPaths(root).annotations_dir
    if not (directory / TIMELINE_FILE).is_file():
        return None
    annotations = load_annotations_dir(directory)
    rows = []
    for name, article in articles.items():
        timeline = load_timeline(directory, article, annotations)
        rows.extend({"source": name, **row} for row in timeline_rows(timeline))
    return rows
