"""The built book in a real browser: clean loads, working navigation, accessible pages."""
from __future__ import annotations

import pytest

from conftest import BOOK_HTML, book_pages, open_fallback

# The axe audit, the phone no-sideways-scroll check and the screenshots of every
# page (light and dark, desktop and phone) are in test_a11y.py: one visit each.
# The sidebar and next/previous checks against _toc.yml are in test_whole_book.py.

PAGES = book_pages(BOOK_HTML) if BOOK_HTML.exists() else []



def test_pages_were_found():
    assert "chapters/start.html" in PAGES, PAGES
    assert len(PAGES) >= 3


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_offline(open_page, path):
    page, log = open_page(path)
    assert page.locator("article.bd-article h1").first.is_visible()
    assert not log.problems(), "\n".join(log.problems())


def test_demo_widget_switches_views_without_a_kernel(open_page):
    page, log = open_page("chapters/start.html")
    explorer = page.locator(".casebook-explorer").first
    explorer.wait_for(state="visible", timeout=15000)
    select = explorer.locator("select")
    visible_panel = explorer.locator(".widget-html:visible")
    before = visible_panel.inner_text()
    options = select.locator("option").all_inner_texts()
    assert len(options) >= 2
    select.select_option(label=options[1])
    page.wait_for_timeout(300)
    after = explorer.locator(".widget-html:visible").inner_text()
    assert after != before, "selecting another option did not change the view"
    assert "make lab" in after  # the 'run the notebooks' view
    assert not log.problems(), "\n".join(log.problems())


def test_widget_has_a_no_script_fallback(open_page):
    page, _ = open_page("chapters/start.html")
    assert "make lab" in open_fallback(page)


def test_no_page_loads_the_widget_script_without_widgets(open_page):
    page, _ = open_page("chapters/about.html")
    scripts = page.eval_on_selector_all("script[src]", "els => els.map(e => e.getAttribute('src'))")
    assert not [s for s in scripts if "embed-amd" in s], scripts


@pytest.mark.parametrize("path", PAGES)
def test_images_have_real_alt_text(open_page, path):
    page, _ = open_page(path)
    alts = page.eval_on_selector_all("article img", "els => els.map(e => e.getAttribute('alt'))")
    for alt in alts:
        assert alt and alt.strip(), f"an image on {path} has no alt text"
        assert not alt.lower().endswith((".png", ".svg", ".jpg")), f"alt text is a file name on {path}: {alt}"


def test_search_finds_a_word_from_the_start_page(open_page):
    page, _ = open_page("search.html?q=exiles")
    page.wait_for_selector("#search-results ul.search li", timeout=15000)
    links = page.eval_on_selector_all("#search-results ul.search li a", "els => els.map(e => e.getAttribute('href'))")
    assert any("start" in (href or "") for href in links), links
