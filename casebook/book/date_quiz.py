"""Questions on resolving date expressions, with candidate answers and precomputed feedback.

A chapter parses a short practice text (with its own dateline) with
:func:`casebook.parse_text`, and passes the result here. Each date expression
becomes a question. The candidates are the readings that the date rules would
give under other assumptions (past instead of future, the other year), so each
wrong answer gets feedback that names the mistake. Nothing here parses text.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from casebook.book.chronology import explain_rule, human_date
from casebook.book.render_notes import esc
from casebook.model import Article, Timex
from casebook.parse.timex import MONTHS, WEEKDAYS, resolve_month, resolve_month_day, resolve_weekday


def _shift_year(value: str, years: int) -> str:
    return f"{int(value[:4]) + years}{value[4:]}"


def candidate_readings(timex: Timex, dct: dt.date) -> dict[str, str]:
    """{value: why a reader might choose it} for the readings the rules allow, the right one included."""
    words = timex.text.replace(",", " ").split()
    out: dict[str, str] = {timex.value: "right"}
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), None)
    if timex.granularity == "day" and weekday is not None and month is None:
        out.setdefault(resolve_weekday(dct, weekday, False)[0], "past")
        out.setdefault(resolve_weekday(dct, weekday, True)[0], "future")
        out.setdefault(dct.isoformat(), "dateline")
    elif month is not None and day is not None and timex.granularity == "day":
        for future in (False, True):
            reading = resolve_month_day(dct, month, day, future)
            if reading:
                out.setdefault(reading[0], "future" if future else "past")
        out.setdefault(_shift_year(timex.value, -1), "year")
        out.setdefault(_shift_year(timex.value, 1), "year")
    elif month is not None and timex.granularity == "month":
        out.setdefault(resolve_month(dct, month, False)[0], "past")
        out.setdefault(resolve_month(dct, month, True)[0], "future")
        out.setdefault(_shift_year(timex.value, -1), "year")
        out.setdefault(_shift_year(timex.value, 1), "year")
    return out


_WHY = {
    "past": "This is the reading for a past event, on or before the dateline. Is there a word before the"
            " date that points to the future (will, ahead of, next, scheduled)?",
    "future": "This is the reading for a future event, after the dateline. Is there a word that points to"
              " the future? If not, news dates point back to the most recent such day.",
    "dateline": "This is the dateline itself. Count from the dateline's day of the week.",
    "year": "Check the year: count from the dateline, not from today's date.",
}


def _sentence(article: Article, timex: Timex) -> str:
    sentence = next((s for s in article.sentences if s.start <= timex.start < s.end), None)
    if sentence is None:
        return esc(timex.text)
    return (esc(article.text[sentence.start:timex.start]) + f"<strong>{esc(timex.text)}</strong>"
            + esc(article.text[timex.end:sentence.end]))


def date_questions(article: Article) -> list[dict[str, Any]]:
    """One question per date expression of the body: prompt, choices (label -> feedback HTML), answer."""
    dct = dt.date.fromisoformat(article.dct)
    questions = []
    for timex in article.timexes:
        if timex.paragraph == 0:
            continue
        readings = candidate_readings(timex, dct)
        choices = {}
        for value in sorted(readings):
            label = human_date(value)
            if readings[value] == "right":
                feedback = (f"<p class='cb-right'><strong>Right.</strong> “{esc(timex.text)}” is"
                            f" {esc(label)} (<code>{esc(value)}</code>). Rule: {esc(explain_rule(timex.rule))}.</p>")
            else:
                feedback = f"<p class='cb-wrong'><strong>Not this one.</strong> {esc(_WHY[readings[value]])}</p>"
            choices[label] = feedback
        prompt = (f"Dateline: {esc(human_date(article.dct))}. “{_sentence(article, timex)}”"
                  f" What date is “{esc(timex.text)}”?")
        questions.append({"prompt": prompt, "choices": choices, "answer": timex.value,
                          "text": timex.text, "rule": timex.rule})
    return questions


def check_answer_html(question: dict[str, Any], answer: Sequence[Timex]) -> str:
    """Feedback on a free-text answer, given the date expressions found in it (header excluded)."""
    found = [t for t in answer if t.paragraph != 0]
    if not found:
        return ("<p class='cb-wrong'>No date found in your answer. Write a date such as"
                " <code>8 March 2019</code> or <code>2019-03-08</code>.</p>")
    value = found[0].value
    if value == question["answer"]:
        return (f"<p class='cb-right'><strong>Right:</strong> {esc(human_date(value))}."
                f" Rule: {esc(explain_rule(question['rule']))}.</p>")
    if question["answer"].startswith(value) or value.startswith(question["answer"]):
        return (f"<p class='cb-wrong'>Your answer, {esc(human_date(value))}, has another precision than the"
                " expression. Give the date at the precision the text gives.</p>")
    return f"<p class='cb-wrong'><strong>Not yet:</strong> {esc(human_date(value))} is not the date. Try again.</p>"
