"""抄送 (and 抄报 / 报) lines: the bodies copied, in order."""

from __future__ import annotations

import re

from replyparse.layout import CC_LINE, cc_list_end
from replyparse.textview import Line, TextView

_SPLIT = re.compile(r"[，,、；;\s]+")
_TRAIL = "。.；;，,"


def find_cc(view: TextView, lines: tuple[Line, ...]) -> list[str]:
    """Bodies named on the 抄送 lines, split at ，、 or spaces, without the final 。."""
    out: list[str] = []
    for i, line in enumerate(lines):
        m = CC_LINE.match(line.text)
        if not m:
            continue
        written, _ = view.source(line.start + m.end(), lines[cc_list_end(lines, i)].end)
        for part in _SPLIT.split(written):
            part = part.strip().rstrip(_TRAIL).strip()
            if part:
                out.append(part)
    return out
