"""Figures about voices: how many words each side and speaker gets, and where in the story.

Both figures tell the three kinds of speech apart by more than colour: the fill
(solid for direct quotation, dotted hatch for fragments, open with diagonal
hatch for reported speech) and, in the map, the marker's fill. Sides keep the
book's colour and marker (:mod:`casebook.book.style`). Titles belong in the
chapter's captions.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from casebook.book.style import SIDE_COLOURS, SIDE_LABELS, SIDE_MARKERS, message_figure, side_colour, use_book_style
from casebook.book.voices import Voice

if TYPE_CHECKING:
    from matplotlib.figure import Figure

KIND_ORDER = ("direct", "fragment", "reported")
KIND_LABELS = {"direct": "direct quotation", "fragment": "quoted fragment", "reported": "reported speech"}
KIND_HATCHES = {"direct": "", "fragment": "...", "reported": "////"}
SIDE_ORDER = tuple(SIDE_COLOURS)


def _bar_style(kind: str, side: str) -> dict:
    colour = side_colour(side)
    if kind == "reported":  # open bar, side-coloured hatch and edge
        return {"facecolor": "white", "edgecolor": colour, "hatch": KIND_HATCHES[kind], "linewidth": 1.2}
    return {"facecolor": colour, "edgecolor": "white" if kind == "direct" else "black",
            "hatch": KIND_HATCHES[kind], "linewidth": 0.6}


def share_table(voices: tuple[Voice, ...], by: str = "speaker") -> dict[tuple[str, str], dict[str, int]]:
    """``{(side, name): {kind: words}}`` with ``by`` = "speaker" or "side", in text order of first voice."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for v in voices:
        key = (v.side, v.speaker if by == "speaker" else SIDE_LABELS.get(v.side, v.side))
        out.setdefault(key, defaultdict(int))[v.kind] += v.words
    return out


def voice_share(voices: tuple[Voice, ...]) -> Figure:
    """Words quoted or reported, per side (top) and per speaker (bottom), split by kind of speech.

    Each bar is labelled with its total and its share of all the words spoken in the story.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    if not voices:  # a story with no quotation (a scaffolded book may hold one): say so
        return message_figure("The parser found no quotation or reported statement in this story.")
    use_book_style()
    sides = share_table(voices, by="side")
    speakers = share_table(voices, by="speaker")
    rank = {s: i for i, s in enumerate(SIDE_ORDER)}
    side_rows = sorted(sides, key=lambda k: rank.get(k[0], 99))
    speaker_rows = sorted(speakers, key=lambda k: (rank.get(k[0], 99), -sum(speakers[k].values())))
    total = sum(v.words for v in voices) or 1
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(7.2, 1.9 + 0.42 * (len(side_rows) + len(speaker_rows))), sharex=True,
        gridspec_kw={"height_ratios": [len(side_rows), len(speaker_rows)], "hspace": 0.25})
    for ax, rows, table, gid in ((top, side_rows, sides, "share-sides"), (bottom, speaker_rows, speakers, "share-speakers")):
        for y, key in enumerate(rows):
            left = 0
            for kind in KIND_ORDER:
                n = table[key].get(kind, 0)
                if n:
                    ax.barh(y, n, left=left, height=0.62, **_bar_style(kind, key[0]), gid=f"bar-{kind}-{key[1]}")
                    left += n
            ax.text(left + 1.5, y, f"{left} words ({100 * left / total:.0f}%)", va="center", fontsize=8.5)
        ax.set_yticks(range(len(rows)), [name for _, name in rows])
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_gid(gid)
        ax.grid(True, axis="x", color="#dddddd", linewidth=0.5)
        ax.set_axisbelow(True)
    top.set_title("By side", loc="left", fontsize=10)
    bottom.set_title("By speaker", loc="left", fontsize=10)
    bottom.set_xlabel("Words in the quotation or in the reported statement")
    longest = max(sum(t.values()) for t in sides.values())
    bottom.set_xlim(0, longest * 1.35)
    handles = [Patch(**_bar_style(kind, "neutral"), label=KIND_LABELS[kind]) for kind in KIND_ORDER]
    top.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.12), ncols=3, fontsize=8.5)
    return fig


def voice_map(voices: tuple[Voice, ...], paragraphs: int) -> Figure:
    """Where each side speaks: one row per side, one column per paragraph, marker area ∝ words.

    Filled markers are quoted words (direct or fragment), open markers reported speech;
    the first and the last voice of the story are labelled.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    use_book_style()
    rank = {s: i for i, s in enumerate(SIDE_ORDER)}
    sides = sorted({v.side for v in voices}, key=lambda s: rank.get(s, 99))
    y_of = {s: i for i, s in enumerate(sides)}
    cells: dict[tuple[str, int, bool], int] = defaultdict(int)
    for v in voices:
        cells[(v.side, v.paragraph, v.kind != "reported")] += v.words
    fig, ax = plt.subplots(figsize=(7.2, 1.5 + 0.75 * len(sides)))
    for (side, paragraph, quoted), words in sorted(cells.items()):
        both = (side, paragraph, not quoted) in cells
        x = paragraph + ((-0.18 if quoted else 0.18) if both else 0.0)
        ax.scatter(x, y_of[side], s=40 + 9 * words, marker=SIDE_MARKERS.get(side, "o"),
                   facecolor=side_colour(side) if quoted else "white", edgecolor=side_colour(side) if not quoted
                   else "black", linewidths=1.6 if not quoted else 0.7, zorder=3,
                   gid=f"voice-{side}-{paragraph}-{'quoted' if quoted else 'reported'}")
        ax.text(x, y_of[side] + 0.36, str(words), ha="center", va="top", fontsize=7.5, color="#333333")
    ordered = sorted(voices, key=lambda v: v.start)
    for v, label, align in ((ordered[0], "first word", "center"), (ordered[-1], "last word", "right")):
        ax.annotate(f"{label}: {v.speaker}", xy=(v.paragraph, y_of[v.side] - 0.12), xytext=(0, 16),
                    textcoords="offset points", ha=align, va="bottom", fontsize=8,
                    arrowprops={"arrowstyle": "-", "color": "#555555", "linewidth": 0.7})
    ax.set_xticks(range(1, paragraphs + 1), [f"¶{p}" for p in range(1, paragraphs + 1)])
    ax.set_xlim(0.4, paragraphs + 0.6)
    ax.set_yticks(range(len(sides)), [SIDE_LABELS.get(s, s) for s in sides])
    ax.set_ylim(len(sides) - 0.3, -0.8)
    ax.grid(True, color="#e5e5e5", linewidth=0.5)
    ax.set_axisbelow(True)
    ax.set_xlabel("Paragraph of the article (the number under a marker counts its words)")
    handles = [Line2D([], [], linestyle="none", marker="o", markersize=8, markerfacecolor="#7F7F7F",
                      markeredgecolor="black", label="quoted (direct or fragment)"),
               Line2D([], [], linestyle="none", marker="o", markersize=8, markerfacecolor="white",
                      markeredgecolor="#7F7F7F", markeredgewidth=1.6, label="reported speech")]
    handles += [Line2D([], [], linestyle="none", marker=SIDE_MARKERS[s], markersize=8, color=SIDE_COLOURS[s],
                       label=SIDE_LABELS[s]) for s in sides]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=3, fontsize=8)
    ax.set_gid("voice-map")
    return fig
