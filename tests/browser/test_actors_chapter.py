"""The actors chapter in a real browser, with no kernel and no network.

What a reader sees: numbered figures with real alt text, a cast table that does
not push the page sideways on a phone, an explorer that switches to another
actor's sentences, and paragraph links that land on the source chapter.
Expected sentences come from the gold annotations, not from the parser.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casebook.knowledge.annotations import load_annotations
from conftest import (BOOK_HTML, DESKTOP, PHONE, ROOT, assert_solutions_hidden, open_fallback, save_screenshot,
                      serious_axe_violations)

PAGE = "chapters/actors.html"
GOLD = ROOT / "tests" / "gold" / "reuters-2018-01-15.json"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def gold_sentences_by_label() -> dict[str, list[str]]:
    """{actor label: [text of each gold sentence that holds a gold mention of the actor]}."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    labels = {a.id: a.label for a in load_annotations(ROOT / "data" / "annotations").actors}
    out: dict[str, list[str]] = {}
    for sentence in gold["sentences"]:
        for mention in gold["mentions"]:
            if sentence["start"] <= mention["start"] < sentence["end"]:
                texts = out.setdefault(labels[mention["actor"]], [])
                if sentence["text"] not in texts:
                    texts.append(sentence["text"])
    return out


def test_page_was_built():
    assert (BOOK_HTML / PAGE).exists(), f"{PAGE} missing from {BOOK_HTML}"


def test_figures_are_numbered_with_captions_and_real_alt_text(open_page):
    page, log = open_page(PAGE)
    figures = page.locator("article figure")
    assert figures.count() >= 2
    for i in range(figures.count()):
        figure = figures.nth(i)
        alt = figure.locator("img").get_attribute("alt") or ""
        assert len(alt.split()) >= 30, f"figure {i + 1}: alt text too thin: {alt!r}"
        assert not alt.lower().endswith((".png", ".svg", ".jpg"))
        caption = figure.locator("figcaption").inner_text()
        assert re.search(r"Fig(ure|\.) ?\d", caption), caption
    # The prose refers to both figures by number ({numref}), and the links resolve on the page.
    for name in ("fig-mention-map", "fig-relation-network"):
        assert page.locator(f"#{name}").count() == 1, name
        assert page.locator(f"a[href='#{name}']").count() >= 1, f"no reference to {name}"
    assert not log.problems(), "\n".join(log.problems())


def test_cast_table_has_headers_and_wikidata_links(open_page):
    page, _ = open_page(PAGE)
    table = page.locator("table.casebook-cast").first
    headers = table.locator("thead th").all_inner_texts()
    assert headers and all(h.strip() for h in headers), headers
    links = table.locator("a[href^='https://www.wikidata.org/wiki/Q']")
    assert links.count() >= 5
    assert "Sam Rainsy" in table.inner_text()


def test_phone_page_does_not_scroll_sideways(open_page):
    page, log = open_page(PAGE, viewport=PHONE)
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    save_screenshot(page, "actors-phone")
    assert overflow <= 1, f"the actors page scrolls sideways by {overflow}px at {PHONE['width']}px"
    # The cast table itself stays within the page's width (it may scroll inside its own frame).
    right = page.evaluate(
        "Math.max(...[...document.querySelectorAll('table.casebook-cast')]"
        ".map(t => t.getBoundingClientRect().right))")
    assert right <= PHONE["width"] + 1
    # Table 1 even fits without scrolling inside its frame.
    inner = page.evaluate("(t => t.scrollWidth - t.clientWidth)(document.querySelector('table.casebook-cast'))")
    assert inner <= 1, f"Table 1 needs {inner}px of sideways scrolling on a phone"
    assert not log.problems(), "\n".join(log.problems())


def test_explorer_shows_a_second_actors_sentences(open_page, gold_sentences_by_label):
    page, log = open_page(PAGE, viewport=DESKTOP)
    explorer = page.locator(".casebook-actor-explorer").first
    explorer.wait_for(state="visible", timeout=15000)
    select = explorer.locator("select")
    options = select.locator("option").all_inner_texts()
    assert len(options) >= 2, options
    first_view = _squash(explorer.locator(".widget-html:visible").inner_text())
    assert _squash(options[0]) in first_view
    select.select_option(label=options[1])  # ipywidgets writes the labels with no-break spaces
    second = _squash(options[1])
    page.wait_for_timeout(300)
    view = explorer.locator(".widget-html:visible")
    shown = _squash(view.inner_text())
    assert shown != first_view, "choosing another actor did not change the view"
    expected = gold_sentences_by_label[second]
    for sentence in expected:
        assert _squash(sentence) in shown, f"{second}: sentence missing from the view: {sentence!r}"
    marks = view.locator("mark").all_inner_texts()
    assert marks, "no mention is marked"
    assert "How found" in shown
    save_screenshot(page, "actors-explorer-second-actor")
    assert not log.problems(), "\n".join(log.problems())


def test_static_page_has_the_fallback_and_the_search_note(open_page):
    page, _ = open_page(PAGE)
    assert "Huy Vannak" in open_fallback(page)
    note = page.locator(".cell_output").filter(has_text="In Jupyter you can also search the text")
    assert note.count() == 1
    assert page.locator(".casebook-search").count() == 0  # the live-only widget is left out


def test_solutions_are_hidden_until_opened(open_page):
    page, _ = open_page(PAGE)
    assert_solutions_hidden(page, minimum=2)


def test_paragraph_links_land_on_the_source_chapter(open_page, book_html: Path):
    page, _ = open_page(PAGE)
    hrefs = set(page.eval_on_selector_all("article a[href*='source.html#p']",
                                          "els => els.map(e => e.getAttribute('href'))"))
    assert hrefs, "the chapter cites no paragraph"
    source = (book_html / "chapters" / "source.html").read_text(encoding="utf-8")
    assert 'id="p1"' in source, "source.html has no paragraph anchors"
    missing = [h for h in sorted(hrefs) if f'id="{h.split("#", 1)[1]}"' not in source]
    assert not missing, f"links to paragraphs that source.html does not have: {missing}"


def test_axe_finds_no_serious_violation_on_the_actors_page(open_page):
    page, _ = open_page(PAGE)
    page.locator(".casebook-actor-explorer").first.wait_for(state="visible", timeout=15000)
    bad = serious_axe_violations(page)
    assert not bad, "\n".join(bad)


def test_desktop_screenshot(open_page):
    page, _ = open_page(PAGE, viewport=DESKTOP)
    page.locator(".casebook-actor-explorer").first.wait_for(state="visible", timeout=15000)
    out = save_screenshot(page, "actors-desktop")
    assert out.stat().st_size > 5000


def test_no_failed_cell_and_glued_numbers_match_the_gold(open_page):
    """A cell that failed at build time leaves a traceback and empty {glue} numbers; neither may ship."""
    page, _ = open_page(PAGE)
    assert page.locator(".output.traceback, .output.error, .cell_output .ansi-red-fg").count() == 0
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    rainsy = sum(1 for m in gold["mentions"] if m["actor"] == "sam_rainsy")
    text = _squash(page.locator("article").inner_text())
    assert f"Sam Rainsy is named most often ({rainsy} mentions)" in text
