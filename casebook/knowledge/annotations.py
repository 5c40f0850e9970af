"""Curated knowledge about one article's actors, loaded from ``data/annotations/``.

The parser is general; what it cannot know (who "the party" is, which
Wikidata item a name denotes, who stands behind "the statement") is data,
written by hand in ``actors.yaml`` and checked here. Every error names the
file, the line, the entry and the fix, because the people who edit these
files are teachers and annotators, not programmers.

The bibliography that ``sources`` keys must exist in is ``bibliography:`` in
``index.yaml`` of the same folder (relative to that folder) when given, else
the book's ``references.bib`` (:class:`~casebook.knowledge.paths.BookPaths`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from casebook.knowledge.bib import read_bib
from casebook.errors import AnnotationError, where
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, check_choice, check_fields, load_marked_yaml
from casebook.knowledge.paths import BookPaths
from casebook.model import ActorType, Side
from casebook.parse.actors import Actor, CorefOverride, KnownActors

ACTORS_FILE = "actors.yaml"
INDEX_FILE = "index.yaml"

_ID = re.compile(r"[a-z][a-z0-9_]*\Z")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_LISTS = ("names", "aliases", "short_forms", "documents", "sources")
_ACTOR_KEYS = {"id", "label", "type", "role", "role_as_of", "side", "wikidata", "note", "cameo", "status", *_LISTS}
_CAMEO_ACTOR = re.compile(r"(?:[A-Z]{3}){1,5}\Z")  # one to five three-letter groups (TABARI)
_REQUIRED = ("id", "label", "type", "role", "side", "sources")
# A draft actor, as `python -m casebook new` writes it: found by the parser, not yet checked
# by a person. It may leave `role` and `sources` empty until someone reviews it; every other
# check still applies. A reviewed actor drops the `status` line and must be complete.
TO_REVIEW = "to review"
_REQUIRED_TO_REVIEW = ("id", "label", "type", "side")
_OVERRIDE_KEYS = {"paragraph", "text", "occurrence", "actor", "note"}


@dataclass(frozen=True)
class Annotations(KnownActors):
    """One article's actors and coreference overrides (what the parser reads), and the
    bibliography their ``sources`` keys must exist in."""

    bib_keys: frozenset[str] = frozenset()
    bibliography: str = ""
    to_review: tuple[str, ...] = ()  # ids of the actors marked `status: to review`, in file order


def load_annotations(directory: str | Path) -> Annotations:
    """Load and validate ``actors.yaml`` (and ``index.yaml`` if present) from ``directory``."""
    directory = Path(directory)
    actors_path = directory / ACTORS_FILE
    doc = load_marked_yaml(actors_path)
    if not isinstance(doc, MarkedDict) or not isinstance(doc.get("actors"), list):
        raise AnnotationError(
            f"{where(actors_path, getattr(doc, 'line', 1))}: the file must be a mapping with an"
            " `actors:` list. Fix: start it with `actors:` followed by `- id: ...` entries."
        )
    unknown = set(doc) - {"actors", "coref_overrides"}
    if unknown:
        key = sorted(map(str, unknown))[0]
        raise AnnotationError(
            f"{where(actors_path, doc.line_of(key))}: unknown top-level key '{key}'."
            " Fix: use only `actors:` and `coref_overrides:`."
        )
    actors = tuple(_actor(entry, i, doc["actors"], actors_path) for i, entry in enumerate(doc["actors"]))
    to_review = tuple(str(entry["id"]) for entry in doc["actors"] if entry.get("status") == TO_REVIEW)
    _check_unique(actors, actors_path)
    overrides_doc = doc.get("coref_overrides") or MarkedList()
    if not isinstance(overrides_doc, list):
        raise AnnotationError(
            f"{where(actors_path, doc.line_of('coref_overrides'))}: `coref_overrides` must be a"
            " list. Fix: write `coref_overrides: []` or a list of `- paragraph: ...` entries."
        )
    ids = {a.id for a in actors}
    overrides = tuple(_override(e, i, overrides_doc, ids, actors_path) for i, e in enumerate(overrides_doc))
    bib_path = _bibliography_path(directory)
    cited = [a for a in actors if a.sources]
    keys: frozenset[str] = frozenset()
    if cited or bib_path.exists():
        keys = frozenset(read_bib(bib_path))
    for actor in cited:
        for key in actor.sources:
            if key not in keys:
                raise AnnotationError(
                    f"{where(actors_path, actor.line)}: actor '{actor.id}': citation key '{key}'"
                    f" is not in {bib_path}. Fix: add an entry @misc{{{key}, title = {{...}},"
                    f" url = {{...}}, year = {{...}}}} to {bib_path.name}, or correct the key."
                )
    return Annotations(actors, overrides, str(actors_path), keys, str(bib_path), to_review)


def check_iso_date(value: Any, path: object, line: int, entry: str) -> str:
    """Return ``value`` as an ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD) or raise."""
    text = str(value).strip()
    match = _DATE.match(text)
    ok = match is not None
    if ok:
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            ok = False
    if not ok:
        raise AnnotationError(
            f"{where(path, line)}: {entry}: '{text}' is not a valid date. Fix: write an"
            " ISO date such as 2009-06, 2009-06-15 or 2009 (month 01-12, a real day)."
        )
    return text


def _bibliography_path(directory: Path) -> Path:
    index = directory / INDEX_FILE
    if index.exists():
        doc = load_marked_yaml(index)
        if isinstance(doc, dict) and doc.get("bibliography"):
            return (directory / str(doc["bibliography"])).resolve()
    return BookPaths.of_annotations(directory).bibliography


def _actor(entry: Any, index: int, parent: MarkedList, path: Path) -> Actor:
    line = parent.line_of(index)
    if not isinstance(entry, MarkedDict):
        raise AnnotationError(
            f"{where(path, line)}: actors[{index}] is not a mapping. Fix: write each actor"
            " as `- id: ...` with `label:`, `type:` etc. indented under it."
        )
    name = f"actor '{entry.get('id', f'actors[{index}]')}'"
    status = entry.get("status")
    if status is not None and status != TO_REVIEW:
        raise AnnotationError(
            f"{where(path, entry.line_of('status'))}: {name}: status '{status}' is not allowed."
            f" Fix: write `status: {TO_REVIEW}` for an entry not yet checked, or delete the line"
            " once the entry is reviewed (then `role` and `sources` are required)."
        )
    required = _REQUIRED_TO_REVIEW if status == TO_REVIEW else _REQUIRED
    check_fields(entry, name, path, _ACTOR_KEYS, required, what="entry")
    actor_id = str(entry["id"])
    if not isinstance(entry["id"], str):
        raise AnnotationError(
            f"{where(path, entry.line_of('id'))}: {name}: YAML reads this id as"
            f" {type(entry['id']).__name__}, not as text (a plain yes, no, on, off or a number)."
            " Fix: put the id in double quotes, e.g. `id: \"yes\"`."
        )
    if not _ID.match(actor_id):
        raise AnnotationError(
            f"{where(path, entry.line_of('id'))}: {name}: the id must be lower-case snake_case."
            " Fix: use letters, digits and underscores, e.g. `jane_doe`."
        )
    check_choice(entry, "type", get_args(ActorType), name, path)
    check_choice(entry, "side", get_args(Side), name, path)
    wikidata = entry.get("wikidata")
    if wikidata is not None and not _WIKIDATA.match(str(wikidata)):
        raise AnnotationError(
            f"{where(path, entry.line_of('wikidata'))}: {name}: '{wikidata}' is not a Wikidata"
            " id. Fix: write it as Q followed by digits (e.g. Q57788), or null if not verified."
        )
    cameo = entry.get("cameo")
    if cameo is not None and not _CAMEO_ACTOR.match(str(cameo)):
        raise AnnotationError(
            f"{where(path, entry.line_of('cameo'))}: {name}: '{cameo}' is not a CAMEO actor code."
            " Fix: write one to five groups of three capital letters, country first (e.g. KHMGOV),"
            " or leave the field out."
        )
    lists = {key: _string_list(entry, key, name, path) for key in _LISTS}
    as_of = entry.get("role_as_of")
    if as_of is not None:
        as_of = check_iso_date(as_of, path, entry.line_of("role_as_of"), f"{name}: role_as_of")
    return Actor(
        id=actor_id, label=str(entry["label"]), type=str(entry["type"]),
        names=lists["names"], aliases=lists["aliases"], short_forms=lists["short_forms"],
        role=str(entry.get("role") or ""), side=str(entry["side"]),
        wikidata=str(wikidata) if wikidata is not None else None, sources=lists["sources"],
        note=str(entry.get("note") or ""), documents=lists["documents"],
        role_as_of=as_of, line=entry.line, cameo=str(cameo) if cameo is not None else None,
    )



def _string_list(entry: MarkedDict, key: str, name: str, path: Path) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise AnnotationError(
            f"{where(path, entry.line_of(key))}: {name}: '{key}' must be a list of non-empty"
            f" strings. Fix: write it as `{key}: [\"...\", \"...\"]` (quote each item)."
        )
    return tuple(v.strip() for v in value)


def _check_unique(actors: tuple[Actor, ...], path: Path) -> None:
    """Ids are unique, and no surface form (name, alias, short form, document) is listed twice."""
    seen_ids: dict[str, Actor] = {}
    seen_forms: dict[str, Actor] = {}
    for actor in actors:
        if actor.id in seen_ids:
            raise AnnotationError(
                f"{where(path, actor.line)}: actor '{actor.id}' is defined twice (first on line"
                f" {seen_ids[actor.id].line}). Fix: merge the two entries or rename one id."
            )
        seen_ids[actor.id] = actor
        for form in (*actor.names, *actor.aliases, *actor.short_forms, *actor.documents):
            folded = form.casefold()
            other = seen_forms.get(folded)
            if other is not None:
                where_else = "itself" if other is actor else f"actor '{other.id}' (line {other.line})"
                raise AnnotationError(
                    f"{where(path, actor.line)}: actor '{actor.id}': the name/alias '{form}' is"
                    f" already listed for {where_else}. Fix: keep it under one actor only"
                    " (a surface form must point to exactly one actor)."
                )
            seen_forms[folded] = actor


def _override(entry: Any, index: int, parent: list, ids: set[str], path: Path) -> CorefOverride:
    line = parent.line_of(index) if isinstance(parent, MarkedList) else 0
    name = f"coref_overrides[{index}]"
    if not isinstance(entry, MarkedDict) or any(k not in _OVERRIDE_KEYS for k in entry):
        raise AnnotationError(
            f"{where(path, line)}: {name}: expected a mapping with {', '.join(sorted(_OVERRIDE_KEYS))}."
            " Fix: e.g. `- {paragraph: 11, text: he, occurrence: 1, actor: some_id}`."
        )
    paragraph, occurrence = entry.get("paragraph"), entry.get("occurrence")
    for key, value in (("paragraph", paragraph), ("occurrence", occurrence)):
        if key == "occurrence" and value is None:
            continue  # no occurrence: the phrase must occur once in the paragraph
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise AnnotationError(
                f"{where(path, entry.line_of(key))}: {name}: '{key}' must be a whole number from 1."
                " Fix: count body paragraphs and occurrences from 1."
            )
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise AnnotationError(
            f"{where(path, entry.line)}: {name}: 'text' is missing. Fix: give the word as written, e.g. `text: he`."
        )
    actor = entry.get("actor")
    if actor is not None and actor not in ids:
        raise AnnotationError(
            f"{where(path, entry.line_of('actor'))}: {name} (paragraph {paragraph}, '{text}'):"
            f" unknown actor id '{actor}'. Fix: use an id defined under `actors:`"
            f" ({', '.join(sorted(ids)[:6])}, ...), add that actor, or write `actor: null`"
            " to mark the word as no mention."
        )
    return CorefOverride(paragraph, text.strip(), occurrence, actor, str(entry.get("note") or ""), entry.line)
