"""The Methods chapter's measures: scores against gold, benchmark figures, and trial sentences.

The scores are computed by the caller (``casebook.io.score_article`` and
``casebook.io.score_corpus``); this module only turns them into rows, so that
the book shows exactly what the command line prints. The benchmark figures are
read from the JSON files that ``benchmarks/bench_parse.py --json`` and
``benchmarks/bench_corpus.py --json`` wrote, because the comparison libraries are
not installed where the book is built. Trial sentences are parsed live, so that
a row says "wrong" only as long as the parser gets it wrong.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from casebook.parse import parse_text

Row = dict[str, Any]
PARTS = ("dev", "test", "all")


def percent(value: float) -> str:
    """A share as the command line prints it: ``89.7%``."""
    return f"{value:.1%}"


# ---------------------------------------------------------------------------------------------
# Scores


def layer_score_rows(scores: Mapping[str, Any]) -> list[Row]:
    """One row per layer of ``casebook.io.score_article``'s result (strict matching)."""
    return [{"layer": layer, "right (tp)": s.tp, "spurious (fp)": s.fp, "missed (fn)": s.fn,
             "precision": percent(s.precision), "recall": percent(s.recall), "F1": f"{s.f1:.3f}"}
            for layer, s in scores.items()]


def corpus_score_rows(score: Any) -> list[Row]:
    """One row per layer of a ``casebook.io.score_corpus`` result: the totals only, never a
    story's text (the test part is scored, not read)."""
    return [{"layer": layer, "right": t.right, "predicted": t.predicted, "gold": t.gold,
             "precision": percent(t.precision), "recall": percent(t.recall)}
            for layer, t in score.tallies.items()]


# ---------------------------------------------------------------------------------------------
# Benchmark results (committed JSON)


def load_benchmark(path: str | Path) -> dict[str, Any]:
    """A benchmark result file, with the path it came from under ``"file"``."""
    path = Path(path)
    report = json.loads(path.read_text(encoding="utf-8"))
    return {**report, "file": path.name}


def latest_benchmark(directory: str | Path, prefix: str) -> dict[str, Any]:
    """The newest ``PREFIX-YYYY-MM-DD.json`` or ``PREFIX-YYYY-MM-DD-rN.json`` in ``directory``,
    loaded: by the date in its name, then by the round ``N`` (a file with no round counts as
    round 0 of its day)."""
    named = re.compile(re.escape(prefix) + r"-(\d{4}-\d{2}-\d{2})(?:-r(\d+))?\.json")
    found = [(m.group(1), int(m.group(2) or 0), path) for path in Path(directory).glob(f"{prefix}-*.json")
             if (m := named.fullmatch(path.name))]
    files = [path for _, _, path in sorted(found)]
    if not files:
        raise FileNotFoundError(f"{directory}: no {prefix}-YYYY-MM-DD.json. Fix: run the benchmark with"
                                f" --json {Path(directory) / prefix}-$(date -I).json")
    return load_benchmark(files[-1])


def measured_on(report: Mapping[str, Any]) -> str:
    """When and where a benchmark ran, in one sentence."""
    machine = report["machine"]
    when = dt.date.fromisoformat(report["date"]).strftime("%-d %B %Y")
    system = str(machine["platform"]).split("-")[0]  # "Linux", not the kernel's full build name
    return (f"measured on {when} on {machine.get('cpu') or 'a machine'} with {machine['cpus']} CPUs,"
            f" {system}, Python {machine['python']}")


def speaker_model_rows(report: Mapping[str, Any]) -> list[Row]:
    """``speaker_model_score.py``: the rules, then the rules with the optional speaker model,
    on one part of the corpus: right, wrong and unknown speakers over all gold quotations."""
    rows = []
    for method in ("rules", "rules + speaker model"):
        result = report[method]
        speaker = result["layers"]["speaker"]
        rows.append({
            "method": method,
            "right speaker": f"{speaker['right']} of {speaker['gold']} ({percent(speaker['right'] / speaker['gold'])})",
            "wrong": result["wrong_speakers"], "unknown": result["unknown_speakers"],
        })
    return rows


def corpus_benchmark_rows(report: Mapping[str, Any]) -> list[Row]:
    """``bench_corpus.py``: per part and system, quotations found, right speakers and time,
    each system's time as a multiple of casebook's."""
    rows = []
    for part in PARTS:
        base = report["median_ms"]["casebook"][part]
        for system, figures in report["systems"].items():
            f = figures[part]
            ms = report["median_ms"][system][part]
            rows.append({
                "part": f"{part} ({f['stories']} stories)", "system": system,
                "quotations found": f"{f['quotes_found']} of {f['gold_quotes']}"
                                    f" ({percent(f['quotes_found'] / f['gold_quotes'])})",
                "right speaker": f"{f['right_speaker']} of {f['gold_quotes']}"
                                 f" ({percent(f['right_speaker'] / f['gold_quotes'])})",
                "speakers wrong / unknown": f"{f['wrong_speakers']} / {f['unknown_speakers']}",
                "median ms per story": f"{ms:.2f}",
                "time ÷ casebook": "1" if system == "casebook" else f"{ms / base:.0f}×",
            })
    return rows


def corpus_speed_ratio(report: Mapping[str, Any], system: str, part: str = "all") -> float:
    """How many times longer ``system`` takes per story than casebook (medians)."""
    return report["median_ms"][system][part] / report["median_ms"]["casebook"][part]


def parse_benchmark_rows(report: Mapping[str, Any]) -> list[Row]:
    """``bench_parse.py``: the job both do (sentences and dates) and the whole parse, in
    milliseconds, with the libraries' time as a multiple of casebook's, then accuracy."""
    ms, versions = report["median_ms"], report.get("versions", {})
    library = ms.get("library pipeline")
    name = f"pysbd {versions.get('pysbd', '?')} + dateparser {versions.get('dateparser', '?')}"
    rows = [
        {"measure": "sentences + dates, median ms", "casebook": f"{ms['sentences + dates']:.2f}",
         name: f"{library:.1f}" if library else "not measured",
         "library ÷ casebook": f"{library / ms['sentences + dates']:.0f}×" if library else "—"},
        {"measure": "whole parse (all layers), median ms", "casebook": f"{ms['whole parse']:.2f}",
         name: f"{library:.1f} (two layers only)" if library else "not measured",
         "library ÷ casebook": f"{library / ms['whole parse']:.0f}×" if library else "—"},
    ]
    accuracy = report["accuracy"]
    theirs = {**accuracy.get("pysbd without Sen.", {}), **accuracy.get("dateparser", {})}
    for measure, ours in accuracy["casebook"].items():
        rows.append({"measure": measure, "casebook": ours, name: theirs.get(measure, "—"), "library ÷ casebook": ""})
    return rows


# ---------------------------------------------------------------------------------------------
# Trials: sentences the rules may get wrong, parsed live


def trial_rows(trials: Sequence[Mapping[str, str]], *, date: str | dt.date) -> list[Row]:
    """Parse each trial sentence and compare one answer with what a careful reader says.

    A trial has ``text``, ``check`` (``sentences``, ``speaker``, ``cue`` or ``date``),
    ``phrase`` (words of the quotation or of the date expression to look at; not
    needed for ``sentences``) and ``want``: the number of sentences, the speaker's
    name (``unknown`` when the text does not name one), the cue (``none``) or
    ``words = value`` for a date. The parser's answer is computed here, so a trial
    that a later rule fixes shows as right.
    """
    rows = []
    for trial in trials:
        got = trial_answer(trial, date)
        rows.append({"sentence": trial["text"], "checked": trial["check"], "a reader says": trial["want"],
                     "the parser says": got, "right?": "yes" if got == trial["want"] else "no"})
    return rows


def trial_answer(trial: Mapping[str, str], date: str | dt.date) -> str:
    """The parser's answer to one trial, in the form of ``want``."""
    article = parse_text(trial["text"], date=date)
    check = trial["check"]
    if check == "sentences":
        return str(len(article.sentences))
    phrase = trial["phrase"]
    at = article.text.find(phrase)
    if at < 0:
        raise ValueError(f"trial phrase not in its sentence: {phrase!r}")
    if check == "date":
        found = [t for t in article.timexes if t.paragraph > 0 and t.start < at + len(phrase) and at < t.end]
        return " + ".join(f"{t.text} = {t.value}" for t in found) or "no date"
    quote = next((q for q in article.quotes if q.start < at + len(phrase) and at < q.end), None)
    if quote is None:
        return "no quotation"
    if check == "speaker":
        return quote.speaker if quote.speaker is not None else "unknown"
    if check == "cue":
        return quote.cue or "none"
    raise ValueError(f"unknown check {check!r}: use sentences, speaker, cue or date")
