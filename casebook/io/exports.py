"""``python -m casebook export``: write the exports for reuse into data/exports/, or check them.

Three formats, all made from the same offset data (each story parsed with the
book's annotations, and its coded events):

- ``w3c``: ``<story>.w3c.jsonld``, W3C Web Annotations (:mod:`casebook.io.w3c`);
- ``tei``: ``<story>.tei.xml``, TEI P5 XML (:mod:`casebook.io.tei`);
- ``csv``: ``csv/*.csv`` and ``csv/datapackage.json`` (:mod:`casebook.io.export_tables`).

Like ``casebook data``: everything is built in memory first (a parse error
writes nothing), each file is replaced atomically and only when its bytes
change, and output is deterministic (no timestamps, sorted, ``\\n`` line ends),
so ``--check`` can fail on any drift. ``data/derived/`` is left as it is.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from casebook.io.derived import check_derived, write_derived
from casebook.io.export_tables import table_files
from casebook.io.exportdata import Story, load_stories
from casebook.io.tei import tei_bytes
from casebook.io.w3c import web_annotations_bytes

FORMATS = ("w3c", "tei", "csv")
CSV_DIR = "csv"


def regenerate_command(formats: tuple[str, ...] | list[str] = FORMATS) -> str:
    """The command that rewrites these formats, for messages and generated READMEs."""
    chosen = "all" if tuple(formats) == FORMATS else ",".join(formats) if len(formats) > 1 else formats[0]
    return f"python -m casebook export --format {chosen}"


class ExportBuild(NamedTuple):
    """The export files (path relative to data/exports/ -> exact bytes) and the parse warnings."""

    files: dict[str, bytes]
    warnings: tuple[str, ...]


def build_exports(root: Path, formats: tuple[str, ...] | list[str] = FORMATS) -> ExportBuild:
    """Every file of the chosen formats, computed in memory, plus the exports' README."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    stories = load_stories(root)
    files: dict[str, bytes] = {}
    for story in stories:
        if "w3c" in formats:
            files[f"{story.name}.w3c.jsonld"] = web_annotations_bytes(story)
        if "tei" in formats:
            files[f"{story.name}.tei.xml"] = tei_bytes(story)
    if "csv" in formats:
        tables = table_files(root, stories, regenerate_command(("csv",)))
        files.update({f"{CSV_DIR}/{name}": data for name, data in tables.items()})
    files["README.md"] = _readme(stories)
    warnings = tuple(w for story in stories for w in story.article.warnings)
    return ExportBuild(dict(sorted(files.items())), warnings)


def write_exports(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file atomically unless its bytes are already there; return the paths written."""
    return write_derived(out_dir, files)


def check_exports(out_dir: Path, files: dict[str, bytes], formats: tuple[str, ...] | list[str] = FORMATS,
                  ) -> list[str]:
    """One message per file missing from ``out_dir`` or differing from ``files``, with the fix."""
    fix = f"Fix: run `{regenerate_command(formats)}`."
    return [f"{problem}. {fix}" for problem in check_derived(out_dir, files)]


def _readme(stories: list[Story]) -> bytes:
    names = ", ".join(f"`{s.name}`" for s in stories)
    lines = [
        "# Exports for reuse (generated: do not edit)",
        "",
        f"Written by `{regenerate_command()}` from `data/source/*.txt`, `data/annotations/`",
        "and `references.bib`; `--check` fails when a file here drifts from what the code",
        "now produces. `--format w3c`, `tei` or `csv` (or several, comma-separated) writes one format.",
        "",
        f"Stories: {names}. For each story `NAME`:",
        "",
        "- `NAME.w3c.jsonld`: W3C Web Annotation (JSON-LD), an AnnotationCollection with one",
        "  annotation per mention, quotation, date expression and coded event. Each target has a",
        "  TextQuoteSelector and a TextPositionSelector into `../source/NAME.txt`. The context",
        "  `http://www.w3.org/ns/anno.jsonld` is named, not embedded; a copy is in",
        "  `casebook/io/contexts/`. Terms of our own are under `urn:casebook:terms:`.",
        "- `NAME.tei.xml`: TEI P5 XML: a header (supplied title, source, rights notice, the",
        "  actors with Wikidata ids) and the text, unchanged, with `persName`, `orgName`,",
        "  `placeName`, `rs` (`ref` to the actor), `date` (`when`) and `said` (`who`, `direct`).",
        "- `csv/`: one CSV per table with a Frictionless `datapackage.json` (the tables of",
        "  `data/derived/`, plus `events.csv` and `actors.csv`). The book's data dictionary",
        "  appendix describes every field.",
        "",
        "Offsets are Python string indices (code points) into the source text as read (UTF-8,",
        "a leading byte-order mark removed, line ends kept as in the file).",
        "",
        "Licences: the annotations and markup are the project's (CC BY 4.0); the article text",
        "they quote is not (see the rights notice in each TEI header and `LICENSE`).",
        "",
    ]
    return "\n".join(lines).encode("utf-8")
