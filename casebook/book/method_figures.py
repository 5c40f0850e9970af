"""The Methods chapter's figure: recall by layer, on the text the rules were written on and on unseen text."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from casebook.book.style import use_book_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe-Ito colours (colour-blind safe), darkest for the honest, out-of-sample figure.
_GROUP_COLOURS = ("#E69F00", "#56B4E9", "#0072B2", "#009E73")
_GROUP_HATCHES = ("", "..", "//", "xx")


def recall_figure(groups: Mapping[str, Mapping[str, float]]) -> Figure:
    """Grouped horizontal bars: for each layer (rows), the recall in each group (the
    article, the dev part, the test part...), labelled with its percentage.

    ``groups`` maps a group's label to ``{layer: recall between 0 and 1}``; layers
    missing from a group are left out of its bars. Hatching repeats the colour's
    message, so the figure also reads in grey.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    use_book_style()
    layers = list(dict.fromkeys(layer for values in groups.values() for layer in values))
    height = 0.8 / max(len(groups), 1)
    fig, ax = plt.subplots(figsize=(7.2, 1.2 + 0.5 * len(layers) * max(len(groups), 1) ** 0.8))
    handles = []
    for g, (label, values) in enumerate(groups.items()):
        colour, hatch = _GROUP_COLOURS[g % len(_GROUP_COLOURS)], _GROUP_HATCHES[g % len(_GROUP_HATCHES)]
        for row, layer in enumerate(layers):
            if layer not in values:
                continue
            y = row + (g - (len(groups) - 1) / 2) * height
            ax.barh(y, 100 * values[layer], height=height * 0.9, color=colour, hatch=hatch,
                    edgecolor="#333333", linewidth=0.4, gid=f"bar-{g}-{row}")
            ax.text(100 * values[layer] + 1, y, f"{100 * values[layer]:.1f}%", va="center", fontsize=8)
        handles.append(Patch(facecolor=colour, hatch=hatch, edgecolor="#333333", label=label))
    ax.set_yticks(range(len(layers)), layers)
    ax.set_ylim(len(layers) - 0.5, -0.5)
    ax.set_xlim(0, 115)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("Recall: share of the hand-made answers the parser gets right (%)")
    ax.grid(True, axis="x", color="#dddddd", linewidth=0.5)
    ax.set_axisbelow(True)
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01), ncols=len(handles), fontsize=8.5)
    fig.tight_layout()
    return fig
