"""The article as annotated HTML: pure functions from an ``Article`` to a string.

Each body paragraph gets its number and the stable anchor of
``casebook.book.links.paragraph_anchor`` (``id="p5"``), which every chapter links
to. Actor mentions, quotations and date expressions become highlights that
carry what the parser resolved them to (``data-*``, a ``title`` tooltip, and a
popover that opens on focus, so a tap or the Tab key shows it too).

Spans may overlap (a quotation holds mentions and dates; in another text two
spans may cross). They are nested by splitting the text at every span boundary
and keeping a stack of open elements: an element cut by another one's end is
closed and reopened, the later pieces marked ``cb-cont``. So the output is
always well formed, and every character of the source goes through
``html.escape``; annotations add no text nodes, so stripping the tags of a
paragraph's ``cb-text`` and unescaping gives back its text exactly.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from casebook.knowledge.annotations import Annotations
from casebook.knowledge.bib import BibEntry
from casebook.book.links import paragraph_anchor
from casebook.model import Article, Mention, Quote, Timex
from casebook.knowledge.notes import Note
from casebook.book.render_css import LAYERS, SIDE_SYMBOLS, article_css
from casebook.book.render_notes import esc, note_marker, render_legend, render_notes
from casebook.book.style import SIDE_LABELS

HEADER_ANCHOR = "dateline"  # the header line is not a numbered paragraph


@dataclass(frozen=True)
class Span:
    """An element to wrap around ``text[start:end]``; lower ``layer`` nests outside higher."""

    start: int
    end: int
    layer: int
    tag: str
    classes: str
    attrs: tuple[tuple[str, str], ...] = ()

    def open(self, continued: bool) -> str:
        attrs = dict(self.attrs)
        classes = self.classes + (" cb-cont" if continued else "")
        if continued:  # one tab stop per highlight: the first piece carries it
            attrs.pop("tabindex", None)
        rest = "".join(f' {name}="{esc(value)}"' for name, value in attrs.items())
        return f'<{self.tag} class="{esc(classes)}"{rest}>'

    def close(self) -> str:
        return f"</{self.tag}>"


def _order(span: Span) -> tuple[int, int, int]:
    return (span.layer, span.start, -span.end)


def nest(text: str, start: int, end: int, spans: Iterable[Span],
         markers: Mapping[int, Sequence[str]] | None = None) -> str:
    """``text[start:end]`` escaped, with ``spans`` properly nested and ``markers`` (raw HTML) at offsets."""
    markers = markers or {}
    inside = [s for s in spans if s.start < end and s.end > start and s.start < s.end]
    points = sorted({start, end, *(max(start, min(end, p)) for s in inside for p in (s.start, s.end)),
                     *(p for p in markers if start <= p <= end)})
    out: list[str] = []
    stack: list[Span] = []
    for i, point in enumerate(points):
        nxt = points[i + 1] if i + 1 < len(points) else None
        active = [] if nxt is None else sorted((s for s in inside if s.start <= point and s.end >= nxt), key=_order)
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(span.close() for span in reversed(stack[keep:]))
        del stack[keep:]
        out.extend(markers.get(point, ()))
        for span in active[keep:]:
            out.append(span.open(continued=span.start < point))
            stack.append(span)
        if nxt is not None:
            out.append(esc(text[point:nxt]))
    return "".join(out)


def _label(annotations: Annotations | None, actor_id: str | None) -> tuple[str, str]:
    """(display name, side) of an actor id; unknown ids show as themselves, side neutral."""
    actor = annotations.actor(actor_id) if annotations else None
    if actor is not None:
        return actor.label, actor.side
    return (actor_id or "unresolved"), "neutral"


def mention_span(mention: Mention, annotations: Annotations | None) -> Span:
    name, side = _label(annotations, mention.actor)
    target = name if mention.actor else "unresolved"
    tip = f"{mention.text} → {target} · {SIDE_LABELS.get(side, side)} (rule: {mention.rule})"
    classes = f"cb-hl cb-mention cb-side-{side}" + ("" if mention.actor else " cb-unresolved")
    attrs = (("data-actor", mention.actor or ""), ("data-side", side), ("data-rule", mention.rule),
             ("title", tip), ("data-tip", tip), ("tabindex", "0"))
    return Span(mention.start, mention.end, 1, "mark", classes, attrs)


def quote_span(quote: Quote, annotations: Annotations | None, written: str = "") -> Span:
    """A quotation; ``written`` is the speaker expression as the text gives it ("he")."""
    name = _label(annotations, quote.speaker_actor)[0] if quote.speaker_actor else (quote.speaker or "unknown")
    as_written = f" (written ‘{written}’)" if written and written != name else ""
    kind = "direct quote" if quote.kind == "direct" else "reported speech"
    tip = f"{kind}, speaker {name}{as_written}, cue ‘{quote.cue}’"
    attrs = (("data-kind", quote.kind), ("data-speaker", quote.speaker_actor or ""),
             ("title", tip), ("data-tip", tip), ("tabindex", "0"))
    return Span(quote.start, quote.end, 0, "span", f"cb-hl cb-quote cb-{quote.kind}", attrs)


def timex_span(timex: Timex) -> Span:
    tip = f"{timex.text} → {timex.value} (rule: {timex.rule})"
    attrs = (("data-value", timex.value), ("data-rule", timex.rule), ("title", tip), ("data-tip", tip),
             ("tabindex", "0"))
    return Span(timex.start, timex.end, 1, "time", "cb-hl cb-timex", (("datetime", timex.value), *attrs))


def article_spans(article: Article, annotations: Annotations | None) -> list[Span]:
    """Every highlight of the article, before nesting."""
    spans = [mention_span(m, annotations) for m in article.mentions]
    for quote in article.quotes:
        written = ""
        if quote.speaker_start is not None and quote.speaker_end is not None:
            written = article.text[quote.speaker_start:quote.speaker_end]
        spans.append(quote_span(quote, annotations, written))
    spans += [timex_span(t) for t in article.timexes]
    return spans


def _block(article: Article, spans: list[Span], notes: Sequence[Note], bib: Mapping[str, BibEntry], *,
           start: int, end: int, anchor: str, number: str, where: str, extra_class: str = "") -> str:
    markers: dict[int, list[str]] = {}
    for note in notes:
        markers.setdefault(note.end, []).append(note_marker(note))
    text = nest(article.text, start, end, spans, markers)
    number_html = (f'<a class="cb-pnum" href="#{esc(anchor)}" title="Link to {esc(where)}">{esc(number)}</a>'
                   if number else '<span class="cb-pnum"></span>')
    return (
        f'<div class="cb-para{extra_class}" id="{esc(anchor)}">'
        f'<p class="cb-p">{number_html}'
        f'<span class="cb-text">{text}</span></p>'
        f"{render_notes(notes, bib, where=where)}</div>"
    )


def render_article(article: Article, annotations: Annotations | None = None, notes: Sequence[Note] = (),
                   bib: Mapping[str, BibEntry] | None = None, *, prefix: str = "cb") -> str:
    """The article with its legend, layer switches, highlights, anchors and notes, as one HTML string.

    ``notes`` (from ``casebook.knowledge.notes.load_notes``) need ``bib`` (``casebook.knowledge.bib.read_bib``)
    to name their sources. ``prefix`` keeps the switches' ids unique if a page
    shows two articles; paragraph anchors are always ``p1``, ``p2``...
    """
    bib = bib or {}
    spans = article_spans(article, annotations)
    blocks = []
    if article.header is not None:
        header = article.header
        blocks.append(_block(article, spans, [n for n in notes if n.paragraph == 0], bib,
                             start=header.start, end=header.end, anchor=HEADER_ANCHOR, number="",
                             where="the dateline", extra_class=" cb-dateline"))
    for paragraph in article.paragraphs:
        own = [n for n in notes if n.paragraph == paragraph.number]
        blocks.append(_block(article, spans, own, bib, start=paragraph.start, end=paragraph.end,
                             anchor=paragraph_anchor(paragraph.number), number=f"¶{paragraph.number}",
                             where=f"paragraph {paragraph.number}"))
    switches = "".join(
        f'<input type="checkbox" class="cb-toggle" id="{esc(prefix)}-show-{layer}" checked>' for layer in LAYERS
    )
    return (
        f'<div class="cb-doc"><style>{article_css(prefix)}</style>{switches}'
        f"{render_legend(list(SIDE_SYMBOLS), prefix=prefix)}"
        f'<div class="cb-article" lang="en">{"".join(blocks)}</div></div>'
    )


def highlight_rows(article: Article, annotations: Annotations | None = None) -> list[dict[str, object]]:
    """Every highlight as a row (paragraph, text, layer, resolved to, rule): the same facts
    as the tooltips, for readers who prefer a table or use a screen reader."""
    rows: list[dict[str, object]] = []
    for m in article.mentions:
        name, side = _label(annotations, m.actor)
        rows.append({"¶": m.paragraph, "start": m.start, "text": m.text, "layer": "actor",
                     "resolved to": f"{name if m.actor else 'unresolved'} ({side})", "rule": m.rule})
    for q in article.quotes:
        name = _label(annotations, q.speaker_actor)[0] if q.speaker_actor else (q.speaker or "unknown")
        text = q.text if len(q.text) <= 60 else q.text[:58].rstrip() + " …"
        rows.append({"¶": q.paragraph, "start": q.start, "text": text, "layer": f"{q.kind} quote",
                     "resolved to": f"speaker {name}, cue ‘{q.cue}’", "rule": q.structure})
    for t in article.timexes:
        rows.append({"¶": t.paragraph, "start": t.start, "text": t.text, "layer": "date",
                     "resolved to": t.value, "rule": t.rule})
    rows.sort(key=lambda row: (row["¶"], row["start"]))
    for row in rows:
        del row["start"]
    return rows
