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
    "你们提出的《关于拓宽乙河村进山道路的建议》收悉。现答复如下：\n"
    "这条村道宽不足五米，游客进山只能走它。考虑到沿线村民出行和游客往来，"
    "我厅已把它列入明年改造计划，先行修补坑洼路段，眼下车辆可以正常通过。"
    "下一步，我厅将和甲山县人民政府一起，按照明年的建设安排再作研究。\n"
    "感谢你们对交通工作的关心和支持。\n"
    "甲山省交通运输厅\n2099年10月8日\n"
)

# A reply with no page's cells over it: the salutation, the body and the signature.
BARE_REST = (
    "王某代表：\n您提出的关于拓宽乙河村道路的建议收悉，现答复如下：\n"
    "我局已将该路段列入明年改造计划。\n甲山县交通局\n2099年10月8日\n"
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


# (left74a) the heading on a line of its own right over the title, no blank line between: no
# line of the title either (an earlier round read it as the title's first line, lined).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("heading", HEADINGS)
def test_heading_right_over_the_title(heading: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(f"{heading}\n{TITLE}\n{REST}"), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "王某等代表："


# Near miss: a title whose words open so stays whole (信息内容 is the page's only alone on
# its line, over a title's opening).
def test_title_opening_with_the_words_stays_whole() -> None:
    title = "关于甲山县信息内容审核的建议的答复函"
    letter = parse_text(f"{title}\n{REST}", keywords=False)
    assert letter.title == title


# (head75) With nothing else of the page's in the copy, the heading opening a flattened head
# before the title, the title opening with its authority or with 关于: the page's all the same
# (an earlier round read it as the title's first word where no page's cell showed the page).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("甲山县交通局关于乙河村道路的建议的答复", id="authority-first"),
        pytest.param("关于乙河村道路的建议的答复", id="about-first"),
    ],
)
@pytest.mark.parametrize("heading", ["正文", "信息内容"])
def test_heading_opening_a_bare_head(
    heading: str, title: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(f"{heading}\n{title}\n{BARE_REST}"), keywords=False)
    assert letter.title == title
    assert letter.salutation == "王某代表："


# (head75) The heading right over the salutation, under the title or with no title: the
# page's, no addressee and no title (an earlier round read `正文` into the salutation in the
# flattened copies, an addressee `正文`, and as the title on the kept lines where no title
# stood over it).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param(["关于乙河村道路的建议的答复"], id="titled"),
        pytest.param([], id="no-title"),
    ],
)
@pytest.mark.parametrize("heading", ["正文", "详情"])
def test_heading_right_over_the_salutation(
    heading: str, title: list[str], flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([*title, heading, BARE_REST])), keywords=False)
    assert letter.title == (title[0] if title else None)
    assert letter.salutation == "王某代表："
    assert [a.name for a in letter.addressees] == ["王某"]


# Near miss: the words inside a title broken over two lines stay the title's.
@pytest.mark.parametrize("flatten", COPIES)
def test_title_broken_after_the_words_stays_whole(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(f"关于修改公文正文\n格式的建议的答复\n{BARE_REST}"), keywords=False)
    assert letter.title == "关于修改公文正文格式的建议的答复"
