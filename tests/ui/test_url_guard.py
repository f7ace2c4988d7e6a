"""Where ``ui.url_guard`` puts its notice: the widget's own block, right above the widget.

The guard runs inside Streamlit's widget registration and draws with ``st.warning``, which goes to
the block a ``with`` has opened, not to the column object a widget was called on (``col.slider``):
such a notice ("the setting below") landed under the whole row. So every link-bound widget is
written ``st.<widget>(...)`` inside its ``with``; this test reads the source, and
``tests/app/test_guards_app.py`` checks the placement on the compare page.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bound_widget_calls_on_other_containers(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        bound = any(k.arg == "bind" for k in node.keywords)
        on_st = isinstance(node.func.value, ast.Name) and node.func.value.id == "st"
        if bound and not on_st:
            found.append(f"{name}:{node.lineno} {ast.unparse(node.func)}")
    return found


def test_every_link_bound_widget_is_called_on_st_inside_its_block():
    calls = [
        call
        for folder in ("app_pages", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for call in _bound_widget_calls_on_other_containers(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    ]
    assert calls == []


def test_the_check_finds_a_bound_slider_called_on_a_column_but_not_one_called_on_st():
    source = 'cols[0].slider("k", key="k", bind="url")\nst.slider("j", key="j", bind="url")\n'
    assert _bound_widget_calls_on_other_containers(source, "x.py") == ["x.py:1 cols[0].slider"]
