"""A flattened page (chrome.chrome_head, textview): what the site prints over the letter
(its tools, banner, breadcrumb, the page's heading and its metadata cells) joined on one
line with the letter, a blank or nothing where each line broke (a line longer than any
line of chrome). The view drops those runs as it drops chrome lines, so the letter's own
title, 发文字号 and salutation head the letter again, and the page's date is no date of
the letter's; a letter's own head stays. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_head
from replyparse.textview import TextView

TITLE = "关于县十届人大三次会议第12号建议的答复"
NUMBER = "桐水函〔2024〕8号"
BODY = [
    "你提出的关于整修某村灌溉水渠的建议收悉，现答复如下：",
    "我局已将该水渠列入明年的整修计划，预计投入资金12万元，汛期前完工，并请镇里安排专人看护，防止再次淤塞。",
    "渠边的便道也一并硬化，方便群众出行和日常巡查，所需资金由县里统筹解决。",
    "感谢你对水利工作的关心和支持。",
    "桐溪县水务局",
    "2024年5月20日",
]  # fmt: skip
LETTER = ["王某代表：", *BODY]
HEADS = [
    pytest.param(
        [
            "当前位置：首页 > 政务公开 > 建议提案办理",
            TITLE,
            "发布时间：2024-05-21 09:30  来源：桐溪县水务局  浏览次数：12",
            "字体：[ 大 中 小 ]",
            NUMBER,
            TITLE,
        ],
        NUMBER,
        id="crumb-heading-cells-number",
    ),
    pytest.param(
        [
            "无障碍浏览",
            "长者模式",
            "桐溪县人民政府",
            "首页 >> 政府信息公开 >> 正文",
            "桐溪县水务局" + TITLE,
            "日期：2024/05/21   作者：   来源：本站原创    点击：",
            "桐溪县水务局" + TITLE,
        ],
        None,
        id="furniture-site-name-crumb",
    ),
    pytest.param(
        ["桐溪县水务局" + TITLE, "来源：办公室 2024-05-21 16:24 【字体：大 中 小】", NUMBER, TITLE],
        NUMBER,
        id="heading-with-its-authority",
    ),
    pytest.param(
        [TITLE, "发布时间：2024-05-21 09:30 浏览次数：41", "字号：[ ]"], None, id="cells-after-title"
    ),
    pytest.param(
        ["首页  ->  互动  ->  人大建议", TITLE, "来源： 发布日期：2024-05-21 09:44 【字体： 小   中   大】"],
        None,
        id="crumb-from-home",
    ),
    pytest.param(
        ["今天是：", "欢迎访问桐溪县人民政府门户网", "无障碍浏览", "长者模式", TITLE, "来源： 更新时间：2024/05/21"],
        None,
        id="welcome",
    ),
    pytest.param(
        [
            "索引号：0000-2024-001  发布机构：桐溪县水务局",
            "标题：" + TITLE,
            "主题分类：建议提案  发布日期：2024-05-21",
        ],
        None,
        id="title-cell",
    ),
    pytest.param(["37-top_img.png", TITLE, "发布时间：2024-05-21 09:30 浏览次数：41"], None, id="image"),
    pytest.param([TITLE, "类 别：B", NUMBER, TITLE], NUMBER, id="heading-label-spread"),
    pytest.param(
        [
            "站群导航",
            "| 加入收藏 | 设为首页 | 手机版",
            "索引号： 0000/2024-001 发布机构： 生效日期： 2024-05-21 文 号： 所属主题： 建议提案",
            TITLE,
            "来源：桐溪县水务局 发布时间：2024-05-21 浏览次数：",
        ],
        None,
        id="site-tools-and-a-spread-label",
    ),
    pytest.param(
        [
            "索引号： | 0000/2024-00113 | 发布机构： | 桐溪县水务局 | 发文日期： | 2024-06-12 |",
            f"| 主题词： | | 信息名称： | {TITLE} |",
            "| 时效： | 有效 |",
        ],
        None,
        id="bar-table-rest",
    ),
    pytest.param(
        [
            "| 索引号 | 0000-2/2024-0628001 | 发布机构 | 桐溪县水务局 |",
            "| 公开目录 | 人大建议办理结果 | 发布日期 | 2024-06-28 |",
            "| 文号 | 浏览量 |",
            TITLE,
        ],
        None,
        id="bar-table-bare-labels",
    ),
    pytest.param(
        ["您当前所在的位置 : 首页 > 政民互动 > 正文", TITLE, "文章来源：桐溪县水务局", "发布时间： 2024-05-21 09:25 浏览量： 打印 分享到 ："],
        None,
        id="longer-label-first",
    ),
    pytest.param(
        ["您当前的位置：首页>政务公开>建议提案办理", "桐溪县水务局" + TITLE, "日期：", "2024-06-06", "字体："],
        None,
        id="page-date-and-font-tool",
    ),
    pytest.param(
        [TITLE, "来源：桐溪县水务局 2024-05-21 16:44 | | | |", NUMBER, TITLE],
        NUMBER,
        id="empty-cells-before-the-number",
    ),
    pytest.param(
        [
            "索引号： | 0000/2024-00113 | 信息分类： | 农业农村 / 意见 | 发布机构： | 桐溪县水务局 |",
            f"| 信息名称： | {TITLE} | |",
            "| 内容概览： | | | 时效： | 有效 |",
        ],
        None,
        id="bar-table-kind-and-overview",
    ),
    pytest.param(
        ["您当前所在的位置 : 首页 > 政民互动 > 正文", TITLE, "文章来源:桐溪县水务局 发布时间: 2024-05-21 09:25 浏览量:", "打印 分享到 :"],
        None,
        id="share-colon-apart",
    ),
    pytest.param(
        [
            "欢迎访问桐溪县政府门户网站 !",
            "县委| 县人大| 县政协",
            "当前位置: 首页 > 互动交流 > 建议提案",
            "桐溪县人大十届第三次会议12号建议的答复",
            "桐溪县政府门户网站 www.example.gov.cn",
            "更新时间:2024-05-21 作者: 字体[ ]",
            NUMBER + "(B)类",
            "桐溪县水务局",
            TITLE,
        ],
        NUMBER,
        id="heading-the-title-writes-otherwise",
    ),
    pytest.param(
        ["您当前的位置: 首页/ 人大建议", "桐溪县水务局", "关于对县十届人大第三次会议第12号建议的答复",
         "发布时间:2024-05-21 10:23", "发布人:桐溪县水务局" + TITLE],
        None,
        id="page-cell-glued-to-the-title",
    ),
    pytest.param(
        [TITLE, "来源:桐溪县水务局发布时间:2024-05-21 15:22文字大小:[    ]背景色:"],
        None,
        id="font-size-and-background-tools",
    ),
    pytest.param(["日期: 2024-05-21 浏览量:275 文字大小: 大 中 小", TITLE], None, id="font-sizes-apart"),
    pytest.param(
        [
            "0001政务公开/col/col1001/index.html建议提案/col/col1002/index.html",
            f"{TITLE}[{NUMBER}]",
            "2024-05-21 09:01    信息来源:桐溪县水务局   字号:[ 大 中 小 ]   访问次数:",
        ],
        NUMBER,
        id="menu-links-and-a-bracketed-number",
    ),
    pytest.param(
        [
            "索  引  号: 0000/2024-001 生成日期: 2024-05-21 文  号: 关键字: 水渠,灌溉",
            "发布机构: 桐溪县人民政府",
            TITLE,
            "信息来源:桐溪县水务局 发布时间:2024-05-21 16:26 浏览次数:",
        ],
        None,
        id="label-over-two-blanks-and-a-body-cell",
    ),
    pytest.param(
        ["索  引  号: 0000/2024-001 发布机关:桐溪县水务局 主  题  词:", "标      题:桐溪县水务局" + TITLE, "生效日期:", "桐溪县水务局" + TITLE],
        None,
        id="empty-date-cell-before-the-title",
    ),
    pytest.param(
        ["当前位置：首页 > 政务公开 > 建议提案办理", TITLE, "发布时间: 2024- 05- 21 21: 38 浏览次数:"], None, id="clock-minutes-apart"
    ),
    pytest.param(
        ["发布时间:2024-05-21 浏览量:275 文字大小:大中小", NUMBER, TITLE], NUMBER, id="font-sizes-glued"
    ),
    pytest.param(
        ["当前位置: 首页 > 政务公开 > 建议提案办理", "桐溪县水务局" + TITLE, "发布时间:2024-05-21 16:18 阅读次数: 字体:[    ]我要纠错桐溪县水务局" + TITLE],
        None,
        id="call-for-corrections-glued-to-the-title",
    ),
    pytest.param(
        ["当前位置: 首页 > 信息公开 > 建议提案办理结果公开桐溪县水务局" + TITLE, "发布时间:2024-05-21"],
        None,
        id="heading-glued-to-a-results-step",
    ),
    pytest.param(
        ["桐溪县人民政府欢迎您！2024年05月21日星期二", "首页 > 政府信息公开 > 建议提案办理 > 正文", TITLE,
         "来源： 桐溪县水务局 | 访问量： | 发布时间： 2024/5/21 15:25:59"],
        None,
        id="welcome-you-and-the-day",
    ),
    pytest.param(
        ["登录 | 注册 微信 简体 繁体无障碍阅读 进入适老模式桐溪县水务局" + TITLE, "来源:县政府办2024-05-21浏览量:62"],
        None,
        id="elder-mode-switch",
    ),
    pytest.param(
        [TITLE, "索引号0000-2024-00130主题分类其他发文日期2024年05月21日 11:26:00", "发布机构桐溪县水务局文号"],
        None,
        id="bare-cells-after-the-title",
    ),
    pytest.param(
        [TITLE, "索引号0000-2024-0803003发文机构桐溪县水务局公开目录人大建议办理结果文号浏览量日期2024-05-21", TITLE],
        None,
        id="bare-cells-between-heading-and-title",
    ),
    pytest.param(
        ["今天是：", "2024年5月21日", "星期二" + TITLE, "浏览：41次", "时间：2024年5月21日"],
        None,
        id="weekday-glued-to-the-heading",
    ),
    pytest.param(
        ["桐溪县十届人大三次会议《关于整修某村灌溉水渠的建议》（12号）的答复", "浏览：740次", "时间：2024年5月21日" + TITLE],
        None,
        id="cell-date-in-words-glued-to-the-title",
    ),
    pytest.param(
        ["• 0000-2024-00030", "• 桐溪县水务局", "• 综合,政务,建议", "• 2024-05-21", "• 2024-05-21", TITLE],
        None,
        id="bulleted-cells-glued-to-their-bullets",
    ),
    pytest.param(
        [TITLE, "来源:桐溪县水务局  发布时间:2024-05-21 16:25 点击量: 下载本页"],
        None,
        id="download-tool-glued-to-the-salutation",
    ),
    pytest.param(
        [TITLE, "来源:桐溪县水务局  发布时间:2024-05-21 16:25 点击量: 展开菜单"],
        None,
        id="menu-tool-glued-to-the-salutation",
    ),
    pytest.param(
        ["您的位置:首页 - 公众参与 - 人大建议 -", "正文桐溪县水务局", TITLE, "来源:办公室 作者:admin 发布日期:2024-05-21 点击数:"],
        None,
        id="dashed-crumb-its-article-step-glued",
    ),
    pytest.param(
        ["关于对县十届人大三次会议第12号建议的答复", "作者 :佚名 来源 :桐溪县水务局 访问次数 : 发布时间 :2024-05-21", TITLE, NUMBER],
        NUMBER,
        id="labels-a-blank-before-their-colons",
    ),
    pytest.param(
        [TITLE, f"发布时间:2024-05-21 发布机构:水务局 文号:{NUMBER} 索引号:000357640/2024-96", NUMBER, TITLE],
        NUMBER,
        id="index-code-glued-to-the-number",
    ),
    pytest.param(
        ["当前位置:首页>政务公开>公示公告", "字体大小:【大】 【中】 【小】 打印 关闭索引号0000-2024-29292 发布机构桐溪县水务局 发布日期2024-05-21", TITLE],
        None,
        id="bare-index-cell-after-a-tool",
    ),
]  # fmt: skip
JOINS = [pytest.param(" ", id="space"), pytest.param("", id="glued")]


@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize(("head", "number"), HEADS)
def test_the_letters_head_stands_again(head: list[str], number: str | None, join: str) -> None:
    letter = parse_text(join.join([*head, *LETTER]))
    assert letter.title in (TITLE, f"桐溪县水务局{TITLE}")
    assert (letter.doc_number.text if letter.doc_number else None) == number
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert [d.value for d in letter.dates] == ["2024-05-20"]  # (not the page's date)


def test_a_salutation_whose_role_stands_apart_is_no_cell() -> None:
    lines = [TITLE, "发布时间：2024-05-21 09:30", "字号：[ ]", "李某某 代表：", *BODY]
    letter = parse_text(" ".join(lines))
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("李某某", "代表")]


OWN = " ".join([TITLE, NUMBER, *LETTER])


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(OWN, id="a-letters-own-head"),
        pytest.param(
            OWN.replace(NUMBER, "标题：关于整修某村灌溉水渠的建议"), id="no-page-no-title-cell"
        ),
        pytest.param(OWN.replace(NUMBER, "签发人：赵某 类别：B"), id="the-letters-labels"),
        pytest.param(" ".join(["关于"] * 150), id="no-title-twice"),
        pytest.param(f"当前位置：首页 {TITLE}", id="a-short-line"),
        pytest.param(" ".join([*LETTER, "甲 乙 丙"]), id="no-chrome-at-all"),
    ],
)
def test_no_chrome_head(line: str) -> None:
    assert chrome_head(line, shown="位置" in line) == []


def test_the_letter_keeps_its_own_head_on_one_line() -> None:
    letter = parse_text(OWN)
    assert letter.title == TITLE
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert TITLE in TextView(letter.text or "").norm


@pytest.mark.parametrize("join", JOINS)
def test_an_empty_date_cell_leaves_the_titles_authority(join: str) -> None:
    head = ["索  引  号: 0000/2024-001 主  题  词:", "生效日期:", "桐溪县水务局" + TITLE]
    letter = parse_text(join.join([*head, *LETTER]))
    assert letter.title == "桐溪县水务局" + TITLE


# a salutation whose padded names (陈  先) part its list, after a page cell left empty: the
# names are the letter's, no value of the cell; and a crumb's last step that names the
# section's replies (人大代表建议答复) ends before the heading, no 答复 left over it
_PADDED = "赵某、陈  先、孙某某、李  亮  代表："


@pytest.mark.parametrize(
    "crumb",
    [
        pytest.param("当前位置：首页 > 政务公开 > 人大代表建议答复", id="step-names-replies"),
        pytest.param("当前位置：首页 > 政务公开 > 建议提案办理", id="step-names-handling"),
    ],
)
def test_padded_names_after_an_empty_cell_stay_the_letters(crumb: str) -> None:
    # (blanks between the pieces: glued, the names run on from the cell's colon)
    head = [crumb, TITLE, "发布日期：2024-05-21 16:00 信息来源：桐溪县 浏览次数："]
    letter = parse_text(" ".join([*head, _PADDED, *BODY]))
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [
        ("赵某", "代表"),
        ("陈先", "代表"),
        ("孙某某", "代表"),
        ("李亮", "代表"),
    ]


# a listing of the item the page prints over the letter (its title cell, its people, the
# heads of its columns over their values), to its link 详细查看: the site's, whole; its
# cells hold marks of sentences (王某;李某;) and labels spread apart (题  目:) the head's
# end is looked for after (blanks between the pieces: glued, no piece of it stands apart)
LISTING = [
    "当前位置: 首页 >>> 人大建议", "题  目: 关于整修某村灌溉水渠的建议", "领衔代表: 王某;李某;",
    "代 表 团: 桐溪代表团;", "承办单位及答复", "主办单位 会办 交办日期", "桐溪县水务局;  2024-03-01",
    "承办单位 答复日期 答复内容", "水务局", "2024年5月22日", "详细查看", "关闭",
]  # fmt: skip


def test_a_listing_over_the_letter_is_the_sites() -> None:
    letter = parse_text(" ".join([*LISTING, TITLE, *LETTER]))
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert [d.value for d in letter.dates] == ["2024-05-20"]


@pytest.mark.parametrize(
    "heads",
    [
        pytest.param(["主办单位 会办 交办日期", "承办单位 答复日期 答复内容"], id="heads-spaced"),
        pytest.param(["主办单位会办交办日期", "答复日期承办单位答复"], id="heads-glued"),
    ],
)
def test_a_listing_glued_to_the_letter_is_the_sites(heads: list[str]) -> None:
    # (a copy that dropped every line break: the link glued after the reply's date cell and
    # the page's close button, the letter's title glued after them; fix80)
    listing = [*LISTING[:5], heads[0], *LISTING[6:7], heads[1], *LISTING[8:]]
    letter = parse_text("".join([*listing, TITLE, *LETTER]))
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == ["2024-05-20"]


def test_a_link_without_a_listings_heads_is_no_listing() -> None:
    line = " ".join(["当前位置: 首页 >>> 人大建议", TITLE, "详细查看", *LETTER, *BODY])
    assert chrome_head(line)[0] == (0, len("当前位置: 首页 >>> 人大建议"))


# cells a page prints under its heading that a flattened head must read whole: a count of
# views left empty (阅读: 次), a bulleted list of what the page says of itself, and a count
# glued to its 次 with a quote after it (浏览:740次'时间:2024年5月21日)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            [TITLE + "(水务局)", "发布日期:2024-05-21 0:0    作者:abc     来源:办公室    阅读:次   字体大小:[大] [中] [小]"],
            id="views-left-empty",
        ),
        pytest.param(
            ["• 000014349/2024-00030", "  • 桐溪县水务局", "  • 综合,政务,建议", "  • 2024-05-21", "  • 2024-05-21", TITLE],
            id="bulleted-list",
        ),
        pytest.param(
            ["2024年桐溪县十届人大三次会议《关于整修某村灌溉水渠的建议》(12号)的答复", "浏览:740次'时间:2024年5月21日", TITLE],
            id="heading-opening-the-page-over-its-cells",
        ),
    ],
)  # fmt: skip
def test_the_pages_cells_go_whole(head: list[str]) -> None:
    letter = parse_text(" ".join([*head, *LETTER]))
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert [d.value for d in letter.dates] == ["2024-05-20"]


def test_a_title_broken_after_its_session_is_no_cells_value() -> None:
    heading = "2024年桐溪县十届人大三次会议《关于整修某村灌溉水渠的建议》(12号)的答复"
    head = [heading, "浏览:740次'时间:2024年5月21日", "对县十届人大三次会议", "第12号建议的答复"]
    letter = parse_text(" ".join([*head, *LETTER]))
    assert letter.title == "对县十届人大三次会议第12号建议的答复"


# a crumb's lead glued after a banner that ends in figures (…支持IPV6您当前的位置：): parted
@pytest.mark.parametrize("join", JOINS)
def test_a_crumb_lead_glued_after_figures(join: str) -> None:
    crumb = "微信 繁體版本网站已支持IPV6您当前的位置:首页 > 政务公开 > 建议提案 > 正文"
    letter = parse_text(join.join([crumb, TITLE, "发布日期:2024-05-21 来源: 浏览次数:", *LETTER]))
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


# the page's heading, its cells, the 发文字号, then the salutation and a first sentence
# whose words read like a title's opening after a bracket (（村口）对面…的建议): the heading
# is the letter's title (none opens before the salutation)
@pytest.mark.parametrize("join", JOINS)
def test_the_heading_stays_where_only_the_body_opens_like_a_title(join: str) -> None:
    head = [TITLE, "来源:桐溪县水务局  时间:2024/05/21 16:01  浏览次数:", NUMBER, "王某代表："]
    opening = "你提出的《关于整修某村（村口）对面灌溉水渠的建议》收悉，现答复如下："
    letter = parse_text(join.join([*head, opening, *BODY[1:]]))
    assert letter.title == TITLE
    assert (letter.doc_number.text if letter.doc_number else None) == NUMBER


# the same list glued to the page's cells and to its opening (a page flattened with nothing
# between its lines), its last name unpadded: the blanks before the role part it from the
# names, the opening glued after the colon (…、孙某某  代表：你提出的…)
@pytest.mark.parametrize(
    "names",
    [
        pytest.param("赵某、陈  先、孙某某  代表：", id="list-last-unpadded"),
        pytest.param("陈  先、孙某某  代表：", id="padded-first"),
    ],
)
def test_names_before_a_role_glued_to_the_opening(names: str) -> None:
    head = [
        "当前位置：首页 > 政务公开 > 建议提案办理",
        TITLE,
        "发布日期：2024-05-21 16:00 浏览次数：",
    ]
    letter = parse_text("".join([*head, names, *BODY]))
    assert letter.title == TITLE
    assert [a.name for a in letter.addressees] == ["赵某", "陈先", "孙某某"][
        -names.count("、") - 1 :
    ]


# a page's scope cell (公开范围) whose value the title is glued to, a page flattened with
# nothing between its lines: the value is the page's, the title with its authority the
# letter's
@pytest.mark.parametrize("scope", ["面向社会", "面向全社会", "社会公众"])
def test_title_glued_after_a_scope_cells_value(scope: str) -> None:
    head = ["索引号: 0000/2024-07 发布机构: 桐溪县水务局", f"公开方式: 主动公开 公开范围: {scope}"]
    letter = parse_text("".join([*head, "桐溪县水务局" + TITLE, *LETTER]))
    assert letter.title == "桐溪县水务局" + TITLE


# a salutation with its opener and no colon, after a page's count cell left empty (访问量：),
# a blank where each line broke: the opener's piece ends the head, the names are the letter's
@pytest.mark.parametrize("names", ["王某代表", "王某、李某某代表"])
def test_opener_salutation_without_colon_ends_the_head(names: str) -> None:
    head = ["当前位置：首页 > 政务公开 > 建议提案办理", TITLE, "访问量：", f"尊敬的{names}"]
    letter = parse_text(" ".join([*head, *BODY]))
    assert letter.title == TITLE
    assert [a.name for a in letter.addressees] == names.removesuffix("代表").split("、")


# a page's tool word glued before the letter's title (打印某局关于…的答复), the page
# flattened with a blank or nothing between its lines: the tool is the page's
@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize("tool", ["打印", "关闭窗口", "收藏"])
@pytest.mark.parametrize("title", [TITLE, "桐溪县水务局" + TITLE])
def test_tool_glued_before_the_title(join: str, tool: str, title: str) -> None:
    head = ["当前位置：首页 > 政务公开 > 建议提案", tool + title, "发布日期：2024-05-21"]
    letter = parse_text(join.join([*head, *LETTER]))
    assert letter.title == title


# a share box's buttons glued before the print button, or in its place, the title glued after
# them (分享到： 微信打印某局关于…, 分享到：微信微博关于…): the buttons are the page's tool
# with it, no first words of the title (left71; an earlier round read 微信打印关于…)
@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize(
    "tools", ["分享到： 微信打印", "分享到：微信打印", "分享到：微信微博", "分享到：微信QQ空间打印"]
)
@pytest.mark.parametrize("title", [TITLE, "桐溪县水务局" + TITLE])
def test_share_buttons_glued_before_the_title(join: str, tools: str, title: str) -> None:
    head = ["当前位置：首页 > 政务公开 > 建议提案", tools + title, "发布日期：2024-05-21"]
    letter = parse_text(join.join([*head, *LETTER]))
    assert letter.title == title


# a government's disclosure platform's name glued before the title (某县人民政府政务公开平台
# 某局关于…), which alone on its line is the page's banner: the page's, no words of the title
# (left71; an earlier round kept it in the title, or its 平台 where the authority followed)
@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize(
    "banner", ["桐溪县人民政府政务公开平台", "桐溪县人民政府信息公开", "桐溪县政府信息公开网站"]
)
@pytest.mark.parametrize("title", [TITLE, "桐溪县水务局" + TITLE])
def test_disclosure_platform_glued_before_the_title(join: str, banner: str, title: str) -> None:
    head = ["当前位置：首页 > 政务公开 > 建议提案", banner + title, "发布日期：2024-05-21"]
    letter = parse_text(join.join([*head, *LETTER]))
    assert letter.title == title


# (left72a) …but a disclosure office whose name holds the platform's words, an office's
# ending right after them (桐溪县人民政府信息公开办公室关于…), is the title's authority, whole,
# under a crumb whose last step is a menu's word (政府信息公开) or after a page's line: lined,
# flattened with a blank or glued (an earlier round cut it to 办公室关于…, glued to 关于…)
@pytest.mark.parametrize("join", [pytest.param("\n", id="lined"), *JOINS])
@pytest.mark.parametrize("crumb", ["当前位置：首页 > 政府信息公开", "当前位置：首页 > 建议提案"])
@pytest.mark.parametrize("office", ["桐溪县人民政府信息公开办公室", "桐溪县政府政务公开中心"])
def test_disclosure_office_opening_the_title(join: str, crumb: str, office: str) -> None:
    head = [crumb, office + TITLE, "发布日期：2024-05-21"]
    assert parse_text(join.join([*head, *LETTER])).title == office + TITLE


# (left72a) a crumb's last step that is a menu's word (政务公开, 政府信息公开, 政府信息公开指南)
# with the title glued after it, its authority first: the step ends at the word, the
# authority the title's (an earlier round read the authority as the step's, the title from 关于)
@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize(
    "step",
    [
        "政务公开",
        "政府信息公开",
        "政府信息公开 > 政府信息公开指南",
        # (a section's banner, its reply's word after its handling: 建议办理答复, 提案回复)
        "建议办理答复",
        "政协提案回复",
    ],
)
def test_menu_step_before_an_authoritys_title(join: str, step: str) -> None:
    head = ["当前位置：首页 > " + step, "桐溪县水务局" + TITLE, "发布日期：2024-05-21"]
    assert parse_text(join.join([*head, *LETTER])).title == "桐溪县水务局" + TITLE


# (left72a) a share box's word that opens the authority's name (微信对接平台关于…: no share
# button, 对接 no title's 对) is the title's, after a crumb, lined or flattened (an earlier
# round read 微信 as the page's share button and the title from 对接平台关于…)
@pytest.mark.parametrize("join", [pytest.param("\n", id="lined"), *JOINS])
@pytest.mark.parametrize("name", ["桐溪县微信对接平台", "微信对接平台", "微信对接工作组"])
def test_share_word_opening_the_authority(join: str, name: str) -> None:
    head = ["当前位置：首页 > 建议提案", name + TITLE, "发布日期：2024-05-21"]
    assert parse_text(join.join([*head, *LETTER])).title == name + TITLE


# (mend72a) …but after a page's tool (打印, 关闭; a share box over it or not) a name opening
# with a word of 对's is the title's authority, the tool the page's (left72a's word of 对's
# read after every tool kept 打印 in the title, glued)
@pytest.mark.parametrize("join", [pytest.param("\n", id="lined"), *JOINS])
@pytest.mark.parametrize("tools", [["打印"], ["关闭"], ["分享到：微信 微博", "打印"]])
@pytest.mark.parametrize("name", ["对外经济贸易局", "对口支援办公室"])
def test_a_tool_before_a_name_opening_with_dui(join: str, tools: list[str], name: str) -> None:
    head = ["当前位置：首页 > 建议提案", *tools, name + TITLE, "发布日期：2024-05-21"]
    assert parse_text(join.join([*head, *LETTER])).title == name + TITLE


# (mend72a) an authority that only opens with an office's ending's characters (科技局,
# 党委宣传部, 中心医院), glued after the page's words, is a name of its own: the page's words
# end before it (left72a's ending read the words into the title, flattened with a blank)
@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize("name", ["科技局", "党委宣传部", "中心医院"])
def test_page_words_before_an_authority_opening_with_an_ending(join: str, name: str) -> None:
    head = [
        "网站首页 | 政务公开 | 互动交流",
        "当前位置：首页 > 政务公开",
        "政府信息公开指南政府信息公开制度" + name + TITLE,
    ]
    assert parse_text(join.join([*head, *LETTER])).title == name + TITLE


# (mend72a) a crumb's last step that is a menu's word is read whole: 政府信息公开指南 never
# ends at its 政府信息公开, leaving 指南 to the title glued after it
@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize("name", ["科技局", "办公室", "科技信息中心"])
def test_a_menu_step_is_read_whole(join: str, name: str) -> None:
    head = ["当前位置：首页 > 政府信息公开指南", name + TITLE, "发布日期：2024-05-21"]
    assert not parse_text(join.join([*head, *LETTER])).title.startswith("指南")


# a page's tool word glued before the letter's title after the font tool's label whose sizes
# the copy lost (【字体： 打印某局关于…), and a co-handling department's title ending in its
# opinion's name (…的协办意见, …的会办意见) after a tool word the page shows its own: the tool
# is the page's, the title the letter's (fix143, dev143/010 glued)
CO_TITLE = "乙河市自然资源局关于对乙河市某届人大某次会议第8号代表建议的{}"
CO_LETTER = [
    "乙河市某区人民政府：",
    "市某届人大某次会议提出的《关于改善某小区出入口交通的建议》（第8号），"
    "经市政府办公室分办，由贵单位牵头办理，我局配合。我局意见如下：",
    "建议在放学时段增派人员疏导车辆，在校门外划定临时停车区。",
    "专此函达。",
    "乙河市自然资源局",
    "2031年4月25日",
]


@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize(
    ("tools", "title", "letter"),
    [
        pytest.param("【字体： 打印", "桐溪县水务局" + TITLE, LETTER, id="font-label"),
        pytest.param("【字体: 打印", CO_TITLE.format("协办意见"), CO_LETTER, id="font-co"),
        pytest.param("分享 微信 打印", CO_TITLE.format("协办意见"), CO_LETTER, id="tool-co"),
        pytest.param("分享 微信 打印", CO_TITLE.format("会办意见"), CO_LETTER, id="tool-joint"),
    ],
)
def test_tool_after_the_font_label_or_before_a_co_handling_title(
    join: str, tools: str, title: str, letter: list[str]
) -> None:
    head = ["当前位置：首页 > 政务公开 > 建议提案答复", "2031-04-25 17:40 来源：本站", tools]
    letter_read = parse_text(join.join([*head, title, *letter]))
    assert letter_read.title == title


# a page's tool word glued before the letter's title where the page shows the word is its
# own: another tool's word right before it, or a bar setting it apart as a menu's item
@pytest.mark.parametrize(
    "head",
    [
        pytest.param(["分享到： 微信", "{}", "发布日期：2024-05-21"], id="tool-before"),
        pytest.param(["首页|政务公开|{}", "发布日期：2024-05-21"], id="bar-apart"),
    ],
)
@pytest.mark.parametrize("tool", ["打印", "关闭", "收藏"])
def test_tool_shown_the_pages_before_the_title(head: list[str], tool: str) -> None:
    text = " ".join([h.replace("{}", tool + TITLE) for h in head] + LETTER)
    assert parse_text(text).title == TITLE


# the font tool's label with its colon in its bracket, its sizes lost, right before the
# print button a title is glued after (主题词 人大建议 【字号: 打印某局关于…): the label shows
# the word is the page's tool, as another tool's word before it does (fix141)
@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize("title", [TITLE, "桐溪县水务局" + TITLE])
def test_tool_after_the_font_label_before_the_title(join: str, title: str) -> None:
    head = [
        "索引号 0000/2024-00012 发布机构 桐溪县水务局",
        "发布日期 2024-05-21",
        "主题词 人大建议",
        "【字号:",
        "打印",
        title,
    ]
    assert parse_text(join.join([*head, *LETTER])).title == title


# Must not match: the letter's own title opening with a tool's word (收藏品…, 关闭…), in a
# page's head where the rule looks, nothing of the page's showing the word is its own: the
# site's name or its menu before it, the page's date cell glued before it
@pytest.mark.parametrize(
    "title",
    [
        "收藏品交易市场服务中心关于县十届人大三次会议第12号建议的答复",
        "关闭对外开放的旧码头的建议的答复",
    ],
)
@pytest.mark.parametrize(
    ("head", "join"),
    [
        pytest.param(["桐溪县人民政府", "{}", "发布日期：2024-05-21"], " ", id="site-name"),
        pytest.param(["首页 政务公开 互动交流", "{}", "浏览次数：12"], " ", id="menu"),
        pytest.param(
            ["当前位置：首页 > 政务公开 > 建议提案", "发布日期：2024-05-21", "{}"],
            "",
            id="date-cell",
        ),
    ],
)
def test_title_opening_with_a_tool_word_is_the_letters(
    title: str, head: list[str], join: str
) -> None:
    text = join.join([h.replace("{}", title) for h in head] + LETTER)
    assert title in (parse_text(text).title or "")


def test_a_toolbar_switch_and_its_close_button_are_the_sites() -> None:
    """An accessibility switch named whole (打开适老化模式) and the bar's close button alone
    after it (x), then the page's cells, the last a keyword cell left empty, over the
    letter's title its authority opens, blanks inside it: the title is the letter's whole,
    no cell's value, and no tool word or x glued to it (flat55)."""
    head = [
        "无障碍浏览 | 打开适老化模式",
        "x",
        "索引号 0000-1/2024-00012 发布机构 桐溪县水务局",
        "发布日期 2024-05-21 文号 浏览量",
        "主题词",
        "桐溪县水务局关于县十届 人大三次会议 第12号建议的答复",
    ]
    letter = parse_text(" ".join([*head, *LETTER]))
    assert letter.title == "桐溪县水务局" + TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


def test_a_run_of_xs_between_the_pages_runs_is_no_close_button() -> None:
    """Only one close mark alone (x, ×) between two runs of the page's chrome joins them
    (flat55); a run of them (XX, a placeholder the page prints) stays apart from both."""
    line = " ".join(
        [
            "无障碍浏览 | 打开适老化模式",
            "XX",
            "索引号 0000-1/2024-00031 发布机构 桐溪县水务局",
            "发布日期 2024-05-21",
            TITLE,
            *LETTER,
        ]
    )
    held = line.index("XX")
    assert chrome_head(line)
    assert all(not a <= held < b for a, b in chrome_head(line))


def test_a_lone_home_character_ending_the_line_is_read() -> None:
    """A long page line whose last piece is a lone 首 (a spaced 首页 cut off, flat55) is
    read like any piece, not past the line's end."""
    line = " ".join(["索引号 0000-1/2024-00031 发布机构 桐溪县水务局"] * 6) + " 首"
    assert chrome_head(line) is not None


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("名称 |", id="bar-after-label"),
        pytest.param("名称", id="label-alone"),  # (left56a: was a known gap)
    ],
)
def test_a_title_cells_value_with_blanks_inside_goes_whole(label: str) -> None:
    """A title cell's value (the page's heading, blanks inside it: 桐溪县水务局关于县十届
    人大三次会议 第12号建议的答复) is the page's whole, so the letter's own title after the
    cells is read once; its last blank-parted words are no opening of the letter's title.
    With a bar after the label the title its authority opens is no cell's value (flat55),
    and the title is read right; with the label alone the value goes on over its blanks to
    the piece that ends as a title does (left56a; an earlier round cut it at its first)."""
    heading = "桐溪县水务局关于县十届 人大三次会议 第12号建议的答复"
    head = [
        "索引号 0000-1/2024-00012 | 发布机构 桐溪县水务局 |",
        label,
        heading,
        "| 发布日期 2024-05-21 |",
        "桐溪县水务局",
        heading,
    ]
    title = parse_text(" ".join([*head, *LETTER])).title or ""
    assert title.endswith(TITLE)
    assert title.count("第12号") == 1
