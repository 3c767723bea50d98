"""抄送 (and 抄报 / 报) lines: the bodies copied, in order."""

from __future__ import annotations

import re

from replyparse.textview import Line, TextView

_CC_LINE = re.compile(r"^(?:抄送|抄报|报送|报)：")
_SPLIT = re.compile(r"[，,、；;\s]+")
_TRAIL = "。.；;，,"


def find_cc(view: TextView, lines: tuple[Line, ...]) -> list[str]:
    """Bodies named on the 抄送 lines, split at ，、 or spaces, without the final 。."""
    out: list[str] = []
    for i, line in enumerate(lines):
        m = _CC_LINE.match(line.text)
        if not m:
            continue
        start = line.start + m.end()
        end = line.end
        # a list that ends with ， or 、 continues on the next line
        j = i
        while view.norm[end - 1 : end] in ("，", "、") and j + 1 < len(lines):
            j += 1
            end = lines[j].end
        written, _ = view.source(start, end)
        for part in _SPLIT.split(written):
            part = part.strip().rstrip(_TRAIL).strip()
            if part:
                out.append(part)
    return out
