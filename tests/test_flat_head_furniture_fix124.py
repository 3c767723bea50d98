"""A flattened page's head furniture around the letter's title and salutation (fix124):
the site's elder version's switch (``长者专版``) beside its accessibility switch; a bulleted
list of what the page says of itself whose date's clock a blank parts from it (``• 某局 •
2099-05-07 10:15``); the font tool whose sizes a copy lost to its marks (``字体【??????】``)
between the title and the salutation; the page's close buttons with its search box's label
left empty glued before the title (``关闭热门搜索:关闭某局关于…``). None is the letter's.
Names, places and times are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced

TITLE = "某县民政局关于县政协九届二次会议第12号提案的函"
BODY = (
    "赵某等委员\n\n你们提出的《关于修缮西岭村敬老院的提案》已交由我局办理，现答复如下\n\n"
    "近年来，我局多方筹措资金，对全县敬老院的屋顶、围墙和消防设施进行了逐年修缮，"
    "并为入住老人添置了床铺和取暖设备。下一步，我局将把西岭村敬老院列入明年的修缮计划，"
    "会同镇政府做好施工期间老人的安置工作，确保工程按期完工。\n\n"
    "感谢你们对民政工作的关心。\n"
)


@pytest.mark.parametrize("flat", [spaced, glued], ids=["blank", "glued"])
def test_elder_switch_and_the_lists_clock_are_the_pages(flat) -> None:  # type: ignore[no-untyped-def]
    head = f"无障碍浏览 长者专版\n\n{TITLE}\n\n  • 某县民政局\n  • 2099-05-07 10:15\n\n"
    record = parse_text(flat(head + BODY))
    assert record.title == TITLE
    assert record.issuer == "某县民政局"


@pytest.mark.parametrize("flat", [spaced, glued], ids=["blank", "glued"])
def test_a_font_tool_with_its_sizes_lost_parts_title_and_salutation(flat) -> None:  # type: ignore[no-untyped-def]
    text = (
        "对第12号建议的答复\n\n字体【??????】\n\n钱某、孙某等二位代表:\n\n"
        "根据某县人大常委会办公室《关于开展建议办理工作回头看的通知》（某常办字[2099]2号）"
        "精神和要求，就二位代表提出的建议，现再次答复如下：\n\n我局已安排资金。\n"
    )
    record = parse_text(flat(text))
    assert record.title == "对第12号建议的答复"
    assert [(a.name, a.role) for a in record.addressees] == [("钱某", "代表"), ("孙某", "代表")]


def test_close_buttons_and_an_empty_search_label_glued_before_the_title() -> None:
    text = (
        f"今天是:\n关闭\n热门搜索:\n关闭\n\n{TITLE}\n\n"
        "来源:某县民政局 时间:2099-05-07 10:15\n放大字体 | 缩小字体 | 打印 |\n\n" + BODY
    )
    record = parse_text(glued(text))
    assert record.title == TITLE


def test_a_title_opening_with_a_buttons_word_keeps_it() -> None:
    # (no authority and 关于 after the word: the title's own first word, as before)
    title = "关闭对外开放码头的建议的答复"
    record = parse_text(glued(f"打印\n关闭\n\n{title}\n\n" + BODY))
    assert record.title == title
