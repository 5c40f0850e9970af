"""python -m casebook export: byte-identical regeneration, --check on drift, errors that name the fix."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.errors import AnnotationError
from casebook.io.exports import build_exports, check_exports, write_exports
from casebook.knowledge.paths import EXPORTS_DIR


def _book(repo_root: Path, tmp_path: Path) -> Path:
    """A copy of the book's data and bibliography, without the exports."""
    shutil.copytree(repo_root / "data", tmp_path / "data", ignore=shutil.ignore_patterns("exports"))
    shutil.copy(repo_root / "references.bib", tmp_path / "references.bib")
    return tmp_path


def test_regeneration_is_byte_identical_to_the_committed_files(repo_root: Path, tmp_path: Path) -> None:
    files = build_exports(repo_root).files
    assert files == build_exports(repo_root).files
    committed = repo_root / EXPORTS_DIR
    assert sorted(files) == sorted(p.relative_to(committed).as_posix()
                                   for p in committed.rglob("*") if p.is_file())
    assert check_exports(committed, files) == []
    assert write_exports(tmp_path, files) and write_exports(tmp_path, files) == []
    for name, data in files.items():
        assert (tmp_path / name).read_bytes() == data
        assert b"\r\n" not in data and data.endswith(b"\n"), name


def test_check_fails_on_drift_and_names_the_file_and_the_fix(repo_root: Path, tmp_path: Path, run_casebook) -> None:
    root = _book(repo_root, tmp_path)
    assert run_casebook("export", "--root", str(root)).returncode == 0
    assert run_casebook("export", "--check", "--root", str(root)).returncode == 0
    tei = next((root / EXPORTS_DIR).glob("*.tei.xml"))
    tei.write_bytes(tei.read_bytes().replace(b"<p ", b"<p  ", 1))
    result = run_casebook("export", "--check", "--format", "tei", "--root", str(root))
    assert result.returncode == 1
    assert tei.name in result.stderr and "python -m casebook export --format tei" in result.stderr
    assert run_casebook("export", "--check", "--format", "w3c,csv", "--root", str(root)).returncode == 0
    (root / EXPORTS_DIR / "csv" / "events.csv").unlink()
    result = run_casebook("export", "--check", "--format", "csv", "--root", str(root))
    assert result.returncode == 1 and "events.csv: missing" in result.stderr
    assert run_casebook("export", "--format", "all", "--root", str(root)).returncode == 0
    assert run_casebook("export", "--check", "--root", str(root)).returncode == 0


def test_an_unknown_format_is_a_usage_error(run_casebook) -> None:
    result = run_casebook("export", "--format", "rdf")
    assert result.returncode == 2 and "w3c|tei|csv|all" in result.stderr


def test_a_bad_exports_yaml_names_the_file_line_and_fix(repo_root: Path, tmp_path: Path, run_casebook) -> None:
    root = _book(repo_root, tmp_path)
    settings = root / "data/annotations/exports.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("citation: ", "citation: nosuchkey"),
                        encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"exports\.yaml:\d+: .*nosuchkey.*Fix:"):
        build_exports(root)
    result = run_casebook("export", "--root", str(root))
    assert result.returncode == 1 and "exports.yaml" in result.stderr and "Fix:" in result.stderr
    assert not (root / EXPORTS_DIR).exists(), "an error must write nothing"


def test_a_book_without_annotations_still_exports(repo_root: Path, tmp_path: Path) -> None:
    (tmp_path / "data/source").mkdir(parents=True)
    shutil.copy(repo_root / "tests/fixtures/other-story.txt", tmp_path / "data/source/other.txt")
    files = build_exports(tmp_path).files
    assert {"other.w3c.jsonld", "other.tei.xml", "csv/events.csv", "csv/datapackage.json"} <= set(files)
    assert files["csv/events.csv"].count(b"\n") == 1  # the header row only
    assert b"<said" in files["other.tei.xml"]
