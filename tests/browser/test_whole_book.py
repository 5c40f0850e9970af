"""The whole built book in a browser: order, navigation, search and every widget.

The expected order of pages comes from _toc.yml, not from the built pages, so a
chapter missing from the build or from the next/previous chain fails. Widgets
are found in the built HTML (every embedded widget view), not listed by hand.
"""
from __future__ import annotations

import json
import re

import pytest
import yaml

from conftest import BOOK_HTML, DESKTOP, PHONE, ROOT, page_path

WIDGET_VIEW = re.compile(r'<script type="application/vnd\.jupyter\.widget-view\+json">')
CHANGE_TIMEOUT_MS = 5000


def toc_pages() -> list[str]:
    """The book's pages in reading order, as built paths: root first, then every chapter of every part."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))

    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    walk(toc.get("chapters", []))
    return [f"{f}.html" for f in files]


TOC = toc_pages()
WIDGET_PAGES = sorted(
    p.relative_to(BOOK_HTML).as_posix() for p in BOOK_HTML.rglob("*.html")
    if "_static" not in p.parts and WIDGET_VIEW.search(p.read_text(encoding="utf-8"))
) if BOOK_HTML.exists() else []


def _title(page) -> str:
    return page.locator("article.bd-article h1").first.inner_text()


def test_toc_has_the_chapters():
    assert TOC[0] == "chapters/start.html" and "chapters/bibliography.html" in TOC, TOC
    missing = [p for p in TOC if not (BOOK_HTML / p).exists()]
    assert not missing, f"in _toc.yml but not built: {missing}"


def _walk(open_page, start: str, link: str) -> tuple[list[str], object]:
    """Pages met by clicking ``link`` (a.right-next or a.left-prev) from ``start`` until it is gone."""
    page, log = open_page(start)
    seen = [page_path(page.url)]
    for _ in range(len(TOC) + 5):
        nxt = page.locator(link)
        if nxt.count() == 0:
            break
        nxt.first.click()
        page.wait_for_load_state("load")
        seen.append(page_path(page.url))
    return seen, log


def test_next_links_walk_every_chapter_in_toc_order(open_page):
    seen, log = _walk(open_page, TOC[0], "a.right-next")
    assert seen == TOC
    assert not log.problems(), "\n".join(log.problems())


def test_previous_links_walk_back_to_the_start(open_page):
    seen, log = _walk(open_page, TOC[-1], "a.left-prev")
    assert seen == TOC[::-1]
    assert not log.problems(), "\n".join(log.problems())


def test_sidebar_lists_every_chapter_in_toc_order(open_page):
    page, _ = open_page(TOC[0])
    hrefs = page.eval_on_selector_all("nav.bd-docs-nav a.reference.internal", "els => els.map(e => e.href)")
    paths = [page_path(h.split("#")[0]) for h in hrefs]
    assert [p for p in paths if p in TOC] == TOC, paths
    assert set(paths) <= set(TOC), f"sidebar links outside the toc: {sorted(set(paths) - set(TOC))}"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_sidebar_clicks_reach_every_chapter(open_page, viewport):
    """Each chapter is reached by clicking its sidebar link (on a phone, from the opened menu)."""
    page, log = open_page(TOC[0], viewport=viewport)
    for target in TOC[1:] + TOC[:1]:
        if viewport is PHONE:
            page.locator("button.primary-toggle:visible").first.click()
            page.locator("nav.bd-docs-nav:visible").first.wait_for(state="visible")
        link = page.locator(f"nav.bd-docs-nav a.reference.internal:visible[href$='{target.split('/')[-1]}']").first
        link.click()
        page.wait_for_load_state("load")
        assert page_path(page.url) == target
        assert _title(page).strip()
    assert not log.problems(), "\n".join(log.problems())


def test_search_finds_kem_sokha(open_page):
    page, log = open_page("search.html?q=Kem+Sokha")
    page.wait_for_selector("#search-results ul.search li", timeout=15000)
    links = page.eval_on_selector_all("#search-results ul.search li a", "els => els.map(e => e.href)")
    found = {page_path(h.split("#")[0].split("?")[0]) for h in links}
    assert found & set(TOC), links
    assert "chapters/source.html" in found, sorted(found)
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize("path", ["genindex.html", "search.html"])
def test_generated_pages_load_cleanly_offline(open_page, path):
    page, log = open_page(path)
    assert page.locator("h1:visible").count() >= 1
    assert not log.problems(), "\n".join(log.problems())


def test_widget_pages_were_found():
    assert "chapters/start.html" in WIDGET_PAGES and len(WIDGET_PAGES) >= 2, WIDGET_PAGES
    assert set(WIDGET_PAGES) <= set(TOC), WIDGET_PAGES


def _wait_for_change(page, root, before: str) -> str:
    page.wait_for_function("([el, before]) => el.innerText !== before", arg=[root, before],
                           timeout=CHANGE_TIMEOUT_MS)
    return root.inner_text()


@pytest.mark.parametrize("path", WIDGET_PAGES)
def test_every_widget_switches_views_without_a_kernel(open_page, path):
    """Every embedded widget renders, and each of its controls changes what it shows.

    Dropdowns: up to six options are chosen in turn, each must change the view.
    Toggle buttons (the chronology stepper): the first button that is not pressed
    is clicked three times over, each must change the view.
    """
    html = (BOOK_HTML / path).read_text(encoding="utf-8")
    views = len(WIDGET_VIEW.findall(html))
    page, log = open_page(path)
    roots = page.locator(".cell_output .widget-subarea > .jupyter-widgets")
    page.wait_for_function(f"document.querySelectorAll('.cell_output .widget-subarea > .jupyter-widgets').length >= {views}",
                           timeout=15000)
    assert roots.count() == views, f"{path}: {views} widget views embedded, {roots.count()} rendered"
    for i in range(views):
        root = roots.nth(i).element_handle()
        controls = 0
        for select in roots.nth(i).locator("select").all():
            options = select.locator("option").all_inner_texts()
            assert len(options) >= 2, f"{path} widget {i}: a dropdown with {options}"
            current = select.evaluate("s => s.selectedIndex")
            for index in [k for k in range(len(options)) if k != current][:6]:
                before = root.inner_text()
                select.select_option(index=index)
                _wait_for_change(page, root, before)
            controls += 1
        for _ in range(3 if roots.nth(i).locator(".widget-toggle-buttons").count() else 0):
            button = roots.nth(i).locator(".widget-toggle-buttons button:visible:not(.mod-active)").first
            before = root.inner_text()
            button.click()
            _wait_for_change(page, root, before)
            controls += 1
        assert controls, f"{path} widget {i} has no dropdown or toggle buttons to try"
    assert not log.problems(), "\n".join(log.problems())


def test_widget_state_is_embedded_for_every_view():
    """Each embedded view names a model whose state the page carries (else it cannot render offline)."""
    for path in WIDGET_PAGES:
        html = (BOOK_HTML / path).read_text(encoding="utf-8")
        state = re.search(r'<script type="application/vnd\.jupyter\.widget-state\+json">(.*?)</script>', html, re.S)
        assert state, f"{path}: widget views without an embedded widget state"
        models = json.loads(state.group(1))["state"]
        for view in re.findall(r'<script type="application/vnd\.jupyter\.widget-view\+json">(.*?)</script>', html, re.S):
            assert json.loads(view)["model_id"] in models, f"{path}: a view's model is not in the page's state"
