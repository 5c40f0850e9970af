"""The reactions chapter in a real browser, with no kernel and no network.

Numbered figures with real alt text, tables that do not push the page sideways
on a phone, and a quotation explorer that switches to a second speaker's
quotations at desktop and at phone size. Expected quotations come from the gold
annotations, not from the parser.
"""
from __future__ import annotations

import json
import re

import pytest

from casebook.knowledge.annotations import load_annotations
from conftest import DESKTOP, PHONE, ROOT, assert_solutions_hidden, open_fallback, save_screenshot, serious_axe_violations

PAGE = "chapters/reactions.html"
GOLD = ROOT / "tests" / "gold" / "reuters-2018-01-15.json"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def gold_quotes_by_speaker() -> dict[str, list[str]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    labels = {a.id: a.label for a in load_annotations(ROOT / "data" / "annotations").actors}
    out: dict[str, list[str]] = {}
    for quote in gold["quotes"]:
        out.setdefault(labels[quote["speaker_actor"]], []).append(quote["text"])
    return out


def test_figures_are_numbered_with_captions_and_real_alt_text(open_page):
    page, log = open_page(PAGE)
    figures = page.locator("article figure")
    assert figures.count() == 2
    for i in range(2):
        alt = figures.nth(i).locator("img").get_attribute("alt") or ""
        assert len(alt.split()) >= 40, alt
        assert re.search(r"Fig(ure|\.) ?\d", figures.nth(i).locator("figcaption").inner_text())
    for name in ("fig-voice-share", "fig-voice-map"):
        assert page.locator(f"#{name}").count() == 1
        assert page.locator(f"a[href='#{name}']").count() >= 1, f"no reference to {name}"
    assert page.locator(".output.traceback, .output.error").count() == 0
    assert not log.problems(), "\n".join(log.problems())


def test_voices_table_has_every_gold_quotation(open_page):
    page, _ = open_page(PAGE)
    table = _squash(page.locator("table.cb-voices").inner_text())
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for quote in gold["quotes"]:
        assert _squash(quote["text"]) in table, quote["text"]
    assert page.locator("table.cb-reactions tbody tr").count() >= 6


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_explorer_shows_a_second_speakers_quotations(open_page, gold_quotes_by_speaker, viewport):
    page, log = open_page(PAGE, viewport=viewport)
    explorer = page.locator(".casebook-voice-explorer").first
    explorer.wait_for(state="visible", timeout=15000)
    select = explorer.locator("select")
    options = [_squash(o) for o in select.locator("option").all_inner_texts()]
    speakers = [o for o in options if o.startswith("Speaker: ")]
    assert len(speakers) >= 4, options
    first_view = _squash(explorer.locator(".widget-html:visible").inner_text())
    select.select_option(index=options.index(speakers[0]))
    page.wait_for_timeout(300)
    select.select_option(index=options.index(speakers[1]))  # a second speaker
    page.wait_for_timeout(300)
    view = explorer.locator(".widget-html:visible")
    shown = _squash(view.inner_text())
    assert shown != first_view
    name = speakers[1].removeprefix("Speaker: ")
    for words in gold_quotes_by_speaker[name]:
        assert _squash(words) in shown, f"{name}: quotation missing from the view: {words!r}"
    assert view.locator("mark.cb-voice-mark").count() == len(gold_quotes_by_speaker[name])
    assert view.locator("strong.cb-cue").count() == len(gold_quotes_by_speaker[name])
    assert "Speaker found by" in shown and "Role:" in shown
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px at {viewport['width']}px"
    save_screenshot(page, f"reactions-explorer-{viewport['width']}")
    assert not log.problems(), "\n".join(log.problems())


def test_phone_tables_become_cards(open_page):
    page, log = open_page(PAGE, viewport=PHONE)
    for css in ("table.cb-voices", "table.cb-reactions"):
        inner = page.evaluate(f"(t => t.scrollWidth - t.clientWidth)(document.querySelector('{css}'))")
        assert inner <= 1, f"{css} needs {inner}px of sideways scrolling on a phone"
        right = page.evaluate(f"document.querySelector('{css}').getBoundingClientRect().right")
        assert right <= PHONE["width"] + 1
    save_screenshot(page, "reactions-phone")
    assert not log.problems(), "\n".join(log.problems())


def test_fallback_and_hidden_solutions(open_page):
    page, _ = open_page(PAGE)
    assert "I advise the people on this list" in open_fallback(page)
    assert_solutions_hidden(page)


def test_axe_finds_no_serious_violation(open_page):
    page, _ = open_page(PAGE)
    page.locator(".casebook-voice-explorer").first.wait_for(state="visible", timeout=15000)
    bad = serious_axe_violations(page)
    assert not bad, "\n".join(bad)
