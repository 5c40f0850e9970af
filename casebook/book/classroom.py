"""Printable pages for a class: the bare article, a one-page timeline, word counts.

Nothing here parses text or knows the case study: the chapters pass in a parsed
:class:`~casebook.model.Article` and a :class:`~casebook.knowledge.Timeline`.
The HTML carries the class ``cb-print`` so that ``_static/print.css`` can lay it
out for paper.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from casebook.book.chronology import human_date
from casebook.book.links import paragraph_link
from casebook.book.render_notes import esc
from casebook.model import Article

_WORD = re.compile(r"[\w’'-]+", re.UNICODE)


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens."""
    return len([w for w in _WORD.findall(text) if any(ch.isalnum() for ch in w)])


def bare_article_html(article: Article, *, title: str | None = None, numbered: bool = True) -> str:
    """The article's header line and paragraphs only: no highlights, no notes, wide margins for writing."""
    parts = ['<div class="cb-print cb-bare-article">']
    if title:
        parts.append(f'<p class="cb-bare-title"><strong>{esc(title)}</strong></p>')
    if article.header is not None:
        parts.append(f'<p class="cb-bare-header">{esc(article.header.text.strip())}</p>')
    for paragraph in article.paragraphs:
        number = f'<span class="cb-bare-number">¶{paragraph.number}</span> ' if numbered else ""
        parts.append(f'<p class="cb-bare-paragraph" id="bare-p{paragraph.number}">{number}{esc(paragraph.text)}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def article_words(article: Article) -> int:
    """The words of the article's body paragraphs (the header line is not counted)."""
    return sum(word_count(p.text) for p in article.paragraphs)


def one_page_timeline_html(events: Iterable, *, caption: str, since: str | None = None, link_page: str | None = None) -> str:
    """A compact table, date | what happened | where the story reports it, for one printed page.

    ``events`` are timeline events (``date``, ``title``, ``story``, ``has_conflict``);
    ``since`` (an ISO date prefix) leaves out older background events.
    """
    rows = []
    for event in events:
        if since and event.date < since and not event.in_story:
            continue
        paragraphs = sorted({m.paragraph for m in event.story})
        where = ", ".join(paragraph_link(p, page=link_page) for p in paragraphs) if paragraphs else "background"
        flag = " <em>(sources differ)</em>" if event.has_conflict else ""
        rows.append(f"<tr><td>{esc(human_date(event.date))}</td><td>{esc(event.title)}{flag}</td><td>{where}</td></tr>")
    return (f'<table class="cb-print cb-one-page-timeline"><caption>{esc(caption)}</caption>'
            '<thead><tr><th scope="col">Date</th><th scope="col">What happened</th>'
            '<th scope="col">In the story</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
