"""The one Markdown escaper: user or generated text shown through st.markdown, st.error or a metric."""

from __future__ import annotations


def md_literal(text: str) -> str:
    """Text made literal for Markdown: every ASCII punctuation mark backslash-escaped (CommonMark
    allows it for all of them), so no label or generated text is read as formatting, LaTeX ($),
    a directive (:red[…]) or HTML (<b>)."""
    return "".join(
        "\\" + ch if ch.isascii() and not ch.isalnum() and ch.isprintable() and ch != " " else ch
        for ch in text
    )
