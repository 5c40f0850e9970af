"""Curated knowledge: ``data/annotations/*.yaml`` and ``references.bib`` as plain dataclasses.

It reads the files a person edits (actors, coreference overrides, notes,
events, versions, the timeline, the bibliography), checks them, and reports every problem
with the file, the line and the fix. It builds the types the parser consumes
(:class:`~casebook.parse.actors.KnownActors`), anchors phrases with the
parser's one rule (:func:`casebook.parse.anchor.anchor`), and loads a whole
case (:func:`load_case`) from a book's folder (:class:`BookPaths`). May
import: ``casebook.parse``, ``casebook.model``, ``casebook.errors``, the
standard library and PyYAML. Never pandas, matplotlib, ipywidgets or networkx.
"""
from casebook.knowledge.annotations import Annotations, load_annotations
from casebook.knowledge.bib import BibEntry, parse_bib, read_bib
from casebook.knowledge.case import Case, load_annotations_dir, load_case, parse_article
from casebook.knowledge.events import Event, Events, load_events
from casebook.knowledge.event_codes import EventCodes, load_event_codes
from casebook.knowledge.coding_exercise import CodingQuestion, load_coding_exercise
from casebook.knowledge.marked_yaml import load_marked_yaml
from casebook.knowledge.notes import CONFIDENCE, KINDS, Note, load_notes
from casebook.knowledge.paths import BookPaths
from casebook.knowledge.timeline import DateAlternative, StoryMention, Timeline, TimelineEvent, WireDate, load_timeline
from casebook.knowledge.versions import Versions, load_versions
from casebook.knowledge.voices import CHANNELS, ChannelNote, Reaction, Voices, load_voices

__all__ = [
    "load_case", "Case", "parse_article", "BookPaths",
    "load_annotations", "load_annotations_dir", "Annotations",
    "load_notes", "Note", "KINDS", "CONFIDENCE",
    "load_events", "Events", "Event",
    "load_event_codes", "EventCodes", "load_coding_exercise", "CodingQuestion",
    "load_versions", "Versions",
    "read_bib", "parse_bib", "BibEntry", "load_marked_yaml",
    "load_timeline", "Timeline", "TimelineEvent", "StoryMention", "DateAlternative", "WireDate",
    "load_voices", "Voices", "ChannelNote", "Reaction", "CHANNELS",
]
