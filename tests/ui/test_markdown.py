"""The one Markdown escaper: punctuation that Markdown, LaTeX, directives or HTML would read is escaped."""

import string

from ui.markdown import md_literal


def test_every_ascii_punctuation_mark_is_escaped_and_other_text_is_kept():
    assert md_literal(string.punctuation) == "".join("\\" + ch for ch in string.punctuation)
    assert md_literal("**y** $z$ :red[x] <b>") == r"\*\*y\*\* \$z\$ \:red\[x\] \<b\>"
    assert md_literal("Humpty Dumpty 叶子，花。é") == "Humpty Dumpty 叶子，花。é"
