"""The bundled CJK font covers every character the project draws, and exports use it where the host has none."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops

from aseanict.figures import export

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("subset_font", ROOT / "scripts" / "subset_font.py")
subset_font = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(subset_font)

# Characters the project has that Noto Sans CJK SC itself lacks, and why no export needs them: Thai letters in a
# data note quoting a Thai newspaper (shown as text in the browser only) and the tariff grid's ✗ (an on-screen
# table, drawn by the browser's own fonts). Anything else missing fails.
NOT_IN_NOTO = set("กจดทนบปมอัาิีเใ่✗")


def test_the_subset_has_every_character_the_catalogues_and_data_use() -> None:
    cmap = TTFont(export.FONT_FILE).getBestCmap()
    missing = sorted(c for c in subset_font.project_characters() - NOT_IN_NOTO if ord(c) not in cmap)
    assert missing == [], f"run python scripts/subset_font.py: the bundled font lacks {''.join(missing)!r}"


def test_the_subset_is_renamed_and_carries_its_licence() -> None:
    font = TTFont(export.FONT_FILE)
    assert font["name"].getDebugName(1) == export.FONT_FAMILY == subset_font.FAMILY
    assert "Open Font License" in font["name"].getDebugName(13)
    assert "SIL OPEN FONT LICENSE Version 1.1" in (export.FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert export.FONT_FILE.stat().st_size < 1_000_000  # a subset, not the 20 MB original


def test_the_bundled_font_comes_before_the_generic_fallback() -> None:
    assert export.with_bundled_font("Noto Sans, Arial, sans-serif") == "Noto Sans, Arial, AseanICT Sans SC, sans-serif"
    assert export.with_bundled_font("Noto Sans, Noto Sans CJK SC, Arial, sans-serif") == (
        "Noto Sans, Arial, AseanICT Sans SC, Noto Sans CJK SC, sans-serif"  # Chinese the same on every host
    )
    assert export.with_bundled_font(None) == "AseanICT Sans SC, sans-serif"
    assert export.with_bundled_font("AseanICT Sans SC, sans-serif") == "AseanICT Sans SC, sans-serif"


# A title in Chinese and one of as many characters no font has (Private Use Area): a host without a CJK font
# draws both as the same row of boxes.
_RENDER = """
import sys
import plotly.graph_objects as go
from aseanict.figures import charts, export
for name, text in (("zh", "东盟数字经济"), ("tofu", "\\ue000" * 6)):
    fig = go.Figure()
    fig.update_layout(title=text, font_family=charts.FONT, xaxis_visible=False, yaxis_visible=False)
    open(f"{sys.argv[1]}/{name}.png", "wb").write(export.figure_image(fig, "png", 300, 100))
open(f"{sys.argv[1]}/zh.pdf", "wb").write(export.figure_image(fig.update_layout(title="东盟数字经济"), "pdf", 300, 100))
"""


@pytest.mark.skipif(export.chromium_path() is None and not os.environ.get("CI"), reason="no Chromium here")
def test_chinese_exports_show_glyphs_with_the_systems_fonts_hidden(tmp_path: Path) -> None:
    (tmp_path / "no_fonts").mkdir()
    hidden = tmp_path / "fonts.conf"  # a host with no font at all: only what the project brings can draw
    hidden.write_text(
        f'<?xml version="1.0"?>\n<fontconfig><dir>{tmp_path / "no_fonts"}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(hidden), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", _RENDER, str(tmp_path)], env=env, check=True, timeout=120, cwd=ROOT)
    zh, tofu = (Image.open(tmp_path / f"{n}.png").convert("RGB") for n in ("zh", "tofu"))
    assert ImageChops.difference(zh, tofu).getbbox() is not None, "the Chinese title was drawn as boxes"
    assert ImageChops.difference(zh, Image.new("RGB", zh.size, "white")).getbbox() is not None  # something drawn
    pdf = (tmp_path / "zh.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"AseanICTSansSC" in pdf  # the PDF embeds the bundled font
