"""The legend of the handling classes a page prints under the closing's date (``注：办复类别共
分ABC三类。`` and ``A类——…；`` lines, sentences all): notes under the date, which hide no
signature, and give no class of their own (dev36). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = """关于区某届人大某次会议第12号建议的答复
王某代表：
您提出的关于加强某某管理的建议收悉。现答复如下：
一、我局已开展专项整治。
感谢您对我们工作的关心和支持。
某区某局
办复类别：B类
联系电话：0000-5550123
联 系 人：李某
2024年7月28日
"""
NOTE = "注：办复类别共分ABC三类。\n"
LEGEND = (
    "A类——所提问题已经解决或基本解决；\n"
    "B类——所提问题正在解决或列入计划解决；\n"
    "C类——所提问题因条件限制暂不能解决。\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(NOTE + LEGEND, id="note-and-legend"),
        pytest.param(NOTE, id="note-alone"),
        pytest.param(LEGEND.replace("——", "："), id="legend-with-colons"),
    ],
)
def test_a_class_legend_under_the_date_hides_no_signature(tail: str) -> None:
    record = parse_text(LETTER + tail)
    assert (record.signature.issuer, record.signature.date) == ("某区某局", "2024-07-28")
    assert record.handling_type == "B"
    assert span_problems(record) == []


def test_a_paragraph_under_the_date_still_hides_it() -> None:
    record = parse_text(LETTER + "我局将继续加强管理，确保取得实效，请您继续关心支持我们的工作。\n")
    assert record.signature.date is None
