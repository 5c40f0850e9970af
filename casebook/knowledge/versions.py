"""How one copy of a wire story differs from other published copies: ``versions.yaml``.

The file names the copies compared (each with a label and a citation key) and,
element by element (headline, lead, a quotation...), each copy's brief wording
and a comment. The loader checks the schema and every citation key; the table
is a pandas DataFrame so a chapter can show it, or a student can filter it.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, load_marked_yaml

if TYPE_CHECKING:
    import pandas

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


def versions_frame(versions: Versions) -> pandas.DataFrame:
    """One row per element, one column per copy, then the comment: the data, for analysis."""
    import pandas as pd

    records = []
    for row in versions.rows:
        record = {"Element": _element(row)}
        record.update({c.label: row.wording[c.id] or NOT_SEEN for c in versions.copies})
        record["Comment"] = row.comment
        records.append(record)
    return pd.DataFrame.from_records(records).set_index("Element")


def _element(row: VersionRow) -> str:
    return row.element if row.paragraph is None else f"{row.element} (¶{row.paragraph})"


def grouped_wording(versions: Versions, row: VersionRow) -> list[str]:
    """The other copies' wording with identical readings merged: ``["ABC, JPost: ...", "ST: ..."]``.

    The first copy is the one studied; copies that stop earlier are listed as not seen.
    """
    groups: dict[str, list[str]] = {}
    unseen: list[str] = []
    for copy in versions.copies[1:]:
        text = row.wording[copy.id]
        if text is None:
            unseen.append(copy.name)
        else:
            groups.setdefault(text, []).append(copy.name)
    lines = [f"{', '.join(names)}: {text}" for text, names in groups.items()]
    if unseen:
        lines.append(f"not seen in {', '.join(unseen)}")
    return lines


def versions_summary(versions: Versions) -> pandas.DataFrame:
    """The compact table for reading: element, this copy, the others (merged where they agree), comment.

    Cells with several readings are lists of strings; :func:`summary_html` puts each on its own line.
    """
    import pandas as pd

    first = versions.copies[0]
    records = [{"Element": _element(row), first.label: row.wording[first.id] or NOT_SEEN,
                "Other copies": grouped_wording(versions, row), "Comment": row.comment}
               for row in versions.rows]
    return pd.DataFrame.from_records(records)


def summary_html(frame: pandas.DataFrame, *, css_class: str = "cb-versions") -> str:
    """``frame`` as an HTML table, every value escaped, list cells one item per line."""
    import html as _html

    head = "".join(f'<th scope="col">{_html.escape(str(c))}</th>' for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record):
            if isinstance(value, list):  # "ABC, JPost: wording": the copies' names in bold
                parts = [str(v).partition(": ") for v in value]
                items = [f"<strong>{_html.escape(a)}:</strong> {_html.escape(c)}" if b else _html.escape(a)
                         for a, b, c in parts]
            else:
                items = [_html.escape(str(value))]
            # data-label lets a phone stylesheet show each row as a card, column names inline.
            cells.append(f'<td data-label="{_html.escape(str(column))}">' + "<br>".join(items) + "</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="dataframe {_html.escape(css_class)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")
