"""The generator page in both languages: the article's experiment on the first screen (greedy's line,
20 seeded draws, the "Dumpty" share), the one temperature control, the model switch, the notes on the
article's numbers; then the step-by-step view: Step, Undo, Reset, Run, choose-it-yourself, bad input
kept usable, the URL reproducing the text."""

import html
import json
import re
from urllib.parse import parse_qsl

import pyarrow as pa
import pytest

from app_pages.generator.live import REPLAY_KEY
from app_pages.generator.views import HISTORY_TYPES, history_csv
from core.article_example import ArticleExample, article_distribution, article_shares, completes_word, fan
from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus, split_corpus, vocabulary
from core.generation import MAX_STEPS
from core.i18n import t
from core.number_text import percent
from core.softmax import softmax
from tests.apptest import all_text, figure, open_page, open_tab, page_html, said_aloud
from ui.markdown import md_literal

LANGS = ["en", "zh"]
CORPUS = load_corpus()
TRAINED = build_model(split_corpus(CORPUS)[0], ModelSettings(), vocab=vocabulary(CORPUS))  # as the page's


def html_block(at, name: str) -> str:
    """The body of the st.html block named ``data-name="<name>"`` (greedy, fan, steps)."""
    for el in page_html(at):
        if f'data-name="{name}"' in el.proto.body:
            return el.proto.body
    raise KeyError(name)


def plain(body: str) -> str:
    """What a reader sees of an HTML body: tags and the style block removed, entities decoded."""
    body = re.sub(r"<style>.*?</style>", "", body, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def generated(at) -> str:
    """The characters written by the steps: the step text without its plain prompt."""
    body = html_block(at, "steps")
    return plain(re.sub(r'<span class="gen-prompt">.*?</span>', "", body, count=1))


def fan_rows(at) -> list[str]:
    """Each sampled row as shown: mark, "…Du", continuation (new lines as ↵)."""
    body = html_block(at, "fan")
    return [plain(r) for r in re.findall(r'<div class="gen-text">(.*?)</div>', body)]


def history_rows(at) -> int:
    """Rows of the step table; none before the first step, where a line says so instead of a table."""
    return len(at.dataframe[0].value) if at.dataframe else 0


def show(at, view: str, lang: str):
    """Open the tab labelled by this catalog key (generator.history, generator.pick.title, ...)."""
    return open_tab(at, "generator_view", t(view, lang))


def click(at, key):
    at.button(key=key).click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def share_text(lang: str, result, t_value="1", seed=0, p=None, expected=None) -> str:
    """The draws' headline for ``result`` (``p``, ``expected``: as written, else from ``result``)."""
    p = f"{result.next_p:.0%}" if p is None else p
    expected = f"{result.expected_next():.0f}" if expected is None else expected
    return t(
        "generator.fan.title",
        lang,
        t=t_value,
        seed=seed,
        n=20,
        k=result.drew_next(),
        letter="m",
        share=f"{result.drew_next() / 20:.0%}",
        w=result.wrote(),
        p=p,
        expected=expected,
    )


# ---------------------------------------------------------------------------- the experiment


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_opens_on_the_articles_experiment_greedy_duu_next_to_20_draws_and_their_dumpty_share(lang):
    at = open_page("generator", lang)
    assert at.radio(key="generator_model").value == "article"
    expected = fan(ArticleExample(TRAINED), "Humpty Du", 1.0, 0)
    assert plain(html_block(at, "greedy")) == "Humpty Du" + expected.greedy
    assert expected.greedy.startswith("u")  # greedy takes u (50% > 45%) and never takes it back
    rows = fan_rows(at)
    assert len(rows) == 20
    assert [r.split("…Du", 1)[1] for r in rows] == [s.replace("\n", "↵") for s in expected.samples]
    assert sum(r.startswith("✓") for r in rows) == expected.wrote() > 0
    assert share_text(lang, expected, p="45%", expected="9") in all_text(at)  # 6 of 20 drew m: chance
    caption = next(c.value for c in at.caption if t("generator.fan.key", lang) in c.value)  # ✓, shading
    assert t("generator.fan.few", lang, n=20, letter="m") in caption  # 20 draws swing around it
    # ... and that the article's numbers give only the next letter: the trained model writes the rest
    assert t("generator.fan.article", lang, prompt=md_literal("Humpty Du")) in caption
    at.radio(key="generator_model").set_value("trained").run()
    assert not any(
        t("generator.fan.article", lang, prompt=md_literal("Humpty Du")) in c.value for c in at.caption
    )


@pytest.mark.parametrize("lang", LANGS)
def test_temperature_zero_makes_every_draw_greedys_line_and_none_writes_dumpty(lang):
    at = open_page("generator", lang)
    at.select_slider(key="generator_temperature").set_value(0.0).run()
    expected = fan(ArticleExample(TRAINED), "Humpty Du", 0.0, 0)
    assert fan_rows(at) == ["…Du" + expected.greedy[:12].replace("\n", "↵")] * 20
    # said to be taking the top, not a row of zeros ("0%; at 0%, about 0") under "explore"
    assert t("generator.fan.title.t0", lang, seed=0, n=20, k=0, letter="m") in all_text(at)
    assert t("generator.fan.title", lang, t="0", seed=0, n=20, k=0, letter="m", share="0%", w=0, p="0%",
             expected="0") not in all_text(at)  # fmt: skip
    at.text_input(key="model_prompt").set_value("Twinkle, twinkle").run()  # no "Dumpty" to count
    assert fan_rows(at) == [fan_rows(at)[0]] * 20
    assert t("generator.fan.title.other.t0", lang, seed=0, n=20) in all_text(at)
    assert not any(t("generator.fan.few", lang, n=20, letter="m") in c.value for c in at.caption)  # no swing


@pytest.mark.parametrize("lang", LANGS)
def test_an_old_greedy_mode_link_opens_at_temperature_zero(lang):
    at = open_page("generator", lang, generator_mode="greedy")
    assert at.select_slider(key="generator_temperature").value == 0.0
    assert "generator_mode" not in at.query_params and at.query_params["generator_temperature"] == "0"
    assert not at.warning


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("param", "label"), [("generator_mode", "widget.temperature"), ("generator_model", "generator.model")]
)
def test_an_unknown_mode_or_model_in_a_link_is_named_in_a_notice(lang, param, label):
    """Named by the setting's label: an old mode link's choice is the temperature's now."""
    at = open_page("generator", lang, **{param: "<b>beam</b>"})
    notice = t("url.value_ignored", lang, label=t(label, lang), reason=t("url.reason.not_option", lang))
    assert notice in [w.value for w in at.warning]
    assert at.radio(key="generator_model").value == "article"
    assert at.select_slider(key="generator_temperature").value == 1.0


def in_order(node):
    """Every element of the page in the order it is drawn, columns and containers walked in turn."""
    yield node
    for child in getattr(node, "children", {}).values():
        yield from in_order(child)


def trained_note(at) -> str:
    (note,) = [i.value for i in at.info if "Humpty Dumpty" in i.value]
    return note


@pytest.mark.parametrize("lang", LANGS)
def test_the_trained_model_s_note_quotes_its_probability_and_follows_the_temperature(lang):
    at = open_page("generator", lang)
    at.radio(key="generator_model").set_value("trained").run()
    p = softmax(TRAINED.logits("Humpty Du"))[TRAINED.stoi["m"]]
    assert p > 0.9  # the rhymes' model is sure of "m" after "Humpty Du"
    yes = t("generator.trained.greedy.yes", lang, word="Dumpty")
    note = trained_note(at)
    assert "“m”" in note and f"{p:.1%}" in note and yes in note  # 97.5%, as the page writes shares
    # right under the draws, before the model switch and the seed: the intro above speaks of the
    # article's "Duu" and this line says why the trained model's greedy line is "Dumpty"
    order = list(in_order(at.main))
    position = next(i for i, e in enumerate(order) if e.type == "info" and "Humpty Dumpty" in str(e.value))
    assert position < next(i for i, e in enumerate(order) if getattr(e, "key", None) == "generator_model")
    assert f"{fan(TRAINED, 'Humpty Du', 1.0, 0).share():.0%}" in note
    at.select_slider(key="generator_temperature").set_value(10.0).run()
    hot = fan(TRAINED, "Humpty Du", 10.0, 0)
    note = trained_note(at)
    assert "T = 10" in note and f"{hot.share():.0%}" in note  # the share of the draws on screen, at T = 10
    assert hot.share() < 0.5  # (it is not "almost everything" any more)
    at.text_input(key="model_prompt").set_value("D").run()
    assert not completes_word("D", fan(TRAINED, "D", 10.0, 0).greedy)  # after a lone "D" greedy writes "Dee."
    assert t("generator.trained.greedy.no", lang, word="Dumpty") in trained_note(at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_articles_numbers_say_where_they_apply_after_another_prompt(lang):
    at = open_page("generator", lang)
    elsewhere = t("generator.article.elsewhere", lang, prompt="Humpty Du", tail="")[:12]
    assert not [i for i in at.info if elsewhere in i.value]  # after "Humpty Du" they apply
    at.text_input(key="model_prompt").set_value("Mary had a little").run()
    (note,) = [i.value for i in at.info if elsewhere in i.value]
    assert "Mary had a little" in note
    at.radio(key="generator_model").set_value("trained").run()
    assert not [i for i in at.info if elsewhere in i.value]


@pytest.mark.parametrize("lang", LANGS)
def test_one_click_moves_to_the_model_trained_on_the_rhymes(lang):
    at = open_page("generator", lang)
    at.radio(key="generator_model").set_value("trained").run()
    expected = fan(TRAINED, "Humpty Du", 1.0, 0)
    assert plain(html_block(at, "greedy")) == "Humpty Du" + expected.greedy  # "Humpty Dumpty Dump"
    assert expected.greedy.startswith("mpty") and share_text(lang, expected) in all_text(at)
    assert at.query_params["generator_model"] == "trained"
    again = open_page("generator", lang, generator_model="trained")
    assert fan_rows(again) == fan_rows(at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_seed_draws_20_other_continuations(lang):
    at = open_page("generator", lang)
    before = fan_rows(at)
    at.text_input(key="generator_seed").input("5").run()
    expected = fan(ArticleExample(TRAINED), "Humpty Du", 1.0, 5)
    assert fan_rows(at) != before and share_text(lang, expected, seed=5) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_a_negative_seed_is_explained_in_the_readers_language_and_the_draws_keep_the_last_seed(lang):
    at = open_page("generator", lang)
    at.text_input(key="generator_seed").input("5").run()
    drawn = fan_rows(at)
    at.text_input(key="generator_seed").input("-3").run()
    assert at.text_input(key="generator_seed").value == "-3"
    expected = out_of_range(lang, t("generator.seed.name", lang), "-3", "0", f"{2**32 - 1}", "5")
    assert [e.value for e in at.error] == [expected]
    assert fan_rows(at) == drawn


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_copied_while_the_seed_box_holds_bad_text_gives_the_seed_in_use(lang):
    at = open_page("generator", lang)
    at.text_input(key="generator_seed").input("5").run()
    drawn = fan_rows(at)
    typed = "5<script>alert(1)</script>"
    at.text_input(key="generator_seed").input(typed)
    at.query_params["generator_seed"] = typed  # the browser writes a bound box's text into the URL
    at.run()
    at.session_state["share_link"] = True  # the visitor opens "Copy link"
    at.run()
    (link,) = [c.value for c in at.code]
    shared = dict(parse_qsl(link.split("?", 1)[1]))
    assert shared["generator_seed"] == "5"  # not the typed text, which would open on seed 0
    note = t("share.in_use", lang, name=t("generator.seed.name", lang), used="5", typed=md_literal(typed))
    assert note in [c.value for c in at.caption]
    shared.pop("lang")
    assert fan_rows(open_page("generator", lang, **shared)) == drawn  # the recipient sees the same draws
    at.text_input(key="generator_seed").input("7")  # fixed: the link gives the box's text again
    at.query_params["generator_seed"] = "7"
    at.run()
    assert dict(parse_qsl(at.code[0].value.split("?", 1)[1]))["generator_seed"] == "7"
    assert note not in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", LANGS)
def test_a_hot_temperature_says_why_few_draws_take_u_or_m_the_rest_together_win(lang):
    """At T = 10 none of the 20 draws took m: the 61 rare characters, evened out by the heat, take
    94.2 % together. Said under the draws, with the T = 1 numbers beside; nothing at T = 1."""
    at = open_page("generator", lang)
    at_one = t("generator.fan.heat", lang, t="1", k=61, u="50.0%", m="45.0%", rest="5.0%", u1="50.0%",
               m1="45.0%", rest1="5.0%")  # fmt: skip
    assert not [
        c for c in at.caption if c.value.startswith(at_one[:12])
    ]  # "T = 1 时，抽取…" / "At T = 1 the"
    at.select_slider(key="generator_temperature").set_value(10.0).run()
    heat = t("generator.fan.heat", lang, t="10", k=61, u="2.9%", m="2.9%", rest="94.2%", u1="50.0%",
             m1="45.0%", rest1="5.0%")  # fmt: skip
    [note] = [c.value for c in at.caption if c.value.startswith(heat)]
    assert note == heat + " " + t("generator.fan.heat.tail", lang, k=61)
    hot = fan(ArticleExample(TRAINED), "Humpty Du", 10.0, 0)  # m 2.9 % of 20 draws: 0.58 on average
    assert share_text(lang, hot, t_value="10", p="3%", expected="0.6") in all_text(at)  # not "about 0"
    # under the draws: between the count and the draws it pushed them below a phone's first screen
    order = list(in_order(at.main))
    bodies = [getattr(getattr(e, "proto", None), "body", "") for e in order]
    draws = next(i for i, body in enumerate(bodies) if 'data-name="fan"' in body)
    assert draws < next(i for i, e in enumerate(order) if e.type == "caption" and e.value == note)
    at.select_slider(key="generator_temperature").set_value(0.5).run()  # cooler: u and m keep it all
    u, m, rest = (percent(p) for p in article_shares(0.5, len(TRAINED.vocab)))
    assert (u, rest) == ("55.2%", "0.0091%")
    cool = t("generator.fan.heat", lang, t="0.5", k=61, u=u, m=m, rest=rest, u1="50.0%", m1="45.0%",
             rest1="5.0%")  # fmt: skip
    assert cool in [c.value for c in at.caption]  # no "together they win" under it


@pytest.mark.parametrize("lang", LANGS)
def test_using_the_articles_numbers_as_scores_shows_38_6_percent_and_flatter_draws(lang):
    at = open_page("generator", lang)
    assert t("generator.scores.note", lang) in all_text(at)
    at.toggle(key="generator_as_scores").set_value(True).run()
    u, m, rest = article_distribution(as_scores=True)
    assert (f"{u:.1%}", f"{m:.1%}", f"{rest:.1%}") == ("38.6%", "36.7%", "24.6%")
    flat = t("generator.scores.flat", lang, u="38.6%", m="36.7%", rest="24.6%")
    joined = ("" if lang == "zh" else " ").join([flat, t("generator.scores.on.t1", lang)])
    assert joined in [i.value for i in at.info]
    expected = fan(ArticleExample(TRAINED, as_scores=True), "Humpty Du", 1.0, 0)
    assert share_text(lang, expected) in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_scores_note_says_what_the_draws_use_only_where_they_use_the_articles_numbers(lang):
    """At T = 0.45 the switch's u 52.7 %, m 47.2 %, others 0.1 % lead no draw astray: a note saying
    "the draws above now use" the T = 1 figures, "more go astray", contradicted the 20 lines above.
    After another prompt the draws do not use the article's numbers at all."""
    at = open_page("generator", lang)
    at.toggle(key="generator_as_scores").set_value(True).run()
    u, m, rest = (f"{p:.1%}" for p in article_distribution(as_scores=True))
    flat = t("generator.scores.flat", lang, u=u, m=m, rest=rest)
    join = "" if lang == "zh" else " "

    def note() -> str:
        (shown,) = [i.value for i in at.info if i.value.startswith(flat)]
        return shown

    assert note() == flat + join + t("generator.scores.on.t1", lang)  # T = 1: these shares, astray
    at.select_slider(key="generator_temperature").set_value(0.45).run()
    assert note() == flat + join + t("generator.scores.on.t", lang, t="0.45")
    now = tuple(percent(p) for p in article_shares(0.45, len(TRAINED.vocab), as_scores=True))
    heat = t("generator.fan.heat", lang, t="0.45", k=61, u=now[0], m=now[1], rest=now[2], u1=u, m1=m,
             rest1=rest)  # fmt: skip
    assert now == ("52.7%", "47.2%", "0.1%") and heat in [
        c.value for c in at.caption
    ]  # "the line under them"
    at.select_slider(key="generator_temperature").set_value(0.0).run()  # every draw takes u
    assert note() == flat + join + t("generator.scores.on.t0", lang)
    at.select_slider(key="generator_temperature").set_value(1.0).run()
    at.text_input(key="model_prompt").set_value("Twinkle, twinkle").run()  # not the article's place
    assert note() == flat


@pytest.mark.parametrize("lang", LANGS)
def test_the_backtrack_note_shows_what_really_follows_humpty_duu(lang):
    at = open_page("generator", lang)
    notes = "\n".join(i.value for i in at.info)
    p = TRAINED.probs("Humpty Duu")
    top = TRAINED.vocab[int(p.argmax())]
    assert "Humpty Duu" in notes and f"“{top}” {p.max():.1%}" in notes
    assert f"“{t('nav.compare', lang)}”" in notes  # beam search's page, by the name the menu gives it
    assert t("compare.chatbot", lang) not in notes  # said once: under the compare page's five answers
    assert not at.warning  # teaching points are calm callouts


@pytest.mark.parametrize("lang", LANGS)
def test_page_text_is_escaped_in_the_html_and_a_script_prompt_never_reaches_it(lang):
    at = open_page("generator", lang)
    at.text_input(key="model_prompt").set_value("He said \"Hi'").run()
    body = html_block(at, "greedy")
    assert "&quot;Hi&#x27;" in body and "\"Hi'" not in body.split("</style>")[1]
    at.text_input(key="model_prompt").set_value("<script>alert(1)</script>").run()
    assert at.error  # the model has no < or >: the prompt is refused with a message, never rendered
    assert all("<script" not in el.proto.body for el in page_html(at))


# ---------------------------------------------------------------------------- step by step


@pytest.mark.parametrize("lang", LANGS)
def test_step_appends_one_character_and_one_history_row_and_undo_removes_it(lang):
    at = open_page("generator", lang)
    show(at, "generator.history", lang)
    assert generated(at) == "" and history_rows(at) == 0
    assert not at.dataframe and t("generator.history.none", lang) in [c.value for c in at.caption]
    assert not at.get("download_button")  # an empty table drew its "empty" row under the button
    click(at, "generator_step")
    assert len(generated(at)) == 1 and history_rows(at) == 1
    click(at, "generator_step")
    first_two = generated(at)
    assert len(first_two) == 2 and history_rows(at) == 2
    click(at, "generator_undo")
    assert generated(at) == first_two[:1] and history_rows(at) == 1
    assert at.session_state["generator_steps"] == 1


@pytest.mark.parametrize("lang", LANGS)
def test_each_step_s_character_is_said_to_a_screen_reader_as_the_text_s_hover_says_it(lang):
    at = open_page("generator", lang)
    assert said_aloud(at) == ""  # nothing written yet, nothing to say
    click(at, "generator_step")
    click(at, "generator_step")
    second = at.session_state[REPLAY_KEY][1].steps[-1]
    assert second.char.strip()  # a letter (seed 0's second draw): written as the hover writes it
    p = f"{second.p:.1%}"
    assert said_aloud(at) == t("generator.said", lang, step=2, char=f"“{second.char}”", p=p)
    assert said_aloud(at) == t("generator.text.hover", lang, step=2, char=second.char, p=p)  # as its hover


@pytest.mark.parametrize(("lang", "code", "said"), [("en", 32, "a space"), ("zh", 10, "换行")])
def test_a_space_or_a_new_line_is_said_in_words_not_as_its_mark(lang, code, said):
    at = open_page("generator", lang, generator_steps="1", generator_pick=f"0-{code}")  # picked by hand
    (step,) = at.session_state[REPLAY_KEY][1].steps
    assert step.char == chr(code)
    assert said_aloud(at) == t("generator.said", lang, step=1, char=said, p=f"{step.p:.1%}")
    assert "␣" not in said_aloud(at) and "↵" not in said_aloud(at)  # "open box", "downwards arrow …"


def out_of_range(lang: str, where: str, value: str, low: str, high: str, used: str) -> str:
    """The message under a number box whose typed value is outside its range (ui.number_box)."""
    said = t("input.out_of_range", lang, where=where, value=md_literal(value), low=low, high=high)
    return (" " if lang == "en" else "").join([said, t("input.kept", lang, used=used)])


@pytest.mark.parametrize("lang", LANGS)
def test_a_run_length_past_its_range_stays_in_the_box_is_explained_and_run_uses_the_last_good_one(lang):
    at = open_page("generator", lang)
    label = t("generator.run_n", lang, max=200)
    assert at.text_input(key="generator_run_n").label == label and "1–200" in label
    at.text_input(key="generator_run_n").input("7").run()
    at.text_input(key="generator_run_n").input("500").run()
    assert at.text_input(key="generator_run_n").value == "500"  # what was typed is not lost
    name = t("generator.run_n.name", lang)  # the label gives the range, and the message does too
    assert [e.value for e in at.error] == [out_of_range(lang, name, "500", "1", "200", "7")]
    assert at.button(key="generator_run").label == t("generator.run", lang, n=7)
    click(at, "generator_run")
    assert len(generated(at)) == 7
    at.text_input(key="generator_run_n").input("3").run()  # back in range: the message goes
    assert not at.error and at.button(key="generator_run").label == t("generator.run", lang, n=3)


@pytest.mark.parametrize("lang", LANGS)
def test_reset_clears_the_generated_text_and_history(lang):
    at = open_page("generator", lang)
    show(at, "generator.history", lang)
    at.text_input(key="generator_run_n").input("7").run()
    click(at, "generator_run")
    assert len(generated(at)) == 7 and history_rows(at) == 7
    click(at, "generator_reset")
    assert generated(at) == "" and history_rows(at) == 0
    assert "generator_steps" not in at.query_params


@pytest.mark.parametrize("lang", LANGS)
def test_greedy_from_humpty_du_with_the_trained_model_is_deterministic_across_runs(lang):
    texts = []
    for _ in range(2):
        at = open_page("generator", lang, generator_model="trained", generator_temperature="0")
        at.text_input(key="generator_run_n").input("10").run()
        click(at, "generator_run")
        texts.append(generated(at))
    # greedy always takes the top character: "Humpty Dumpty Dumpt…", the same every time
    assert texts[0] == texts[1] == "mpty Dumpt"


@pytest.mark.parametrize("lang", LANGS)
def test_article_example_greedy_writes_duu(lang):
    at = open_page("generator", lang, generator_temperature="0")
    click(at, "generator_step")
    assert generated(at) == "u"
    # drawn from (after T), the chosen one over it, the model's probabilities at T = 1 (an outline)
    fig = figure(at, "generator_bars")
    bars, chosen, _ = fig["data"]  # and the labels, an invisible layer
    assert chosen["x"] == ["u"] and chosen["y"] == pytest.approx([1.0])
    assert chosen["name"] == t("generator.chart.bars.chosen", lang)
    model = fig["layout"]["shapes"][:2]  # the model at T = 1: dashed outlines
    assert [s["x0"] for s in model] == ["u", "m"] and [s["y1"] for s in model] == pytest.approx([0.5, 0.45])
    assert bars["y"][:2] == pytest.approx([1.0, 0.0])  # greedy draws from all mass on "u"
    named = [s["name"] for s in fig["layout"]["shapes"] if s.get("showlegend")]
    assert named == [t("generator.chart.bars.article", lang)]  # the article's numbers, not the model's
    # The title quotes what the model read, the prompt's last characters, marked as a cut
    read = at.session_state["generator_last_good"].steps[-1].context
    assert len(read) < len("Humpty Du") and "Humpty Du".endswith(read)
    title = figure(at, "generator_bars")["layout"]["title"]["text"]
    assert title == t("generator.chart.bars.title", lang, context="…" + read.replace(" ", "␣"))
    click(at, "generator_step")  # after "Humpty Duu" the trained model speaks
    named = [s["name"] for s in figure(at, "generator_bars")["layout"]["shapes"] if s.get("showlegend")]
    assert named == [t("generator.chart.bars.model", lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_with_the_numbers_as_scores_the_outlines_are_named_as_scores(lang):
    at = open_page("generator", lang, generator_temperature="0", generator_as_scores="true")
    click(at, "generator_step")
    shapes = figure(at, "generator_bars")["layout"]["shapes"]
    assert [s["y1"] for s in shapes[:2]] == pytest.approx([0.386, 0.367], abs=1e-3)  # softmax of 0.5, 0.45
    named = [s["name"] for s in shapes if s.get("showlegend")]
    assert named == [t("generator.chart.bars.article.scores", lang)]  # not the article's 50 / 45 %


@pytest.mark.parametrize("lang", LANGS)
def test_step_shows_the_draw_and_marks_the_chosen_character(lang):
    at = open_page("generator", lang, generator_seed="7")
    click(at, "generator_step")
    char = generated(at)
    bars = figure(at, "generator_bars")["data"][0]
    shown = char.replace(" ", "␣").replace("\n", "↵")
    assert shown in bars["x"]
    cdf = figure(at, "generator_cdf")
    assert any(s.get("type") == "line" for s in cdf["layout"].get("shapes", []))  # the u line
    u = at.session_state["generator_last_good"].steps[0].u
    assert f"{u:.3f}" in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_choose_it_yourself_writes_the_picked_character(lang):
    at = open_page("generator", lang, generator_temperature="0")
    show(at, "generator.pick.title", lang)
    options = at.selectbox(key="generator_pick_choice").options
    assert len(options) > 15
    vocab_u = at.session_state["generator_last_good"]  # no steps yet: prompt only
    assert vocab_u.text == "Humpty Du"
    m_index = [o for o in options if o.startswith("m ")][0]
    at.selectbox(key="generator_pick_choice").set_value(options.index(m_index))
    at.selectbox(key="generator_pick_choice").select_index(options.index(m_index)).run()
    click(at, "generator_pick_button")
    assert generated(at) == "m"
    assert at.query_params["generator_pick"] == f"0-{ord('m')}"
    click(at, "generator_step")  # greedy continues from the picked path
    assert generated(at) == "mp"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("prompt", ["", "Hüm€ty", "a" * 10_000])
def test_bad_prompt_shows_a_message_and_keeps_the_generated_text(lang, prompt):
    at = open_page("generator", lang)
    click(at, "generator_step")
    click(at, "generator_step")
    before = generated(at)
    at.text_input(key="model_prompt").set_value(prompt).run()
    assert not at.exception
    assert at.error, "a message is shown"
    assert at.text_input(key="model_prompt").value == prompt  # what the user typed is kept
    assert generated(at) == before  # the text is kept
    assert at.button(key="generator_step").disabled
    at.text_input(key="model_prompt").set_value("Humpty Du").run()
    assert generated(at) == before and not at.error


@pytest.mark.parametrize("lang", LANGS)
def test_unknown_characters_are_named_in_the_message(lang):
    at = open_page("generator", lang)
    at.text_input(key="model_prompt").set_value("Hüm€ty").run()
    message = at.error[0].value
    listed = "“ü”, “€”" if lang == "en" else "“ü”、“€”"  # a Chinese list takes 、
    assert message == t("model.err.unknown_chars", lang, chars=listed, n=2)
    # where the draws would stand, before the model switch and the seed (it came after them)
    order = list(in_order(at.main))
    position = next(i for i, e in enumerate(order) if e.type == "error" and e.value == message)
    assert position < next(i for i, e in enumerate(order) if getattr(e, "key", None) == "generator_model")
    at.text_input(key="model_prompt").set_value("Hum\u200bpty").run()  # a zero-width space shows nothing:
    assert "U+200B" in at.error[0].value  # its code point is the only way to name it
    at.text_input(key="model_prompt").set_value("Hume\u0301").run()  # an accent on its own, the same
    assert "U+0301" in at.error[0].value and "“\u0301”" not in at.error[0].value


@pytest.mark.parametrize("lang", LANGS)
def test_a_shared_url_reproduces_the_same_text(lang):
    query = {
        "generator_seed": "123",
        "generator_temperature": "1.6",
        "model_choice": "add_k",
        "model_context": "3",
        "model_smoothing": "0.2",
    }
    at = open_page("generator", lang, **query)
    at.text_input(key="generator_run_n").input("12").run()
    click(at, "generator_run")
    text = generated(at)
    shared = {k: at.query_params[k] for k in at.query_params if k != "lang"}
    assert shared["generator_steps"] == "12"
    assert {"generator_seed", "generator_temperature", "model_context", "model_smoothing"} <= set(shared)
    again = open_page("generator", lang, **shared)
    assert generated(again) == text


@pytest.mark.parametrize("lang", LANGS)
def test_bad_url_steps_are_ignored_with_a_notice(lang):
    at = open_page("generator", lang, generator_steps="<script>", generator_pick="x-y")
    assert generated(at) == ""
    assert t("generator.err.bad_url", lang) in all_text(at)


def test_url_steps_written_in_another_notation_are_read_as_the_number_they_mean():
    at = open_page("generator", "en", generator_steps="１２")
    assert len(generated(at)) == 12


@pytest.mark.parametrize("lang", LANGS)
def test_play_switches_to_stop_and_steps_on_each_timed_rerun(lang):
    at = open_page("generator", lang)
    click(at, "generator_play")
    assert at.button(key="generator_stop").label == t("generator.stop", lang)
    assert at.button(key="generator_stop").proto.icon == ":material/stop:"  # an icon, not "■" read aloud
    n = len(generated(at))
    at.run()  # what the timer does
    assert len(generated(at)) == n + 1
    click(at, "generator_stop")
    assert at.button(key="generator_play").label == t("generator.play", lang)
    assert at.button(key="generator_play").proto.icon == ":material/play_arrow:"
    m = len(generated(at))
    at.run()
    assert len(generated(at)) == m


def _labelled(at, key: str):
    """The button whose label is the catalog's ``key`` (Play and Stop are told apart by what they say)."""
    (button,) = [b for b in at.button if b.label == t(key, "en")]
    return button


def test_a_second_stop_from_a_screen_not_yet_redrawn_does_not_start_play_again():
    """On a busy server a visitor can click Stop twice before the page shows Play: the browser
    sends the second click from the screen it still shows. It must stop, not start Play again
    (one button flipping Play/Stop ran the callback the server had registered for Play: a full
    CI run saw Stop never take)."""
    at = open_page("generator", "en")
    _labelled(at, "generator.play").click().run()
    stop = _labelled(at, "generator.stop")
    stop.click().run()
    shown = {b.label for b in at.button}
    assert t("generator.play", "en") in shown and t("generator.stop", "en") not in shown
    stop.click().run()  # the same click again, from the screen the browser had not redrawn yet
    assert not at.exception, [e.message for e in at.exception]
    assert _labelled(at, "generator.play").label == t("generator.play", "en")  # still stopped
    n = len(generated(at))
    at.run()  # what the timer would do, were it still on
    assert len(generated(at)) == n


def test_play_leaves_the_address_bar_alone_but_the_copied_link_and_stop_give_the_count():
    """While Play runs no run writes the link (a write could take out a slider just moved: see
    ``state.sync_url``); the Copy-link box still gives the steps and picks on screen, even
    when the address bar has lost them (a page switch and back empties it), and Stop writes them."""
    at = open_page("generator", "en", generator_steps="2", generator_pick="1-97")  # 2nd character: a
    click(at, "generator_play")
    n = len(generated(at))
    at.run()  # what the timer does
    at.run()
    assert len(generated(at)) == n + 2 > 2 and generated(at)[1] == "a"
    assert at.query_params["generator_steps"] in ("2", ["2"])  # as Play found it
    del at.query_params["generator_pick"]
    at.session_state["share_link"] = True  # the visitor opens "Copy link"
    at.run()
    n = len(generated(at))  # the popover's run also takes a step (it reruns the whole page)
    (link,) = [c.value for c in at.code]
    shared = dict(parse_qsl(link.split("?", 1)[1]))
    assert shared["generator_steps"] == str(n) and shared["generator_pick"] == "1-97"
    click(at, "generator_stop")
    assert at.query_params["generator_steps"] in (str(n), [str(n)])
    assert at.query_params["generator_pick"] in ("1-97", ["1-97"])


def test_play_stops_at_the_last_step_and_writes_the_count():
    at = open_page("generator", "en", generator_steps=str(MAX_STEPS - 2))
    click(at, "generator_play")
    for _ in range(3):  # what the timer does, once more than there are steps left
        at.run()
    assert len(generated(at)) == MAX_STEPS
    assert at.button(key="generator_play").label == t("generator.play", "en")  # Play has stopped
    assert at.query_params["generator_steps"] in (str(MAX_STEPS), [str(MAX_STEPS)])


@pytest.mark.parametrize("lang", LANGS)
def test_every_visible_string_is_translated(lang):
    at = open_page("generator", lang)
    click(at, "generator_step")
    text = all_text(at)
    assert t("generator.intro", lang) in text
    if lang == "zh":
        assert "Characters generated" not in text and "Step history" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_choose_it_yourself_offers_the_current_positions_likeliest_character_after_each_step(lang):
    at = open_page("generator", lang, generator_model="trained", generator_temperature="0")
    show(at, "generator.pick.title", lang)
    box = at.selectbox(key="generator_pick_choice")
    assert box.index == 0 and box.options[0].startswith("m ")  # after "Humpty Du"
    for _ in range(3):
        click(at, "generator_step")
        box = at.selectbox(key="generator_pick_choice")
        # Greedy just took the top character, so the box's choice is the new position's top one,
        # shown with the new position's probability: never the earlier step's leftover.
        assert box.index == 0, (box.index, box.options[:3])
    assert generated(at) == "mpt"
    assert not box.options[0].startswith("m ")


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_open_view_is_drawn_and_the_history_table_has_typed_columns(lang):
    at = open_page("generator", lang, generator_model="trained", generator_temperature="0")
    charts = [c.proto.id.split("-")[-1] for c in at.get("plotly_chart")]
    assert charts == ["generator_bars", "generator_cdf"]  # the draw: the first view; the text is HTML
    assert not at.dataframe and "generator_view" not in at.query_params
    click(at, "generator_step")
    click(at, "generator_step")
    show(at, "generator.history", lang)
    assert not at.get("plotly_chart")
    assert at.query_params["generator_view"] in ("history", ["history"])
    table = at.dataframe[0].value
    assert list(table.columns) == [t(f"generator.col.{c}", lang) for c in HISTORY_TYPES]
    assert table[t("generator.col.step", lang)].tolist() == [1, 2]
    assert "".join(table[t("generator.col.char", lang)]) == generated(at) == "mp"
    assert table[t("generator.col.u", lang)].isna().all()  # greedy draws no u
    assert (table[t("generator.col.p", lang)] > 0.3).all()
    shown = json.loads(at.dataframe[0].proto.columns)  # exact numbers, rounded on screen
    assert shown[t("generator.col.p", lang)]["type_config"]["format"] == "%.4f"
    assert shown[t("generator.col.entropy", lang)]["type_config"]["format"] == "%.3f"
    # a word like "entropy" or "r" over a column says what it is when pointed at (its header's help)
    helps = {c: shown[t(f"generator.col.{c}", lang)].get("help") for c in ("p", "p_t", "u", "entropy")}
    assert helps == {c: t(f"generator.col.{c}.help", lang) for c in helps}


def test_history_csv_has_a_bom_the_headers_and_no_formulas():
    table = pa.table(
        {"步": pa.array([1, 2]), "context": pa.array(["-1+1", "=A1"]), "u": pa.array([None, 0.25])}
    )
    text = history_csv(table).decode("utf-8")
    assert text.startswith("\ufeff")
    assert text[1:].splitlines() == ["步,context,u", "1,'-1+1,", "2,'=A1,0.25"]


@pytest.mark.parametrize("lang", LANGS)
def test_history_shows_a_dash_not_none_where_a_character_was_picked_by_hand(lang):
    at = open_page("generator", lang, generator_steps="2", generator_pick=f"0-{ord('m')}")
    show(at, "generator.history", lang)
    table = at.dataframe[0].value
    how, u = table[t("generator.col.how", lang)].tolist(), table[t("generator.col.u", lang)]
    assert how == [t("generator.how.picked", lang), t("generator.how.sample", lang)]
    assert u.isna().tolist() == [True, False]  # the picked step drew no random number
    assert at.dataframe[0].proto.placeholder == "—"  # what the grid shows for it, instead of "None"


def test_a_prompt_shorter_than_the_models_window_is_quoted_whole_in_the_chart_title():
    at = open_page("generator", "en", model_prompt="Jack")
    click(at, "generator_step")
    title = figure(at, "generator_bars")["layout"]["title"]["text"]
    assert title == t("generator.chart.bars.title", "en", context="Jack")  # no "…": nothing was cut


def test_draws_of_another_prompt_say_what_their_shading_means_without_the_dumpty_mark():
    at = open_page("generator", "en", model_prompt="Jack and J")
    captions = " ".join(c.value for c in at.caption)
    assert t("generator.fan.shade", "en") in captions and t("generator.fan.key", "en") not in captions
    assert t("generator.fan.article", "en", prompt=md_literal("Humpty Du")) not in captions
