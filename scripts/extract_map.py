"""Cut a small GeoJSON of a few countries out of the world-atlas package (Natural Earth in TopoJSON).

The locator map of the teacher's guide is drawn from the file this writes, so the
book needs no map tiles and no network at build or read time. To regenerate:

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/extract_map.py /tmp/package/countries-50m.json data/geo/mainland-southeast-asia.geojson

Countries are chosen by ISO 3166-1 numeric code (world-atlas's feature id);
coordinates are rounded to 0.01 degree (about 1 km), plenty for a locator map.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

# Cambodia and the countries around it that a locator map shows.
COUNTRIES = {"116": "KHM", "764": "THA", "418": "LAO", "704": "VNM", "104": "MMR", "458": "MYS", "156": "CHN"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantized, delta-encoded) as lists of (longitude, latitude)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def main(source: str, target: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("id") not in COUNTRIES:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        coordinates = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        features.append({"type": "Feature", "id": COUNTRIES[geometry["id"]],
                         "properties": {"name": geometry["properties"]["name"], "iso_a3": COUNTRIES[geometry["id"]]},
                         "geometry": {"type": "MultiPolygon", "coordinates": coordinates}})
    features.sort(key=lambda f: f["id"])
    out = {"type": "FeatureCollection",
           "source": "Natural Earth 1:50m Admin 0 countries, version 4.1.0, via the npm package world-atlas 2.0.2",
           "features": features}
    Path(target).write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
