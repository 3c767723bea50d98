"""The head of a web page flattened onto one line, nothing between its lines: the site's
welcome glued to the crumb's lead, the crumb's last step (详细内容) glued to the heading,
a crumb's arrow alone before the heading, the heading written twice with its authority
apart by a blank, a share box's label glued to the salutation, and a reply's code glued
after the page's tool words. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "您提出的《关于补建护林站的提案》收悉，现答复如下：我局高度重视护林工作，已在三个乡镇"
    "新设护林站，配备护林员十二名，并将继续加大投入，逐步覆盖全县林区。"
    + "护林站建成后，由乡镇统一管理，林业部门负责业务指导，每季度开展一次巡查考核。"
    * 8
    + "感谢您对护林事业的"
    "关注和帮助。某县林业局2020年3月4日"
)
_TITLE = "某县林业局关于县政协八届六次会议第83号提案的答复函"


def test_welcome_and_crumb_glued_before_the_heading() -> None:
    text = (
        "欢迎访问某县人民政府！您的位置： 首页 >互动回应>详细内容"
        f"{_TITLE}来源：某县林业局  发布时间：2020-03-05 09:00:00 浏览次数： 【字体：王明委员：您好！"
        + _BODY
    )
    letter = parse_text(text)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_crumb_arrow_heading_twice_and_share_label_glued() -> None:
    heading = "某县林业局 关于对县政协八届六次会议第83号提案答复的函"
    text = (
        f"本站已支持IPv6 当前位置:首页 委员来信 > {heading}{heading}发布时间:2020-03-05 "
        "来源:县林业局 点击量:100 [ 字号: ] 打印本页 分享:王明委员:" + _BODY
    )
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]
    assert letter.title is not None and ">" not in letter.title
    assert letter.title.endswith("关于对县政协八届六次会议第83号提案答复的函")


def test_reply_code_glued_after_tool_words() -> None:
    text = (
        "我要收藏文章分享复政协提字〔2019〕7号关于县政协八届六次会议第83号提案的答复"
        "王明委员：" + _BODY
    )
    letter = parse_text(text)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "复政协提字〔2019〕7号"


def test_tidy_page_head_keeps_its_title() -> None:
    text = (
        "当前位置：首页 > 提案答复\n\n"
        f"{_TITLE}\n\n发布时间：2020-03-05  分享：\n\n王明委员：\n\n"
        + _BODY.replace("。某县", "。\n\n某县")
    )
    letter = parse_text(text)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_authority_number_in_a_tidy_header_stays() -> None:
    text = "某县林业局\n某林函〔2019〕7号\n" + _TITLE + "\n王明委员：\n" + _BODY
    letter = parse_text(text)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某林函〔2019〕7号"


def test_font_tool_bracket_glued_after_the_page_heading() -> None:
    # the page's heading, then its font tool 【字号：, then the letter's own title
    text = (
        "分享到:关于县政协八届六次会议第83号提案的答复【字号:关于县政协八届六次会议83号提案的答复"
        "王明委员:" + _BODY
    )
    letter = parse_text(text)
    assert letter.title == "关于县政协八届六次会议83号提案的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_name_and_role_apart_after_an_empty_page_cell() -> None:
    # the page's cells, the last one empty (背景色：), then the name, the role and the
    # opening, no colon: glued, or with the blanks kept
    for joint in ("", " "):
        text = (
            f"{_TITLE}发布时间:2019-11-05 09:30 信息来源:某县人民政府 文字大小:[ ] 背景色:"
            f"{joint}王明  委员{joint}您在县政协会议期间提出的护林站提案收悉，现答复如下：" + _BODY
        )
        letter = parse_text(text)
        assert letter.title == _TITLE
        assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_cell_value_before_a_sentence_is_no_name() -> None:
    # a page cell's value before the letter's first sentence: no salutation made of it
    text = (
        f"{_TITLE}发布时间:2019-11-05 09:30 信息来源:某县人民政府 发布机构:某县林业局 "
        "您在县政协会议期间提出的护林站提案收悉，现答复如下：" + _BODY
    )
    assert parse_text(text).addressees == []


def test_class_and_publication_marks_after_the_page_tools() -> None:
    # the page's font tool and 打印, then the letter's own marks over its number
    text = (
        "首页 > 政民互动 > 正文 关于县政协八届六次会议第83号提案的答复 2019-10-28 09:30  "
        "来源:某县林业局  【字号:   打印 B 公开 某林函〔2019〕7号 王明委员: " + _BODY
    )
    letter = parse_text(text)
    assert letter.handling_type == "B"
    assert letter.public is True
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某林函〔2019〕7号"


def test_font_sizes_in_letters_stay_the_pages() -> None:
    # the font tool's sizes written A A A: no class mark, no number after them
    text = (
        "首页 > 政民互动 > 正文 关于县政协八届六次会议第83号提案的答复 2019-10-28 09:30  "
        "来源:某县林业局  字号: A A A 打印 王明委员: " + _BODY
    )
    letter = parse_text(text)
    assert letter.handling_type is None
    assert letter.title == "关于县政协八届六次会议第83号提案的答复"


def test_labelled_page_date_in_brackets_glued_after_the_title() -> None:
    text = (
        "关于县政协八届六次会议第83号提案会办的意见发布日期(2019-10-28)某县林业局：王明委员提出的"
        "护林站提案收悉，特提出会办意见：" + _BODY
    )
    letter = parse_text(text)
    assert letter.title == "关于县政协八届六次会议第83号提案会办的意见"
    assert "2019-10-28" not in [d.value for d in letter.dates]


def test_dash_of_an_empty_count_glued_to_the_number() -> None:
    text = (
        f"{_TITLE}发布日期:2019-10-28 09:30  文章来源:某县林业局  【 字号: 】 访问量: "
        "-某林函〔2019〕7号王明委员:" + _BODY
    )
    letter = parse_text(text)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某林函〔2019〕7号"
    assert letter.title == _TITLE


def test_class_mark_glued_to_the_page_date_after_the_title() -> None:
    text = (
        "您当前的位置：首页>公开专栏>政民互动>正文关于县政协八届六次会议第83号提案答复的函 "
        "A2019-10-28 09:30:00 县林业局 浏览:[] 打印 王明委员:" + _BODY
    )
    letter = parse_text(text)
    assert letter.title == "关于县政协八届六次会议第83号提案答复的函"
    assert letter.handling_type == "A"


def test_print_tool_glued_to_the_marks_over_the_number() -> None:
    text = (
        "首页 > 政民互动 > 正文 关于县政协八届六次会议第83号提案的答复 2019-10-28 09:30  "
        "来源:某县林业局  【字号:   打印B公开某林函〔2019〕7号王明委员: " + _BODY
    )
    letter = parse_text(text)
    assert (letter.handling_type, letter.public) == ("B", True)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某林函〔2019〕7号"


@pytest.mark.parametrize("dash", ["-", "—"])
@pytest.mark.parametrize("after", [" ", "　", "  "])
def test_a_dashed_last_step_alone_before_the_heading(dash: str, after: str) -> None:
    # the crumb's last step glued to its dash, a blank after it (人大建议 -正文 关于…):
    # the step is the crumb's, no title's first words
    heading = "关于县政协八届六次会议第83号提案的答复"
    text = (
        f"您的位置：首页 - 委员来信 - 政协提案 {dash}正文{after}{heading} 发布日期：2020-03-05 "
        "王明委员：" + _BODY
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == heading
