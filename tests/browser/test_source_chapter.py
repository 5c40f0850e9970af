"""The annotated source chapter in a real browser: anchors, highlights, links, layout, accessibility."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from casebook.knowledge.annotations import load_annotations
from casebook import parse_article
from conftest import DESKTOP, PHONE, save_screenshot, serious_axe_violations

ROOT = Path(__file__).resolve().parents[2]
PAGE = "chapters/source.html"
ARTICLE = parse_article(ROOT / "data" / "source" / "reuters-2018-01-15.txt")
ANNOTATIONS = load_annotations(ROOT / "data" / "annotations")
# First pieces only: a highlight cut by another one's boundary continues in a .cb-cont piece.
MENTIONS = "mark.cb-mention:not(.cb-cont)"


def test_every_paragraph_has_its_anchor(open_page):
    page, log = open_page(PAGE)
    ids = page.eval_on_selector_all(".cb-para", "els => els.map(e => e.id)")
    expected = [f"p{p.number}" for p in ARTICLE.paragraphs]
    assert [i for i in ids if i.startswith("p")] == expected
    assert len(expected) == 14
    for anchor in expected:
        assert page.locator(f"#{anchor}").count() == 1, anchor
    assert not log.problems(), "\n".join(log.problems())


def test_mention_highlights_carry_their_resolved_actor(open_page):
    page, _ = open_page(PAGE)
    marks = page.eval_on_selector_all(
        MENTIONS, "els => els.map(e => [e.dataset.actor, e.title, e.textContent, e.getAttribute('tabindex')])")
    assert len(marks) == len(ARTICLE.mentions)
    known = {a.id: a.label for a in ANNOTATIONS.actors}
    for actor, title, text, tabindex in marks:
        assert actor in known, (actor, text)
        assert title.startswith(f"{text} → {known[actor]}"), title
        assert "rule:" in title and tabindex == "0"


def test_quotes_and_dates_say_what_they_are(open_page):
    page, _ = open_page(PAGE)
    direct = page.locator(".cb-quote.cb-direct:not(.cb-cont)")
    reported = page.locator(".cb-quote.cb-reported:not(.cb-cont)")
    assert direct.count() == sum(q.kind == "direct" for q in ARTICLE.quotes)
    assert reported.count() == sum(q.kind == "reported" for q in ARTICLE.quotes)
    titles = direct.evaluate_all("els => els.map(e => e.title)")
    assert "direct quote, speaker Sam Rainsy, cue ‘wrote’" in titles
    sunday = page.locator("#p4 time.cb-timex", has_text="Sunday")
    assert sunday.get_attribute("datetime") == "2018-01-14"
    assert sunday.get_attribute("title") == "Sunday → 2018-01-14 (rule: weekday-most-recent-past)"


def test_a_focused_highlight_shows_its_popover(open_page):
    page, _ = open_page(PAGE, viewport=PHONE)
    mark = page.locator("#p3 mark[data-rule='pronoun-last-person']")
    mark.focus()
    shown = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert shown == '"he → Kem Sokha · Opposition (rule: pronoun-last-person)"'


def test_every_paragraph_link_in_the_chapter_resolves(open_page, base_url):
    page, _ = open_page(PAGE)
    hrefs = page.eval_on_selector_all("article a[href*='#']", "els => els.map(e => e.getAttribute('href'))")
    page_url = f"{base_url}/{PAGE}"
    paragraph_links = [h for h in hrefs if urlparse(h).fragment.startswith(("p", "note-", "dateline"))
                       and urlparse(urljoin(page_url, h)).path.endswith("/source.html")]
    assert len(paragraph_links) > 40
    ids = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
    missing = sorted({h for h in paragraph_links if urlparse(h).fragment not in ids})
    assert not missing, missing
    guide = page.locator("#reading-guide a.casebook-para-link")
    assert 5 <= page.locator("#reading-guide > ol > li").count() <= 10  # issue 14 added a question on ¶5
    assert guide.count() >= 8


def test_every_note_marker_leads_to_its_note(open_page):
    page, _ = open_page(PAGE)
    targets = page.eval_on_selector_all("a.cb-ref", "els => els.map(e => e.getAttribute('href'))")
    assert len(targets) >= 30
    for href in targets:
        assert page.locator(href).count() == 1, href
        assert "Sources:" in page.locator(href).inner_text()


def test_layer_switches_work_without_javascript_callbacks(open_page):
    page, _ = open_page(PAGE)
    notes = page.locator("#p3 .cb-notes")
    assert notes.is_visible()
    page.locator("label[for='cb-show-note']").click()
    assert not notes.is_visible()
    page.locator("label[for='cb-show-note']").click()
    assert notes.is_visible()


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_reads_on_desktop_and_phone(open_page, name, viewport):
    page, log = open_page(PAGE, viewport=viewport)
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    save_screenshot(page, f"source-chapter-{name}")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px at {viewport['width']}px"
    assert page.locator("#p1").is_visible()
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_violation(open_page, viewport):
    page, _ = open_page(PAGE, viewport=viewport)
    bad = serious_axe_violations(page)
    assert not bad, "\n".join(bad)
