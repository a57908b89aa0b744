"""Make the bundled CJK font: Noto Sans CJK SC (SIL OFL 1.1) cut down to the characters this project draws.

Server-made exports (PNG, SVG, PDF, PowerPoint images, the country brief) are drawn by a headless Chromium; on a
host without a CJK font every Chinese character would be a box. The subset ships with the project instead
(aseanict/assets/fonts/), renamed as the OFL asks of a modified version.

    python scripts/subset_font.py [--source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

Run it again whenever a string or a data file brings a new character: tests/figures/test_fonts.py fails until
the subset has it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = ROOT / "aseanict" / "assets" / "fonts"
FONT_FILE = FONT_DIR / "AseanICTSansSC-Regular.otf"
FAMILY = "AseanICT Sans SC"  # not the original's name: the OFL keeps that for the unmodified font
POSTSCRIPT = "AseanICTSansSC-Regular"
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FAMILY = "Noto Sans CJK SC"
# Always in the subset, whatever the strings use today: ASCII and Latin-1, general punctuation, CJK symbols and
# punctuation, full-width forms, arrows and a few maths signs (±, ≥, ≤, ×, −), so that a new sentence rarely needs
# a rebuild.
BASE_RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x2264, 0x2265),
               (0x2713, 0x2713), (0x3000, 0x303F), (0xFF01, 0xFF5E))  # fmt: skip
# Where the project's strings live: every catalogue and module (labels, titles, notes) and the curated data.
TEXT_GLOBS = ("aseanict/**/*.py", "pages/*.py", "app.py", "data/*.csv")


def project_characters(root: Path = ROOT) -> set[str]:
    """Every printable character in the project's strings and data (Python sources are read whole: a string is
    where a character outside ASCII would be)."""
    chars: set[str] = set()
    for pattern in TEXT_GLOBS:
        for path in sorted(root.glob(pattern)):
            chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and not c.isspace()} | {" "}


def base_characters() -> set[str]:
    return {chr(code) for first, last in BASE_RANGES for code in range(first, last + 1)}


def source_font(path: Path):
    from fontTools.ttLib import TTCollection, TTFont

    if path.suffix.lower() == ".ttc":
        for font in TTCollection(str(path)).fonts:
            if font["name"].getDebugName(1) == SOURCE_FAMILY:
                return font
        raise SystemExit(f"{path} has no {SOURCE_FAMILY} face")
    return TTFont(str(path))


def rename(font) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = f"{POSTSCRIPT};subset of NotoSansCJKsc-Regular"
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = POSTSCRIPT
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = f"{FAMILY} Regular", FAMILY


def build(source: Path = SOURCE, out: Path = FONT_FILE) -> tuple[int, list[str]]:
    """Write the subset; returns (characters kept, the project's characters the source font lacks)."""
    from fontTools import subset

    font = source_font(source)
    cmap = font.getBestCmap()
    wanted = project_characters() | base_characters()
    kept = sorted(ord(c) for c in wanted if ord(c) in cmap)
    lacking = sorted(c for c in project_characters() if ord(c) not in cmap)
    options = subset.Options()
    options.layout_features = ["kern", "liga", "locl", "vert", "palt", "halt", "ccmp"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=kept)
    subsetter.subset(font)
    rename(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return len(kept), lacking


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="Noto Sans CJK (.ttc or the SC .otf)")
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"{args.source} not found (Debian: apt-get install fonts-noto-cjk)", file=sys.stderr)
        return 1
    n, lacking = build(args.source)
    print(f"{FONT_FILE.relative_to(ROOT)}: {n} characters, {FONT_FILE.stat().st_size:,} bytes")
    if lacking:
        print("not in the source font (drawn by another font where shown):", "".join(lacking))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
