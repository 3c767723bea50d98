"""标题: the title lines joined, whitespace removed, as written."""

from __future__ import annotations

from replyparse.textview import Line, TextView


def find_title(view: TextView, lines: tuple[Line, ...]) -> str | None:
    if not lines:
        return None
    return "".join(view.written(line.start, line.end).replace(" ", "") for line in lines) or None
