"""The Build status page in a real browser: its tables are the results file's figures, and
they fit a phone."""
from __future__ import annotations

from pathlib import Path

from casebook.book import build_time_rows, load_build_report, notebook_time_rows, page_weight_rows

from conftest import PHONE

ROOT = Path(__file__).resolve().parents[2]
PAGE = "chapters/build-status.html"


def _table(page, number: int) -> list[dict[str, str]]:
    """The rows of "Table N." on the page, as {column: text}."""
    return page.evaluate(
        """(n) => {
          const t = [...document.querySelectorAll('table')].find(
              t => t.caption && t.caption.textContent.startsWith(`Table ${n}.`));
          if (!t) return null;
          const head = [...t.querySelectorAll('thead th')].map(th => th.textContent.trim());
          return [...t.querySelectorAll('tbody tr')].map(tr => Object.fromEntries(
              [...tr.querySelectorAll('td')].map((td, i) => [head[i], td.textContent.trim()])));
        }""", number)


def test_tables_show_the_figures_of_the_results_file(open_page):
    report = load_build_report(ROOT / "benchmarks" / "results" / "build.json")
    page, log = open_page(PAGE)
    assert log.problems() == []
    assert _table(page, 1) == build_time_rows(report)
    assert _table(page, 2) == notebook_time_rows(report)
    assert _table(page, 3) == page_weight_rows(report)
    text = page.inner_text("main")
    assert report["machine"]["python"] in text and report["machine"]["jupyter_book"] in text


def test_tables_fit_a_phone_without_scrolling_sideways(open_page):
    page, _ = open_page(PAGE, viewport=PHONE)
    widths = page.evaluate(
        """() => [...document.querySelectorAll('main table')].map(t => {
             const box = t.closest('.cell_output') || t.parentElement;
             return [t.caption ? t.caption.textContent.slice(0, 9) : '?', t.scrollWidth, box.clientWidth];
           })""")
    assert len(widths) == 3
    too_wide = [w for w in widths if w[1] > w[2]]
    assert not too_wide, f"tables wider than their column at {PHONE['width']} px: {too_wide}"
