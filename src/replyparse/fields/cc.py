"""抄送 (and 抄报 / 报) lines: the bodies copied, in order."""

from __future__ import annotations

import re

from replyparse.context import Context, Item, Spanned
from replyparse.layout import CC_LINE, cc_list_end
from replyparse.model import Letter, Span
from replyparse.textview import Line, TextView

_SPLIT = re.compile(r"[，,、；;\s]+")
_TRAIL = "。.；;，,"


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
        if not m:
            continue
        written, (base, _) = view.source(line.start + m.end(), lines[cc_list_end(lines, i)].end)
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


def extract(ctx: Context) -> list[Item]:
    return [CopiedTo(text, span) for text, span in find_cc(ctx.view, ctx.view.content_lines)]
