"""Checks of coded events against the book's code list and its chronology.

Called by :func:`casebook.knowledge.events.load_events` once the entries are
read. When the annotations folder has ``event_codes.yaml``, every CAMEO code
and alternative must be listed there (so it was checked against the codebook),
every actor code must be built from listed groups, and an ACLED type must be one
of ACLED's. When an event names a ``timeline`` entry, its date comes from the
chronology: a date written in the event must agree with the chronology's date or
with one of the alternative dates that the chronology records.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from casebook.errors import AnnotationError, where
from casebook.knowledge.annotations import Annotations
from casebook.knowledge.event_codes import ACTOR_CODE, EVENT_CODES_FILE, load_event_codes
from casebook.model import Article


def check_against_codes_and_timeline(events: list, directory: Path, path: Path, article: Article,
                                     annotations: Annotations) -> list:
    """Return the events, dated from the chronology where they link to it; raise on any mismatch."""
    codes = load_event_codes(directory, annotations) if (directory / EVENT_CODES_FILE).exists() else None
    for event in events:
        name = f"event '{event.id}'"
        for key in ("source_code", "target_code"):
            value = getattr(event, key)
            if value is None:
                continue
            problem = codes.actor_code_problem(value) if codes else (
                None if ACTOR_CODE.match(value) else "it is not one to five groups of three capital letters")
            if problem:
                raise AnnotationError(
                    f"{where(path, event.line)}: {name}: {key} '{value}' is not a valid CAMEO actor code: {problem}."
                    f" Fix: correct `{key}:` here or `cameo:` of the actor in actors.yaml, or add the"
                    f" group to {EVENT_CODES_FILE} after checking it in the actor codebook.")
        if codes is None:
            continue
        for code in (event.cameo, *event.alt_codes):
            if code is not None and code not in codes.event_codes:
                raise AnnotationError(
                    f"{where(path, event.line)}: {name}: CAMEO code '{code}' is not in {codes.path}."
                    " Fix: check the code in the CAMEO codebook (chapter 2, verb codebook), then add it with"
                    f" its label under `event_codes:` in {EVENT_CODES_FILE}, or correct the code here.")
        allowed = (*codes.acled_strategic, *codes.acled_event_types)
        if event.acled is not None and event.acled not in allowed:
            raise AnnotationError(
                f"{where(path, event.line)}: {name}: acled '{event.acled}' is not an ACLED event or sub-event"
                f" type. Fix: use one of {', '.join(allowed)}, or leave `acled:` out.")
    return _dated_from_timeline(events, directory, path, article, annotations)


def _dated_from_timeline(events: list, directory: Path, path: Path, article: Article,
                         annotations: Annotations) -> list:
    if not any(event.timeline for event in events):
        return events
    from casebook.knowledge.timeline import TIMELINE_FILE, load_timeline

    if not (directory / TIMELINE_FILE).exists():
        first = next(event for event in events if event.timeline)
        raise AnnotationError(
            f"{where(path, first.line)}: event '{first.id}' names timeline entry '{first.timeline}', but"
            f" {directory / TIMELINE_FILE} does not exist. Fix: add the chronology or remove `timeline:`.")
    timeline = {entry.id: entry for entry in load_timeline(directory, article, annotations)}
    out = []
    for event in events:
        entry = timeline.get(event.timeline) if event.timeline else None
        if event.timeline and entry is None:
            raise AnnotationError(
                f"{where(path, event.line)}: event '{event.id}': timeline '{event.timeline}' is not an id of"
                f" {TIMELINE_FILE}. Fix: use an id such as {', '.join(sorted(timeline)[:3])}, ...")
        if entry is not None:
            dates = [entry.date, *(alt.date for alt in entry.alternatives)]
            if event.date is None:
                event = dataclasses.replace(event, date=entry.date)
            elif event.date not in dates:
                raise AnnotationError(
                    f"{where(path, event.line)}: event '{event.id}': date {event.date} disagrees with the"
                    f" chronology ({event.timeline}: {' or '.join(dates)}). Fix: remove `date:` to take the"
                    " chronology's date, or correct the chronology.")
        out.append(event)
    return out
