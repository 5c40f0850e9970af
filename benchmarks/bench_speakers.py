"""How fast is the optional speaker model, and how much memory does it take?

    python benchmarks/bench_speakers.py [--part dev|test|all] [--json PATH]

Loads the shipped model (``data/models/speaker-encoder``) once, then parses every story of the
corpus part with no annotations and runs :meth:`SpeakerModel.fill` on it, timing the parse and
the fill apart. Reports the load time, the parse and fill time per story, the time per quotation
the model read (those the rules left without a speaker), and the process's peak memory before
loading and at the end. Issue 9, fifty-third round.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "benchmarks"))

from _machine import cpu_name  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--json", type=Path,
                        default=HERE / "benchmarks" / "results" / f"speakers-{dt.date.today().isoformat()}.json")
    args = parser.parse_args(argv)

    from casebook.io.corpus import story_ids
    from casebook.io.fileio import atomic_write_text
    from casebook.learned import load_speaker_model
    from casebook.parse import parse_text

    corpus = HERE / "tests" / "corpus"
    stories = [(corpus / "stories" / f"{s}.txt").read_text(encoding="utf-8") for s in story_ids(corpus, args.part)]
    before = _peak_mb()
    began = time.perf_counter()
    model = load_speaker_model()
    load_s = time.perf_counter() - began
    parse_s = fill_s = 0.0
    read = 0
    for text in stories:
        t0 = time.perf_counter()
        article = parse_text(text, annotations=None)
        t1 = time.perf_counter()
        model.fill(article)
        fill_s += time.perf_counter() - t1
        parse_s += t1 - t0
        read += sum(1 for q in article.quotes if q.kind == "direct" and q.speaker is None)
    report = {
        "machine": cpu_name(), "cores": os.cpu_count(), "part": args.part, "stories": len(stories),
        "quotations_read": read, "load_s": round(load_s, 2),
        "parse_ms_per_story": round(1000 * parse_s / len(stories), 2),
        "fill_ms_per_story": round(1000 * fill_s / len(stories), 2),
        "fill_ms_per_quotation_read": round(1000 * fill_s / max(1, read), 1),
        "peak_mb_before_load": round(before, 1), "peak_mb_after": round(_peak_mb(), 1),
        "model_bytes": sum(p.stat().st_size for p in model.folder.iterdir() if p.is_file()),
    }
    atomic_write_text(args.json, json.dumps(report, indent=2) + "\n")
    for key, value in report.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
