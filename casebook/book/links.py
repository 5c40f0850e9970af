"""Where the book's pages and anchors are, so every chapter links the same way.

The chapter that renders the annotated source gives each body paragraph a
stable anchor ``p1``, ``p2``... Every other chapter cites the article through
these helpers. Which page that chapter is belongs to the book, not to this
package: it is ``casebook: source_page:`` in the book's ``_config.yml``.
"""
from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from casebook.errors import CasebookError, where
from casebook.knowledge.marked_yaml import load_marked_yaml
from casebook.knowledge.paths import BookPaths

CONFIG_FILE = "_config.yml"


@lru_cache(maxsize=8)
def source_page(root: Path | None = None) -> str:
    """The page (relative to the chapters) that renders the annotated source, from ``_config.yml``."""
    config = (BookPaths(root) if root else BookPaths.find()).root / CONFIG_FILE
    doc = load_marked_yaml(config) if config.exists() else None
    section = doc.get("casebook") if isinstance(doc, dict) else None
    page = section.get("source_page") if isinstance(section, dict) else None
    if not isinstance(page, str) or not page.strip():
        line = section.line if hasattr(section, "line") else 1
        raise CasebookError(
            f"{where(config, line)}: no `casebook: source_page:` setting, so paragraph links have no"
            " target. Fix: add `casebook:` with `source_page: source.html` (the built page of the"
            " chapter that renders the annotated source) to the book's _config.yml."
        )
    return page.strip()


def paragraph_anchor(number: int) -> str:
    """The HTML id of body paragraph ``number`` (1-based) on the source page."""
    if number < 1:
        raise ValueError(f"paragraph numbers start at 1, not {number}")
    return f"p{number}"


def paragraph_href(number: int, *, page: str | None = None) -> str:
    """A relative link from any chapter page to paragraph ``number`` of the article."""
    return f"{page or source_page()}#{paragraph_anchor(number)}"


def paragraph_link(number: int, *, label: str | None = None, page: str | None = None) -> str:
    """An ``<a>`` element citing paragraph ``number`` (default label: ``¶5``)."""
    text = label if label is not None else f"¶{number}"
    return f'<a class="casebook-para-link" href="{paragraph_href(number, page=page)}">{html.escape(text)}</a>'
