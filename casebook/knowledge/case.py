"""Load a case: a story parsed with its annotations, events and bibliography.

This is the one loader that chapters, the command line and the derived data
use. It finds the files through :class:`~casebook.knowledge.paths.BookPaths`,
reads the annotations (YAML) and hands the parser plain
:class:`~casebook.parse.actors.KnownActors`, so the parser itself never reads
YAML.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from casebook.errors import AnnotationError, where
from casebook.knowledge.annotations import Annotations, load_annotations
from casebook.knowledge.bib import BibEntry, read_bib
from casebook.knowledge.events import EVENTS_FILE, Events, load_events
from casebook.knowledge.paths import BookPaths
from casebook.model import Article
from casebook.parse.pipeline import parse_text
from casebook.parse.source import read_source


@dataclass(frozen=True)
class Case:
    """Everything a chapter about one article needs, loaded and validated."""

    article: Article
    annotations: Annotations
    events: Events
    bibliography: dict[str, BibEntry]
    paths: BookPaths


def load_case(source: str | Path, annotations_dir: str | Path | None = None,
              root: str | Path | None = None) -> Case:
    """Load ``data/source/<source>.txt`` (or a path) with its annotations folder.

    ``source`` is a file name stem (the file ``data/source/<source>.txt``) or a
    path; ``root`` is the book's folder (default: found from the working
    directory); ``annotations_dir`` defaults to the book's ``data/annotations``.
    A folder without ``events.yaml`` gives an empty event list.
    """
    paths = BookPaths(Path(root).resolve()) if root else BookPaths.find()
    path = paths.source(source)
    directory = Path(annotations_dir) if annotations_dir else paths.annotations_dir
    annotations = load_annotations_dir(directory)
    article = parse_text(read_source(path), path=paths.shown(path), annotations=annotations)
    events = (load_events(directory, article, annotations) if (directory / EVENTS_FILE).exists()
              else Events(()))
    bibliography = read_bib(annotations.bibliography) if annotations.bibliography else {}
    return Case(article, annotations, events, bibliography, paths)


def load_annotations_dir(directory: str | Path) -> Annotations:
    """Load an annotations folder, with a clear error if it is not there."""
    directory = Path(directory)
    if not directory.is_dir():
        raise AnnotationError(
            f"{where(directory)}: annotations directory not found. Fix: pass an existing"
            " folder, or `--annotations none` to parse with general rules only."
        )
    return load_annotations(directory)


def default_annotations_dir(source_path: str | Path) -> Path | None:
    """The annotations of the book that holds ``source_path`` in its ``data/source/``, if there are any."""
    path = Path(source_path).resolve()
    paths = BookPaths.of_source(path)
    candidate = paths.annotations_dir
    return candidate if path.parent == paths.source_dir and candidate.is_dir() else None


def parse_article(
    path: str | Path,
    annotations_dir: str | Path | None = None,
    date: str | dt.date | None = None,
    *,
    discover_annotations: bool = True,
) -> Article:
    """Parse the story in the file ``path``; for a text, use :func:`casebook.parse_text`.

    ``annotations_dir=None`` uses the annotations of the book the file belongs to
    (``<dir of FILE>/../annotations``), unless ``discover_annotations`` is false.
    """
    if isinstance(path, str) and ("\n" in path or "\r" in path):
        raise ValueError(
            "parse_article() takes a file path, but this string holds a line break, so it looks"
            " like the story itself. Fix: call parse_text(text, date=...) for a text."
        )
    source = Path(path)
    text = read_source(source)
    directory = Path(annotations_dir) if annotations_dir is not None else (
        default_annotations_dir(source) if discover_annotations else None
    )
    annotations = load_annotations_dir(directory) if directory is not None else None
    return parse_text(text, path=str(source), annotations=annotations, date=date)
