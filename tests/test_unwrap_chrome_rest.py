"""A page printed at a width (unwrap.chrome_rests, chrome.wrapped_rest): a line of the
site's chrome wider than the page comes over two printed lines, and the view, which drops
the first as chrome, must drop its rest too (a crumb's tail glued to the title, a 上一篇
link's tail read as the letter's last line, which then loses its signature). Lines the
letter itself writes under a chrome line stay. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import wrapped_rest
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

# A body of three paragraphs wrapped at 26 hanzi (52 columns), each stopping mid-sentence.
BODY = [
    "王某代表：",
    "你提出的关于整修某村灌溉水渠的建议收悉，经研究，现答复",
    "如下：",
    "我局高度重视农田水利建设，近年来先后投入资金对全县二十",
    "余条灌溉水渠进行了整修，有效改善了农田灌溉条件，群众反",
    "映良好。你所提的水渠已列入明年的整修计划，待资金到位后",
    "及时组织施工，确保汛期前完工，满足春耕生产的用水需要。",
    "感谢你对水利工作的关心和支持，希望继续对我们的工作提出",
    "宝贵意见和建议。",
    "",
    "桐溪县水务局",
    "2024年5月20日",
]
TITLE = "关于县十八届人大三次会议第12号建议的答复"
CRUMB = ["您当前所在位置：首页 > 部门信息公开目录 > 桐溪县水务局 > 公", "开内容", ""]
LINKS = [
    "",
    "上一篇：桐溪县财政局关于县十八届人大三次会议第106号",
    "建议的答复函",
    "下一篇：桐溪县民政局关于县十八届人大三次会议第104号",
    "建议的答复函",
]


def _letter(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_a_crumbs_rest_is_no_part_of_the_title() -> None:
    letter = parse_text(_letter(CRUMB, [TITLE, ""], BODY))
    assert letter.title == TITLE
    assert letter.issuer == "桐溪县水务局"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(["联系人：李某，电话：0000-5550123"], id="contact"),
        pytest.param(
            ["联系人及电话：李某 0000-5550123", "", "责任编辑：赵某", "", "关闭"], id="page-foot"
        ),
    ],
)
def test_a_links_rest_leaves_the_signature_the_letters_last_lines(closing: list[str]) -> None:
    letter = parse_text(_letter([TITLE, ""], BODY, closing, LINKS))
    assert letter.signature.issuer == "桐溪县水务局"
    assert letter.signature.date == "2024-05-20"


def test_the_rest_is_dropped_from_the_view_its_line_kept_empty() -> None:
    view = unwrap(TextView(_letter(CRUMB, [TITLE, ""], BODY)))
    texts = [line.text for line in view.lines]
    assert "开内容" not in texts
    assert texts[:4] == ["", "", "", TITLE]  # the crumb, its rest, the blank line, the title


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        pytest.param("当前位置：首页 > 政务公开 > 建议提案办理 > 人", "大代表建议", id="crumb"),
        pytest.param("首页 > 政府信息公开 > 法定主动公开内容 >", "建议提案办理 > 正文", id="crumb-steps"),
        pytest.param("上一篇：某局关于县人大三次会议第106号", "建议的答复函", id="previous-link-title"),
        pytest.param(
            "发布时间：2022-11-23 09:55 来源：某县教育局 浏览次数： 字", "体：[ 大 中 小 ]",
            id="page-cells-and-tools",
        ),
    ],
)  # fmt: skip
def test_wrapped_rest(head: str, rest: str) -> None:
    assert wrapped_rest(head, rest)


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        pytest.param("当前位置：首页 > 政务公开 > 建议提案办理", TITLE, id="title-under-a-crumb"),
        pytest.param("当前位置：首页 > 政务公开", "关于整修某村水渠的建议的回复", id="reply-title"),
        pytest.param("首页 > 政务公开 > 建议提案办理", "王某代表：", id="salutation"),
        pytest.param("首页 > 政务公开", "你提出的建议收悉，现答复如下：", id="sentence"),
    ],
)  # fmt: skip
def test_no_wrapped_rest(head: str, rest: str) -> None:
    assert not wrapped_rest(head, rest)


def test_a_title_under_a_crumb_of_the_pages_width_stays() -> None:
    # the crumb fills the width by chance and the title stands right under it: the title is
    # no rest (it reads as a title)
    crumb = "您当前所在位置：首页 > 部门信息公开目录 > 桐溪县水务局 > 答复"
    letter = parse_text(_letter([crumb, TITLE, ""], BODY))
    assert letter.title == TITLE


# A page's metadata table over the letter, its title row wider than the page: the row's
# value goes on over the next printed line (``…第12号建议的答`` over ``复 | ||``). A row that
# opens with its own label cell (``| 标 题 |``) is a row of its own, never the rest of the
# row above it, even where that row filled the width: the title cell is the letter's title.
TABLE = [
    "| 索 引 号 | 000000/2024-00031 | 分 类 | 建议提案答复 |",
    "| 发布机构 | 桐溪县信息中心 | 生成日期 | 2024-05-22 |",
    "| 标 题 | 对县十八届人大三次会议第12号建议的答",
    "复 | ||",
    "| 文 号 | 桐水函〔2024〕7号 | 主 题 词 | |",
]


def test_a_wrapped_title_row_under_a_full_row_is_the_title() -> None:
    letter = parse_text(_letter(TABLE, BODY))
    assert letter.title == "对县十八届人大三次会议第12号建议的答复"
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.session) == ("12", "县十八届人大三次会议")
    assert letter.doc_number is not None and letter.doc_number.text == "桐水函〔2024〕7号"


# a byline row broken after a page label left empty, its value and the row's other cells on
# the printed line under it (52 columns filled: wrap66)
BYLINE = [
    "发布日期:2031-08-12 10:24 发布机构:潭口县文旅局 编辑:",
    "潭口县文旅局 审核: 系统管理员 字号:[ ]",
    "",
]


def test_a_bylines_value_printed_under_its_empty_label_is_the_pages() -> None:
    letter = parse_text(_letter([TITLE, ""], BYLINE, BODY))
    assert letter.issuer == "桐溪县水务局"
    assert letter.title == TITLE
