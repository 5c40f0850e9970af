"""casebook.book.render: escaped, well-formed, anchored HTML that gives back the source text exactly."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from casebook.knowledge.annotations import load_annotations
from casebook import parse_article, parse_text
from casebook.knowledge.bib import read_bib
from casebook.knowledge.notes import load_notes
from casebook.book.render import Span, highlight_rows, nest, render_article
from casebook.book.render_css import DIRECT_QUOTE_BG, TEXT, article_css, tint
from casebook.book.render_notes import scroll_frame, source_label, sources_line
from casebook.book.style import SIDE_COLOURS

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS_DIR = ROOT / "data" / "annotations"
HOSTILE = (
    'Officials said <script>alert("x")</script> & friends met on Sunday.\n\n'
    "“We &amp; <b>they</b> agree,” John Smith said in March.\n\n"
    "A third one with &lt;tags&gt; &#60; and a stray < sign."
)
VOID = {"input", "br", "img", "meta", "hr", "wbr"}


class TreeCheck(HTMLParser):
    """Checks nesting and collects the text of every ``cb-text`` element, per paragraph block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.texts: dict[str, list[str]] = {}
        self.block: str | None = None
        self.ids: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(attributes["id"] or "")
        classes = (attributes.get("class") or "").split()
        if "cb-para" in classes:
            self.block = attributes.get("id")
        if tag in VOID:
            return
        self.stack.append((tag, "cb-text" in classes))
        if "cb-text" in classes and self.block:
            self.texts.setdefault(self.block, [])

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.block and any(is_text for _, is_text in self.stack):
            self.texts[self.block].append(data)

    def text_of(self, block: str) -> str:
        return "".join(self.texts[block])


def check(markup: str) -> TreeCheck:
    tree = TreeCheck()
    tree.feed(markup)
    tree.close()
    assert not tree.errors, tree.errors
    assert not tree.stack, f"unclosed: {tree.stack}"
    return tree


@pytest.fixture(scope="module")
def hostile():
    return parse_text(HOSTILE, date="2018-01-15")


@pytest.fixture(scope="module")
def real():
    article = parse_article(ROOT / "data" / "source" / "reuters-2018-01-15.txt")
    annotations = load_annotations(ANNOTATIONS_DIR)
    bib = read_bib(annotations.bibliography)
    notes = load_notes(ANNOTATIONS_DIR / "notes.yaml", article, bib)
    return article, annotations, notes, bib


# ------------------------------------------------------------ escaping


def test_markup_in_the_source_is_inert(hostile) -> None:
    out = render_article(hostile)
    assert "<script" not in out.lower()
    # (the parser takes "x" for a quotation, so a highlight sits between the escaped quote marks)
    assert "&lt;script&gt;alert(&quot;" in out and "&quot;)&lt;/script&gt;" in out
    assert "<b>" not in out and "&lt;b&gt;they&lt;/b&gt;" in out
    assert "&amp;amp;" in out  # the source's own "&amp;" is shown as written
    assert "&amp;lt;tags&amp;gt; &amp;#60;" in out
    assert "stray &lt; sign" in out


def test_stripping_tags_and_unescaping_gives_back_the_body(hostile) -> None:
    tree = check(render_article(hostile))
    paragraphs = [tree.text_of(f"p{p.number}") for p in hostile.paragraphs]
    assert "\n\n".join(paragraphs) == HOSTILE
    for paragraph in hostile.paragraphs:
        assert tree.text_of(f"p{paragraph.number}") == paragraph.text


def test_tooltips_escape_what_they_quote(hostile) -> None:
    out = render_article(hostile)
    quote = next(q for q in hostile.quotes if "<b>" in q.text)
    assert quote.kind == "direct"
    # A tooltip never carries a raw angle bracket or quote mark from the source.
    for value in re.findall(r'(?:title|data-tip)="([^"]*)"', out):
        assert "<" not in value and ">" not in value


def test_the_real_article_round_trips_with_its_header(real) -> None:
    article, annotations, notes, bib = real
    tree = check(render_article(article, annotations, notes, bib))
    assert tree.text_of("dateline") == article.header.text
    for paragraph in article.paragraphs:
        assert tree.text_of(f"p{paragraph.number}") == paragraph.text


# ------------------------------------------------------------ anchors and highlights


def test_every_paragraph_gets_its_anchor_once(real) -> None:
    article, annotations, notes, bib = real
    tree = check(render_article(article, annotations, notes, bib))
    for paragraph in article.paragraphs:
        assert tree.ids.count(f"p{paragraph.number}") == 1
    assert len(tree.ids) == len(set(tree.ids)), "duplicate ids"


def test_every_mention_is_one_highlight_with_its_actor(real) -> None:
    article, annotations, notes, bib = real
    out = render_article(article, annotations, notes, bib)
    firsts = re.findall(r'<mark class="cb-hl cb-mention[^"]*" data-actor="([^"]*)"[^>]*title="([^"]*)"', out)
    pieces = re.findall(r'<mark class="([^"]*)"', out)
    assert len([c for c in pieces if "cb-cont" not in c]) == len(article.mentions)
    ids = {a.id: a.label for a in annotations.actors}
    for actor, title in firsts:
        assert actor in ids
        assert f"→ {ids[actor]}" in html.unescape(title)
    assert "he → Kem Sokha · Opposition (rule: pronoun-last-person)" in out


def test_quotes_are_told_apart_and_dates_resolved(real) -> None:
    article, annotations, _, _ = real
    out = html.unescape(render_article(article, annotations))
    assert out.count('class="cb-hl cb-quote cb-direct"') == sum(q.kind == "direct" for q in article.quotes)
    assert out.count('class="cb-hl cb-quote cb-reported"') == sum(q.kind == "reported" for q in article.quotes)
    assert "direct quote, speaker Sam Rainsy, cue ‘wrote’" in out
    assert "reported speech, speaker Kem Sokha (written ‘he’), cue ‘said’" in out
    assert "Sunday → 2018-01-14 (rule: weekday-most-recent-past)" in out
    assert '<time class="cb-hl cb-timex" datetime="2017-11"' in out


def test_note_markers_link_to_notes_that_exist(real) -> None:
    article, annotations, notes, bib = real
    out = render_article(article, annotations, notes, bib)
    tree = check(out)
    for note in notes:
        assert f'href="#{note.ref}"' in out
        assert note.ref in tree.ids
    assert "Confidence: CONFLICT" in out


def test_unknown_actors_still_render(hostile) -> None:
    out = render_article(hostile)  # no annotations: ids made up by the general rules
    assert 'data-actor="john_smith"' in out and "cb-side-neutral" in out


def test_highlight_rows_cover_every_item(real) -> None:
    article, annotations, _, _ = real
    rows = highlight_rows(article, annotations)
    assert len(rows) == len(article.mentions) + len(article.quotes) + len(article.timexes)
    assert rows == sorted(rows, key=lambda r: r["¶"])


# ------------------------------------------------------------ overlapping spans


def test_crossing_spans_are_split_into_well_formed_pieces() -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    spans = [
        Span(0, 10, 0, "span", "outer"),
        Span(5, 15, 1, "mark", "inner", (("tabindex", "0"),)),  # crosses the end of outer
        Span(8, 20, 0, "span", "late"),  # same layer as outer, overlapping it
        Span(12, 12, 1, "mark", "empty"),  # empty spans are dropped
    ]
    out = nest(text, 0, len(text), spans, {3: ["<a class='m' href='#x' aria-label='m'></a>"]})
    tree = TreeCheck()
    tree.feed(f'<div class="cb-para" id="t"><span class="cb-text">{out}</span></div>')
    assert not tree.errors and not tree.stack
    assert tree.text_of("t") == text
    assert "cb-cont" in out and "empty" not in out
    assert out.count('tabindex="0"') == 1  # continuation pieces are no extra tab stops


def test_spans_are_clamped_to_the_rendered_range() -> None:
    out = nest("hello world", 6, 11, [Span(0, 8, 0, "mark", "x")])
    assert out == '<mark class="x cb-cont">wo</mark>rld'


# ------------------------------------------------------------ style and helpers


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("background", [tint(c) for c in SIDE_COLOURS.values()] + [DIRECT_QUOTE_BG])
def test_highlight_backgrounds_keep_text_readable(background: str) -> None:
    light, dark = sorted((_luminance(background), _luminance(TEXT)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 7, background  # WCAG AAA for body text


def test_every_side_has_a_symbol_as_well_as_a_colour() -> None:
    css = article_css()
    for side in SIDE_COLOURS:
        assert f".cb-side-{side}::before" in css


def test_source_lines_link_to_the_bibliography_urls(real) -> None:
    *_, bib = real
    line = sources_line(["rfa2017sokhaarrest"], bib)
    assert 'href="https://www.rfa.org/english/news/cambodia/kemsokha-arrest-09022017163633.html"' in line
    assert source_label(bib["rfa2017sokhaarrest"]) == "Radio Free Asia, 2017"
    with pytest.raises(KeyError):
        sources_line(["no_such_key"], bib)
    assert 'tabindex="0"' in scroll_frame("<table></table>", label="T")
