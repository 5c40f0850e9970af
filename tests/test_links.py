"""No broken internal link or anchor in the built book (linkchecker with AnchorCheck, scripts/check_links.py).

The first test checks the whole built book and is marked slow: AnchorCheck
downloads and parses a page once per ``page#anchor`` URL (about two minutes
here). The others run the same helper on a two-page site with known faults.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from scriptload import load_script

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"


check_links = load_script("check_links")

PAGE_A = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>a</title></head><body>
<p id="top"><a href="sub/b.html#present">fine</a> <a href="/sub/b.html">from the site root</a></p>
<p><a href="sub/b.html#missing">broken anchor</a></p>
<p><a href="nothere.html">missing page</a> <a href="#top">fine</a> <a href="#nope">broken here</a></p>
</body></html>
"""
PAGE_B = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>b</title></head><body>
<h1 id="present">b</h1><a href="../a.html#top">back</a></body></html>
"""


def _site(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(PAGE_A, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(PAGE_B, encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_built_book_has_no_broken_link_or_anchor():
    if not (HTML / "index.html").exists():
        pytest.fail(f"no built book at {HTML}: run `make book` first")
    report = check_links.check_links(HTML)
    assert report.pages >= 20
    # It followed the book's links and checked their anchors, not only the start pages.
    assert report.urls > report.pages + 100 and report.anchors > 100, report
    assert not report.problems, f"{len(report.problems)} broken:\n" + "\n".join(map(str, report.problems))


def test_broken_anchors_and_pages_are_caught(tmp_path):
    report = check_links.check_links(_site(tmp_path))
    found = {(p.parent, p.url, p.line) for p in report.problems}
    assert found == {
        ("a.html", "sub/b.html#missing", "3"),   # anchor missing on another page (linkchecker)
        ("a.html", "nothere.html", "4"),         # page missing (linkchecker)
        ("a.html", "#nope", "4"),                # anchor missing on the same page (our own pass)
    }, [str(p) for p in report.problems]
    assert any("missing" in p.warning and "Available anchors" in p.warning for p in report.problems)
    assert check_links.main([str(tmp_path)]) == 1


def test_a_clean_site_passes(tmp_path):
    site = _site(tmp_path)
    page = site / "a.html"
    page.write_text(
        page.read_text().replace("#missing", "#present").replace("nothere.html", "a.html").replace("#nope", "#top"),
        encoding="utf-8",
    )
    report = check_links.check_links(site)
    assert report.problems == []
    assert report.pages == 2 and report.anchors >= 1
    assert check_links.main([str(site)]) == 0


def test_theme_templates_are_not_start_pages(tmp_path):
    site = _site(tmp_path)
    (site / "_static").mkdir()
    (site / "_static" / "webpack-macros.html").write_text("{{ pathto('x') }}", encoding="utf-8")
    assert check_links.start_pages(site) == ["a.html", "sub/b.html"]
