"""Sampled text as HTML blocks: each line whole and wrapping, the prompt plain, what the model wrote
bold on a tint. The compare page shows its strategies' samples this way, the learn page its
checkpoints' (rather than ``st.code``, whose highlighter is 1.5 MB of JavaScript to load).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from core.charts.style import CHOSEN, FADED_TEXT, css_rgb

LOOP_MARK = "⟲"


@dataclass(frozen=True)
class Line:
    """One continuation shown whole: its prompt, what the model wrote, where it starts looping (or None)."""

    prompt: str
    continuation: str
    loop_start: int | None = None


@dataclass(frozen=True)
class Group:
    """A titled set of lines: one strategy's samples (compare), one checkpoint's (learn)."""

    title: str
    lines: tuple[Line, ...]


# What the model wrote is tinted CHOSEN, as the generator shades each character it drew: one colour
# for "the model wrote this" on every page. Stronger on the dark theme (light-dark(), as the
# generator's TEXT_CSS), where a light tint is lost on the page.
_TINT, _TINT_DARK = f"rgba({css_rgb(CHOSEN)},0.2)", f"rgba({css_rgb(CHOSEN)},0.32)"
SAMPLES_CSS = (
    "<style>"
    ".cmp-samples{font-size:0.82rem;line-height:1.45}"  # titles in the page's own font, lines monospace
    ".cmp-group{margin:0 0 0.35rem 0}"
    ".cmp-title{font-weight:600;font-size:0.85rem;margin:0.2rem 0 0.1rem 0}"
    ".cmp-line{font-family:'Source Code Pro',ui-monospace,monospace;display:flex;gap:0.4rem;"
    "margin:0 0 0.15rem 0}"
    f".cmp-n{{opacity:{FADED_TEXT};min-width:1.1rem;text-align:right;flex:none}}"
    ".cmp-text{white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word;min-width:0}"
    f".cmp-cont{{font-weight:700;background:{_TINT};border-radius:2px}}"
    f"@supports (color:light-dark(#000,#fff)){{.cmp-cont{{background:light-dark({_TINT},{_TINT_DARK})}}}}"
    f".cmp-mark{{opacity:{FADED_TEXT};font-weight:400}}"
    # Wider than a phone there is room to read the lines from the back of a classroom: 15 px, not 13
    "@media (min-width:641px){.cmp-samples{font-size:0.95rem}.cmp-title{font-size:0.95rem}}"
    "</style>"
)


def _text_html(text: str) -> str:
    """Generated text escaped for HTML, line breaks shown as a faint ↵ (the line still wraps)."""
    return "".join('<span class="cmp-mark">↵</span> ' if ch == "\n" else html.escape(ch) for ch in text)


def samples_html(groups: Sequence[Group]) -> str:
    """The samples as HTML text: each line whole and wrapping, prompt plain, continuation bold on a tint.

    Every character of the prompt, the continuation and the titles is escaped (``html.escape``), so a
    prompt like ``<script>`` is shown, never run. ⟲ marks where a line starts repeating itself.
    """
    parts = [SAMPLES_CSS, '<div class="cmp-samples">']
    for group in groups:
        parts.append(f'<div class="cmp-group"><div class="cmp-title">{html.escape(group.title)}</div>')
        numbered = len(group.lines) > 1
        for i, line in enumerate(group.lines, start=1):
            cont = line.continuation
            if line.loop_start is None:
                body = f'<span class="cmp-cont">{_text_html(cont)}</span>'
            else:
                head, tail = cont[: line.loop_start], cont[line.loop_start :]
                body = (
                    f'<span class="cmp-cont">{_text_html(head)}</span>'
                    f'<span class="cmp-mark">{LOOP_MARK}</span>'
                    f'<span class="cmp-cont">{_text_html(tail)}</span>'
                )
            number = f'<span class="cmp-n">{i}</span>' if numbered else ""
            parts.append(
                f'<div class="cmp-line">{number}<span class="cmp-text">'
                f'<span class="cmp-prompt">{_text_html(line.prompt)}</span>{body}</span></div>'
            )
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)
