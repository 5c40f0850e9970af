"""Curated facts about a story's voices, loaded from ``voices.yaml``.

Two kinds of entries that the parser cannot compute from the text:

- ``channels``: how a quotation reached the reporter when no general rule can
  tell from the words around its cue (a written post, a statement, remarks to
  the press). Each entry is pinned to the cue of one quotation the parser found.
- ``reactions``: what was said about the story's subject *after* the report,
  each set beside the voice in the report that it answers, with citation keys
  and a confidence label.

Entries point into the text as "phrase, occurrence N, in paragraph P", like
every other annotation (:func:`casebook.parse.anchor.anchor`). Every error is
an :class:`~casebook.errors.AnnotationError` naming the file, the line, the
entry and the fix.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.marked_yaml import MarkedDict, MarkedList, check_choice, check_citation_keys, check_fields, load_marked_yaml
from casebook.knowledge.notes import CONFIDENCE
from casebook.model import Article
from casebook.parse.anchor import anchor, paragraph_span

VOICES_FILE = "voices.yaml"
CHANNELS: dict[str, str] = {  # channel -> how the book writes it
    "social": "social media post",
    "statement": "written statement",
    "press": "remarks to the press",
    "unstated": "not stated",
}
SIDES = ("government", "opposition", "rights", "media", "neutral")
_CHANNEL_KEYS = {"paragraph", "cue", "occurrence", "channel", "platform", "reason", "sources", "confidence"}
_CHANNEL_REQUIRED = ("paragraph", "cue", "channel", "reason", "sources", "confidence")
_REACTION_KEYS = {"id", "date", "speaker", "side", "said", "answers", "sources", "confidence"}
_REACTION_REQUIRED = ("id", "date", "speaker", "side", "said", "answers", "sources", "confidence")
_ANSWER_KEYS = {"paragraph", "anchor", "occurrence"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}-\d{2}(-\d{2})?)?\Z")


@dataclass(frozen=True)
class ChannelNote:
    """The channel of the quotation whose cue is ``text[start:end]`` in ``paragraph``."""

    paragraph: int
    cue: str
    start: int
    end: int
    channel: str  # a key of CHANNELS
    platform: str | None
    reason: str
    sources: tuple[str, ...]
    confidence: str
    line: int = 0


@dataclass(frozen=True)
class Reaction:
    """A later reaction, set beside the voice of the report it answers (``answer_start``..``answer_end``)."""

    id: str
    date: str  # ISO date or month, or a range "2018-01-17/2018-01-18"
    speaker: str
    side: str
    said: str
    paragraph: int
    answer: str
    answer_start: int
    answer_end: int
    sources: tuple[str, ...]
    confidence: str
    line: int = 0


@dataclass(frozen=True)
class Voices:
    channels: tuple[ChannelNote, ...]
    reactions: tuple[Reaction, ...]

    def channel_at(self, cue_start: int) -> ChannelNote | None:
        """The channel entry pinned to the cue that starts at ``cue_start``, if any."""
        return next((c for c in self.channels if c.start == cue_start), None)


def load_voices(path: str | Path, article: Article, bib_keys: Collection[str]) -> Voices:
    """Load and check ``path`` against the parsed ``article`` and the citation keys."""
    path = Path(path)
    doc = load_marked_yaml(path)
    if not isinstance(doc, MarkedDict):
        raise AnnotationError(
            f"{where(path, getattr(doc, 'line', 1))}: the file must be a mapping with `channels:` and"
            " `reactions:` lists. Fix: start it with `channels:` (see data/annotations/README.md)."
        )
    unknown = sorted(map(str, set(doc) - {"channels", "reactions"}))
    if unknown:
        raise AnnotationError(
            f"{where(path, doc.line_of(unknown[0]))}: unknown top-level key '{unknown[0]}'."
            " Fix: keep only `channels:` and `reactions:` at the top level."
        )
    lists = {}
    for key in ("channels", "reactions"):
        value = doc.get(key, MarkedList())
        if not isinstance(value, list):
            raise AnnotationError(
                f"{where(path, doc.line_of(key))}: `{key}:` must be a list. Fix: write each entry as `- ...`."
            )
        lists[key] = value
    channels = tuple(_channel(e, i, lists["channels"], path, article, bib_keys)
                     for i, e in enumerate(lists["channels"]))
    reactions = tuple(_reaction(e, i, lists["reactions"], path, article, bib_keys)
                      for i, e in enumerate(lists["reactions"]))
    seen: dict[str, int] = {}
    for reaction in reactions:
        if reaction.id in seen:
            raise AnnotationError(
                f"{where(path, reaction.line)}: reactions: the id '{reaction.id}' is used twice (first at"
                f" line {seen[reaction.id]}). Fix: give each reaction its own id."
            )
        seen[reaction.id] = reaction.line
    return Voices(channels, reactions)


def _entry(entry: Any, index: int, parent: MarkedList, path: Path, name: str, example: str) -> MarkedDict:
    if not isinstance(entry, MarkedDict):
        raise AnnotationError(
            f"{where(path, parent.line_of(index))}: {name} is not a mapping. Fix: write it as {example}."
        )
    return entry


def _whole(entry: MarkedDict, key: str, low: int, name: str, path: Path) -> int:
    value = entry.get(key, low)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise AnnotationError(
            f"{where(path, entry.line_of(key))}: {name}: '{key}' must be a whole number from {low}."
            " Fix: count body paragraphs from 1 and occurrences from 1."
        )
    return value


def _sources(entry: MarkedDict, name: str, path: Path, bib_keys: Collection[str]) -> tuple[str, ...]:
    sources = check_citation_keys(entry, "sources", name, path, bib_keys)
    check_choice(entry, "confidence", tuple(CONFIDENCE), name, path)
    return sources


def _paragraph(entry: MarkedDict, name: str, path: Path, article: Article) -> int:
    number = _whole(entry, "paragraph", 1, name, path)
    if paragraph_span(article, number) is None:
        raise AnnotationError(
            f"{where(path, entry.line_of('paragraph'))}: {name}: the article has no paragraph {number}."
            f" Fix: use a number from 1 to {len(article.paragraphs)}."
        )
    return number


def _channel(entry: Any, index: int, parent: MarkedList, path: Path, article: Article,
             bib_keys: Collection[str]) -> ChannelNote:
    name = f"channels[{index}]"
    entry = _entry(entry, index, parent, path, name, "`- paragraph: N` with `cue:`, `channel:`, `reason:`,"
                   " `sources:` and `confidence:` under it")
    check_fields(entry, name, path, _CHANNEL_KEYS, _CHANNEL_REQUIRED, what="channel entry")
    number = _paragraph(entry, name, path, article)
    cue = str(entry["cue"])
    name = f"{name} (paragraph {number}, '{cue}')"
    occurrence = _whole(entry, "occurrence", 1, name, path) if "occurrence" in entry else None
    start, end = anchor(article, cue, number, occurrence, where=f"{where(path, entry.line_of('cue'))}: {name}")
    if not any(q.cue_start == start for q in article.quotes):
        cues = ", ".join(f"'{q.cue}'" for q in article.quotes if q.paragraph == number) or "none"
        raise AnnotationError(
            f"{where(path, entry.line_of('cue'))}: {name}: these words are not the cue of a quotation the"
            f" parser found (cues in paragraph {number}: {cues}). Fix: copy the cue verb of the quotation"
            " exactly, with `occurrence:` if it occurs more than once in the paragraph."
        )
    check_choice(entry, "channel", tuple(CHANNELS), name, path)
    platform = entry.get("platform")
    if platform is not None and not (isinstance(platform, str) and platform.strip()):
        raise AnnotationError(
            f"{where(path, entry.line_of('platform'))}: {name}: 'platform' must be a name such as a"
            " social network's. Fix: write the name, or leave the field out."
        )
    sources = _sources(entry, name, path, bib_keys)
    return ChannelNote(number, cue, start, end, str(entry["channel"]), platform, " ".join(str(entry["reason"]).split()),
                       sources, str(entry["confidence"]), entry.line)


def _reaction(entry: Any, index: int, parent: MarkedList, path: Path, article: Article,
              bib_keys: Collection[str]) -> Reaction:
    name = f"reactions[{index}]"
    entry = _entry(entry, index, parent, path, name, "`- id: r1` with `date:`, `speaker:`, `side:`, `said:`,"
                   " `answers:`, `sources:` and `confidence:` under it")
    check_fields(entry, name, path, _REACTION_KEYS, _REACTION_REQUIRED, what="reaction")
    name = f"{name} ('{entry['id']}')"
    date = str(entry["date"])
    if not _DATE.match(date):
        raise AnnotationError(
            f"{where(path, entry.line_of('date'))}: {name}: date '{date}' is not an ISO date. Fix: write"
            " YYYY-MM or YYYY-MM-DD in quotes, or a range such as '2018-01-17/2018-01-18'."
        )
    check_choice(entry, "side", SIDES, name, path)
    answers = entry["answers"]
    if not isinstance(answers, MarkedDict):
        raise AnnotationError(
            f"{where(path, entry.line_of('answers'))}: {name}: 'answers' must be a mapping. Fix: write"
            " `answers: {paragraph: N, anchor: \"words of that paragraph\"}`."
        )
    check_fields(answers, f"{name}.answers", path, _ANSWER_KEYS, ("paragraph", "anchor"), what="answers mapping")
    number = _paragraph(answers, f"{name}.answers", path, article)
    phrase = str(answers["anchor"])
    occurrence = _whole(answers, "occurrence", 1, name, path) if "occurrence" in answers else None
    start, end = anchor(article, phrase, number, occurrence,
                        where=f"{where(path, answers.line_of('anchor'))}: {name}.answers")
    sources = _sources(entry, name, path, bib_keys)
    return Reaction(str(entry["id"]), date, " ".join(str(entry["speaker"]).split()), str(entry["side"]),
                    " ".join(str(entry["said"]).split()), number, phrase, start, end, sources,
                    str(entry["confidence"]), entry.line)
