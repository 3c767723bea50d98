"""抄送 (and 抄报 / 报) lines: the bodies copied, in order.

The list opens a line (``抄送：甲委，乙办，`` goes on over the next line when it ends with
，or 、), or, where a copy joined the closing lines, stands inside one after what ends the
element before it: ``…2021年5月6日 抄送：甲委。``, ``…电话：0000-5550123抄送：…``.
"""

from __future__ import annotations

import re

from replyparse.context import Context, Item, Spanned
from replyparse.layout import CC_LINE, cc_list_end
from replyparse.model import Letter, Span
from replyparse.textview import Line, TextView

_SPLIT = re.compile(r"[，,、；;\s]+")
_TRAIL = "。.；;，,"
# 抄送：/抄报： inside a line (报： alone is a word too often: 汇报：, 情况报：).
_MID_LINE = re.compile(r"(?:抄送|抄报)：")
# What may end the element before a 抄送 that runs on inside a line.
_ENDS_ELEMENT = "。；日）"


class CopiedTo(Spanned[str]):
    """One body on the 抄送 list, as written, without the final 。."""

    def place(self, letter: Letter) -> None:
        letter.cc.append(self.value)
        letter.cc_spans.append(self.span)


def find_cc(view: TextView, lines: tuple[Line, ...]) -> list[tuple[str, Span]]:
    """Bodies named on the 抄送 lines, split at ，、 or spaces, without the final 。."""
    out: list[tuple[str, Span]] = []
    for i, line in enumerate(lines):
        m = CC_LINE.match(line.text)
        if m:
            start, last = line.start + m.end(), lines[cc_list_end(lines, i)].end
        elif (inside := _mid_line(view, line)) is not None:
            start, last = inside, line.end
        else:
            continue
        written, (base, _) = view.source(start, last)
        pos = 0
        for part in _SPLIT.split(written):
            at = pos
            pos += len(part)
            if (gap := _SPLIT.match(written, pos)) is not None:
                pos = gap.end()
            lead = len(part) - len(part.lstrip())
            name = part.strip().rstrip(_TRAIL).strip()
            if name:
                out.append((name, (base + at + lead, base + at + lead + len(name))))
    return out


def _mid_line(view: TextView, line: Line) -> int | None:
    """Where the list of a 抄送 that runs on inside ``line`` starts (after its ：)."""
    for m in _MID_LINE.finditer(line.text):
        at = line.start + m.start()
        if m.start() == 0:
            return None
        before = line.text[m.start() - 1]
        if before in _ENDS_ELEMENT or before.isdigit() or view.origin[at] - view.origin[at - 1] > 1:
            return line.start + m.end()
    return None


def extract(ctx: Context) -> list[Item]:
    return [CopiedTo(text, span) for text, span in find_cc(ctx.view, ctx.view.content_lines)]
