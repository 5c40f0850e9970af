"""The data dictionary appendix: generated from the data package, so every exported field is on it."""
from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from casebook.io.dictionary import DataDictionary, FieldEntry, TableEntry, data_dictionary, dictionary_html
from casebook.io.exports import build_exports

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "chapters" / "data-dictionary.ipynb"
PAGE = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html" / "chapters" / "data-dictionary.html"


def _package() -> dict:
    return json.loads(build_exports(ROOT, ("csv",)).files["csv/datapackage.json"])


def missing_fields(page: str, package: dict) -> list[str]:
    """Every table.field of the package that has no row in its table's section of ``page``."""
    missing = []
    for resource in package["resources"]:
        section = re.search(rf'<section id="table-{resource["name"]}">(.*?)</section>', page, re.S)
        if section is None:
            missing.append(f"{resource['name']} (no section)")
            continue
        for field in resource["schema"]["fields"]:
            row = re.search(rf'<th scope="row"><code>{re.escape(field["name"])}</code></th>'
                            rf'<td>{field["type"]}</td><td>(.*?)</td>', section.group(1), re.S)
            if row is None or html.escape(field["description"][:40]) not in row.group(1):
                missing.append(f"{resource['name']}.{field['name']}")
    return missing


def test_every_field_of_every_table_is_described() -> None:
    package = _package()
    assert len(package["resources"]) >= 8
    assert missing_fields(dictionary_html(data_dictionary(ROOT)), package) == []


def test_the_check_catches_a_missing_field() -> None:
    package = _package()
    full = data_dictionary(ROOT)
    events = next(t for t in full.tables if t.name == "events")
    fewer = TableEntry(**{**events.__dict__, "fields": events.fields[:-1]})
    partial = DataDictionary(tuple(fewer if t.name == "events" else t for t in full.tables))
    assert missing_fields(dictionary_html(partial), package) == [f"events.{events.fields[-1].name}"]


def test_examples_come_from_the_data() -> None:
    tables = {t.name: t for t in data_dictionary(ROOT).tables}
    cameo = next(f for f in tables["events"].fields if f.name == "cameo")
    assert re.fullmatch(r"\d{2,4}", cameo.example)
    modality = next(f for f in tables["events"].fields if f.name == "modality")
    assert modality.example in modality.allowed
    assert all(isinstance(f, FieldEntry) for t in tables.values() for f in t.fields)


def test_the_notebook_shows_the_generated_dictionary_and_has_no_outputs() -> None:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code)
    assert any("data_dictionary()" in "".join(c["source"]) for c in code)


def test_the_built_page_lists_every_field() -> None:
    if not PAGE.exists():
        pytest.fail(f"{PAGE} not built: run `make book` (or `make test`) first")
    assert missing_fields(PAGE.read_text(encoding="utf-8"), _package()) == []
