"""The app's pages, listed once: ``app.py`` builds the navigation from it, the home page its numbered
steps.

Pure data (no Streamlit), so tests can walk it too: every page's title and blurb keys must exist in
the catalog in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """One page: its script, the URL path it answers at, and what the menu and home page show."""

    name: str  # the folder under app_pages/, the URL path, and the prefix of its keys
    icon: str  # a Material icon, as st.Page and st.page_link take it
    article: tuple[str, ...]  # the article's sections (01–05) the page follows, in its order

    @property
    def script(self) -> str:
        """The page script, relative to app.py (st.Page, st.page_link and AppTest.switch_page take it)."""
        return f"app_pages/{self.name}/page.py"

    @property
    def url_path(self) -> str:
        return self.name

    @property
    def title_key(self) -> str:
        return f"nav.{self.name}"

    @property
    def blurb_key(self) -> str:
        """The text under this page's step on the home page; the home page itself has none."""
        return f"home.card.{self.name}"


HOME = PageSpec("home", ":material/home:", ())
# The learner's path, in the order the article's argument needs it (issue 15): why probabilities,
# the formula, temperature, the Humpty Du experiment, greedy vs sampling, attention; then the
# network that learns with softmax. URLs of older pages (playground, generator, compare, why) stay.
PAGES: tuple[PageSpec, ...] = (
    HOME,
    PageSpec("why", ":material/psychology_alt:", ("01", "02")),
    PageSpec("formula", ":material/functions:", ("03",)),
    PageSpec("playground", ":material/device_thermostat:", ("05",)),
    PageSpec("generator", ":material/edit_note:", ("04",)),
    PageSpec("compare", ":material/compare_arrows:", ("04",)),
    PageSpec("attention", ":material/visibility:", ("04",)),
    PageSpec("learn", ":material/school:", ("02", "03")),
)
# The learner's path: the home page's numbered steps.
PATH_STEPS: tuple[PageSpec, ...] = tuple(p for p in PAGES if p is not HOME)


def next_step(name: str) -> PageSpec | None:
    """The page after ``name`` on the learner's path, HOME after the last; None off the path (home).

    The foot of each page links there: the home page's numbered steps were the only way on, and on a
    phone the menu is a small icon at the top."""
    names = [spec.name for spec in PATH_STEPS]
    if name not in names:
        return None
    i = names.index(name)
    return PATH_STEPS[i + 1] if i + 1 < len(PATH_STEPS) else HOME
