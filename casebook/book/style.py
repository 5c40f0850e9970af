"""One look for the whole book: side colours, markers and the matplotlib style.

The palette is Okabe & Ito's colour-blind-safe set. Each side of the story has
one colour *and* one marker/hatch, so that a figure still reads in greyscale.
"""
from __future__ import annotations

from typing import Any

# Okabe-Ito colours (safe for the common forms of colour blindness).
SIDE_COLOURS: dict[str, str] = {
    "government": "#D55E00",  # vermilion
    "opposition": "#0072B2",  # blue
    "rights": "#009E73",  # bluish green
    "media": "#CC79A7",  # reddish purple
    "neutral": "#7F7F7F",  # grey (places, platforms, others)
}
SIDE_MARKERS: dict[str, str] = {
    "government": "s",
    "opposition": "o",
    "rights": "^",
    "media": "D",
    "neutral": "v",
}
SIDE_HATCHES: dict[str, str] = {
    "government": "//",
    "opposition": "",
    "rights": "..",
    "media": "xx",
    "neutral": "--",
}
SIDE_LABELS: dict[str, str] = {
    "government": "Government and state",
    "opposition": "Opposition",
    "rights": "Rights groups",
    "media": "Media and platforms",
    "neutral": "Places and others",
}

BOOK_RC: dict[str, Any] = {
    "figure.figsize": (7.0, 4.0),
    "figure.dpi": 110,
    "savefig.dpi": 110,
    "savefig.bbox": "tight",
    "font.size": 10.5,
    "axes.titlesize": 11,
    "axes.labelsize": 10.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "legend.frameon": False,
}


def side_colour(side: str | None) -> str:
    """The colour of a side; unknown or missing sides are drawn as neutral."""
    return SIDE_COLOURS.get(side or "neutral", SIDE_COLOURS["neutral"])


def use_book_style() -> None:
    """Apply the book's matplotlib defaults (call once at the top of a chapter)."""
    import matplotlib as mpl

    mpl.rcParams.update(BOOK_RC)


def side_tint(side: str | None, strength: float = 0.22) -> str:
    """A light background for text marked with a side: its colour mixed with white.

    Dark text (#111) on it keeps a contrast ratio far above WCAG's 4.5:1.
    """
    colour = side_colour(side).lstrip("#")
    rgb = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(255 - strength * (255 - c)) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def side_mark_style(side: str | None) -> str:
    """Inline CSS for a ``<mark>`` of a side: tinted background, side-coloured underline."""
    return f"background: {side_tint(side)}; color: #111; border-bottom: 2px solid {side_colour(side)}"


def side_swatch(side: str | None) -> str:
    """A small square of the side's colour, hidden from screen readers (the side is also written)."""
    return (f'<span aria-hidden="true" style="display: inline-block; width: 0.75em; height: 0.75em;'
            f' margin-right: 0.25em; vertical-align: baseline; background: {side_colour(side)}"></span>')


def message_figure(message: str) -> Any:
    """A small figure that says, in words, why there is nothing to draw (for example a story
    with no quotation), so that a chapter's figure cell still has a figure with a caption."""
    import matplotlib.pyplot as plt

    use_book_style()
    fig, ax = plt.subplots(figsize=(7.2, 0.9))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, transform=ax.transAxes)
    return fig
