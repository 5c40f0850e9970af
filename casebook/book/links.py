"""Where the book's pages and anchors are, so every chapter links the same way.

The annotated source chapter gives each body paragraph a stable anchor
``p1``, ``p2``... Every other chapter cites the article through these helpers.
"""
from __future__ import annotations

import html

SOURCE_PAGE = "source.html"  # chapters/source.ipynb, built next to the other chapters


def paragraph_anchor(number: int) -> str:
    """The HTML id of body paragraph ``number`` (1-based) on the source page."""
    if number < 1:
        raise ValueError(f"paragraph numbers start at 1, not {number}")
    return f"p{number}"


def paragraph_href(number: int, *, page: str = SOURCE_PAGE) -> str:
    """A relative link from any chapter page to paragraph ``number`` of the article."""
    return f"{page}#{paragraph_anchor(number)}"


def paragraph_link(number: int, *, label: str | None = None, page: str = SOURCE_PAGE) -> str:
    """An ``<a>`` element citing paragraph ``number`` (default label: ``¶5``)."""
    text = label if label is not None else f"¶{number}"
    return f'<a class="casebook-para-link" href="{paragraph_href(number, page=page)}">{html.escape(text)}</a>'
