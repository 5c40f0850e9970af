"""Time this checkout's parser against an older commit's, interleaved, on the same machine.

    python benchmarks/bench_ab.py REF [--rounds 9] [--calls 60] [--json PATH]

``bench_parse.py`` times one parser; on a shared machine its figure drifts with the
load, so a slower run cannot tell a slower parser from a busier minute. This script
answers the narrower question "is the parser now slower than at REF?". It unpacks REF
(a commit, tag or branch) into a temporary folder with ``git archive``, then runs
the same small timing program for each parser in turn, in fresh processes,
alternating A (REF) and B (this checkout) for ``--rounds`` rounds. Load from other
processes falls on both alike, and the medians over rounds are compared.

Two measures per process:
- the whole parse of the article, annotations loaded (the issue's 5 ms goal);
- one pass over every story of ``tests/corpus``, no annotations (ms per story).

Both parsers read the same inputs from this checkout (the article, its annotations
and the corpus stories), so only the code differs. Nothing is written unless
``--json PATH`` is given; the temporary folder is removed at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# The timing program each process runs: its first argument is the parser's root.
_PROGRAM = r"""
import json, sys, time, statistics
from pathlib import Path
root, data, calls = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, root)
from casebook.parse import parse_text
from casebook.knowledge import load_annotations_dir
text = (data / "data/source/reuters-2018-01-15.txt").read_text(encoding="utf-8")
known = load_annotations_dir(data / "data/annotations")
stories = [p.read_text(encoding="utf-8") for p in sorted((data / "tests/corpus/stories").glob("*.txt"))]
for _ in range(5):
    parse_text(text, annotations=known)
times = []
for _ in range(calls):
    t0 = time.perf_counter()
    parse_text(text, annotations=known)
    times.append(time.perf_counter() - t0)
t0 = time.perf_counter()
for story in stories:
    parse_text(story)
corpus = time.perf_counter() - t0
print(json.dumps({"article_ms": 1000 * statistics.median(times), "story_ms": 1000 * corpus / max(1, len(stories)),
                  "stories": len(stories)}))
"""


def unpack(ref: str, folder: Path) -> str:
    """Write REF's ``casebook`` package into ``folder``; return REF's full commit id."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", f"{ref}^{{commit}}"],
                                check=True, capture_output=True, text=True).stdout.strip()
    except subprocess.CalledProcessError:
        sys.exit(f"bench_ab.py: {ref!r} names no commit in {ROOT}. Fix: pass a commit id, tag or branch"
                 " (for example HEAD~5).")
    archive = folder / "ref.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", commit, "casebook"], check=True, stdout=out)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    archive.unlink()
    return commit


def measure(root: Path, calls: int, env: dict[str, str]) -> dict[str, float]:
    """One fresh process timing the parser under ``root``."""
    done = subprocess.run([sys.executable, "-c", _PROGRAM, str(root), str(ROOT), str(calls)],
                          check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", help="the older commit, tag or branch (A); B is this checkout")
    parser.add_argument("--rounds", type=int, default=9, help="A/B rounds, each two fresh processes (default 9)")
    parser.add_argument("--calls", type=int, default=60, help="article parses per process (default 60)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.calls < 1:
        parser.error("--rounds and --calls must be at least 1")
    with tempfile.TemporaryDirectory(prefix="bench-ab-") as tmp:
        folder = Path(tmp)
        commit = unpack(args.ref, folder)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
        runs: dict[str, list[dict[str, float]]] = {"A": [], "B": []}
        for _ in range(args.rounds):
            runs["A"].append(measure(folder, args.calls, env))
            runs["B"].append(measure(ROOT, args.calls, env))
    result: dict[str, Any] = {"ref": args.ref, "commit": commit, "rounds": args.rounds, "calls": args.calls,
                              "stories": runs["B"][0]["stories"]}
    for side in ("A", "B"):
        for key in ("article_ms", "story_ms"):
            result[f"{side}_{key}"] = round(statistics.median(r[key] for r in runs[side]), 3)
    for key in ("article_ms", "story_ms"):
        result[f"ratio_{key}"] = round(result[f"B_{key}"] / result[f"A_{key}"], 3)
    print(f"A = {args.ref} ({commit[:7]}), B = this checkout; medians of {args.rounds} interleaved rounds\n")
    print("| measure | A | B | B / A |")
    print("| --- | --- | --- | --- |")
    print(f"| whole parse of the article, annotations loaded (ms) | {result['A_article_ms']} | "
          f"{result['B_article_ms']} | {result['ratio_article_ms']} |")
    print(f"| corpus, {result['stories']} stories, no annotations (ms per story) | {result['A_story_ms']} | "
          f"{result['B_story_ms']} | {result['ratio_story_ms']} |")
    if args.json:
        tmp_path = args.json.with_suffix(args.json.suffix + ".tmp")
        tmp_path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        tmp_path.replace(args.json)  # written whole or not at all
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
