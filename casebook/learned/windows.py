"""The text a speaker model reads for one quotation, and the actors it may choose among.

Pure Python on a parsed :class:`~casebook.model.Article`; no model needed. The same function
makes the training rows (``benchmarks/encoder_rows.py``) and the windows the shipped model
scores (:mod:`casebook.learned.encoder`), so that what the model learnt from and what it reads
are made by one piece of code.

A window is a line naming the candidates (``speakers? A ; B ;``), then the quotation's paragraph
and the one before it, with the quotation between ``<<`` and ``>>`` (a long quotation keeps its
first and last 150 characters), cut to 900 characters before the quotation and 400 after. The
candidates are the actors the parser names (not by pronoun) before the quotation ends or inside
the window, the nearest eight; each carries its character spans in the window: its place in the
candidates line and its mentions in the window, pronouns the parser resolved to it included.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from casebook.model import Article, Mention, Quote

KEEP = 8          # candidates per quotation, nearest first
SIDE = 150        # characters kept at each end of a long quotation
LEFT, RIGHT = 900, 400  # characters of context kept before and after the quotation
OPEN, CLOSE = "<< ", " >>"


@dataclass(frozen=True)
class Candidate:
    """An actor the model may name: its id, the name shown, its spans in the window."""

    actor: str
    name: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SpeakerWindow:
    """One quotation's window text and candidates."""

    quote: Quote
    text: str
    candidates: tuple[Candidate, ...]


def speaker_windows(article: Article, quotes: Iterable[Quote] | None = None) -> list[SpeakerWindow]:
    """A window for each of ``quotes`` (default: every direct quotation of ``article``)."""
    chosen = [q for q in article.quotes if q.kind == "direct"] if quotes is None else list(quotes)
    paragraphs = {p.number: p for p in article.paragraphs}
    named = [m for m in article.mentions if m.kind != "pronoun" and m.actor and m.paragraph > 0]
    every = [m for m in article.mentions if m.actor and m.paragraph > 0]
    display: dict[str, str] = {}
    for m in named:
        if len(m.text) > len(display.get(m.actor or "", "")):
            display[m.actor or ""] = m.text
    return [_window(article.text, quote, paragraphs, named, every, display) for quote in chosen]


def _window(text: str, quote: Quote, paragraphs: dict, named: list[Mention], every: list[Mention],
            display: dict[str, str]) -> SpeakerWindow:
    here = paragraphs[quote.paragraph]
    before = paragraphs.get(quote.paragraph - 1)
    start = max(before.start if before is not None and quote.paragraph > 1 else here.start, quote.start - LEFT)
    end = min(here.end, quote.end + RIGHT)
    inside = text[quote.start:quote.end]
    if len(inside) > 2 * SIDE + 20:
        inside = inside[:SIDE] + " … " + inside[-SIDE:]
    left, right = text[start:quote.start], text[quote.end:end]
    body = left + OPEN + inside + CLOSE + right
    shift = len(left) + len(OPEN) + len(inside) + len(CLOSE) - quote.end

    def place(m: Mention) -> tuple[int, int] | None:
        if start <= m.start and m.end <= quote.start:
            return m.start - start, m.end - start
        if quote.end <= m.start and m.end <= end:
            return m.start + shift, m.end + shift
        return None

    in_window = {m.actor for m in named if place(m) is not None}
    last: dict[str, int] = {}
    for m in every:
        if (m.start < quote.end or m.actor in in_window) and m.actor in display:
            last[m.actor] = max(last.get(m.actor, -1), m.start if m.start < quote.end else quote.end)
    actors = sorted(last, key=lambda a: -last[a])[:KEEP]
    header, spans = "speakers?", {}
    for actor in actors:
        header += " "
        spans[actor] = [(len(header), len(header) + len(display[actor]))]
        header += display[actor] + " ;"
    header += "\n"
    for m in every:
        if m.actor in spans and (at := place(m)) is not None:
            spans[m.actor].append((at[0] + len(header), at[1] + len(header)))
    return SpeakerWindow(quote, header + body, tuple(
        Candidate(actor, display[actor], tuple(spans[actor])) for actor in actors))
