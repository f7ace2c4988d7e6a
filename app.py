"""Softmax Explorer: page config, the shared sidebar (language) and navigation. Run: ./run.sh"""

# Before any page, and so before any chart: Plotly asks sys.modules whether pandas is loaded and
# then reads pandas.Series. While one visitor's first page imported pandas (the attention, playground
# and Monte Carlo tables use it), another visitor's chart found the module half made and the page
# failed (AttributeError; seen in the load test with eight tabs opening at once). Imported here, a
# run that meets another run's import waits at this line until pandas is whole.
import pandas  # noqa: F401
import streamlit as st

from core.logits_table import MAX_ROWS
from core.memory import return_big_blocks_to_the_os
from core.pages import HOME, PAGES
from ui import guards
from ui.i18n import language_selector, mark_document_language, tr
from ui.next_step import next_step_link
from ui.page_style import apply_page_style

st.set_page_config(page_title="Softmax Explorer", page_icon="📊", layout="wide")
return_big_blocks_to_the_os()  # once per process: memory a big job frees goes back (core/memory.py)
apply_page_style()  # titles that fit a phone, Chinese broken only between phrases

language_selector()
guards.install(MAX_ROWS)  # tables capped, link numbers checked, shared caches safe: see ui/guards.py

# The home page is served at "/" (a default page's URL path is always empty), so "/home" would
# find no page; a hidden second entry for the same script answers there. The default page keeps
# an internal url_path of its own ("start"): Streamlit needs every page's url_path unique.
menu = [
    st.Page(
        spec.script,
        title=tr(spec.title_key),
        icon=spec.icon,
        url_path="start" if spec is HOME else spec.url_path,
        default=spec is HOME,
    )
    for spec in PAGES
]
home_alias = st.Page(
    HOME.script, title=tr(HOME.title_key), icon=HOME.icon, url_path=HOME.url_path, visibility="hidden"
)
page = st.navigation([*menu, home_alias])
page.run()
next_step_link(page.url_path)  # after the page, on a full run: "Next: 3. Temperature"
mark_document_language()  # <html lang> (Streamlit always says "en"), last in the sidebar
