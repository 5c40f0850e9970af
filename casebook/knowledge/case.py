"""One call that loads a case for a chapter: the parsed article, its actors, events and sources.

Chapters run from ``chapters/``, Binder or Colab, so paths are found from the
repository root (:func:`casebook.io.derived.find_repo_root`), not the working directory.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casebook.knowledge.annotations import Annotations, load_annotations
from casebook.parse.pipeline import parse_text
from casebook.knowledge.bib import BibEntry, read_bib
from casebook.io.derived import ANNOTATIONS_DIR, SOURCE_DIR, find_repo_root
from casebook.knowledge.events import EVENTS_FILE, Events, load_events
from casebook.model import Article
from casebook.parse.source import read_source


@dataclass(frozen=True)
class Case:
    """Everything a chapter about one article needs, loaded and validated."""

    article: Article
    annotations: Annotations
    events: Events
    bibliography: dict[str, BibEntry]


def load_case(source: str | Path, annotations_dir: str | Path | None = None,
              root: str | Path | None = None) -> Case:
    """Load ``data/source/<source>.txt`` (or a path) with its annotations folder.

    ``source`` is a file name stem such as ``"reuters-2018-01-15"`` or a path;
    ``annotations_dir`` defaults to ``data/annotations`` under the repository root.
    A folder without ``events.yaml`` gives an empty event list.
    """
    base = find_repo_root(Path(root) if root else None)
    path = Path(source)
    if not path.suffix:
        path = base / SOURCE_DIR / f"{source}.txt"
    directory = Path(annotations_dir) if annotations_dir else base / ANNOTATIONS_DIR
    annotations = load_annotations(directory)
    # Offsets are relative to the text as read; the article keeps a short relative path for messages.
    shown = path.relative_to(base).as_posix() if path.is_relative_to(base) else str(path)
    article = parse_text(read_source(path), path=shown, annotations=annotations)
    events = (load_events(directory, article, annotations) if (directory / EVENTS_FILE).exists()
              else Events(()))
    bibliography = read_bib(annotations.bibliography) if annotations.bibliography else {}
    return Case(article, annotations, events, bibliography)
