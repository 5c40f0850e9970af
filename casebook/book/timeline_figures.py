"""The two-timelines figure: the events a story reports, and the background from sources.

Rows, not only colours, tell the two timelines apart: the story's events form
the upper block (circles, blue), the background the lower block (squares,
vermilion). Precision is drawn, not hidden: a day is a point, a month or a
year is a bar as long as the month or the year. Where sources disagree on a
date, every alternative is drawn (hollow marker, dashed line) and the row is
marked. The story's own date expression, as the parser resolved it, is a light
box behind the event (for example "in September" is the whole month).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from casebook.book.style import SIDE_COLOURS, use_book_style
from casebook.knowledge.timeline import Timeline, TimelineEvent
from casebook.model import Timex

STORY_COLOUR = SIDE_COLOURS["opposition"]   # blue
BACKGROUND_COLOUR = SIDE_COLOURS["government"]  # vermilion (a colour only: no side is meant)
STORY_DATE_COLOUR = "#F0E442"  # Okabe-Ito yellow, behind the markers


def date_span(value: str) -> tuple[dt.date, dt.date]:
    """The first day and the day after the last day of an ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day + dt.timedelta(days=1)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt
    return dt.date(parts[0], 1, 1), dt.date(parts[0] + 1, 1, 1)


def _draw_date(ax: Any, value: str, precision: str, y: float, colour: str, marker: str, *,
               hollow: bool = False) -> float:
    """A point for a day, a bar for a month or a year; returns the x (matplotlib date) of its centre."""
    import matplotlib.dates as mdates

    first, after = date_span(value)
    if precision == "day":
        x = mdates.date2num(first)
        ax.plot([x], [y], marker=marker, markersize=7, linestyle="none",
                markerfacecolor="white" if hollow else colour, markeredgecolor=colour, markeredgewidth=1.6, zorder=4)
        return x
    x0, x1 = mdates.date2num(first), mdates.date2num(after)
    ax.add_patch(_bar(x0, x1, y, colour, hollow))
    return (x0 + x1) / 2


def _bar(x0: float, x1: float, y: float, colour: str, hollow: bool) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x0, y - 0.28), x1 - x0, 0.56, facecolor="white" if hollow else colour,
                     edgecolor=colour, linewidth=1.4, hatch="///" if hollow else None, zorder=3)


def _rows(timeline: Timeline) -> list[tuple[str, TimelineEvent]]:
    story = [("story", e) for e in timeline if e.in_story]
    background = [("background", e) for e in timeline if not e.in_story]
    return story + background


def _label(event: TimelineEvent) -> str:
    paragraphs = ", ".join(f"¶{m.paragraph}" for m in event.story)
    flag = " [sources differ]" if event.has_conflict else ""
    return f"{event.title}{' (' + paragraphs + ')' if paragraphs else ''}{flag}"


def timeline_figure(timeline: Timeline, timexes: Sequence[Timex], *,
                    zoom: tuple[str, str] | None = None) -> Any:
    """Two panels (all years; a zoom on ``zoom`` = (first, last) ISO days) over the same rows.

    ``timexes`` are the story's resolved date expressions (the article's), drawn as
    a light box at their own precision behind the events they date.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    use_book_style()
    rows = _rows(timeline)
    by_span = {(t.start, t.end): t for t in timexes}
    panels = 2 if zoom else 1
    height = 1.2 + 0.3 * len(rows)
    fig, axes = plt.subplots(1, panels, figsize=(10, height), sharey=True,
                             gridspec_kw={"width_ratios": [1.1, 1][:panels]})
    axes = list(axes) if panels > 1 else [axes]
    n_story = sum(1 for kind, _ in rows if kind == "story")
    for index, ax in enumerate(axes):
        for row, (kind, event) in enumerate(rows):
            y = len(rows) - row
            colour, marker = (STORY_COLOUR, "o") if kind == "story" else (BACKGROUND_COLOUR, "s")
            for mention in event.story:
                timex = by_span.get((mention.date_start, mention.date_end))
                if timex is not None:
                    first, after = date_span(timex.value)
                    x0, x1 = mdates.date2num(first), mdates.date2num(after)
                    ax.add_patch(Rectangle((x0, y - 0.42), max(x1 - x0, 1.5), 0.84, facecolor=STORY_DATE_COLOUR,
                                           edgecolor="#8a7d00", linewidth=0.8, zorder=2))
            x = _draw_date(ax, event.date, event.precision, y, colour, marker)
            for alt in event.alternatives:
                x_alt = _draw_date(ax, alt.date, alt.precision, y, colour, marker, hollow=True)
                ax.plot([x, x_alt], [y, y], linestyle="--", color=colour, linewidth=1, zorder=2)
        ax.axhline(len(rows) - n_story + 0.5, color="#444", linewidth=0.8)
        ax.set_ylim(0.3, len(rows) + 0.9)
        ax.grid(axis="x", color="#ddd", linewidth=0.6)
        ax.set_axisbelow(True)
        if index == 0:
            ax.set_xlim(mdates.date2num(dt.date(2012, 1, 1)), mdates.date2num(dt.date(2024, 1, 1)))
            ax.set_xticks([mdates.date2num(dt.date(year, 1, 1)) for year in range(2012, 2024, 2)])
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
            ax.set_title("All years")
        else:
            first, last = (dt.date.fromisoformat(v) for v in zoom)
            ax.set_xlim(mdates.date2num(first), mdates.date2num(last))
            ax.xaxis.set_major_locator(mdates.MonthLocator())
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))
            ax.set_title(f"Zoom: {first:%B %Y} to {last:%B %Y}")
        ax.tick_params(axis="x", labelsize=8.5)
    axes[0].set_yticks([len(rows) - row for row in range(len(rows))])
    axes[0].set_yticklabels([_label(event) for _, event in rows], fontsize=8.5)
    axes[0].text(0.01, len(rows) + 0.55, "IN THE STORY (circles)", transform=axes[0].get_yaxis_transform(),
                 ha="left", fontsize=8.5, fontweight="bold", color=STORY_COLOUR)
    axes[0].text(0.99, len(rows) - n_story + 0.2, "BACKGROUND (squares)", transform=axes[0].get_yaxis_transform(),
                 ha="right", va="top", fontsize=8.5, fontweight="bold", color=BACKGROUND_COLOUR)
    handles = [
        Line2D([], [], marker="o", linestyle="none", color=STORY_COLOUR, label="event the story reports (exact date from sources)"),
        Line2D([], [], marker="s", linestyle="none", color=BACKGROUND_COLOUR, label="background event (cited sources)"),
        Patch(facecolor="#999", edgecolor="#666", label="bar: date known only to the month or year"),
        Patch(facecolor=STORY_DATE_COLOUR, edgecolor="#8a7d00", label="the story's own date expression, as resolved"),
        Line2D([], [], marker="o", linestyle="--", markerfacecolor="white", color="#444",
               label="hollow, dashed: another date that some sources give"),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=2, fontsize=8.5, bbox_to_anchor=(0.5, -0.01))
    fig.subplots_adjust(bottom=1.1 / height, left=0.33, wspace=0.12, top=1 - 0.45 / height)
    return fig
