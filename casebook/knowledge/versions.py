"""How one copy of a wire story differs from other published copies: ``versions.yaml``.

The file names the copies compared (each with a label and a citation key) and,
element by element (headline, lead, a quotation...), each copy's brief wording
and a comment. The loader checks the schema and every citation key; the tables
for reading are made in :mod:`casebook.book.versions`.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, load_marked_yaml

VERSIONS_FILE = "versions.yaml"
NOT_SEEN = "—"  # not visible in the stored copy (its text stops earlier, or was not recorded)
_ROW_KEYS = {"element", "paragraph", "wording", "comment", "sources"}


@dataclass(frozen=True)
class Copy:
    id: str
    label: str
    source: str  # citation key of this copy
    short: str = ""  # a short name for grouped cells ("ABC"); the label when not given

    @property
    def name(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class VersionRow:
    element: str
    paragraph: int | None  # body paragraph of our copy it concerns, if any
    wording: dict[str, str | None]  # copy id -> brief wording (None: not seen)
    comment: str
    sources: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class Versions:
    copies: tuple[Copy, ...]
    rows: tuple[VersionRow, ...]

    def keys(self) -> tuple[str, ...]:
        """Every citation key the comparison uses, in first-use order."""
        keys = [c.source for c in self.copies] + [k for r in self.rows for k in r.sources]
        return tuple(dict.fromkeys(keys))


def _fail(path: Path, line: int, problem: str, fix: str) -> AnnotationError:
    return AnnotationError(f"{where(path, line)}: {problem}. Fix: {fix}.")


def _check_key(key: Any, bib_keys: Collection[str], path: Path, line: int, name: str) -> str:
    if not isinstance(key, str) or key not in bib_keys:
        raise _fail(path, line, f"{name}: unknown citation key '{key}'",
                    "add an @misc entry with that key to references.bib, or correct the key")
    return key


def load_versions(path: str | Path, bib_keys: Collection[str]) -> Versions:
    """Load and validate ``versions.yaml``."""
    path = Path(path)
    doc = load_marked_yaml(path)
    if not isinstance(doc, MarkedDict) or not isinstance(doc.get("copies"), dict) \
            or not isinstance(doc.get("rows"), list):
        raise _fail(path, getattr(doc, "line", 1), "the file must have a `copies:` mapping and a"
                    " `rows:` list", "see data/annotations/README.md for the schema")
    copies_doc: MarkedDict = doc["copies"]
    copies = []
    for copy_id, spec in copies_doc.items():
        line = copies_doc.line_of(copy_id)
        if not isinstance(spec, dict) or not {"label", "source"} <= set(spec) <= {"label", "short", "source"}:
            raise _fail(path, line, f"copies.{copy_id}: expected `label:`, `source:` and optionally `short:`",
                        f"write `{copy_id}: {{label: \"...\", short: \"...\", source: citation_key}}`")
        key = _check_key(spec["source"], bib_keys, path, line, f"copies.{copy_id}")
        copies.append(Copy(str(copy_id), str(spec["label"]), key, str(spec.get("short") or "")))
    ids = [c.id for c in copies]
    rows_doc: MarkedList = doc["rows"]
    rows = tuple(_row(entry, i, rows_doc, ids, bib_keys, path) for i, entry in enumerate(rows_doc))
    return Versions(tuple(copies), rows)


def _row(entry: Any, index: int, parent: MarkedList, ids: list[str], bib_keys: Collection[str],
         path: Path) -> VersionRow:
    line = parent.line_of(index)
    name = f"rows[{index}]"
    if not isinstance(entry, MarkedDict):
        raise _fail(path, line, f"{name} is not a mapping", "write each row as `- element: ...`")
    extra = sorted(map(str, set(entry) - _ROW_KEYS))
    if extra:
        raise _fail(path, entry.line_of(extra[0]), f"{name}: unknown field '{extra[0]}'",
                    f"use only {', '.join(sorted(_ROW_KEYS))}")
    for key in ("element", "wording", "comment", "sources"):
        if entry.get(key) in (None, "", [], {}):
            raise _fail(path, entry.line, f"{name}: missing or empty '{key}'", f"add `{key}:` to this row")
    name = f"{name} ('{entry['element']}')"
    wording = entry["wording"]
    if not isinstance(wording, dict) or set(wording) != set(ids):
        raise _fail(path, entry.line_of("wording"), f"{name}: `wording:` must give every copy",
                    f"write one line for each of {', '.join(ids)} (null when the copy was not seen)")
    paragraph = entry.get("paragraph")
    if paragraph is not None and (not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1):
        raise _fail(path, entry.line_of("paragraph"), f"{name}: 'paragraph' must be a number from 1",
                    "give our copy's body paragraph, or leave the field out")
    if not isinstance(entry["sources"], list):
        raise _fail(path, entry.line_of("sources"), f"{name}: 'sources' must be a list",
                    "write `sources: [key1, key2]`")
    sources = tuple(_check_key(k, bib_keys, path, entry.line_of("sources"), name) for k in entry["sources"])
    return VersionRow(
        element=str(entry["element"]), paragraph=paragraph,
        wording={k: (None if v is None else " ".join(str(v).split())) for k, v in wording.items()},
        comment=" ".join(str(entry["comment"]).split()), sources=sources, line=entry.line,
    )
