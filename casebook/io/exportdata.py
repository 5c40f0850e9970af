"""What every export reads: each story of the book, parsed with its annotations and events.

A :class:`Story` bundles one source file's :class:`~casebook.model.Article`,
the book's actors, the events anchored in that article and a description of
the source (:class:`SourceInfo`: title, outlet, date, address, rights notice)
taken from ``exports.yaml`` in the annotations folder and the bibliography.
A book without an annotations folder still exports: its stories have no
actors, no events and a bare description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, CasebookError, where
from casebook.knowledge.bib import BibEntry
from casebook.knowledge.case import load_case, parse_article
from casebook.knowledge.events import Event
from casebook.knowledge.marked_yaml import MarkedDict, load_marked_yaml
from casebook.knowledge.paths import SOURCE_DIR, BookPaths
from casebook.model import Article
from casebook.parse.actors import Actor

EXPORTS_FILE = "exports.yaml"
_TOP_KEYS = {"publisher", "licence", "sources"}
_SOURCE_KEYS = {"citation", "title_supplied", "rights"}
_BRACES = re.compile(r"[{}]")


@dataclass(frozen=True)
class SourceInfo:
    """How the exports describe one source text (TEI header, annotation collection)."""

    title: str
    title_supplied: bool = False
    author: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    citation: str | None = None
    rights: str | None = None
    publisher: str | None = None
    licence: str | None = None


@dataclass(frozen=True)
class Story:
    """One source file with everything the exports say about it."""

    name: str  # the file name without .txt
    source_path: str  # relative to the book's root, e.g. data/source/<name>.txt
    article: Article
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    info: SourceInfo
    codebook: str | None = None  # citation key of the event codebook (events.yaml's `codebook:`)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def load_stories(root: Path) -> list[Story]:
    """Every ``data/source/*.txt`` of the book at ``root``, in name order."""
    paths = BookPaths(root)
    sources = paths.sources()
    if not sources:
        raise CasebookError(f"{paths.source_dir}: no .txt files. Fix: add the article there.")
    if not paths.annotations_dir.is_dir():
        return [Story(p.stem, paths.shown(p), parse_article(p, discover_annotations=False), (), (),
                      SourceInfo(title=f"[{p.stem}]", title_supplied=True)) for p in sources]
    settings = _read_settings(paths.annotations_dir / EXPORTS_FILE)
    stories = []
    for path in sources:
        case = load_case(path.stem, root=root)
        info = _source_info(path.stem, settings, case.bibliography, paths.annotations_dir / EXPORTS_FILE)
        stories.append(Story(path.stem, paths.shown(path), case.article, case.annotations.actors,
                             tuple(case.events), info, case.events.codebook))
    return stories


def _read_settings(path: Path) -> MarkedDict | None:
    if not path.is_file():
        return None
    doc = load_marked_yaml(path)
    if not isinstance(doc, MarkedDict):
        raise AnnotationError(f"{where(path, 1)}: the file must be a mapping. Fix: start it with"
                              " `publisher:`, `licence:` and `sources:`.")
    unknown = sorted(str(k) for k in doc if k not in _TOP_KEYS)
    if unknown:
        raise AnnotationError(f"{where(path, doc.line_of(unknown[0]))}: unknown key '{unknown[0]}'."
                              f" Fix: use only {', '.join(sorted(_TOP_KEYS))}.")
    if not isinstance(doc.get("sources") or {}, dict):
        raise AnnotationError(f"{where(path, doc.line_of('sources'))}: `sources` must be a mapping"
                              " from a source's file name (without .txt) to its entry. Fix: write"
                              " `sources:` then `  name: {citation: key, rights: ...}`.")
    return doc


def _source_info(name: str, settings: MarkedDict | None, bibliography: dict[str, BibEntry],
                 path: Path) -> SourceInfo:
    if settings is None:
        return SourceInfo(title=f"[{name}]", title_supplied=True)
    entries = settings.get("sources") or {}
    entry: Any = entries.get(name)
    publisher = _text(settings.get("publisher"))
    licence = _text(settings.get("licence"))
    if entry is None:
        raise AnnotationError(
            f"{where(path, settings.line_of('sources'))}: no entry for the source '{name}'"
            f" ({SOURCE_DIR}/{name}.txt). Fix: add `{name}: {{citation: KEY, rights: ...}}`"
            " under `sources:`.")
    line = entries.line_of(name) if isinstance(entries, MarkedDict) else 0
    if not isinstance(entry, dict) or any(k not in _SOURCE_KEYS for k in entry):
        raise AnnotationError(
            f"{where(path, line)}: source '{name}': expected a mapping with"
            f" {', '.join(sorted(_SOURCE_KEYS))}. Fix: e.g. `{name}: {{citation: key, rights: ...}}`.")
    key = _text(entry.get("citation"))
    bib = bibliography.get(key) if key else None
    if key and bib is None:
        raise AnnotationError(
            f"{where(path, line)}: source '{name}': citation key '{key}' is not in the"
            f" bibliography. Fix: add an entry @misc{{{key}, ...}} there, or correct the key.")
    supplied = bool(entry.get("title_supplied", False))
    title = _clean(bib.get("title")) if bib else None
    title = title or f"[{name}]"
    if supplied and not title.startswith("["):
        title = f"[{title}]"
    return SourceInfo(
        title=title, title_supplied=supplied,
        author=_clean(bib.get("author")) if bib else None,
        outlet=_clean(bib.get("organization") or bib.get("howpublished")) if bib else None,
        date=_clean(bib.get("date")) if bib else None,
        url=_clean(bib.get("url")) if bib else None,
        citation=key, rights=_text(entry.get("rights")), publisher=publisher, licence=licence,
    )


def _text(value: Any) -> str | None:
    return " ".join(str(value).split()) if value is not None else None


def _clean(value: str | None) -> str | None:
    """A BibTeX field as plain text: protective braces removed, spaces collapsed."""
    return " ".join(_BRACES.sub("", value).split()) if value else None
