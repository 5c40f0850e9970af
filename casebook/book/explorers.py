"""The actor explorer's views, and free-text search over the article's sentences.

A view is escaped HTML, precomputed for each actor: every sentence that
mentions them with each mention marked, the rule that found it, their role,
background note and sources. :func:`casebook.book.widgets.static_explorer` switches
between the views in the browser, with no kernel.
"""
from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from casebook.knowledge.annotations import Actor, Annotations
from casebook.knowledge.bib import BibEntry
from casebook.book.cast import TYPE_ORDER, wikidata_link
from casebook.book.links import paragraph_link
from casebook.model import Article, Mention, Sentence
from casebook.book.style import SIDE_LABELS, side_mark_style, side_swatch

if TYPE_CHECKING:
    import pandas

# Plain-English names of the parser's rules (casebook.parse.mentions, casebook.parse.coref, casebook.parse.names).
RULE_EXPLANATIONS: dict[str, str] = {
    "gazetteer-name": "a full name listed for this actor",
    "gazetteer-alias": "an acronym or variant listed for this actor",
    "short-form": "a description listed for this actor in this article",
    "pronoun-quote-speaker": "first person inside a quotation: the quotation's speaker",
    "pronoun-previous-speaker": "pronoun right after a quotation: its speaker",
    "pronoun-relative": "relative pronoun: the name just before it",
    "pronoun-last-person": "personal pronoun: the last person named before it",
    "pronoun-plural-collective": "plural pronoun: the last group or organisation named before it",
    "pronoun-last-organisation": "'its': the last organisation named before it",
    "override": "linked by hand in the annotations (coref_overrides)",
    "title-pattern": "a name after a title such as 'Prime Minister'",
    "acronym": "an acronym",
    "organisation-cue": "a name with a word such as 'Ministry' or 'Party'",
    "capitalised-sequence": "a run of capitalised words",
}


def explain_rule(rule: str) -> str:
    return RULE_EXPLANATIONS.get(rule, rule)


def marked_sentence(article: Article, sentence: Sentence, spans: Sequence[tuple[int, int, str]],
                    style: str = "") -> str:
    """The sentence as escaped HTML, each ``(start, end, css class)`` span in a ``<mark>``."""
    out, cursor = [], sentence.start
    attribute = f' style="{html.escape(style)}"' if style else ""
    for start, end, css in sorted(spans):
        if start < cursor or end > sentence.end:
            continue  # overlapping or outside: keep the text plain rather than break it
        out.append(html.escape(article.text[cursor:start]))
        out.append(f'<mark class="{html.escape(css)}"{attribute}>{html.escape(article.text[start:end])}</mark>')
        cursor = end
    out.append(html.escape(article.text[cursor:sentence.end]))
    return "".join(out)


def _header_as_sentence(article: Article) -> Sentence | None:
    if article.header is None:
        return None
    return Sentence(article.header.start, article.header.end, article.header.text, 0, 0)


def actor_sentences(article: Article, actor_id: str) -> list[tuple[Sentence, list[Mention]]]:
    """Each sentence (the header line counts as one) with this actor's mentions in it."""
    units = [s for s in (_header_as_sentence(article), *article.sentences) if s is not None]
    out = []
    for unit in units:
        mine = [m for m in article.mentions if m.actor == actor_id and unit.start <= m.start < unit.end]
        if mine:
            out.append((unit, mine))
    return out


def source_item(key: str, bibliography: Mapping[str, BibEntry]) -> str:
    """One source as escaped HTML: outlet, title and a link."""
    entry = bibliography.get(key)
    if entry is None:
        return f"<li>{html.escape(key)}</li>"
    title = (entry.get("title") or key).replace("{", "").replace("}", "")
    outlet = (entry.get("organization") or entry.get("author") or "").replace("{", "").replace("}", "")
    when = entry.get("date") or entry.get("year") or "undated"
    url = entry.get("url") or ""
    link = f'<a href="{html.escape(url)}">{html.escape(title)}</a>' if url else html.escape(title)
    return f"<li>{html.escape(outlet)}, {link} ({html.escape(when)})</li>"


def actor_view(article: Article, actor: Actor, bibliography: Mapping[str, BibEntry]) -> str:
    """The explorer's view of one actor, as escaped HTML."""
    side = html.escape(actor.side)
    facts = [html.escape(actor.type), f'<span class="casebook-side casebook-side-{side}">{side_swatch(actor.side)}'
             f'{html.escape(SIDE_LABELS.get(actor.side, actor.side))}</span>']
    if actor.wikidata:
        facts.append("Wikidata " + wikidata_link(actor.wikidata))
    parts = [f'<div class="casebook-actor-view"><p><strong>{html.escape(actor.label)}</strong> · '
             + " · ".join(facts) + "</p>",
             f"<p><em>Role:</em> {html.escape(actor.role)}</p>"]
    if actor.note:
        parts.append(f"<p><em>Note:</em> {html.escape(actor.note)}</p>")
    found = actor_sentences(article, actor.id)
    parts.append(f"<p>Mentioned in {len(found)} sentence{'s' if len(found) != 1 else ''}:</p>"
                 '<ol class="casebook-sentences">')
    for sentence, mentions in found:
        where = "dateline" if sentence.paragraph == 0 else paragraph_link(sentence.paragraph)
        spans = [(m.start, m.end, f"casebook-mention casebook-side-{actor.side}") for m in mentions]
        rules = "; ".join(f"<q>{html.escape(m.text)}</q>: {html.escape(explain_rule(m.rule))}"
                          f' <code>{html.escape(m.rule)}</code>' for m in mentions)
        parts.append(f"<li><span class='casebook-where'>{where}</span> "
                     f"{marked_sentence(article, sentence, spans, side_mark_style(actor.side))}"
                     f'<br><small class="casebook-rule">How found: {rules}</small></li>')
    parts.append("</ol>")
    if actor.sources:
        parts.append("<p><em>Sources:</em></p><ul class='casebook-sources'>"
                     + "".join(source_item(k, bibliography) for k in actor.sources) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def actor_views(article: Article, annotations: Annotations, bibliography: Mapping[str, BibEntry],
                types: Sequence[str] = TYPE_ORDER) -> dict[str, str]:
    """``{label: view}`` for every mentioned actor: people first, then organisations, groups, places."""
    first = {}
    for m in article.mentions:
        if m.actor is not None:
            first.setdefault(m.actor, m.start)
    actors = [a for a in annotations.actors if a.id in first and a.type in types]
    actors.sort(key=lambda a: (types.index(a.type), first[a.id]))
    return {a.label: actor_view(article, a, bibliography) for a in actors}


# ------------------------------------------------------------------ search


def search_sentences(article: Article, query: str) -> pandas.DataFrame:
    """Sentences containing ``query`` (case-insensitive, literal text): paragraph, sentence, text, matches."""
    import pandas

    columns = ["paragraph", "sentence", "text", "matches"]
    query = query.strip()
    if not query:
        return pandas.DataFrame(columns=columns)
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    rows = [{"paragraph": s.paragraph, "sentence": s.number, "text": s.text,
             "matches": len(pattern.findall(s.text))} for s in article.sentences if pattern.search(s.text)]
    return pandas.DataFrame(rows, columns=columns)


def search_html(article: Article, query: str) -> str:
    """The search result as escaped HTML, each match marked."""
    query = query.strip()
    if not query:
        return "<p>Type a word or phrase to list the sentences that contain it.</p>"
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    items = []
    for s in article.sentences:
        spans = [(s.start + m.start(), s.start + m.end(), "casebook-match") for m in pattern.finditer(s.text)]
        if spans:
            items.append(f"<li>{paragraph_link(s.paragraph)} {marked_sentence(article, s, spans)}</li>")
    if not items:
        return f"<p>No sentence contains <q>{html.escape(query)}</q>.</p>"
    count = "1 sentence contains" if len(items) == 1 else f"{len(items)} sentences contain"
    return (f"<p>{count} <q>{html.escape(query)}</q>:</p>"
            f"<ol class='casebook-sentences'>{''.join(items)}</ol>")
