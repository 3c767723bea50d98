"""A letter whose colons a copy or an input method typed as look-alikes of ``：`` (the
ratio sign ``∶``, the vertical two-dot leader ``︰``, the small colon ``﹕``): the view reads
each as ``：``, so the labels of the head and the closing (办理类型, 公开属性, 联系人, 联系电话,
抄送) and the salutation's colon are read as in a clean copy; the salutation is kept as
written. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from spans import span_problems

LETTER = (
    "某县教育局\n\n某教函〔2024〕21号\n办理类型{c}A\n公开属性{c}主动公开\n\n"
    "某县教育局关于县十八届人大三次会议第15号建议的答复\n\n王某代表{c}\n"
    "    您提出的建议收悉，现答复如下：\n    我局已落实。\n\n"
    "联系人{c}赵某    联系电话{c}0000-5550123\n\n某县教育局\n2024年5月20日\n\n"
    "抄送{c}县人大常委会人代工委，县政府办公室。\n"
)

COLONS = [
    pytest.param("∶", id="ratio"),
    pytest.param("︰", id="two-dot-leader"),
    pytest.param("﹕", id="small-colon"),
    pytest.param("：", id="full-width-as-ever"),
]


@pytest.mark.parametrize("colon", COLONS)
def test_colon_look_alikes_read_as_the_colon(colon: str) -> None:
    record = parse_text(LETTER.format(c=colon), keywords=False)
    assert (record.handling_type, record.public) == ("A", True)
    assert record.salutation == "王某代表" + colon
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]
    assert [(c.name, c.phone) for c in record.contacts] == [("赵某", "0000-5550123")]
    assert record.cc == ["县人大常委会人代工委", "县政府办公室"]
    assert span_problems(record) == []


@pytest.mark.parametrize("colon", ["∶", "︰", "﹕"])
def test_the_view_reads_the_colon(colon: str) -> None:
    view = TextView(f"比例尺1{colon}500")
    assert view.norm == "比例尺1：500"
    assert view.original == f"比例尺1{colon}500"
