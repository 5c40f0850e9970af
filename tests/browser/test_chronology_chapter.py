"""The chronology chapter in a real browser, with no kernel and no network, on a desktop and a phone.

The stepper steps forward twice and shows the third event; the self-check gives
its precomputed feedback; the figure has real alt text; nothing scrolls sideways.
"""
from __future__ import annotations

import re

import pytest

from casebook import load_case
from casebook.knowledge import load_timeline
from conftest import (BOOK_HTML, DESKTOP, PHONE, ROOT, assert_solutions_hidden, open_fallback, save_screenshot,
                      serious_axe_violations)

PAGE = "chapters/chronology.html"


@pytest.fixture(scope="module")
def third_event_title() -> str:
    case = load_case("reuters-2018-01-15", root=ROOT)
    return load_timeline(case.paths.annotations_dir, case.article, case.annotations).events[2].title


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_page_was_built():
    assert (BOOK_HTML / PAGE).exists()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_stepper_steps_forward_twice_to_the_third_event(open_page, viewport, third_event_title):
    page, log = open_page(PAGE, viewport=viewport)
    stepper = page.locator(".cb-timeline-stepper").first
    stepper.wait_for(state="visible", timeout=15000)
    assert stepper.locator("button:visible").all_inner_texts() == ["Next ▶"]  # no "previous" at the first event
    for _ in range(2):
        stepper.locator("button:visible", has_text="Next").first.click()
        page.wait_for_timeout(300)
    view = _squash(stepper.locator(".cb-step:visible").first.inner_text())
    assert view.startswith(f"Event 3 of"), view
    assert third_event_title in view
    assert "Confidence" in view and "Sources" in view
    assert [_squash(t) for t in stepper.locator("button:visible").all_inner_texts()] == ["◀ Previous", "Next ▶"]
    stepper.locator("button:visible", has_text="Previous").first.click()
    page.wait_for_timeout(300)
    assert _squash(stepper.locator(".cb-step:visible").first.inner_text()).startswith("Event 2 of")
    save_screenshot(page, f"chronology-stepper-{viewport['width']}")
    assert not log.problems(), "\n".join(log.problems())


def test_choosing_an_event_shows_its_sentence_with_the_date_marked(open_page):
    page, log = open_page(PAGE)
    stepper = page.locator(".cb-timeline-stepper").first
    stepper.wait_for(state="visible", timeout=15000)
    select = stepper.locator("select").first
    label = next(o for o in select.locator("option").all_inner_texts() if "2017-09-03" in o)
    select.select_option(label=label)
    page.wait_for_timeout(300)
    view = stepper.locator(".cb-step:visible").first
    assert view.locator("mark.cb-step-date").inner_text() == "September"
    assert "was arrested" in view.locator("mark.cb-step-phrase").inner_text()
    assert view.locator("a[href='source.html#p3']").count() >= 1
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_self_check_gives_feedback_without_a_kernel(open_page, viewport):
    page, log = open_page(PAGE, viewport=viewport)
    check = page.locator(".cb-self-check").first
    check.wait_for(state="visible", timeout=15000)
    first = check.locator(".cb-question").first
    select = first.locator("select")
    options = [_squash(o) for o in select.locator("option").all_inner_texts()]
    assert "Friday 8 March 2019" in options
    select.select_option(index=options.index("Friday 1 March 2019"))
    page.wait_for_timeout(300)
    assert "Not this one" in first.inner_text()
    select.select_option(index=options.index("Friday 8 March 2019"))
    page.wait_for_timeout(300)
    assert "Right." in first.inner_text()
    assert page.locator(".cell_output").filter(has_text="In Jupyter you can also type your own answers").count() == 1
    assert not log.problems(), "\n".join(log.problems())


def test_phone_page_does_not_scroll_sideways(open_page):
    page, log = open_page(PAGE, viewport=PHONE)
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    save_screenshot(page, "chronology-phone")
    assert overflow <= 1, f"the chronology page scrolls sideways by {overflow}px"
    assert not log.problems(), "\n".join(log.problems())


def test_figure_is_numbered_with_caption_and_alt_text(open_page):
    page, _ = open_page(PAGE)
    figure = page.locator("article figure#fig-timeline")
    assert figure.count() == 1
    alt = figure.locator("img").get_attribute("alt") or ""
    assert len(alt.split()) >= 30
    assert re.search(r"Fig(ure|\.) ?\d", figure.locator("figcaption").inner_text())
    assert page.locator("a[href='#fig-timeline']").count() >= 1


def test_fallback_lists_every_event_and_solutions_are_hidden(open_page):
    page, _ = open_page(PAGE)
    assert "Kem Sokha sentenced to 27 years" in open_fallback(page)
    assert_solutions_hidden(page)


def test_axe_finds_no_serious_violation(open_page):
    page, _ = open_page(PAGE)
    page.locator(".cb-timeline-stepper").first.wait_for(state="visible", timeout=15000)
    bad = serious_axe_violations(page)
    assert not bad, "\n".join(bad)
