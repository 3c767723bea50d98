"""A flattened head that lost its line breaks with nothing in their place (snippets written
here, names and numbers invented).

A copy that joins a page's lines with nothing glues the page's date and clock after the
title (``…的答复2022-07-05 09:15王某委员：``), its dated note after it
(``…的答复（发布于：2021-09-26 14:10）``), and the marks a page prints over the title one
to a line before it: a class's letter alone over the publication value
(``A同意公开某水提〔2021115``), the class and the value each in brackets
(``〔A〕〔公开〕某林函〔2022〕2号关于…``), a damaged 发文字号 with the class's letter glued to
its serial (``某公交提字〔202302A关于…``). Each is a line of its own: the title keeps its
words only, the marks and the number are read, the salutation after the clock is found.
The page's tools glued to the first mark are chrome (``字号：大 中某函…``, ``字号：[大中小]〔A〕…``,
``分享到：某函〔2020740王某代表：``). Near misses: a date cited inside the title stays, a
class's letter that no publication value follows is no mark.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "对政协某州十三届一次会议第17号提案的答复"
_REST = (
    "王某委员：您提出的《关于加快某村道路建设的提案》收悉，现答复如下：一、我局已安排资金8万元。"
    "二、下一步将加强巡查。感谢您对我们工作的关心和支持。某州交通运输局2022年7月1日"
)
# a page's body long enough that its head is read as a page's (chrome over the letter)
_LONG_REST = _REST.replace(
    "一、", "一、我局高度重视，组织人员实地查看，研究解决办法，落实资金。" * 3 + "一、"
)


@pytest.mark.parametrize(
    "stamp",
    ["2022-07-05 09:15", "2022-07-0509:15", "2022-07-05 09:15:30", "2022/7/5 09:15"],
)
def test_page_date_and_clock_after_the_title(stamp: str) -> None:
    record = parse_text(f"{_TITLE}{stamp}{_REST}")
    assert record.title == _TITLE
    assert record.salutation == "王某委员："
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "委员")]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "note",
    [
        "（发布于：2021-09-26 14:10）",
        "(发布于:2021-09-26 14:10)",
        "（发布于：2021-09-26 14:10:05）",
    ],
)
def test_dated_note_after_the_title(note: str) -> None:
    title = "某县公安局" + _TITLE
    record = parse_text(f"{title}{note}尊敬的{_REST}")
    assert record.title == title
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "委员")]


def test_class_letter_over_the_publication_value() -> None:
    record = parse_text(
        "对省政协十二届四次会议第29号提案的会办意见A同意公开某水提〔2021115省交通运输厅："
        "王某委员提出的《关于加快某某建设的建议》收悉。经研究，现将会办意见函告如下："
        "一、我厅将认真研究。某省水利厅2021年7月1日"
    )
    assert record.title == "对省政协十二届四次会议第29号提案的会办意见"
    assert record.handling_type == "A"
    assert record.public is True
    assert record.doc_number is not None and record.doc_number.text == "某水提〔2021115"
    assert span_problems(record) == []


@pytest.mark.parametrize("lead", ["", "字号：[大中小]"])
def test_bracketed_class_and_value_before_the_number(lead: str) -> None:
    title = "关于某区第二届人大一次会议第23号建议答复的函"
    record = parse_text(f"{lead}〔A〕〔公开〕某林函〔2022〕2号{title}{_LONG_REST}")
    assert record.title == title
    assert record.handling_type == "A"
    assert record.public is True
    assert record.doc_number is not None and record.doc_number.text == "某林函〔2022〕2号"


@pytest.mark.parametrize(
    "lead", ["", "关于某市政协十一届二次会议第12号提案的答复来源: 日期: 【字号:大 中"]
)
def test_damaged_number_with_its_class_letter_before_the_title(lead: str) -> None:
    title = "关于某市政协十一届二次会议12号提案的答复"
    record = parse_text(f"{lead}某公交提字〔202302A{title}{_LONG_REST}")
    assert record.title == title
    assert record.handling_type == "A"
    assert record.doc_number is not None and record.doc_number.text == "某公交提字〔202302"


def test_share_tool_before_a_damaged_number() -> None:
    title = "某省林业局对省十三届人大三次会议第33号建议答复的函"
    record = parse_text(
        f"{title}发布日期:2020-11-13 来源: 作者: 字体:分享到:某林建函〔2020740{_LONG_REST}"
    )
    assert record.title == title
    assert record.doc_number is not None and record.doc_number.text == "某林建函〔2020740"
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "委员")]


def test_clock_alone_under_the_title_is_no_title() -> None:
    record = parse_text(f"{_TITLE}\n发布时间：2022/7/5\n16:31:56\n{_REST}")
    assert record.title == _TITLE


def test_a_cited_date_inside_the_title_stays() -> None:
    # near miss: the date is the title's own words
    title = "关于落实2022-07-05会议精神的建议的答复"
    record = parse_text(f"{title}{_REST}")
    assert record.title == title


def test_a_class_letter_without_a_value_after_it_is_no_mark() -> None:
    # near miss: a letter no publication value follows stays where it stands
    title = "关于建设A级景区的建议的答复"
    record = parse_text(f"{title}{_REST}")
    assert record.title == title
    assert record.handling_type is None


@pytest.mark.parametrize("label", ["答复内容", "正文内容", "创建时间正文内容"])
def test_content_label_between_title_and_names(label: str) -> None:
    # the page's label of the reply's text, its colon lost, glued before the names
    title = "关于区二届人大一次会议第35号建议的答复"
    record = parse_text(f"{title}{label}{_REST.replace('委员', '代表', 1)}")
    assert record.title == title
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]


def test_masked_number_between_title_and_names() -> None:
    title = "某街道办事处关于区第十七届人大四次会议第3027号代表建议答复的函"
    record = parse_text(f"{title}某街函〔2024〕**号郭某{_REST[2:]}")
    assert record.title == title
    assert record.doc_number is not None and record.doc_number.text == "某街函〔2024〕**号"
    assert [(a.name, a.role) for a in record.addressees] == [("郭某", "委员")]


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        ("承办单位卫生局协办单位办理状态已办结办理结果县政府：", "县政府"),
        ("承办单位某县卫生局办理状态已办结办理结果王某代表：", "王某"),
    ],
)
def test_form_rows_glued_before_the_names(rows: str, name: str) -> None:
    # a form's rows, their colons lost, glued before the salutation: no name holds a label
    record = parse_text(
        f"关于加快某村道路建设的建议提案委员县政府{rows}"
        "您提出的《关于加快某村道路建设的建议》已收悉，现答复如下：一、我局已安排资金8万元。"
        "感谢您对我们工作的关心和支持。某县卫生局2015年9月17日"
    )
    assert [a.name for a in record.addressees] == [name]


def test_a_role_written_first_still_opens_the_names() -> None:
    # near miss: 领衔代表 is a label that opens the names, no form's row before them
    record = parse_text(
        "关于加快某村道路建设的建议的答复\n钱某领衔代表，孙某、周某联名代表：\n"
        "你们提出的《关于加快某村道路建设的建议》已收悉，现答复如下：\n一、我局已安排资金8万元。\n"
        "某县交通运输局\n2015年9月17日"
    )
    assert [a.name for a in record.addressees] == ["钱某", "孙某", "周某"]
