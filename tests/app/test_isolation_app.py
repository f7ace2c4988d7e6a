"""Isolation: two visitors on the same page at the same time never see each other's state.

Two AppTest sessions share one process, as two browser tabs share one server: the caches
(corpus, models, the job pool) are common, everything a visitor sets is theirs. On every page, A
(English) changes what the page lets a visitor change; B (Chinese), rerun between A's steps, must
show exactly what it showed before, and A must show A's change. That no visitor can clear or rebuild
the shared caches is tested in test_guards_app.py (the clear_cache message).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.pages import PAGES
from tests.apptest import all_text, figures, open_link


def _generator(at: AppTest) -> None:
    at.text_input(key="generator_seed").input("7").run()
    at.button(key="generator_run").click().run()


def _compare(at: AppTest) -> None:
    at.text_input(key="model_prompt").set_value("Jack and J").run()
    at.text_input(key="compare_n").set_value("20").run()
    at.button(key="compare_run").click().run()


def _playground(at: AppTest) -> None:
    at.select_slider(key="playground_temperature").set_value(0.5).run()


def _why(at: AppTest) -> None:
    leaf = at.slider(key="why_leaf")  # the page's main control (the preset radio became this slider)
    leaf.set_value(0.0 if leaf.value != 0.0 else 5.0).run()


# What a visitor changes on each page; pages without controls yet are compared by language alone.
ACTIONS: dict[str, Callable[[AppTest], None]] = {
    "generator": _generator,
    "compare": _compare,
    "playground": _playground,
    "why": _why,
}


def shown(at: AppTest) -> tuple[str, str]:
    """What a visitor sees: the text and every chart (as JSON text, so a NaN in a chart's data
    equals the same NaN on the next run; as floats, nan != nan)."""
    return all_text(at), json.dumps(figures(at), sort_keys=True)


@pytest.mark.parametrize("page", [p.name for p in PAGES])
def test_one_visitor_never_sees_another_visitors_state(page):
    a = open_link(page, "en", timeout=120)
    b = open_link(page, "zh", timeout=120)
    a_before, b_before = shown(a), shown(b)
    assert a_before[0] != b_before[0]  # each in their own language
    action = ACTIONS.get(page)
    if action is not None:
        action(a)
        assert not a.exception, [e.message for e in a.exception]
        assert shown(a) != a_before  # A's change took effect for A...
    b.run()
    assert not b.exception, [e.message for e in b.exception]
    assert shown(b) == b_before  # ...and B, rerun after it, sees exactly what it saw before
    a.run()
    assert all_text(a) != all_text(b)
    if page == "compare":
        assert "compare_mc_results" in a.session_state and "compare_mc_results" not in b.session_state


def test_app_imports_pandas_first_so_no_chart_meets_a_half_made_module():
    """Plotly looks pandas up in sys.modules and reads pandas.Series: a chart built while another
    visitor's first page was importing pandas failed (the load test, eight tabs opening at once).
    app.py imports it as its first statement (after the docstring), before even the app's own
    modules run their code, so such a run waits at that line for the whole module."""
    body = ast.parse((Path(__file__).parents[2] / "app.py").read_text()).body
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    first = body[0]
    assert isinstance(first, ast.Import) and any(a.name == "pandas" for a in first.names), ast.unparse(first)
