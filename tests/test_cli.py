"""``python -m casebook`` in a fresh process: output shapes, exit codes, error messages."""
from __future__ import annotations

import codecs
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebook.io.corpus import story_ids

ROOT = Path(__file__).resolve().parents[1]

Run = Callable[..., Any]
SOURCE_ARG = "data/source/reuters-2018-01-15.txt"
LAYERS = {"header", "paragraphs", "sentences", "mentions", "quotes", "timexes"}


def clean_failure(result: Any, code: int) -> str:
    """Assert the exit code and that stderr is a message, not a traceback; return stderr."""
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
    return result.stderr


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_parse_json_has_every_layer_with_exact_spans(run_casebook: Run, source_text: str) -> None:
    result = run_casebook("parse", SOURCE_ARG, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == LAYERS
    assert data["header"]["date"] == "2018-01-15"
    for layer in LAYERS - {"header"}:
        for item in data[layer]:
            assert source_text[item["start"] : item["end"]] == item["text"], (layer, item)
    assert all({"speaker", "cue", "kind"} <= set(q) for q in data["quotes"])
    assert all({"value", "granularity"} <= set(t) for t in data["timexes"])
    assert len(data["sentences"]) == 15  # counted by reading the article
    assert {"value": "2018-01-14", "text": "Sunday"}.items() <= next(
        t for t in data["timexes"] if t["text"] == "Sunday"
    ).items()


def test_parse_table_starts_with_the_header_line(run_casebook: Run, source_text: str) -> None:
    result = run_casebook("parse", SOURCE_ARG, "--format", "table")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == source_text.splitlines()[0].strip()
    for layer in ("paragraphs", "sentences", "mentions", "quotes", "timexes"):
        assert any(line.startswith(f"{layer} (") for line in result.stdout.splitlines())


def test_date_option_supplies_the_dct(run_casebook: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "headless.txt", "Jane Doe said on Sunday that it rained in November.")
    result = run_casebook("parse", str(path), "--date", "2009-06-17", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["header"] is None
    # 2009-06-17 is a Wednesday: the Sunday before is the 14th; November is last year's.
    assert [(t["text"], t["value"]) for t in data["timexes"]] == [
        ("Sunday", "2009-06-14"),
        ("November", "2008-11"),
    ]
    table = run_casebook("parse", str(path), "--date", "2009-06-17")
    assert table.stdout.startswith("date 2009-06-17 ")


def test_header_date_wins_over_date_option_with_a_warning(run_casebook: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "dated.txt", " date 2009-06-17 Reuters, LIMA\n\nIt rained on Sunday.")
    result = run_casebook("parse", str(path), "--date", "2009-06-24", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "2009-06-24" in result.stderr
    sunday = [t for t in json.loads(result.stdout)["timexes"] if t["text"] == "Sunday"]
    assert [t["value"] for t in sunday] == ["2009-06-14"]  # the Sunday before the header's Wednesday


def test_another_story_without_annotations(run_casebook: Run, repo_root: Path, tmp_path: Path) -> None:
    story = shutil.copy(repo_root / "tests/fixtures/other-story.txt", tmp_path / "story.txt")
    gold = json.loads((repo_root / "tests/fixtures/other-story.gold.json").read_text("utf-8"))
    result = run_casebook("parse", str(story), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(s["start"], s["end"]) for s in data["sentences"]] == [
        (s["start"], s["end"]) for s in gold["sentences"]
    ]


@pytest.mark.parametrize(
    "content, fragments",
    [
        (b"", [":1", "empty"]),
        (b"It rained on Sunday.", [":1", "--date"]),
        (b" date 2018-13-45 Reuters, LIMA\n\nIt rained.", [":1", "2018-13-45"]),
        (b" date 2009-06-15 Reuters, LIMA\n\nCaf\xe9.", [":3", "byte offset 35", "UTF-8"]),
    ],
)
def test_bad_files_exit_1_with_a_message(
    run_casebook: Run, tmp_path: Path, content: bytes, fragments: list[str]
) -> None:
    path = write(tmp_path, "bad.txt", content)
    stderr = clean_failure(run_casebook("parse", str(path)), 1)
    assert str(path) in stderr and "Fix:" in stderr
    for fragment in fragments:
        assert fragment in stderr


def test_huge_file_is_refused_quickly(run_casebook: Run, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    stderr = clean_failure(run_casebook("parse", str(path)), 1)
    assert "limit" in stderr and "split" in stderr


def test_missing_file_exits_1(run_casebook: Run, tmp_path: Path) -> None:
    stderr = clean_failure(run_casebook("parse", str(tmp_path / "nope.txt")), 1)
    assert "no such file" in stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["parse"],
        ["frobnicate"],
        ["parse", SOURCE_ARG, "--format", "xml"],
        ["parse", SOURCE_ARG, "--date", "2018-13-45"],
        ["parse", SOURCE_ARG, "--date", "15/01/2018"],
        ["data", "--bogus"],
    ],
)
def test_usage_errors_exit_2(run_casebook: Run, args: list[str]) -> None:
    clean_failure(run_casebook(*args), 2)


def test_bom_and_crlf_file_is_accepted(run_casebook: Run, tmp_path: Path, source_text: str) -> None:
    data = codecs.BOM_UTF8 + source_text.replace("\n", "\r\n").encode()
    path = write(tmp_path, "crlf.txt", data)
    result = run_casebook("parse", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    text = data.decode("utf-8-sig")  # offsets index the text without its BOM, CRLF kept
    parsed = json.loads(result.stdout)
    assert len(parsed["sentences"]) == 15 and len(parsed["paragraphs"]) == 14
    for layer in LAYERS - {"header"}:
        for item in parsed[layer]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_unbalanced_quotation_mark_warns_and_goes_on(run_casebook: Run, tmp_path: Path) -> None:
    path = write(
        tmp_path, "open-quote.txt",
        " date 2009-06-15 Reuters, LIMA\n\n“We will win, Jane Doe said on Sunday.\n\nIt rained.",
    )
    result = run_casebook("parse", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)["paragraphs"]) == 2


def test_annotations_none_and_missing_dir(run_casebook: Run, tmp_path: Path) -> None:
    result = run_casebook("parse", SOURCE_ARG, "--annotations", "none", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sentences"]) == 15
    stderr = clean_failure(
        run_casebook("parse", SOURCE_ARG, "--annotations", str(tmp_path / "absent")), 1
    )
    assert "annotations directory not found" in stderr


def test_data_check_passes_on_the_committed_files(run_casebook: Run) -> None:
    result = run_casebook("data", "--check")
    assert result.returncode == 0, result.stderr


def test_data_check_fails_on_a_tampered_copy(run_casebook: Run, repo_root: Path, tmp_path: Path) -> None:
    copy = Path(shutil.copytree(repo_root / "data/derived", tmp_path / "derived"))
    sentences = copy / "sentences.csv"
    sentences.write_bytes(sentences.read_bytes().replace(b"Hun Sen.", b"Hun Sen"))
    (copy / "timexes.csv").unlink()
    stderr = clean_failure(run_casebook("data", "--check", "--out", str(copy)), 1)
    assert "sentences.csv" in stderr and "timexes.csv" in stderr
    assert "python -m casebook data" in stderr
    assert "paragraphs.csv" not in stderr  # untouched files are not reported


def test_data_with_a_bad_source_writes_nothing(run_casebook: Run, tmp_path: Path) -> None:
    (tmp_path / "data/source").mkdir(parents=True)
    (tmp_path / "data/source/a-good.txt").write_text(" date 2009-06-15 Reuters, LIMA\n\nIt rained.")
    (tmp_path / "data/source/b-bad.txt").write_bytes(b"")
    derived = tmp_path / "data/derived"
    derived.mkdir()
    (derived / "sentences.csv").write_text("old\n")
    clean_failure(run_casebook("data", "--root", str(tmp_path)), 1)
    assert sorted(p.name for p in derived.iterdir()) == ["sentences.csv"]
    assert (derived / "sentences.csv").read_text() == "old\n"


def test_score_prints_every_layer_and_the_misses(run_casebook: Run) -> None:
    result = run_casebook("score", "tests/corpus", "--part", "dev")
    assert result.returncode == 0, result.stderr
    for layer in ("quotes found", "speaker", "cue", "date value"):
        assert f"  {layer}" in result.stdout
    dev = story_ids(ROOT / "tests" / "corpus", "dev")
    assert f"part dev: {len(dev)} stories" in result.stdout
    misses = result.stdout.split("misses:")[1].strip().splitlines()
    assert misses and all(line.split()[0] in dev and " p" in line for line in misses)


def test_score_without_misses_and_a_bad_folder(run_casebook: Run, tmp_path: Path) -> None:
    result = run_casebook("score", "tests/corpus", "--part", "test", "--no-misses")
    assert result.returncode == 0 and "misses:" not in result.stdout
    assert "error:" in clean_failure(run_casebook("score", str(tmp_path)), 1)
