"""The few style rules Streamlit's theme cannot express: page titles that fit a phone, and a primary
button's label readable on the dark theme.

Streamlit draws every h1 at 2.75rem (44 px) whatever the screen, and lets Chinese break a line
between any two characters: on a 390 px phone "为什么要变成概率？" broke inside 概率, and "直接选最高
vs 根据概率探索" inside 根据. Headings here break only at spaces and punctuation (``keep-all``; a run
too long for the line still wraps, by ``overflow-wrap``), and on a narrow screen the page title is
2rem, so each Chinese title's phrases fit a line. English is unchanged: it never breaks inside a
word. The rules go in a style-only ``st.html``, which Streamlit puts in its event container, so it
takes no room on the page.

On the dark theme the accent is sky blue (``.streamlit/config.toml``: it reads at 7.8:1 on the dark
background, as slider values and tab marks), and Streamlit writes a primary button's label in white
on it: 2.3:1. There the label takes the dark background's colour instead: 7.8:1, 5.4:1 on hover.
``light-dark()`` follows the ``color-scheme`` Streamlit sets on the app for its theme.

A link reached with the Tab key (the sidebar's pages, the home page's steps) showed its focus only as
a pale grey row, about 1.1:1 on the page and nearly the current page's own highlight: it gets a ring in
the text's colour, as Streamlit's buttons have one. So do a slider's knob (Streamlit's halo read 2.2:1
on white) and a radio choice (a grey background, 1.2:1): a keyboard user must see where they are. The
rule keys on react-aria's ``data-focus-visible``, set for the keyboard only: an input's own
``:focus-visible`` also matched after a click on the slider, which then kept a ring.

Columns side by side on a wide screen stand one under the other on a phone, and a "large" gap between
them (4rem) then became 64 px of blank between the generator's temperature slider and the text it
drives. Stacked, they are 1rem apart, as any two elements.

The script that sets ``<html lang>`` (``ui.i18n.mark_document_language``) renders nothing, but its
container would still take a gap in the sidebar: it is hidden (the script has run by then).

A page's sections are headings of the second level (``st.header``), under the page's title: a screen
reader lists a page's headings by level, and ``st.subheader`` jumped from h1 to h3. They keep the
size and spacing they had as subheaders. No heading has Streamlit's "link to heading" anchor: it
added an English-only stop to the Tab order at every title and section.

Small print (``st.caption``) is the text's colour at 60 % opacity: 3.9:1 on the light theme, under
the 4.5:1 WCAG asks of text, and it carries things a learner needs (how to edit the table, what the
outlines are). At 72 % it reads at 5.6:1 on white and 8.3:1 on the dark theme, still lighter than the text.

A collapsed sidebar (a phone's, until its » is tapped) is only moved off the screen: the Tab key still
went through its ten links and buttons, the focus out of sight, before reaching the page. Hidden,
it leaves the Tab order until it is opened.

Text for a screen reader only (``sr-only``, ``ui.live_region``: the generator's newest character, the
learn page's loss at each checkpoint) is kept out of sight, and its element out of the page's flow, so
it adds no gap; it is 1 px wide, as a full-width one moved off the flow widened the page by 33 px, and
a phone's page then scrolled sideways.

Streamlit writes "Press Enter to apply" under a text box being typed in, in English whatever the
page's language. On a Chinese page (``:lang(zh)``, from the ``<html lang>`` the app sets) its words are
hidden and the catalog's shown in their place, at Streamlit's size. CSS cannot read the words, so the
rules go by place: a box with a length limit (``max_chars``: the number boxes) shows its count, "1/40",
alone when focused and after the hint when typed in; a box without one (``FREE_TEXT_BOXES``, kept
complete by tests/ui/test_page_style.py) shows the hint alone.

Start and Stop (``ui.start_stop``) are two buttons in a box of their own. While the run after a press
goes on, Streamlit keeps the old one (stale) beside the new: in that box, once a fresh button is
there, the stale one is hidden.

A table's toolbar (show columns, download, search, full screen) appears over the top edge of the
table when it is pointed at or tapped, and covered the end of the caption above it (the
temperature page's instructions, on a phone). Tables keep a toolbar's height free above them.
"""

from __future__ import annotations

import json

import streamlit as st

from core.charts.style import FADED_TEXT
from core.i18n import t
from ui.start_stop import BOX_PREFIX as START_STOP_BOX

PHONE_WIDTH = 640  # px: Streamlit's own breakpoint for stacking columns
PHONE_TITLE = "2rem"  # above a section's 1.75rem, so the title stays the largest heading
SECTION_SIZE = "1.75rem"  # a section heading (h2) drawn as Streamlit's h3, the size it had as a subheader
DARK_BACKGROUND = "#171614"  # Streamlit's dark theme background, as the browser reports it
STACKED_GAP = "1rem"  # columns stacked on a phone: the page's own gap between elements, not 4rem
TOOLBAR_ROOM = "1.75rem"  # with the 16 px gap between elements, the toolbar's 44 px
# Streamlit mounts an ``st.html`` a moment after the run that sent it has finished (its renderer is
# loaded on first use), so a test that needs these rules waits until this comment is on the page.
MARKER = "/* softmax-explorer page style */"
FREE_TEXT_BOXES = ("model_prompt", "attention_query")  # the text boxes without max_chars
_FREE = ", ".join(f".st-key-{key}" for key in FREE_TEXT_BOXES)
# "Press Enter to apply": before a count, or alone in a box that has no count
HINT = (
    '[data-testid="InputInstructions"] > span:first-child:not(:only-child), '
    f':is({_FREE}) [data-testid="InputInstructions"] > span:only-child'
)
HINT_SIZE = "12px"  # Streamlit's size for it
HINT_ZH = json.dumps(t("input.press_enter", "zh"), ensure_ascii=False)  # a CSS string: "按回车键确认"

CSS = f"""<style>{MARKER}
[data-testid="stMain"] :is(h1, h2, h3) {{ word-break: keep-all; overflow-wrap: anywhere; }}
[data-testid="stMain"] h2 {{ font-size: {SECTION_SIZE}; line-height: 1.2; padding: 0.75rem 0 1rem; }}
@media (max-width: {PHONE_WIDTH}px) {{ [data-testid="stMain"] h1 {{ font-size: {PHONE_TITLE}; }}
  [data-testid="stMain"] [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"]) {{
    row-gap: {STACKED_GAP}; }} }}
[data-testid="stBaseButton-primary"]:not(:disabled) {{ color: light-dark(#FFFFFF, {DARK_BACKGROUND}); }}
[data-testid="stElementContainer"]:has(> [data-testid="stFullScreenFrame"] > [data-testid="stDataFrame"]) {{
  margin-top: {TOOLBAR_ROOM}; }}
[data-testid="stCaptionContainer"] {{ opacity: {FADED_TEXT}; }}
:lang(zh) :is({HINT}) {{ font-size: 0; }}
:lang(zh) :is({HINT})::after {{ content: {HINT_ZH}; font-size: {HINT_SIZE}; }}
[data-testid="stSidebar"][data-collapsed="true"] {{ visibility: hidden; }}
.sr-only, [data-testid="stElementContainer"]:has(.sr-only) {{ position: absolute; width: 1px; height: 1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; }}
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script:only-child) {{ display: none; }}
[class*="st-key-{START_STOP_BOX}"]:has(> [data-stale="false"] button) > [data-stale="true"] {{
  display: none; }}
:is([data-testid="stSidebar"], [data-testid="stMain"]) a:focus-visible,
[data-testid="stSlider"] [data-rac][data-focus-visible],
[data-testid="stRadio"] label[data-focus-visible] {{
  outline: 2px solid currentColor; outline-offset: 2px; }}
</style>"""


def apply_page_style() -> None:
    """Add the rules above to the page (once per run, from app.py, before any page draws)."""
    st.html(CSS)
