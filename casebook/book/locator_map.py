"""A locator map from a small GeoJSON file shipped with the book: no tiles, no network.

The chapter passes the file, the country to stand out (by the feature's ``id``)
and the window in degrees; every country in the file is drawn, the focus filled
with a dark colour *and* hatched, the others light, so that the map reads in
greyscale and for colour-blind readers. Country names come from the file.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

FOCUS_COLOUR = "#0072B2"  # Okabe-Ito blue
OTHER_COLOUR = "#E8E8E8"
EDGE_COLOUR = "#404040"
SEA_COLOUR = "#FFFFFF"


def load_countries(path: str | Path) -> list[dict[str, Any]]:
    """The features of a GeoJSON FeatureCollection, each with an ``id`` and a ``properties.name``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    features = data.get("features", [])
    for feature in features:
        if "id" not in feature or "name" not in feature.get("properties", {}):
            raise ValueError(f"{path}: every feature needs an 'id' and a 'properties.name'")
    return features


def _rings(feature: Mapping[str, Any]) -> list[list[Sequence[float]]]:
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [polygon[0] for polygon in polygons]  # outer rings; holes do not matter at this scale


def _centre(feature: Mapping[str, Any], window: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """The middle of the country's largest ring that lies inside the window (for its label)."""
    west, east, south, north = window
    best, best_size = None, 0.0
    for ring in _rings(feature):
        inside = [(x, y) for x, y in ring if west <= x <= east and south <= y <= north]
        if len(inside) > best_size:
            xs, ys = zip(*inside)
            best, best_size = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), len(inside)
    return best


def locator_map(path: str | Path, focus: str, *, window: tuple[float, float, float, float],
                points: Mapping[str, tuple[float, float]] | None = None,
                label_offsets: Mapping[str, tuple[float, float]] | None = None) -> Any:
    """Draw the countries of ``path`` inside ``window`` (west, east, south, north), ``focus`` highlighted.

    ``points`` maps a label to (longitude, latitude) for places to mark;
    ``label_offsets`` moves a country's label by (dx, dy) degrees where it would clash.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Polygon

    features = load_countries(path)
    if focus not in {f["id"] for f in features}:
        raise ValueError(f"{path}: no feature with id {focus!r}")
    west, east, south, north = window
    fig, ax = plt.subplots(figsize=(6.0, 6.0 * (north - south) / (east - west)))
    ax.set_facecolor(SEA_COLOUR)
    for feature in features:
        is_focus = feature["id"] == focus
        for ring in _rings(feature):
            ax.add_patch(Polygon(ring, closed=True, facecolor=FOCUS_COLOUR if is_focus else OTHER_COLOUR,
                                 edgecolor=EDGE_COLOUR, linewidth=0.8, hatch="///" if is_focus else None,
                                 zorder=2 if is_focus else 1))
        centre = _centre(feature, window)
        if centre is not None:
            dx, dy = (label_offsets or {}).get(feature["id"], (0.0, 0.0))
            ax.text(centre[0] + dx, centre[1] + dy, feature["properties"]["name"], ha="center", va="center",
                    fontsize=11 if is_focus else 9.5, fontweight="bold" if is_focus else "normal", zorder=4,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    for label, (x, y) in (points or {}).items():
        ax.plot([x], [y], marker="*", markersize=13, color="black", markeredgecolor="white", zorder=5)
        ax.annotate(label, (x, y), xytext=(6, -12), textcoords="offset points", fontsize=9.5, zorder=5,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal")
    ax.set_xlabel("Longitude (degrees east)")
    ax.set_ylabel("Latitude (degrees north)")
    for side in ("top", "right"):
        ax.spines[side].set_visible(True)
    return fig
