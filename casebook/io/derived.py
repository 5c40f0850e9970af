"""``python -m casebook data``: regenerate data/derived/ byte-identically, or check it for drift.

One CSV per layer (all source files together, a ``source`` column first), a
Frictionless ``datapackage.json`` describing them, and a provenance README.
Output is deterministic: sorted sources, rows sorted by offset, ``\\n`` line
ends, no timestamps. Everything is built in memory first, so a parse error
leaves the folder untouched; each file is then replaced atomically.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any, NamedTuple

from casebook.knowledge.case import parse_article
from casebook.knowledge.paths import ANNOTATIONS_DIR, DERIVED_DIR, SOURCE_DIR, BookPaths
from casebook.errors import CasebookError
from casebook.io.fileio import atomic_write_bytes
from casebook.model import Article
from casebook.io.tables import LAYERS, PRIMARY_KEYS, layer_fields, layer_rows
from casebook.io.timeline_table import TIMELINE_FIELDS, timeline_table

REGENERATE = "python -m casebook data"

_SOURCE_FIELD = {
    "name": "source",
    "type": "string",
    "description": "The source file's name without .txt: data/source/<source>.txt.",
}
_DIALECT = {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True, "header": True}


class DerivedBuild(NamedTuple):
    """The derived files (name -> exact bytes) and the parser's warnings while making them."""

    files: dict[str, bytes]
    warnings: tuple[str, ...]


def _csv_bytes(fields: list[dict[str, Any]], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = [field["name"] for field in fields]
    writer.writerow(names)
    for row in rows:
        writer.writerow(["" if row[name] is None else row[name] for name in names])
    return buffer.getvalue().encode("utf-8")


def _layer_table(articles: dict[str, Article], layer: str) -> tuple[list[dict[str, Any]], bytes]:
    fields = [_SOURCE_FIELD, *layer_fields(layer)]
    rows = []
    for name, article in articles.items():
        layer_of_article = layer_rows(article, layer)
        layer_of_article.sort(key=lambda row: (row["start"], row["end"]))
        rows.extend({"source": name, **row} for row in layer_of_article)
    return fields, _csv_bytes(fields, rows)


def _schema(layer: str, fields: list[dict[str, Any]]) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": fields,
        "primaryKey": ["source", *PRIMARY_KEYS[layer]],
        "missingValues": [""],
    }
    if layer == "sentences":
        schema["foreignKeys"] = [
            {
                "fields": ["source", "paragraph"],
                "reference": {"resource": "paragraphs", "fields": ["source", "number"]},
            }
        ]
    return schema


def _readme(names: list[str], files: list[str]) -> bytes:
    lines = [
        "# Derived data (generated: do not edit)",
        "",
        f"Written by `{REGENERATE}` from `{SOURCE_DIR}/*.txt` and `{ANNOTATIONS_DIR}/`.",
        f"`{REGENERATE} --check` fails when these files drift from what the parser produces.",
        "Offsets are Python string indices (code points) into the source text as read",
        "(UTF-8, a leading byte-order mark removed, line ends kept as in the file).",
        "`datapackage.json` describes every column (Frictionless Table Schema).",
        "",
        "Sources: " + ", ".join(f"`{name}`" for name in names) + ".",
        "",
        "Files: " + ", ".join(f"`{name}`" for name in files) + ".",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _resource(name: str, data: bytes, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "profile": "tabular-data-resource",
        "name": name,
        "path": f"{name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
        "dialect": _DIALECT,
        "schema": schema,
    }


def build_derived(root: Path) -> DerivedBuild:
    """Every derived file's name and exact bytes, computed in memory, plus parse warnings."""
    articles = {path.stem: parse_article(path) for path in BookPaths(root).sources()}
    warnings = tuple(w for article in articles.values() for w in article.warnings)
    if not articles:
        raise CasebookError(f"{root / SOURCE_DIR}: no .txt files. Fix: add the article there.")
    files: dict[str, bytes] = {}
    resources = []
    for layer in LAYERS:
        fields, data = _layer_table(articles, layer)
        files[f"{layer}.csv"] = data
        resources.append(_resource(layer, data, _schema(layer, fields)))
    timeline = timeline_table(root, articles)
    if timeline is not None:
        fields = [_SOURCE_FIELD, *TIMELINE_FIELDS]
        data = _csv_bytes(fields, timeline)
        files["timeline.csv"] = data
        resources.append(_resource("timeline", data, {"fields": fields, "primaryKey": ["source", "id"],
                                                      "missingValues": [""]}))
    package = {
        "profile": "tabular-data-package",
        "name": "casebook-derived",
        "title": "The case-study article as offset-anchored tables, with its curated timeline",
        "description": f"Generated by `{REGENERATE}`; do not edit by hand.",
        "sources": [{"title": name, "path": f"{SOURCE_DIR}/{name}.txt"} for name in articles],
        "resources": resources,
    }
    files["datapackage.json"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode()
    files["README.md"] = _readme(list(articles), sorted(files))
    return DerivedBuild(dict(sorted(files.items())), warnings)


def write_derived(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file atomically unless its bytes are already there; return the paths written."""
    changed = []
    for name, data in files.items():
        target = out_dir / name
        if not target.is_file() or target.read_bytes() != data:
            atomic_write_bytes(target, data)
            changed.append(target)
    return changed


def check_derived(out_dir: Path, files: dict[str, bytes]) -> list[str]:
    """One message per derived file that is missing from ``out_dir`` or differs from ``files``."""
    problems = []
    for name, data in files.items():
        target = out_dir / name
        if not target.is_file():
            problems.append(f"{target}: missing")
        elif target.read_bytes() != data:
            problems.append(f"{target}: differs from what the parser now produces")
    return problems
