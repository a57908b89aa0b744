"""The string catalogue: every key in both languages, placeholders consistent, numbers formatted per language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aseanict import i18n

ROOT = Path(__file__).resolve().parents[1]


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
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("aseanict/*.py")]:
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
