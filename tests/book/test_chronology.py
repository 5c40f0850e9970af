"""The chronology chapter's tables, figure, stepper and self-check, on the real article.

The date table must agree with the parser for every expression (and with the
hand-made gold), the wire-date column must be computed by re-running the date
rules, and every figure of the chapter must carry a caption and real alt text.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import nbformat
import pytest

from casebook import load_case, parse_text
from casebook.book import (check_answer_html, date_questions, human_date, self_check, stepper, story_order_rows,
                           timeline_figure, timeline_html, timeline_views, timex_html, timex_rows)
from casebook.knowledge import load_timeline
from casebook.parse import build_doc, find_dates

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "reuters-2018-01-15.json"
CHAPTER = ROOT / "chapters" / "chronology.ipynb"


@pytest.fixture(scope="module")
def case():
    return load_case("reuters-2018-01-15", root=ROOT)


@pytest.fixture(scope="module")
def timeline(case):
    return load_timeline(case.paths.annotations_dir, case.article, case.annotations)


@pytest.fixture(scope="module")
def doc(case):
    article = case.article
    return build_doc(article.text, article.header, article.path)


def _rows(case, timeline, doc, date="2018-01-14"):
    return timex_rows(case.article, find_dates(doc, dt.date.fromisoformat(date)), date, timeline)


def test_every_date_in_the_table_is_the_parsers_value_and_the_golds(case, timeline, doc):
    rows = _rows(case, timeline, doc)
    parsed = {(t.start, t.end): t for t in parse_text(case.article.text).timexes}
    gold = {(t["start"], t["end"]): t for t in json.loads(GOLD.read_text(encoding="utf-8"))["timexes"]}
    assert len(rows) == len([t for t in parsed.values() if t.paragraph]) == 5
    for row in rows:
        timex = parsed[(row["start"], row["end"])]
        assert (row["value"], row["granularity"], row["rule"]) == (timex.value, timex.granularity, timex.rule)
        assert row["value"] == gold[(row["start"], row["end"])]["value"], row["expression"]
        assert row["reference"] == "2018-01-15"


def test_the_wire_date_column_is_computed_by_the_date_rules(case, timeline, doc):
    rows = _rows(case, timeline, doc)
    again = {(t.start, t.end): t.value for t in find_dates(doc, dt.date(2018, 1, 14))}
    assert all(row["other_value"] == again[(row["start"], row["end"])] for row in rows)
    assert not any(row["changed"] for row in rows)  # the words read the same against 14 January
    # A week later the weekdays move: proof that the column is computed, not copied.
    later = {row["text"]: row for row in _rows(case, timeline, doc, "2018-01-22")}
    assert later["Sunday"]["other_value"] == "2018-01-21" and later["Sunday"]["changed"]
    assert later["November"]["other_value"] == "2017-11"


def test_the_exact_dates_come_from_cited_sources(case, timeline, doc):
    rows = {row["text"]: row for row in _rows(case, timeline, doc)}
    assert rows["September"]["exact"] == "2017-09-03" and rows["September"]["sources"]
    assert rows["November"]["exact"] == "2017-11-16" and rows["November"]["sources"]
    html = timex_html(list(rows.values()), case.bibliography, caption="T")
    assert "source.html#p3" in html and "Sunday 3 September 2017" in html and "rfa.org" in html


def test_ahead_of_is_what_sends_july_29_forward(case):
    text = case.article.text
    assert [t.value for t in parse_text(text).timexes if t.text == "July 29"] == ["2018-07-29"]
    changed = parse_text(text.replace("ahead of general elections on", "with general elections on"))
    assert [t.value for t in changed.timexes if t.text == "July 29"] == ["2017-07-29"]


def test_timeline_table_shows_conflicts_and_precision(case, timeline):
    html = timeline_html(timeline, case.bibliography, caption="T")
    assert html.count("Sources differ.") == sum(e.has_conflict for e in timeline)
    assert "(month)" in html and "(day)" in html and "background only" in html


def test_story_order_maps_paragraphs_to_dates(timeline):
    rows = story_order_rows(timeline)
    assert [r["paragraph"] for r in rows] == sorted(r["paragraph"] for r in rows)
    assert rows[0]["paragraph"] == 1 and rows[0]["date"] == "2018-01-13"
    earliest = min(rows, key=lambda r: r["rank"])
    assert earliest["rank"] == 1 and earliest["paragraph"] == 6


def test_the_figure_draws_two_panels_over_every_event(case, timeline):
    import matplotlib.pyplot as plt

    fig = timeline_figure(timeline, case.article.timexes, zoom=("2017-08-01", "2018-03-01"))
    try:
        assert len(fig.axes) == 2
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert len(labels) == len(timeline)
        assert any("[sources differ]" in label for label in labels)
        assert any("(¶3)" in label for label in labels)
    finally:
        plt.close(fig)


def test_every_figure_of_the_chapter_has_a_name_caption_and_alt_text():
    nb = nbformat.read(CHAPTER, as_version=4)
    figures = [c.metadata["mystnb"] for c in nb.cells if "mystnb" in c.metadata]
    assert figures
    for meta in figures:
        assert meta["figure"]["name"].startswith("fig-")
        assert len(meta["figure"]["caption"].split()) >= 20
        assert len(meta["image"]["alt"].split()) >= 30


def test_stepper_views_mark_the_story_sentence_and_its_date(case, timeline):
    views = timeline_views(timeline, case.article, case.bibliography)
    assert len(views) == len(timeline)
    arrest = next(v for label, v in views.items() if "2017-09-03" in label)
    assert 'class="cb-step-date"' in arrest and ">September</mark>" in arrest
    assert 'class="cb-step-phrase"' in arrest and "source.html#p3" in arrest
    widget = stepper(views)
    choose, stack = widget.children[1], widget.children[2]
    assert len(stack.children) == len(views) and choose.index == 0
    nav = stack.children[1].children[1]
    assert nav.options[0][0] == "◀ Previous" and nav.options[2][0] == "Next ▶"


PRACTICE = """ date 2019-03-06 Reuters, BANGKOK

The court will rule on Friday. The minister resigned on Monday.

Parliament was dissolved in December. The vote is scheduled for May 26."""


def test_self_check_has_one_right_answer_per_question():
    questions = date_questions(parse_text(PRACTICE))
    assert [q["answer"] for q in questions] == ["2019-03-08", "2019-03-04", "2018-12", "2019-05-26"]
    for q in questions:
        rights = [label for label, feedback in q["choices"].items() if "Right." in feedback]
        assert rights == [human_date(q["answer"])]
        assert len(q["choices"]) >= 2
    box = self_check(questions)
    assert len(box.children) == len(questions)


def test_free_text_answers_are_checked_with_the_parser():
    practice = parse_text(PRACTICE)
    question = date_questions(practice)[0]

    def check(text):
        return check_answer_html(question, parse_text(f" date {practice.dct} Reuters, X\n\n{text}").timexes)

    assert "Right" in check("8 March 2019") and "Right" in check("2019-03-08")
    assert "Not yet" in check("1 March 2019")
    assert "No date" in check("as soon as possible")
