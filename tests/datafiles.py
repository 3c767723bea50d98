"""A package data file's entries read as written (``src/replyparse/data/NAME.txt``: each line
neither blank nor a ``#`` comment), apart from :mod:`replyparse.vocab`, for the tests that a
module reads its vocabulary from its file."""

from __future__ import annotations

from importlib import resources


def entries(name: str) -> list[str]:
    """The entries of ``data/NAME.txt`` in file order."""
    text = resources.files("replyparse.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return [s for s in map(str.strip, text.splitlines()) if s and not s.startswith("#")]
