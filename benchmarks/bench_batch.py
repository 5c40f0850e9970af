"""Stories per second for `python -m casebook parse DIR --format jsonl`, on 1 core and on all.

    python benchmarks/bench_batch.py [--stories 3000] [--rounds 3] [--json PATH]

The corpus is every story of tests/corpus/stories, tests/fixtures and data/source,
copied again and again into a temporary folder until it holds ``--stories`` files
(so the mix of lengths is the corpus's). Each round times a whole run of
:func:`casebook.io.batch.write_jsonl` into /dev/null, with no annotations: once with
``jobs=1`` (this process, no pool) and once with one worker per core; the figure is
the median over the rounds. Peak RSS is read with ``resource.getrusage`` in a fresh
process per run. Nothing is written to the repository unless ``--json PATH`` is given.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casebook.io.batch import ParseOptions, write_jsonl  # noqa: E402

CORPUS = [*sorted((ROOT / "tests/corpus/stories").glob("*.txt")), ROOT / "tests/fixtures/other-story.txt",
          *sorted((ROOT / "data/source").glob("*.txt"))]
RSS = """
import os, resource, sys
sys.path.insert(0, sys.argv[3])
from casebook.io.batch import ParseOptions, write_jsonl
with open(os.devnull, "w", encoding="utf-8") as out:
    write_jsonl(sys.argv[1], out, ParseOptions(annotations="none"), int(sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def make_corpus(folder: Path, count: int) -> int:
    """Copy the corpus into ``folder`` until it holds ``count`` stories; return their total bytes."""
    size = 0
    for i in range(count):
        source = CORPUS[i % len(CORPUS)]
        shutil.copyfile(source, folder / f"{i:06d}-{source.name}")
        size += source.stat().st_size
    return size


def timed_run(folder: Path, jobs: int) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds (this process and its finished workers), failed stories."""
    started, cpu_before = time.perf_counter(), os.times()
    with open(os.devnull, "w", encoding="utf-8") as out:
        total, failed = write_jsonl(folder, out, ParseOptions(annotations="none"), jobs)
    after = os.times()
    cpu = sum(after[:4]) - sum(cpu_before[:4])  # user + system, self + children
    return time.perf_counter() - started, cpu, failed


def peak_rss_mib(folder: Path, jobs: int) -> tuple[float, float]:
    result = subprocess.run([sys.executable, "-c", RSS, str(folder), str(jobs), str(ROOT)],
                            capture_output=True, text=True, check=True)
    me, workers = map(int, result.stdout.split())
    return round(me / 1024, 1), round(workers / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=3000, help="how many stories (default 3000)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each setting; the median is kept")
    parser.add_argument("--json", metavar="PATH", type=Path, help="also write the figures as JSON to PATH")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    figures: dict[str, object] = {"stories": args.stories, "cores": cores, "python": platform.python_version(),
                                  "machine": platform.machine(), "rounds": args.rounds, "settings": []}
    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
        folder = Path(tmp)
        size = make_corpus(folder, args.stories)
        figures["megabytes"] = round(size / 1e6, 2)
        load = os.getloadavg()[0]
        figures["load_average_before"] = round(load, 2)
        print(f"{args.stories} stories ({len(CORPUS)} distinct, {size / 1e6:.1f} MB), {cores} core(s),"
              f" Python {platform.python_version()}; median of {args.rounds} run(s), no annotations;"
              f" load average {load:.1f} before the first run (another process's load slows the runs)\n")
        print("| jobs | stories per second | seconds | stories per CPU-second | failed |"
              " peak RSS, main / largest worker |")
        print("|---|---|---|---|---|---|")
        for jobs in dict.fromkeys((1, cores)):
            runs = [timed_run(folder, jobs) for _ in range(args.rounds)]
            seconds = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            me, worker = peak_rss_mib(folder, jobs)
            rate = args.stories / seconds
            figures["settings"].append({"jobs": jobs, "stories_per_second": round(rate, 1),
                                        "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                                        "stories_per_cpu_second": round(args.stories / cpu, 1),
                                        "failed": runs[0][2], "peak_rss_mib": me, "worker_peak_rss_mib": worker})
            workers = f"{worker} MiB" if jobs > 1 else "(no pool)"
            print(f"| {jobs} | {rate:,.0f} | {seconds:.2f} | {args.stories / cpu:,.0f} | {runs[0][2]} |"
                  f" {me} MiB / {workers} |")
    settings = figures["settings"]
    if len(settings) == 2:
        speedup = settings[1]["stories_per_second"] / settings[0]["stories_per_second"]
        figures["speedup"] = round(speedup, 2)
        print(f"\n{cores} cores: {speedup:.2f}× the stories per second of one.")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
