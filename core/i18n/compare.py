"""Texts of the compare page (see core/i18n/__init__.py for the format)."""

TEXTS: dict[str, dict[str, str]] = {}
