"""A site's furniture around an article, chrome on a page that shows itself by another sign
(a 发布时间 cell, a crumb, a tool): switches and the way back (返回上一级, 无障碍浏览,
长者模式), a welcome (某县人民政府欢迎您！), the visitor's day (今天是：), the site's name
and address, an image's file name, a section's banner (政府信息公开), the day of the visit
with its weekday over the article, and a metadata table written as a list (``- 索引号：…``).
Also: the salutation under a page's last empty cell (浏览次数：) is no value of it. The
same lines in a letter that shows no page stay the letter's, but for a version's switch named
whole (无障碍浏览, 长者模式, 打开适老化模式: tools55), the site's over a short letter too.
Snippets are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from snippets import REPLY_UNDER_TITLE

LETTER = """桐溪县水务局关于县八届人大二次会议第15号建议的答复
王某、李某代表：
你们提出的《关于整治河道淤积的建议》收悉，现答复如下：
一、基本情况
今年县财政安排清淤资金60万元。
二、下步工作
我局将继续推进河道整治。
感谢你们对水利工作的关心和支持！
桐溪县水务局
2024年6月18日
（联系人：张某，联系电话：0000-5550101）
"""
PAGE_SIGN = "发布时间：2024-06-20 09:30  浏览次数：35"

FURNITURE = [
    pytest.param("返回上一级", id="back-one-level"),
    pytest.param("返回", id="back"),
    pytest.param("无障碍浏览", id="accessible-reading"),
    pytest.param("长者模式", id="elders-mode"),
    pytest.param("无障碍浏览  长者模式", id="two-switches"),
    pytest.param("简体 | 繁體", id="script-switch"),
    pytest.param("分享至好友和朋友圈", id="share-to-friends"),
    pytest.param("×", id="close-cross"),
    pytest.param("今天是：", id="today-empty"),
    # (the widget's moment, its label left empty or filled: fix123)
    pytest.param("当前时间：", id="current-time-empty"),
    pytest.param("当前时间：2024年6月20日 10:30:05", id="current-time-filled"),
    pytest.param("今天是2024年6月20日 星期四", id="today-with-day"),
    # (the widget's clock and lunar date left to a script, a list's bullet before it: fix97)
    pytest.param("• 今天是：00:00:00 农历：", id="today-clock-lunar-bulleted"),
    pytest.param(
        "今天是：2024年6月20日 10:30:05 星期四 农历五月十五", id="today-clock-lunar-filled"
    ),
    pytest.param("桐溪县人民政府欢迎您！", id="welcome"),
    pytest.param("欢迎来到政协桐溪县委员会！", id="welcome-to-a-body"),
    # (a banner's welcome with its account's buttons after it: fix123)
    pytest.param("欢迎来到桐溪县人民政府网站 [登录]", id="welcome-banner-with-login"),
    pytest.param("欢迎访问桐溪县政务网！【登录】【注册】", id="welcome-banner-with-buttons"),
    pytest.param("桐溪县人民政府 www.example.gov.cn", id="site-name-and-address"),
    pytest.param("www.example.gov.cn", id="site-address"),
    pytest.param("banner_top-01.png", id="image-file"),
    pytest.param("政府信息公开", id="section-banner"),
    pytest.param("政府信息公开指南", id="section-banner-guide"),
    pytest.param("标签：", id="tags-left-empty"),
    pytest.param("留言与评论（共有 0 条评论）", id="comment-box-counted"),
    pytest.param("网友评论", id="comment-box-heading"),
    pytest.param("已有3条评论", id="comment-count"),
    pytest.param("验证码：", id="captcha-alone"),
    pytest.param("账号+密码登录", id="login-account-password"),
    pytest.param("手机＋验证码登录", id="login-phone-code"),
    pytest.param("还没有账号？", id="no-account-yet"),
    pytest.param("立即注册", id="sign-up-now"),
    pytest.param("桐溪发布微博", id="site-weibo"),
    pytest.param("桐溪县政府公众号", id="site-official-account"),
]


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_over_a_page_is_chrome(line: str) -> None:
    assert line in _chrome(f"{line}\n{PAGE_SIGN}\n{LETTER}")


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_under_a_page_is_chrome(line: str) -> None:
    assert line in _chrome(f"{PAGE_SIGN}\n{LETTER}{line}")


# 分享 and × make a line of tools chrome by itself, page or not (test_chrome_share_box), and
# so does a version's switch named whole (无障碍浏览, 长者模式: decided tools55)
BY_ITSELF = {
    "分享至好友和朋友圈",
    "×",
    "无障碍浏览",
    "长者模式",
    "无障碍浏览  长者模式",
    # (a banner naming the site, as 欢迎访问某某网站 is by itself: _BANNER)
    "欢迎来到桐溪县人民政府网站 [登录]",
    "欢迎访问桐溪县政务网！【登录】【注册】",
}


@pytest.mark.parametrize("line", [p for p in FURNITURE if p.values[0] not in BY_ITSELF])
def test_a_letter_that_shows_no_page_keeps_the_line(line: str) -> None:
    assert not _chrome(f"{line}\n{LETTER}")


@pytest.mark.parametrize(
    "day",
    [
        pytest.param("2025年08月01日星期五", id="tight"),
        # (blanks a copy left around its 年月日: damage56's dates-respelled)
        pytest.param("2025年 08月01日 星期五", id="blank-after-year"),
        pytest.param("2025 年 8 月 1 日 星期五", id="blanks-around-marks"),
    ],
)
def test_the_day_of_the_visit_is_chrome_over_the_article_only(day: str) -> None:
    assert day in _chrome(f"{day}\n{PAGE_SIGN}\n{LETTER}")
    signed = LETTER.replace("2024年6月18日\n", f"{day}\n")
    assert day not in _chrome(f"{PAGE_SIGN}\n{signed}")


def test_a_furniture_word_inside_the_letter_stays() -> None:
    # furniture is read from the page's ends to the letter's first and last lines only
    text = f"{PAGE_SIGN}\n{LETTER.replace('二、下步工作', '政府信息公开')}"
    assert "政府信息公开" not in _chrome(text)


def test_a_metadata_list_with_hyphen_bullets_is_chrome() -> None:
    cells = [
        "- 索引号: 000000/2024-00031",
        "- 主题分类: 水利",
        "- 发布机构: 桐溪县水务局",
        "- 组配分类:",
        "- 发文字号:",
        "- 标题: 桐溪县水务局关于县八届人大二次会议第15号建议的答复",
    ]
    assert _chrome("\n".join(cells) + "\n" + LETTER) == set(cells)


def test_a_page_label_the_site_files_its_office_under_is_a_cell() -> None:
    line = "所属机构: 县水务局 发布机构: 桐溪县人民政府"
    assert _chrome(f"{line}\n{LETTER}") == {line}


def test_the_salutation_under_a_pages_last_empty_cell_stays() -> None:
    head = "信息来源：桐溪县水务局\n发布时间：2024-06-20 09:30\n浏览次数：\n\n"
    text = head + LETTER.replace("王某、李某代表：", "王某委员：")
    assert "王某委员：" not in _chrome(text)
    assert [(a.name, a.role) for a in parse_text(text).addressees] == [("王某", "委员")]


def _fields(text: str) -> dict[str, Any]:
    record = parse_text(text).model_dump(mode="json")
    keep = ("issuer", "title", "proposal", "addressees", "sections", "amounts", "dates")
    out: dict[str, Any] = {key: record[key] for key in (*keep, "contacts", "references")}
    out["signature"] = {k: record["signature"][k] for k in ("issuer", "date")}
    out["proposal"] = {k: v for k, v in (out["proposal"] or {}).items() if not k.endswith("span")}
    for key in ("addressees", "sections", "amounts", "dates", "contacts", "references"):
        out[key] = [
            {k: v for k, v in item.items() if k not in ("span", "extent")} for item in out[key]
        ]
    return out


ABOVE = """长者模式
无障碍浏览
今天是：
桐溪县人民政府欢迎您！
桐溪县人民政府 www.example.gov.cn
banner_top-01.png
政府信息公开
返回上一级
字号
打印
- 索引号: 000000/2024-00031
- 主题分类: 水利
- 发布机构: 桐溪县水务局
- 组配分类:
- 标题: 桐溪县水务局关于县八届人大二次会议第15号建议的答复
"""
BELOW = "分享至好友和朋友圈\n×\n返回\n"


def test_a_letter_reads_the_same_inside_the_furniture() -> None:
    alone = _fields(LETTER)
    assert alone["title"] == "桐溪县水务局关于县八届人大二次会议第15号建议的答复"
    assert _fields(ABOVE + LETTER + BELOW) == alone


def test_furniture_over_a_footer_is_chrome_and_the_signer_stays() -> None:
    # the signer over a date damaged past reading, a footer's image and lines under it
    signed = LETTER.replace(
        "2024年6月18日\n（联系人：张某，联系电话：0000-5550101）\n", "2024618\n"
    )
    footer = (
        "foot_img_01.png\n主办单位：桐溪县人民政府 版权所有：桐溪县人民政府办公室 网站地图\n"
        "网站标识码：0000000000 某ICP备00000000号\n联系电话：0000-5550199\nfoot_img_02.png\n"
    )
    text = f"{PAGE_SIGN}\n{signed}{footer}"
    assert "foot_img_01.png" in _chrome(text)
    record = parse_text(text)
    assert record.signature.issuer == "桐溪县水务局"
    assert record.contacts == []


def test_a_tables_summary_and_term_rows_are_its_cells() -> None:
    table = (
        "| 索 引 号 | 000000/2024-00031 | 分 类 | 意见 |\n"
        "| 发布机构 | 桐溪县水务局 | 发文日期 | 2024-06-18 |\n"
        "| 标 题 | 桐溪县水务局关于县八届人大二次会议第15号建议的答复 | ||\n"
        "| 内容概述 | |||\n| 时 效 | 有效 | ||\n"
    )
    # (the letter's own title line lost: the 标题 cell gives it, and no row after it joins)
    untitled = LETTER.split("\n", 1)[1]
    assert (
        _fields(table + untitled)["title"] == "桐溪县水务局关于县八届人大二次会议第15号建议的答复"
    )


# -- more of a page's lines: its moment of publication, menus, downloads, tags ------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("时间:2018-09-29 08:19", id="bare-time-label-date-and-clock"),
        pytest.param("日期：2024/6/20 10:05:33", id="bare-date-label-slashes-seconds"),
        pytest.param("菜单", id="menu"),
        pytest.param("展开  菜单", id="expand-menu"),
        pytest.param("保存为word 打印 关闭", id="save-print-close"),
        pytest.param(
            "时间:2024-06-20       大    中    小      来源:某日报", id="date-tools-source"
        ),
        pytest.param(
            "某县政府门户网站 www.example.gov.cn 更新时间:2024-06-20", id="site-then-cells"
        ),
        pytest.param("您所在的位置：网站首页 > 政府信息公开 > 建议提案办理 >", id="you-are-at"),
        pytest.param("您现在所在的位置：网站首页>政府信息公开", id="you-are-now-at"),
        pytest.param("日期:2024/6/20   作者:   来源:本站原创    点击:", id="clicks-cell"),
        pytest.param(
            "来源于: 桐溪县人民政府 发布时间:2024-06-20 10:23 发布人:县水务局", id="source-of"
        ),
        pytest.param("公开日期  2024-06-20  失效日期 ", id="expiry-date-cell"),
        pytest.param("来源:桐溪县水务局发布时间:2025-11-04 15:22文字大小:[ ]", id="cells-glued"),
        pytest.param(
            "桐溪县政府门户网站 www.example.com更新时间:2016-09-30作者:字体[ ]", id="after-address"
        ),
        pytest.param(
            "桐溪县政府 www.example.gov.cn 2025-02-06 12:23 来源:桐溪县人民政府办公室 放大 正常 缩小",
            id="site-address-date-then-cells",
        ),
        pytest.param(
            "桐溪县政府 www.example.gov.cn 2025年2月6日 来源:桐溪县水务局", id="site-address-day"
        ),
    ],
)
def test_a_pages_line_is_chrome_by_itself(line: str) -> None:
    assert _chrome(f"{line}\n{LETTER}") == {line}


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("时间：2024年6月20日 9:30", id="meeting-time-written-with-nian-yue-ri"),
        pytest.param("时间：2024-06-20", id="a-lone-date-stays"),
        pytest.param("开展菜单式服务", id="menu-in-a-phrase"),
        pytest.param("资金来源：县财政安排120万元", id="two-character-label-inside-a-word"),
        pytest.param("本通知发布时间：2024年6月1日", id="words-before-the-label"),
    ],
)
def test_a_letters_line_like_them_stays(line: str) -> None:
    assert not _chrome(f"{line}\n{LETTER}")


def test_expand_over_a_menu_is_chrome() -> None:
    # 菜单 shows the page; 展开 alone is chrome only on one (a letter writes 展开 often:
    # no search of the view's looks for it)
    assert _chrome(f"展开\n菜单\n{LETTER}") == {"展开", "菜单"}
    assert not _chrome(f"展开\n{LETTER}")


@pytest.mark.parametrize("line", ["文件下载", "政策咨询", "下载"])
def test_downloads_under_a_page_are_chrome(line: str) -> None:
    assert line in _chrome(f"{PAGE_SIGN}\n{LETTER}{line}\n标签:")


def test_a_page_time_under_the_title_is_no_part_of_it_nor_a_date() -> None:
    record = parse_text(LETTER.replace("\n", "\n时间:2024-06-20 08:19\n", 1))
    assert record.title == "桐溪县水务局关于县八届人大二次会议第15号建议的答复"
    assert [d.value for d in record.dates] == ["2024-06-18"]


def test_a_heading_the_letter_writes_again_a_character_changed_is_the_pages() -> None:
    # the site wrote 第 before the number; the letter's own title and its colonless
    # salutation under it are read
    title = "桐溪县水务局关于县八届人大二次会议21号代表建议办理情况的函"
    heading = title.replace("21号", "第21号")
    body = "王某、李某某、赵某代表\n\n提出的《关于加强某某干渠管理的建议》收悉，现答复如下：\n"
    text = f"{heading}\n\n{PAGE_SIGN}\n\n{title}\n\n \n\n{body}" + LETTER.split("\n", 3)[3]
    record = parse_text(text)
    assert record.title == title
    assert [a.name for a in record.addressees] == ["王某", "李某某", "赵某"]


def test_a_scan_to_follow_box_under_the_contacts_leaves_the_signature() -> None:
    # 扫码 shows the page by itself; the account under it is the box's
    signed = LETTER.replace("桐溪县水务局\n2024年6月18日\n", "2024年6月18日\n")
    record = parse_text(signed + "扫码关注\n桐溪发布微博\n")
    assert record.signature.date == "2024-06-18"
    assert [c.name for c in record.contacts] == ["张某"]


# -- a site's head: crumbs worded 您所在的位置, menus, the site's name over its crumb ---------


def test_the_sites_name_over_its_crumb_and_menu_headings_are_chrome() -> None:
    head = "无障碍浏览 长者模式\n国务院信息:\n省政府信息:\n人大建议\n您当前的位置:首页/ 人大建议\n"
    assert _chrome(head + LETTER) == set(head.split("\n")) - {""}
    head = "桐溪县人民政府\n首页 >> 新闻信息 >> 部门动态 >> 正文\n"
    assert _chrome(head + LETTER) == set(head.split("\n")) - {""}


def test_a_title_over_a_crumb_stays() -> None:
    # only a short line with no word of a title is the site's name over its crumb
    head = "关于县八届人大二次会议第15号建议的答复\n首页 >> 建议提案 >> 正文\n"
    assert _chrome(head + LETTER) == {"首页 >> 建议提案 >> 正文"}


def test_a_menu_heading_is_read_over_the_salutation_on_a_page_only() -> None:
    text = "国务院信息:\n" + LETTER
    assert [a.name for a in parse_text(f"{PAGE_SIGN}\n{text}").addressees] == ["王某", "李某"]
    assert not _chrome(text)


def test_a_cell_of_the_publication_steps_alone_over_the_salutation_is_chrome() -> None:
    head = " 索 引 号  0000/2024-00031\n 公开日期  2024-06-20  失效日期 \n 公开程序 \n"
    untitled = LETTER.split("\n", 1)[1]
    assert [a.name for a in parse_text(head + untitled).addressees] == ["王某", "李某"]
    assert "公开程序" in {line.strip() for line in _chrome(head + untitled)}


def test_an_empty_counter_over_a_colonless_salutation_leaves_it() -> None:
    head = "关怀版 无障碍\n您当前所在位置: 首页 > 部门信息公开目录 >\n访问量:\n\n"
    text = head + LETTER.replace("王某、李某代表：", "尊敬的王某代表")
    assert [a.name for a in parse_text(text).addressees] == ["王某"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("扫一扫 手机浏览", id="scan-phone-view"),
        pytest.param("【打印正文】", id="print-text"),
        pytest.param(
            "【下载Word】 【下载PDF】 【打印文章】 【关闭窗口】 |", id="download-print-close"
        ),
        pytest.param(
            "Email:office@example.gov.cn 中文域名:桐溪县人民政府.政务", id="chinese-domain"
        ),
    ],
)
def test_more_page_tools_are_chrome(line: str) -> None:
    assert _chrome(f"{LETTER}{line}") == {line}


TITLE_LINE = LETTER.split("\n", 1)[0]
TOOLS = "返回上一级\n字号\n打印\n"


@pytest.mark.parametrize("day", ["2024.06.20", "2024-06-20", "2024/6/20"])
def test_a_pages_date_in_figures_under_the_title_is_chrome(day: str) -> None:
    text = LETTER.replace(TITLE_LINE, f"{TITLE_LINE}\n主动公开\n{day}")
    assert day in _chrome(TOOLS + text)
    assert [d.value for d in parse_text(TOOLS + text).dates] == ["2024-06-18"]


# Near misses: the same date in a letter that shows no page; a date with 年月日 (the
# letter's way of dating); a date in figures below the salutation (the body's)
@pytest.mark.parametrize(
    ("page", "old", "new"),
    [
        pytest.param("", TITLE_LINE, f"{TITLE_LINE}\n2024.06.20", id="no-page"),
        pytest.param(TOOLS, TITLE_LINE, f"{TITLE_LINE}\n2024年6月20日", id="year-month-day"),
        pytest.param(TOOLS, "一、基本情况", "2024.06.20\n一、基本情况", id="in-the-body"),
    ],
)
def test_a_date_the_page_does_not_give_stays(page: str, old: str, new: str) -> None:
    text = page + LETTER.replace(old, new)
    assert not {"2024.06.20", "2024年6月20日"} & _chrome(text)


# The site's head over its crumb (dev23 round): a markup's debris, a mirror's advertisements,
# a style's name, lines with no title's word, no sentence and no salutation's colon from the
# page's top down to the crumb, are chrome; none is the title's.
SITE_HEAD = (
    '<wbr id="x"><strike id="x"></strike></wbr>\n'
    "  1. 广告词一,广告词二,广告词三\n"
    "    headerBg\n"
    "    您现在的位置: 首页 > 信息公开 > 议案提案\n"
)


def test_the_sites_head_over_its_crumb_is_chrome() -> None:
    assert _chrome(SITE_HEAD + LETTER) == set(SITE_HEAD.split("\n")) - {""}
    letter = parse_text(SITE_HEAD + LETTER)
    assert letter.title == LETTER.split("\n", 1)[0]
    assert letter.proposal is not None
    assert letter.proposal.title == "关于整治河道淤积的建议"


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("关于县八届人大二次会议代表建议的答复", id="title-word"),
        pytest.param("我局已认真研究。", id="sentence"),
        pytest.param("王某代表：", id="salutation"),
    ],
)
def test_a_letters_line_over_the_crumb_keeps_the_head(above: str) -> None:
    # (the letter's line stays; a line with no title's word or sentence over the crumb,
    # headerBg, is the site's header all the same: test_chrome_mirrors_and_item_tables)
    text = f"headerBg\n{above}\n您现在的位置: 首页 > 信息公开\n{LETTER}"
    assert _chrome(text) & {above, "您现在的位置: 首页 > 信息公开"} == {
        "您现在的位置: 首页 > 信息公开"
    }


def test_a_site_line_with_address_and_date_under_the_title_is_no_issuer() -> None:
    # the site's name opens a page row of its address, the page's time and its 来源 cell
    # (the page's tools after it): the page's, not the letter's 发文机关 line
    title = "关于对县人大一届一次会议第3号议案的答复"
    row = "桐溪县政府 www.example.gov.cn 2025-02-06 12:23 来源:桐溪县人民政府办公室 放大 正常 缩小"
    body = "王某代表:\n您提出的《关于某村修路的建议》已收悉,现答复如下:\n已安排。\n"
    record = parse_text(f"{title}\n\n{row}\n\n{body}")
    assert record.issuer is None
    assert record.title == title


def test_the_visitors_day_under_a_welcome_is_no_salutation() -> None:
    # a widget's 今天是： (its day left to a script) over a crumb without its colon, the
    # site's welcome to a body (no 网站) over it (dev35)
    page = "欢迎来到政协桐溪县委员会！\n今天是：\n当前位置首页 -> 提案工作\n"
    record = parse_text(page + LETTER)
    assert [a.name for a in record.addressees] == ["王某", "李某"]
    assert record.title == "桐溪县水务局关于县八届人大二次会议第15号建议的答复"


def test_the_visitors_day_under_the_sites_name_is_no_salutation() -> None:
    # (no crumb: the site's name over the widget stops no reading of it among the page's
    # first lines; a page sign below shows the page)
    page = f"桐溪县政协\n今天是：\n{PAGE_SIGN}\n"
    record = parse_text(page + LETTER)
    assert [a.name for a in record.addressees] == ["王某", "李某"]
    assert "今天是：" in _chrome(page + LETTER)


# A mirror's article ends in its tags and its comment box (dev63): the tags' label left empty,
# the box's heading counting the comments, its captcha's field. None is the letter's: the
# tags' label is no salutation, whether the page kept its lines or flattened them.
TAIL = "标签：\n留言与评论（共有 0 条评论）\n   \n验证码：\n"
TAILED = (
    PAGE_SIGN
    + "\n桐溪县水务局关于县八届人大二次会议第15号建议的答复\n提案内容：\n建议整治河道淤积。\n"
    "答复内容：\n我局已安排清淤资金，今年汛前完成。\n\n" + TAIL
)


@pytest.mark.parametrize(
    "text",
    [pytest.param(TAILED, id="lines-kept"), pytest.param(" ".join(TAILED.split()), id="flattened")],
)
def test_tags_and_a_comment_box_under_a_reply_with_no_salutation(text: str) -> None:
    letter = parse_text(text)
    assert letter.addressees == [] and letter.salutation is None


SHORT_TITLE = "关于疏通柳岸街排水沟的建议的答复"


@pytest.mark.parametrize(
    "tools",
    [
        pytest.param(["打开适老化模式", "x"], id="switch-then-close"),
        pytest.param(["关闭适老化模式", "X"], id="switch-off-then-close"),
        pytest.param(["无障碍浏览", "长者模式"], id="two-switch-lines"),
        pytest.param(["无障碍浏览  长者模式"], id="switches-one-line"),
    ],
)
def test_switches_over_a_short_letter_with_no_page_cells_are_the_sites(
    tools: list[str],
) -> None:
    """A version's switch named whole (打开适老化模式, 无障碍浏览, 长者模式) on lines of its
    own over a short letter with no page cell nor 发文字号 under it, the bar's close button
    alone after it or not: the site's, no words of the title (decided tools55; with a date
    cell under them they were read so already)."""
    text = "\n".join([*tools, SHORT_TITLE, REPLY_UNDER_TITLE])
    assert parse_text(text).title == SHORT_TITLE


def test_a_lone_x_over_a_letter_with_no_switch_stays() -> None:
    """An x alone goes with the switch over it only: over the title by itself it is no
    toolbar's close button, and the page's furniture is not read from it."""
    assert "x" not in _chrome("\n".join(["x", SHORT_TITLE, REPLY_UNDER_TITLE]))


def test_switches_a_reply_lists_inside_its_prose_stay() -> None:
    """The same switches one a line inside the letter's prose, a list's colon over them and
    a sentence under them (a reply on a site's versions for the old and the blind), are the
    letter's, as review54c keeps an accessibility toolbar's buttons so."""
    body = REPLY_UNDER_TITLE.replace(
        "目前正在争取。\n",
        "目前正在争取。网站改版后新增：\n无障碍浏览\n长者模式\n群众可随时切换。\n",
    )
    kept = _chrome("\n".join([SHORT_TITLE, body]))
    assert "无障碍浏览" not in kept
    assert "长者模式" not in kept


def test_the_visitors_day_with_its_clock_and_lunar_date_is_no_salutation() -> None:
    # the widget's bulleted 今天是 with its clock and 农历 left empty, over the page's crumb
    # and a metadata list: no addressee, and the title under it stays the title (fix97)
    page = "• 今天是：00:00:00 农历：\n当前位置：首页 / 政务公开 / 建议提案\n• 发布机构：\n"
    record = parse_text(page + LETTER)
    assert [a.name for a in record.addressees] == ["王某", "李某"]
    assert record.title == "桐溪县水务局关于县八届人大二次会议第15号建议的答复"


LATIN_TAIL = "404 Not Found\nnginx\nBaidu\nmap\nBaidu\nmap\n"


def test_latin_words_under_a_pages_letter_are_chrome_and_the_signer_stays() -> None:
    # a mirror's server error and a map widget's alternate text, a word a line, under a
    # letter whose date lost its 年月日: the page's, and the signer over them signs (fix97)
    signed = LETTER.replace(
        "2024年6月18日\n（联系人：张某，联系电话：0000-5550101）\n", "2024618\n"
    )
    text = signed + LATIN_TAIL
    assert {"Baidu", "map"} <= _chrome(text)
    assert parse_text(text).signature.issuer == "桐溪县水务局"


def test_latin_words_stay_on_a_letter_that_shows_no_page() -> None:
    assert not _chrome(LETTER + "Baidu\nmap\n")


def test_latin_words_over_the_article_are_not_read_as_furniture() -> None:
    # (above the letter a site's English name or switch may stand where the title does:
    # the rule reads the page's foot only)
    assert "English" not in _chrome(f"English\n{PAGE_SIGN}\n{LETTER}")
