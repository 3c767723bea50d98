"""A disclosure page's head as some county sites print it (fix141): the toolbar's switches
and links (无障碍浏览, 长者模式, the link to the government's mailbox, 政府信箱, 加入收藏),
its close button alone (x), the site's name, then the page's metadata table whose last cell
is the keywords' (主题词 交通). Flattened, with blanks or with nothing between its lines, the
toolbar, the name between it and the table, and the table to the keywords' value are the
page's: the title under them opens with the letter's authority, which the table's 发布机构
cell names too. Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_head
from snippets import COPIES

TITLE = "丙县交通运输局关于政协丙县五届二次会议第1003号提案答复的函"
HEAD = (
    "无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x\n"
    "丙县人民政府\n"
    "索引号 0000000-0/20990703-00005 发布机构 丙县交通运输局\n"
    "公开目录 政协提案办理结果 发布日期 2099-07-03\n"
    "文号 浏览量\n"
    "主题词 交通\n"
)
LETTER = (
    f"{TITLE}\n\n"
    "王某委员：\n\n"
    "你提出的关于修缮乡村公路的提案已交我们研究办理，现答复如下：\n\n"
    "我局已将该路段列入明年养护计划，安排资金30万元。\n\n"
    "感谢您对交通工作的关心和支持。\n\n"
    "丙县交通运输局\n\n"
    "2099年6月16日\n"
)

OPENING = (
    "你提出的关于修缮乡村公路的提案已交我们研究办理，现答复如下：我局已将该路段列入明年养护"
    "计划，安排资金30万元，对破损路面进行修补，对急弯路段增设防护栏和警示标志，力争年底前完工。"
    "感谢您对交通工作的关心和支持。 丙县交通运输局 2099年6月16日"
)
"""The letter after the salutation, flattened (a page's first line is longer than its head)."""


@pytest.mark.parametrize("flatten", COPIES)
def test_the_toolbar_the_sites_name_and_the_table_are_the_pages(
    flatten: Callable[[str], str],
) -> None:
    letter = parse_text(flatten(HEAD + LETTER), keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "丙县交通运输局"
    assert [d.value for d in letter.dates] == ["2099-06-16"]


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("加入收藏 x 丙县人民政府 索引号 0000/2099-00005 发布机构 丙县水务局", id="blank"),
        pytest.param("加入收藏 x丙县人民政府索引号 0000/2099-00005 发布机构 丙县水务局", id="glued"),
        pytest.param("加入收藏 丙县人民政府 索引号 0000/2099-00005 发布机构 丙县水务局", id="no-close"),
    ],
)  # fmt: skip
def test_the_sites_name_between_its_tools_and_its_table_is_the_pages(head: str) -> None:
    line = f"{head} {TITLE} 王某委员：{OPENING}"
    assert [line[a:b] for a, b in chrome_head(line)] == [head]


def test_a_name_before_the_title_with_no_table_after_it_stays() -> None:
    # (the letter's own authority over its title, after the page's tools: its header's mark)
    line = f"加入收藏 丙县交通运输局 {TITLE} 王某委员：{OPENING}"
    assert [line[a:b] for a, b in chrome_head(line)] == ["加入收藏"]


def test_a_keyword_value_glued_to_a_title_no_cell_names_stays() -> None:
    # (the authority opening the title is no cell's value: where the value ends is unknown,
    # so the piece is left as it was)
    line = (
        "索引号 0000/2099-00005 发布机构 丙县交通运输局 发布日期 2099-07-03 主题词 "
        "交通丁县公路局关于修缮某桥的提案答复的函 王某委员：你提出的提案收悉，现答复如下："
        + OPENING
    )
    assert [line[a:b] for a, b in chrome_head(line)][-1].endswith("主题词")


def test_a_keyword_value_glued_to_a_title_a_cell_names_is_the_pages() -> None:
    line = (
        "索引号 0000/2099-00005 发布机构 丙县交通运输局 发布日期 2099-07-03 主题词 "
        f"交通{TITLE} 王某委员：你提出的提案收悉，现答复如下：" + OPENING
    )
    assert [line[a:b] for a, b in chrome_head(line)][-1].endswith("主题词 交通")
