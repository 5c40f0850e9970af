"""Many stories at once: one JSON line per story, in input order, on every core.

``python -m casebook parse DIR --format jsonl [--jobs N]`` maps one function,
:func:`story_line`, over the stories of a folder. It never raises: a story that
fails gives an error line (``{"file": ..., "error": ...}``) and the run goes on.

Memory stays flat however many stories there are: :func:`parse_lines` keeps at
most a few chunks of stories in flight in the standard library's process pool
and yields each line as soon as it and every line before it are done, so
nothing is collected. The same per-story function runs on a Dask bag for
corpora beyond one machine (:func:`dask_story_bag`, Dask imported only there).
"""
from __future__ import annotations

import collections
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from casebook.errors import CasebookError, where

if TYPE_CHECKING:
    import dask.bag

CHUNK = 16  # stories per task: enough to hide the pool's overhead, small enough to stream
IN_FLIGHT_PER_JOB = 2  # chunks queued per worker: keeps every core busy, bounds memory


@dataclass(frozen=True)
class Story:
    """A story file and the name its line carries (its path relative to the folder, with /)."""

    path: str
    name: str


@dataclass(frozen=True)
class ParseOptions:
    """How every story of a run is parsed: an annotations folder, ``"none"``, or None to discover
    each file's book (as ``parse FILE`` does), and a date for files without a header line."""

    annotations: str | None = None
    date: str | None = None


def find_stories(directory: str | Path) -> list[Story]:
    """The ``*.txt`` files under ``directory`` (any depth), sorted by their relative path."""
    root = Path(directory)
    if not root.is_dir():
        raise CasebookError(f"{where(root)}: not a folder. Fix: pass a folder of .txt stories.")
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt") if p.is_file())
    return [Story(str(root / name), name) for name in names]


@lru_cache(maxsize=8)
def _annotations(directory: str):  # noqa: ANN202 - loaded once per worker process, not per story
    from casebook.knowledge.case import load_annotations_dir

    return load_annotations_dir(directory)


def story_line(story: Story, options: ParseOptions = ParseOptions()) -> str:
    """One story as one JSON line (no newline): ``{"file": name, ...the Article JSON, "warnings": [...]}``,
    or ``{"file": name, "error": message}`` when it cannot be parsed. Never raises on bad data."""
    from casebook.knowledge.case import default_annotations_dir
    from casebook.parse.pipeline import parse_text
    from casebook.parse.source import read_source

    try:
        if options.annotations == "none":
            directory = None
        elif options.annotations is not None:
            directory = options.annotations
        else:
            found = default_annotations_dir(story.path)
            directory = str(found) if found else None
        annotations = _annotations(directory) if directory else None
        article = parse_text(read_source(story.path), path=story.path, annotations=annotations,
                             date=options.date)
        record = {"file": story.name, **article.as_dict(), "warnings": list(article.warnings)}
    except (CasebookError, OSError, ValueError) as error:
        record = {"file": story.name, "error": str(error)}
    except Exception as error:  # noqa: BLE001 - a parser bug on one story must not stop the run
        record = {"file": story.name, "error": f"internal error ({type(error).__name__}: {error})."
                  " Fix: report it with this story attached."}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _chunk_lines(stories: Sequence[Story], options: ParseOptions) -> list[str]:
    return [story_line(story, options) for story in stories]


def _chunks(stories: Iterable[Story], size: int) -> Iterator[list[Story]]:
    chunk: list[Story] = []
    for story in stories:
        chunk.append(story)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parse_lines(stories: Iterable[Story], options: ParseOptions = ParseOptions(), jobs: int | None = None,
                chunk: int = CHUNK) -> Iterator[str]:
    """Yield :func:`story_line` for each story, in input order.

    ``jobs=1`` parses in this process; otherwise a process pool of ``jobs`` workers
    (default: every core) parses chunks of ``chunk`` stories, with at most
    ``IN_FLIGHT_PER_JOB`` chunks per worker submitted and not yet yielded.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for story in stories:
            yield story_line(story, options)
        return
    pending: collections.deque = collections.deque()
    chunks = _chunks(stories, chunk)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for part in chunks:
            pending.append(pool.submit(_chunk_lines, part, options))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def write_jsonl(directory: str | Path, out: TextIO, options: ParseOptions = ParseOptions(),
                jobs: int | None = None) -> tuple[int, int]:
    """Write one line per story of ``directory`` to ``out``; return ``(stories, failed)``."""
    total = failed = 0
    for line in parse_lines(find_stories(directory), options, jobs):
        total += 1
        failed += is_error_line(line)
        out.write(line + "\n")
    return total, failed


def is_error_line(line: str) -> bool:
    """Whether a line of :func:`story_line` reports a failure. A quotation mark inside a JSON
    string is escaped, so an unescaped ``"error":`` is a key, and only error lines have it."""
    return '"error":' in line


def dask_story_bag(directory: str | Path, options: ParseOptions = ParseOptions(),
                   npartitions: int | None = None) -> dask.bag.Bag:
    """The same per-story function on a Dask bag: one JSON line per story, in input order.

    For a corpus beyond one machine, point a Dask ``distributed`` client at a
    cluster and write the bag out, for example
    ``dask_story_bag("stories/").to_textfiles("out/*.jsonl")``; on one machine,
    ``.compute(scheduler="processes")``. Dask is a development dependency,
    imported only here.
    """
    import dask.bag as db

    stories = find_stories(directory)
    parts = npartitions or max(1, min(len(stories) // CHUNK, 4 * (os.cpu_count() or 1)))
    return db.from_sequence(stories, npartitions=parts).map(story_line, options)
