"""The parsed article as small frozen dataclasses.

Every item carries ``start``/``end``: Python string indices (code points) into
the source text as read, so that ``text[item.start:item.end] == item.text``.
Nothing here knows anything about a particular article.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Side = Literal["government", "opposition", "rights", "media", "neutral"]
ActorType = Literal["person", "organisation", "place", "group"]
MentionKind = Literal["name", "alias", "short", "pronoun", "pattern"]
QuoteKind = Literal["direct", "reported"]
Granularity = Literal["day", "month", "year", "week"]


@dataclass(frozen=True)
class Header:
    """The first line: `` date YYYY-MM-DD Agency, PLACE``."""

    start: int
    end: int
    text: str
    date: str  # ISO date, the document creation time (DCT)
    agency: str
    place: str
    date_start: int
    agency_start: int
    place_start: int


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: a block between blank lines, trimmed."""

    start: int
    end: int
    text: str
    number: int  # body paragraphs count from 1; the header is not a paragraph


@dataclass(frozen=True)
class Sentence:
    """A sentence, never across a paragraph break."""

    start: int
    end: int
    text: str
    number: int  # 1-based across the whole body
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """A name, alias, short form or pronoun that refers to an actor."""

    start: int
    end: int
    text: str
    actor: str | None  # actor id from the annotations, or None when unresolved
    kind: MentionKind
    rule: str  # name of the rule that found/resolved it, e.g. "gazetteer", "last-subject"
    actor_type: str | None = None
    paragraph: int = 0


@dataclass(frozen=True)
class Quote:
    """A direct quotation or a piece of reported speech.

    ``start``/``end``/``text`` are the *content* span. For a direct quote this is
    what lies between the quotation marks (marks excluded). For reported speech
    it is the reported clause (after "that" when present), without the final
    full stop.
    """

    start: int
    end: int
    text: str
    speaker: str | None  # the speaker's name as written or resolved, never a pronoun; None: unknown
    speaker_actor: str | None
    speaker_start: int | None  # span of the speaker expression as written (may be a pronoun)
    speaker_end: int | None
    cue: str  # the cue as written, e.g. "said", "wrote", "called", "according to"
    cue_start: int
    cue_end: int
    kind: QuoteKind
    structure: str  # pattern label: QCSV, QCVS, SVQ, SV:Q, SV-that, ACCORDING-TO, ...
    paragraph: int = 0


@dataclass(frozen=True)
class Timex:
    """A TIMEX3-style date expression; the extent excludes the preposition."""

    start: int
    end: int
    text: str
    value: str  # ISO prefix: 2009-06, 2009-06-15
    granularity: Granularity
    rule: str  # e.g. "weekday-most-recent-past", "month-future-cue"
    signal: str | None = None  # the preposition before it ("in", "on"), if any
    type: str = "DATE"
    paragraph: int = 0


@dataclass(frozen=True)
class Article:
    """Every layer of one story, offset-anchored into ``text``."""

    path: str
    text: str
    header: Header | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    dct: str | None = None  # the date every relative date was resolved against (header or --date)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of ``python -m casebook parse --format json``."""
        return {
            "header": asdict(self.header) if self.header else None,
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "sentences": [asdict(s) for s in self.sentences],
            "mentions": [asdict(m) for m in self.mentions],
            "quotes": [asdict(q) for q in self.quotes],
            "timexes": [asdict(t) for t in self.timexes],
        }
