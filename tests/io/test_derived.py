"""data/derived/: byte-identical regeneration, a consistent data package, atomic writes, tables."""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.io import fileio
from casebook import parse_article
from casebook.io.derived import build_derived, write_derived
from casebook.io.tables import FIELD_DESCRIPTIONS, LAYER_TYPES, LAYERS, layer_fields

FIXTURE_HEADER = " date 2009-06-15 Reuters, LIMA\n\n"


def test_regeneration_into_a_tmp_dir_is_byte_identical(repo_root: Path, tmp_path: Path) -> None:
    committed = repo_root / "data/derived"
    files = build_derived(repo_root).files
    written = write_derived(tmp_path, files)
    assert written, "nothing was written into an empty folder"
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(p.name for p in committed.iterdir())
    for name in names:
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes(), name
    assert write_derived(tmp_path, build_derived(repo_root).files) == []  # nothing changes


def test_two_builds_are_identical_and_use_lf(repo_root: Path) -> None:
    first, second = build_derived(repo_root).files, build_derived(repo_root).files
    assert first == second
    for name, data in first.items():
        assert b"\r\n" not in data, name
        assert data.endswith(b"\n"), name


def test_data_package_describes_every_csv(repo_root: Path) -> None:
    files = build_derived(repo_root).files
    package = json.loads(files["datapackage.json"])
    assert sorted(r["path"] for r in package["resources"]) == sorted(name for name in files if name.endswith(".csv"))
    assert {f"{layer}.csv" for layer in LAYERS} <= set(files)
    for resource in package["resources"]:
        data = files[resource["path"]]
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        fields = resource["schema"]["fields"]
        assert rows[0] == [f["name"] for f in fields]
        for field in fields:
            assert field["type"] in {"string", "integer", "date"}
            assert field.get("description"), (resource["name"], field["name"])
        key = [rows[0].index(name) for name in resource["schema"]["primaryKey"]]
        keys = [tuple(row[i] for i in key) for row in rows[1:]]
        assert len(keys) == len(set(keys)), f"primary key not unique in {resource['path']}"


def test_every_model_field_has_a_description() -> None:
    for layer, item_type in LAYER_TYPES.items():
        for field in dataclasses.fields(item_type):
            described = field.name in FIELD_DESCRIPTIONS[layer] or field.name in {"start", "end", "paragraph"}
            assert described, f"{layer}.{field.name} has no description in casebook/tables.py"


def test_derived_rows_match_a_fresh_parse(repo_root: Path, source_path: Path) -> None:
    article = parse_article(source_path)
    rows = list(csv.DictReader(io.StringIO(build_derived(repo_root).files["sentences.csv"].decode())))
    ours = [r for r in rows if r["source"] == source_path.stem]
    assert [(int(r["start"]), int(r["end"]), r["text"]) for r in ours] == [
        (s.start, s.end, s.text) for s in article.sentences
    ]


def test_a_repository_with_another_story(tmp_path: Path, repo_root: Path) -> None:
    (tmp_path / "data/source").mkdir(parents=True)
    shutil.copy(repo_root / "tests/fixtures/other-story.txt", tmp_path / "data/source/other.txt")
    out = tmp_path / "data/derived"
    write_derived(out, build_derived(tmp_path).files)
    timexes = list(csv.DictReader((out / "timexes.csv").open(encoding="utf-8", newline="")))
    assert timexes[0]["source"] == "other" and timexes[0]["rule"] == "document-creation-time"
    assert {"header", "sentences"} <= {r["name"] for r in json.loads((out / "datapackage.json").read_text())["resources"]}


def test_atomic_write_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old\n")
    fileio.atomic_write_bytes(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failed_atomic_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old\n")

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        fileio.atomic_write_bytes(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_layer_frames(source_path: Path) -> None:
    from casebook.io.tables import article_frames

    article = parse_article(source_path)
    frames = article_frames(article)
    assert set(frames) == set(LAYERS)
    assert len(frames["sentences"]) == len(article.sentences)
    assert list(frames["timexes"].columns) == [f["name"] for f in layer_fields("timexes")]
    assert str(frames["timexes"]["start"].dtype) == "Int64"
    assert len(frames["header"]) == 1


def test_parsing_does_not_import_pandas(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(FIXTURE_HEADER + "It rained on Sunday.", encoding="utf-8")
    code = (
        "import sys; from casebook.cli import main; main(['parse', sys.argv[1]]);"
        "import sys; print('pandas' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(story)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "False"
