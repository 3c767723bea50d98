"""A reply's page flattened onto one line with nothing between most of its lines: the
page's source cell naming a body, then one of the page's tools glued after its value
(``信息来源：某局收藏``), then the letter's title glued after the tool. The tool is the
page's, the title the letter's. Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text

_BODY = (
    "王明委员：您在区政协九届三次会议上提交的47号提案收悉，现答复如下："
    + "我局就老旧小区加装电梯逐户听取了住户意见，将按楼栋分批推进。" * 4
    + "感谢您对我区体育事业的关心。某区体育局2010年8月16日"
)


def test_tool_glued_between_the_source_cell_and_the_title() -> None:
    text = "某区人民政府 发布时间:2010-08-18 信息来源:某区体育局收藏修建社区健身广场的建议" + _BODY
    letter = parse_text(text)
    assert letter.title == "修建社区健身广场的建议"
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_source_cell_with_its_tool_apart_keeps_its_record() -> None:
    # (must-not-match: the page on its lines reads the same title)
    text = (
        "某区人民政府 发布时间:2010-08-18 信息来源:某区体育局\n收藏\n修建社区健身广场的建议\n"
        + _BODY.replace("：您", "：\n您")
    )
    assert parse_text(text).title == "修建社区健身广场的建议"
