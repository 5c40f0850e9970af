"""Time casebook's parser and compare it with pysbd and dateparser on the same text, same machine.

    python benchmarks/bench_parse.py [--runs 300] [--cold-runs 5] [--json]

* casebook: the whole parse (every layer) from text with the annotations
  already loaded, plus ``parse_article(path)`` including reading the file and
  loading the annotations, plus the sentence and date layers alone.
* pysbd (sentences), unpatched and with "sen" removed from its abbreviation
  lists (it treats "Hun Sen." as "Sen." = Senator, see research/nlp.md §1).
* dateparser (dates): ``search_dates`` with RELATIVE_BASE = the dateline and
  PREFER_DATES_FROM='past', granularity from ``DateDataParser.get_date_data``.
  It returns no offsets; we re-find each substring in order.
* Cold start: fresh processes (``python -m casebook parse FILE --format json``
  against a process that imports both libraries and runs them once).

Accuracy is measured against the hand-made gold of the article
(tests/gold/), the held-out fixture story (tests/fixtures/) and the probe
(tests/probe/), when present. pysbd and dateparser are optional (pip install
'.[compare]'); a missing one is reported as skipped. No assertions: this
reports, it does not judge.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data/source/reuters-2018-01-15.txt"
GOLD = ROOT / "tests/gold/reuters-2018-01-15.json"
FIXTURE = ROOT / "tests/fixtures/other-story.txt"
FIXTURE_GOLD = ROOT / "tests/fixtures/other-story.gold.json"
PROBE = ROOT / "tests/probe/reuters_style_probe.yaml"
SIGNALS = ("in ", "on ", "at ", "since ", "by ", "until ", "from ", "during ", "of ")
sys.path.insert(0, str(ROOT))

Span = tuple[int, int]


# ---- timing -----------------------------------------------------------------------------


def median_ms(run: Callable[[], object], runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples) * 1000


def cold_ms(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples) * 1000


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
        found.append(
            {"start": start, "end": cursor, "text": surface,
             "value": data.date_obj.strftime(value), "granularity": data.period}
        )
    return found


def available(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# ---- scoring ------------------------------------------------------------------------------


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


def timex_scores(predicted: list[dict[str, Any]], gold: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """Extent F1 (TimeML, after normalising library extents) and value accuracy over gold items.

    A gold date's value counts as right if an overlapping prediction has its value and granularity.
    """
    spans = [timeml_extent(p, text) for p in predicted]
    right = 0
    for g in gold:
        right += any(
            s < g["end"] and g["start"] < e and (p["value"], p["granularity"]) == (g["value"], g["granularity"])
            for (s, e), p in zip(spans, predicted)
        )
    return {
        "extent_f1": round(f1(spans, [(g["start"], g["end"]) for g in gold]), 3),
        "values_right": right,
        "gold": len(gold),
    }


def probe_items() -> list[dict[str, Any]]:
    if not PROBE.exists() or not available("yaml"):
        return []
    import yaml

    return yaml.safe_load(PROBE.read_text(encoding="utf-8"))


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


# ---- one system, every test text ----------------------------------------------------------


def casebook_system() -> dict[str, Callable[..., Any]]:
    from casebook.article import parse_text

    def sentences(text: str, body_start: int, dct: dt.date) -> list[Span]:
        return [(s.start, s.end) for s in parse_text(text, date=dct).sentences]

    def timexes(text: str, body_start: int, dct: dt.date) -> list[dict[str, Any]]:
        found = parse_text(text, date=dct).timexes
        return [dataclasses.asdict(t) for t in found if t.start >= body_start]

    return {"sentences": sentences, "timexes": timexes}


def accuracy(system: dict[str, Callable[..., Any]], needs: str) -> dict[str, Any]:
    """Scores of one system on the article, the fixture story and the probe."""
    from casebook.header import parse_header

    results: dict[str, Any] = {}
    for name, path, gold_path in (("article", SOURCE, GOLD), ("fixture", FIXTURE, FIXTURE_GOLD)):
        if not gold_path.exists():
            continue
        text = path.read_bytes().decode("utf-8")
        header = parse_header(text)
        assert header is not None
        body, dct = header.end, dt.date.fromisoformat(header.date)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if needs == "sentences":
            predicted = system["sentences"](text, body, dct)
            expected = [(s["start"], s["end"]) for s in gold["sentences"]]
            results[f"{name}_sentences_f1"] = round(f1(predicted, expected), 3)
        else:
            body_gold = [t for t in gold["timexes"] if t["start"] >= body]
            results[f"{name}_dates"] = timex_scores(system["timexes"](text, body, dct), body_gold, text)
    items = probe_items()
    if needs == "sentences":
        counted = [i for i in items if "sentences" in i["expect"]]
        results["probe_sentence_counts_right"] = sum(
            len(system["sentences"](i["text"], 0, as_date(i["dct"]))) == i["expect"]["sentences"]
            for i in counted
        )
        results["probe_items_with_counts"] = len(counted)
    else:
        right = total = 0
        for item in (i for i in items if "timexes" in i["expect"]):
            predicted = system["timexes"](item["text"], 0, as_date(item["dct"]))
            got = {(p["text"], p["value"]) for p in predicted} | {
                (item["text"][slice(*timeml_extent(p, item["text"]))], p["value"]) for p in predicted
            }
            total += len(item["expect"]["timexes"])
            right += sum((g["text"], g["value"]) in got for g in item["expect"]["timexes"])
        results["probe_dates"] = {"values_right": right, "gold": total}
    return results


# ---- the report ---------------------------------------------------------------------------


def library_once(path: str) -> None:
    """One cold run of the library pipeline (used by the cold-start measurement)."""
    text = Path(path).read_bytes().decode("utf-8")
    with pysbd_without_sen():
        pysbd_sentences(text, 0)
    dateparser_timexes(text, 0, dt.date.today())


def measure(runs: int, cold_runs: int) -> dict[str, Any]:
    from casebook.article import load_annotations_dir, parse_article, parse_text
    from casebook.header import parse_header
    from casebook.mentions import find_mentions
    from casebook.quotes import find_quotes
    from casebook.segment import split_paragraphs, split_sentences
    from casebook.timex import find_timexes

    text = SOURCE.read_bytes().decode("utf-8")
    header = parse_header(text)
    assert header is not None
    dct, body = dt.date.fromisoformat(header.date), header.end
    annotations_dir = ROOT / "data/annotations"
    annotations = load_annotations_dir(annotations_dir) if annotations_dir.is_dir() else None
    sentences = split_sentences(text, split_paragraphs(text, body))
    mentions = find_mentions(text, sentences, annotations)
    few = max(runs // 5, 20)
    cli = [sys.executable, "-m", "casebook", "parse", str(SOURCE), "--format", "json"]
    report: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "runs": runs},
        "casebook": {
            "parse_ms": median_ms(lambda: parse_text(text, annotations=annotations), runs),
            "parse_article_path_ms": median_ms(lambda: parse_article(SOURCE), few),
            "sentences_ms": median_ms(lambda: split_sentences(text, split_paragraphs(text, body)), runs),
            "timexes_ms": median_ms(lambda: find_timexes(text, sentences, dct), runs),
            "sentences_and_timexes_ms": median_ms(
                lambda: find_timexes(text, split_sentences(text, split_paragraphs(text, body)), dct), runs
            ),
            "mentions_ms": median_ms(lambda: find_mentions(text, sentences, annotations), few),
            "quotes_ms": median_ms(lambda: find_quotes(text, sentences, mentions, annotations), few),
            "cold_start_ms": cold_ms(cli, cold_runs),
            "accuracy": accuracy(casebook_system(), "sentences") | accuracy(casebook_system(), "timexes"),
        },
        "python_startup_ms": cold_ms([sys.executable, "-c", "pass"], cold_runs),
    }
    lib_runs = max(runs // 6, 10)
    if available("pysbd"):
        import pysbd

        plain = {"sentences": lambda t, b, d: pysbd_sentences(t, b)}
        report["pysbd"] = {
            "version": pysbd.__version__,
            "sentences_ms": median_ms(lambda: pysbd_sentences(text, body), lib_runs),
            "accuracy": accuracy(plain, "sentences"),
        }
        with pysbd_without_sen():
            report["pysbd_no_sen"] = {
                "sentences_ms": median_ms(lambda: pysbd_sentences(text, body), lib_runs),
                "accuracy": accuracy(plain, "sentences"),
            }
    if available("dateparser"):
        import dateparser

        system = {"timexes": dateparser_timexes}
        report["dateparser"] = {
            "version": dateparser.__version__,
            "timexes_ms": median_ms(lambda: dateparser_timexes(text, body, dct), lib_runs),
            "accuracy": accuracy(system, "timexes"),
        }
    if "pysbd" in report and "dateparser" in report:
        def pipeline() -> None:
            with pysbd_without_sen():
                pysbd_sentences(text, body)
            dateparser_timexes(text, body, dct)

        report["library_pipeline"] = {
            "parse_ms": median_ms(pipeline, lib_runs),
            "cold_start_ms": cold_ms([sys.executable, __file__, "--library-once", str(SOURCE)], cold_runs),
        }
    return report


def ratio(slow: float, fast: float) -> str:
    return f"{slow / fast:,.0f}×" if fast else "—"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _speed_rows(report: dict[str, Any]) -> list[str]:
    ours = report["casebook"]
    rows = [
        _row("whole parse, all layers, annotations preloaded (ms)", f"{ours['parse_ms']:.3f}", "—", "—"),
        _row("parse_article(path) incl. read + annotations (ms)", f"{ours['parse_article_path_ms']:.3f}", "—", "—"),
        _row("of which: mentions / quotes layers (ms)",
             f"{ours['mentions_ms']:.3f} / {ours['quotes_ms']:.3f}", "—", "—"),
    ]
    if "pysbd" in report:
        plain, patched = report["pysbd"]["sentences_ms"], report["pysbd_no_sen"]["sentences_ms"]
        rows.append(_row("sentences (ms)", f"{ours['sentences_ms']:.3f}",
                         f"pysbd {plain:.2f} / no-sen {patched:.2f}", ratio(patched, ours["sentences_ms"])))
    if "dateparser" in report:
        theirs = report["dateparser"]["timexes_ms"]
        rows.append(_row("dates (ms)", f"{ours['timexes_ms']:.3f}", f"dateparser {theirs:.2f}",
                         ratio(theirs, ours["timexes_ms"])))
    python = f"bare python {report['python_startup_ms']:.0f}"
    if "library_pipeline" not in report:
        return [*rows, _row(f"cold start (ms; {python})", f"{ours['cold_start_ms']:.0f}", "skipped", "—")]
    pipe = report["library_pipeline"]
    two = ours["sentences_and_timexes_ms"]
    return [
        *rows,
        _row("same two layers: sentences + dates (ms)", f"{two:.3f}",
             f"pysbd no-sen + dateparser {pipe['parse_ms']:.2f}", ratio(pipe["parse_ms"], two)),
        _row("whole parse (6 layers) vs the 2-layer library pipeline (ms)", f"{ours['parse_ms']:.3f}",
             f"{pipe['parse_ms']:.2f}", ratio(pipe["parse_ms"], ours["parse_ms"])),
        _row(f"cold start, fresh process (ms; {python})", f"{ours['cold_start_ms']:.0f}",
             f"{pipe['cold_start_ms']:.0f}", ratio(pipe["cold_start_ms"], ours["cold_start_ms"])),
    ]


def _accuracy_cell(report: dict[str, Any], system: str, key: str) -> str:
    value = report.get(system, {}).get("accuracy", {}).get(key)
    if value is None:
        return "—"
    if isinstance(value, dict):
        extent = f", extent F1 {value['extent_f1']:.2f}" if "extent_f1" in value else ""
        return f"{value['values_right']}/{value['gold']} values{extent}"
    return str(value)


def markdown(report: dict[str, Any]) -> str:
    machine = report["machine"]
    counted = report["casebook"]["accuracy"].get("probe_items_with_counts")
    lines = [
        f"Python {machine['python']} on {machine['platform']}; medians of {machine['runs']} runs"
        " (libraries: fewer); cold start = median of fresh processes.",
        "",
        _row("Measure", "casebook", "library", "library ÷ casebook"),
        "|---|---|---|---|",
        *_speed_rows(report),
        "",
        _row("Accuracy", "casebook", "pysbd", "pysbd no-sen", "dateparser (past)"),
        "|---|---|---|---|---|",
    ]
    for key, label in (
        ("article_sentences_f1", "article sentences, exact-span F1"),
        ("fixture_sentences_f1", "held-out story sentences, F1"),
        ("probe_sentence_counts_right", f"probe items with the right sentence count (of {counted})"),
        ("article_dates", "article dates (body)"),
        ("fixture_dates", "held-out story dates (body)"),
        ("probe_dates", "probe dates"),
    ):
        systems = ("casebook", "pysbd", "pysbd_no_sen", "dateparser")
        lines.append(_row(label, *(_accuracy_cell(report, system, key) for system in systems)))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--library-once", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.library_once:
        library_once(args.library_once)
        return
    report = measure(args.runs, args.cold_runs)
    print(json.dumps(report, indent=2) if args.json else markdown(report))


if __name__ == "__main__":
    main()
