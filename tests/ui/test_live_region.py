"""The screen reader's line (ui.live_region): it takes HTML for its span, so its text must reach the page
as text. Its callers pass catalog texts, numbers and model characters, never user text; a script or tag
in the text is escaped all the same."""

import re

from streamlit.testing.v1 import AppTest

HOSTILE = '<script>window.__x=1</script><img src=x onerror="window.__x=1"> **b** [a](javascript:1)'


def _page() -> None:  # AppTest runs the source alone: the text is written out again
    from ui.live_region import say

    say('<script>window.__x=1</script><img src=x onerror="window.__x=1"> **b** [a](javascript:1)')


def test_a_tag_in_the_line_is_escaped_text_inside_the_one_live_span():
    at = AppTest.from_function(_page).run()
    (body,) = [m.value for m in at.markdown]
    inner = re.fullmatch(r'<span class="sr-only" aria-live="polite">(.*)</span>', body).group(1)
    assert re.search(r"(?<!\\)[<>\[\]*]", inner) is None  # every <, >, [, ], * is backslash-escaped
    assert inner.replace("\\", "") == HOSTILE  # and nothing else changed: it is said as it was given
