"""The Methods chapter's helpers (casebook/book/methods.py, method_scores.py, method_figures.py,
reuse.py) on small inputs, the committed benchmark results, and the chapter as committed."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import nbformat
import pytest

from casebook import BookPaths, parse_text
from casebook.book import (
    corpus_benchmark_rows, corpus_speed_ratio, date_rows, html_table, latest_benchmark, measured_on,
    mention_rows, parse_benchmark_rows, pipeline_rows, quote_rows, recall_figure, structure_examples,
    trial_rows, try_actor_edit, unknown_speaker_rows,
)
from casebook.knowledge import load_case

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results"
STORY = """ date 2019-03-06 Reuters, BANGKOK

Prime Minister Jane Doe said on Monday the vote would go ahead. “There is no reason to delay,” she told reporters.

“We will win,” said John Smith. “The people are with us.”

The court will rule on Friday, the lawyer said."""


def test_pipeline_rows_count_what_parse_text_finds() -> None:
    article = parse_text(STORY)
    rows = {row["stage"]: row for row in pipeline_rows(STORY)}
    assert list(rows) == ["header", "segment, tokens", "dates", "names", "speech", "coreference", "quotations"]
    assert rows["segment, tokens"]["found"] == f"{len(article.sentences)} sentences"
    assert rows["quotations"]["found"].startswith(f"{len(article.quotes)} ")
    assert rows["dates"]["found"].startswith(f"{sum(t.paragraph > 0 for t in article.timexes)} ")
    assert rows["coreference"]["first item"].startswith(f"{len(article.mentions)} mentions")


def test_html_table_escapes_and_labels_every_cell() -> None:
    table = html_table([{"a": "<b>", "b": None, "c": 0.5}], caption="Table 9. x & y")
    assert "<caption>Table 9. x &amp; y</caption>" in table
    assert '<td data-label="a">&lt;b&gt;</td>' in table
    assert '<td data-label="b">—</td>' in table and '<td data-label="c">50.0%</td>' in table


def test_quotation_and_date_rows_on_an_invented_story() -> None:
    article = parse_text(STORY)
    rows = quote_rows(article, kind="direct")
    assert [r["structure"] for r in rows] == ["QCSV", "QCVS", "CONT"]
    assert rows[0]["speaker"] == "Jane Doe" and rows[0]["written as"] == "she"
    assert [r["words (TIMEX3 extent)"] for r in date_rows(article)] == ["Monday", "Friday"]
    assert [r["value"] for r in date_rows(article)] == ["2019-03-04", "2019-03-08"]
    examples = structure_examples({"story": article}, ["QCVS", "SV:Q", "CONT"])
    assert [r["structure"] for r in examples] == ["QCVS", "CONT"]  # none of SV:Q: left out
    assert examples[0]["sentence"].startswith("“We will win,” said John Smith.")
    assert all(m["rule"] for m in mention_rows(article))


def test_unknown_speakers_are_listed_and_named_ones_are_not() -> None:
    article = parse_text(" date 2019-03-06 Reuters, BANGKOK\n\n“No,” the official said. “We will win,” said John Smith.")
    rows = unknown_speaker_rows({"s": article})
    assert [r["written as"] for r in rows] == ["the official"]


def test_trials_compare_the_live_answer_with_the_reader() -> None:
    trials = [
        {"text": "The court will rule on Friday.", "check": "date", "phrase": "Friday", "want": "Friday = 2019-03-08"},
        {"text": "The court will rule on Friday.", "check": "date", "phrase": "Friday", "want": "Friday = 2019-03-01"},
        {"text": "“Yes,” said John Smith.", "check": "speaker", "phrase": "Yes", "want": "John Smith"},
        {"text": "“Yes,” said John Smith.", "check": "cue", "phrase": "Yes", "want": "said"},
        {"text": "It rained. It stopped.", "check": "sentences", "want": "2"},
    ]
    assert [r["right?"] for r in trial_rows(trials, date="2019-03-06")] == ["yes", "no", "yes", "yes", "yes"]
    with pytest.raises(ValueError, match="not in its sentence"):
        trial_rows([{"text": "It rained.", "check": "date", "phrase": "Friday", "want": ""}], date="2019-03-06")
    with pytest.raises(ValueError, match="unknown check"):
        trial_rows([{"text": "“Yes,” he said.", "check": "verb", "phrase": "Yes", "want": ""}], date="2019-03-06")


def test_recall_figure_draws_one_bar_per_layer_and_group() -> None:
    import matplotlib.pyplot as plt

    fig = recall_figure({"a": {"x": 1.0, "y": 0.5}, "b": {"x": 0.25}})
    bars = [p for p in fig.axes[0].patches if (p.get_gid() or "").startswith("bar-")]
    assert len(bars) == 3
    assert [t.get_text() for t in fig.axes[0].texts] == ["100.0%", "50.0%", "25.0%"]
    plt.close(fig)


# ------------------------------------------------------------------ the committed benchmark results

@pytest.mark.parametrize("prefix", ["bench_corpus", "bench_parse"])
def test_a_benchmark_result_is_committed_with_its_date_and_machine(prefix: str) -> None:
    report = latest_benchmark(RESULTS, prefix)
    assert re.fullmatch(rf"{prefix}-{report['date']}(?:-r\d+)?\.json", report["file"])  # its name holds its date
    assert {"python", "platform", "cpus", "cpu"} <= set(report["machine"])
    assert report["versions"], "the libraries were not installed when this was measured"
    assert measured_on(report).startswith("measured on ")


def test_corpus_benchmark_rows_give_ratios_against_casebook() -> None:
    report = latest_benchmark(RESULTS, "bench_corpus")
    rows = corpus_benchmark_rows(report)
    assert {r["system"] for r in rows} == {"casebook", "textacy, whole story", "textacy, per paragraph"}
    for row in rows:
        if row["system"] != "casebook":
            part = row["part"].split()[0]
            assert row["time ÷ casebook"] == f"{corpus_speed_ratio(report, row['system'], part):.0f}×"


def test_parse_benchmark_rows_give_the_library_ratio() -> None:
    report = latest_benchmark(RESULTS, "bench_parse")
    ms = report["median_ms"]
    rows = parse_benchmark_rows(report)
    assert rows[0]["library ÷ casebook"] == f"{ms['library pipeline'] / ms['sentences + dates']:.0f}×"
    assert rows[1]["library ÷ casebook"] == f"{ms['library pipeline'] / ms['whole parse']:.0f}×"


def test_a_missing_benchmark_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Fix: run the benchmark"):
        latest_benchmark(tmp_path, "bench_corpus")


def test_the_newest_benchmark_file_wins(tmp_path: Path) -> None:
    for date in ("2026-01-02", "2026-11-30", "2025-12-31"):
        (tmp_path / f"bench_x-{date}.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    assert latest_benchmark(tmp_path, "bench_x")["date"] == "2026-11-30"


def test_a_later_round_of_the_same_day_wins(tmp_path: Path) -> None:
    """"-r12" after "-r10" after the day's plain file; other names are not benchmark results."""
    for name in ("bench_x-2026-12-01.json", "bench_x-2026-12-01-r10.json", "bench_x-2026-12-01-r12.json",
                 "bench_x-2026-11-30-r99.json", "bench_x-2026-12-01-draft.json"):
        (tmp_path / name).write_text(json.dumps({"date": name}), encoding="utf-8")
    assert latest_benchmark(tmp_path, "bench_x")["file"] == "bench_x-2026-12-01-r12.json"


# ------------------------------------------------------------------ the reuse guide's live errors

def test_an_edit_of_the_actor_file_gives_the_loaders_message_and_leaves_the_file_alone() -> None:
    paths = BookPaths.find(ROOT)
    actors = paths.annotations_dir / "actors.yaml"
    before = hashlib.sha256(actors.read_bytes()).hexdigest()
    message = try_actor_edit(paths, "reuters-2018-01-15", "side: government", "side: goverment")
    assert re.match(r"data/annotations/actors\.yaml:\d+: actor '\w+': side 'goverment'", message), message
    assert "Fix:" in message and "/tmp" not in message
    assert try_actor_edit(paths, "reuters-2018-01-15", "side: government", "side: government") == "no error"
    with pytest.raises(ValueError, match="does not occur"):
        try_actor_edit(paths, "reuters-2018-01-15", "no such words here", "x")
    assert hashlib.sha256(actors.read_bytes()).hexdigest() == before


# ------------------------------------------------------------------ the chapters as committed

METHODS = nbformat.read(ROOT / "chapters" / "methods.ipynb", as_version=4)
REUSE = nbformat.read(ROOT / "chapters" / "reuse.ipynb", as_version=4)


def _text(nb, kind: str) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == kind)


def test_the_chapters_never_import_the_comparison_libraries() -> None:
    for nb in (METHODS, REUSE):
        code = _text(nb, "code")
        assert not re.search(r"^\s*(from|import)\s+(textacy|spacy|pysbd|dateparser|en_core)", code, re.M)


def test_the_chapter_never_opens_the_test_part() -> None:
    code = _text(METHODS, "code")
    assert 'read_stories(CORPUS / "stories", DEV)' in code
    assert not re.search(r"""story_ids\(CORPUS, ["']test["']\)""", code)
    assert "misses" not in code.split("test_score")[1].split("\n")[0]


def test_figures_glue_and_solutions_in_the_methods_chapter() -> None:
    prose, code = _text(METHODS, "markdown"), _text(METHODS, "code")
    figures = [c.metadata["mystnb"] for c in METHODS.cells if c.cell_type == "code" and "mystnb" in c.metadata]
    assert figures, "the chapter has a figure"
    for f in figures:
        assert len(f["figure"]["caption"].split()) >= 15 and len(f["image"]["alt"].split()) >= 40
        assert f"{{numref}}`{f['figure']['name']}`" in prose
    used = set(re.findall(r"\{glue(?::md)?\}`([^`]+)`", prose))
    defined = set(re.findall(r"glue(?:_text)?\(f?[\"']([^\"'{]+)[\"']", code))
    defined |= {f"test_{name}{suffix}" for name in ("found", "speaker", "dates") for suffix in ("", "_n")}
    assert used and used <= defined, used - defined
    # words glued for the prose go through glue_text (Markdown), so that no quotation marks show
    assert not re.search(r"glue\(\"[^\"]+\", f\"", code)
    solutions = [c for c in METHODS.cells if "solution" in c.metadata.get("tags", [])]
    assert len([c for c in solutions if c.cell_type == "markdown"]) >= 3
    assert all("hide-cell" in c.metadata["tags"] for c in solutions if c.cell_type == "code")


def test_the_reuse_guide_names_the_commands_and_the_one_anchor_rule() -> None:
    prose = _text(REUSE, "markdown")
    for needed in ("python -m casebook new ARTICLE.txt DEST", "python -m casebook data --check", "make test",
                   "one anchor rule", "occurrence", "references.bib", "confidence-labels"):
        assert needed in prose, needed


def test_the_methods_case_parses(repo_root: Path) -> None:
    case = load_case("reuters-2018-01-15", root=repo_root)
    assert pipeline_rows(case.article.text, path=case.article.path, annotations=case.annotations)[-1]["found"]
