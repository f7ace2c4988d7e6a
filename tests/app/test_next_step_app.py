"""The foot of every page on the path links to the next step, the last one back home (ui/next_step.py)."""

import pytest

from app_pages.playground.table import EDITOR
from core.i18n import t
from core.pages import HOME, PATH_STEPS, next_step
from tests.apptest import open_page


def test_the_next_step_follows_the_path_and_the_last_leads_home():
    assert [next_step(spec.name) for spec in PATH_STEPS] == [*PATH_STEPS[1:], HOME]
    assert next_step(HOME.name) is None and next_step("nowhere") is None


@pytest.mark.parametrize(
    ("number", "spec"), list(enumerate(PATH_STEPS, 1)), ids=lambda v: getattr(v, "name", "")
)
def test_each_page_ends_with_a_link_to_the_next_step_in_the_reader_s_language(number, spec):
    lang = "zh" if number % 2 else "en"  # every page once, both languages across them
    at = open_page(spec.name, lang)
    link = at.get("page_link")[-1].proto  # the last link on the page
    following = next_step(spec.name)
    assert link.page == ("" if following is HOME else following.url_path)  # home is served at "/"
    if following is HOME:
        assert link.label == t("nav.end", lang)
    else:
        assert link.label == t("nav.next", lang, number=number + 1, title=t(following.title_key, lang))
    assert f"lang={lang}" in link.query_string


def test_the_home_page_has_no_next_step_link_of_its_own():
    at = open_page(None, "en")
    labels = [link.proto.label for link in at.get("page_link")]
    assert not any(label.startswith("Next:") for label in labels) and t("nav.end", "en") not in labels


def test_a_page_that_stops_early_still_ends_with_its_next_step():
    """The temperature page stops (st.stop) while no row of its table is valid: app.py's link, drawn
    after the page, never came."""
    at = open_page("playground", "en")
    at.session_state["playground_last_valid"] = None  # a visitor whose table was never valid
    at.session_state[EDITOR] = {  # every score typed as text, as the grid sends the edits
        "edited_rows": {row: {"logit": "abc"} for row in range(3)},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert t("playground.nothing", "en") in [i.value for i in at.info]
    (link,) = [link.proto for link in at.get("page_link")]
    assert link.label == t("nav.next", "en", number=4, title=t("nav.generator", "en"))


@pytest.mark.parametrize("spec", PATH_STEPS, ids=lambda v: v.name)
def test_each_page_opens_with_its_intro_in_body_text_not_small_grey_caption(spec):
    """A class reads the intro from the back of the room: the generator and learn pages had theirs in
    caption type, every other page in body text."""
    at = open_page(spec.name, "en")
    intro = t(f"{spec.name}.intro", "en")
    assert intro in [m.value for m in at.markdown] and intro not in [c.value for c in at.caption]
