"""_ext/a11y_markup.py on small HTML inputs: bibliography roles and focusable scrolling tables."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

from a11y_markup import TEMPLATES, fix_bibliography_roles, focusable_scroll_tables  # noqa: E402

BIB = ('<div role="list" class="citation-list">\n'
       '<div class="citation" id="id1" role="doc-biblioentry">\n<span class="label">[1]</span><p>A.</p>\n</div>\n'
       '<div class="citation" id="id2" role="doc-biblioentry">\n<span class="label">[2]</span><p>B.</p>\n</div>\n</div>')


def test_bibliography_entries_become_list_items():
    out = fix_bibliography_roles(BIB)
    assert out.count('role="listitem"') == 2
    assert "doc-biblioentry" not in out
    assert '<div role="list" class="citation-list">' in out


def test_other_biblioentry_roles_are_left_alone():
    other = '<div class="note" role="doc-biblioentry">x</div>'
    assert fix_bibliography_roles(other) == other


def test_a_table_in_a_cell_output_takes_focus():
    body = ('<div class="cell_output docutils container"><div class="output text_html"><div>\n'
            '<table border="1" class="dataframe">\n<tr><td>1</td></tr></table></div></div></div>')
    out = focusable_scroll_tables(body)
    assert '<table tabindex="0" border="1" class="dataframe">' in out
    assert out.replace(' tabindex="0"', "") == body


def test_tables_in_a_frame_or_outside_outputs_are_unchanged():
    body = ('<table class="table"><tr><td>prose table</td></tr></table>\n'
            '<div class="cell_output"><div class="cb-scroll" role="region" tabindex="0" aria-label="T">'
            '<table class="dataframe"><tr><td>framed</td></tr></table></div>'
            '<br><img src="x.png" alt="x"><table tabindex="-1"><tr><td>own</td></tr></table></div>'
            '<table><tr><td>after the output</td></tr></table>')
    assert focusable_scroll_tables(body) == body


def test_several_tables_on_several_lines():
    body = ('<div class="cell_output">\n<table>\n<tr><td>a</td></tr>\n</table>\n'
            '<p>text</p>\n<table class="x"><tr><td>b</td></tr></table>\n</div>\n<table></table>')
    out = focusable_scroll_tables(body)
    assert out.count('tabindex="0"') == 2
    assert out.endswith("<table></table>")


def test_the_title_template_wraps_the_theme_component_in_a_nav():
    text = (TEMPLATES / "navbar-logo.html").read_text(encoding="utf-8")
    assert '<nav class="cb-home-link" aria-label="Book title">' in text
    assert '{% include "!components/navbar-logo.html" %}' in text
