"""A letter whose colons a copy or an input method typed as look-alikes of ``：`` (the
ratio sign ``∶``, the vertical two-dot leader ``︰``, the small colon ``﹕``): the view reads
each as ``：``, so the labels of the head and the closing (办理类型, 公开属性, 联系人, 联系电话,
抄送) and the salutation's colon are read as in a clean copy; the salutation is kept as
written. Likewise the look-alikes of the enumeration comma ``、`` (``丶``, ``﹑``, ``､``):
section markers, names and 抄送 bodies part at them. Snippets invented."""

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


# The enumeration comma 、 typed as a look-alike (the radical 丶 an input method offers,
# the small ﹑, the half-width ､): section markers, a salutation's names and a 抄送 list
# part at it as at 、.
DUN_LETTER = (
    "某县教育局关于某事的答复\n\n王某{d}李某代表：\n    您提出的建议收悉，现答复如下：\n"
    "    一{d}加强队伍建设\n    我局已培训教师。\n    二{d}改善办学条件\n    我局将投入资金。\n"
    "    感谢您的关心。\n\n某县教育局\n2024年5月20日\n\n抄送：县人大{d}县政府。\n"
)


@pytest.mark.parametrize("dun", ["丶", "﹑", "､", "、"])
def test_dun_look_alikes_part_as_dun(dun: str) -> None:
    record = parse_text(DUN_LETTER.format(d=dun), keywords=False)
    assert [(s.marker, s.number, s.heading) for s in record.sections] == [
        (f"一{dun}", 1, "加强队伍建设"),
        (f"二{dun}", 2, "改善办学条件"),
    ]
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表"), ("李某", "代表")]
    assert record.cc == ["县人大", "县政府"]
    assert span_problems(record) == []
