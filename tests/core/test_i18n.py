"""The catalog: every key has a non-empty text in every language, with the same placeholders."""

import re
from pathlib import Path

import pytest

from core.i18n import CATALOG, LANGUAGES, language_from_locale, placeholders, t

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_key_has_text_in_every_language(key):
    for lang in LANGUAGES:
        assert CATALOG[key].get(lang, "").strip(), f"{key!r} is missing or empty in {lang!r}"


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_placeholders_match_across_languages(key):
    names = {lang: placeholders(CATALOG[key][lang]) for lang in LANGUAGES}
    assert len({frozenset(v) for v in names.values()}) == 1, names


def test_every_literal_key_used_in_the_code_exists():
    pattern = re.compile(r"""\b(?:tr|t)\(\s*["']([a-z0-9_.]+)["']""")
    used = set()
    for path in [*ROOT.glob("app_pages/**/*.py"), *ROOT.glob("ui/*.py"), ROOT / "app.py"]:
        used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    missing = sorted(k for k in used if k not in CATALOG)
    assert not missing, missing


def test_locale_maps_chinese_browsers_to_zh_and_everything_else_to_en():
    assert language_from_locale("zh-CN") == "zh"
    assert language_from_locale("zh-Hant-TW") == "zh"
    assert language_from_locale("en-GB") == "en"
    assert language_from_locale("fr") == "en"
    assert language_from_locale(None) == "en"


def test_t_fills_placeholders_and_rejects_unknown_keys():
    assert t("app.name", "zh") == "Softmax 探索器"
    with pytest.raises(KeyError):
        t("no.such.key", "en")
