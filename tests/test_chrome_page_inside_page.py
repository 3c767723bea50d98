"""A page printed inside another's: the outer page's crumb, its heading (the letter's title)
and its cells over the inner page as saved, its banner, welcome line, menu, crumb and
heading, then the letter with its title written again; under the letter the inner page's
footer (an image's file name, the host's cells, its phone) over the outer page's footer.
The outer heading is the page's, and the inner page's lines read as they do at the top or
the foot of a page of their own (pert67: the inner banner was read as the salutation, the
outer heading as the title, the inner footer's phone as a contact). Snippets invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines, page_doc_number

TITLE = "关于区九届人大二次会议第14号建议的答复"
OUTER = [
    "当前位置：首页 > 建议提案办理",
    TITLE,
    "发布日期：2099-06-11 17:28    信息来源：青岚区人民政府办公室",
]
INNER = [
    "青岚政务网",
    "欢迎访问青岚政务网！",
    "当前所在：首页 > 意见征求 > 正文",
    TITLE,
    "发布时间：2099-06-01 来源：青岚区体育局",
]
LETTER = [
    "类别：B",
    "青体函〔2099〕6号",
    TITLE,
    "周小岚代表：",
    "您提出的关于增设社区健身器材的建议收悉，现答复如下：",
    "我局已在三个社区增设健身器材。",
    "青岚区体育局",
    "2099年6月1日",
]
INNER_FOOT = [
    "foot_img_01.png",
    "主办单位：青岚区人民政府 版权所有：青岚区人民政府办公室 网站地图",
    "网站标识码：0000000001 ICP备案序号：某ICP备00000001号-1",
    "联系电话：0000-5550123",
    "foot_img_02.png",
]
OUTER_FOOT = [
    "版权所有 © 本站  未经许可不得转载",
    "网站标识码：0000000002  某ICP备00000002号-2",
    "地址：青岚区文昌路1号  邮编：000000  电话：0000-5550179",
]


def test_the_inner_page_reads_as_a_page_of_its_own() -> None:
    alone = parse_text("\n".join([*INNER, *LETTER, *INNER_FOOT]), keywords=False)
    inside = parse_text(
        "\n".join([*OUTER, *INNER, *LETTER, *INNER_FOOT, *OUTER_FOOT]), keywords=False
    )
    assert [(a.name, a.role) for a in inside.addressees] == [("周小岚", "代表")]
    assert inside.title == alone.title == TITLE
    assert inside.doc_number is not None and alone.doc_number is not None
    assert inside.doc_number.text == alone.doc_number.text
    assert inside.issuer == alone.issuer
    assert inside.contacts == alone.contacts == []


def test_the_inner_banner_and_footer_are_chrome() -> None:
    lines = [*OUTER, *INNER, *LETTER, *INNER_FOOT, *OUTER_FOOT]
    chrome = {lines[i] for i in chrome_lines(lines, "\n".join(lines))}
    assert {"青岚政务网", "欢迎访问青岚政务网！", *INNER_FOOT} <= chrome
    assert "周小岚代表：" not in chrome
    assert "青岚区体育局" not in chrome


def test_a_title_written_again_under_a_sentence_is_no_inner_page() -> None:
    # (a sentence between the heading and the title written again: the letter's own
    # lines, no inner page's top)
    lines = [*OUTER, "本页内容转载自区体育局网站，请以原文为准。", *LETTER]
    chrome = {lines[i] for i in chrome_lines(lines, "\n".join(lines))}
    assert "本页内容转载自区体育局网站，请以原文为准。" not in chrome


NUMBER_CELL = [
    "索 引 号  000000001/2099-00001    发布机构  青岚县人民政府",
    "生成日期  2099-07-02 08:27    主题分类  人大建议、政协提案",
    "文 号",
]
"""A page's table over its 文号 cell, the cell's value on the next line."""
BYLINE = ["时间：2099-10-16   点击数：781", "当前位置：首页 >> 政务公开 >> 政协委员提案"]
STREET_REPLY = [
    "周小岚代表：",
    "您提出的关于老旧街道人行道重新铺装的建议收悉。现答复如下：",
    "我局已安排铺装。",
    "青岚县某街道办事处",
    "2099年6月1日",
]
"""The letter under the title: salutation, opening, body, signer and date."""


def test_a_heading_under_an_empty_number_cell_is_no_doc_number() -> None:
    # (the outer page's heading under its empty 文号 cell, read as the page's since the
    # inner page writes it again: its item's number is no 发文字号 of the cell's)
    heading = "关于市六届人大六次会议第B(2099)174号建议的回复"
    lines = [
        *NUMBER_CELL,
        heading,
        *BYLINE,
        "青岚县政务网",
        "关于老旧街道人行道重新铺装建议的答复",
        heading,
        *STREET_REPLY,
    ]
    text = "\n".join(lines)
    assert page_doc_number(text) is None
    assert parse_text(text, keywords=False).doc_number is None


def test_a_form_letter_under_the_outer_heading_reads_as_its_own() -> None:
    # (the letter a form: its rows, one a label left alone with its colon over its value, a
    # sentence, then the title written again; the outer heading is the page's, the rows the
    # letter's head, and their date no date of the letter's body)
    form = [
        "建议号：201号",
        "提案人：周小岚",
        "内 容：",
        "青石镇小学生源增多，校舍不足，建议尽快搬迁扩建。",
        "承办单位：教育局",
        "交办日期：2099年2月9日",
        "办理情况",
        TITLE,
        "周小岚代表：",
        "您提出的关于小学搬迁的建议收悉，现答复如下：",
        "我局已作安排。",
        "青岚区教育局",
        "2099年5月7日",
    ]
    alone = parse_text("\n".join(form), keywords=False)
    inside = parse_text("\n".join([*OUTER, *form, *OUTER_FOOT]), keywords=False)
    assert [d.value for d in inside.dates] == [d.value for d in alone.dates]
    assert inside.title == alone.title == TITLE
    assert [(a.name, a.role) for a in inside.addressees] == [("周小岚", "代表")]


def test_a_number_cells_doc_number_holding_meeting_words_stays_its_number() -> None:
    # (review67: a 发文字号 whose prefix holds 会议 with no item's 第 after it, a meeting's
    # minutes or a joint meeting's office, is the cell's number; only a title's item number,
    # 会议第B(…)…号 or one opening with 关于, is none)
    number = "某县政府常务会议纪要〔2099〕5号"
    lines = [
        *NUMBER_CELL,
        number,
        *BYLINE,
        "关于老旧街道人行道重新铺装建议的答复",
        *STREET_REPLY,
    ]
    text = "\n".join(lines)
    found = page_doc_number(text)
    assert found is not None
    assert text[found[0] : found[1]] == number


def test_an_inner_footers_phone_between_its_host_row_and_an_image_is_the_pages() -> None:
    # (review67's P1: the inner footer with no mark of its own, its host's row, a phone
    # under it and an image's name, over the outer page's footer ending with its phone
    # alone: the phone is the inner footer's, no contact of the letter's)
    foot = [
        "foot_img_01.png",
        "主办单位：青岚区人民政府 版权所有：青岚区人民政府办公室",
        "联系电话：0000-5550123",
        "foot_img_02.png",
    ]
    lines = [*OUTER, *INNER, *LETTER, *foot, *OUTER_FOOT[:2], "电话：0000-5550179"]
    chrome = {lines[i] for i in chrome_lines(lines, "\n".join(lines))}
    assert set(foot) <= chrome
    assert parse_text("\n".join(lines), keywords=False).contacts == []


def test_the_letters_own_phone_over_an_image_and_the_footer_stays_the_letters() -> None:
    # (a lone phone cell under the letter's date, an image's name and the footer under it:
    # no footer row over it, the letter's own)
    lines = [
        *LETTER,
        "联系电话：0000-5550123",
        "foot_img_02.png",
        *OUTER_FOOT[:2],
        "电话：0000-5550179",
    ]
    letter = parse_text("\n".join(lines), keywords=False)
    assert [c.phone for c in letter.contacts] == ["0000-5550123"]
