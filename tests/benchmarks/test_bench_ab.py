"""``benchmarks/bench_ab.py``: the interleaved A/B of two parsers runs and reports both sides.

It times nothing here (speed goals are measured by the benchmark scripts, not by tests):
one round with a few calls checks that the older commit is unpacked and run, that the
figures come back for both sides, and that a wrong reference gets a clear error.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "bench_ab.py"


def test_ab_against_head_reports_both_parsers(tmp_path: Path) -> None:
    out = tmp_path / "ab.json"
    done = subprocess.run([sys.executable, str(SCRIPT), "HEAD", "--rounds", "1", "--calls", "2", "--json", str(out)],
                          capture_output=True, text=True, timeout=600, check=True)
    result = json.loads(out.read_text(encoding="utf-8"))
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    assert result["commit"] == head
    assert result["stories"] == len(list((ROOT / "tests/corpus/stories").glob("*.txt")))
    for key in ("A_article_ms", "B_article_ms", "A_story_ms", "B_story_ms"):
        assert result[key] > 0, key
    assert "| whole parse of the article" in done.stdout
    assert not list(tmp_path.glob("*.tmp"))  # written whole, no half-written file left


def test_ab_refuses_a_reference_that_names_no_commit() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "no-such-ref-anywhere", "--rounds", "1"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "names no commit" in done.stderr and "Fix:" in done.stderr
