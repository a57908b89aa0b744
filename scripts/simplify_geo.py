"""Lighter country outlines for the dashboard's maps: Douglas-Peucker simplification, coordinates rounded.

The 1:50m Natural Earth outlines have ~11,000 points; every map figure is copied and sent with them on each run.
At the maps' scale (ASEAN + China across ~1,000 px, about 0.06 degrees a pixel) a 0.02-degree tolerance is
below one pixel. Rings that would collapse (small islands, Singapore) are kept whole, so no country or island
disappears.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

TOLERANCE = 0.02  # degrees
DECIMALS = 3  # ~100 m


def simplify_line(points: list[list[float]], tolerance: float) -> list[list[float]]:
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy)
    far, index = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else math.hypot(px - x1, py - y1)
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify_line(points[: index + 1], tolerance)[:-1] + simplify_line(points[index:], tolerance)


def simplify_ring(ring: list[list[float]], tolerance: float = TOLERANCE) -> list[list[float]]:
    kept = simplify_line(ring, tolerance)
    kept = kept if len(kept) >= 4 else ring  # a ring needs 4 points (closed triangle): keep small islands whole
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in kept]


def simplify_file(source: Path, target: Path) -> tuple[int, int]:
    """Write the simplified outlines; returns (points before, points after)."""
    geo = json.loads(source.read_text(encoding="utf-8"))
    before = after = 0
    for feature in geo["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        simplified = [[simplify_ring(ring) for ring in polygon] for polygon in polygons]
        before += sum(len(r) for p in polygons for r in p)
        after += sum(len(r) for p in simplified for r in p)
        geometry["coordinates"] = simplified if geometry["type"] == "MultiPolygon" else simplified[0]
    target.write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
    return before, after
