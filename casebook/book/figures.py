"""The book's figures about actors, as functions that return matplotlib Figures.

Each figure uses the book style (:func:`casebook.book.style.use_book_style`): one
colour *and* one marker or hatch per side, so that it reads in greyscale.
Titles belong in the chapter's captions, not in the images. Layouts are fixed
(no random seeds), so a figure is the same on every build.
"""
from __future__ import annotations

import textwrap
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.knowledge.annotations import Annotations
from casebook.book.cast import PEOPLE_AND_ORGANISATIONS, short_name
from casebook.knowledge.events import Events
from casebook.model import Article
from casebook.book.network import Edge, network_edges, network_layout
from casebook.book.style import SIDE_COLOURS, SIDE_HATCHES, SIDE_LABELS, SIDE_MARKERS, message_figure, side_colour, use_book_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SIDE_ORDER = tuple(SIDE_COLOURS)  # government, opposition, rights, media, neutral
MODALITY_STYLES = {"asserted": "solid", "reported": "dashed", "conditional": "dotted", "agent-inferred": "dashdot"}
HEADER_TICK = "date-\nline"
_NUMBER_NUDGE = {"^": 0.1, "v": -0.1}  # centre a number in a triangle (the y axis points down)


def paragraph_label(number: int) -> str:
    return HEADER_TICK if number == 0 else f"¶{number}"


def map_rows(article: Article, annotations: Annotations,
             types: Sequence[str] = PEOPLE_AND_ORGANISATIONS) -> list[str]:
    """Actor ids for the mention map: grouped by side, then by first mention."""
    first: dict[str, int] = {}
    for m in article.mentions:
        if m.actor is not None:
            first.setdefault(m.actor, m.start)
    actors = [a for a in annotations.actors if a.type in types and a.id in first]
    rank = {side: i for i, side in enumerate(SIDE_ORDER)}
    actors.sort(key=lambda a: (rank.get(a.side, len(rank)), first[a.id]))
    return [a.id for a in actors]


def mention_map(article: Article, annotations: Annotations,
                types: Sequence[str] = PEOPLE_AND_ORGANISATIONS) -> Figure:
    """Actors (rows, grouped by side) × paragraphs (columns): how often each is mentioned where.

    A marker (shape and colour of the actor's side) holds the number of
    mentions, names and pronouns together. The bars above show the mentions of
    each side per paragraph, so the story's moves from camp to camp are visible.
    """
    import matplotlib.pyplot as plt

    rows = map_rows(article, annotations, types)
    if not rows:  # no actor of these types is mentioned (a scaffolded book may hold such a story)
        return message_figure("No person, organisation or group is mentioned in this story.")
    use_book_style()
    side_of = {a.id: a.side for a in annotations.actors}
    label_of = {a.id: a.label for a in annotations.actors}
    paragraphs = sorted({p.number for p in article.paragraphs} |
                        ({0} if any(m.paragraph == 0 and m.actor in rows for m in article.mentions) else set()))
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for m in article.mentions:
        if m.actor in rows:
            counts[(m.actor, m.paragraph)] += 1
    x_of = {p: i for i, p in enumerate(paragraphs)}
    fig, (bars, grid) = plt.subplots(
        2, 1, figsize=(7.2, 1.6 + 0.34 * len(rows)), sharex=True,
        gridspec_kw={"height_ratios": [1.1, 0.34 * len(rows)], "hspace": 0.08})
    _side_bars(bars, rows, side_of, counts, paragraphs)
    for y, actor in enumerate(rows):
        side = side_of[actor]
        for p in paragraphs:
            n = counts.get((actor, p), 0)
            if n:
                grid.scatter(x_of[p], y, s=170, marker=SIDE_MARKERS.get(side, "o"), color=side_colour(side),
                             edgecolors="black", linewidths=0.6, zorder=3, gid=f"mention-{actor}-{p}")
                nudge = _NUMBER_NUDGE.get(SIDE_MARKERS.get(side, "o"), 0.0)
                grid.text(x_of[p], y + nudge, str(n), ha="center", va="center", fontsize=7.5, color="white",
                          fontweight="bold", zorder=4)
    for y in range(1, len(rows)):
        if side_of[rows[y]] != side_of[rows[y - 1]]:
            grid.axhline(y - 0.5, color="#444444", linewidth=0.8)
    grid.set_yticks(range(len(rows)), [label_of[a] for a in rows])
    grid.set_ylim(len(rows) - 0.5, -0.5)
    grid.set_xticks(range(len(paragraphs)), [paragraph_label(p) for p in paragraphs])
    grid.set_xlim(-0.6, len(paragraphs) - 0.4)
    grid.grid(True, color="#dddddd", linewidth=0.5, zorder=0)
    grid.set_axisbelow(True)
    grid.set_xlabel("Paragraph of the article")
    grid.tick_params(axis="x", labelsize=8.5)
    grid.set_gid("mention-grid")
    return fig


def _side_bars(ax, rows: list[str], side_of: dict[str, str], counts: dict[tuple[str, int], int],
               paragraphs: list[int]) -> None:
    """Stacked bars: mentions per side in each paragraph, hatched for greyscale; the legend
    pairs each side's hatch with its marker, which the grid below uses."""
    from matplotlib.legend_handler import HandlerTuple
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    bottom = [0] * len(paragraphs)
    handles = []
    for side in SIDE_ORDER:
        heights = [sum(n for (a, p), n in counts.items() if p == par and side_of[a] == side) for par in paragraphs]
        if not any(heights):
            continue
        ax.bar(range(len(paragraphs)), heights, bottom=bottom, color=SIDE_COLOURS[side],
               hatch=SIDE_HATCHES[side], edgecolor="white", linewidth=0.6, width=0.75)
        bottom = [b + h for b, h in zip(bottom, heights)]
        handles.append(((Patch(facecolor=SIDE_COLOURS[side], hatch=SIDE_HATCHES[side], edgecolor="white"),
                         Line2D([], [], linestyle="none", marker=SIDE_MARKERS[side], color=SIDE_COLOURS[side],
                                markeredgecolor="black", markersize=8)), SIDE_LABELS[side]))
    ax.set_ylabel("Mentions")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
    ax.legend([h for h, _ in handles], [label for _, label in handles], ncols=3, fontsize=8,
              loc="lower left", bbox_to_anchor=(0, 1.02), handler_map={tuple: HandlerTuple(ndivide=None, pad=0.4)},
              handlelength=2.6)
    ax.spines["bottom"].set_visible(False)
    ax.tick_params(axis="x", length=0)
    ax.set_gid("side-bars")


# ------------------------------------------------------------- the network

LABEL_POSITIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)  # where along an arrow its label may sit


def relation_network(events: Events, annotations: Annotations) -> Figure:
    """Who acts on whom: actors as nodes (by side), one labelled arrow per relation and modality.

    Each label names the relation and the paragraph(s) reporting it (¶2).
    Line style gives the modality: solid asserted, dashed reported, dotted conditional,
    dash-dot when the act is stated but its agent is the coder's inference.
    """
    import matplotlib.pyplot as plt

    use_book_style()
    edges = network_edges(events)
    pos = network_layout(edges, annotations)
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    width, height = max(xs) - min(xs) + 4.0, max(ys) - min(ys) + 4.6
    fig, ax = plt.subplots(figsize=(6.6, 6.6 * height / width + 0.5))
    ax.set_xlim(min(xs) - 2.0, max(xs) + 2.0)
    ax.set_ylim(min(ys) - 2.6, max(ys) + 2.0)
    ax.set_aspect("equal")
    ax.axis("off")
    renderer = fig.canvas.get_renderer()
    occupied = [_draw_node(ax, node, xy, annotations, max(ys), min(ys), renderer) for node, xy in pos.items()]
    occupied = [box for boxes in occupied for box in boxes]
    pairs: dict[frozenset[str], list[Edge]] = defaultdict(list)
    for edge in edges:
        pairs[frozenset((edge.source, edge.target))].append(edge)
    for edge in edges:
        group = pairs[frozenset((edge.source, edge.target))]
        occupied.append(_draw_edge(ax, edge, pos, _bend(group.index(edge), len(group), edge, pos),
                                   annotations, occupied, renderer))
    ax.legend(handles=_legend_handles(pos, edges, annotations), loc="upper center",
              bbox_to_anchor=(0.5, 0.02), ncols=3, fontsize=8.5)
    return fig


def _draw_node(ax, node: str, xy: tuple[float, float], annotations: Annotations,
               top: float, bottom: float, renderer) -> list:
    """The node's marker and name (above in the top row, below in the bottom one, else beside it)."""
    actor = annotations.actor(node)
    side = actor.side if actor else "neutral"
    x, y = xy
    ax.scatter(x, y, s=480, marker=SIDE_MARKERS.get(side, "o"), color=side_colour(side),
               edgecolors="black", linewidths=0.8, zorder=3, gid=f"node-{node}")
    name = textwrap.fill(short_name(actor) if actor else node, 15)
    if y == top:
        where = {"xy": (x, y + 0.5), "ha": "center", "va": "bottom"}
    elif y == bottom:
        where = {"xy": (x, y - 0.5), "ha": "center", "va": "top"}
    else:
        where = {"xy": (x + 0.5, y + 0.1), "ha": "left", "va": "bottom"}
    text = ax.text(*where["xy"], name, ha=where["ha"], va=where["va"], fontsize=9, zorder=5,
                   bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.9})
    marker_box = ax.transData.transform([(x - 0.4, y - 0.4), (x + 0.4, y + 0.4)])
    return [text.get_window_extent(renderer), _Box(*marker_box[0], *marker_box[1])]


class _Box:
    """A display-space rectangle with the two attributes overlap needs (x0, y0, x1, y1)."""

    def __init__(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1


def _overlap(a, b) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def _bend(index: int, count: int, edge: Edge, pos: dict[str, tuple[float, float]]) -> float:
    """Curvature: arrows between the same two actors fan out; arrows within a row bow
    downwards in the bottom row and upwards elsewhere, away from the other rows' arrows."""
    if count > 1:
        return (index - (count - 1) / 2) * 0.5
    (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
    if abs(y1 - y2) < 1e-9:
        lowest = y1 <= min(y for _, y in pos.values())
        direction = 1.0 if x2 > x1 else -1.0
        # The arc's middle lies rad * distance / 2 from the line: at least 1.7 units, below the names.
        rad = max(0.4, 3.4 / max(abs(x2 - x1), 1e-9))
        return rad * direction * (1.0 if lowest else -1.0)
    return 0.0


def _draw_edge(ax, edge: Edge, pos: dict[str, tuple[float, float]], rad: float, annotations: Annotations,
               occupied: list, renderer):
    """An arrow and its label, placed where the label overlaps least with what is already drawn."""
    (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
    source = annotations.actor(edge.source)
    colour = side_colour(source.side if source else None)
    ids = ",".join(e.id for e in edge.events)
    arrow = ax.annotate(
        "", xy=(x2, y2), xytext=(x1, y1), zorder=2,
        arrowprops={"arrowstyle": "-|>", "mutation_scale": 13, "color": colour, "linewidth": 1.4,
                    "linestyle": MODALITY_STYLES[edge.modality], "shrinkA": 14, "shrinkB": 14,
                    "connectionstyle": f"arc3,rad={rad}"})
    arrow.set_gid(f"edge:{ids}")
    # matplotlib's arc3 is a quadratic Bézier through this control point (equal aspect: data units).
    cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
    label = ax.text(0, 0, _wrap_label(edge.label()), ha="center", va="center", fontsize=8, color="#1a1a1a",
                    zorder=4, linespacing=1.15, gid=f"label:{ids}",
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": colour, "linewidth": 0.8})
    best = None
    for t in LABEL_POSITIONS:
        bx = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2
        by = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2
        label.set_position((bx, by))
        box = label.get_window_extent(renderer).expanded(1.08, 1.15)
        cost = sum(_overlap(box, other) for other in occupied)
        if best is None or cost < best[0] - 1e-6:
            best = (cost, (bx, by), box)
        if cost == 0:
            break
    label.set_position(best[1])
    return best[2]


def _wrap_label(label: str, width: int = 26) -> str:
    return "\n".join(textwrap.fill(line, width, subsequent_indent="  ") for line in label.split("\n"))


def _legend_handles(pos: dict[str, tuple[float, float]], edges: list[Edge], annotations: Annotations) -> list:
    from matplotlib.lines import Line2D

    sides = [s for s in SIDE_ORDER if any((a := annotations.actor(n)) is not None and a.side == s for n in pos)]
    handles = [Line2D([], [], linestyle="none", marker=SIDE_MARKERS[s], color=SIDE_COLOURS[s],
                      markeredgecolor="black", markersize=9, label=SIDE_LABELS[s]) for s in sides]
    handles += [Line2D([], [], color="#333333", linestyle=style, label=modality)
                for modality, style in MODALITY_STYLES.items() if any(e.modality == modality for e in edges)]
    return handles
