"""The Methods chapter's views of the parser: its stages, its rules at work, and trials.

Everything here runs the parser live (:mod:`casebook.parse`) on text the caller
gives and returns rows (lists of dicts) or escaped HTML tables. Nothing here
knows a particular story: the chapter passes the article, stories of a corpus's
dev part, or sentences to try. The scores and the benchmark figures are in
:mod:`casebook.book.method_scores`.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from casebook.model import Article, Quote
from casebook.parse import (
    KnownActors, attribute_quotes, build_doc, coref_overrides, document_date, find_dates, find_names,
    find_speech, merge_mentions, parse_header, parse_text, resolve_coreference,
)

Row = dict[str, Any]


def html_table(rows: Sequence[Mapping[str, Any]], *, caption: str, columns: Sequence[str] | None = None,
               css_class: str = "cb-methods") -> str:
    """Rows as an escaped HTML table with a caption; each cell carries its column name
    (``data-label``) so that the book's CSS can show a row as a card on a phone."""
    columns = list(columns or (rows[0].keys() if rows else ()))
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td data-label="{html.escape(c)}">{html.escape(_cell(row.get(c)))}</td>'
                         for c in columns) + "</tr>"
        for row in rows)
    return (f'<table class="dataframe {html.escape(css_class)}"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1%}" if value <= 1 else f"{value:.2f}"
    return str(value)


def short(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters, with an ellipsis when cut."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# The pipeline, stage by stage


def pipeline_rows(text: str, *, path: str = "<text>", annotations: KnownActors | None = None,
                  date: str | dt.date | None = None) -> list[Row]:
    """Run the parser's stages one by one, as :func:`casebook.parse.parse_text` does, and
    say what each stage gives: how many items, and the first of them."""
    header = parse_header(text, path)
    dct = document_date(header.date if header else None, date, path)
    doc = build_doc(text, header, path)
    timexes = find_dates(doc, dct)
    overrides = coref_overrides(doc, annotations)
    names = find_names(doc, annotations, overrides)
    speech = find_speech(doc, names)
    resolutions = resolve_coreference(doc, names, speech, annotations, overrides)
    mentions = merge_mentions(doc, names, resolutions)
    quotes = attribute_quotes(doc, speech, mentions, resolutions, annotations)
    body_dates = [t for t in timexes if t.paragraph > 0]
    first_quote = quotes[0] if quotes else None
    stages = [
        ("1", "header", "parse_header", 1 if header else 0, "header line",
         f"date {header.date}, {header.agency}, {header.place}" if header else "no header"),
        ("2-3", "segment, tokens", "build_doc", len(doc.sentences), "sentences",
         f"{len(doc.paragraphs)} paragraphs; sentence 1: “{short(doc.sentences[0].text, 60)}”"
         if doc.sentences else "no sentence"),
        ("4", "dates", "find_dates", len(body_dates), "date expressions in the body",
         f"“{body_dates[0].text}” → {body_dates[0].value} ({body_dates[0].rule})" if body_dates else "none"),
        ("5", "names", "coref_overrides, find_names", len(names), "named mentions",
         f"“{names[0].text}” ({names[0].rule})" if names else "none"),
        ("6", "speech", "find_speech", len(speech.attributions), "attributions (direct and reported)",
         f"{len(speech.quotes)} pairs of quotation marks"),
        ("7", "coreference", "resolve_coreference, merge_mentions", len(resolutions), "pronouns resolved",
         f"{len(mentions)} mentions in all, names and pronouns"),
        ("8", "quotations", "attribute_quotes", len(quotes), "quotations with a speaker",
         f"“{short(first_quote.text, 40)}” — {first_quote.speaker}, {first_quote.cue}" if first_quote else "none"),
    ]
    return [{"#": n, "stage": stage, "function": function, "found": f"{count} {what}", "first item": first}
            for n, stage, function, count, what, first in stages]


# ---------------------------------------------------------------------------------------------
# The rules at work


def sentence_rows(text: str, *, date: str | dt.date | None = None) -> list[Row]:
    """The sentences the parser finds in ``text`` (a header line is optional when ``date`` is given)."""
    article = parse_text(text, date=date)
    return [{"sentence": s.number, "¶": s.paragraph, "text": s.text} for s in article.sentences]


def mention_rows(article: Article, paragraphs: Iterable[int] | None = None) -> list[Row]:
    """Every mention of the given body paragraphs (all when None), with the rule that found it."""
    wanted = set(paragraphs) if paragraphs is not None else None
    return [{"¶": m.paragraph, "words": m.text, "kind": m.kind, "actor": m.actor, "rule": m.rule}
            for m in article.mentions if wanted is None or m.paragraph in wanted]


def quote_row(quote: Quote, article: Article, story: str | None = None) -> Row:
    """One quotation as a row: structure, speaker (as named, and as written), cue, words."""
    written = (article.text[quote.speaker_start:quote.speaker_end]
               if quote.speaker_start is not None and quote.speaker_end is not None else None)
    row: Row = {"story": story} if story else {}
    row.update({"¶": quote.paragraph, "structure": quote.structure, "kind": quote.kind,
                "speaker": quote.speaker if quote.speaker is not None else "unknown",
                "written as": written, "cue": quote.cue or None, "words": short(quote.text, 80)})
    return row


def quote_rows(article: Article, *, kind: str | None = None, story: str | None = None) -> list[Row]:
    """Every quotation of ``article`` (only ``kind`` when given: direct or reported)."""
    return [quote_row(q, article, story) for q in article.quotes if kind is None or q.kind == kind]


def structure_examples(articles: Mapping[str, Article], structures: Sequence[str]) -> list[Row]:
    """For each attribution structure, the first quotation of the stories that has it."""
    rows = []
    for structure in structures:
        found = next(((story, a, q) for story, a in articles.items() for q in a.quotes
                      if q.structure == structure), None)
        if found is not None:
            story, article, quote = found
            rows.append({**quote_row(quote, article, story), "sentence": sentence_of(article, quote.start)})
    return rows


def unknown_speaker_rows(articles: Mapping[str, Article]) -> list[Row]:
    """Every direct quotation whose speaker the rules leave unknown, with its sentence."""
    return [{**quote_row(q, a, story), "sentence": sentence_of(a, q.start)}
            for story, a in articles.items() for q in a.quotes if q.kind == "direct" and q.speaker is None]


def sentence_of(article: Article, offset: int) -> str:
    """The sentence around ``offset``, on one line."""
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return short(sentence.text, 160)
    return ""


def date_rows(article: Article, *, story: str | None = None) -> list[Row]:
    """Every date expression of the body: extent, signal, TIMEX3 value and the rule that decided it."""
    rows = []
    for t in article.timexes:
        if t.paragraph == 0:
            continue
        row: Row = {"story": story} if story else {}
        row.update({"¶": t.paragraph, "signal": t.signal, "words (TIMEX3 extent)": t.text,
                    "value": t.value, "rule": t.rule})
        rows.append(row)
    return rows


def date_rule_examples(articles: Mapping[str, Article], rules: Sequence[str]) -> list[Row]:
    """For each date rule, the first expression of the stories it decided, with its sentence."""
    rows = []
    for rule in rules:
        found = next(((story, a, t) for story, a in articles.items() for t in a.timexes
                      if t.rule == rule and t.paragraph > 0), None)
        if found is not None:
            story, article, t = found
            rows.append({"rule": rule, "story": story, "words": t.text, "value": t.value,
                         "story date": article.dct, "sentence": sentence_of(article, t.start)})
    return rows


def read_stories(directory: str | Path, ids: Iterable[str]) -> dict[str, Article]:
    """Parse ``directory/<id>.txt`` for each id, with no annotations, as the corpus scoring does."""
    directory = Path(directory)
    return {story: parse_text((directory / f"{story}.txt").read_text(encoding="utf-8"),
                              path=f"{story}.txt", annotations=None) for story in ids}
