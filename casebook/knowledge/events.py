"""Curated events (who does what to whom), anchored in the article's paragraphs.

``events.yaml`` in the annotations folder lists one entry per event a story
reports: the paragraph, the words that report it (the *trigger*), a source and a
target actor, a short relation label, an optional CAMEO code with alternatives,
a modality and citations for outside facts. The file is written by hand, so
every mistake is an :class:`~casebook.errors.AnnotationError` naming the file,
the line, the entry and the fix. Offsets are computed here, never typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterator
from typing import Any, Literal, get_args

from casebook.knowledge.annotations import Annotations, check_iso_date
from casebook.errors import AnnotationError, where
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, check_choice, check_fields, load_entry_list
from casebook.model import Article
from casebook.parse.anchor import anchor, paragraph_span


EVENTS_FILE = "events.yaml"
# asserted: the reporter states it; reported: a source states it; conditional: it may happen;
# agent-inferred: the act is stated but not who did it (an agentless passive such as "was
# arrested"), so the source actor is the coder's inference.
Modality = Literal["asserted", "reported", "conditional", "agent-inferred"]
MODALITIES: tuple[str, ...] = get_args(Modality)

_EVENT_ID = re.compile(r"e\d{2,}\Z")
_CAMEO = re.compile(r"\d{2,4}\Z")
_KEYS = {"id", "paragraph", "trigger", "occurrence", "source", "target", "relation", "cameo",
         "alt_codes", "modality", "date", "same_as", "sources", "note",
         "source_code", "target_code", "timeline", "acled"}
_REQUIRED = ("id", "paragraph", "trigger", "source", "target", "relation", "modality")
_MAX_RELATION = 40


@dataclass(frozen=True)
class Event:
    """One reported event. ``start``/``end`` locate ``trigger`` in the article text."""

    id: str
    paragraph: int
    trigger: str
    start: int
    end: int
    source: str
    target: str
    relation: str
    modality: str
    cameo: str | None = None
    alt_codes: tuple[str, ...] = ()
    date: str | None = None
    same_as: str | None = None
    sources: tuple[str, ...] = ()
    note: str = ""
    line: int = 0
    # CAMEO actor codes: the event's own (source_code/target_code) or else the actor's default
    source_code: str | None = None
    target_code: str | None = None
    timeline: str | None = None  # id of the chronology's entry that dates the event
    acled: str | None = None  # the ACLED sub-event type it could be, if any
    sentence: str = ""  # the sentence the trigger stands in
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(frozen=True)
class Events:
    events: tuple[Event, ...]
    codebook: str | None = None  # citation key of the event codebook
    path: str = ""

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def distinct(self) -> Events:
        """The distinct events: every entry that does not repeat an earlier one (``same_as``).
        This is the book's one definition of "distinct event"; every count of events uses it."""
        return Events(tuple(e for e in self.events if e.same_as is None), self.codebook, self.path)


def load_events(directory: str | Path, article: Article, annotations: Annotations) -> Events:
    """Load ``events.yaml`` from ``directory`` and check it against the article and the actors."""
    path = Path(directory) / EVENTS_FILE
    doc = load_entry_list(path, "events", ("codebook",), "- id: e01")
    codebook = doc.get("codebook")
    if codebook is not None:
        _check_citations([str(codebook)], annotations, path, doc.line_of("codebook"), "codebook")
    entries: MarkedList = doc["events"]
    events: list[Event] = []
    for index, entry in enumerate(entries):
        events.append(_event(entry, entries.line_of(index), index, article, annotations, path))
    _check_ids(events, path)
    from casebook.knowledge.event_checks import check_against_codes_and_timeline

    events = check_against_codes_and_timeline(events, Path(directory), path, article, annotations)
    return Events(tuple(events), str(codebook) if codebook is not None else None, str(path))


def _event(entry: Any, line: int, index: int, article: Article, annotations: Annotations,
           path: Path) -> Event:
    if not isinstance(entry, MarkedDict):
        raise AnnotationError(
            f"{where(path, line)}: events[{index}] is not a mapping. Fix: write each event as"
            " `- id: e01` with `paragraph:`, `trigger:` etc. indented under it."
        )
    name = f"event '{entry.get('id', f'events[{index}]')}'"
    check_fields(entry, name, path, _KEYS, _REQUIRED, what="entry")
    event_id = str(entry["id"])
    if not _EVENT_ID.match(event_id):
        raise AnnotationError(
            f"{where(path, entry.line_of('id'))}: {name}: the id must be 'e' and two or more"
            " digits. Fix: number the events in text order: e01, e02, ..."
        )
    for key in ("source", "target"):
        if annotations.actor(str(entry[key])) is None:
            known = ", ".join(sorted(a.id for a in annotations.actors)[:6])
            raise AnnotationError(
                f"{where(path, entry.line_of(key))}: {name}: unknown actor id '{entry[key]}' in"
                f" `{key}`. Fix: use an id defined in actors.yaml ({known}, ...) or add the actor there."
            )
    check_choice(entry, "modality", MODALITIES, name, path)
    modality = str(entry["modality"])
    relation = str(entry["relation"]).strip()
    if len(relation) > _MAX_RELATION:
        raise AnnotationError(
            f"{where(path, entry.line_of('relation'))}: {name}: the relation label has"
            f" {len(relation)} characters. Fix: shorten it to {_MAX_RELATION} at most"
            " (it is drawn on the figure); put the detail in `note:`."
        )
    paragraph, start, end = _anchor(entry, name, article, path)
    cameo = _code(entry, "cameo", name, path) if entry.get("cameo") is not None else None
    alt_codes = tuple(_code(entry, "alt_codes", name, path, value) for value in _list(entry, "alt_codes", name, path))
    sources = tuple(str(key) for key in _list(entry, "sources", name, path))
    _check_citations(sources, annotations, path, entry.line_of("sources"), name)
    date = entry.get("date")
    if date is not None:
        date = check_iso_date(date, path, entry.line_of("date"), f"{name}: date")
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    codes = {}
    for key, actor_key in (("source_code", "source"), ("target_code", "target")):
        given = entry.get(key)
        codes[key] = str(given) if given is not None else annotations.actor(str(entry[actor_key])).cameo
    return Event(
        source_code=codes["source_code"], target_code=codes["target_code"],
        timeline=str(entry["timeline"]) if entry.get("timeline") is not None else None,
        acled=str(entry["acled"]) if entry.get("acled") is not None else None,
        sentence=sentence.text if sentence else "", sentence_start=sentence.start if sentence else start,
        sentence_end=sentence.end if sentence else end,
        id=event_id, paragraph=paragraph, trigger=str(entry["trigger"]), start=start, end=end,
        source=str(entry["source"]), target=str(entry["target"]), relation=relation,
        modality=modality, cameo=cameo, alt_codes=alt_codes, date=date,
        same_as=str(entry["same_as"]) if entry.get("same_as") is not None else None,
        sources=sources, note=str(entry.get("note") or "").strip(), line=entry.line,
    )


def _anchor(entry: MarkedDict, name: str, article: Article, path: Path) -> tuple[int, int, int]:
    """The paragraph number and the trigger's offsets in the article text."""
    paragraph = entry["paragraph"]
    if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1 \
            or paragraph_span(article, paragraph) is None:
        raise AnnotationError(
            f"{where(path, entry.line_of('paragraph'))}: {name}: paragraph '{paragraph}' is not a"
            f" body paragraph of {article.path}. Fix: use a number from 1 to {len(article.paragraphs)}"
            " (the header line is not counted)."
        )
    start, end = anchor(article, str(entry["trigger"]), paragraph, entry.get("occurrence"),
                        where=f"{where(path, entry.line_of('trigger'))}: {name}")
    return paragraph, start, end


def _list(entry: MarkedDict, key: str, name: str, path: Path) -> list[Any]:
    value = entry.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise AnnotationError(
            f"{where(path, entry.line_of(key))}: {name}: '{key}' must be a list."
            f" Fix: write it as `{key}: [a, b]`."
        )
    return list(value)


def _code(entry: MarkedDict, key: str, name: str, path: Path, value: Any = None) -> str:
    """A CAMEO code: a quoted string of two to four digits (YAML reads 016 as the number 14)."""
    value = entry[key] if value is None else value
    if not isinstance(value, str) or not _CAMEO.match(value):
        raise AnnotationError(
            f"{where(path, entry.line_of(key))}: {name}: {key} {value!r} is not a CAMEO code."
            " Fix: write the code as a quoted string of 2 to 4 digits, e.g. \"016\" or \"1053\""
            " (unquoted, YAML turns 016 into a number and drops the leading zero)."
        )
    return value


def _check_citations(keys: list[str] | tuple[str, ...], annotations: Annotations, path: Path,
                     line: int, name: str) -> None:
    for key in keys:
        if key not in annotations.bib_keys:
            raise AnnotationError(
                f"{where(path, line)}: {name}: citation key '{key}' is not in"
                f" {annotations.bibliography or 'the bibliography'}. Fix: add an entry"
                f" @misc{{{key}, title = {{...}}, url = {{...}}, year = {{...}}}} there, or correct the key."
            )


def _check_ids(events: list[Event], path: Path) -> None:
    """Ids are unique, and ``same_as`` points to an earlier event."""
    seen: dict[str, Event] = {}
    for event in events:
        if event.id in seen:
            raise AnnotationError(
                f"{where(path, event.line)}: event '{event.id}' is defined twice (first on line"
                f" {seen[event.id].line}). Fix: renumber one of them."
            )
        if event.same_as is not None and event.same_as not in seen:
            raise AnnotationError(
                f"{where(path, event.line)}: event '{event.id}': same_as '{event.same_as}' is not an"
                " earlier event. Fix: point it to the id of the first report of the same event."
            )
        seen[event.id] = event
