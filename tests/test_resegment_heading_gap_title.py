"""A site's page heading may write the item's own name as a reply, then the letter's title,
on one line parted by a blank (``关于…的建议答复 关于…会议第12号建议的答复``), also in a
bulleted list of the page's cells. No title of a letter that kept its lines ends as a reply
does and goes on after a blank with a title of its own: the later one is the letter's, the
heading before it header. A title that keeps a blank inside it, or a whole title followed
by the proposal's title after a blank, is left alone.
"""

from __future__ import annotations

from replyparse import parse_text
from spans import span_problems

HEADING = "关于尽快修缮某镇卫生院门诊楼的建议答复 关于市九届人大三次会议 第B(2099)45号建议的答复"
BODY = (
    "尊敬的甲某某代表：\n"
    "您提出的“关于尽快修缮某镇卫生院门诊楼的建议”已收悉，现答复如下：\n"
    "门诊楼修缮工程已列入今年计划。\n"
    "感谢您对卫生工作的关心和支持。\n"
    "某市卫生健康委员会\n"
    "2099年8月18日\n"
)
TITLE = "关于市九届人大三次会议第B(2099)45号建议的答复"  # (a title drops its blanks)


def test_heading_then_title_after_a_blank() -> None:
    letter = parse_text(HEADING + "\n\n" + BODY)
    assert letter.title == TITLE
    assert letter.proposal.number == "B（2099）45"
    assert letter.proposal.title == "关于尽快修缮某镇卫生院门诊楼的建议"
    assert span_problems(letter) == []


def test_heading_in_a_bulleted_list_of_the_page_cells() -> None:
    text = (
        HEADING
        + "\n\n  • 索引号:0000/2099-001\n  • 发布机构:某市卫生健康委员会\n"
        + "  • 成文日期:2099-08-18\n  • "
        + HEADING
        + "\n\n"
        + BODY
    )
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [a.name for a in letter.addressees] == ["甲某某"]
    assert span_problems(letter) == []


def test_replies_ending_then_reply_title_twice_on_one_line() -> None:
    text = "某县水务局关于某村供水的答复 关于县政协五届二次会议第7号提案的答复\n" + BODY
    assert parse_text(text).title == "关于县政协五届二次会议第7号提案的答复"


def test_tidy_title_with_a_blank_inside_kept_whole() -> None:
    text = "关于市九届人大三次会议 第73号建议的答复\n" + BODY
    assert parse_text(text).title == "关于市九届人大三次会议第73号建议的答复"


def test_proposal_title_after_a_blank_is_no_second_title() -> None:
    # the reply's title ends, then the proposal's own title, which ends as a proposal does
    text = "关于第73号建议的答复 关于尽快修缮某镇卫生院门诊楼的建议\n" + BODY
    letter = parse_text(text)
    assert letter.title is not None
    assert letter.title.startswith("关于第73号建议的答复")
