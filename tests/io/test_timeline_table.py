"""The timeline reaches the derived data: timeline.csv, described in datapackage.json, regenerated identically."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from casebook.io import build_derived, check_derived

ROOT = Path(__file__).resolve().parents[2]
DERIVED = ROOT / "data" / "derived"


def test_timeline_csv_is_built_described_and_committed():
    files = build_derived(ROOT).files
    assert "timeline.csv" in files
    assert not check_derived(DERIVED, files), "run `python -m casebook data`"
    package = json.loads(files["datapackage.json"])
    resource = next(r for r in package["resources"] if r["name"] == "timeline")
    fields = resource["schema"]["fields"]
    assert all(field.get("description") for field in fields)
    rows = list(csv.DictReader(io.StringIO(files["timeline.csv"].decode("utf-8"))))
    assert [f["name"] for f in fields] == list(rows[0])
    assert {row["kind"] for row in rows} == {"story", "background"}
    assert {row["confidence"] for row in rows} <= {"2+ agree", "1 source", "CONFLICT"}
    assert resource["bytes"] == len(files["timeline.csv"])


def test_regeneration_is_byte_identical():
    assert build_derived(ROOT).files == build_derived(ROOT).files
