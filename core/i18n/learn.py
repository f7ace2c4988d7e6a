"""Texts of the page: Watch it learn: a tiny neural network trained live with softmax and its loss."""

TEXTS: dict[str, dict[str, str]] = {}
