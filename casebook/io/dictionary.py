"""The data dictionary: every exported table and field, read from the data package the code makes.

Nothing here is written by hand: names, types, constraints and meanings come
from the ``datapackage.json`` of the CSV export (whose layer schemas come from
:mod:`casebook.io.tables`), and each example is the first non-empty value of
that column in the exported table. The appendix page shows
:func:`data_dictionary`, so the page cannot drift from the files.
"""
from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass
from pathlib import Path

from casebook.io.exports import CSV_DIR, build_exports
from casebook.knowledge.paths import BookPaths

_EXAMPLE_WIDTH = 70
# Space between the columns, so that "integer" and its meaning do not run together.
_TABLE_STYLE = "border-collapse: separate; border-spacing: 0.8em 0.35em; margin-left: -0.8em"


@dataclass(frozen=True)
class FieldEntry:
    name: str
    type: str
    description: str
    example: str
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableEntry:
    name: str
    path: str  # relative to data/exports/
    description: str
    rows: int
    primary_key: tuple[str, ...]
    foreign_keys: tuple[str, ...]
    fields: tuple[FieldEntry, ...]


@dataclass(frozen=True)
class DataDictionary:
    """The tables of the CSV export; shows itself as HTML in a notebook."""

    tables: tuple[TableEntry, ...]

    def _repr_html_(self) -> str:
        return dictionary_html(self)


def data_dictionary(root: str | Path | None = None) -> DataDictionary:
    """Describe every table and field of the CSV export of the book at ``root`` (default: found)."""
    paths = BookPaths(Path(root).resolve()) if root else BookPaths.find()
    files = build_exports(paths.root, ("csv",)).files
    package = json.loads(files[f"{CSV_DIR}/datapackage.json"])
    tables = []
    for resource in package["resources"]:
        rows = list(csv.DictReader(io.StringIO(files[f"{CSV_DIR}/{resource['path']}"].decode("utf-8"))))
        schema = resource["schema"]
        fields = tuple(
            FieldEntry(
                name=field["name"], type=field["type"], description=field.get("description", ""),
                example=_example(rows, field["name"]),
                allowed=tuple(map(str, field.get("constraints", {}).get("enum", ()))),
            )
            for field in schema["fields"]
        )
        foreign = tuple(
            f"{', '.join(k['fields'])} → {k['reference']['resource']}.{', '.join(k['reference']['fields'])}"
            for k in schema.get("foreignKeys", ())
        )
        tables.append(TableEntry(resource["name"], f"{CSV_DIR}/{resource['path']}",
                                 resource.get("description", ""), len(rows),
                                 tuple(schema.get("primaryKey", ())), foreign, fields))
    return DataDictionary(tuple(tables))


def _example(rows: list[dict[str, str]], name: str) -> str:
    value = next((row[name] for row in rows if row.get(name)), "")
    value = " ".join(value.split())
    return value if len(value) <= _EXAMPLE_WIDTH else value[: _EXAMPLE_WIDTH - 1] + "…"


def dictionary_html(dictionary: DataDictionary) -> str:
    """One section per table: what it holds, its keys, and a table of its fields."""
    parts = ['<div class="casebook-dictionary">']
    for table in dictionary.tables:
        name = html.escape(table.name)
        parts.append(f'<section id="table-{name}"><h2><code>{html.escape(table.path)}</code></h2>')
        facts = [html.escape(table.description),
                 f"{table.rows} row{'s' if table.rows != 1 else ''}."]
        if table.primary_key:
            facts.append("Each row is identified by " + ", ".join(f"<code>{html.escape(k)}</code>"
                                                                  for k in table.primary_key) + ".")
        if table.foreign_keys:
            facts.append("Links: " + "; ".join(html.escape(k) for k in table.foreign_keys) + ".")
        parts.append(f"<p>{' '.join(f for f in facts if f)}</p>")
        parts.append(f'<table style="{_TABLE_STYLE}"><caption>Fields of {name}</caption><thead><tr><th scope="col">field</th>'
                     '<th scope="col">type</th><th scope="col">meaning</th><th scope="col">example</th>'
                     "</tr></thead><tbody style=\"vertical-align: top\">")
        for field in table.fields:
            meaning = html.escape(field.description)
            if field.allowed:
                meaning += " Allowed: " + ", ".join(f"<code>{html.escape(v)}</code>" for v in field.allowed) + "."
            example = f"<code>{html.escape(field.example)}</code>" if field.example else "<em>(empty in every row)</em>"
            parts.append(f'<tr><th scope="row"><code>{html.escape(field.name)}</code></th>'
                         f"<td>{html.escape(field.type)}</td><td>{meaning}</td><td>{example}</td></tr>")
        parts.append("</tbody></table></section>")
    parts.append("</div>")
    return "\n".join(parts)
