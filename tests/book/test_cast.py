"""The cast tables: every count recomputed independently, from the gold file and the source text.

The expected numbers never come from the parser: mentions, their kinds and
their paragraphs come from tests/gold/ (made by reading the article), and
the names of people are also counted directly in the source text.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd
import pytest

from casebook.knowledge.annotations import Actor, Annotations
from casebook.knowledge.case import load_case
from casebook.book.cast import (
    PEOPLE_AND_ORGANISATIONS,
    cast_frame,
    cast_html,
    mention_frame,
    short_name,
    wikidata_link,
)


@pytest.fixture(scope="module")
def case():
    return load_case("reuters-2018-01-15")


@pytest.fixture(scope="module")
def everyone(case) -> pd.DataFrame:
    return cast_frame(case.article, case.annotations, types=("person", "organisation", "group", "place"))


def _gold_paragraph(gold: dict[str, Any], offset: int) -> int:
    """The paragraph of a gold offset, from the gold sentences; before the first sentence is the header (0)."""
    for sentence in gold["sentences"]:
        if sentence["start"] <= offset < sentence["end"]:
            return sentence["paragraph"]
    assert offset < gold["sentences"][0]["start"], f"offset {offset} is in no gold sentence"
    return 0


def test_named_and_pronoun_counts_equal_the_gold_counts(everyone, gold):
    named = Counter(m["actor"] for m in gold["mentions"] if m["kind"] != "pronoun")
    pronouns = Counter(m["actor"] for m in gold["mentions"] if m["kind"] == "pronoun")
    for actor_id, row in everyone.iterrows():
        assert row["named"] == named[actor_id], actor_id
        assert row["pronouns"] == pronouns[actor_id], actor_id
        assert row["mentions"] == named[actor_id] + pronouns[actor_id], actor_id
    assert everyone["mentions"].sum() == len(gold["mentions"])


def test_first_paragraph_equals_the_gold_first_paragraph(everyone, gold):
    first: dict[str, int] = {}
    for m in gold["mentions"]:
        paragraph = _gold_paragraph(gold, m["start"])
        first[m["actor"]] = min(first.get(m["actor"], paragraph), paragraph)
    for actor_id, row in everyone.iterrows():
        assert row["first_paragraph"] == first[actor_id], actor_id


def test_quotation_counts_equal_the_gold_quotes(everyone, gold):
    quoted = Counter(q["speaker_actor"] for q in gold["quotes"])
    for actor_id, row in everyone.iterrows():
        assert row["quotes"] == quoted[actor_id], actor_id


def test_people_are_named_in_full_as_often_as_the_text_says(case, everyone, source_text):
    """Straight from the text: every person's full name, counted with a regular expression."""
    for actor in case.annotations.actors:
        if actor.type != "person":
            continue
        in_text = len(re.findall(rf"(?<!\w){re.escape(actor.label)}(?!\w)", source_text))
        assert everyone.loc[actor.id, "named"] == in_text, actor.id


def test_tables_hold_every_actor_once_with_annotation_facts(case, everyone):
    cast = cast_frame(case.article, case.annotations)
    places = cast_frame(case.article, case.annotations, types=("place",))
    ids = {a.id for a in case.annotations.actors}
    assert set(cast.index) | set(places.index) == ids
    assert not set(cast.index) & set(places.index)
    assert set(cast["type"]) <= set(PEOPLE_AND_ORGANISATIONS) and set(places["type"]) == {"place"}
    for actor in case.annotations.actors:
        row = everyone.loc[actor.id]
        assert (row["label"], row["side"], row["role"]) == (actor.label, actor.side, actor.role)
        assert (None if pd.isna(row["wikidata"]) else row["wikidata"]) == actor.wikidata
    assert list(cast["type"]) == sorted(cast["type"], key=["person", "organisation", "group"].index)


def test_written_as_lists_the_forms_in_the_text(everyone, gold):
    for actor_id, row in everyone.iterrows():
        forms = {m["text"] for m in gold["mentions"] if m["actor"] == actor_id and m["kind"] != "pronoun"}
        assert set(row["written_as"].split(" · ")) - {""} == forms, actor_id


def test_mention_frame_has_one_row_per_resolved_mention(case, gold):
    frame = mention_frame(case.article, case.annotations)
    assert len(frame) == len(gold["mentions"])
    assert (frame["text"] == [case.article.text[s:e] for s, e in zip(frame["start"], frame["end"])]).all()


# ------------------------------------------------------------------ HTML


def test_html_escapes_every_text_and_builds_links(case):
    frame = cast_frame(case.article, case.annotations).head(3).copy()
    frame.loc[frame.index[0], "label"] = "<script>alert(1)</script>"
    frame.loc[frame.index[0], "written_as"] = "A & B · <i>"
    html = cast_html(frame, caption="Table <1> & co", columns=("actor", "role", "first", "named"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;i&gt;" in html and "A &amp; B" in html
    assert "<caption>Table &lt;1&gt; &amp; co</caption>" in html
    assert html.count('<th scope="col"') == 4 and "<th></th>" not in html
    assert 'href="source.html#p2"' in html  # Hun Sen first appears in paragraph 2
    assert ">nan<" not in html


def test_missing_wikidata_gives_no_link_and_no_nan(case):
    frame = cast_frame(case.article, case.annotations)
    html = cast_html(frame, caption="t")
    assert html.count("https://www.wikidata.org/wiki/Q") == int(frame["wikidata"].notna().sum())
    assert ">nan<" not in html and "None" not in html
    assert wikidata_link(None) == "" and wikidata_link(float("nan")) == ""
    assert wikidata_link("Q5") == '<a href="https://www.wikidata.org/wiki/Q5" title="Wikidata item Q5">Q5</a>'


def test_dateline_is_shown_for_the_header(case):
    places = cast_frame(case.article, case.annotations, types=("place",))
    html = cast_html(places, caption="t", columns=("place", "first", "mentions"))
    assert "date\u00adline" in html


def test_short_names():
    person = Actor(id="p", label="Kem Sokha", type="person", names=("Kem Sokha",), aliases=("Sokha",))
    party = Actor(id="o", label="Some Long Party", type="organisation", names=("Some Long Party",), aliases=("SLP",))
    assert short_name(person) == "Kem Sokha"  # never a bare given or family name
    assert short_name(party) == "SLP"


def test_an_actor_never_mentioned_has_zero_counts_and_no_first_paragraph(case):
    extra = Actor(id="nobody", label="Nobody", type="person", names=("Nobody Here",), role="r",
                  side="neutral", sources=())
    annotations = Annotations((*case.annotations.actors, extra))
    frame = cast_frame(case.article, annotations)
    row = frame.loc["nobody"]
    assert (row["named"], row["pronouns"], row["quotes"]) == (0, 0, 0)
    assert pd.isna(row["first_paragraph"])
    assert "—" in cast_html(frame.loc[["nobody"]], caption="t")
