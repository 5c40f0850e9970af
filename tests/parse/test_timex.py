"""Date expressions: anchoring rules, TimeML extents, and metamorphic checks on the article.

Every expected value below was worked out by hand from a calendar before the
code ran (2018-01-15 is a Monday; 2018-01-24 a Wednesday; 2018-03-01 a Thursday).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casebook import parse_text
from casebook.parse.segment import split_paragraphs, split_sentences
from casebook.parse.timex import (
    find_timexes,
    has_future_cue, tense_cue,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
)

MONDAY = dt.date(2018, 1, 15)


def timexes(text: str, dct: dt.date = MONDAY) -> list[tuple[str, str]]:
    found = find_timexes(text, split_sentences(text, split_paragraphs(text)), dct)
    for t in found:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.value) for t in found]


def article_values(text: str) -> dict[str, str]:
    article = parse_text(text)
    return {t.text: t.value for t in article.timexes}


# ---- the article itself -------------------------------------------------------------


def test_article_timexes_equal_gold(source_text: str, gold: dict[str, Any]) -> None:
    article = parse_text(source_text)
    expected = [(t["start"], t["end"], t["value"], t["granularity"]) for t in gold["timexes"]]
    assert [(t.start, t.end, t.value, t.granularity) for t in article.timexes] == expected


def test_article_rules_and_signals(source_text: str) -> None:
    found = {t.text: t for t in parse_text(source_text).timexes}
    assert found["2018-01-15"].rule == "document-creation-time"
    assert (found["November"].rule, found["November"].signal) == ("month-latest-past", "in")
    assert (found["September"].rule, found["September"].signal) == ("month-latest-past", "in")
    assert (found["July 29"].rule, found["July 29"].signal) == ("month-day-future-cue", "on")
    assert (found["Sunday"].rule, found["Sunday"].signal) == ("weekday-most-recent-past", "on")
    assert found["Saturday"].rule == "weekday-most-recent-past"
    assert all(t.type == "DATE" for t in found.values())
    assert (found["November"].paragraph, found["Sunday"].paragraph) == (2, 4)


# ---- metamorphic: change one thing, predict the new value ---------------------------


def test_dateline_moved_to_a_wednesday(source_text: str) -> None:
    moved = source_text.replace("date 2018-01-15", "date 2018-01-24", 1)
    values = article_values(moved)
    assert values["Sunday"] == "2018-01-21"  # the Sunday before Wednesday 24th
    assert values["Saturday"] == "2018-01-20"
    assert values["November"] == "2017-11"  # unchanged: still the latest November
    assert values["July 29"] == "2018-07-29"  # unchanged: "ahead of" points forward


def test_in_march_becomes_the_latest_march(source_text: str) -> None:
    values = article_values(source_text.replace("in November", "in March"))
    assert values["March"] == "2017-03"


def test_in_january_is_the_datelines_own_month(source_text: str) -> None:
    values = article_values(source_text.replace("in November", "in January"))
    assert values["January"] == "2018-01"


def test_july_29_in_a_past_clause_is_last_july(source_text: str) -> None:
    past = source_text.replace(
        "ahead of general elections on July 29", "since a speech he gave on July 29"
    )
    assert past != source_text
    assert article_values(past)["July 29"] == "2017-07-29"


def test_weekday_future_cue(source_text: str) -> None:
    future = source_text.replace("Sam Rainsy on Sunday said", "Sam Rainsy will speak on Sunday, said")
    assert article_values(future)["Sunday"] == "2018-01-21"


# ---- rules in isolation ---------------------------------------------------------------


def test_resolve_weekday() -> None:
    assert resolve_weekday(MONDAY, 6, future=False)[0] == "2018-01-14"  # Sunday before
    assert resolve_weekday(MONDAY, 0, future=False)[0] == "2018-01-15"  # "on Monday" = that day
    assert resolve_weekday(MONDAY, 1, future=False)[0] == "2018-01-09"  # Tuesday a week back
    assert resolve_weekday(MONDAY, 6, future=True)[0] == "2018-01-21"
    # "will meet on Monday" in a Monday story: that day (the corpus convention, tests/corpus/README.md)
    assert resolve_weekday(MONDAY, 0, future=True)[0] == "2018-01-15"


def test_resolve_month() -> None:
    assert resolve_month(MONDAY, 11, future=False) == ("2017-11", "month", "month-latest-past")
    assert resolve_month(MONDAY, 1, future=False)[0] == "2018-01"
    assert resolve_month(MONDAY, 7, future=True) == ("2018-07", "month", "month-future-cue")
    assert resolve_month(dt.date(2018, 11, 20), 2, future=True)[0] == "2019-02"


def test_resolve_month_day() -> None:
    assert resolve_month_day(MONDAY, 7, 29, future=False)[0] == "2017-07-29"
    assert resolve_month_day(MONDAY, 1, 15, future=False)[0] == "2018-01-15"
    assert resolve_month_day(MONDAY, 1, 16, future=False)[0] == "2017-01-16"
    assert resolve_month_day(MONDAY, 1, 14, future=True)[0] == "2019-01-14"
    assert resolve_month_day(dt.date(2018, 3, 1), 2, 29, future=False)[0] == "2016-02-29"
    assert resolve_month_day(MONDAY, 2, 30, future=False) is None
    assert resolve_month_day(MONDAY, 4, 31, future=True) is None


def test_future_cue_is_clause_and_sentence_bound() -> None:
    text = "Elections will be held in July, after the party was dissolved in November."
    assert timexes(text) == [("July", "2018-07"), ("November", "2017-11")]
    two = "Elections will be held. Party leaders met on Sunday."
    assert timexes(two) == [("Sunday", "2018-01-14")]


def test_nearest_tense_cue_wins() -> None:
    assert has_future_cue("ahead of the vote on ", 0, 21)
    assert not has_future_cue("ahead of the vote that was held on ", 0, 35)
    assert has_future_cue("The rally is scheduled for ", 0, 27)
    # A plan told in the past may have passed ("The report was due on January 14 but was
    # delayed"): the date is the occurrence nearest the story, not forced ahead.
    assert tense_cue("The rally was scheduled for ", 0, 28) == "near"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was signed on November 16, 2017.", [("November 16, 2017", "2017-11-16")]),
        ("It was signed on 16 November 2017.", [("16 November 2017", "2017-11-16")]),
        ("Talks resumed on Nov. 16.", [("Nov. 16", "2017-11-16")]),
        ("The decree, dated 2009-06-15, was published.", [("2009-06-15", "2009-06-15")]),
        ("The file named 2018-13-45 was lost.", []),
        ("The report covers March 2016.", [("March 2016", "2016-03")]),
        ("The party was founded in 2012.", [("2012", "2012")]),
        ("More than 2012 people came.", []),
        ("Prime Minister Theresa May said so.", []),
        ("The law passed in May.", [("May", "2017-05")]),
        ("Sundays are quiet.", []),
        ("He left yesterday and returns tomorrow.", [("yesterday", "2018-01-14"), ("tomorrow", "2018-01-16")]),
        ("Prices rose last week.", [("last week", "2018-W02")]),
        ("He met them last Monday.", [("last Monday", "2018-01-08")]),
        ("Results are due next year.", [("next year", "2019")]),
        ("The vote is next Sunday.", [("next Sunday", "2018-01-21")]),
    ],
)
def test_surface_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text) == expected


def test_extent_excludes_the_preposition() -> None:
    text = "It happened on Sunday."
    (found,) = find_timexes(text, split_sentences(text, split_paragraphs(text)), MONDAY)
    assert (found.text, found.signal, text[found.start - 3 : found.start]) == ("Sunday", "on", "on ")


def test_easter_sunday_agrees_with_dateutil() -> None:
    """The parser keeps no dependency, so it computes Easter itself; dateutil (installed with pandas
    for the book) is the independent check, over every year of the Gregorian calendar to 2400."""
    easter = pytest.importorskip("dateutil.easter")
    from casebook.parse.timex import easter_sunday
    assert all(easter_sunday(year) == easter.easter(year) for year in range(1583, 2401))
    assert all(easter_sunday(year).weekday() == 6 for year in range(1583, 2401))
