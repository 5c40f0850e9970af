"""Time casebook's parser against pysbd + dateparser on the same text, on the same machine.

    python benchmarks/bench_parse.py [--runs 300] [--cold-runs 7] [--json PATH]

Prints markdown tables: (a) the job the libraries do, sentences + dates, casebook
against pysbd (with "Sen." removed from its abbreviations) + dateparser
(RELATIVE_BASE = the dateline, PREFER_DATES_FROM='past'): medians, ratio and
accuracy against the hand-made gold (tests/gold, tests/fixtures, tests/probe);
(b) the whole parse (all six layers, annotations loaded) against that pipeline;
(c) the median of each layer; (d) cold start, the median of fresh processes;
(e) the median parse time per story over tests/corpus, no annotations (casebook
only here; ``benchmarks/bench_corpus.py`` adds textacy over spaCy and the accuracy).
Timings are interleaved (each round runs every function) so that load from
other processes falls on all of them alike. Nothing is written unless
``--json PATH`` is given; the fresh processes keep their bytecode in a
temporary folder. pysbd and dateparser are optional (``pip install '.[compare]'``).
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # write nothing into the repository
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from _machine import cpu_name  # noqa: E402  (benchmarks/ is the script's own folder)
SOURCE = ROOT / "data/source/reuters-2018-01-15.txt"
ANNOTATIONS = ROOT / "data/annotations"
GOLD = ROOT / "tests/gold/reuters-2018-01-15.json"
FIXTURE = ROOT / "tests/fixtures/other-story.txt"
FIXTURE_GOLD = ROOT / "tests/fixtures/other-story.gold.json"
PROBE = ROOT / "tests/probe/reuters_style_probe.yaml"
SIGNALS = ("in ", "on ", "at ", "since ", "by ", "until ", "from ", "during ", "of ")
Span = tuple[int, int]


# ---- timing -----------------------------------------------------------------------------


def interleaved_ms(functions: dict[str, tuple[Callable[[], object], int]], rounds: int) -> dict[str, float]:
    """Median ms per call of each ``(function, calls per round)``, over ``rounds`` rounds."""
    samples: dict[str, list[float]] = {name: [] for name in functions}
    for name, (function, _) in functions.items():  # warm-up
        function()
    for _ in range(rounds):
        for name, (function, calls) in functions.items():
            for _ in range(calls):
                began = time.perf_counter()
                function()
                samples[name].append(time.perf_counter() - began)
    return {name: statistics.median(values) * 1000 for name, values in samples.items()}


def cold_ms(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of fresh processes, interleaved, after one untimed run of each
    (so that every side has its bytecode cached, in a temporary folder)."""
    cache = tempfile.mkdtemp(prefix="casebook-bench-pyc-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    samples: dict[str, list[float]] = {name: [] for name in commands}
    try:
        for round_ in range(runs + 1):
            for name, command in commands.items():
                began = time.perf_counter()
                subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
                if round_:
                    samples[name].append(time.perf_counter() - began)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {name: statistics.median(values) * 1000 for name, values in samples.items()}


# ---- the libraries ------------------------------------------------------------------------


@contextlib.contextmanager
def pysbd_without_sen() -> Iterator[None]:
    """Temporarily drop "sen" from pysbd's English abbreviation lists (restored afterwards)."""
    from pysbd.lang.english import English

    lists = [English.Abbreviation.ABBREVIATIONS, English.Abbreviation.PREPOSITIVE_ABBREVIATIONS]
    removed = [(words, words.index("sen")) for words in lists if "sen" in words]
    for words, index in removed:
        del words[index]
    try:
        yield
    finally:
        for words, index in removed:
            words.insert(index, "sen")


def pysbd_sentences(text: str, body_start: int) -> list[Span]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    for piece in segmenter.segment(text[body_start:]):
        start, end = body_start + piece.start, body_start + piece.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def dateparser_timexes(text: str, body_start: int, dct: dt.date) -> list[dict[str, Any]]:
    """Dates found by dateparser; it gives no offsets, so each surface is re-found in order."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": "past"}
    parser = DateDataParser(languages=["en"], settings=settings)
    found, cursor = [], body_start
    for surface, _ in search_dates(text[body_start:], languages=["en"], settings=settings) or []:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        data = parser.get_date_data(surface)
        if data.date_obj is None:
            continue
        value = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(data.period, "%Y-%m-%d")
        found.append({"start": start, "end": cursor, "text": surface,
                      "value": data.date_obj.strftime(value), "granularity": data.period})
    return found


def library_pipeline(text: str, body_start: int, dct: dt.date) -> None:
    with pysbd_without_sen():
        pysbd_sentences(text, body_start)
    dateparser_timexes(text, body_start, dct)


def available(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# ---- accuracy -----------------------------------------------------------------------------


def f1(predicted: list[Span], gold: list[Span]) -> float:
    hits = len(set(predicted) & set(gold))
    return 2 * hits / (len(predicted) + len(gold)) if predicted or gold else 1.0


def timeml_extent(item: dict[str, Any], text: str) -> Span:
    """Drop a leading preposition and trailing non-date words (dateparser's "in September and")."""
    start, end = item["start"], item["end"]
    lowered = text[start:end].lower()
    for signal in SIGNALS:
        if lowered.startswith(signal):
            start += len(signal)
            break
    while text[start:end].rsplit(" ", 1)[-1] in {"and", "or", "the"} and " " in text[start:end]:
        end = start + text[start:end].rindex(" ")
    return start, end


def date_values(predicted: list[dict[str, Any]], gold: list[dict[str, Any]], text: str) -> str:
    """"right/gold": a gold date counts if an overlapping prediction has its value and granularity."""
    spans = [timeml_extent(p, text) for p in predicted]
    right = sum(
        any(s < g["end"] and g["start"] < e and (p["value"], p["granularity"]) == (g["value"], g["granularity"])
            for (s, e), p in zip(spans, predicted))
        for g in gold
    )
    return f"{right}/{len(gold)}"


def casebook_system() -> dict[str, Callable[..., Any]]:
    from casebook.parse.pipeline import parse_text

    def sentences(text: str, body_start: int, dct: dt.date) -> list[Span]:
        return [(s.start, s.end) for s in parse_text(text, date=dct).sentences]

    def timexes(text: str, body_start: int, dct: dt.date) -> list[dict[str, Any]]:
        return [dataclasses.asdict(t) for t in parse_text(text, date=dct).timexes if t.start >= body_start]

    return {"sentences": sentences, "timexes": timexes}


def accuracy(system: dict[str, Callable[..., Any]]) -> dict[str, str]:
    """Sentence F1 and date values on the article, the held-out story and the probe."""
    from casebook.parse.header import parse_header

    results: dict[str, str] = {}
    for name, path, gold_path in (("article", SOURCE, GOLD), ("held-out story", FIXTURE, FIXTURE_GOLD)):
        if not gold_path.exists():
            continue
        text = path.read_bytes().decode("utf-8")
        header = parse_header(text)
        assert header is not None
        body, dct = header.end, dt.date.fromisoformat(header.date)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "sentences" in system:
            predicted = system["sentences"](text, body, dct)
            expected = [(s["start"], s["end"]) for s in gold["sentences"]]
            results[f"{name}: sentences, exact-span F1"] = f"{f1(predicted, expected):.2f}"
        if "timexes" in system:
            body_gold = [t for t in gold["timexes"] if t["start"] >= body]
            results[f"{name}: date values"] = date_values(system["timexes"](text, body, dct), body_gold, text)
    items = probe_items()
    if "sentences" in system:
        counted = [i for i in items if "sentences" in i["expect"]]
        right = sum(
            len(system["sentences"](i["text"], 0, as_date(i["dct"]))) == i["expect"]["sentences"] for i in counted
        )
        results["probe: items with the right sentence count"] = f"{right}/{len(counted)}"
    if "timexes" in system:
        right = total = 0
        for item in (i for i in items if "timexes" in i["expect"]):
            predicted = system["timexes"](item["text"], 0, as_date(item["dct"]))
            got = {(p["text"], p["value"]) for p in predicted} | {
                (item["text"][slice(*timeml_extent(p, item["text"]))], p["value"]) for p in predicted
            }
            total += len(item["expect"]["timexes"])
            right += sum((g["text"], g["value"]) in got for g in item["expect"]["timexes"])
        results["probe: date values"] = f"{right}/{total}"
    return results


def probe_items() -> list[dict[str, Any]]:
    if not PROBE.exists() or not available("yaml"):
        return []
    import yaml

    return yaml.safe_load(PROBE.read_text(encoding="utf-8"))


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


# ---- measuring ----------------------------------------------------------------------------


def measure(runs: int, cold_runs: int) -> dict[str, Any]:
    from casebook import parse_article, parse_text
    from casebook.knowledge import load_annotations_dir
    from casebook.parse import (
        attribute_quotes, build_doc, coref_overrides, find_dates, find_names, find_speech, merge_mentions,
        parse_header, resolve_coreference,
    )
    from casebook.parse.segment import split_paragraphs, split_sentences
    from casebook.parse.timex import find_timexes

    text = SOURCE.read_bytes().decode("utf-8")
    header = parse_header(text)
    assert header is not None
    dct, body = dt.date.fromisoformat(header.date), header.end
    annotations = load_annotations_dir(ANNOTATIONS)
    doc = build_doc(text, header)
    sentences = doc.sentences
    overrides = coref_overrides(doc, annotations)
    names = find_names(doc, annotations, overrides)
    speech = find_speech(doc, names)
    resolutions = resolve_coreference(doc, names, speech, annotations, overrides)
    mentions = merge_mentions(doc, names, resolutions)
    libraries = available("pysbd") and available("dateparser")
    rounds = max(runs // 5, 10)
    timed: dict[str, tuple[Callable[[], object], int]] = {
        "whole parse": (lambda: parse_text(text, annotations=annotations), 5),
        "sentences + dates": (lambda: find_timexes(text, split_sentences(text, split_paragraphs(text, body)), dct), 5),
        "header": (lambda: parse_header(text), 5),
        "paragraphs + sentences": (lambda: split_sentences(text, split_paragraphs(text, body)), 5),
        "segment + tokens (Doc)": (lambda: build_doc(text, header), 5),
        "dates": (lambda: find_dates(doc, dct), 5),
        "names": (lambda: find_names(doc, annotations, coref_overrides(doc, annotations)), 5),
        "speech": (lambda: find_speech(doc, names), 5),
        "coreference": (lambda: resolve_coreference(doc, names, speech, annotations, overrides), 5),
        "quotations": (lambda: attribute_quotes(doc, speech, mentions, resolutions, annotations), 5),
        "parse_article(path)": (lambda: parse_article(SOURCE), 1),
    }
    if libraries:
        timed["library pipeline"] = (lambda: library_pipeline(text, body, dct), 1)
    medians = interleaved_ms(timed, rounds)
    python = [sys.executable]
    commands = {
        "python -c pass": [*python, "-c", "pass"],
        "import casebook": [*python, "-c", "import casebook"],
        "python -m casebook parse FILE --format json": [
            *python, "-m", "casebook", "parse", str(SOURCE), "--format", "json",
        ],
    }
    if libraries:
        commands |= {
            "import pysbd": [*python, "-c", "import pysbd"],
            "import dateparser": [*python, "-c", "import dateparser"],
            "pysbd + dateparser on the article": [*python, __file__, "--library-once", str(SOURCE)],
        }
    report: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "rounds": rounds, "cpu": cpu_name()},
        "median_ms": medians,
        "cold_start_ms": cold_ms(commands, cold_runs),
        "cold_runs": cold_runs,
        "accuracy": {"casebook": accuracy(casebook_system())},
        "corpus_median_ms": corpus_ms(),
    }
    if libraries:
        import dateparser
        import pysbd

        report["versions"] = {"pysbd": pysbd.__version__, "dateparser": dateparser.__version__}
        sentences_only = {"sentences": lambda t, b, d: pysbd_sentences(t, b)}
        report["accuracy"]["pysbd"] = accuracy(sentences_only)
        with pysbd_without_sen():
            report["accuracy"]["pysbd without Sen."] = accuracy(sentences_only)
        report["accuracy"]["dateparser"] = accuracy({"timexes": dateparser_timexes})
    return report


def corpus_ms(rounds: int = 10) -> dict[str, float]:
    """casebook with no annotations on every story of tests/corpus: per part, the median
    over stories of each story's median over ``rounds`` rounds (bench_corpus.py's measure)."""
    from bench_corpus import PARTS, casebook_parse, interleaved, load_stories

    stories = load_stories()
    per_story = interleaved(stories, {"casebook": casebook_parse}, rounds)["casebook"]
    part = {s.id: s.part for s in stories}
    return {p: statistics.median(v for s, v in per_story.items() if p in ("all", part[s])) for p in PARTS}


# ---- the report ---------------------------------------------------------------------------


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _ms(value: float) -> str:
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def markdown(report: dict[str, Any]) -> str:
    machine, ms, cold = report["machine"], report["median_ms"], report["cold_start_ms"]
    pipeline = ms.get("library pipeline")
    versions = report.get("versions", {})
    lines = [
        f"{report['date']}, Python {machine['python']}, {machine['platform']}, {machine['cpus']} CPUs."
        f" Medians over {machine['rounds']} interleaved rounds (5 calls per round for casebook's"
        f" layers, 1 for the libraries and `parse_article`); cold start: median of"
        f" {report['cold_runs']} fresh processes, bytecode cached.",
        "",
        _row("Same job: sentences + dates (article)", "casebook",
             f"pysbd {versions.get('pysbd', '')} + dateparser {versions.get('dateparser', '')}", "library ÷ casebook"),
        "|---|---|---|---|",
    ]
    if pipeline is None:
        lines.append(_row("median (ms)", _ms(ms["sentences + dates"]), "not installed", "—"))
    else:
        lines += [
            _row("median (ms)", _ms(ms["sentences + dates"]), _ms(pipeline),
                 f"{pipeline / ms['sentences + dates']:.0f}×"),
            _row("**whole parse, all six layers** (ms)", _ms(ms["whole parse"]), _ms(pipeline),
                 f"**{pipeline / ms['whole parse']:.0f}×**"),
        ]
    accuracy = report["accuracy"]
    library = {**accuracy.get("pysbd without Sen.", {}), **accuracy.get("dateparser", {})}
    for key, ours in accuracy["casebook"].items():
        lines.append(_row(key, ours, library.get(key, "—"), ""))
    if "pysbd" in accuracy:
        plain = "; ".join(f"{k.split(':')[0]} {v}" for k, v in accuracy["pysbd"].items())
        lines += ["", f"pysbd as shipped (\"Sen.\" = Senator) gets sentences: {plain}."]
    lines += ["", _row("Layer (annotations loaded)", "median (ms)"), "|---|---|"]
    for name, label in (
        ("header", "1. header line"),
        ("paragraphs + sentences", "2. paragraphs + sentences"),
        ("segment + tokens (Doc)", "2-3. the `Doc`: paragraphs, sentences and tokens, once"),
        ("dates", "4. dates (TIMEX3)"),
        ("names", "5. names: gazetteer, patterns, overrides"),
        ("speech", "6. speech: quotation marks paired, attributions"),
        ("coreference", "7. coreference: pronouns resolved"),
        ("quotations", "8. quotations: speakers named"),
        ("whole parse", "**whole parse** (`parse_text`)"),
        ("parse_article(path)", "`parse_article(path)`: also reads the file and loads the annotations"),
    ):
        lines.append(_row(label, _ms(ms[name])))
    lines += ["", _row("Cold start, fresh process", "median (ms)"), "|---|---|"]
    lines += [_row(f"`{name}`", _ms(value)) for name, value in cold.items()]
    corpus = report["corpus_median_ms"]
    lines += ["", _row("tests/corpus, whole parse, no annotations", "median ms per story"), "|---|---|"]
    lines += [_row(part, _ms(value)) for part, value in corpus.items()]
    lines += ["", "Accuracy on tests/corpus and textacy over spaCy side by side: `python benchmarks/bench_corpus.py`."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300, help="timed calls per casebook measure (default 300)")
    parser.add_argument("--cold-runs", type=int, default=7, help="fresh processes per command (default 7)")
    parser.add_argument("--json", metavar="PATH", type=Path, help="also write the figures as JSON to PATH")
    parser.add_argument("--library-once", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.library_once:  # one cold run of the library pipeline, for the cold-start measure
        text = Path(args.library_once).read_bytes().decode("utf-8")
        library_pipeline(text, 0, dt.date(2018, 1, 15))
        return
    report = measure(args.runs, max(args.cold_runs, 5))
    print(markdown(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
