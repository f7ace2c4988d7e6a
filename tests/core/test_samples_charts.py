"""The sampled-text blocks (compare and learn pages): escaped, and every character kept in order."""

from core.charts.samples import Group, Line, samples_html


def test_samples_html_escapes_a_script_prompt_and_continuation():
    out = samples_html([Group("<b>title</b>", (Line("<script>alert(1)</script>", "a & <i>b</i>\nc"),))])
    assert "<script>" not in out and "<i>" not in out and "<b>title" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "a &amp; &lt;i&gt;b&lt;/i&gt;" in out
    assert "↵" in out  # the line break is shown, not dropped


def test_samples_html_keeps_every_character_of_prompt_and_continuation_in_order():
    out = samples_html([Group("g", (Line("Humpty Du", "mpty sat", loop_start=4), Line("Hi", "ya")))])
    assert out.index("Humpty Du") < out.index("mpty") < out.index("⟲") < out.index("sat") < out.index(">ya<")
    assert out.count('class="cmp-line"') == 2
    assert 'class="cmp-n">2<' in out  # several lines are numbered
