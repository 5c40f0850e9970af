"""CSV export: a Frictionless data package that validates, with the derived tables unchanged."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import frictionless
import pytest

from casebook.io.derived import build_derived
from casebook.io.exportdata import load_stories
from casebook.io.exports import build_exports

EXPORTS = Path("data/exports/csv")


@pytest.fixture(scope="module")
def files(repo_root: Path) -> dict[str, bytes]:
    return build_exports(repo_root, ("csv",)).files


def test_the_package_validates_with_frictionless(repo_root: Path) -> None:
    report = frictionless.validate(str(repo_root / EXPORTS / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert {task.name for task in report.tasks} >= {"mentions", "events", "actors"}


def test_frictionless_catches_a_broken_foreign_key(repo_root: Path, tmp_path: Path) -> None:
    """The validation above can fail: an event pointing to an unknown actor is reported."""
    for path in (repo_root / EXPORTS).iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    events = (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()
    header = events[0].split(",")
    row = next(csv.reader([events[1]]))
    row[header.index("target_actor")] = "nobody_at_all"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    events[1] = buffer.getvalue().rstrip("\n")
    (tmp_path / "events.csv").write_text("\n".join(events) + "\n", encoding="utf-8")
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        resource.pop("hash"), resource.pop("bytes")
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {error.type for task in report.tasks for error in task.errors}


def test_the_layer_tables_are_the_derived_tables(files: dict[str, bytes], repo_root: Path) -> None:
    derived = build_derived(repo_root).files
    package = json.loads(files["csv/datapackage.json"])
    derived_package = json.loads(derived["datapackage.json"])
    for resource in derived_package["resources"]:
        assert files[f"csv/{resource['path']}"] == derived[resource["path"]]
        ours = next(r for r in package["resources"] if r["name"] == resource["name"])
        assert ours["schema"] == resource["schema"]


def test_events_are_anchored_and_complete(files: dict[str, bytes], repo_root: Path) -> None:
    story = load_stories(repo_root)[0]
    rows = list(csv.DictReader(io.StringIO(files["csv/events.csv"].decode("utf-8"))))
    assert sorted(r["id"] for r in rows) == sorted(e.id for e in story.events)
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert story.article.text[start:end] == row["trigger"], row["id"]
    event = next(e for e in story.events if e.cameo)
    row = next(r for r in rows if r["id"] == event.id)
    assert row["cameo"] == event.cameo and row["alt_codes"] == " ".join(event.alt_codes)


def test_every_field_and_table_is_described(files: dict[str, bytes]) -> None:
    package = json.loads(files["csv/datapackage.json"])
    for resource in package["resources"]:
        assert resource.get("description"), resource["name"]
        header = next(csv.reader(io.StringIO(files[f"csv/{resource['path']}"].decode("utf-8"))))
        assert header == [f["name"] for f in resource["schema"]["fields"]]
        for field in resource["schema"]["fields"]:
            assert field.get("description"), (resource["name"], field["name"])
