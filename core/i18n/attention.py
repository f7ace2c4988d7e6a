"""Texts of the page: Softmax in attention (article section 04): weights over the words a word looks at."""

TEXTS: dict[str, dict[str, str]] = {}
