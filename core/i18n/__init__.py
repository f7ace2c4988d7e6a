"""The text catalog: every string a user sees, in English and Chinese.

Each page keeps its strings in a module of its own (``core/i18n/<page>.py``) as
``TEXTS = {key: {"en": ..., "zh": ...}}`` so both languages of a string sit side by side
and a missing translation is visible in review; this module merges them and looks them up.
"""

from __future__ import annotations

import string

from core.i18n import attention, common, compare, formula, generator, learn, playground, why

LANGUAGES: tuple[str, ...] = ("en", "zh")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh": "中文"}
LANGUAGE_TAGS: dict[str, str] = {
    "en": "en",
    "zh": "zh-CN",
}  # BCP 47, for <html lang>: a screen reader's voice


def _merge(*modules) -> dict[str, dict[str, str]]:
    """Merge the per-page catalogs; a key defined twice is a bug, so fail at import."""
    merged: dict[str, dict[str, str]] = {}
    for module in modules:
        for key, texts in module.TEXTS.items():
            if key in merged:
                raise KeyError(f"text key {key!r} is defined twice ({module.__name__})")
            merged[key] = texts
    return merged


CATALOG: dict[str, dict[str, str]] = _merge(
    common, why, formula, playground, generator, compare, attention, learn
)


def language_from_locale(locale: str | None) -> str:
    """Map a browser locale such as 'zh-CN' or 'en-GB' to one of LANGUAGES."""
    if locale and locale.lower().startswith("zh"):
        return "zh"
    return DEFAULT_LANGUAGE


def t(key: str, lang: str, /, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``.

    An unknown language falls back to English; an unknown key raises KeyError, because a
    missing string is a bug the tests must catch, not something to paper over on screen.
    A count is passed as ``n``: when it is 1 and ``<key>.one`` exists, that wording is used
    ("Run 1 step", not "Run 1 steps").
    """
    if str(values.get("n")) == "1" and f"{key}.one" in CATALOG:
        key = f"{key}.one"
    texts = CATALOG[key]
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a catalog string expects, so tests can compare languages."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
