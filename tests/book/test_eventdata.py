"""The event-data views: counts of distinct events, the dataset comparison, the matrix figure, the exercise."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook import load_case
from casebook.book import (coding_html, coding_questions, coding_rows, dataset_counts, dataset_rows,
                           event_matrix)
from casebook.knowledge import load_coding_exercise, load_event_codes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def case():
    return load_case("reuters-2018-01-15", root=ROOT)


@pytest.fixture(scope="module")
def codes(case):
    return load_event_codes(case.paths.annotations_dir, case.annotations)


def test_counts_use_distinct_events(case, codes):
    counts = dataset_counts(case.events, codes)
    distinct = case.events.distinct()
    assert counts["distinct"] == len(distinct) < len(case.events)
    assert counts["cameo"] == sum(1 for e in distinct if e.cameo)
    assert counts["verbal"] + counts["material"] == counts["cameo"]
    assert len(dataset_rows(case.events, codes)) == counts["distinct"]
    assert counts["plover"] < counts["cameo"] and counts["acled"] < counts["plover"]


def test_a_verbal_demand_is_cameo_but_not_acled(case, codes):
    rows = {r["id"]: r for r in dataset_rows(case.events, codes)}
    demand = next(e for e in case.events.distinct() if e.cameo == "1053")
    assert rows[demand.id]["cameo"].startswith("1053") and rows[demand.id]["acled"] == "not recorded"
    statement = next(e for e in case.events.distinct() if e.cameo and e.cameo.startswith("01"))
    assert rows[statement.id]["plover"].startswith("not coded")


def test_coding_table_has_every_entry_and_labels(case, codes):
    rows = coding_rows(case.events, case.annotations, codes)
    assert len(rows) == len(case.events)
    assert all(r["label"] == codes.label(r["cameo"]) for r in rows if r["cameo"])
    html = coding_html(rows, caption="Table 1. x")
    assert "<caption>Table 1. x</caption>" in html and "KHMELI" in html and "not counted again" in html


def test_matrix_draws_one_box_per_distinct_event_with_hatching(case, codes):
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    fig = event_matrix(case.events, case.annotations, codes)
    ax = fig.axes[0]
    boxes = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(boxes) == len(case.events.distinct())
    hatches = {p.get_hatch() for p in boxes}
    assert len(hatches) >= 3  # classes differ by more than colour
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"Verbal cooperation", "Verbal conflict", "Material conflict"} <= set(labels)
    plt.close(fig)


def test_exercise_answers_come_from_the_events(case, codes):
    questions = load_coding_exercise(case.paths.annotations_dir, case.events, codes)
    by_id = {e.id: e for e in case.events}
    assert len({q.event for q in questions}) == 2
    for q in questions:
        reference = [c for c in q.choices if c.verdict == "reference"]
        assert len(reference) == 1 and reference[0].answer == getattr(by_id[q.event], q.field)
    views = coding_questions(questions, case.events, codes)
    assert all(by_id[q.event].sentence[:20] in v["prompt"] or "&" in v["prompt"] for q, v in zip(questions, views))
    assert all(any("Reference coding." in f for f in v["choices"].values()) for v in views)


def test_the_chapter_figure_has_name_caption_and_alt_text():
    nb = json.loads((ROOT / "chapters" / "eventdata.ipynb").read_text(encoding="utf-8"))
    figures = [c["metadata"]["mystnb"] for c in nb["cells"] if "mystnb" in c.get("metadata", {})]
    assert figures and all(f["figure"]["name"] and f["figure"]["caption"] for f in figures)
    assert all(len(f["image"]["alt"]) > 200 for f in figures)
    solutions = [c for c in nb["cells"] if "solution" in c.get("metadata", {}).get("tags", [])]
    assert solutions and any("dropdown" in "".join(c["source"]) for c in solutions)
    assert any("STARTER" in "".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
