"""Pages flattened onto one line (a copy that joined every line with a blank or with
nothing), read as their lines read them (fix111):

- a title that holds a blank about its item's number (``某局对县某届某次会议第 7 号建议的
  回复``, ``对市某届某次会议第A(2031)12号 建议的答复``), after the page's cells or its
  bulleted list of what the page says of itself: the title stays whole, no value of the
  cells before it (an earlier round dropped its first pieces with the page's cells and read
  ``号建议的回复`` as the title);
- an encyclopedia's rows (``词条 | … | 释义 | …``) with the site's footer run on after the
  bar that closes the letter's row after its date: the footer is the page's, the signer and
  the date under the letter the closing's (an earlier round read them as the body's);
- an authority alone over a title whose ending the copy lost (``关于对…第88号建议的``),
  after the page's cells: the authority is the header's, the issuer (an earlier round took
  it as the page's date cell's value).

Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

FLATTEN = pytest.mark.parametrize(
    "flatten", [None, spaced, glued], ids=["lines", "one-line-space", "one-line-glued"]
)

ARCHIVED_LETTER = """手机版
登录|注册
归档时间:
已归档

某县水务局对县九届人大二次会议第 7 号建议的回复

2031-07-10 16:49 信息来源:某县水务局

柳某代表:

您提出的《关于修缮南河堤坝的建议》收悉。现回复如下:

今年我局已完成堤坝巡查,明年将争取资金修缮。

某县水务局

2031年6月30日
"""

BULLETED_LETTER = """对市九届人大三次会议第A(2031)12号 建议的答复
• 索引号:000111222/2031-00012
• 发布机构:某市某局
• 成文日期:2031-03-04
• 发布日期:2031-03-04
• 废止日期
• 对市九届人大三次会议第A(2031)12号 建议的答复
尊敬的韩某代表:
您提出的关于“改善城区空气质量”的建议收悉,现答复如下:
近年来,我局持续推进大气污染防治,加密监测站点,公开监测数据,接受公众监督。
下一步,我局将加强扬尘治理和机动车尾气管控,推动空气质量持续改善。
某市某局
2031年3月4日
"""

ENTRY_LETTER = """词条 | 对某县政协三届二次会议第8号提案的答复 |
释义 | 罗某委员: 你提出的《关于增设公交站点的建议》的提案收悉。我局将会同有关部门研究增设站点。 某县交通局 二〇三一年三月四日 |
随便看 |
|
本站收录很多条目,是一部开放的电子版百科全书。
"""

DAMAGED_TITLE_LETTER = """当前位置:网站首页 >> 建议提案
某市某某局关于对市五届人大二次会议第88号建议的答复
来源:  浏览量:100  发布时间:2031-7-8 9:18:07

某市某某局

关于对市五届人大二次会议第88号建议的

赵某代表:

您提出的“关于整治占道经营的建议”收悉。现答复如下:

我局已开展集中整治。

2031年6月22日
"""


@pytest.mark.parametrize("flatten", [spaced], ids=["one-line-space"])
def test_a_title_a_blank_parts_after_the_page_cells(flatten: Callable[[str], str]) -> None:
    record = parse_text(flatten(ARCHIVED_LETTER), keywords=False)
    assert span_problems(record) == []
    assert record.title == "某县水务局对县九届人大二次会议第7号建议的回复"
    assert record.proposal is not None
    assert (record.proposal.session, record.proposal.number) == ("县九届人大二次会议", "7")


@FLATTEN
def test_a_title_a_blank_parts_after_a_bulleted_list(
    flatten: Callable[[str], str] | None,
) -> None:
    text = BULLETED_LETTER if flatten is None else flatten(BULLETED_LETTER)
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    assert record.title == "对市九届人大三次会议第A(2031)12号建议的答复"
    assert record.proposal is not None
    assert record.proposal.session == "市九届人大三次会议"


@FLATTEN
def test_an_entry_page_footer_after_the_letter_row(
    flatten: Callable[[str], str] | None,
) -> None:
    text = ENTRY_LETTER if flatten is None else flatten(ENTRY_LETTER)
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    assert (record.signature.issuer, record.signature.date) == ("某县交通局", "2031-03-04")


@pytest.mark.parametrize("flatten", [None, spaced], ids=["lines", "one-line-space"])
def test_an_authority_over_a_title_that_lost_its_ending(
    flatten: Callable[[str], str] | None,
) -> None:
    text = DAMAGED_TITLE_LETTER if flatten is None else flatten(DAMAGED_TITLE_LETTER)
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    assert record.issuer == "某市某某局"
    assert record.title == "关于对市五届人大二次会议第88号建议的"


# review64a: a handling form's rows before the reply's date are the letter's, and so are
# its rows after it (a contact's cells): no encyclopedia's footer
FORM_REPLY = (
    "张某代表：您提出的关于完善甲乡卫生室的建议收悉，现答复如下：甲乡卫生室的改建已列入明年"
    "计划，资金已申请。感谢您对卫生工作的关心和支持。某县卫生健康局 2099年6月12日"
)


@pytest.mark.parametrize(
    "text",
    [
        f"建议编号 | 第31号 | 答复内容 | {FORM_REPLY} | 联系人 | 李某某 | 联系电话 | 0000-5550123",
        f"承办单位 | 某县卫生健康局 | 答复正文 | {FORM_REPLY} | 承办人 | 李某某 | 联系电话 | 13800000000",
        "关于县九届人大二次会议第31号建议的答复\n"
        + FORM_REPLY.replace("局 ", "局\n")
        + "\n答复单位 | 某县卫生健康局 | 答复时间 | 2099年6月12日 | 联系人 | 李某某 | 联系电话 | "
        "0000-5550123\n",
    ],
    ids=["form-one-line", "form-undertaker", "form-last-row"],
)
def test_a_form_contact_row_after_the_reply_date(text: str) -> None:
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    assert [c.name for c in record.contacts] == ["李某某"]
