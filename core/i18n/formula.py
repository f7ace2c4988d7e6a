"""Texts of the page: How softmax works (article section 03): the worked example and why the exponential."""

TEXTS: dict[str, dict[str, str]] = {}
