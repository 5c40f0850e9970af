"""Date expressions, resolved against the dateline into TIMEX3-style values.

The anchoring policy follows news convention (the pedagogically interesting
part, and where libraries disagree):

* a bare weekday is the most recent such day on or before the DCT (a story
  dated Monday that says "on Monday" means that day), unless a future cue
  ("ahead of", "will", "next", "upcoming", "scheduled", ...) is the nearest
  tense cue in the same clause within ``CUE_WINDOW`` characters to the left;
  then it is the next such day after the DCT;
* a month, or month and day, without a year is the latest occurrence not after
  the DCT, or with a future cue the earliest not before it;
* ISO dates and dates with a year are taken as written.

TimeML extents: a preposition before the expression ("in", "on") is recorded
as ``signal`` and is not part of the extent. Every value records the rule that
decided it, so the book can show the reasoning.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from casebook.model import Granularity, Header, Sentence, Timex

CUE_WINDOW = 60
"""How far left of a date (in characters, same sentence) we look for a tense cue."""

MONTHS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October"
        " November December".split(),
        start=1,
    )
}
_MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
    )
}

_FULL_MONTH = "|".join(MONTHS)
_ABBR_MONTH = r"(?:" + "|".join(_MONTH_ABBREVIATIONS) + r")\."
_WEEKDAY = "|".join(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_TIMEX = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    |(?P<month_day>\b(?P<md_month>{_FULL_MONTH}|{_ABBR_MONTH})\s(?P<md_day>{_DAY})\b
        (?:,?\s(?P<md_year>{_YEAR})\b)?)
    |(?P<day_month>\b(?P<dm_day>{_DAY})\s(?P<dm_month>{_FULL_MONTH})\b
        (?:,?\s(?P<dm_year>{_YEAR})\b)?)
    |(?P<month_year>\b(?P<my_month>{_FULL_MONTH})\s(?P<my_year>{_YEAR})\b)
    |(?P<relative>\b(?P<modifier>(?i:last|next|this))\s
        (?P<unit>{_WEEKDAY}|{_FULL_MONTH}|(?i:week|month|year))\b)
    |(?P<weekday>\b(?:{_WEEKDAY})\b)
    |(?P<month>\b(?:{_FULL_MONTH})\b)
    |(?P<year>(?<![\d,.$€£¥])\b{_YEAR}\b(?![.,]\d|%))
    |(?P<deictic>\b(?i:today|yesterday|tomorrow)\b)
    """,
    re.VERBOSE,
)
_SIGNAL = re.compile(
    r"\b(?P<signal>(?i:in|on|at|since|by|until|till|from|through|during|before|after|"
    r"between|of|to))\s+$"
)
# A bare month or year needs one of these right before it ("May" is also a name and a verb).
_BARE_MONTH_OK = re.compile(
    r"(?:\b(?i:in|since|by|until|till|from|through|during|before|after|between|of|"
    r"early|late|mid)\s+|\bmid-)$"
)
_BARE_YEAR_OK = re.compile(
    r"(?:\b(?i:in|since|by|until|till|from|through|during|before|after|between|of|"
    r"early|late|the|a|an|this|that|its|their|his|her)\s+|\bmid-)$"
)
_CLAUSE_BREAK = re.compile(r"[,;:—–()“”\"]")
_TENSE_CUE = re.compile(
    r"\b(?:(?P<future>(?i:ahead\s+of|will|won[’']t|next|upcoming|scheduled|due|"
    r"planned|set\s+for|to\s+be\s+held))|(?P<past>(?i:was|were|had|did|said|told|ago|"
    r"earlier|last|previously)|[a-z]+ed))\b"
)

Resolution = tuple[str, Granularity, str]  # value, granularity, rule


def has_future_cue(text: str, sentence_start: int, expression_start: int) -> bool:
    """True if the nearest tense cue left of the expression, same clause, points to the future."""
    window = text[max(sentence_start, expression_start - CUE_WINDOW) : expression_start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    cues = list(_TENSE_CUE.finditer(window))
    return bool(cues) and cues[-1]["future"] is not None


def _month_number(name: str) -> int:
    return MONTHS.get(name) or _MONTH_ABBREVIATIONS[name.rstrip(".")]


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _day(value: dt.date) -> str:
    return value.isoformat()


def resolve_weekday(dct: dt.date, weekday: int, future: bool) -> Resolution:
    """A bare weekday: on or before the DCT, or after it with a future cue."""
    if future:
        ahead = (weekday - dct.weekday()) % 7 or 7
        return _day(dct + dt.timedelta(days=ahead)), "day", "weekday-future-cue"
    back = (dct.weekday() - weekday) % 7
    return _day(dct - dt.timedelta(days=back)), "day", "weekday-most-recent-past"


def resolve_month(dct: dt.date, month: int, future: bool) -> Resolution:
    """A month without a year: latest not after the DCT's month, or earliest not before it."""
    if future:
        year = dct.year if month >= dct.month else dct.year + 1
        return f"{year}-{month:02d}", "month", "month-future-cue"
    year = dct.year if month <= dct.month else dct.year - 1
    return f"{year}-{month:02d}", "month", "month-latest-past"


def resolve_month_day(dct: dt.date, month: int, day: int, future: bool) -> Resolution | None:
    """A month and day without a year: latest not after the DCT, or earliest not before it."""
    step = 1 if future else -1
    for offset in range(8):  # 8 years always reaches a leap year for February 29
        try:
            candidate = dt.date(dct.year + step * offset, month, day)
        except ValueError:
            if day > 29 or month != 2:
                return None  # "February 30", "April 31": not a date
            continue
        if (candidate >= dct) if future else (candidate <= dct):
            rule = "month-day-future-cue" if future else "month-day-latest-past"
            return _day(candidate), "day", rule
    return None


def _resolve_modified(dct: dt.date, modifier: str, unit: str) -> Resolution:
    """"last"/"next"/"this" + weekday, month, week, month or year."""
    modifier = modifier.lower()
    shift = {"last": -1, "next": 1, "this": 0}[modifier]
    if unit in WEEKDAYS:
        monday = dct - dt.timedelta(days=dct.weekday())
        if modifier == "this":
            day = monday + dt.timedelta(days=WEEKDAYS[unit])
        elif modifier == "last":
            day = dct - dt.timedelta(days=(dct.weekday() - WEEKDAYS[unit]) % 7 or 7)
        else:
            day = dct + dt.timedelta(days=(WEEKDAYS[unit] - dct.weekday()) % 7 or 7)
        return _day(day), "day", f"weekday-{modifier}"
    if unit in MONTHS:
        month = MONTHS[unit]
        year = dct.year
        if modifier == "last" and month >= dct.month:
            year -= 1
        elif modifier == "next" and month <= dct.month:
            year += 1
        return f"{year}-{month:02d}", "month", f"month-{modifier}"
    unit = unit.lower()
    if unit == "week":
        iso = (dct + dt.timedelta(weeks=shift)).isocalendar()
        return f"{iso.year}-W{iso.week:02d}", "week", f"{modifier}-week"
    if unit == "month":
        index = dct.year * 12 + dct.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}", "month", f"{modifier}-month"
    return f"{dct.year + shift}", "year", f"{modifier}-year"


def _resolve(match: re.Match[str], dct: dt.date, future: bool, left: str) -> Resolution | None:
    kind = match.lastgroup
    if kind == "iso":
        try:
            return _day(dt.date.fromisoformat(match[0])), "day", "iso-date"
        except ValueError:
            return None
    if kind == "month_day" or kind == "day_month":
        prefix = "md" if kind == "month_day" else "dm"
        month, day = _month_number(match[f"{prefix}_month"]), _day_number(match[f"{prefix}_day"])
        if match[f"{prefix}_year"]:
            try:
                value = dt.date(int(match[f"{prefix}_year"]), month, day)
            except ValueError:
                return None
            return _day(value), "day", "month-day-year-explicit"
        return resolve_month_day(dct, month, day, future)
    if kind == "month_year":
        return f"{match['my_year']}-{MONTHS[match['my_month']]:02d}", "month", "month-year-explicit"
    if kind == "relative":
        return _resolve_modified(dct, match["modifier"], match["unit"])
    if kind == "weekday":
        return resolve_weekday(dct, WEEKDAYS[match[0]], future)
    if kind == "month":
        return resolve_month(dct, MONTHS[match[0]], future) if _BARE_MONTH_OK.search(left) else None
    if kind == "year":
        return (match[0], "year", "year-explicit") if _BARE_YEAR_OK.search(left) else None
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[match[0].lower()]
    return _day(dct + dt.timedelta(days=shift)), "day", f"deictic-{match[0].lower()}"


def find_timexes(text: str, sentences: Sequence[Sentence], dct: dt.date) -> tuple[Timex, ...]:
    """Every date expression in the sentences, resolved against ``dct``."""
    found: list[Timex] = []
    for sentence in sentences:
        for match in _TIMEX.finditer(text, sentence.start, sentence.end):
            start, end = match.span()
            left = text[max(sentence.start, start - CUE_WINDOW) : start]
            resolved = _resolve(match, dct, has_future_cue(text, sentence.start, start), left)
            if resolved is None:
                continue
            value, granularity, rule = resolved
            signal = _SIGNAL.search(left)
            found.append(
                Timex(
                    start=start,
                    end=end,
                    text=text[start:end],
                    value=value,
                    granularity=granularity,
                    rule=rule,
                    signal=signal["signal"] if signal else None,
                    paragraph=sentence.paragraph,
                )
            )
    return tuple(found)


def header_timex(header: Header) -> Timex:
    """The dateline date itself (TIMEX3 functionInDocument=CREATION_TIME)."""
    start = header.date_start
    return Timex(
        start=start,
        end=start + len(header.date),
        text=header.date,
        value=header.date,
        granularity="day",
        rule="document-creation-time",
        paragraph=0,
    )
