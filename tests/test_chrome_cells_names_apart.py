"""A page's cells flattened before a salutation whose names are parted by blanks, a site's
font tool in its own words, and a cell line a hard-wrapped copy broke (snippets written
here, names and numbers invented).

A page prints empty cells (``作者：`` ``来自：``) and its date under the title, then the names
of the salutation parted by blanks (``刘某华 徐某明 郑 洁 赵某兰委员：``, a two-character
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

_TITLE = "某区住房和城乡建设局关于对区政协九届二次会议第41号提案的答复(关于改造某街老旧管网的建议)"
_CELLS = ["作者:", "来自:", "时间:2024-10-18"]
_NAMES = "刘建华 徐卫明 郑 洁 孙立军 何 丽 赵玉兰委员:"
_BODY = [
    "您们提出的提案《关于改造某街老旧管网的建议》已收悉,谢谢您们对城市建设的关心,现答复如下:",
    "经查,某街管网改造已列入明年计划,待资金落实后实施。",
    "联系人:李某 联系电话:0000-0000000",
    "某区住房和城乡建设局",
    "2024年10月18日",
]
_ALL = [
    ("刘建华", "委员"),
    ("徐卫明", "委员"),
    ("郑洁", "委员"),
    ("孙立军", "委员"),
    ("何丽", "委员"),
    ("赵玉兰", "委员"),
]


def _read(text: str):  # type: ignore[no-untyped-def]
    record = parse_text(text)
    assert span_problems(record) == []
    return record


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_names_parted_by_blanks_after_the_cells(separator: str) -> None:
    record = _read(separator.join([_TITLE, *_CELLS, _NAMES, *_BODY]) + "\n")
    assert [(a.name.replace(" ", ""), a.role) for a in record.addressees] == _ALL
    assert record.title == _TITLE.split("(")[0]  # (the note in brackets feeds proposal.title)


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_unpadded_names_parted_by_blanks(separator: str) -> None:
    names = _NAMES.replace("郑 洁", "郑小洁").replace("何 丽", "何小丽")
    record = _read(separator.join([_TITLE, *_CELLS, names, *_BODY]) + "\n")
    assert [a.name for a in record.addressees] == [
        "刘建华",
        "徐卫明",
        "郑小洁",
        "孙立军",
        "何小丽",
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
    "某市交通运输局对市十届人大三次会议第58号建议答复的函",
    "www.example.gov.cn 发布时间:2022-07-08 来源:中共某某市委目标绩效办 选择阅读字号:[ 大 中 小 ] 阅读次数:",
    "XXX代表:",
    "您提出的《关于增设某某公交线路的建议》(第58号建议)收悉,现答复如下:",
    "近年来,随着城区东扩和新建小区陆续交付,居民出行需求明显增加,我局已会同公交公司对东部片区客流开展了调查,"
    "并据此编制了线路优化方案。方案拟新增一条连接新区与老城的线路,同时调整两条既有线路的走向。",
    "目前,新线路所需车辆已完成采购,站点设置已征求沿线街道和社区意见,计划于2022年9月前开通运营,"
    "开通后我局将持续跟踪客流变化,适时加密班次。",
    "感谢您对交通运输工作的关心和支持!",
    "某市交通运输局",
    "2022年7月8日",
]


def test_font_tool_in_the_sites_words_is_chrome() -> None:
    record = _read("\n".join(_PAGE) + "\n")
    assert record.title == _PAGE[0]
    assert record.issuer == "某市交通运输局"


def test_a_wrapped_cell_line_is_chrome() -> None:
    record = _read(_wrapped(_PAGE))
    assert record.title == _PAGE[0]
    assert record.issuer == "某市交通运输局"
    assert record.proposal.session == "市十届人大三次会议"


def test_font_tool_alone_under_the_title() -> None:
    lines = [_PAGE[0], "选择阅读字号:[ 大 中 小 ]", *_PAGE[2:]]
    record = _read("\n".join(lines) + "\n")
    assert record.title == _PAGE[0]
