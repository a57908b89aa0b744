"""Colour maths for the chart palette: how far apart two colours look, to people with typical colour vision and
under the three common colour-vision deficiencies. Pure numpy, so the palette test needs no colour library.

Distances are CIEDE2000 (ΔE00) in CIELAB (D65). Deficiencies are simulated with Machado, Oliveira and Fernandes
(2009) at severity 1.0 (protanopia, deuteranopia, tritanopia), applied in linear RGB as the paper does.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

# Machado et al. 2009, table of simulation matrices, severity 1.0 (linear RGB).
CVD_MATRICES = {
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}
VISIONS = ("normal", *CVD_MATRICES)

_SRGB_TO_XYZ = np.array(
    [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]]
)
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


def hex_to_rgb(colour: str) -> np.ndarray:
    """'#CC3311' -> sRGB in 0..1."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return np.array([int(text[i : i + 2], 16) / 255 for i in (0, 2, 4)])


def _to_linear(rgb: np.ndarray) -> np.ndarray:
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def simulate(colour: str, vision: str) -> np.ndarray:
    """The colour as linear RGB, as someone with `vision` sees it ('normal' or a key of CVD_MATRICES)."""
    linear = _to_linear(hex_to_rgb(colour))
    if vision == "normal":
        return linear
    return np.clip(CVD_MATRICES[vision] @ linear, 0.0, 1.0)


def lab(linear_rgb: np.ndarray) -> np.ndarray:
    """Linear sRGB -> CIELAB (D65)."""
    xyz = _SRGB_TO_XYZ @ linear_rgb / _WHITE_D65
    delta = 6 / 29
    f = np.where(xyz > delta**3, np.cbrt(xyz), xyz / (3 * delta**2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """ΔE00 between two CIELAB colours (Sharma, Wu and Dalal 2005, with kL = kC = kH = 1)."""
    L1, a1, b1 = (float(v) for v in lab1)
    L2, a2, b2 = (float(v) for v in lab2)
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    d_l, d_c = L2 - L1, c2p - c1p
    if c1p * c2p == 0:
        d_h = 0.0
    elif abs(h2p - h1p) <= 180:
        d_h = h2p - h1p
    else:
        d_h = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    d_hh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(d_h / 2))
    l_bar, cp_bar = (L1 + L2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = (
        -2
        * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((h_bar - 275) / 25) ** 2))))
    )
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_hh / s_h) ** 2 + r_t * (d_c / s_c) * (d_hh / s_h))


def distance(colour1: str, colour2: str, vision: str = "normal") -> float:
    """ΔE00 between two hex colours as seen with `vision`."""
    return ciede2000(lab(simulate(colour1, vision)), lab(simulate(colour2, vision)))


def closest_pair(palette: dict[str, str], vision: str = "normal") -> tuple[float, str, str]:
    """(ΔE00, key, key) of the two palette colours that look most alike with `vision`."""
    labs = {key: lab(simulate(colour, vision)) for key, colour in palette.items()}
    return min((ciede2000(labs[a], labs[b]), a, b) for a, b in itertools.combinations(labs, 2))


# One colour per country everywhere. Chosen by a max-min search over sRGB (lightness 25-66 so that a line shows
# on white, chroma >= 30 so that no country reads as grey): every pair is at least ΔE00 12 apart with typical
# vision and under protanopia, deuteranopia and tritanopia, and as far from black, the World's grey, the
# out-of-focus grey and white (tests/core/test_colours.py keeps it so).
COUNTRY_COLOURS = {
    "CHN": "#CC4411",
    "SGP": "#0011DD",
    "MYS": "#4499EE",
    "THA": "#008855",
    "IDN": "#EE7700",
    "VNM": "#990000",
    "PHL": "#4455FF",
    "BRN": "#88AA77",
    "KHM": "#CC88AA",
    "LAO": "#996699",
    "MMR": "#553366",
    "TLS": "#772233",
    "WLD": "#5E5E5E",
    "ASEAN": "#000000",
}
ANCHORS = frozenset({"CHN", "ASEAN", "WLD"})  # kept in colour when there are too many lines to colour them all
GREY = "#D3D3D3"  # a country out of focus
GREY_TEXT = "#8A8A8A"  # its end label: the line's grey would not read on white
BACKGROUND = "#FFFFFF"
MIN_DISTANCE = 12.0  # ΔE00; pairs below ~10 are where readers start to mix up lines in a legend
