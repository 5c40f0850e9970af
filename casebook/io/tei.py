"""A story as TEI P5 XML: the header line and paragraphs with names, dates and speech marked up.

The body holds the text exactly: stripping the tags of the dateline gives the
header line, and stripping those of each ``<p>`` gives that paragraph, so
every element's text is the source between its offsets. Mentions become
``persName``, ``orgName`` or ``placeName`` (by actor type; ``rs`` for pronouns
and short forms such as "the party", ``name`` when the type is unknown) with
``ref="#actor_id"``; date expressions become ``date`` with ``when`` (or
``when-iso`` for ISO weeks); quotations become ``said`` with ``who`` and
``direct``. The header lists the actors (``listPerson``, ``listOrg``,
``listPlace``) with labels, roles and Wikidata ids, describes the source and
carries its rights notice.

Elements must nest: a span that crosses another (which the parser's layers do
not produce for well-formed news text) is left out of the markup and listed in
an XML comment at the end of the body, never silently dropped.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from casebook.io.exportdata import Story
from casebook.io.w3c import WIKIDATA_ENTITY
from casebook.model import Mention, Quote, Timex

TEI_NS = "http://www.tei-c.org/ns/1.0"
_NAME_TAGS = {"person": "persName", "organisation": "orgName", "group": "orgName", "place": "placeName"}
_RS_TYPES = {"person": "person", "organisation": "org", "group": "org", "place": "place"}
_ISO_WEEK = re.compile(r"\d{4}-W\d{2}\Z")


class _Span(NamedTuple):
    start: int
    end: int
    rank: int  # at equal offsets, the lower rank is the outer element
    tag: str
    attributes: str  # already escaped, with a leading space


def tei_document(story: Story) -> str:
    """The whole TEI document as a string (UTF-8 declaration, ``\\n`` line ends)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<TEI xmlns="{TEI_NS}" xml:lang="en">', "  <teiHeader>"]
    lines += _file_desc(story)
    lines += _profile_desc(story)
    lines += ["  </teiHeader>", "  <text>", "    <body>", '      <div type="article">']
    skipped: list[_Span] = []
    article = story.article
    spans = _spans(story)
    if article.header is not None:
        inner = _inline(article.text, article.header.start, article.header.end, spans, skipped)
        lines.append(f"        <opener><dateline>{inner}</dateline></opener>")
    for paragraph in article.paragraphs:
        inner = _inline(article.text, paragraph.start, paragraph.end, spans, skipped)
        lines.append(f'        <p n="{paragraph.number}">{inner}</p>')
    lines.append("      </div>")
    if skipped:
        listed = "; ".join(f"{s.tag} {s.start}-{s.end}" for s in skipped)
        lines.append(f"      <!-- not marked up because they cross another element: {listed} -->")
    lines += ["    </body>", "  </text>", "</TEI>"]
    return "\n".join(lines) + "\n"


def tei_bytes(story: Story) -> bytes:
    return tei_document(story).encode("utf-8")


def _element(indent: int, tag: str, text: str | None, attributes: str = "") -> str:
    body = escape(text) if text else ""
    return f"{' ' * indent}<{tag}{attributes}>{body}</{tag}>"


def _title(story: Story, indent: int) -> str:
    kind = ' type="supplied"' if story.info.title_supplied else ' type="main"'
    return _element(indent, "title", story.info.title, kind)


def _file_desc(story: Story) -> list[str]:
    info = story.info
    # titleStmt holds only titles and statements of responsibility (no note): the remark
    # that a title is supplied goes into the source description's note.
    lines = ["    <fileDesc>", "      <titleStmt>", _title(story, 8)]
    lines += ["        <respStmt>",
              _element(10, "resp", "Markup generated from offset-anchored annotations by"),
              _element(10, "name", "casebook (python -m casebook export --format tei)"),
              "        </respStmt>", "      </titleStmt>", "      <publicationStmt>"]
    lines.append(_element(8, "publisher", info.publisher or "Not recorded"))
    lines.append("        <availability>")
    if info.licence:
        lines.append(_element(10, "licence", f"The markup and annotations: {info.licence}",
                              f" target={quoteattr(info.licence)}"))
    lines.append(_element(10, "p", info.rights or "No rights notice is recorded for this text."))
    lines += ["        </availability>", "      </publicationStmt>", "      <sourceDesc>", "        <bibl>",
              _title(story, 10)]
    if info.author:
        lines.append(_element(10, "author", info.author))
    if info.outlet:
        lines.append(_element(10, "publisher", info.outlet))
    if info.date:
        lines.append(_element(10, "date", info.date, f" when={quoteattr(info.date)}"))
    if info.url:
        lines.append(_element(10, "ref", info.url, f" target={quoteattr(info.url)}"))
    if info.citation:
        lines.append(_element(10, "idno", info.citation, ' type="citation-key"'))
    supplied = (" The source has no headline: the title is supplied by the book, hence the square"
                " brackets." if info.title_supplied else "")
    lines.append(_element(10, "note", f"Transcribed from {story.source_path} (UTF-8); the body"
                                      f" below holds its text unchanged.{supplied}"))
    lines += ["        </bibl>", "      </sourceDesc>", "    </fileDesc>"]
    return lines


def _profile_desc(story: Story) -> list[str]:
    groups: dict[str, list[str]] = {"listPerson": [], "listOrg": [], "listPlace": []}
    for actor in sorted(story.actors, key=lambda a: a.id):
        if actor.type == "person":
            outer, name, where = "person", "persName", "listPerson"
        elif actor.type == "place":
            outer, name, where = "place", "placeName", "listPlace"
        else:
            outer, name, where = "org", "orgName", "listOrg"
        kind = ' type="group"' if actor.type == "group" else ""
        entry = [f'          <{outer} xml:id="{actor.id}"{kind}>', _element(12, name, actor.label)]
        if actor.wikidata:
            entry.append(_element(12, "idno", WIKIDATA_ENTITY + actor.wikidata, ' type="wikidata"'))
        if actor.role:
            entry.append(_element(12, "note", actor.role, ' type="role"'))
        entry.append(f"          </{outer}>")
        groups[where] += entry
    if not any(groups.values()):
        return []
    lines = ["    <profileDesc>"]
    if groups["listPerson"] or groups["listOrg"]:
        lines.append("      <particDesc>")
        for where in ("listPerson", "listOrg"):
            if groups[where]:
                lines += [f"        <{where}>", *groups[where], f"        </{where}>"]
        lines.append("      </particDesc>")
    if groups["listPlace"]:
        lines += ["      <settingDesc>", "        <listPlace>", *groups["listPlace"],
                  "        </listPlace>", "      </settingDesc>"]
    lines.append("    </profileDesc>")
    return lines


def _spans(story: Story) -> list[_Span]:
    spans = [_quote_span(q) for q in story.article.quotes]
    spans += [_mention_span(story, m) for m in story.article.mentions]
    spans += [_timex_span(t) for t in story.article.timexes]
    spans = [s for s in spans if s.end > s.start]
    return sorted(spans, key=lambda s: (s.start, -s.end, s.rank))


def _quote_span(quote: Quote) -> _Span:
    attributes = f" who={quoteattr('#' + quote.speaker_actor)}" if quote.speaker_actor else ""
    attributes += f' direct="{"true" if quote.kind == "direct" else "false"}"'
    return _Span(quote.start, quote.end, 0, "said", attributes)


def _mention_span(story: Story, mention: Mention) -> _Span:
    actor = story.actor(mention.actor)
    actor_type = actor.type if actor else mention.actor_type
    ref = f" ref={quoteattr('#' + mention.actor)}" if actor else ""
    if mention.kind in ("pronoun", "short"):
        kind = _RS_TYPES.get(actor_type or "")
        return _Span(mention.start, mention.end, 1, "rs", (f' type="{kind}"' if kind else "") + ref)
    tag = _NAME_TAGS.get(actor_type or "", "name")
    kind = ' type="group"' if actor_type == "group" else ""
    return _Span(mention.start, mention.end, 1, tag, kind + ref)


def _timex_span(timex: Timex) -> _Span:
    attribute = "when-iso" if _ISO_WEEK.match(timex.value) else "when"
    return _Span(timex.start, timex.end, 2, "date", f" {attribute}={quoteattr(timex.value)}")


def _inline(text: str, start: int, end: int, spans: list[_Span], skipped: list[_Span]) -> str:
    """``text[start:end]`` escaped, with every span inside it as a nested element."""
    out: list[str] = []
    stack: list[_Span] = []
    cursor = start
    for span in spans:
        if span.start < start or span.end > end:
            continue
        while stack and stack[-1].end <= span.start:
            cursor = _close(text, out, stack.pop(), cursor)
        if stack and span.end > stack[-1].end:
            skipped.append(span)
            continue
        out.append(escape(text[cursor:span.start]))
        out.append(f"<{span.tag}{span.attributes}>")
        stack.append(span)
        cursor = span.start
    while stack:
        cursor = _close(text, out, stack.pop(), cursor)
    out.append(escape(text[cursor:end]))
    return "".join(out)


def _close(text: str, out: list[str], span: _Span, cursor: int) -> int:
    out.append(escape(text[cursor:span.end]))
    out.append(f"</{span.tag}>")
    return span.end
