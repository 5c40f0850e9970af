"""HTML for the parts around the annotated text: paragraph notes, source lines, the legend.

Citations inside generated HTML cannot use Sphinx's ``{cite}`` role, so a note
names its sources itself: outlet and year, linked to the URL recorded in
``references.bib`` (the same entries the book's bibliography page lists).
Every piece of text is escaped here; callers pass plain strings.
"""
from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from casebook.knowledge.bib import BibEntry
from casebook.knowledge.notes import CONFIDENCE, KINDS, Note
from casebook.book.render_css import LAYERS, SIDE_SYMBOLS
from casebook.book.style import SIDE_LABELS

_BRACES = re.compile(r"[{}]")
LAYER_LABELS = {"mention": "actors", "quote": "quotations", "timex": "dates", "note": "notes"}


def esc(text: object) -> str:
    """Escape text for HTML content and attribute values alike."""
    return html.escape(str(text), quote=True)


def _plain(value: str | None) -> str:
    return _BRACES.sub("", value or "").replace("\\&", "&").strip()


def source_label(entry: BibEntry) -> str:
    """A short label for a bibliography entry: outlet and year ("Radio Free Asia, 2017")."""
    outlet = _plain(entry.get("howpublished") or entry.get("organization") or entry.get("author"))
    return f"{outlet}, {_plain(entry.get('year')) or 'undated'}"


def source_link(key: str, bib: Mapping[str, BibEntry]) -> str:
    """One source as a link to its URL, its full title in the tooltip; unknown keys raise KeyError."""
    entry = bib[key]
    title = f"{_plain(entry.get('author'))}: {_plain(entry.get('title'))}".strip(": ")
    label = esc(source_label(entry))
    url = entry.get("url")
    if not url:
        return f'<cite class="cb-source" data-key="{esc(key)}" title="{esc(title)}">{label}</cite>'
    return (f'<a class="cb-source" data-key="{esc(key)}" href="{esc(url)}" title="{esc(title)}"'
            f' rel="noopener">{label}</a>')


def sources_line(keys: Sequence[str], bib: Mapping[str, BibEntry], *, lead: str = "Sources") -> str:
    """``Sources: A, 2017; B, 2018`` with each source linked."""
    links = "; ".join(source_link(key, bib) for key in keys)
    return f"{esc(lead)}: {links}"


def _confidence(label: str) -> str:
    css = {"2+ agree": "2", "1 source": "1", "CONFLICT": "conflict"}.get(label, "other")
    return (f'<span class="cb-conf cb-conf-{css}" title="{esc(CONFIDENCE.get(label, ""))}">'
            f"Confidence: {esc(label)}</span>")


def render_note(note: Note, bib: Mapping[str, BibEntry]) -> str:
    """One note: letter, kind and anchor phrase; the text; its sources and confidence label."""
    return (
        f'<div class="cb-note cb-kind-{esc(note.kind)}" id="{esc(note.ref)}">'
        f'<p class="cb-note-head"><span class="cb-note-letter">{esc(note.label)}</span> '
        f'{esc(KINDS[note.kind])} · <span class="cb-note-anchor">“{esc(note.anchor)}”</span></p>'
        f"<p>{esc(note.text)}</p>"
        f'<p class="cb-note-src">{sources_line(note.sources, bib)} · {_confidence(note.confidence)}</p>'
        "</div>"
    )


def render_notes(notes: Sequence[Note], bib: Mapping[str, BibEntry], *, where: str) -> str:
    """The notes of one paragraph, as a block shown under it (in two columns on wide screens).

    ``where`` names the paragraph for screen readers ("paragraph 3").
    """
    if not notes:
        return ""
    body = "".join(render_note(note, bib) for note in notes)
    return f'<div class="cb-notes" role="note" aria-label="Notes on {esc(where)}">{body}</div>'


def note_marker(note: Note) -> str:
    """The superscript letter after a note's anchor phrase, linking to the note.

    The letter is drawn by CSS from ``data-ref``, so the text of the article
    stays exactly the source text; the link's name comes from ``aria-label``.
    """
    return (f'<a class="cb-ref" href="#{esc(note.ref)}" data-ref="{esc(note.label)}"'
            f' aria-label="Note {note.paragraph}{esc(note.label)}: {esc(KINDS[note.kind])}"></a>')


def render_legend(sides: Sequence[str], *, prefix: str = "cb") -> str:
    """What each highlight means, with switches that hide or show each layer."""
    sides_html = "".join(
        f'<li><span class="cb-key cb-key-{esc(side)}">{esc(SIDE_LABELS.get(side, side))}</span></li>'
        for side in sides if side in SIDE_SYMBOLS
    )
    switches = "".join(
        f'<label for="{esc(prefix)}-show-{layer}">{esc(LAYER_LABELS[layer])}</label>' for layer in LAYERS
    )
    return (
        '<div class="cb-legend">'
        '<p><strong>Actors</strong>, by side (tint and symbol):</p>'
        f'<ul class="cb-keys">{sides_html}</ul>'
        '<p><strong>Speech</strong> and <strong>dates</strong>:</p>'
        '<ul class="cb-keys">'
        '<li><span class="cb-key-direct">direct quotation</span></li>'
        '<li><span class="cb-key-reported">reported speech</span></li>'
        '<li><span class="cb-key-timex">date expression</span></li>'
        '<li>note<span class="cb-key-ref">a</span> (under the paragraph)</li></ul>'
        '<p>Hover over a highlight, or tap or Tab to it, to see what it was resolved to and by which rule.</p>'
        f'<p class="cb-switches">Show: {switches}</p>'
        "</div>"
    )


def scroll_frame(table_html: str, *, label: str) -> str:
    """Wrap a wide table in a frame that scrolls sideways on its own, reachable by keyboard.

    The frame is focusable and named, so keyboard users can scroll it too (axe:
    scrollable-region-focusable); ``table_html`` must already be escaped.
    """
    return (f'<div class="cb-scroll" role="region" tabindex="0" aria-label="{esc(label)}">'
            f"{table_html}</div>")
