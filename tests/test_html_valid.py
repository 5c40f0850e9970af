"""Every built page is valid HTML by the Nu HTML checker (vnu.jar, pinned in tools/htmlcheck).

The first test checks the built book; the others show that the same helper
fails on a broken page, reports page and line, and filters nothing by default.
They need java and ``make htmlcheck-tools`` (``make test`` runs it).
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from scriptload import load_script

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"

VALID = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ok</title></head>
<body><p>fine</p></body></html>
"""
# Line 4 closes a <p> that the <div> on line 3 already closed implicitly.
BROKEN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>broken</title></head>
<body><p>text<div>block in a paragraph</div>
</p></body></html>
"""


check_html = load_script("check_html")


def test_every_built_page_is_valid_html():
    if not (HTML / "index.html").exists():
        pytest.fail(f"no built book at {HTML}: run `make book` first")
    files, errors, _filtered = check_html.check_book(HTML)
    pages = {f.relative_to(HTML).as_posix() for f in files}
    # The check covers the content pages and Sphinx's own ones, not a subset.
    assert {"index.html", "404.html", "search.html", "genindex.html", "chapters/source.html"} <= pages
    assert len(pages) >= 20, sorted(pages)
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(map(str, errors))


def test_a_broken_page_fails_with_page_and_line(tmp_path):
    (tmp_path / "good.html").write_text(VALID, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.html").write_text(BROKEN, encoding="utf-8")
    files, errors, filtered = check_html.check_book(tmp_path)
    assert len(files) == 2
    assert filtered == 0
    assert errors, "vnu accepted a <div> inside a <p>"
    assert {e.page for e in errors} == {"sub/bad.html"}
    closing = [e for e in errors if "“p” end tag" in e.message]
    assert closing and closing[0].line == 4, [str(e) for e in errors]
    assert str(closing[0]).startswith("sub/bad.html:4:")
    # The command-line entry point fails on it too.
    assert check_html.main([str(tmp_path)]) == 1


def test_filters_drop_only_what_they_name(tmp_path, monkeypatch):
    (tmp_path / "bad.html").write_text(BROKEN.replace("<title>broken</title>", ""), encoding="utf-8")
    _files, errors, filtered = check_html.check_book(tmp_path)
    messages = [e.message for e in errors]
    assert any("title" in m for m in messages) and any("“p” end tag" in m for m in messages)
    monkeypatch.setattr(check_html, "FALSE_POSITIVES", ((r"“p” end tag", "test"),))
    _files, errors_after, filtered_after = check_html.check_book(tmp_path)
    assert filtered_after >= 1 and filtered == 0
    assert [e.message for e in errors_after] == [m for m in messages if "“p” end tag" not in m]


def test_excluded_files_each_name_a_reason_and_exist_in_the_build():
    for name, reason in check_html.EXCLUDED_FILES:
        assert len(reason) > 40, name
        assert name.startswith("_static/"), "only theme templates copied into _static may be left out"
    for pattern, reason in check_html.FALSE_POSITIVES:
        assert len(reason) > 40, pattern
    if (HTML / "index.html").exists():
        present = {name for name, _ in check_html.EXCLUDED_FILES if (HTML / name).exists()}
        assert present, "no excluded file is in the build: drop the stale EXCLUDED_FILES entries"


def test_no_html_to_check_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="build the book first"):
        check_html.check_book(tmp_path)


def _valid_html_ext():
    spec = importlib.util.spec_from_file_location("valid_html", ROOT / "_ext" / "valid_html.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pandas_style_block_is_removed_and_nothing_else():
    import pandas as pd

    strip = _valid_html_ext().strip_pandas_style
    flat = pd.DataFrame({"a": [1, 2]})._repr_html_()
    multi = pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("x", "a"), ("x", "b")]))._repr_html_()
    for table in (flat, multi):
        assert "<style scoped>" in table
        cleaned = strip(table)
        assert "<style" not in cleaned
        assert cleaned.count("<table") == 1 and cleaned.count("</table>") == 1
    other = '<style scoped>\n  p { color: red; }\n</style><p>x</p>'
    assert strip(other) == other, "a style block that is not pandas' own is left for vnu to judge"


def test_index_redirect_page_is_valid(tmp_path):
    page = _valid_html_ext().redirect_page("chapters/start.html", "A <book> & more", "en")
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    _files, errors, _ = check_html.check_book(tmp_path)
    assert not errors, [str(e) for e in errors]
    assert 'content="0; url=chapters/start.html"' in page and "A &lt;book&gt; &amp; more" in page
    assert '<link rel="icon" href="data:,">' in page  # no request for /favicon.ico
