"""Accessible markup where the theme or docutils write invalid ARIA (issue 16).

Three fixes, each for an axe-core rule that a build without them fails:

- **Bibliography** (``aria-required-children``, critical): docutils writes the
  citations of sphinxcontrib-bibtex as ``<div role="list">`` holding
  ``role="doc-biblioentry"`` items; ARIA 1.2 deprecates that role and a list
  may only own list items. Each entry becomes ``role="listitem"``, so the
  bibliography is a real list.
- **Scrolling tables** (``scrollable-region-focusable``, serious on a phone):
  ``_static/casebook.css`` lets a notebook table scroll inside its own frame;
  a keyboard user can scroll it only if it can take focus. Every table in a
  cell output that is not already in a focusable ``.cb-scroll`` frame gets
  ``tabindex="0"``.
- **Book title** (``region``, moderate): the theme puts its title link in the
  sidebar outside every landmark; ``_ext/templates/navbar-logo.html`` wraps it
  in a ``<nav>``.

The rewrite works on the page body that Sphinx hands to the template
(``html-page-context``), so the notebooks and the theme stay untouched.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

TEMPLATES = Path(__file__).resolve().parent / "templates"
_BIBLIOENTRY = re.compile(r'(<div\b[^>]*\bclass="citation"[^>]*\brole=")doc-biblioentry(")')
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def fix_bibliography_roles(body: str) -> str:
    """``role="doc-biblioentry"`` on a citation becomes ``role="listitem"``."""
    return _BIBLIOENTRY.sub(r"\1listitem\2", body)


class _TableFinder(HTMLParser):
    """Offsets of the ``<table`` start tags inside a cell output and outside a ``.cb-scroll`` frame."""

    def __init__(self, body: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", body)]
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, in cell output, in scroll frame)
        self.offsets: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        in_output, in_frame = self._stack[-1][1:] if self._stack else (False, False)
        classes = set((dict(attrs).get("class") or "").split())
        in_output = in_output or "cell_output" in classes
        in_frame = in_frame or "cb-scroll" in classes
        if tag == "table" and in_output and not in_frame and "tabindex" not in dict(attrs):
            line, col = self.getpos()
            self.offsets.append(self._line_starts[line - 1] + col)
        if tag not in _VOID:
            self._stack.append((tag, in_output, in_frame))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                return


def focusable_scroll_tables(body: str) -> str:
    """Give each table in a cell output that has no focusable frame ``tabindex="0"``."""
    finder = _TableFinder(body)
    finder.feed(body)
    finder.close()
    for offset in reversed(finder.offsets):
        assert body.startswith("<table", offset), body[offset:offset + 20]
        body = body[:offset + len("<table")] + ' tabindex="0"' + body[offset + len("<table"):]
    return body


def _rewrite_body(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    body = context.get("body")
    if isinstance(body, str) and body:
        context["body"] = focusable_scroll_tables(fix_bibliography_roles(body))


def _add_templates(app: Sphinx, config: Config) -> None:
    if str(TEMPLATES) not in config.templates_path:
        config.templates_path.insert(0, str(TEMPLATES))


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("config-inited", _add_templates)
    app.connect("html-page-context", _rewrite_body)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
