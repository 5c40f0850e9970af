"""Date expressions, resolved against the dateline into TIMEX3-style values.

The anchoring policy follows news convention (the pedagogically interesting
part, and where libraries disagree):

* a bare weekday is the most recent such day on or before the DCT (a story
  dated Monday that says "on Monday" means that day), unless a future cue
  ("ahead of", "will", "next", "upcoming", "scheduled", ...) is the nearest
  tense cue in the same clause within ``CUE_WINDOW`` characters to the left;
  then it is the next such day after the DCT;
* a month, or month and day, without a year is the latest occurrence not after
  the DCT, or with a future cue the earliest not before it; with no cue a month and
  day is the occurrence nearest the DCT, and a past reading more than half a year
  back gives way to a next occurrence within three months (reporters write the year
  of older dates) unless a past verb governs the date ("joined the EU on Jan. 1"),
  and a future cue on a day at most a week back is that past day (a
  statement reported later); a bare month naming an event with no cue ("the October
  vote") is the nearest occurrence; a weekday with a future cue that equals the DCT's is the DCT;
* "last Tuesday" in a Wednesday story is the Tuesday of the week before (the day before
  would be "yesterday"); in a story dated Sunday, "Tuesday next week" is nine days on;
* ISO dates and dates with a year are taken as written;
* today/tonight/tomorrow and "N days ago" inside a quotation count from the day the words were
  spoken when the reporter dates that day in the week before the DCT ("told AFP Monday").

TimeML extents: a preposition before the expression ("in", "on") is recorded
as ``signal`` and is not part of the extent. Every value records the rule that
decided it, so the book can show the reasoning.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from casebook.model import Granularity, Header, Sentence, Timex
from casebook.parse.doc import Doc
from casebook.parse.lexicon import COUNTRIES, STOP_CAPITALISED, weekday_is_name
from casebook.parse.quotemarks import QuoteSpan, pair_quotes
from casebook.parse.tokens import sentence_at

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
# "Sept 3", "Feb 27": an abbreviation without its stop, only right before a day number.
_BARE_ABBR_MONTH = r"(?:" + "|".join(_MONTH_ABBREVIATIONS) + r")(?=\s\d)"
# "10th Jul, 2019", "3 Sept. 2019": after a day number an abbreviation is a month, with or without its stop.
_DAY_ABBR_MONTH = r"(?:" + "|".join(_MONTH_ABBREVIATIONS) + r")\b\.?"
# "YEREVAN, JUNE 22 (ARMENPRESS)", "TASHKENT/DEC. 22 2019": a wire dateline's month in capitals
# (an abbreviation with or without its stop), only right before a day number.
_UPPER_MONTH = (r"(?:" + "|".join(m.upper() for m in MONTHS) + r"|(?:"
                + "|".join(m.upper() for m in _MONTH_ABBREVIATIONS) + r")\.?)(?=\s\d)")
# "WINDHOEK, 10 AUG (NAMPA)", "APIA, SAMOA – 14 DECEMBER 2020:": a dateline's month in capitals after its day.
_UPPER_DAY_MONTH = (r"(?:" + "|".join(m.upper() for m in MONTHS) + r"|"
                    + "|".join(m.upper() for m in _MONTH_ABBREVIATIONS) + r")\b\.?")
_WEEKDAY = "|".join(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
# A year after a day and month may follow the comma with no space ("1st January,2021"); a legal
# text writes the day as "the 29th day of May, 2020".
# One pass, names tried once per word start: the lookahead skips most words cheaply,
# which keeps the scan near 0.2 ms for a wire story.
_TIMEX = re.compile(
    rf"""
    (?=[0-9A-Zlnty])\b
    (?:
      (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b
    # all in figures, day and month in either order, with dots or slashes and a year of two or four
    # digits ("13.11.19", "05/07/23", "06.09.2022"); not inside a longer run of figures (a version, a score)
    | (?<![\d./])(?P<num_a>[0-3]?\d)(?P<num_sep>[./])(?P<num_b>[01]?\d)(?P=num_sep)(?P<num_year>(?:19|20)?\d\d)\b(?![./]\d)
    | (?P<dm_day>{_DAY})(?:(?:[-–]|\sto\s){_DAY})?\s(?:(?:day\s)?of\s)?(?P<dm_month>{_FULL_MONTH}\b|{_DAY_ABBR_MONTH}|{_UPPER_DAY_MONTH})(?:(?:,\s?|\s)(?P<dm_year>{_YEAR})\b)?
    # a year, or a year range valued by its start: "from 2004 to 2012", "the 2015-2019 term"
    | (?<![,.$€£¥])(?P<year>{_YEAR})\b(?:(?:\sto\s|[-–])(?P<year_end>{_YEAR})\b)?(?![.,]\d|%)
    | (?P<month>{_FULL_MONTH}|{_ABBR_MONTH}|{_BARE_ABBR_MONTH}|{_UPPER_MONTH})
      (?:\s(?P<day>{_DAY})\b
         # a range: "May 4-6", "May 30-June 2", "May 18 to 20" (not before a plural noun: "to 20 seats");
         # a comma may stand before "to" when the year closes the range ("May 17th, to 21st, 2021"; not
         # "On May 17, to 20 people")
         (?:(?:[-–]|\sto\s|,\s?to\s(?!{_DAY}\s+[a-z]))(?:(?:{_FULL_MONTH}|{_ABBR_MONTH}|{_BARE_ABBR_MONTH})\s)?{_DAY}\b(?!%|\s+[a-z]+s\b)
            # two days joined by "and" before the year: "November 27 and 28, 2024"
          | \sand\s{_DAY}\b(?=,\s?{_YEAR}\b))?
         # the year may follow the comma with no space, as after a day-month ("May 18th,2021")
         (?:(?:,\s?|\s)(?P<day_year>{_YEAR})\b)?
       # "November 2024", and in American style "June of 2023"
       # ("April, 2011": a comma may stand between them)
       | (?:,\s|\s(?:of\s)?)(?P<month_year>{_YEAR})\b | \b)
    | (?P<weekday>{_WEEKDAY})\b
    # ("last February 13" is a day, the month-day below: Philippine and Indian English)
    | (?P<modifier>(?i:last|next|this\scoming|this\spast|this))\s(?P<unit>{_WEEKDAY}|(?:{_FULL_MONTH})(?!\s{_DAY}\b)|(?i:week|month|year))\b
    # "last night" is the evening before the story's date: its day ("the last night of the convention" is not)
    | (?P<deictic>(?i:the\sday\safter\stomorrow|the\sday\sbefore\syesterday|today|yesterday|tomorrow|tonight|last\snight
        |last\sevening|this\s(?:morning|afternoon|evening)))\b
    | (?P<season_mod>(?i:this|next|last))\s(?P<season>(?i:spring|summer|autumn|fall|winter))\b
    )
    """,
    re.VERBOSE,
)
_SIGNALS = frozenset(
    "in on at since by until till from through during before after between of to".split()
)
# A bare month or year needs one of these right before it ("May" is also a name and a verb).
_BARE_MONTH_AFTER = frozenset(
    "in since by until till from through during before after between of early late mid mid- than".split()
)  # ("no later than July")
_BARE_YEAR_AFTER = (_BARE_MONTH_AFTER - {"than"}) | frozenset("the a an this that its their his her come".split()) | {"back to"} | {
    "Budget", "budget"}  # "come 2018"; "Putrajaya’s Budget 2022 allocation"; not "more than 2012 people"
_BACK_TO = re.compile(r"\bback\s+to\s+\Z")
_BETWEEN_NOW_AND = re.compile(r"\bbetween\s+now\s+and\s+\Z", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"(?<![\w’'-])([A-Za-z]+)\s+$|mid-$")
_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?")
_CLAUSE_BREAKS = ",;:—–()“”\""
_FUTURE_WORDS = frozenset(
    "will won’t won't would next upcoming scheduled due planned forthcoming slated".split()
)
# "cancelled Monday's session": an event called off had not yet happened; it lies either side of the story.
_CALLED_OFF = frozenset("cancelled canceled postponed suspended scrapped delayed".split())
_PART_OF_PERIOD = [[*the, part, "of"] for the in ([], ["the"]) for part in ("end", "beginning", "start", "middle")]
_LIST_GAP = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_EVERY_YEAR = re.compile(r"\b(?:annually|yearly|every\s+year|each\s+year|traditionally)\b", re.IGNORECASE)
_CLAUSE_BREAK_THEN = re.compile(r"\bbut\b|;|\bwhile\b")  # "… annually, but this year in March": the clause's own
_EVERY_WEEKDAYS_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+(?:[A-Z][a-z]+days?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+\Z")
_ANY_SUCH_DAY_AFTER = re.compile(r"\s*(?:[,.;]|when\b|or\b)")
# Phrases read as a whole before the word-by-word test ("postponed to" is not a past "-ed").
# "likely to be charged on Monday": a forecast points ahead like "expected to"; "have until Friday" is a deadline.
_FUTURE_PHRASES = (("ahead", "of"), ("set", "for"), ("set", "to"), ("to", "be", "held"), ("expected", "to"),
                   ("likely", "to"), ("have", "until"), ("has", "until"), ("later", "than"),  # "no later than July"
                   ("are", "to"), ("is", "to"),  # "They are to stay until Friday": a plan
                   ("on", "track", "for"), ("on", "course", "for"),  # "the elections are on track for Saturday"
                   ("setting", "up"),  # "proroguing the legislature, setting up a throne speech for Monday"
                   ("expected", "until"))  # "Final results were not expected until Tuesday": still to come
_PREPARE_WORDS = frozenset("preparing prepare prepares preparation preparations".split())
# An event's results or aftermath come after it: "nullify the results of the May 21 elections" is past.
_PAST_PHRASES = (("results", "of"), ("result", "of"), ("outcome", "of"), ("aftermath", "of"), ("wake", "of"))
# What a report "sets the scene for" lies near it, on either side: "setting the scene for a showdown on Friday".
_NEAR_PHRASES = (("scene", "for"), ("stage", "for"))
_GIVE_FORMS = frozenset("give gives given gave giving".split())
# Words in "-ed" that are no past tense: "will succeed the president in February".
_EED_BASE = frozenset("succeed proceed exceed need feed heed speed bleed breed seed indeed".split())
# "postponed the case until Monday", "extended to November 28", "sought an adjournment for Monday":
# a new date is a later one.
_PUT_OFF = re.compile(r"\bput\s+off\b")
_DELAY_VERB = re.compile(r"(?:postpon|adjourn|defer|reschedul|extend|push|delay)\w*\Z")
# Plans: "scheduled for" is ahead unless the plan itself is past ("was originally slated for").
_PLAN_WORDS = frozenset("scheduled due planned slated set".split())
_PLAN_PAST = frozenset("was were had been originally previously initially earlier first".split())
# Words of intention before "to": what follows is ahead ("plans to hold the vote on Sunday", "a
# request to hold a session on Thursday", "could not commit to hearing it before Friday"; not
# "committed", which is also "committed to prison"); "is considering to do so on Friday". A decision
# to act names a later day: "agreed to hold early elections on Sept. 4", "decided to hear it on Friday";
# so does a purpose: "in order to bring about a new election at the end of March".
# ... also with the time and place of the decision between: "agreed at a meeting Monday to submit a motion on Tuesday"
_DECIDED_THEN_WHEN = re.compile(r"\b(?:agreed|decided|resolved|voted|vowed|pledged|promised)\s+(?:at|on|in|during)"
                                r"\s+(?:(?:a|an|the|their|its|his|her)\s+)?[a-z]+(?:\s+[a-z]+)?\Z")
_INTENT_WORDS = frozenset("""intention intend intends intended plan plans planning ready prepared poised going
    aims aim hopes hope wants want expects expect vowed pledged promised considering
    request requests requested proposal proposed bid commit agreed decided order urge urges urging""".split())
# A plan in its sentence leans a month with no cue of its own ahead ("are planning demonstrations …
# through at least late August" in a July story); see resolve_month.
_LEANING_WORDS = _FUTURE_WORDS | frozenset("plan plans planning preparing intend intends aim aims".split())
_ASKED = frozenset("asked urged called told".split())
_POSSESSIVE_WORDS = frozenset("their his her its our your all".split())
# "is expected", "aren't expected", "is not yet expected": forms of "be" in the present and words
# that may stand between them and a participle.
_PRESENT_BE = frozenset("is are am isn't aren't isn’t aren’t".split())
_BE_ADVERBS = frozenset("not also now still only widely generally yet".split())
# A timetable in the present tense lies ahead: "the session that ends on Wednesday".
# Wishes told in the past: what they named may lie either side of the story.
_PAST_HOPE = frozenset("hoped sought wanted wished".split())
_SCHEDULE_BASE = frozenset("begin start end open close resume commence conclude convene".split())
# Also a trip or a meeting in the present ("the president travels to Paris on Monday", "the
# council meets on Friday", "the summit takes place on Friday"), and voters who "go to the polls".
_SCHEDULE_PRESENT = frozenset("""begins starts ends opens closes expires resumes commences concludes
    travels meets convenes arrives departs""".split())
_SCHEDULE_PHRASES = (("takes", "place"), ("go", "to", "the", "polls"), ("goes", "to", "the", "polls"),
                     ("head", "to", "the", "polls"), ("heads", "to", "the", "polls"))
# Words before "given" that make it a verb still in force ("has given the coalition until Monday").
_GIVEN_AUXILIARIES = frozenset("has have had be been being is are was were will".split())
_PAST_WORDS = frozenset("was were had did said told ago earlier last previously".split())
# Irregular past forms count like a verb in -ed ("what we went through on Monday"); forms that are
# also present or base forms (set, put, read, cut, let, hit) are left out.
_IRREGULAR_PAST = frozenset("""went came took gave made met held began saw spoke wrote sent brought fought won
    lost ran stood fell found got kept sought heard led paid struck broke chose drove flew knew thought""".split())
# Modals that point ahead; compared as written, since "May" is also a month.
_FUTURE_MODALS = frozenset("may might shall should must can".split())
# A bare year before one of these nouns names that event's year: "the 2019 general elections".
_YEAR_EVENT_AFTER = re.compile(
    r"\s+(?:(?:general|presidential|parliamentary|legislative|local|national|state|municipal|federal)\s+)?"
    r"(?:elections?|polls?|votes?|referendum|budget|census|campaign|race|summit|games|olympics|constitution"
    r"|by-elections?|runoff|run-off)\b"
    # ("the country’s 2013 constitution"; "2019 presidential running mate": an office's year, after its adjective)
    r"|\s+(?:general|presidential|parliamentary|legislative|gubernatorial|mayoral)\s+"
    r"(?:candidate|running\s+mate|contest|primary|primaries|bid|hopeful)\b",
    re.IGNORECASE,
)
# A bare month after a determiner and before an event noun names that event's month: "until the
# December hearing", "the March polls".
# "postpone the polls to February next year": a relative year right after a bare month makes it a
# date whatever word precedes it (the month and the year are then joined).
# A bare year after "for" is a year only where its clause ends ("housing targets for 2025.").
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?”\"]|\Z)")
_RELATIVE_YEAR_AFTER = re.compile(r"\s(?:next|last|this)\s+year\b", re.IGNORECASE)
# "a May vote", "an October runoff": an indefinite article works like "the" here; also runoff, ballot, recess, date.
_MONTH_EVENT_BEFORE = frozenset("the a an this that its their his her my our your ’s".split())  # ("Arizona's November midterm")
_MONTH_EVENT_AFTER = re.compile(
    r"\s+(?:(?:general|presidential|parliamentary|legislative|local|national|state|municipal|federal|midterm)\s+)?"
    r"(?:elections?|polls?|votes?|referendum|budget|census|summit|hearing|session|sitting|meeting|talks|trial"
    r"|deadline|visit|conference|congress|convention|runoff|run-off|ballot|recess|date|message|address|speech)\b",
    re.IGNORECASE,
)
# "the by-election is slated for April": a bare month after a plan's "for" is a date (not "voted for May").
_PLANNED_FOR = re.compile(
    r"\b(?:scheduled|slated|set|planned|due|fixed|earmarked|pencilled|penciled|rescheduled|postponed|deferred|moved)"
    r"\s+for\s+\Z", re.IGNORECASE)
# "the scheduled October date", "the planned March vote": a plan's adjective before a month and an
# event noun works like the determiner.
_PLAN_ADJECTIVES = frozenset("scheduled planned proposed upcoming expected slated rescheduled".split())
# "the election in mid-November": an event noun right before "in" and the month.
_ADJECTIVE_BEFORE_YEAR = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+[a-z][a-z-]+[a-z]\s+\Z")
_NOUN_AFTER_YEAR = re.compile(r"\s+[a-z][a-z-]*[a-z]\b")
_FOR_THE = re.compile(r"\b(?:for|ahead\s+of|towards?)\s+(?:the|this|next)\s+\Z", re.IGNORECASE)
_EVENT_IN_BEFORE = re.compile(
    r"\b(?:elections?|polls?|votes?|referendum|summit|runoff|run-off|ballot|congress|convention|inauguration"
    r"|term)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?in\s+"  # ("the inauguration of his new term in October")
    # (a place may come first: "the parliamentary election in Israel in April")
    r"(?:(?:early|late)\s+|mid-)?\Z", re.IGNORECASE)
# A date without a year lies near the story: a past reading more than half a year back
# gives way to one within three months ahead (reporters write the year of an older date;
# a poll or hearing is often announced a season ahead: "the vote, set by decree for October 27").
FAR_DAYS, NEAR_DAYS = 183, 92
# A month-day with a future cue that fell at most this many days before the story is that past day.
JUST_PAST_DAYS = 7

Resolution = tuple[str, Granularity, str]  # value, granularity, rule


def has_future_cue(text: str, sentence_start: int, expression_start: int) -> bool:
    """True if the nearest tense cue left of the expression, same clause, points to the future."""
    return tense_cue(text, sentence_start, expression_start) == "future"


_APPOSITIVE = re.compile(r"\s*(?:the|a|an)\s+[^,;:]*\Z")
_PARENTHESIS = re.compile(r"\([^()]{1,60}\)")


_PLACE_COMMA_COUNTRY = re.compile(r"(?<=[a-z]),\s+(?:" + "|".join(
    re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True)) + r")\b,?")


def tense_cue(text: str, sentence_start: int, expression_start: int) -> str | None:
    """"future", "past" or None: the nearest tense cue left of the expression, same clause.

    Cues are read right to left; a past cue (was, said, a verb in -ed, ...) closer
    to the date than a future cue wins: "ahead of the vote that was held on".
    A contracted "’ll" is a future cue ("we’ll have polling day on").
    """
    if ")" in text[sentence_start:expression_start]:
        # a parenthesis closed before the date is no clause break, and its words are no cue:
        # "would begin talks with the People’s Party (ÖVP) on Wednesday" (blanked in a copy)
        text = text[:sentence_start] + _PARENTHESIS.sub(
            lambda m: " " * len(m.group()), text[sentence_start:expression_start]) + text[expression_start:]
    if "," in text[sentence_start:expression_start]:
        # "is to hold a rally in Colombo, Sri Lanka on Tuesday" ("in Harare, Zimbabwe, on"): the
        # commas around a place's country are no clause break (blanked in a copy)
        text = text[:sentence_start] + _PLACE_COMMA_COUNTRY.sub(
            lambda m: m.group().replace(",", " "), text[sentence_start:expression_start]) + text[expression_start:]
    clause_start = max(text.rfind(mark, sentence_start, expression_start) for mark in _CLAUSE_BREAKS) + 1
    if clause_start > sentence_start and text[clause_start - 1] == "," and \
            text[clause_start:expression_start].strip().lower() in _SIGNALS:
        # ", on Friday" set off by a comma, after an appositive ("meeting of the House of Councillors,
        # the upper chamber, on Friday"), takes the tense of the clause before the appositive
        before = text.rfind(",", sentence_start, clause_start - 1) + 1
        if before > sentence_start and _APPOSITIVE.match(text, before, clause_start - 1):
            clause_start = max(text.rfind(mark, sentence_start, before - 1) for mark in _CLAUSE_BREAKS) + 1
    window_start = max(sentence_start, clause_start, expression_start - 2 * CUE_WINDOW)
    while window_start > max(sentence_start, clause_start) and text[window_start - 1].isalpha():
        window_start -= 1  # never start inside a word ("…escheduled" is no past tense)
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, window_start, expression_start)]
    near = sum(1 for _, at in words if at >= expression_start - CUE_WINDOW)
    # Within CUE_WINDOW any cue counts; further back, in the same clause, only a future one
    # ("that he will comfortably win a vote … on Monday").
    return _nearest_cue([w for w, _ in words], len(words) - near)


def _nearest_cue(clause: list[str], far: int = 0) -> str | None:
    """The tense cue nearest the end of ``clause`` (its words in text order); "near" for a
    new date set by a delay ("adjourned until April") or a plan that has passed ("was
    originally slated for February 15"), which lies on either side of the story's date;
    "delay" for a date set by a past delay ("was adjourned until April"): a weekday lies
    ahead, a month or a day of a month nearest the story."""
    words = [word.lower() for word in clause]
    deadline = False
    for index in range(len(words) - 1, -1, -1):
        cue = _cue_at(clause, words, index)
        if cue is None or cue == "skip":
            continue
        if cue == "deadline":  # "by Thursday": ahead when the clause looks ahead, else near the story
            deadline = True
            continue
        if deadline:
            return "future" if cue == "future" else "near"
        return cue if index >= far or cue in ("future", "near") else None
    return "near" if deadline else None


def _plan_passed(words: list[str], start: int, stop: int) -> bool:
    """True if ``words[start:stop]`` say a plan has passed ("was originally set for"); "been" after
    has/have does not ("has been set for Monday" is a plan still standing)."""
    start = max(0, start)
    return any(w in _PLAN_PAST and not (w == "been" and at > 0 and words[at - 1] in ("has", "have"))
               for at, w in enumerate(words[start:stop], start))


def _cue_at(clause: list[str], words: list[str], index: int) -> str | None:
    """The tense cue the word at ``index`` gives, "skip" for a participle or an adjective in -ed, or None."""
    word = words[index]
    if word.endswith("ing") and index and words[index - 1] == "after":
        return "near"  # "might consider it lucky after winning a seat Thursday night": the event the clause follows
    if clause[index] in _FUTURE_MODALS:
        return "future"
    if word in ("if", "unless") and index == len(words) - 2 and words[-1] in ("on", "by", "before", "until"):
        return "future"  # "If on Monday the House is able to …": a condition on a day to come
    if word in ("if", "unless") and index < len(words) - 2 and not any(
            w in _PAST_WORDS or w in _IRREGULAR_PAST or (w.endswith("ed") and w not in _EED_BASE) for w in words[index + 1 :]):
        return "future"  # "if the budget clears the first hurdle on Wednesday": a condition in the present, ahead
    if word == "could" and words[index + 1 : index + 2] == ["be"]:
        return "future"  # "a request, which could be debated on Monday" (not "could not be reached")
    if word.endswith("ing") and len(word) > 5 and index and words[index - 1] in _PRESENT_BE and index >= len(words) - 5:
        # the present progressive of a plan, close before the date: "MPs are returning to Ottawa on Monday"
        # (not "is contesting the results in two seats following the December 9 elections")
        return "future"
    if words[max(0, index - 2) : index + 1] == ["to", "be", "held"] and (
            words[index + 1 : index + 3] in (["in", "custody"], ["in", "detention"], ["in", "jail"], ["in", "prison"])
            or words[index + 1 : index + 2] == ["without"]):
        return "skip"  # "ordered them to be held in custody on Thursday": detention, not an event to be held
    if any(tuple(words[index + 1 - len(p) : index + 1]) == p
           for p in _FUTURE_PHRASES if len(p) <= index + 1):
        return "near" if _plan_passed(words, index - 3, index) else "future"
    if any(tuple(words[index + 1 - len(p) : index + 1]) == p for p in _PAST_PHRASES if len(p) <= index + 1):
        return "past"
    if any(tuple(words[index + 1 - len(p) : index + 1]) == p for p in _NEAR_PHRASES if len(p) <= index + 1):
        return "near"
    if word in ("by", "before") and (index == len(words) - 1 or words[index + 1 :] in _PART_OF_PERIOD):
        return "deadline"  # "the ruling should be ready by Thursday" ("by the end of July"): see _nearest_cue
    if word == "and" and index >= 2 and words[index - 2 : index] == ["between", "now"]:
        return "future"  # "between now and March": a span from today, so the month ahead
    if word == "be" and index >= 2 and words[index - 1] == "to" and words[index - 2] in ("is", "are", "was", "were"):
        # "the government that is to be sworn in on Saturday": a timetable ahead (or, when past, near)
        return "future" if words[index - 2] in ("is", "are") else "near"
    if word == "until" and set(words[max(0, index - 6) : index]) & _GIVE_FORMS:
        given = max(i for i in range(max(0, index - 6), index) if words[i] in _GIVE_FORMS)
        if words[given] == "given" and given and words[given - 1] not in _GIVEN_AUXILIARIES and any(
                w in _PAST_WORDS or (w.endswith("ed") and w not in _EED_BASE) for w in words[:given]):
            # "failed to form a government in the 42 days given to him until Wednesday midnight": a
            # deadline told in the past, either side of the story
            return "near"
        return "future"  # a deadline granted: "has given his coalition until Monday evening to commit"
    if word in ("is", "are") and (index == len(words) - 1 or words[index + 1 :] in (["on"], ["in"], ["sometime", "in"])):
        return "future"  # "the deadline is Friday", "the vote is on Sunday", "the election is (sometime) in March": ahead
    if word == "since":
        return "past"  # "in turmoil since the October vote": what a span runs from has begun
    if word == "for" and index and words[index - 1] in _PREPARE_WORDS:
        # "were busy preparing for Monday's celebrations": made ready for what comes after; but
        # "halting preparations for the October 1st referendum" names the event, either side of the story
        return "near" if words[index - 1].startswith("preparation") else "future"
    if word in _SCHEDULE_PRESENT or any(
            tuple(words[index + 1 - len(p) : index + 1]) == p and words[index - len(p) : index + 1 - len(p)] != ["to"]
            for p in _SCHEDULE_PHRASES if len(p) <= index + 1):
        return "future"  # not an infinitive: "was meant to go to the polls in late December"
    if word == "would" and words[index + 1 : index + 2] == ["have"]:
        return "past"  # "would have been a reversal of a court decision on Tuesday": what did not happen, told after
    if word in _FUTURE_WORDS or word.endswith(("’ll", "'ll")):
        if word in ("planned", "scheduled") and index and words[index - 1] in ("a", "an", "its", "their", "his", "her"):
            return "skip"  # an adjective: "police blocked a planned march on Friday" takes the clause's tense
        if word in _PLAN_WORDS and _plan_passed(words, index - 2, index):
            return "near"
        return "future"
    if word in ("to", "until", "till", "for") and (any(_DELAY_VERB.match(w) for w in words[max(0, index - 4) : index]) or (
            _PUT_OFF.search(" ".join(words[max(0, index - 4) : index]))) or (  # ("put off till Friday hearing of …")
            # a date moved, right before the new one: "has now been moved to Wednesday" (not "moved to London on …")
            word == "to" and index == len(words) - 1 and words[index - 1 : index] in (["moved"], ["forward"]))):
        return "delay" if words[index - 1 : index] != ["be"] and any(
            w in ("was", "were", "been", "had") for w in words[max(0, index - 7) : index]) else "future"
    if word == "could" and words[index + 1 : index + 2] and words[index + 1] in _SCHEDULE_BASE:
        return "future"  # "the truce could start as of Tuesday": a start still to come (not "could not start")
    if (word == "to" and words[index + 1 : index + 2] and words[index + 1] in _SCHEDULE_BASE
            and not (index and words[index - 1].endswith("ed")) and words[-1] != "from"):
        # ("ordered Parliament to convene within seven days from Monday": the day counted from)
        return "future"  # "with campaigning to begin in August", not "failed to commence on Monday"
    if word == "to" and index and words[index - 1] in _PAST_HOPE:
        return "near"  # a wish told in the past ("had initially hoped to hold the sitting on Monday"): either side
    if word == "to" and "decision" in words[max(0, index - 3) : index]:
        return "near"  # "the decision was made to call the convention in June": a plan, either side of the story
    if word == "to" and (set(words[max(0, index - 2) : index]) & _INTENT_WORDS or _DECIDED_THEN_WHEN.search(
            " ".join(words[max(0, index - 7) : index]))) and (
            words[index + 1 : index + 2] not in (["the"], ["a"], ["an"], ["his"], ["her"], ["its"], ["their"])):
        # ("submitted a request to the constitutional court on Nov. 29": "to" before a noun is a preposition)
        if index >= 2 and words[index - 2] in ("was", "were") and words[index - 1] in _INTENT_WORDS:
            return "near"  # a plan told in the past: "what he was going to say Wednesday" lies either side
        return "future"  # "ready to conduct the elections on Saturday", "my intention then to seek"
    if word == "to" and index >= 3 and words[index - 3] in _ASKED and words[index - 2] in _POSSESSIVE_WORDS:
        return "future"  # "have asked their supporters to turn up on Thursday": the request's day ahead
    if word in ("called", "calls", "call", "calling") and words[index + 1 : index + 2] == ["for"]:
        if word == "call" and index and words[index - 1] in ("will", "shall"):
            return "future"  # a call still to come names a day after it: "he will call for sessions on Tuesday"
        return "near"  # a call for an action names its day ahead of the call: "called for a strike on Wednesday"
    if word == "expected" and words[index + 1 :] in (["in"], ["on"], ["by"], ["out", "on"], ["out", "by"]) and (
            index == 0 or words[index - 1] not in ("was", "were", "had", "been")):
        return "future"  # "the upcoming plan, expected in November": what is awaited right before its date
    if word == "expected" and (words[index - 1 : index] and words[index - 1] in _PRESENT_BE or index > 1 and (
            words[index - 1] in _BE_ADVERBS and words[index - 2] in _PRESENT_BE) or index > 1 and (
            words[index - 1] == "be" and words[index - 2] in ("can", "could", "may", "might", "should"))):
        # (also "can be expected by midnight on Saturday")
        return "future"  # a present passive expects what lies ahead: "results aren't expected until mid-August"
    if word == "fixed" and not (index and words[index - 1] in ("the", "a", "an", "its", "their", "his", "her")):
        return "near"  # fixing a date is a plan: "had fixed September 19 for the elections" lies either side
    pastlike = (word.endswith("ed") and word not in _EED_BASE) or word in _IRREGULAR_PAST
    if pastlike and words[index + 1 : index + 2] == ["by"]:
        return "skip"  # a participle, not a tense: "followed by a meeting in August"
    if pastlike and index and words[index - 1] in ("is", "are") and words[index + 1 :] in (
            [], ["in"], ["on"], ["in", "the", "month", "of"]):
        # a present passive right before the date is a timetable: "is dissolved in January", "the
        # election is held in the month of March"
        return "future"
    if pastlike and index >= 3 and words[index - 3 : index] == ["only", "to", "be"]:
        # "had received approval … only to be slapped with the ban on Monday": what came of a
        # past act, no plan; it takes the clause's tense from before
        return "skip"
    if pastlike and index >= 2 and words[index - 2 : index] == ["to", "be"]:
        # an infinitive passive names a plan: "the resolution to be adopted Tuesday" (told in the past,
        # "was to be signed on Friday", either side of the story)
        return "near" if words[index - 3 : index - 2] in (["was"], ["were"]) else "future"
    if pastlike and index and words[index - 1] in ("be", "being"):
        return "skip"  # a passive after "be" takes its tense from before: "will be hosted at the end of March"
    if pastlike and index >= 3 and words[index - 1] in ("and", "or") and words[index - 3] in ("be", "being") and (
            words[index - 2].endswith("ed") or words[index - 2] in _IRREGULAR_PAST):
        return "skip"  # the second of two passives after "be": "will be finalised and signed at the White House in June"
    if pastlike and index and words[index - 1] in ("the", "a", "an", "its", "their", "his", "her"):
        return "skip"  # an adjective: "the rescheduled elections"
    if word in _PAST_WORDS or pastlike:
        return "past"
    return None


# A weekday after a capitalised word (not one opening the sentence, nor a date word) and before
# the head noun of a name is part of that name ("built on the Good Friday Agreement", "the Black
# Friday Sales"); "Last Friday President X said", "in Nairobi Tuesday Ruto said" are dates.
_NAME_AROUND_WEEKDAY = re.compile(r"(?<=[a-z,] )(?!(?:Last|Next|This|On|Since|Until|By|Early|Late|Every|Each)\b)[A-Z][a-z]+\s\Z")
_CAPITAL_NOUN_AFTER = re.compile(r"\s(?:Agreement|Accord|Accords|Prayers?|Mosque|Market|Sales?|Massacre|Uprising|Movement"
                                 r"|Protests?|Group|Alliance|Revolution|Marches|March(?!\s+\d))\b")


# "Sunday's vote was ...": the weekday's own noun phrase has a past verb.
_POSSESSIVE_THEN_PAST = re.compile(r"[’']s(?:\s+[\w-]+){1,3}?\s+(?:was|were|had|(?:which|that)\s+\w+ed)\b")
_DEICTIC_RIGHT_AFTER = re.compile(r"\s+(tomorrow|yesterday)\b", re.IGNORECASE)
_AFTER_TODAY = re.compile(r"\b(?:today|tomorrow)\s+(?:and|or)\s+(?:on\s+)?\Z", re.IGNORECASE)
_PAST_AFTER = re.compile(r"\s+(?:was|were|had|did)\b")
# An event noun, then "on" and a day of a month: the event's day ("called snap elections on November 12").
_EVENT_ON_BEFORE = re.compile(r"\b(?:elections?|polls|referendum|runoff|run-off|by-elections?)\s+on\s+"
                              r"(?:(?:[A-Z][a-z]+\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]+),?\s+(?:and|or)\s+)?\Z")  # ("on November 12 and")
# A noun, then "for" and a weekday: what is set for that day ("the motion for Friday"; not "called for",
# "voted for", "prepared for": verbs, which have their own cues).
_NOUN_FOR_BEFORE = re.compile(r"\b(?:motion|vote|debate|hearing|sitting|session|meeting|rally|march|protest|strike"
                              r"|deadline|date|plans?|talks|confidence)\s+for\s+\Z", re.IGNORECASE)
_FOLLOWING_EVENT = re.compile(r"\b(?:following|after)\s+the\s+(?:[a-z][\w-]*\s+){1,2}of\s+\Z")
_PLANNED_AFTER = re.compile(r"\s+(?:are|is)\s+(?:also\s+|now\s+)?(?:expected|scheduled|planned|slated|due)\b")
_FUTURE_RIGHT_AFTER = re.compile(r"\s+(?:will|shall)\b")
_REPORTED_FUTURE_AFTER = re.compile(r"\s+(?:will|shall|would)\b")


# "By Friday, we will activate the centres": a date fronted before its clause takes the clause's
# future, when one to three words (a subject: no verb, no "and") stand between the comma and "will";
# "sentenced on Wednesday, December 2, and will appeal" is a coordinated verb, not a fronted date.
_FUTURE_AFTER = re.compile(r",\s+(?:(?P<between>(?:\(?[A-Za-z-]+\)?\s+){1,6})(?:will|shall|should)\b|[A-Za-z]+[’']ll\b)")
_PAST_AFTER_FRONTED = re.compile(r",\s+(?P<between>(?:[A-Za-z-]+\s+){1,3})(?:said|told|was|were|had|did|announced)\b")
_NOT_A_SUBJECT = frozenset("and but or then which who that".split())
# "the motion passed on December 21, last": in Caribbean and older British usage "last" after a
# month-day (before a pause, not "last year") is the latest such day before the story.
_LAST_AFTER = re.compile(r",?\s(?P<last>last)(?=\s*[.,;:)]|\s*\Z)")
# A lower-case noun after an attributive weekday ("the Monday arrest"; not "the Monday after", "a Monday morning").
_LOWER_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|of|at|in|on|for|with|as|after|before|morning|afternoon|evening|night)\b)[a-z]{3,}")
# "and it is now June": a bare month after "is now" is the month the speaker is in.
_NOW_BEFORE = re.compile(r"\b(?:is|it[’']s)\s+now\s+\Z", re.IGNORECASE)
# Groups named after a day: "the March 8 camp", "the March 8 and 14 alliances", "the 14 March
# movement" (after "the", the group noun right after the day or a second day; never with a year:
# "on March 20 coalition forces entered the city" is a date).
_NAMED_AFTER = re.compile(r"(?:\s+(?:and|&)\s+\d{1,2})?\s+(?:camp|alliance|movement|coalition|bloc|forces)s?\b",
                          re.IGNORECASE)


def _tense_after(text: str, start: int, end: int, sentence_end: int) -> str | None:
    """"past" when a past verb follows the date right away ("the election of August 9 was
    stolen"), "future" when "will" follows it right away or a fronted date's clause is in the
    future ("By Friday, we will"): the tense of a date
    that no cue precedes."""
    if _PAST_AFTER.match(text, end, sentence_end):
        return "past"
    if _FUTURE_RIGHT_AFTER.match(text, end, sentence_end) and not _FOLLOWING_EVENT.search(text, max(0, start - 50), start):
        return "future"  # "the election in July will be contested": the date's own phrase is the subject
        # (but not "Such recognition following the massacre of October 7 will give": what it follows)
    if _PLANNED_AFTER.match(text, end, sentence_end):
        return "future"  # "protests culminating on Wednesday are expected": the phrase's own verb is a plan
    past = _PAST_AFTER_FRONTED.match(text, end, sentence_end)
    if past and not any(w.lower() in _NOT_A_SUBJECT for w in past["between"].split()):
        return "past"  # "At a news conference on August 22, Young said": the fronted date's clause is past
    after = _FUTURE_AFTER.match(text, end, sentence_end)
    if after and not any(w.lower() in _PAST_WORDS or w.endswith("ed") or w.lower() in _IRREGULAR_PAST
                         or w.lower() in _NOT_A_SUBJECT for w in (after["between"] or "").split()):
        return "future"
    return None


# Verbs of saying in the past frame reported speech; they give no tense to a date inside it that is
# followed right away by will/shall.
_SPEECH_PAST = frozenset("said told announced stated added noted insisted confirmed claimed".split())

# A finite verb in the past with the date as its own adjunct or object, at most four words between
# ("validated the December 21 motion", "joined the European Union on Jan. 1"): the date is past even
# far back ("to announce the verdict on Nov 28" has no finite verb; after "the" a word in -ed is an
# adjective: "the rescheduled vote"; a verb of saying frames what follows: "said the December 7 polls
# would be free").
_GOVERNING_PAST = re.compile(
    r"(?<![\w’'-])(?<!to\s)(?<!be\s)(?<!the\s)(?!(?:" + "|".join(sorted(_SPEECH_PAST)) + r")\b)"
    r"(?:[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")"
    r"(?:\s+(?!(?:and|but|or|which|who|that|when|after|before|until|for|to|by)\b)[\w’'-]+){0,4}\s+(?:on\s+|the\s+)?\Z")


def _last_past_word(text: str, sentence_start: int, stop: int) -> str | None:
    """The last past-tense word (in -ed, irregular or a past auxiliary) before ``stop`` in the sentence, lower-cased."""
    for word in reversed(_WORD.findall(text, sentence_start, stop)):
        lower = word.lower()
        if lower.endswith("ed") or lower in _PAST_WORDS or lower in _IRREGULAR_PAST:
            return lower
    return None


# A financial or farming year written as two ("the Year 2022/2023", "in 2025/26"): its first year,
# after a word that can stand before a year (not a name's: "Northeast Monsoon 2022/2023").
_SECOND_YEAR = re.compile(r"/(?:\d\d|" + _YEAR + r")\b")
_SPAN_YEAR_AFTER = frozenset("year the in for of fiscal financial this next last".split())


# A capitalised word right before a capitalised "Today", inside the sentence: a programme's or a
# paper's title ("Politics Today", "‘Politics Today’", "USA Today"), not "Today, …" opening a sentence.
_NAME_BEFORE_TODAY = re.compile(r"(?:(?<=[\w,’'] )|(?<=[“‘]))(?!(?:" + "|".join(map(re.escape, sorted(STOP_CAPITALISED))) + r")\b)[A-Z][\w’'-]* \Z")


def _previous_word(text: str, start: int, stop: int) -> str:
    """The word right before a date expression, as written ("mid-" counts as one); "’s" for
    a possessive noun ("Rwanda’s 1994 genocide"), which works like a determiner."""
    if _BACK_TO.search(text, max(start, stop - 12), stop):
        return "back to"  # "going back to 1961", "dating back to 2015": a year, not "to 2000 troops"
    if _BETWEEN_NOW_AND.search(text, max(start, stop - 24), stop):
        return "between"  # "between now and 2019": the end of a span from the story's day
    match = _PREVIOUS_WORD.search(text, max(start, stop - 24), stop)
    if match is None and _POSSESSIVE_BEFORE.search(text, max(start, stop - 40), stop):
        return "’s"
    if match is None and stop > start and text[stop - 1] == "(":
        return "("  # "Evo Morales (2006-2019)": a term in brackets
    return "" if match is None else match[1] or match[0]


_POSSESSED_NAME = re.compile(r"[’']s\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _possesses_country(following: str) -> bool:
    """True when a possessive and a country's name follow ("Today’s Uzbekistan", "Today’s South Sudan")."""
    owned = _POSSESSED_NAME.match(following)
    words = owned.group(1).split() if owned else []
    return any(" ".join(words[:n]) in COUNTRIES for n in range(1, len(words) + 1))


_UNREST_AFTER = re.compile(r"\s+(?:clashes|riots|unrest|violence|killings|massacre|uprising|crackdown)\b")
_RULING_AFTER = re.compile(r"\s+(?:decision|ruling|verdict|judgment|judgement)\b")
_PLURAL_EVENT_AFTER = re.compile(r"\s+(?:(?:general|presidential|parliamentary|legislative|local|municipal)\s+)?"
                                 r"(?:elections|polls|talks|hearings|protests)\b")
# ("contesting August elections", "prepares for November presidential elections")
_POSSESSIVE_AFTER = re.compile(r"[’']s\s+[a-z]")
# (also lower case and plural: "the government's 2019 budget", "the Solomon Islands' 2019 decision"; not "it's")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])(?!(?i:it|that|there|what|here|who|he|she|where|let)[’']s\b)"
                                r"[A-Za-z][\w-]*(?:[’']s|s[’'])\s+\Z")


def _month_number(name: str) -> int:
    return MONTHS.get(name) or MONTHS.get(name.title()) or _MONTH_ABBREVIATIONS[name.rstrip(".").title()]


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _day(value: dt.date) -> str:
    return value.isoformat()


def resolve_weekday(dct: dt.date, weekday: int, future: bool) -> Resolution:
    """A bare weekday: on or before the DCT, or after it with a future cue."""
    if future:
        ahead = (weekday - dct.weekday()) % 7  # "will be held Saturday" in a Saturday story: that day
        return _day(dct + dt.timedelta(days=ahead)), "day", "weekday-future-cue"
    back = (dct.weekday() - weekday) % 7
    return _day(dct - dt.timedelta(days=back)), "day", "weekday-most-recent-past"


def resolve_month(dct: dt.date, month: int, future: bool, leaning_future: bool = False) -> Resolution:
    """A month without a year: latest not after the DCT's month, or earliest not before it.
    With no tense cue near it but a future word earlier in its sentence (``leaning_future``),
    a month more than six months back gives way to one at most two months ahead ("would
    meet on June 27-28 followed by a meeting ... in August" in a June story)."""
    ahead, behind = (month - dct.month) % 12, (dct.month - month) % 12
    if leaning_future and not future and behind > 6 and ahead <= 2:
        year = dct.year if month >= dct.month else dct.year + 1
        return f"{year}-{month:02d}", "month", "month-nearest-uncued"
    if future:
        year = dct.year if month >= dct.month else dct.year + 1
        return f"{year}-{month:02d}", "month", "month-future-cue"
    year = dct.year if month <= dct.month else dct.year - 1
    return f"{year}-{month:02d}", "month", "month-latest-past"


def resolve_month_day_nearest(dct: dt.date, month: int, day: int) -> Resolution | None:
    """A month and day without a year and with no tense cue: the occurrence nearest the DCT
    (news dates lie within months of the story: "on 24 March" in a January story)."""
    past, future = resolve_month_day(dct, month, day, False), resolve_month_day(dct, month, day, True)
    if past is None or future is None:
        return past or future
    gap_past = (dct - dt.date.fromisoformat(past[0])).days
    gap_future = (dt.date.fromisoformat(future[0]) - dct).days
    if gap_future < gap_past:
        return future[0], "day", "month-day-nearest"
    return past[0], "day", "month-day-nearest" if gap_past else past[2]


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
    modifier = " ".join(modifier.lower().split())
    written = modifier
    modifier = {"this coming": "next", "this past": "last"}.get(modifier, modifier)  # same day in news
    shift = {"last": -1, "next": 1, "this": 0}[modifier]
    if unit in WEEKDAYS:
        monday = dct - dt.timedelta(days=dct.weekday())
        if modifier == "this":
            day = monday + dt.timedelta(days=WEEKDAYS[unit])
        elif modifier == "last":
            back = (dct.weekday() - WEEKDAYS[unit]) % 7 or 7
            # "last Tuesday" in a Wednesday story is the Tuesday of the week before: the day before the
            # story would be "yesterday" or "on Tuesday" ("this past Tuesday" may still be that day)
            day = dct - dt.timedelta(days=back + 7 if back == 1 and written == "last" else back)
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


def _month_day(dct: dt.date, month: int, day: int, tense: str | None) -> Resolution | None:
    if tense in (None, "near", "delay"):
        return resolve_month_day_nearest(dct, month, day)
    future = tense == "future"
    chosen, other = resolve_month_day(dct, month, day, future), resolve_month_day(dct, month, day, not future)
    # a future cue is kept ("scheduled for July 16"), and so is the past of a verb that governs the date
    # ("joined the European Union on Jan. 1" in a November story: "verb-past")
    if tense == "past" and chosen is not None and other is not None:
        gap = abs((dt.date.fromisoformat(chosen[0]) - dct).days)
        other_gap = abs((dt.date.fromisoformat(other[0]) - dct).days)
        if gap > FAR_DAYS and other_gap <= NEAR_DAYS:  # "announced on Nov 28" the day before Nov 28
            return other[0], "day", "month-day-nearest-over-tense"
    if future and chosen is not None and other is not None and (dct - dt.date.fromisoformat(other[0])).days <= JUST_PAST_DAYS:
        # "the Cardinal will meet the president on March 2" in a March 4 story: a statement made
        # before that day and reported now, not a date a year ahead
        return other[0], "day", "month-day-just-past-over-future"
    return chosen


def _resolve_month_expression(
    match: re.Match[str], dct: dt.date, tense: str | None, previous: str, leaning_future: bool = False,
    following: str = "", event: bool = False, planned: bool = False,
) -> Resolution | None:
    """Month with a day (and year), month with a year, or a bare month."""
    month = _month_number(match["month"])
    if match["day"]:
        day = _day_number(match["day"])
        if not match["day_year"]:
            return _month_day(dct, month, day, tense)
        try:
            return _day(dt.date(int(match["day_year"]), month, day)), "day", "month-day-year-explicit"
        except ValueError:
            return None
    if match["month_year"]:  # "November 2024", "Nov. 2024"
        return f"{match['month_year']}-{month:02d}", "month", "month-year-explicit"
    if match["month"].endswith("."):
        return None  # "Nov." alone is not a date expression we trust
    if match["month"] != "May" and _POSSESSIVE_AFTER.match(following) and previous not in _BARE_MONTH_AFTER:
        # "matters relating to April's election": the month names its event, no tense of its own
        if tense in ("past", "future"):
            return resolve_month(dct, month, tense == "future")
        return _event_month(dct, month)
    if match["month"] != "May" and previous not in _BARE_MONTH_AFTER and _PLURAL_EVENT_AFTER.match(following):
        # "a ban on him contesting August elections": the nearest ones, unless the future points
        # ahead ("prepares for November presidential elections")
        return resolve_month(dct, month, True) if tense == "future" else _event_month(dct, month)
    if match["month"] != "May" and previous not in _BARE_MONTH_AFTER and _UNREST_AFTER.match(following) and tense != "future":
        return resolve_month(dct, month, False)  # "the deadly December clashes": unrest reported has happened
    if match["month"] != "May" and previous in _MONTH_EVENT_BEFORE and _RULING_AFTER.match(following):
        return resolve_month(dct, month, tense == "future")  # "the court's December decision": a ruling given
    if previous.lower() == "come" and match["month"] != "May":
        return resolve_month(dct, month, True)  # "a peaceful election come December": the month ahead
    if previous not in _BARE_MONTH_AFTER and not (
            previous in _MONTH_EVENT_BEFORE | _PLAN_ADJECTIVES and _MONTH_EVENT_AFTER.match(following)) and not (
            _RELATIVE_YEAR_AFTER.match(following)) and not (planned and (
                match["month"] != "May" or not re.match(r"\s*(?:[A-Z]|and\b|or\b|&)", following))):
        return None  # ("an election set for May because of …" is the month; not "planned for May Kamara")
    ahead, behind = (month - dct.month) % 12, (dct.month - month) % 12
    if tense in ("near", "delay"):  # "adjourned until April": the occurrence nearest the story
        return resolve_month(dct, month, ahead < behind)
    if tense is None and (previous in _MONTH_EVENT_BEFORE | _PLAN_ADJECTIVES and _MONTH_EVENT_AFTER.match(following)
                          or event):
        # "leading the polls for the October vote", "to avoid a December runoff": a month naming an
        # event, with no tense of its own, is the occurrence nearest the story, ahead on a tie
        return _event_month(dct, month)
    return resolve_month(dct, month, tense == "future", leaning_future and tense is None)


def _event_month(dct: dt.date, month: int) -> Resolution:
    """A month naming an event: the occurrence nearest the story, ahead on a tie."""
    ahead, behind = (month - dct.month) % 12, (dct.month - month) % 12
    return resolve_month(dct, month, 0 < ahead <= behind)[0], "month", "month-event-nearest"


def _figures(dct: dt.date, first: str, second: str, year: str) -> Resolution | None:
    """A date all in figures: day then month, or month then day; where both read as a date, the
    one nearer the story's date ("05/07/23" in a story of 6 July 2023 is 5 July)."""
    number = int(year) + (2000 if len(year) == 2 else 0)
    readings = []
    for day, month in ((int(first), int(second)), (int(second), int(first))):
        try:
            readings.append(dt.date(number, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    nearest = min(readings, key=lambda reading: abs((reading - dct).days))
    return _day(nearest), "day", "figures"


def _resolve(match: re.Match[str], dct: dt.date, tense: str | None, previous: str,
             following: str = "", leaning_future: bool = False, event: bool = False,
             planned: bool = False) -> Resolution | None:
    future = tense == "future"
    if match["iso"]:
        try:
            return _day(dt.date.fromisoformat(match["iso"])), "day", "iso-date"
        except ValueError:
            return None
    if match["num_a"]:
        return _figures(dct, match["num_a"], match["num_b"], match["num_year"])
    if match["dm_day"]:
        month, day = _month_number(match["dm_month"]), _day_number(match["dm_day"])
        if not match["dm_year"]:
            return _month_day(dct, month, day, tense)
        try:
            return _day(dt.date(int(match["dm_year"]), month, day)), "day", "month-day-year-explicit"
        except ValueError:
            return None
    if match["year"]:
        if previous in _BARE_YEAR_AFTER or _YEAR_EVENT_AFTER.match(following) or following.startswith(")") and (
                previous == "(") or (
                previous == "’s" and _NOUN_AFTER_YEAR.match(following) and not _PLURAL_AFTER.match(following)):
            # ("Rwanda’s 1994 genocide": after a possessive and before a noun, not "Kenya’s 2000 troops")
            return match["year"], "year", "year-explicit"
        if previous == "for" and _CLAUSE_END.match(following):
            return match["year"], "year", "year-explicit"  # "targets for 2025.": not "for 2000 troops"
        if previous.lower() in _SPAN_YEAR_AFTER and _SECOND_YEAR.match(following):
            return match["year"], "year", "year-explicit"  # "the Year 2022/2023", "the 2017/18 budget": its first year
        if previous == "into" and not _PLURAL_AFTER.match(following):
            return match["year"], "year", "year-explicit"  # "go into 2022 divided": not "into 2000 homes"
        return None
    if match["month"]:
        return _resolve_month_expression(match, dct, tense, previous, leaning_future, following, event, planned)
    if match["weekday"]:
        if tense == "near":  # "was originally set for Monday": the nearest, ahead on a tie
            ahead = (WEEKDAYS[match["weekday"]] - dct.weekday()) % 7
            value, granularity, _ = resolve_weekday(dct, WEEKDAYS[match["weekday"]], ahead <= 3)
            return value, granularity, "weekday-near"
        return resolve_weekday(dct, WEEKDAYS[match["weekday"]], future or tense == "delay")
    if match["modifier"]:
        if tense == "past" and match["unit"] in WEEKDAYS and " ".join(match["modifier"].lower().split()) == "this" and (
                WEEKDAYS[match["unit"]] > dct.weekday()):
            # "marched this Sunday" in a Monday story: the Sunday just past, not the one ahead in the week
            value, granularity, _ = resolve_weekday(dct, WEEKDAYS[match["unit"]], False)
            return value, granularity, "weekday-this-past"
        return _resolve_modified(dct, match["modifier"], match["unit"])
    if match["season"]:  # "this summer", "next fall": the year only (a season has no month value)
        return str(dct.year + {"this": 0, "next": 1, "last": -1}[match["season_mod"].lower()]), "year", "season"
    word = " ".join(match["deictic"].lower().split())
    if word in ("last night", "last evening") and previous in _MONTH_EVENT_BEFORE and not (
            previous == "that" and not re.match(r"\s+(?:of|in|at|before)\b", following)):
        # "the last night of the festival": a rank, not a date ("noted that last night, …": a conjunction)
        return None
    if word in ("today", "yesterday") and (previous.lower() == "the" or _possesses_country(following)):
        return None  # "Today’s Uzbekistan is different from the yesterday’s": a country's present and past, no day
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1, "this morning": 0,
             "this afternoon": 0, "this evening": 0, "the day after tomorrow": 2, "the day before yesterday": -2}[word]
    return _day(dct + dt.timedelta(days=shift)), "day", f"deictic-{word.replace(' ', '-')}"


# "the 2017 Service Award and 2018 Jasamu Award": a year after "and"/"or" is a year when a year
# stands shortly before it in the sentence, unless a plural noun makes it a count ("and 2000 troops").
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
# The same test for a year after "into", where a function word in -s may follow ("into 2022 as a nation").
_PLURAL_AFTER = re.compile(r"\s+(?!(?:as|is|was|has|this|its|his|us|thus|plus|unless|whereas)\b)[a-z]+s\b")


def _coordinated_year(text: str, found: Sequence[Timex], match: re.Match[str], sentence_end: int) -> Resolution | None:
    """The bare year of ``match`` (after "and"/"or") when a year of ``found`` ends at most 80 characters before it."""
    if _PLURAL_AFTER.match(text, match.end(), sentence_end) or not any(  # ("in 2008 and 2009 as a boom turned")
            t.granularity == "year" and match.start() - 80 <= t.end <= match.start() for t in found):
        return None
    return match["year"], "year", "coordinated-year"


# "on May 9, a working Wednesday": a weekday in apposition to the date before it names that date.
_APPOSITION_GAP = re.compile(r",\s+an?\s+(?:[a-z]+\s+)?")


def _in_apposition(text: str, before: Timex, start: int, weekday: str) -> Resolution | None:
    """The date ``before`` when the weekday at ``start`` stands in apposition to it and agrees with it."""
    if before.granularity != "day" or not _APPOSITION_GAP.fullmatch(text, before.end, start):
        return None
    if dt.date.fromisoformat(before.value).weekday() != WEEKDAYS[weekday]:
        return None
    return before.value, "day", "weekday-in-apposition"


# "on Friday evening (early Saturday morning Cyprus time)": the same moment in another time zone,
# a weekday in brackets right after a dated day, is the day of that weekday nearest it.
_LOCAL_DAY_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*\(\s*(?:early|late)?\s*")


def _local_day_in_brackets(text: str, before: Timex, start: int, weekday: str) -> Resolution | None:
    if before.granularity != "day" or not before.rule.startswith("weekday") or not _LOCAL_DAY_GAP.fullmatch(
            text, before.end, start):
        return None  # (not "yesterday (Monday)": a gloss of the same day, read elsewhere)
    day = dt.date.fromisoformat(before.value)
    shift = (WEEKDAYS[weekday] - day.weekday()) % 7
    shift = shift - 7 if shift > 3 else shift  # the nearest: a day either side
    return _day(day + dt.timedelta(days=shift)), "day", "weekday-local-in-brackets"


_RELATIVE_YEARS = ("last-year", "this-year", "next-year")
_COMPOUND_GAP = re.compile(r",\s?\Z|\s\Z")


def merge_compounds(text: str, found: list[Timex], dct: dt.date) -> list[Timex]:
    """Join two expressions that name one date: "Wednesday, December 2" and "July 21, Sunday"
    (the weekday adds nothing to the day: the month-day's value is kept), "March 31 last
    year", "April this year" and "Dec. 3 of last year" (the year comes from the second)."""
    out: list[Timex] = []
    for timex in found:
        previous = out[-1] if out else None
        gap = text[previous.end : timex.start] if previous else ""
        # "last year’s October 6 referendum": the year first, its possessive, then the day
        year_first = (previous is not None and gap in ("’s ", "'s ") and previous.rule in _RELATIVE_YEARS
                      and timex.granularity in ("day", "month") and timex.rule.startswith("month"))
        if previous is None or not (_COMPOUND_GAP.fullmatch(gap) or gap == " of " or year_first) or not gap:
            out.append(timex)
            continue
        kinds = (previous.rule.startswith("weekday"), timex.rule.startswith("weekday"))
        # "today, Tuesday, November 24": a deictic stays apart, the weekday joins the calendar date.
        deictic = previous.rule.startswith("deictic") or timex.rule.startswith("deictic")
        day_pair = (previous.granularity == timex.granularity == "day" and kinds in ((True, False), (False, True))
                    and not deictic)
        year_after = (previous.granularity in ("day", "month") and timex.granularity == "year"
                      and timex.rule in _RELATIVE_YEARS and gap in (" ", " of "))
        week_pair = _week_and_weekday(previous, timex, dct) if gap == " " else None
        if week_pair is not None:  # "Monday this week", "next week Thursday"
            out[-1] = _joined(text, previous, timex, week_pair, "day", "weekday-of-week")
        elif day_pair and ("," in gap or (gap == " " and kinds == (True, False))):  # "Saturday 22nd September"
            dated = timex if kinds[0] else previous
            out[-1] = _joined(text, previous, timex, dated.value, "day", f"{dated.rule}+weekday")
        elif year_after or year_first:
            year, dated = (previous, timex) if year_first else (timex, previous)
            value = year.value + dated.value[4:]
            try:
                dt.date.fromisoformat(value) if dated.granularity == "day" else None
            except ValueError:
                out.append(timex)
                continue
            rule = f"{year.rule}-possessive" if year_first else f"month-{timex.rule}"
            out[-1] = _joined(text, previous, timex, value, dated.granularity, rule)
        else:
            out.append(timex)
    return out


def _week_and_weekday(first: Timex, second: Timex, dct: dt.date) -> str | None:
    """The day a weekday and a relative week name together ("Monday this week"), or None.

    In a story dated Sunday, "next week" is the week after the one that day opens (Sunday
    starts the week in much of the press, and a weekday two days on would be "on Tuesday",
    not "Tuesday next week")."""
    pairs = ((first, second), (second, first))
    for weekday, week in pairs:
        if weekday.rule.startswith("weekday") and week.rule in ("last-week", "this-week", "next-week"):
            year, number = week.value.split("-W")
            name = weekday.text.split()[-1]
            if name in WEEKDAYS:
                day = dt.date.fromisocalendar(int(year), int(number), WEEKDAYS[name] + 1)
                if week.rule == "next-week" and dct.weekday() == 6 and WEEKDAYS[name] != 6:
                    day += dt.timedelta(days=7)
                return _day(day)
    return None


_SPEECH_DAY_BEFORE = re.compile(r"\b(?:said|says|told|added|announced|stated)\s+(?:on\s+)?\Z")


def _weekdays_in_named_week(text: str, found: list[Timex], dct: dt.date) -> list[Timex]:
    """"hold the session this week —on Thursday or Friday—": a weekday soon after a named week,
    in its sentence and with no other date between, is that week's day."""
    out = list(found)
    for i, week in enumerate(found):
        if week.rule not in ("this-week", "next-week", "last-week"):
            continue
        for j in range(i + 1, len(found)):
            day = found[j]
            if not day.rule.startswith("weekday") or day.text not in WEEKDAYS or day.start - week.end > 40:
                break  # (a bare weekday only: "this week about last Sunday’s vote" keeps its "last")
            if _SPEECH_DAY_BEFORE.search(text, week.end, day.start):
                break  # "clashes last week, a police spokesperson said Tuesday": the day of the report
            value = _week_and_weekday(day, week, dct)
            if value is not None:
                out[j] = dataclasses.replace(day, value=value, rule=f"{day.rule}-in-{week.rule}")
    return out


def _joined(text: str, first: Timex, second: Timex, value: str, granularity: Granularity, rule: str) -> Timex:
    return Timex(first.start, second.end, text[first.start : second.end], value, granularity, rule,
                 first.signal, paragraph=first.paragraph)


def find_timexes(text: str, sentences: Sequence[Sentence], dct: dt.date) -> tuple[Timex, ...]:
    """Every date expression in the sentences, resolved against ``dct``."""
    found: list[Timex] = []
    for sentence in sentences:
        first = len(found)
        for match in _TIMEX.finditer(text, sentence.start, sentence.end):
            start, end = match.span()
            previous = _previous_word(text, sentence.start, start)
            if previous.lower() in ("every", "each", "weekly"):  # ("after weekly Friday prayers")
                continue  # a recurring set ("Every Monday"), not a date
            if match.group() == "Today" and _NAME_BEFORE_TODAY.search(text, max(sentence.start, start - 30), start):
                continue  # "on Politics Today", "USA Today reported": the last word of a title, not a day
            if match["weekday"] and _EVERY_WEEKDAYS_BEFORE.search(text, max(sentence.start, start - 60), start):
                continue  # "every Tuesday and Thursday": the second day of the set recurs too
            every = [e.end() for e in _EVERY_YEAR.finditer(text, sentence.start, start)]
            if match["month"] and not (match["day"] or match["month_year"]) and every and not (
                    _CLAUSE_BREAK_THEN.search(text, every[-1], start)):
                continue  # "The leaders annually hold a summit in December": every December, no one date
            if match["weekday"] and previous.lower() == "a" and _ANY_SUCH_DAY_AFTER.match(text, end) and not (
                    re.search(r",\s+a\s+\Z", text[max(0, start - 6) : start])):
                # "convened on a Sunday, when …": any such day, not a date (not "a Monday afternoon
                # meeting", nor "for January 7, a Sunday,": the date's weekday in apposition)
                continue
            if match["weekday"] and match.group() in WEEKDAYS and weekday_is_name(text, start, end):
                continue  # a person's name: "PF candidate Sunday Chanda", "Godwin Friday"
            if match["weekday"] and match.group() in WEEKDAYS and _NAME_AROUND_WEEKDAY.search(
                    text, max(sentence.start + 1, start - 20), start) and _CAPITAL_NOUN_AFTER.match(text, end):
                continue  # inside a name: "the Good Friday Agreement", not a day
            if (match["day"] and not match["day_year"] or match["dm_day"] and not match["dm_year"]) \
                    and previous.lower() == "the" and _NAMED_AFTER.match(text, end):
                continue  # a group named after a date ("the March 14 alliance"), not a date
            tense = tense_cue(text, sentence.start, start) or _tense_after(text, start, end, sentence.end)
            if tense == "future" and _PAST_AFTER.match(text, end, sentence.end):
                tense = "near"  # "an audience slated for Tuesday was postponed": a plan told as past, either side
            listed = found[-1] if len(found) > first and match["weekday"] else None
            if listed is not None and listed.text in WEEKDAYS and _LIST_GAP.fullmatch(text, listed.end, start) and (
                    listed.value > dct.isoformat()):
                tense = "future"  # "I can come on Thursday, Friday": a listed weekday goes the way of the one before
            if tense in ("past", None) and _REPORTED_FUTURE_AFTER.match(text, end, sentence.end) \
                    and _last_past_word(text, sentence.start, start) in _SPEECH_PAST:
                # "said that November 15 will be the date": reported speech keeps its own tense, and
                # "would" is its future told in the past ("said … the vote on Wednesday would be calm")
                tense = "future"
            if match["weekday"] and text[end : end + 2] in ("'s", "’s") and not (
                    tense == "future" and re.search(r"\bwill\b", text[sentence.start : start])) and (
                    _last_past_word(text, sentence.start, start) in (None, *_SPEECH_PAST, *_CALLED_OFF)) and not (
                    _POSSESSIVE_THEN_PAST.match(text, end, sentence.end)):  # "turnout in Sunday's vote was low"
                # ("said he will do his utmost … in Sunday’s election": "will" keeps the day ahead)
                tense = "near"  # "said efforts to rig Sunday's ballot": an event named by its weekday, with no past
                # verb of its own (a verb of saying only dates the report), is the nearest one
            elif match["weekday"] and text[end : end + 2] in ("'s", "’s") and _POSSESSIVE_THEN_PAST.match(text, end, sentence.end):
                tense = "past"  # "would produce evidence that Sunday’s elections were rife with fraud": the event's own past
            governing = _GOVERNING_PAST.search(text, max(sentence.start, start - 40), start) if (
                tense == "past" and (match["day"] or match["dm_day"])) else None
            if governing is not None and not _MONTH_EVENT_AFTER.match(text, end):
                # not before an event that may lie ahead: "approved the December 5 vote" keeps the nearest reading;
                # a delay sets a new date on either side: "adjourned the case on March 3" (to that day)
                tense = "delay" if _DELAY_VERB.match(governing.group().split()[0]) else "verb-past"
            if tense == "future" and match["weekday"] and previous.lower() in ("the", "a", "an") \
                    and _LOWER_NOUN_AFTER.match(text, end) \
                    and _nearest_cue(_WORD.findall(text, max(sentence.start, start - 40), start)[-4:]) is None:
                # "promised a statement explaining the Monday arrest": a weekday naming an event takes no tense
                # from an intention that governs another verb further left; with no cue in the words just
                # before it, it is the nearest such day, ahead on a tie ("will attend the Friday meeting" keeps "will")
                tense = "near"
            if match["weekday"] and tense in (None, "past") and re.match(r"\s+deadline\b", text[end : end + 10]):
                tense = "near"  # "has given X a Thursday deadline": the day nearest the story, ahead on a tie
            if (match["day"] or match["dm_day"]) and not (match["day_year"] or match["dm_year"]) and _RESULTS_AFTER.match(text, end):
                tense = "past"  # "the 25 February election results": an event whose results are in has happened
            if match["weekday"] and tense in (None, "past") and _TO_HOLD_EVENT.search(text, max(sentence.start, start - 60), start):
                tense = "near"  # "denied them the right to hold a demonstration on Friday": a plan, either side of the story
            if match["weekday"] and previous.lower() in ("starting", "beginning") and tense in (None, "past"):
                tense = "near"  # "consultations, starting Wednesday,": a period's first day, either side of the story
            if match["weekday"] and _AFTER_TODAY.search(text, max(sentence.start, start - 20), start):
                tense = "future"  # "at the court today and Friday": the weekday comes after today
            if tense in (None, "past") and (match["day"] and not match["day_year"] or match["dm_day"] and not match["dm_year"]) \
                    and _EVENT_ON_BEFORE.search(text, max(sentence.start, start - 40), start) \
                    and not _PAST_AFTER.match(text, end, sentence.end):
                tense = "near"  # "announced snap elections on November 12": the event's own day, either side of the story
            if match["weekday"] and tense in (None, "past") and _NOUN_FOR_BEFORE.search(text, max(sentence.start, start - 30), start) \
                    and not _PAST_AFTER.match(text, end, sentence.end):
                tense = "near"  # "the motion of no confidence for Friday is still on file": what is set for that day
            glossed = _DEICTIC_RIGHT_AFTER.match(text, end, sentence.end) if match["weekday"] else None
            if glossed is not None:  # "during the course of Tuesday tomorrow": the weekday that day is
                tense = "future" if glossed.group(1).lower() == "tomorrow" else "past"
            if match["month"] and not match["day"] and _FOR_THE.search(text, max(sentence.start, start - 24), start) \
                    and _MONTH_EVENT_AFTER.match(text, end):
                tense = None  # "disqualified for the October elections": the event named, not the verb's time
            leaning = tense is None and any(w.lower() in _LEANING_WORDS for w in _WORD.findall(text, sentence.start, start))
            event = bool(match["month"]) and bool(_EVENT_IN_BEFORE.search(text, max(sentence.start, start - 50), start))
            planned = bool(match["month"]) and bool(_PLANNED_FOR.search(text, max(sentence.start, start - 30), start))
            described = bool(match["month"]) and not (match["day"] or match["month_year"]) and bool(
                _ADJECTIVE_BEFORE_YEAR.search(text, max(sentence.start, start - 40), start)) and bool(_MONTH_EVENT_AFTER.match(text, end))
            # ("a comprehensive November election victory": an adjective between the article and the month)
            resolved = _resolve(match, dct, tense, "the" if described else previous.lower(),
                                text[end : min(end + 40, sentence.end)], leaning, event, planned)
            if (resolved is None and match["month"] in MONTHS and match["month"] != "May" and not match["day"]
                    and not match["month_year"] and previous == "that" and found[first:]):
                # "opened in January 2020, but hearings were suspended that March": the year of the
                # sentence's last date ("that May" is left alone: it is also a name)
                resolved = f"{found[-1].value[:4]}-{MONTHS[match['month']]:02d}", "month", "month-of-that-year"
            if (resolved is None and match["month"] in MONTHS and not match["day"] and not match["month_year"]
                    and _NOW_BEFORE.search(text, max(sentence.start, start - 12), start)
                    and not re.match(r"\s+[A-Z]", text[end : end + 2])):  # "the leader is now June Kamara"
                # "it is now June": the month the speaker is in, the story's own or the nearest
                month = MONTHS[match["month"]]
                ahead, behind = (month - dct.month) % 12, (dct.month - month) % 12
                resolved = resolve_month(dct, month, 0 < ahead < behind)[0], "month", "month-now"
            if (resolved is None and match["month"] in MONTHS and not match["day"] and not match["month_year"]
                    and found[first:] and found[-1].granularity == "month" and text[found[-1].end : start] in (" and ", " or ")
                    and not re.match(r"\s+[A-Z]", text[end : end + 2])):
                # "elections in April and May": a month joined to the month before it takes its reading
                month = MONTHS[match["month"]]
                year = int(found[-1].value[:4]) + (1 if month < int(found[-1].value[5:7]) else 0)
                resolved = f"{year}-{month:02d}", "month", "coordinated-month"
            if resolved is None and match["year"] and found[first:] and found[-1].rule == "month-year-explicit" \
                    and text[found[-1].end : start] == " or " and not _COUNTED_AFTER.match(text, end, sentence.end):
                # "finish in February 2021 or 2022": an alternative year after a month and year keeps the month
                resolved = f"{match['year']}-{found[-1].value[5:7]}", "month", "alternative-year-of-month"
            if (resolved is None and match["year"] and _ADJECTIVE_BEFORE_YEAR.search(text, max(sentence.start, start - 30), start)
                    and _NOUN_AFTER_YEAR.match(text, end) and not _PLURAL_AFTER.match(text, end)
                    and 1900 <= int(match["year"]) <= dct.year + 10):
                resolved = match["year"], "year", "year-after-adjective"  # "the historic 2016 agreement"
            if resolved is None and match["year"] and previous.lower() in ("and", "or"):
                resolved = _coordinated_year(text, found[first:], match, sentence.end)
            if resolved is None and match["year"] and found[first:] and found[-1].granularity == "year" \
                    and text[found[-1].end : start] == ", " and not _COUNTED_AFTER.match(text, end, sentence.end):
                resolved = match["year"], "year", "listed-year"  # "in 1985, 1992 and 1996": a list of years
            if resolved is None:
                continue
            if match["weekday"] and len(found) > first:
                resolved = (_in_apposition(text, found[-1], start, match["weekday"])
                            or _local_day_in_brackets(text, found[-1], start, match["weekday"]) or resolved)
            value, granularity, rule = resolved
            last_after = _LAST_AFTER.match(text, end, sentence.end) if granularity == "day" and (
                match["day"] and not match["day_year"] or match["dm_day"] and not match["dm_year"]) else None
            if last_after:  # "passed on December 21, last.": the latest such day before the story
                passed = resolve_month_day(dct, int(value[5:7]), int(value[8:10]), False)
                if passed is not None:
                    value, rule, end = passed[0], "month-day-last", last_after.end("last")
            start = _with_modifier(text, sentence.start, start, day=bool(match["weekday"] or match["deictic"]))
            if rule == "month-of-that-year":
                start = text.rindex("that", sentence.start, start)  # "that" belongs to the extent
            if match["day"] or match["dm_day"]:  # "Tues. Dec. 28, 2021": an abbreviated weekday joins the date
                weekday = _ABBR_WEEKDAY_BEFORE.search(text, max(0, start - 8), start)  # "Tues." may end a sentence
                start = weekday.start() if weekday else start
            if start != match.start():
                previous = _previous_word(text, sentence.start, start)
            found.append(
                Timex(
                    start=start,
                    end=end,
                    text=text[start:end],
                    value=value,
                    granularity=granularity,
                    rule=rule,
                    signal=previous if previous.lower() in _SIGNALS else None,
                    paragraph=sentence.paragraph,
                )
            )
        found[first:] = _month_of(text, found[first:])
        found[first:] = _glossed(text, _month_year_ranges(text, _between_months(text, merge_compounds(text, found[first:], dct))))
        found.extend(_coordinated_days(text, sentence, found[first:]))
        found[first:] = _beside_firm_days(found[first:], dct)
        found[first:] = _joined_weekdays(text, found[first:], dct)
        found.extend(_bracketed_day_numbers(text, sentence, found[first:]))
        found[first:] = _weekdays_in_named_week(text, found[first:], dct)
        # The passes below look for rare phrases; a word each must contain is checked first
        # (a substring test is far cheaper than a regular expression over every sentence).
        words = text[sentence.start : sentence.end].lower()
        if "day" in words or "night" in words or "morning" in words or "evening" in words or "afternoon" in words:
            if "election day" in words or "polling day" in words or "the day " in words:
                found.extend(_election_day(text, sentence, found))  # before "the day after" read from any date
            found.extend(_anaphoric(text, sentence, found))
        if ("new year" in words or "christmas" in words or "boxing day" in words or "may day" in words
                or "easter" in words or "good friday" in words):
            holidays = _holidays(text, sentence, found[first:], dct)  # "Boxing Day 2019" replaces its "2019"
            found[first:] = [t for t in found[first:] if not any(h.start <= t.start < h.end for h in holidays)]
            found.extend(holidays)
        if "the " in words and (_ORDINAL_NUMBER.search(words) or "on the " in words):
            found.extend(_bare_ordinal_days(text, sentence, found[first:], dct))
        if "same year" in words or "that year" in words:
            same = _month_of_the_same_year(text, sentence, found)
            found[first:] = [t for t in found[first:] if not any(a.start <= t.start < a.end for a in same)]
            found.extend(same)
        if "ago" in words:
            ago = _ago(text, sentence, found[first:], dct)
            found[first:] = [t for t in found[first:] if not any(a.start <= t.start < a.end for a in ago)]
            found.extend(ago)
        if "later" in words or "earlier" in words:
            found.extend(_counted_from_anchor(text, sentence, sorted(found[first:], key=lambda t: t.end)))
        seasons = _seasons(text, sentence, found[first:]) if " of " in words and any(
            season in words for season in ("spring", "summer", "autumn", "fall", "winter")) else []
        if seasons:  # "the summer of 2020" replaces the "2020" inside it
            found[first:] = [t for t in found[first:] if not any(o.start <= t.start < o.end for o in seasons)]
            found.extend(seasons)
        if "the year" in words:
            found.extend(_part_of_the_year(text, sentence, found[first:], dct))
        if " the " in words and any(season in words for season in ("spring", "summer", "autumn", "fall")):
            found.extend(_anchored(text, sentence, m.start(), m.end(), str(dct.year), "year", "season-of-the-story-year")
                         for m in _THE_SEASON.finditer(text, sentence.start, sentence.end)
                         if not any(t.start <= m.start() < t.end for t in found[first:]))
        ordinal = _ordinal_months(text, sentence, dct) if "month" in words else []
        if ordinal:  # "the fifth month of next year" replaces the "next year" inside it
            found[first:] = [t for t in found[first:] if not any(o.start <= t.start < o.end for o in ordinal)]
            found.extend(ordinal)
    in_order = _weekdays_named_before(_repeated_month_days(sorted(found, key=lambda t: (t.start, t.end))), dct)
    return tuple(_dateline_day(text, _speech_day(text, sentences, _day_next_to(text, in_order), dct), dct))


# "ISLAMABAD, Apr 7 (UrduPoint …)" in a story dated 8 April: the wire filed it on the 7th, and the
# reporter's "today" is that day. A day opening the first paragraph after a place in capitals, one
# to three days before the story's date, is the day the deictic words outside quotations count from.
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z .’'/-]{2,40},\s*(?:[A-Z][a-z]+,?\s+)?\Z")
_DATELINE_BACK = 3


def _dateline_day(text: str, found: list[Timex], dct: dt.date) -> list[Timex]:
    """``found`` with the reporter's deictic days counted from a wire dateline's own day."""
    opening = next((t for t in found if t.paragraph == 1), None)
    if opening is None or opening.granularity != "day" or not any(t.rule.startswith("deictic") for t in found):
        return found
    line = text.rfind("\n", 0, opening.start) + 1
    if not _DATELINE_LEAD.fullmatch(text, line, opening.start):
        return found
    back = (dct - dt.date.fromisoformat(opening.value)).days
    if not 0 < back <= _DATELINE_BACK:
        return found
    return [dataclasses.replace(t, value=_day(dt.date.fromisoformat(t.value) - dt.timedelta(days=back)),
                                rule=f"{t.rule}-dateline-day")
            if t.rule.startswith("deictic") and not t.rule.endswith(("-glossed", "-speech-day")) else t
            for t in found]


# "elections in the fall", "must be held by the autumn": a season with "the" after a preposition is
# the story's own year (not "the fall of the government"; winter straddles two years, left out).
_THE_SEASON = re.compile(r"(?<=\b(?:in|by) )the\s+(?:spring|summer|autumn|fall)\b(?!\s+of\b)(?!-)")


# "a day before Christmas Day", "the day after May 4": one day from a dated day, one expression.
_DAY_NEXT_TO = re.compile(r"\b(?:a|one|the)\s+day\s+(before|after)\s+\Z", re.IGNORECASE)


def _day_next_to(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    for timex in found:
        shift = _DAY_NEXT_TO.search(text, max(0, timex.start - 20), timex.start) if timex.granularity == "day" else None
        if shift is not None and not any(t.start <= shift.start() < t.end for t in out):
            day = dt.date.fromisoformat(timex.value) + dt.timedelta(days=-1 if shift.group(1).lower() == "before" else 1)
            timex = dataclasses.replace(timex, start=shift.start(), text=text[shift.start() : timex.end], value=_day(day),
                                        rule=f"day-{shift.group(1).lower()}-{timex.rule}")
        out.append(timex)
    return out


# "today", "tonight", "tomorrow" inside a quotation count from the day the words were spoken, not
# from the story's date: "told AFP Monday" in a Tuesday story, then "“today, everything is ready”"
# is Monday. The day spoken is the reporter's date (a day date outside any quotation) nearest the
# quotation in its paragraph or the one before; else the story's first such date (the lead's day,
# from which the story is told), unless the reporter names the story's own day before the quotation.
# It counts only in the week before the story's date (a later or an older date is no speech day).
_SPEECH_DAY_BACK = 6
# The reporter's date of the speech itself, when the paragraphs give more than one: the one a
# speech verb governs ("stated this Thursday", "said on Friday", "told reporters Monday"), not
# another day the paragraph mentions ("what he was going to say Wednesday").
_SPOKEN_ON = re.compile(r"\b(?:said|says|stated|told(?:\s+\w+){0,2}|added|noted|announced|declared|insisted|"
                        r"explained|remarked|emphasi[sz]ed|stressed|warned|wrote|tweeted)\s+(?:on\s+|this\s+|last\s+)?\Z")


def _voice_words(text: str, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan], paragraph: int,
                 at: int | None = None) -> set[str]:
    """Capitalised words (four letters or more, not opening a sentence) outside quotations, in
    one paragraph or, with ``at``, in the sentence holding ``at``: the names a speech day
    and a quotation share when one person both spoke that day and said the words."""
    words: set[str] = set()
    for sentence in sentences:
        if sentence.paragraph != paragraph or (at is not None and not sentence.start <= at < sentence.end):
            continue
        for found in re.finditer(r"(?<=[\s(])[A-Z][\w’'-]{3,}", text[sentence.start : sentence.end]):
            if not any(q.start <= sentence.start + found.start() < q.end for q in quotes):
                words.add(found.group())
    return words


def _speech_day(text: str, sentences: Sequence[Sentence], found: list[Timex], dct: dt.date) -> list[Timex]:
    """``found`` (in text order) with the deictic days inside quotations counted from the day spoken."""
    if not any(t.rule.startswith("deictic") or t.rule == "days-ago" for t in found):
        return found
    quotes = pair_quotes(text, sentences)[0]

    def quoted(at: int) -> bool:
        return any(q.start <= at < q.end for q in quotes)

    reporter = [t for t in found if t.granularity == "day" and not quoted(t.start)]
    voices: dict[tuple[int, int | None], set[str]] = {}

    def voice_of(paragraph: int, at: int | None = None) -> set[str]:
        sentence = sentence_at(sentences, at) if at is not None else None
        key = (paragraph, None if at is None else sentence.start if sentence is not None else -1)
        if key not in voices:  # one scan per paragraph (or sentence), however many days ask
            voices[key] = _voice_words(text, sentences, quotes, paragraph, at)
        return voices[key]

    out = []
    for timex in found:
        # "“We sent a letter six days ago”": days counted back are counted from the day spoken too
        relative = timex.rule.startswith("deictic") or timex.rule == "days-ago"
        if not relative or timex.rule.endswith("-glossed") or not quoted(timex.start) or (
                text[timex.start - 1 : timex.start] == "(" and text[timex.end : timex.end + 1] == ")"):
            # a day in brackets is the reporter's gloss, and a glossed day already has the reporter's value
            out.append(timex)
            continue
        near = [t for t in reporter if timex.paragraph - 1 <= t.paragraph <= timex.paragraph]
        spoken = [t for t in reporter if t.end <= timex.start and _SPOKEN_ON.search(text, max(0, t.start - 40), t.start)]
        voice = voice_of(timex.paragraph)
        own = [t for t in spoken if voice & voice_of(t.paragraph, t.start)]
        spoken = own or spoken  # "Szefernaker said on Saturday", not "The government announced on Friday"
        near = [t for t in near if t in spoken] or spoken[-1:] or near
        if near:
            anchor: Timex | None = min(near, key=lambda t: abs(t.start - timex.start))
        elif reporter and reporter[0].end <= timex.start and not any(
                t.value == dct.isoformat() for t in reporter if t.end <= timex.start):
            anchor = reporter[0]
        else:
            anchor = None
        back = (dct - dt.date.fromisoformat(anchor.value)).days if anchor is not None else 0
        if 0 < back <= _SPEECH_DAY_BACK:
            shift = dt.date.fromisoformat(timex.value) - dct
            timex = dataclasses.replace(timex, value=_day(dt.date.fromisoformat(anchor.value) + shift),
                                        rule=f"{timex.rule}-speech-day")
        out.append(timex)
    return out


# "in the month of March": the month's name with the words that say it is one.
_MONTH_OF_BEFORE = re.compile(r"\b[Tt]he\s+month\s+of\s+\Z")


def _month_of(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with each bare month after "the month of" widened over those words."""
    out = []
    for timex in found:
        before = _MONTH_OF_BEFORE.search(text, max(0, timex.start - 16), timex.start) if timex.granularity == "month" else None
        if before is not None and timex.text in MONTHS:
            timex = dataclasses.replace(timex, start=before.start(), text=text[before.start() : timex.end])
        out.append(timex)
    return out


# "today's (yesterday) rally", "Saturday (today)": a day in brackets right after a relative day
# (a weekday or today, tomorrow ...) is the reporter's gloss of it, and the relative day takes its value.
_GLOSS_GAP = re.compile(r"(?:[’']s)?\s*\(\Z")


def _glossed(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` (one sentence, text order) with each relative day valued by a bracketed day right after it."""
    out = list(found)
    for index in range(len(out) - 1):
        first, gloss = out[index], out[index + 1]
        if (first.granularity == gloss.granularity == "day" and first.value != gloss.value
                and first.rule.startswith(("deictic", "weekday")) and text[gloss.end : gloss.end + 1] == ")"
                and _GLOSS_GAP.fullmatch(text, first.end, gloss.start)):
            if first.rule.startswith("deictic") and (
                    dt.date.fromisoformat(first.value).weekday() == WEEKDAYS.get(gloss.text.capitalize())):
                # "tomorrow (Saturday)" where tomorrow is a Saturday: the gloss confirms the deictic day
                out[index + 1] = dataclasses.replace(gloss, value=first.value, rule=f"{gloss.rule}-glossed")
                continue
            if first.rule.startswith("weekday") and gloss.rule.startswith("deictic") and (
                    dt.date.fromisoformat(first.value).weekday() != dt.date.fromisoformat(gloss.value).weekday()):
                # "this Friday (tomorrow)" in a Wednesday's story: no Friday is that tomorrow, so the words
                # were spoken another day; both are the named weekday nearest the gloss's day
                near = dt.date.fromisoformat(gloss.value)
                shift = (dt.date.fromisoformat(first.value).weekday() - near.weekday()) % 7
                day = _day(near + dt.timedelta(days=shift - 7 if shift > 3 else shift))
                out[index] = dataclasses.replace(first, value=day, rule=f"{first.rule}-glossed")
                out[index + 1] = dataclasses.replace(gloss, value=day, rule=f"{gloss.rule}-glossed")
                continue
            out[index] = dataclasses.replace(first, value=gloss.value, rule=f"{first.rule}-glossed")
    return out


# "between April and August last year", "between May and November": a bare month joined by "and"
# to a later month after "between" is one range, valued by its start in the year of its end.
def _between_months(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` (one sentence, text order) with "between <month> and <month>" joined into one range."""
    out: list[Timex] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (second is not None and first.text in MONTHS and first.granularity == "month"
                and second.granularity in ("month", "day") and text[first.end : second.start] == " and "
                and text[max(0, first.start - 8) : first.start].lower() == "between "):
            year, month = int(second.value[:4]), MONTHS[first.text]
            if month > int(second.value[5:7]):
                year -= 1  # "between November and February": the start lies in the year before
            out.append(dataclasses.replace(first, end=second.end, text=text[first.start : second.end],
                                           value=f"{year}-{month:02d}", rule="month-range-between"))
            index += 2
            continue
        # the second month alone, with no signal before it, is not found: the range keeps the first's value
        bare_end = _AND_MONTH.match(text, first.end)
        if (bare_end and first.text in MONTHS and first.granularity == "month"
                and text[max(0, first.start - 8) : first.start].lower() == "between "
                and not (second is not None and second.start < bare_end.end())):
            first = dataclasses.replace(first, end=bare_end.end(), text=text[first.start : bare_end.end()],
                                        rule="month-range-between")
        out.append(first)
        index += 1
    return out


# "from mid-November 2022 to March 2023": two months with their years joined by "to" after "from" are
# one range valued by its start; not after a verb of change ("moved the polls from May 2020 to
# June 2021" names an old and a new date).
_CHANGE_BEFORE = re.compile(r"\b(?:postpon|adjourn|defer|reschedul|extend|push|mov|shift|chang|brought|bring)\w*\b",
                            re.IGNORECASE)


def _month_year_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` (one sentence, text order) with "from <month year> to <month year>" joined into one range."""
    out: list[Timex] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (second is not None and first.granularity == "month" and second.granularity == "month"
                and first.rule != "month-range-between" and text[first.end : second.start] == " to "
                and re.search(r"\d{4}\Z", first.text) and re.search(r"\d{4}\Z", second.text)
                and text[max(0, first.start - 5) : first.start].lower() == "from "
                and not _CHANGE_BEFORE.search(text, max(0, first.start - 60), first.start)):
            out.append(dataclasses.replace(first, end=second.end, text=text[first.start : second.end],
                                           rule="month-year-range"))
            index += 2
            continue
        out.append(first)
        index += 1
    return out


_AND_MONTH = re.compile(rf" and (?:{_FULL_MONTH})\b")


# "fixed further hearing on August 16. ... the CJI fixed it on Monday": a weekday set by a plan
# (either side of the story's date) is the day the story has already named that falls on that
# weekday within the week either side of the story's date.
def _weekdays_named_before(found: list[Timex], dct: dt.date) -> list[Timex]:
    """``found`` (in text order) with plan weekdays valued by an earlier calendar date of that weekday."""
    out: list[Timex] = []
    for timex in found:
        if timex.rule == "weekday-near":
            weekday = WEEKDAYS.get(timex.text.split()[-1])
            for before in reversed(out):
                if before.granularity != "day" or before.rule.startswith(("weekday", "deictic")):
                    continue
                day = dt.date.fromisoformat(before.value)
                if day.weekday() == weekday and 0 < abs((day - dct).days) < 7 and before.value != timex.value:
                    timex = dataclasses.replace(timex, value=before.value, rule="weekday-named-before")
                    break
        out.append(timex)
    return out


# A month-day repeated in a story names one date: a later mention without a year, read only from
# its own tense ("no other date was considered than 27 October"), takes the year of the first
# mention that a year or a future cue decided ("will go ahead on 27 October"), even after a
# mention read from tense only.
_FIRM_MONTH_DAY = frozenset({"month-day-year-explicit", "month-day-future-cue"})
_TENSE_MONTH_DAY = frozenset({"month-day-latest-past", "month-day-nearest", "month-day-nearest-over-tense"})


def _repeated_month_days(found: list[Timex]) -> list[Timex]:
    """``found`` (in text order) with later mentions of a month-day aligned on an earlier firm one."""
    firm: dict[str, Timex] = {}
    out: list[Timex] = []
    for timex in found:
        if timex.granularity == "day" and timex.rule.startswith("month-day"):
            earlier = firm.get(timex.value[5:])
            if earlier is not None and timex.rule in _TENSE_MONTH_DAY and earlier.value != timex.value:
                timex = dataclasses.replace(timex, value=earlier.value, rule="month-day-as-first-mention")
            elif timex.rule in _FIRM_MONTH_DAY:
                firm.setdefault(timex.value[5:], timex)
        out.append(timex)
    return out


# "scheduled for July 30 once the senators take oath on July 29" (a March story): a month-day read
# as past more than half a year back, in a sentence with a date a year or a future cue decided,
# takes the year that puts it within a month of that date (dates named together lie together).
_TOGETHER_DAYS = 31


def _beside_firm_days(found: list[Timex], dct: dt.date) -> list[Timex]:
    """``found`` (one sentence) with far past month-days moved next to a firm date."""
    out: list[Timex] = []
    for timex in found:
        if (timex.granularity == "day" and timex.rule == "month-day-latest-past"
                and (dct - dt.date.fromisoformat(timex.value)).days > FAR_DAYS):
            day = dt.date.fromisoformat(timex.value)
            for firm in (t for t in found if t.rule in _FIRM_MONTH_DAY):
                anchor = dt.date.fromisoformat(firm.value)
                try:
                    moved = day.replace(year=anchor.year)
                except ValueError:
                    continue
                if moved != day and abs((moved - anchor).days) <= _TOGETHER_DAYS:
                    timex = dataclasses.replace(timex, value=_day(moved), rule="month-day-beside-firm-date")
                    break
        out.append(timex)
    return out


_WEEKDAY_JOINT = re.compile(r"\s+(?:or|and|to|through)\s+(?:(?:early|late)\s+)?\Z")


_BRACKETED_DAY = re.compile(r"\s*\((\d{1,2})\)")


def _bracketed_day_numbers(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """"on Tuesday (15)", "held today (20)": the day of the month in brackets after a weekday or a
    deictic day (the Sri Lankan press's style) is a date of its own, that day's when the numbers agree."""
    out = []
    for timex in found:
        if not timex.rule.startswith(("weekday", "deictic")) or timex.granularity != "day":
            continue
        match = _BRACKETED_DAY.match(text, timex.end)
        if match and int(match[1]) == int(timex.value[8:10]):
            out.append(_anchored(text, sentence, match.start(1), match.end(1), timex.value, "day", "day-in-brackets"))
    return out


def _joined_weekdays(text: str, found: list[Timex], dct: dt.date) -> list[Timex]:
    """Weekdays read beside their neighbour in ``found`` (one sentence): "at 2:00pm tomorrow,
    Friday" is the day "tomorrow" names (a deictic is found after the weekday pass, so
    :func:`_in_apposition` has not seen it); "late Sunday or early Monday, the results should be
    out": a weekday joined to a later one that points ahead points ahead with it (to the last
    such day before the later one)."""
    out = list(found)
    for i, (first, second) in enumerate(zip(found, found[1:])):
        if (first.rule.startswith("deictic") and first.granularity == "day" and second.rule.startswith("weekday")
                and re.fullmatch(r",\s*", text[first.end : second.start])
                and dt.date.fromisoformat(first.value).weekday() == WEEKDAYS.get(second.text.split()[-1].title())):
            out[i + 1] = dataclasses.replace(second, value=first.value, rule="weekday-in-apposition")
            continue  # "at 2:00pm tomorrow, Friday": the day tomorrow names
        if (first.rule == "weekday-most-recent-past" and second.rule == "weekday-future-cue"
                and _WEEKDAY_JOINT.fullmatch(text, first.end, second.start)):
            later = dt.date.fromisoformat(second.value)
            back = (later.weekday() - dt.date.fromisoformat(first.value).weekday()) % 7 or 7
            moved = later - dt.timedelta(days=back)
            if moved >= dct:
                out[i] = dataclasses.replace(first, value=_day(moved), rule="weekday-joined-future")
        elif (first.rule == "weekday-future-cue" and second.rule.startswith("weekday") and second.value < first.value
                and _WEEKDAY_JOINT.fullmatch(text, first.end, second.start)):
            # "sessions on Tuesday and Wednesday" ahead, in a Wednesday's story: the Wednesday after that Tuesday
            earlier = dt.date.fromisoformat(first.value)
            ahead = (dt.date.fromisoformat(second.value).weekday() - earlier.weekday()) % 7 or 7
            out[i + 1] = dataclasses.replace(second, value=_day(earlier + dt.timedelta(days=ahead)), rule="weekday-joined-future")
    return out


# The day may be followed by "for" and the purpose ("set June 13 and 16 for the next hearings").
_AND_DAY = re.compile(rf"(?:,|\s+(?:and|or|&))\s+(?P<day>{_DAY})\b(?=[,.;:)]|\s+(?:and|or|respectively|were|was|in|at|for)\b|\s*\Z)")


def _coordinated_days(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """"February 17 and 19": a day number joined to a month and day is a day of that month."""
    out: list[Timex] = []
    for timex in found:
        if timex.granularity != "day" or not timex.text[-1:].isdigit() or not timex.rule.startswith("month-day"):
            continue
        match = _AND_DAY.match(text, timex.end, sentence.end)
        while match is not None:  # "on August 16, 19, 20, 21 and 22": each day of the list
            day = _day_number(match["day"])
            try:
                value = dt.date.fromisoformat(timex.value).replace(day=day)
            except ValueError:
                break
            out.append(Timex(start=match.start("day"), end=match.end("day"), text=match["day"], value=_day(value),
                             granularity="day", rule="coordinated-day", paragraph=sentence.paragraph))
            match = _AND_DAY.match(text, match.end("day"), sentence.end)
    return out


_NUMBER_WORDS = {word: n for n, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)} | {"a": 1, "an": 1}
# A counted span: "73 years", "two days", "a month".
_COUNTED = r"(?P<count>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>days?|months?|years?)"
# Days named by reference to the last day the story gave: "the same day", "that day", "the
# next day", "peaceful on the day." (TimeML: an anchored date; "later in the day" is left out,
# as the corpus gold leaves it). Resolved only when an earlier date of day precision exists.
# A counted shift may follow: "the same day 73 years later".
_RESULTS_AFTER = re.compile(r"\s+(?:(?:presidential|parliamentary|general|local)\s+)?(?:elections?|polls?|vote|ballot|referendum)\s+(?:results?|outcome)\b")
_TO_HOLD_EVENT = re.compile(r"\bto\s+(?:hold|stage)\s+(?:a|an|the|their|its)\s+(?:[a-z-]+\s+){1,2}(?:on\s+)?\Z")
_EVENT_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s+[a-zA-Z]")
_ANAPHORIC = re.compile(
    r"\b(?:(?:the\s+)?same\s+day|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
    r"|the\s+(?:next|following)\s+(?:day|morning)"
    r"|the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+(?:day|night)\s+before|the\s+day\s+after"
    r"|(?<![\w-])(?:a|one)\s+day\s+(?:earlier|later)(?=\s*[,.;]|\s+(?:on|in|at|by|to|when)\b)"  # "Just a day earlier, …"
    r"|(?<![\w-])(?:\d{1,2}|" + "|".join(w for w in _NUMBER_WORDS if len(w) > 2) + r")\s+days\s+(?:earlier|later)(?=\s*,)"  # "Ten days earlier, …"
    r"|(?<=\bon\s)the\s+day(?=\s*[.,;:]|\s+and\b))"
    r"(?:\s+" + _COUNTED + r"\s+(?P<direction>later|earlier))?\b",
    re.IGNORECASE,
)


def _count(match: re.Match[str]) -> tuple[int, str]:
    """The number and the unit (day, month, year) of a counted span."""
    count = match["count"].lower()
    return (int(count) if count.isdigit() else _NUMBER_WORDS[count]), match["unit"].lower().rstrip("s")


def _shifted(value: str, n: int, unit: str) -> str | None:
    """The ISO prefix ``value`` moved by ``n`` units, to the unit's precision; None when the value
    is coarser than the unit or the day does not exist ("February 29" a year later)."""
    parts = [int(p) for p in value.split("-")]
    if unit == "year":
        if len(parts) < 3:
            return f"{parts[0] + n}"
        try:
            return _day(dt.date(parts[0] + n, parts[1], parts[2]))
        except ValueError:
            return None
    if len(parts) < 2:
        return None
    index = parts[0] * 12 + parts[1] - 1 + (n if unit == "month" else 0)
    year, month = index // 12, index % 12 + 1
    if unit == "month":
        return f"{year}-{month:02d}"
    if len(parts) < 3:
        return None
    return _day(dt.date(year, month, parts[2]) + dt.timedelta(days=n))


def _anchored(text: str, sentence: Sentence, start: int, end: int, value: str, granularity: Granularity,
              rule: str) -> Timex:
    """A date found by one of the phrase passes, with its signal word ("in", "on") if any."""
    previous = _previous_word(text, sentence.start, start)
    return Timex(start=start, end=end, text=text[start:end], value=value, granularity=granularity, rule=rule,
                 signal=previous if previous.lower() in _SIGNALS else None, paragraph=sentence.paragraph)


_VOTE_NOUN = re.compile(r"\b(?:elections?|polls?|vote|ballot|referendum|runoff|run-off)\b", re.IGNORECASE)


def _shift_free(words: list[str]) -> bool:
    """True for "that day", "the same day": an anaphor that names the day itself, not one next to it."""
    return not {"next", "following", "after", "previous", "preceding", "before"} & set(words)


_OFFSET = re.compile(r"\b(?:days?|weeks?|months?)\s+(?:after|before|later|earlier)\b", re.IGNORECASE)


def _anaphoric(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """Anaphoric days of ``sentence``, each read against the last day-precision date before it."""
    out: list[Timex] = []
    for match in _ANAPHORIC.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        anchors = sorted((t for t in (*found, *out) if t.granularity == "day" and t.end <= start), key=lambda t: t.end)
        if not anchors or any(t.start <= start < t.end for t in found):
            continue
        words = match.group().lower().split()
        if words[-1] in ("before", "after") and _EVENT_OBJECT_AFTER.match(text, end):
            continue  # "the day after the Budget": a day next to an event the story may not date, not to the last date
        if _shift_free(words) and _VOTE_NOUN.search(text, max(sentence.start, start - 40), start):
            # "authorized the committee to hold the vote on that day": the day of the vote the story
            # dated ("early elections for the 19th Knesset on Sept. 4"), not the last day named
            votes = [t for t in anchors if _VOTE_NOUN.search(text[max(0, t.start - 50) : t.start].rsplit(". ", 1)[-1])]
            anchors = votes or anchors
        shift = 1 if ("next" in words or "following" in words or "after" in words) else (
            -1 if ("previous" in words or "preceding" in words or "before" in words) else 0)
        if words[0] in ("a", "one"):  # "a day earlier", "one day later"
            shift = -1 if words[-1] == "earlier" else 1
        elif words[1:2] == ["days"]:  # "Ten days earlier, the new administration revoked …"
            if _OFFSET.search(text, max(0, anchors[-1].start - 30), start):
                continue  # "Nine days after the March 2 elections, …. Two days later": counted from a day not valued
            shift = (int(words[0]) if words[0].isdigit() else _NUMBER_WORDS[words[0]]) * (-1 if words[-1] == "earlier" else 1)
        value: str | None = _day(dt.date.fromisoformat(anchors[-1].value) + dt.timedelta(days=shift))
        if match["direction"]:  # "the same day 73 years later"
            n, unit = _count(match)
            value = _shifted(value, n if match["direction"].lower() == "later" else -n, unit)
            if value is None:
                continue
        out.append(_anchored(text, sentence, start, end, value, "day", "anaphoric-day"))
    return out


# "Election Day", "on polling day": the day of the vote the story has dated, a day date right before
# an election noun ("the November 4th election", "the December 7 polls") or right after one and
# "on" ("the election on March 3"), the former first. Lower case only after "on" ("ending with election day proper" and
# "will be the election day" name no date); with no dated vote before it, it is no date.
# "the day following the election date", "the day before the vote": a day counted from that vote.
_ELECTION_DAY = re.compile(
    r"\b(?:Election|Polling)\s+Day\b|(?<=\bon\s)(?:election|polling)\s+day\b"
    r"|\bthe\s+day\s+(?P<shift>after|following|before)\s+the\s+(?:elections?|polls?|vote|ballot)(?:\s+(?:date|day))?\b")
_VOTE_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:(?:general|presidential|parliamentary|legislative|local|national|state|municipal|federal|runoff"
    r"|congressional|provincial|regional|mayoral)\s+(?:and\s+)?){0,3}"  # "presidential and congressional elections"
    r"(?:elections?|polls?|vote|ballot|runoff|run-off|primary)\b", re.IGNORECASE)
# "the elections, which will be held on 27 December": only auxiliaries and "held" between.
_VOTE_BEFORE = re.compile(
    r"\b(?:elections?|polls?|vote|ballot|runoff|run-off)\b(?:,?\s+(?:which|that|will|would|shall|be|is|are|was|were|been"
    r"|being|to|held|set|scheduled|slated|due|take|took|place|now)){0,5}\s+on\s+\Z", re.IGNORECASE)


def _election_day(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """"Election Day" valued by the last dated vote before it in the story."""
    out: list[Timex] = []
    for match in _ELECTION_DAY.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        days = [t for t in found if t.granularity == "day" and t.end <= start]
        # "the November 8 election" first: in "the November 8 election on Monday" Monday is not the vote
        votes = [t for t in days if _VOTE_AFTER.match(text, t.end)] or [
            t for t in days if _VOTE_BEFORE.search(text, max(0, t.start - 70), t.start) or (
                t.text.lower() in ("today", "tomorrow")  # "ready for the elections today"
                and re.search(r"\b(?:elections?|polls?|vote)\s+\Z", text[max(0, t.start - 20) : t.start], re.IGNORECASE))]
        if votes and not any(t.start < end and start < t.end for t in found):
            shift = {"after": 1, "following": 1, "before": -1}.get((match["shift"] or "").lower(), 0)
            value = _day(dt.date.fromisoformat(votes[-1].value) + dt.timedelta(days=shift))
            out.append(_anchored(text, sentence, start, end, value, "day", "election-day"))
    return out


# Holidays with a fixed day: "New Year's Eve", "on New Year eve", "Christmas Day", "Boxing Day". With
# no year after them they are the occurrence nearest the story's date (stories about a holiday
# are written around it), with one the day of that year ("Christmas Eve 2019" keeps the year's extent).
_FIXED_HOLIDAYS = {"new year eve": (12, 31), "new year day": (1, 1), "christmas eve": (12, 24),
                   "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26), "may day": (5, 1)}
# "before Christmas": the bare name is the day only after a preposition of time ("the Christmas
# message" and "over Christmas" are no day).
_BARE_HOLIDAY_AFTER = frozenset("before by after until till since at on into".split())
_HOLIDAY_NOUN_AFTER = re.compile(r"\s+(?:message|tree|cards?|part(?:y|ies)|markets?|season|holidays?|break|recess"
                                 r"|shopping|dinner|lunch|period|truce|ceasefire|carols?|celebrations?|agreement|accord)\b",
                                 re.IGNORECASE)
_HOLIDAY = re.compile(r"\b(?P<name>New\s+Year(?:[’']s)?\s+(?:Eve|Day)|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|(?-i:May\s+Day)"
                      r"|(?-i:Easter)(?:\s+(?-i:Sunday|Monday))?|(?-i:Good\s+Friday))\b"
                      r"(?:,?\s(?P<year>" + _YEAR + r")\b|\s+(?P<rel>last|this|next)\s+(?P<unit>month|year)\b)?", re.IGNORECASE)
# Easter and the days tied to it move: days from Easter Sunday.
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus, as Meeus gives it)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _movable_holiday(name: str, dct: dt.date, year: str | None, rel: str | None, unit: str | None,
                     since: bool) -> str:
    """The day of a holiday tied to Easter: the year's when given, else the one nearest the story
    ("last month", "since": the one passed; "next year": the year after)."""
    def day(y: int) -> dt.date:
        return easter_sunday(y) + dt.timedelta(days=_EASTER_DAYS[name])
    if year:
        return _day(day(int(year)))
    if unit == "year" and rel:
        return _day(day(dct.year + {"last": -1, "this": 0, "next": 1}[rel.lower()]))
    around = [day(dct.year - 1), day(dct.year), day(dct.year + 1)]
    if since or (rel or "").lower() == "last":
        return _day(max(d for d in around if d <= dct))
    if (rel or "").lower() == "next":
        return _day(min(d for d in around if d >= dct))
    return _day(min(around, key=lambda d: abs((d - dct).days)))


def _holidays(text: str, sentence: Sentence, found: Sequence[Timex], dct: dt.date) -> list[Timex]:
    """Fixed-day holidays of ``sentence``."""
    out: list[Timex] = []
    for match in _HOLIDAY.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        name = " ".join(w for w in re.sub(r"[’']s\b", "", match["name"].lower()).split())
        if name in _EASTER_DAYS:  # ("Easter Sunday last month": its weekday and its "last month" are its own words)
            if any(t.start < end and start < t.end and not (start <= t.start and t.end <= end) for t in found):
                continue
        elif any(t.start < end and start < t.end for t in found if t.granularity != "year"):
            continue
        if name in ("christmas", "easter", "good friday") and (
                (name != "good friday" and _previous_word(text, sentence.start, start).lower() not in _BARE_HOLIDAY_AFTER)
                or _HOLIDAY_NOUN_AFTER.match(text, match.end("name"))):
            continue  # (not "the Easter break", "the Good Friday Agreement")
        if name in _EASTER_DAYS:
            value = _movable_holiday(name, dct, match["year"], match["rel"], match["unit"],
                                     _previous_word(text, sentence.start, start).lower() == "since")
            out.append(_anchored(text, sentence, start, end, value, "day", "movable-holiday"))
            continue
        if match["rel"]:  # ("Christmas Day last year": not read here)
            end = match.end("name")
        month, day = _FIXED_HOLIDAYS[name]
        if match["year"]:
            value: str | None = _day(dt.date(int(match["year"]), month, day))
        elif _previous_word(text, sentence.start, start).lower() == "since":  # "since Christmas Day": one passed
            resolved = resolve_month_day(dct, month, day, False)
            value = resolved[0] if resolved else None
        else:
            resolved = resolve_month_day_nearest(dct, month, day)
            value = resolved[0] if resolved else None
        if value is not None:
            out.append(_anchored(text, sentence, start, end, value, "day", "fixed-holiday"))
    return out


# "will be going to Chandigarh on the 15th for a review": an ordinal day with no month, after a
# preposition of time and before a pause or a function word (not "the 15th century", "the 15th of
# May" is found whole), is a day of the story's month, or the month before or after as the tense says.
_BARE_ORDINAL_DAY = re.compile(
    r"\b(?P<prep>on|by|until|till|before|after|from|since)\s(?P<the>the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?P<suffix>st|nd|rd|th)?)\b"
    r"(?=\s*(?:[,.;:)!?]|\Z)|\s+(?:for|at|in|and|or|to|when|with|as|but|instead|that|after|before|amid)\b)",
    re.IGNORECASE)


_ORDINAL_NUMBER = re.compile(r"\d(?:st|nd|rd|th)\b")


def _bare_ordinal_days(text: str, sentence: Sentence, found: Sequence[Timex], dct: dt.date) -> list[Timex]:
    """Days of a month named by their ordinal alone ("on the 15th")."""
    out: list[Timex] = []
    for match in _BARE_ORDINAL_DAY.finditer(text, sentence.start, sentence.end):
        start, end = match.span("the")
        if any(t.start < end and start < t.end for t in found):
            continue
        if not match["suffix"] and (match["prep"].lower() != "on" or not re.match(r"\s*(?:[,.;]|and\b|or\b)", text[end : end + 5])):
            continue  # a number alone is a day only in "on the 26, …" / "on the 26 and that is it"
        day = int(match["day"])
        options = []
        for shift in (-1, 0, 1):
            index = dct.year * 12 + dct.month - 1 + shift
            try:
                options.append(dt.date(index // 12, index % 12 + 1, day))
            except ValueError:
                continue
        tense = tense_cue(text, sentence.start, start) or _tense_after(text, start, end, sentence.end)
        if tense == "future":
            options = [o for o in options if o >= dct]
        elif tense == "past":
            options = [o for o in options if o <= dct]
        if options:
            value = min(options, key=lambda o: abs((o - dct).days))
            out.append(_anchored(text, sentence, start, end, _day(value), "day", "ordinal-day-of-month"))
    return out


# "16 months ago", "two days ago": counted back from the story's date to the unit's
# precision. Weeks have no calendar value here, and an approximate count ("more than 50 years
# ago", "some two years ago") is a vague span: neither is a date. Nor is a span counted by its
# article ("vetoed the bills a year ago", "a month ago"): a round figure, not a count.
_AGO_TODAY = re.compile(r"\s+today\b", re.IGNORECASE)
_AGO_IN_MONTH = re.compile(r"\s+in\s+(" + "|".join(MONTHS) + r")\b(?!\s+\d)")
_AGO = re.compile(r"(?<![\w-])" + _COUNTED + r"\s+ago\b", re.IGNORECASE)
_APPROXIMATE = re.compile(
    r"(?:than|over|about|around|nearly|almost|some|roughly|under|approximately|least|and|or)\s+\Z", re.IGNORECASE)


# "detained on December 9, 2022 …. In July of the same year, he was charged": the month in the
# year of the last date before it.
_MONTH_OF_SAME_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+of\s+(?:the\s+same|that)\s+year\b")


def _month_of_the_same_year(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """"In July of the same year" (or "of that year"): the month in the year of the last dated
    expression before it in ``found``; none when no earlier date gives a year."""
    out: list[Timex] = []
    for match in _MONTH_OF_SAME_YEAR.finditer(text, sentence.start, sentence.end):
        before = [t for t in found if t.end <= match.start() and re.match(r"\d{4}", t.value)]
        if before:
            latest = max(before, key=lambda t: t.end)
            out.append(_anchored(text, sentence, match.start(), match.end(),
                                 f"{latest.value[:4]}-{MONTHS[match.group(1)]:02d}", "month", "month-of-the-same-year"))
    return out


def _ago(text: str, sentence: Sentence, found: Sequence[Timex], dct: dt.date) -> list[Timex]:
    """Counted spans back from ``dct``: "16 months ago" is a month, "two days ago" a day."""
    out: list[Timex] = []
    for match in _AGO.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        if _APPROXIMATE.search(text, max(sentence.start, start - 16), start) or any(
                t.start < end and start < t.end for t in found) or match["count"].lower() in ("a", "an"):
            continue
        n, unit = _count(match)
        granularity: Granularity
        today = _AGO_TODAY.match(text, end, sentence.end) if unit in ("year", "month") else None
        if today is not None:  # "five years ago today": the same day that many years (or months) back
            shifted = _shifted(_day(dct), -n, unit)
            if shifted is not None:
                out.append(_anchored(text, sentence, start, today.end(), shifted, "day", f"{unit}s-ago-today"))
                continue
        month = _AGO_IN_MONTH.match(text, end, sentence.end) if unit == "year" else None
        if month is not None:  # "shut down one year ago in November": that month, that many years back
            out.append(_anchored(text, sentence, start, month.end(), f"{dct.year - n}-{MONTHS[month.group(1)]:02d}",
                                 "month", "years-ago-in-month"))
            continue
        if unit == "day":
            value, granularity = _day(dct - dt.timedelta(days=n)), "day"
        elif unit == "month":
            index = dct.year * 12 + dct.month - 1 - n
            value, granularity = f"{index // 12}-{index % 12 + 1:02d}", "month"
        else:
            value, granularity = f"{dct.year - n}", "year"
        out.append(_anchored(text, sentence, start, end, value, granularity, f"{unit}s-ago"))
    return out


_ORDINALS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}
# "the fifth month of next year", "the third month of 2024", "we are in the sixth month": a month
# counted in a calendar year. Without a year it must be the story's own month: "the third month"
# of a strike or a detention counts something else.
_ORDINAL_MONTH = re.compile(
    r"\bthe\s+(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+month\b"
    r"(?:\s+of\s+(?:(?P<this>this|the)\s+year|(?P<shift>next|last)\s+year|(?P<year>" + _YEAR + r"))\b)?"
    r"(?!\s+(?:of|in\s+a\s+row|running|since|after)\b)",
    re.IGNORECASE,
)


def _ordinal_months(text: str, sentence: Sentence, dct: dt.date) -> list[Timex]:
    """Months named by their rank in a year."""
    out: list[Timex] = []
    for match in _ORDINAL_MONTH.finditer(text, sentence.start, sentence.end):
        month = _ORDINALS[match["ordinal"].lower()]
        if match["year"]:
            year = int(match["year"])
        elif match["shift"]:
            year = dct.year + (1 if match["shift"].lower() == "next" else -1)
        elif match["this"] or month == dct.month:
            year = dct.year
        else:
            continue
        start, end = match.span()
        out.append(_anchored(text, sentence, start, end, f"{year}-{month:02d}", "month", "ordinal-month"))
    return out


# "the summer of 2020", "in the spring of 2019": a season of a named year is a date valued by
# that year (TimeML gives seasons no finer calendar value); the extent takes in the season.
_SEASON_OF = re.compile(r"\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?=(?:1[89]|20)\d\d\b)",
                        re.IGNORECASE)


def _seasons(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """Seasons of a year, built from the year found right after "of"."""
    out: list[Timex] = []
    for match in _SEASON_OF.finditer(text, sentence.start, sentence.end):
        year = next((t for t in found if t.start == match.end() and t.granularity == "year"), None)
        if year is None:
            continue
        start = match.start()
        out.append(_anchored(text, sentence, start, year.end, year.value, "year", "season-of-year"))
    return out


# "long before the end of the year": a part of "the year" with no year named is a date valued by
# the year of the last date earlier in the sentence, else by the story's year.
_PART_OF_THE_YEAR = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|turn|close)\s+of\s+the\s+year\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE)


def _part_of_the_year(text: str, sentence: Sentence, found: Sequence[Timex], dct: dt.date) -> list[Timex]:
    """Parts of "the year" ("the end of the year"), valued by the sentence's last earlier date or the story's year."""
    out: list[Timex] = []
    for match in _PART_OF_THE_YEAR.finditer(text, sentence.start, sentence.end):
        if any(t.start < match.end() and match.start() < t.end for t in found):
            continue
        earlier = [t for t in found if t.end <= match.start()]
        year = max(earlier, key=lambda t: t.end).value[:4] if earlier else str(dct.year)
        start, end = match.span()
        out.append(_anchored(text, sentence, start, end, year, "year", "part-of-the-year"))
    return out


# "executed a year later", "two days earlier": counted from the last date before it in the same
# sentence, to the unit's precision (TimeML: an anchored date).
_LATER = re.compile(r"(?<![\w-])" + _COUNTED + r"\s+(?P<direction>later|earlier)\b", re.IGNORECASE)


def _counted_from_anchor(text: str, sentence: Sentence, found: Sequence[Timex]) -> list[Timex]:
    """Counted shifts from the sentence's last date before them."""
    out: list[Timex] = []
    for match in _LATER.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        anchors = [t for t in found if t.end <= start and t.granularity in ("day", "month", "year")]
        if not anchors or any(t.start < end and start < t.end for t in found) or _APPROXIMATE.search(
                text, max(sentence.start, start - 16), start):
            continue
        n, unit = _count(match)
        value = _shifted(anchors[-1].value, n if match["direction"].lower() == "later" else -n, unit)
        if value is None:
            continue
        granularity: Granularity = {"day": "day", "month": "month", "year": "year"}[unit]
        if unit == "year" and len(value) > 4:
            value = value[:4]  # "a year later" is a year even after a full date
        out.append(_anchored(text, sentence, start, end, value, granularity, f"{unit}s-{match['direction'].lower()}"))
    return out


_ABBR_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.,?\s\Z")


# TIMEX3 modifiers (TimeML's mod START, MID, END, APPROX...) belong to the extent: "the
# beginning of May", "the end of last year", "the middle of 2009", "later this year", "mid-2009",
# "the third week of November" (valued by the month).
_MODIFIER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|turn|close|first\s+half|second\s+half"
    r"|early\s+part|latter\s+part|(?:first|second|third|fourth|last|final)\s+week)\s+of\s+(?:the\s+)?"
    r"|(?:early|late)\s+in\s+|(?:early|late|later|earlier|mid)\s+|mid-)\Z",
    re.IGNORECASE,
)
# "held a year early in November": "early" or "late" after a span measures that span, not the month.
_SPAN_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?)\s+\Z", re.IGNORECASE)


# Before a single day these words give a time of day, not a part of the date: "earlier Friday".
_TIME_OF_DAY_BEFORE = re.compile(r"(?:early|late|earlier|later)\s+\Z", re.IGNORECASE)


def _with_modifier(text: str, sentence_start: int, start: int, day: bool = False) -> int:
    """Where the expression starts once a modifier right before it is included (``day``: a
    weekday or today/yesterday/tomorrow, which "earlier", "late" ... leave as it is)."""
    window = max(sentence_start, start - 40)
    found = _MODIFIER_BEFORE.search(text, window, start)
    if found and day and _TIME_OF_DAY_BEFORE.fullmatch(found.group()):
        return start
    if found and found.group()[:1].lower() in "el" and _SPAN_BEFORE.search(text, max(window - 12, 0), found.start()):
        return start
    return found.start() if found else start


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


def find_dates(doc: Doc, dct: dt.date) -> tuple[Timex, ...]:
    """The dates stage: the header's date (the DCT itself), then every date expression of the body."""
    found = find_timexes(doc.text, doc.sentences, dct)
    return (header_timex(doc.header), *found) if doc.header is not None else found
