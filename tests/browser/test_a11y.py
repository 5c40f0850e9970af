"""Accessibility audit of every built page, in light and dark mode, at desktop and phone size.

Each page is opened once per (mode, size) in one of four browser contexts that are
reused for the whole run. A reader's dark mode is the browser's colour scheme
(``prefers-color-scheme: dark``) with the theme's mode left on "auto", which is
what a reader whose system is dark gets; every visit checks that the theme really
drew the page in the mode asked for (``<html data-theme>``).

One visit feeds several tests: axe-core finds no serious or critical violation
(minus the page- and element-scoped ``AXE_ALLOWED``), a phone page does not scroll
sideways, and a screenshot is saved under test-artifacts/ as
``{size}-{mode}-{page}.png`` (the whole page in light mode, the first screen in dark). Moderate and minor violations do not fail; they are
written, with every node, to test-artifacts/axe-report.md and axe-report.json.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest

from conftest import (
    ARTIFACTS, BOOK_HTML, DESKTOP, PHONE, axe_results, book_pages, not_allowed,
)

MODES = ("light", "dark")
SIZES = {"desktop": DESKTOP, "phone": PHONE}
# Every page of the built site: the book's pages plus the search and index pages.
PAGES = (book_pages(BOOK_HTML) + [p for p in ("search.html", "genindex.html") if (BOOK_HTML / p).exists()]
         if BOOK_HTML.exists() else [])
CASES = [(path, mode, size) for path in PAGES for mode in MODES for size in SIZES]
FAILING = ("serious", "critical")


@dataclass
class Visit:
    path: str
    mode: str
    size: str
    theme: str | None
    overflow: int
    screenshot: str
    seconds: float
    failing: list[str] = field(default_factory=list)       # serious/critical, not allowed: fail the test
    reported: list[dict] = field(default_factory=list)     # moderate/minor: go to the report


_VISITS: dict[tuple[str, str, str], Visit] = {}
_AXE_VERSION: dict[str, str] = {}


@pytest.fixture(scope="module")
def contexts(browser):
    """One browser context per (mode, size), each with one page, reused for every visit."""
    made = {}
    for mode in MODES:
        for size, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, color_scheme=mode)
            made[(mode, size)] = context.new_page()
    yield made
    for page in made.values():
        page.context.close()


@pytest.fixture(scope="module", autouse=True)
def axe_report():
    """Write the report of every visit made in this module, when the module ends."""
    started = time.monotonic()
    yield
    if _VISITS:
        write_report(list(_VISITS.values()), time.monotonic() - started)


def visit(contexts, base_url: str, path: str, mode: str, size: str) -> Visit:
    key = (path, mode, size)
    if key in _VISITS:
        return _VISITS[key]
    page = contexts[(mode, size)]
    started = time.monotonic()
    page.goto(f"{base_url}/{path}", wait_until="networkidle")
    theme = page.evaluate("document.documentElement.dataset.theme")
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    response = axe_results(page)
    _AXE_VERSION["version"] = response.get("testEngine", {}).get("version", "unknown")
    # Light: the whole page. Dark: the first screen only, which halves the time spent on
    # screenshots; the dark colours of every element are checked by axe, not by eye.
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / (f"{size}-{mode}-" + path.replace("/", "-").removesuffix(".html") + ".png")
    page.screenshot(path=str(shot), full_page=(mode == "light"))
    result = Visit(path, mode, size, theme, overflow, shot.name, 0.0)
    for violation in response["violations"]:
        nodes = not_allowed(path, violation)
        if not nodes:
            continue
        if violation["impact"] in FAILING:
            result.failing.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} — {len(nodes)} node(s): "
                + "; ".join(" ".join(n["target"]) for n in nodes[:5])
            )
        else:
            result.reported.append({
                "rule": violation["id"], "impact": violation["impact"], "help": violation["help"],
                "nodes": [" ".join(n["target"]) for n in nodes],
            })
    result.seconds = round(time.monotonic() - started, 2)
    _VISITS[key] = result
    return result


def write_report(visits: list[Visit], seconds: float) -> None:
    """test-artifacts/axe-report.{md,json}: what axe found that does not fail a test."""
    ARTIFACTS.mkdir(exist_ok=True)
    visits = sorted(visits, key=lambda v: (v.path, v.mode, v.size))
    data = {
        "axe_core": _AXE_VERSION.get("version", "unknown"),
        "visits": len(visits),
        "seconds": round(seconds, 1),
        "results": [asdict(v) for v in visits],
    }
    lines = [
        "# axe-core report",
        "",
        f"axe-core {data['axe_core']}; {len(visits)} visits (page × light/dark × desktop 1280×900 / phone 390×844) "
        f"in {seconds:.0f} s. Serious and critical violations fail the tests; the moderate and minor ones "
        "below are reported only.",
        "",
        "| page | mode | size | rule | impact | nodes |",
        "|---|---|---|---|---|---|",
    ]
    for v in visits:
        for item in v.reported:
            nodes = "<br>".join(f"`{n}`" for n in item["nodes"][:10])
            more = f"<br>… and {len(item['nodes']) - 10} more" if len(item["nodes"]) > 10 else ""
            lines.append(f"| {v.path} | {v.mode} | {v.size} | {item['rule']} | {item['impact']} | "
                         f"{len(item['nodes'])}: {nodes}{more} |")
    failing = [f"- {v.path} {v.mode} {v.size}: {f}" for v in visits for f in v.failing]
    lines += ["", "## Failing (serious or critical)", ""] + (failing or ["None."])
    _write_atomic(ARTIFACTS / "axe-report.md", "\n".join(lines) + "\n")
    _write_atomic(ARTIFACTS / "axe-report.json", json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_every_page_is_audited():
    assert "chapters/start.html" in PAGES and "chapters/bibliography.html" in PAGES, PAGES
    assert "404.html" in PAGES and "search.html" in PAGES, PAGES
    assert len(CASES) == 4 * len(PAGES)


@pytest.mark.parametrize(("path", "mode", "size"), CASES)
def test_axe_finds_no_serious_violation(contexts, base_url, path, mode, size):
    result = visit(contexts, base_url, path, mode, size)
    assert result.theme == mode, f"{path} drew in {result.theme!r} mode, not {mode!r}"
    assert not result.failing, "\n".join(result.failing)


@pytest.mark.parametrize(("path", "mode"), [(p, m) for p in PAGES for m in MODES])
def test_phone_page_does_not_scroll_sideways(contexts, base_url, path, mode):
    result = visit(contexts, base_url, path, mode, "phone")
    assert result.overflow <= 1, f"{path} ({mode}) scrolls sideways by {result.overflow}px on a {PHONE['width']}px screen"


@pytest.mark.parametrize(("path", "mode", "size"), CASES)
def test_screenshot_was_saved(contexts, base_url, path, mode, size):
    """A screenshot per page, mode and size, for review by eye (test-artifacts/)."""
    result = visit(contexts, base_url, path, mode, size)
    assert (ARTIFACTS / result.screenshot).stat().st_size > 5000


def test_the_audit_catches_a_contrast_failure(contexts, base_url):
    """The audit can fail: grey text on a grey box, added to a page, is a serious violation."""
    page = contexts[("dark", "desktop")]
    page.goto(f"{base_url}/chapters/glossary.html", wait_until="networkidle")
    page.evaluate("""() => {
        const p = document.createElement('p');
        p.id = 'cb-probe';
        p.textContent = 'Grey on grey';
        p.style.cssText = 'color:#9ca4af;background:#ced6dd';
        document.querySelector('article.bd-article').append(p);
    }""")
    response = axe_results(page)
    found = [v for v in response["violations"] if v["id"] == "color-contrast"
             and any("#cb-probe" in n["target"] for n in v["nodes"])]
    assert found and found[0]["impact"] == "serious"


def test_the_reader_can_switch_to_dark_mode(browser, base_url):
    """The theme's mode button, in a light browser, turns the page dark, and the choice is kept."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    try:
        page = context.new_page()
        page.goto(f"{base_url}/chapters/start.html", wait_until="networkidle")
        assert page.evaluate("document.documentElement.dataset.theme") == "light"
        button = page.locator("button.theme-switch-button").first
        for _ in range(3):  # the button cycles light -> dark -> auto
            if page.evaluate("document.documentElement.dataset.theme") == "dark":
                break
            button.click()
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        page.goto(f"{base_url}/chapters/actors.html", wait_until="networkidle")
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        assert page.evaluate("localStorage.getItem('mode')") == "dark"
    finally:
        context.close()
