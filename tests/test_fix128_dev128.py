"""dev128's misses, in our own words: a store's cut letter ending on 乡镇, a page's bare view
counter under its date, a banner's welcome a blank parts from the site's name, the author's
cell's 佚名, an accessibility toolbar's cursor, size and colour buttons, the disclosure
platform's name over a column heading, a wiki mirror's byline, font sizes and disclaimer,
and a glued heading before a cited document's frame."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import shows_page
from snippets import glued, spaced
from spans import span_problems

_OPENING = (
    "关于县五届人大二次会议第31号建议的答复\n\n赵某代表：\n\n"
    "您提出的关于加强乡村消防的建议收悉，现答复如下：\n\n"
)


def test_a_cut_letter_ending_on_the_towns_together_signs_nothing() -> None:
    # (the store cut the letter inside its point: 乡镇 is the towns together, no town)
    text = _OPENING + "近年来全县消防工作稳步推进。一是健全责任体系。二是压实基层责任。督促乡镇\n"
    letter = parse_text(text)
    assert letter.signature.issuer is None
    assert letter.issuer is None


def test_a_town_signing_in_its_own_name_still_signs() -> None:
    text = _OPENING + "我镇将加快推进。\n\n感谢您的支持。\n\n青禾镇\n\n2099年5月6日\n"
    letter = parse_text(text)
    assert letter.signature.issuer == "青禾镇"
    assert letter.signature.date == "2099-05-06"


_PAGE_HEAD = "政府信息公开\n\n建议提案办理\n\n"
_AUTHORITY_TITLE = "青禾县文化和旅游局关于县八届二次会议第12号提案的答复"
_LETTER = (
    "孙某委员：\n\n"
    "您提出的《关于打造乡村旅游线路的提案》已收悉，现答复如下：\n\n"
    "我局已编制乡村旅游规划，2098年完成线路建设。\n\n"
    "感谢您对文旅工作的关心和支持。\n\n"
    "青禾县文化和旅游局\n\n"
    "2099年3月4日\n"
)


def test_a_bare_view_counter_under_the_page_date_makes_that_date_the_pages() -> None:
    text = _PAGE_HEAD + _AUTHORITY_TITLE + "\n\n2099-03-20\n点击：\n\n" + _LETTER
    letter = parse_text(text)
    assert [d.value for d in letter.dates] == ["2098", "2099-03-04"]
    assert letter.title == _AUTHORITY_TITLE
    assert letter.issuer == "青禾县文化和旅游局"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("点击：\n", True, id="alone"),
        pytest.param("  浏览次数:  \n", True, id="count-word-blanks"),
        pytest.param("在线阅读：\n", False, id="after-a-word"),
        pytest.param("阅读：《某某条例》\n", False, id="words-after"),
    ],
)
def test_only_a_bare_counter_alone_on_its_line_shows_a_page(text: str, shown: bool) -> None:
    assert shows_page(text) is shown


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
def test_the_disclosure_platforms_name_over_a_column_heading_is_no_title(flatten) -> None:  # type: ignore[no-untyped-def]
    letter = parse_text(flatten(_PAGE_HEAD + _AUTHORITY_TITLE + "\n\n" + _LETTER))
    assert letter.title == _AUTHORITY_TITLE
    assert letter.issuer == "青禾县文化和旅游局"
    assert span_problems(letter) == []


_SITE_HEAD = (
    "某某通中心\n\n欢迎来到 某某法治网!\n当前所在:首页 > 意见征求 > 正文\n\n"
    "某省水利厅关于省十四届人大一次会议第77号代表建议的答复\n\n"
    "发布时间:2099-07-11来源: 某省水利厅作者:佚名\n\n"
)
_SITE_LETTER = (
    "钱某代表:\n\n您提出的关于建设灌区的建议收悉,现答复如下:\n\n"
    "一、灌区的前期工作已经起步，省里拿出一笔水利资金帮某市做勘测，灌区也写进了"
    "《某省水网建设规划》，我们会继续向上争取，让工程早日开工。\n\n"
    "二、灌区覆盖甲县和乙县，主要解决农田浇水，也兼顾两县的吃水，建成以后旱片的"
    "庄稼能浇上水，不再年年看天吃饭。\n\n"
    "三、接下来我厅会督促某市把规划改好并尽快送审，争取列入国家的盘子，"
    "好申请中央的投资。\n"
)


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
def test_a_welcome_a_blank_parts_from_the_sites_name_is_the_banner(flatten) -> None:  # type: ignore[no-untyped-def]
    letter = parse_text(flatten(_SITE_HEAD + _SITE_LETTER))
    assert letter.issuer == "某省水利厅"
    assert letter.title == "某省水利厅关于省十四届人大一次会议第77号代表建议的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("钱某", "代表")]
    assert letter.dates == []


def test_an_accessibility_toolbars_cursor_size_and_colour_buttons_are_the_pages() -> None:
    head = (
        "× 简体 繁体 拼音 首页 帮助 退出 后退 前进 刷新 光标 纯文本 大字 小字 颜色 "
        "白底黑字 蓝底黄字 原始配色 语速 指读 显示屏 全屏 当前位置: 首页 > 公开 > 通知公告 "
    )
    letter = parse_text(head + spaced(_OPENING + "我局将加快推进。\n感谢您的支持。\n"))
    assert letter.title == "关于县五届人大二次会议第31号建议的答复"


def test_a_comment_button_on_the_toolbar_is_no_part_of_the_issuer() -> None:
    head = "简体 繁体 无障碍阅读 长者模式 登录 注册 留言评论 • 索引号: 000000/2099-00001 "
    letter = parse_text(head + spaced(_AUTHORITY_TITLE + "\n" + _LETTER))
    assert letter.issuer == "青禾县文化和旅游局"
    assert letter.title == _AUTHORITY_TITLE


_MIRROR = (
    "某市交通局关于对某市五届人大一次会议第9号建议的答复\n\n"
    "某某百科·作者佚名  2098-05-24  \n宽屏版  字体: |||超大  \n\n"
    "周某、吴某代表:\n\n"
    "您们提出的《关于开通城郊公交的建议》收悉。现就有关问题答复如下:\n\n"
    "城区往外扩了,城郊上下班的人一年比一年多,现在跑这条线的旧车也快到年限了,开通公交"
    "确有必要。我局已决定换车改线,市运管所在挑选车型,等路修好就按程序开通。\n\n"
    "某市交通局\n\n二〇九七年五月二十四日[1]\n\n \n"
    "免责声明:本文为网络用户发布,其观点仅代表作者个人观点,与本站无关。\n \n© 2005- 某某百科 版权所有"
)


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
def test_a_wiki_mirrors_byline_sizes_and_disclaimer_are_the_pages(flatten) -> None:  # type: ignore[no-untyped-def]
    letter = parse_text(flatten(_MIRROR))
    assert [(a.name, a.role) for a in letter.addressees] == [("周某", "代表"), ("吴某", "代表")]
    assert letter.signature.issuer == "某市交通局"
    assert letter.signature.date == "2097-05-24"
    assert [d.value for d in letter.dates] == ["2097-05-24"]


def test_a_glued_heading_runs_on_to_the_frame_of_the_document_it_works_under() -> None:
    body = (
        "一、加快推进改造工作\n我市成立了改造领导小组。\n"
        "二、做好和民政部门的工作衔接\n在《某某实施意见》任务分工中，明确了民政部门的职责。\n"
    )
    letter = parse_text(glued(_OPENING + body))
    assert [s.heading for s in letter.sections] == ["加快推进改造工作", "做好和民政部门的工作衔接"]


def test_the_pages_heading_after_the_title_cells_value_is_the_pages_too() -> None:
    head = (
        "简体 繁体 无障碍阅读 长者模式 登录 注册\n• 索引号: 000000/2099-00001\n"
        "• 发文机关: 青禾县人民政府\n• 发布时间: 2099-10-20\n"
        f"• 标题: {_AUTHORITY_TITLE}\n\n{_AUTHORITY_TITLE}\n\n"
        "发布日期: 2099-10-20 信息来源: 县文化旅游局 浏览次数:\n\n"
        "青禾县文化和旅游局\n\n关于县八届二次会议第12号提案的答复\n\n     青文旅函〔2099〕54号\n\n"
    )
    body = (
        "孙某委员：\n\n你们好！感谢你们对文旅事业的关心。你们提出的“关于打造乡村旅游线路的提案”"
        "收悉，现答复如下：\n\n近年来，县委、县政府高度重视乡村旅游，先后建成了一批景点，"
        "打造了多条精品线路，游客接待量逐年上升，乡村旅游已成为带动农民增收的重要产业。\n"
    )
    letter = parse_text(spaced(head + body))
    assert letter.title == "关于县八届二次会议第12号提案的答复"
    assert letter.issuer == "青禾县文化和旅游局"
    assert letter.doc_number is not None and letter.doc_number.text == "青文旅函〔2099〕54号"
    assert [(a.name, a.role) for a in letter.addressees] == [("孙某", "委员")]
