"""A page's metadata table run on before the letter on one line, its lines joined by a blank
or by nothing (flat61a): read as the page set on lines of its own reads it.

- The site's widget of the visitor's day, its clock and lunar date left to a script
  (``• 今天是:00:00:00 农历:``), and a list of bulleted cells among them the validity
  cell asked as a question (``• 是否有效:``) are the page's: the lunar date's label ends no
  head, as a salutation's colon would (an earlier round kept the whole list in the title).
- A row of the table's labels left empty (``文号: 关键字:``) after its other cells is the
  page's, though 文号 is a label of the letter's too.
- The table's title cell (``名 称: 某局关于…的函``) names the issuer when the letter names
  none itself, as on a page that kept its lines (fix75).

Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

TITLE = "青岚县民政局关于县八届人大三次会议第21号建议的答复"
BODY = [
    "许某代表：",
    "您提出的《关于增设农村互助养老点的建议》收悉，现答复如下：",
    "今年我局已在五个乡镇建成互助养老点，明年将扩大到全县各乡镇，并落实运营补贴。",
    "我局将会同县财政局做好资金保障，定期检查养老点的运营情况，确保老人得到照料。",
    "感谢您对民政工作的关心和支持。",
]
FLATTENED = [pytest.param(spaced, id="one-line-space"), pytest.param(glued, id="one-line-glued")]


@pytest.mark.parametrize("flatten", FLATTENED)
def test_a_bulleted_table_under_the_days_widget(flatten: Callable[[str], str]) -> None:
    head = [
        "• 今天是:00:00:00 农历:",
        "  • 中国政府网",
        "  • 某省人民政府网",
        "当前位置:首页 / 政务公开 / 建议提案",
        "  • 索 引 号:",
        "  • 0000-1/2031-00021",
        "  • 发布机构:",
        "  • 生成日期:",
        "  • 2031-08-02",
        "  • 文  号:",
        "  • 是否有效:",
        "  • 名  称:",
        f"  • {TITLE}",
        TITLE,
    ]
    letter = parse_text(flatten("\n".join([*head, *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert letter.title == TITLE
    assert letter.issuer == "青岚县民政局"
    assert [(a.name, a.role) for a in letter.addressees] == [("许某", "代表")]


@pytest.mark.parametrize("flatten", FLATTENED)
def test_empty_cells_and_the_title_cell_name_the_issuer(flatten: Callable[[str], str]) -> None:
    # (the letter's own title names no authority, nor does a signature: the title cell does)
    head = [
        "长者模式",
        "无障碍浏览",
        "索引号: 0000-1/2031-00021 主题分类: 建议提案",
        "发布机构:  青岚县人民政府办公室 发布日期: 2031-11-10 15:33",
        f"名 称: {TITLE}",
        "文号: 关键字:",
        TITLE,
        "发布时间:2031-11-10 15:33 浏览次数:98",
        "关于县八届人大三次会议第21号建议的答复",
    ]
    letter = parse_text(flatten("\n".join([*head, *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert letter.issuer == "青岚县民政局"
    assert letter.title == "关于县八届人大三次会议第21号建议的答复"


def test_a_letters_own_number_after_an_empty_cell_stays() -> None:
    # (one empty 文号 cell alone is no row: the number after it is the letter's)
    head = [
        "索引号: 0000-1/2031-00021 主题分类: 建议提案",
        "文号:",
        "青民函〔2031〕21号",
        "关于县八届人大三次会议第21号建议的答复",
    ]
    letter = parse_text(spaced("\n".join([*head, *BODY])), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "青民函〔2031〕21号"


@pytest.mark.parametrize("flatten", FLATTENED)
def test_the_number_cell_gives_the_number(flatten: Callable[[str], str]) -> None:
    # (the letter writes no number itself: the page's 文号 cell gives it, fix75)
    head = [
        "登录 | 注册",
        "  • 索引号",
        "    0000-1/2031-00021",
        "  • 发布机构",
        "    青岚县民政局",
        "  • 文号",
        "    青民函〔2031〕21号",
        "  • 时效性",
        "    有效",
        TITLE,
    ]
    text = flatten("\n".join([*head, *BODY]))
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.doc_number is not None
    assert letter.doc_number.text == "青民函〔2031〕21号"
    assert text[slice(*letter.doc_number.span)] == "青民函〔2031〕21号"
    assert letter.title == TITLE
