"""The catalog: every key has a non-empty text in every language with the same placeholders; every key
the code builds at run time exists; no key is left that no code uses. Each check reports every bad
key at once (one test, one list), not one test case per key."""

import re
from pathlib import Path

import pytest

import core.logits_table as logits_table
import core.normalize as normalize
import core.url_values as url_values
import core.user_input as user_input
import core.vectors as vectors
from core.decoding import strategies
from core.i18n import CATALOG, LANGUAGES, language_from_locale, placeholders, t
from core.pages import PAGES, PATH_STEPS
from core.presets import CUSTOM, PRESETS

ROOT = Path(__file__).resolve().parents[2]
CODE = [*ROOT.glob("app_pages/**/*.py"), *ROOT.glob("ui/*.py"), *ROOT.glob("core/**/*.py"), ROOT / "app.py"]
CODE = [p for p in CODE if "i18n" not in p.parts]  # the catalog itself is not a use of its keys


def test_every_key_has_text_in_every_language_with_the_same_placeholders():
    bad = []
    for key, texts in sorted(CATALOG.items()):
        empty = [lang for lang in LANGUAGES if not texts.get(lang, "").strip()]
        if empty:
            bad.append(f"{key}: empty in {empty}")
            continue
        names = {lang: placeholders(texts[lang]) for lang in LANGUAGES}
        if len({frozenset(v) for v in names.values()}) != 1:
            bad.append(f"{key}: placeholders differ {names}")
    assert not bad, "\n".join(bad)


def keys_built_at_run_time() -> set[str]:
    """Every key the pages compose from data: pages, presets, error codes, strategies, views, columns."""
    from app_pages.compare.monte_carlo import STAT_COLUMNS
    from app_pages.generator.live import VIEWS as GENERATOR_VIEWS
    from app_pages.generator.views import HISTORY_TYPES, SHOWN

    keys = {"home.article"}
    keys |= {p.title_key for p in PAGES} | {p.blurb_key for p in PATH_STEPS}
    for preset in [*PRESETS, CUSTOM]:
        keys |= {f"playground.preset.{preset}", f"playground.preset.{preset}.note"}
    for module in (logits_table, user_input, vectors):  # their error keys, named by constants
        keys |= {v for k, v in vars(module).items() if k.isupper() and isinstance(v, str) and "." in v}
    keys |= {f"url.reason.{code}" for code in url_values.ERRORS}
    problems = [v for k, v in vars(normalize).items() if k.startswith("PROBLEM_")]
    keys |= {f"playground.why.problem.{p}" for p in problems}
    keys |= {f"playground.why.m.{r.method}" for r in normalize.compare([2.0, 1.0, 0.1])}
    keys |= {f"playground.{view}.title" for view in ("steps", "sweep", "why")}
    keys |= {f"compare.strategy.{s.name}" for s in strategies(1.0, 5, 0.9, 0.05, 3)}
    keys |= {f"compare.col.{c}" for c in STAT_COLUMNS} | {f"compare.col.{c}.help" for c in STAT_COLUMNS}
    keys |= set(GENERATOR_VIEWS.values())
    keys |= {f"generator.col.{c}" for c in HISTORY_TYPES} | {f"generator.col.{c}.help" for c in SHOWN}
    keys |= {f"generator.how.{h}" for h in ("greedy", "sample", "picked")}
    return keys


def test_every_key_the_code_builds_or_names_exists():
    literal = re.compile(r"""\b(?:tr|t)\(\s*["']([a-z0-9_.]+)["']""")
    composed = re.compile(r"""\btexts\(\s*["']([a-z0-9_.]+)["']((?:\s*,\s*["'][a-z0-9_]+["'])+)""")
    used = set(keys_built_at_run_time())
    for path in CODE:
        text = path.read_text(encoding="utf-8")
        used |= set(literal.findall(text))
        for prefix, names in composed.findall(text):  # ui.i18n.texts("why.c.err", "title", ...)
            used |= {f"{prefix}.{name}" for name in re.findall(r"""["']([a-z0-9_]+)["']""", names)}
    missing = sorted(k for k in used if k not in CATALOG)
    assert not missing, missing


def _uses(text: str) -> tuple[set[str], list[re.Pattern]]:
    """The dotted strings a file names, and a pattern for each key it composes in an f-string."""
    named = set(re.findall(r"""["']([a-z0-9_]+(?:\.[a-z0-9_]+)+)["']""", text))
    patterns = []
    for body in re.findall(r"""\bf["']([^"']*\{[^"']*)["']""", text):
        parts = re.split(r"\{[^}]*\}", body)
        if parts[0] and "." in body:  # "generator.col.{c}" -> generator\.col\.[^.]+
            patterns.append(re.compile("[^.]+".join(map(re.escape, parts)) + "$"))
    return named, patterns


def test_no_key_is_left_that_no_code_uses():
    named: set[str] = set()
    patterns: list[re.Pattern] = []
    for path in CODE:
        n, p = _uses(path.read_text(encoding="utf-8"))
        named |= n
        patterns += p
    # Keys composed as f"{prefix}.{name}" (ui.i18n.texts): the prefix and the name are both named.
    segments = {part for s in named for part in s.split(".")} | {
        m for path in CODE for m in re.findall(r"""["']([a-z0-9_]+)["']""", path.read_text(encoding="utf-8"))
    }
    unused = sorted(
        k
        for k in CATALOG
        if k not in named
        and not any(p.match(k) for p in patterns)
        and not (k.rsplit(".", 1)[0] in named and k.rsplit(".", 1)[1] in segments)
        and not (k.endswith(".one") and k.removesuffix(".one") in CATALOG)  # t() picks it for n = 1
    )
    assert not unused, unused


def test_locale_maps_chinese_browsers_to_zh_and_everything_else_to_en():
    assert language_from_locale("zh-CN") == "zh"
    assert language_from_locale("zh-Hant-TW") == "zh"
    assert language_from_locale("en-GB") == "en"
    assert language_from_locale("fr") == "en"
    assert language_from_locale(None) == "en"


def test_a_count_of_one_reads_in_the_singular_in_both_languages():
    assert t("generator.run", "en", n=1) == "Run 1 step"
    assert t("generator.run", "en", n=2) == "Run 2 steps"
    assert t("compare.mc.done", "en", n="1", length=100, seed=0).startswith("1 sample ×")
    assert t("playground.err.more", "zh", n=1) == "……还有 1 处问题。"
    singular = sorted(k for k in CATALOG if k.endswith(".one"))
    bad = [
        k
        for k in singular
        if "{n}" in CATALOG[k]["en"] or "n" not in placeholders(CATALOG[k.removesuffix(".one")]["en"])
    ]
    assert singular and not bad, bad


def test_t_fills_placeholders_and_rejects_unknown_keys():
    assert t("home.title", "zh") == "Softmax 探索器"
    assert t("home.article", "en", sections="03 · 05") == "Follows the article’s § 03 · 05"
    with pytest.raises(KeyError):
        t("no.such.key", "en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_generator_and_compare_pages_name_the_two_ways_to_decode_alike(lang):
    # The article's words (直接选择得分最高的, 根据概率探索) head both pages' texts: one page said
    # "Drawn by the probabilities" / 按概率抽 and the next "Explore by the probabilities" / 根据概率探索.
    bracket = "（" if lang == "zh" else " ("
    greedy = t("compare.greedy.title", lang).split(bracket)[0]
    sampling = t("compare.samples.title", lang, t="1", seed="0", n="3").split(bracket)[0]
    assert t("generator.greedy.title", lang).startswith(f"**{greedy}**")
    for key in ("generator.fan.title", "generator.fan.title.other"):
        assert t(
            key, lang, t="1", seed="0", k="1", n="2", letter="m", share="50%", w="1", p="45%", expected="1"
        ).startswith(f"**{sampling}**")
