"""``benchmarks/encoder_rows.py``: the rows of the encoder experiment point where they say.

The experiment itself (``benchmarks/encoder_experiment.py``) needs torch and a model folder,
which are not project dependencies; its input rows need only the parser, so they are checked
here: every candidate's spans lie in its window and the first one is its name, the quotation
is marked once, and the rules' right speakers agree with ``casebook score`` on the same stories.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from casebook.io.corpus import score_story
from casebook.parse import parse_text

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "encoder_rows.py"
CORPUS = ROOT / "tests" / "corpus"


def test_rows_point_into_their_windows_and_agree_with_the_scorer(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), "--ids", "1677-1690"],
                   capture_output=True, text=True, timeout=300, check=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stories = sorted({row["story"] for row in rows})
    assert len(stories) >= 5
    right = found = quotes = 0
    for story in stories:
        text = (CORPUS / "stories" / f"{story}.txt").read_text(encoding="utf-8")
        gold = yaml.safe_load((CORPUS / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
        tally = score_story(story, parse_text(text, path=f"{story}.txt", annotations=None), gold).tallies["speaker"]
        right, found, quotes = right + tally.right, found + tally.predicted, quotes + tally.gold
    assert len(rows) == quotes
    assert sum(row["found"] for row in rows) == found
    assert sum(row.get("rules_right", False) for row in rows) == right
    candidates = 0
    for row in (r for r in rows if r["found"]):
        window = row["window"]
        assert window.count("<< ") == 1 and window.count(" >>") == 1
        for candidate in row["candidates"]:
            candidates += 1
            (first_start, first_end), *rest = candidate["spans"]
            assert window[first_start:first_end] == candidate["name"]
            for start, end in rest:
                assert 0 <= start < end <= len(window) and window[start:end].strip() == window[start:end]
    assert candidates > len(rows)
    assert not list(tmp_path.glob("*.part"))  # written whole, no half-written file left


def test_rows_refuse_a_range_that_is_not_one(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "r.jsonl"), "--ids", "t1677"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "write LO-HI" in done.stderr
    assert not (tmp_path / "r.jsonl").exists()
