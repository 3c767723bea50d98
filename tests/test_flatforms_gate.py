"""form_lines' length gate before a seed's last character: a line longer than a bare label
can fill is never one, so skipping it is exact (replyparse.flatforms)."""

from __future__ import annotations

import pytest

from goldsets import all_letters
from replyparse.flatforms import _BARE_LONGEST, bare_label
from replyparse.textview import TextView

LINES = [
    "办理类型\nB\n建议编号\n2024085",
    "【（答复内容）】\n关于某某问题的答复",
    "（（（（（（（（（（（（（（（（（（（（（（（（（（（（办理类型\nB",
    "联系人\n某某\n联系电话：12345678901",
]


@pytest.mark.parametrize("text", LINES + [g.text() for g in all_letters()])
def test_a_long_line_is_no_bare_label(text: str) -> None:
    view = TextView(text)
    for line in view.content_lines:
        if len(line.text) > _BARE_LONGEST:
            assert not bare_label(view, line, colon=False)
