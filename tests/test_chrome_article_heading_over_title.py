"""The page's heading over the article (``信息内容``, ``文章内容``, ``详细内容``, ``正文``) over the
letter's title: on a line of its own it is no word of the title, and flattened onto one line
with the title, glued or after a blank, it is the page's all the same (an earlier round read
it into the title, ``信息内容对…的答复函``: head73). Snippets invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "对甲山县第十届人大三次会议第15号建议的答复函"
REST = (
    "来源： 发布时间：2099-10-08 19:26:41 点击量：365\n王某等代表：\n"
    "你们提出的《关于修建乡村旅游公路的建议》收悉。现答复如下：\n"
    "该路原为乡道，路面宽度四米五，是通往景区的唯一通道。为促进当地旅游发展，带动区域经济，"
    "针对该路技术状况较差的情况，我厅已下达计划对该路进行改建，现状道路基本能够满足景区"
    "对外交通需求。下一步，我厅将会同甲山县人民政府，结合明年的建设计划统筹研究。\n"
    "感谢你们对交通工作的关心和支持。\n"
    "甲山省交通运输厅\n2099年10月8日\n"
)

HEADINGS = [
    pytest.param("信息内容", id="information"),
    pytest.param("文章内容", id="article"),
    pytest.param("详细内容", id="details"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("heading", HEADINGS)
def test_heading_over_the_article_is_no_title(heading: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(f"{heading}\n\n{TITLE}\n\n{REST}"), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "王某等代表："


# A title that opens with its authority after the heading: the heading alone is the page's.
@pytest.mark.parametrize("flatten", COPIES)
def test_heading_over_a_title_with_its_authority(flatten: Callable[[str], str]) -> None:
    title = "甲山省交通运输厅关于第15号建议的答复函"
    letter = parse_text(flatten(f"信息内容\n\n{title}\n\n{REST}"), keywords=False)
    assert letter.title is not None and letter.title.endswith("关于第15号建议的答复函")
    assert "信息内容" not in letter.title
