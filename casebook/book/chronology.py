"""Tables and views of a story's chronology: its date expressions and its timeline.

Everything here reads parsed items (:class:`~casebook.model.Timex`) and the
curated :class:`~casebook.knowledge.timeline.Timeline`; nothing parses text.
A chapter that wants the same words read against another reference date runs
:func:`casebook.parse.find_dates` again over the same ``Doc`` and passes both
results in. HTML is escaped here; citations link to the URLs of
``references.bib`` (see :mod:`casebook.book.render_notes`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from casebook.book.links import paragraph_link
from casebook.book.render_notes import esc, sources_line
from casebook.knowledge.bib import BibEntry
from casebook.knowledge.timeline import Timeline, TimelineEvent
from casebook.model import Article, Timex

if TYPE_CHECKING:
    import pandas

RULES: dict[str, str] = {
    "document-creation-time": "the header's date: the reference date itself",
    "weekday-most-recent-past": "a weekday with no word that points to the future: the latest such day"
                                " on or before the reference date",
    "weekday-future-cue": "a weekday after a word that points to the future (will, ahead of, next):"
                          " the first such day after the reference date",
    "month-latest-past": "a month without a year and with no future word: the latest such month"
                         " not after the reference date's month",
    "month-future-cue": "a month after a future word: the first such month not before the reference month",
    "month-day-latest-past": "a month and day after a past word: the latest such date on or before"
                             " the reference date",
    "month-day-future-cue": "a month and day after a future word (ahead of, will, scheduled): the first"
                            " such date on or after the reference date",
    "month-day-nearest": "a month and day with no tense word: the occurrence nearest the reference date",
    "month-day-year-explicit": "written with its year: taken as written",
    "month-year-explicit": "written with its year: taken as written",
    "year-explicit": "a year: taken as written",
    "iso-date": "written as an ISO date: taken as written",
    "deictic-today": "today: the reference date",
    "deictic-yesterday": "yesterday: the day before the reference date",
    "deictic-tomorrow": "tomorrow: the day after the reference date",
}
PRECISION_LABELS = {"day": "day", "month": "month", "year": "year", "week": "week"}


def explain_rule(rule: str) -> str:
    """A rule name of the date parser in plain words (the name itself when it has no explanation)."""
    return RULES.get(rule, rule.replace("-", " "))


def human_date(value: str) -> str:
    """An ISO date prefix as words: for example ``Sunday 14 January 2018``, ``November 2017``, ``2016``."""
    parts = value.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(value)
        return f"{day:%A} {day.day} {day:%B %Y}"
    if len(parts) == 2 and not parts[1].startswith("W"):
        return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
    return value


def _phrase(article_text: str, timex: Timex) -> str:
    return f"{timex.signal} {timex.text}" if timex.signal else timex.text


def timex_rows(article: Article, other: Sequence[Timex], other_date: str,
               timeline: Timeline | None = None) -> list[dict[str, Any]]:
    """One row per date expression of the body: how it resolves against the article's date and
    against ``other_date`` (``other`` is ``find_dates`` over the same ``Doc`` with that date),
    and the exact date from the timeline's sources where the story gives only a month."""
    by_span = {(t.start, t.end): t for t in other}
    rows = []
    for timex in article.timexes:
        if timex.paragraph == 0:
            continue
        alt = by_span.get((timex.start, timex.end))
        event = timeline.event_at(timex.start, timex.end) if timeline else None
        rows.append({
            "expression": _phrase(article.text, timex), "text": timex.text, "paragraph": timex.paragraph,
            "start": timex.start, "end": timex.end,
            "reference": article.dct, "value": timex.value, "granularity": timex.granularity,
            "rule": timex.rule, "other_reference": other_date,
            "other_value": alt.value if alt else None, "other_rule": alt.rule if alt else None,
            "changed": alt is None or alt.value != timex.value,
            "event": event.id if event else None, "exact": event.date if event else None,
            "exact_precision": event.precision if event else None,
            "sources": event.sources if event else (), "confidence": event.confidence if event else None,
        })
    return rows


def timex_frame(article: Article, other: Sequence[Timex], other_date: str,
                timeline: Timeline | None = None) -> pandas.DataFrame:
    """:func:`timex_rows` as a DataFrame."""
    import pandas

    return pandas.DataFrame(timex_rows(article, other, other_date, timeline))


def _days_before(value: str, reference: str) -> str:
    if len(value) != 10:
        return ""
    days = (dt.date.fromisoformat(reference) - dt.date.fromisoformat(value)).days
    if days == 0:
        return "the same day"
    return f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'before' if days > 0 else 'after'}"


def timex_html(rows: Sequence[Mapping[str, Any]], bib: Mapping[str, BibEntry], *, caption: str) -> str:
    """The date-expression table: one row per expression, links to the paragraph, rule in words."""
    head = ("<tr><th scope='col'>Expression (¶)</th><th scope='col'>Read against</th>"
            "<th scope='col'>Value (precision)</th><th scope='col'>Rule</th>"
            "<th scope='col'>Read against the wire date</th><th scope='col'>Exact date from sources</th></tr>")
    body = []
    for row in rows:
        other = row["other_value"] or "not found"
        change = "no change" if not row["changed"] else "<strong>changes</strong>"
        exact = "—"
        if row["exact"]:
            exact = (f"{esc(human_date(row['exact']))}<br><small>{sources_line(row['sources'], bib)}"
                     f" · Confidence: {esc(row['confidence'])}</small>")
        body.append(
            "<tr>"
            f"<td>“{esc(row['expression'])}” ({paragraph_link(row['paragraph'])})</td>"
            f"<td>{esc(human_date(row['reference']))}</td>"
            f"<td><code>{esc(row['value'])}</code> ({esc(row['granularity'])})<br>"
            f"<small>{esc(human_date(row['value']))}; {esc(_days_before(row['value'], row['reference']))}</small></td>"
            f"<td><code>{esc(row['rule'])}</code>: {esc(explain_rule(row['rule']))}</td>"
            f"<td><code>{esc(other)}</code>, {change}<br>"
            f"<small>{esc(_days_before(row['other_value'] or '', row['other_reference']))}</small></td>"
            f"<td>{exact}</td>"
            "</tr>"
        )
    return (f"<table class='cb-timexes'><caption>{esc(caption)}</caption><thead>{head}</thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def timeline_rows(timeline: Timeline) -> list[dict[str, Any]]:
    """One row per event: the fields of the timeline, flattened for a table or a CSV file."""
    rows = []
    for event in timeline:
        rows.append({
            "id": event.id, "date": event.date, "precision": event.precision, "title": event.title,
            "kind": "story" if event.in_story else "background",
            "paragraphs": " ".join(str(m.paragraph) for m in event.story),
            "phrases": " | ".join(m.phrase for m in event.story),
            "date_phrases": " | ".join(m.date_phrase for m in event.story if m.date_phrase),
            "actors": " ".join(event.actors), "place": event.place or "",
            "text": event.text, "sources": " ".join(event.sources), "confidence": event.confidence,
            "alternatives": " | ".join(
                f"{a.date}{' ' + a.place if a.place else ''} ({' '.join(a.sources)})" for a in event.alternatives),
            "conflict_note": event.conflict_note,
        })
    return rows


def _conflict_html(event: TimelineEvent, bib: Mapping[str, BibEntry]) -> str:
    if not event.has_conflict:
        return ""
    others = "; ".join(
        f"{esc(human_date(a.date))}{', ' + esc(a.place) if a.place else ''} ({sources_line(a.sources, bib, lead='per')})"
        for a in event.alternatives)
    return f"<p class='cb-conflict'><strong>Sources differ.</strong> {esc(event.conflict_note)} Other date: {others}.</p>"


def timeline_html(timeline: Timeline, bib: Mapping[str, BibEntry], *, caption: str) -> str:
    """The timeline as a table: date and precision, event, where the story reports it, sources."""
    head = ("<tr><th scope='col'>Date (precision)</th><th scope='col'>Event</th>"
            "<th scope='col'>In the story</th><th scope='col'>Sources and confidence</th></tr>")
    body = []
    for event in timeline:
        where = ", ".join(paragraph_link(m.paragraph) for m in event.story) or "background only"
        date = esc(human_date(event.date))
        if event.has_conflict:
            date += "<br><small>or " + "; or ".join(esc(human_date(a.date)) for a in event.alternatives) + "</small>"
        body.append(
            f"<tr><td>{date} ({esc(event.precision)})</td>"
            f"<td><strong>{esc(event.title)}</strong>{' (' + esc(event.place) + ')' if event.place else ''}"
            f"<br>{esc(event.text)}{_conflict_html(event, bib)}</td>"
            f"<td>{where}</td>"
            f"<td>{sources_line(event.sources, bib)}<br>Confidence: <strong>{esc(event.confidence)}</strong></td></tr>"
        )
    return (f"<table class='cb-timeline'><caption>{esc(caption)}</caption><thead>{head}</thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def story_order_rows(timeline: Timeline) -> list[dict[str, Any]]:
    """Each story mention in the order the story tells it, with the event's date and its rank in time."""
    mentions = sorted(((m.paragraph, m.start, m, event) for event in timeline for m in event.story),
                      key=lambda item: (item[0], item[1]))
    dates = sorted({event.date for *_, event in mentions})
    return [{"paragraph": paragraph, "phrase": mention.phrase, "event": event.title, "id": event.id,
             "date": event.date, "precision": event.precision, "rank": dates.index(event.date) + 1}
            for paragraph, _, mention, event in mentions]


def story_order_html(rows: Sequence[Mapping[str, Any]], *, caption: str) -> str:
    """The story's order against the order of events in time (rank 1 = earliest)."""
    head = ("<tr><th scope='col'>¶</th><th scope='col'>The story says</th>"
            "<th scope='col'>Event date</th><th scope='col'>Order in time</th></tr>")
    body = "".join(
        f"<tr><td>{paragraph_link(r['paragraph'])}</td><td>“{esc(r['phrase'])}”</td>"
        f"<td>{esc(human_date(r['date']))}</td><td>{r['rank']}</td></tr>" for r in rows)
    return (f"<table class='cb-story-order'><caption>{esc(caption)}</caption><thead>{head}</thead>"
            f"<tbody>{body}</tbody></table>")


_PHRASE_STYLE = "background: #FFF3B0; color: #111; padding: 0 0.1em"
_DATE_STYLE = "background: none; color: #111; border: 2px solid #0072B2; padding: 0 0.15em; font-weight: 600"


def _marked_sentence(article: Article, start: int, end: int, date_start: int | None, date_end: int | None) -> str:
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    lo, hi = (sentence.start, sentence.end) if sentence else (start, end)
    cuts = sorted({lo, hi, start, end, *([date_start, date_end] if date_start is not None else [])})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(article.text[a:b])
        if date_start is not None and date_start <= a and b <= date_end:
            piece = f'<mark class="cb-step-date" style="{_DATE_STYLE}">{piece}</mark>'
        elif start <= a and b <= end:
            piece = f'<mark class="cb-step-phrase" style="{_PHRASE_STYLE}">{piece}</mark>'
        parts.append(piece)
    return "".join(parts)


def event_view(event: TimelineEvent, article: Article, bib: Mapping[str, BibEntry], *,
               number: int, total: int) -> str:
    """One event as HTML: date and precision, description, sources, and the story's sentences."""
    kind = "Reported in the story" if event.in_story else "Background (not in the story)"
    parts = [
        f"<div class='cb-step' data-event='{esc(event.id)}'>",
        f"<p class='cb-step-head'><strong>Event {number} of {total}: {esc(event.title)}</strong></p>",
        f"<p><strong>Date:</strong> {esc(human_date(event.date))} (precision: {esc(event.precision)})"
        f" · <em>{kind}</em></p>",
    ]
    if event.place:
        parts.append(f"<p><strong>Place:</strong> {esc(event.place)}</p>")
    parts.append(f"<p>{esc(event.text)}</p>")
    parts.append(_conflict_html(event, bib))
    for mention in event.story:
        sentence = _marked_sentence(article, mention.start, mention.end, mention.date_start, mention.date_end)
        date_note = (f" The story's own date expression, “{esc(mention.date_phrase)}”, is boxed."
                     if mention.date_phrase else " The story gives no date for it here.")
        parts.append(f"<blockquote class='cb-step-quote'><p>{sentence} ({paragraph_link(mention.paragraph)})</p>"
                     f"<p><small>The words that report the event are highlighted.{date_note}</small></p></blockquote>")
    parts.append(f"<p class='cb-step-src'>{sources_line(event.sources, bib)} · Confidence:"
                 f" <strong>{esc(event.confidence)}</strong></p></div>")
    return "".join(parts)


def timeline_views(timeline: Timeline, article: Article, bib: Mapping[str, BibEntry]) -> dict[str, str]:
    """{``"3. 2013-07-28 · title"``: HTML view} for every event, in date order, for the stepper."""
    total = len(timeline)
    return {f"{n}. {event.date} · {event.title}": event_view(event, article, bib, number=n, total=total)
            for n, event in enumerate(timeline, start=1)}
