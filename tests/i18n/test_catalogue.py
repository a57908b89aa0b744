"""The string catalogue: every key in both languages, placeholders consistent, numbers formatted per language."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from aseanict import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_every_key_has_english_and_chinese() -> None:
    assert i18n.missing_translations() == []


def test_placeholders_match_between_languages() -> None:
    for key, texts in i18n.CATALOGUE.items():
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in texts.items()}
        assert fields["en"] == fields["zh"], key


def test_chinese_strings_are_chinese() -> None:
    # A copied English string in the zh slot is an untranslated string.
    untranslated = [k for k, v in i18n.CATALOGUE.items() if v["zh"] == v["en"] and re.search("[a-z]{4,}", v["en"])]
    assert untranslated == []


def test_every_key_used_in_code_exists() -> None:
    used = set()
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("aseanict/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[\w.]+)["']""", text))
        for call in re.findall(r"""ui\.page\(([^)]*)\)""", text):  # the page title and intro keys
            used |= set(re.findall(r"""["']([a-z_]+\.[\w.]+)["']""", call))
    assert sorted(used - set(i18n.CATALOGUE)) == []


def test_unknown_key_shows_the_key_not_a_crash() -> None:
    assert i18n.t("no.such.key", "zh") == "no.such.key"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1.41e9, "zh", "14.1亿"),
        (5.6e6, "zh", "560.0万"),
        (1.41e9, "en", "1.4 billion"),
        (5.6e6, "en", "5.6 million"),
        (92.0, "en", "92"),
        (75.62, "zh", "75.6"),
        (None, "en", "–"),
        (float("nan"), "zh", "–"),
    ],
)
def test_number_formatting(value, lang, expected) -> None:
    assert i18n.format_number(value, lang) == expected


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def test_bold_markers_render() -> None:
    # CommonMark ignores a closing ** after punctuation that is followed by a letter ("排名。**版本"), and Chinese
    # puts no space after "。": the asterisks then show. Bold must close before the punctuation ("排名**。").
    unrendered = []
    for key, texts in i18n.CATALOGUE.items():
        for lang, text in texts.items():
            marks = [m.start() for m in re.finditer(r"\*\*", text)]
            for start, end in zip(marks[::2], marks[1::2]):
                after_open, before_close = text[start + 2], text[end - 1]
                before_open = text[start - 1] if start else " "
                after_close = text[end + 2] if end + 2 < len(text) else " "
                opens = not after_open.isspace() and (
                    not _is_punctuation(after_open) or before_open.isspace() or _is_punctuation(before_open)
                )
                closes = not before_close.isspace() and (
                    not _is_punctuation(before_close) or after_close.isspace() or _is_punctuation(after_close)
                )
                if not (opens and closes):
                    unrendered.append((key, lang, text[start : end + 2]))
    assert unrendered == []
