"""Every content line of some views, and each line's parts between gaps: the lines the
layout's fast-path tests compare gates on."""

from __future__ import annotations

from collections.abc import Iterable

from replyparse.elements import gap_parts
from replyparse.textview import Line, TextView

Lines = list[tuple[TextView, Line]]


def lines_and_parts(views: Iterable[TextView]) -> Lines:
    """Each content line of each view, then its parts between gaps when it has several."""
    out: Lines = []
    for view in views:
        for line in view.content_lines:
            out.append((view, line))
            parts = gap_parts(view, line)
            if len(parts) > 1:
                out.extend((view, part) for part in parts)
    return out
