"""The chronology of a case: dated events, from the story and from cited sources.

``timeline.yaml`` in the annotations folder lists one entry per event: its
date at a stated precision (year, month or day), a short title, a description,
the actors, where the story reports it (paragraph, phrase and the story's own
date expression, each found with the one anchoring rule of
:func:`casebook.parse.anchor.anchor`), citations, a confidence label and, where
sources disagree on the date or the place, the alternatives. An event with a
``story`` list is a *story event*; one without is a *background event*.

The file is written by hand, so every mistake is an
:class:`~casebook.errors.AnnotationError` naming the file, the line, the entry
and the fix. Offsets are computed here, never typed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.annotations import Annotations, check_iso_date
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, check_choice, check_fields, load_entry_list
from casebook.knowledge.notes import CONFIDENCE
from casebook.model import Article
from casebook.parse.anchor import anchor, paragraph_span

TIMELINE_FILE = "timeline.yaml"
PRECISIONS: tuple[str, ...] = ("year", "month", "day")
_DATE_LENGTH = {"year": 4, "month": 7, "day": 10}
_EVENT_ID = re.compile(r"t\d{2,}\Z")
_KEYS = {"id", "date", "precision", "title", "text", "actors", "story", "place", "sources",
         "confidence", "conflict"}
_REQUIRED = ("id", "date", "precision", "title", "text", "sources", "confidence")
_STORY_KEYS = {"paragraph", "phrase", "occurrence", "date_phrase"}
_CONFLICT_KEYS = {"note", "alternatives"}
_ALTERNATIVE_KEYS = {"date", "precision", "place", "sources"}
_WIRE_KEYS = {"date", "sources", "note"}
MAX_TITLE = 48


@dataclass(frozen=True)
class StoryMention:
    """Where the story reports an event: the phrase and, if any, the story's own date expression."""

    paragraph: int
    phrase: str
    start: int
    end: int
    date_phrase: str | None = None
    date_start: int | None = None
    date_end: int | None = None


@dataclass(frozen=True)
class DateAlternative:
    """A date (and place) that another source gives for the same event."""

    date: str
    precision: str
    sources: tuple[str, ...]
    place: str | None = None


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event. ``story`` is empty for a background event."""

    id: str
    date: str
    precision: str
    title: str
    text: str
    sources: tuple[str, ...]
    confidence: str
    actors: tuple[str, ...] = ()
    story: tuple[StoryMention, ...] = ()
    place: str | None = None
    conflict_note: str = ""
    alternatives: tuple[DateAlternative, ...] = ()
    line: int = 0

    @property
    def in_story(self) -> bool:
        return bool(self.story)

    @property
    def has_conflict(self) -> bool:
        return bool(self.alternatives)


@dataclass(frozen=True)
class WireDate:
    """The date a wire story first ran, when a copy was printed later."""

    date: str
    sources: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Timeline:
    events: tuple[TimelineEvent, ...]
    wire_date: WireDate | None = None
    path: str = ""

    def __iter__(self) -> Iterator[TimelineEvent]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def story_events(self) -> tuple[TimelineEvent, ...]:
        return tuple(event for event in self.events if event.in_story)

    def event_at(self, start: int, end: int) -> TimelineEvent | None:
        """The event whose story date expression spans exactly ``start``-``end``, if any."""
        for event in self.events:
            if any(m.date_start == start and m.date_end == end for m in event.story):
                return event
        return None


def load_timeline(directory: str | Path, article: Article, annotations: Annotations) -> Timeline:
    """Load ``timeline.yaml`` from ``directory`` and check it against the article, actors and bibliography."""
    path = Path(directory) / TIMELINE_FILE
    doc = load_entry_list(path, "events", ("wire_date",), "- id: t01")
    wire = _wire_date(doc.get("wire_date"), doc, annotations, path)
    entries: MarkedList = doc["events"]
    events = [_event(entry, entries.line_of(index), index, article, annotations, path)
              for index, entry in enumerate(entries)]
    _check_ids(events, path)
    return Timeline(tuple(events), wire, str(path))


def _wire_date(value: Any, doc: MarkedDict, annotations: Annotations, path: Path) -> WireDate | None:
    if value is None:
        return None
    line = doc.line_of("wire_date")
    if not isinstance(value, MarkedDict):
        raise AnnotationError(
            f"{where(path, line)}: wire_date must be a mapping. Fix: write `wire_date:` with"
            " `date:` and `sources:` indented under it."
        )
    check_fields(value, "wire_date", path, _WIRE_KEYS, ("date", "sources"), what="mapping")
    date = _day_date(value.get("date"), "day", path, value.line_of("date"), "wire_date: date")
    sources = _citations(value, "sources", annotations, path, "wire_date")
    return WireDate(date, sources, str(value.get("note") or "").strip())


def _event(entry: Any, line: int, index: int, article: Article, annotations: Annotations,
           path: Path) -> TimelineEvent:
    if not isinstance(entry, MarkedDict):
        raise AnnotationError(
            f"{where(path, line)}: events[{index}] is not a mapping. Fix: write each event as"
            " `- id: t01` with `date:`, `precision:`, `title:` etc. indented under it."
        )
    name = f"timeline event '{entry.get('id', f'events[{index}]')}'"
    check_fields(entry, name, path, _KEYS, _REQUIRED, what="entry")
    event_id = str(entry["id"])
    if not _EVENT_ID.match(event_id):
        raise AnnotationError(
            f"{where(path, entry.line_of('id'))}: {name}: the id must be 't' and two or more"
            " digits. Fix: number the events in date order: t01, t02, ..."
        )
    check_choice(entry, "precision", PRECISIONS, name, path)
    precision = str(entry["precision"])
    date = _day_date(entry["date"], precision, path, entry.line_of("date"), f"{name}: date")
    check_choice(entry, "confidence", tuple(CONFIDENCE), name, path)
    title = str(entry["title"]).strip()
    if len(title) > MAX_TITLE:
        raise AnnotationError(
            f"{where(path, entry.line_of('title'))}: {name}: the title has {len(title)} characters."
            f" Fix: shorten it to {MAX_TITLE} at most (it is drawn on the figure); put the detail in `text:`."
        )
    actors = tuple(str(a) for a in _list(entry, "actors", name, path))
    for actor in actors:
        if annotations.actor(actor) is None:
            known = ", ".join(sorted(a.id for a in annotations.actors)[:6])
            raise AnnotationError(
                f"{where(path, entry.line_of('actors'))}: {name}: unknown actor id '{actor}' in"
                f" `actors`. Fix: use an id defined in actors.yaml ({known}, ...) or add the actor there."
            )
    sources = _citations(entry, "sources", annotations, path, name)
    story = tuple(_story(item, entry, name, article, path) for item in _list(entry, "story", name, path))
    alternatives, note = _conflict(entry, name, annotations, path)
    if alternatives and entry["confidence"] != "CONFLICT":
        raise AnnotationError(
            f"{where(path, entry.line_of('confidence'))}: {name}: the entry gives a `conflict:`"
            f" but its confidence is '{entry['confidence']}'. Fix: set `confidence: CONFLICT`"
            " (the label is that of the weakest fact)."
        )
    return TimelineEvent(
        id=event_id, date=date, precision=precision, title=title,
        text=" ".join(str(entry["text"]).split()), sources=sources,
        confidence=str(entry["confidence"]), actors=actors, story=story,
        place=str(entry["place"]).strip() if entry.get("place") else None,
        conflict_note=note, alternatives=alternatives, line=entry.line,
    )


def _day_date(value: Any, precision: str, path: Path, line: int, name: str) -> str:
    """A valid ISO date whose form matches ``precision`` (YYYY, YYYY-MM or YYYY-MM-DD)."""
    text = check_iso_date(value, path, line, name)
    if len(text) != _DATE_LENGTH[precision]:
        forms = {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}
        raise AnnotationError(
            f"{where(path, line)}: {name}: '{text}' does not have the form of its precision"
            f" '{precision}' ({forms[precision]}). Fix: write the date as {forms[precision]},"
            " or change `precision:` to what the sources give."
        )
    return text


def _story(item: Any, entry: MarkedDict, name: str, article: Article, path: Path) -> StoryMention:
    line = entry.line_of("story")
    if not isinstance(item, MarkedDict):
        raise AnnotationError(
            f"{where(path, line)}: {name}: each item of `story` must be a mapping. Fix: write"
            " `- {paragraph: 3, phrase: words of the paragraph}`."
        )
    check_fields(item, f"{name}: story", path, _STORY_KEYS, ("paragraph", "phrase"), what="story item")
    paragraph = item["paragraph"]
    if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1 \
            or paragraph_span(article, paragraph) is None:
        raise AnnotationError(
            f"{where(path, item.line_of('paragraph'))}: {name}: paragraph '{paragraph}' is not a"
            f" body paragraph of {article.path}. Fix: use a number from 1 to {len(article.paragraphs)}"
            " (the header line is not counted)."
        )
    label = f"{where(path, item.line_of('phrase'))}: {name}"
    start, end = anchor(article, str(item["phrase"]), paragraph, item.get("occurrence"), where=label)
    date_phrase = item.get("date_phrase")
    date_start = date_end = None
    if date_phrase is not None:
        date_start, date_end = anchor(article, str(date_phrase), paragraph,
                                      where=f"{where(path, item.line_of('date_phrase'))}: {name}: date_phrase")
    return StoryMention(paragraph, str(item["phrase"]), start, end,
                        str(date_phrase) if date_phrase is not None else None, date_start, date_end)


def _conflict(entry: MarkedDict, name: str, annotations: Annotations,
              path: Path) -> tuple[tuple[DateAlternative, ...], str]:
    value = entry.get("conflict")
    if value is None:
        return (), ""
    if not isinstance(value, MarkedDict):
        raise AnnotationError(
            f"{where(path, entry.line_of('conflict'))}: {name}: `conflict` must be a mapping. Fix:"
            " write `conflict:` with `note:` and `alternatives:` indented under it."
        )
    check_fields(value, f"{name}: conflict", path, _CONFLICT_KEYS, ("note", "alternatives"), what="conflict")
    items = _list(value, "alternatives", f"{name}: conflict", path)
    out = []
    for item in items:
        if not isinstance(item, MarkedDict):
            raise AnnotationError(
                f"{where(path, value.line_of('alternatives'))}: {name}: each alternative must be a"
                " mapping. Fix: write `- {date: 2009-06, precision: month, sources: [key]}`."
            )
        label = f"{name}: alternative"
        check_fields(item, label, path, _ALTERNATIVE_KEYS, ("date", "precision", "sources"), what="alternative")
        check_choice(item, "precision", PRECISIONS, label, path)
        date = _day_date(item["date"], str(item["precision"]), path, item.line_of("date"), f"{label}: date")
        out.append(DateAlternative(date, str(item["precision"]), _citations(item, "sources", annotations, path, label),
                                   str(item["place"]).strip() if item.get("place") else None))
    return tuple(out), " ".join(str(value["note"]).split())


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


def _citations(entry: MarkedDict, key: str, annotations: Annotations, path: Path, name: str) -> tuple[str, ...]:
    keys = tuple(str(k) for k in _list(entry, key, name, path))
    for citation in keys:
        if citation not in annotations.bib_keys:
            raise AnnotationError(
                f"{where(path, entry.line_of(key))}: {name}: citation key '{citation}' is not in"
                f" {annotations.bibliography or 'the bibliography'}. Fix: add an entry"
                f" @misc{{{citation}, title = {{...}}, url = {{...}}, year = {{...}}}} there, or correct the key."
            )
    return keys


def _check_ids(events: list[TimelineEvent], path: Path) -> None:
    """Ids are unique, and events come in date order (a month or year sorts before its days)."""
    seen: dict[str, TimelineEvent] = {}
    previous: TimelineEvent | None = None
    for event in events:
        if event.id in seen:
            raise AnnotationError(
                f"{where(path, event.line)}: timeline event '{event.id}' is defined twice (first on"
                f" line {seen[event.id].line}). Fix: renumber one of them."
            )
        seen[event.id] = event
        if previous is not None and event.date[: len(previous.date)] < previous.date[: len(event.date)]:
            raise AnnotationError(
                f"{where(path, event.line)}: timeline event '{event.id}' ({event.date}) comes before"
                f" '{previous.id}' ({previous.date}) in time. Fix: keep the entries in date order."
            )
        previous = event
