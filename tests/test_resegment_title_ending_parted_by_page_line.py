"""A salutation whose line opens with a character a title may end with (``函``) keeps it as
the names' first when a line of the page (its byline) stands between it and the title as
written: the title does not run on over a line of another's (fix117). Right under the title,
blanks between or not, the character still ends the title, as before. Snippets in our own
words, invented names."""

from __future__ import annotations

from replyparse import parse_text

TITLE = "关于对某市政协第二届三次会议第5号委员提案办理情况的答复"
BODY = (
    "\n关于您提出的《关于治理某某路积水的建议》的提案已收悉，现答复如下：\n"
    "我局已安排改造。\n"
    "\n"
    "某市住房和城乡建设局\n"
)


def test_a_byline_between_parts_the_names_from_the_title() -> None:
    text = (
        "政府信息公开\n\n"
        f"{TITLE}\n\n"
        "来源:某市人民政府网 发布时间:2099-12-04 浏览次数: 【字体:\n\n"
        "函某某委员:\n" + BODY
    )
    record = parse_text(text)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("函某某", "委员")]


def test_right_under_the_title_the_character_ends_it() -> None:
    record = parse_text(f"{TITLE}\n\n函某某委员:\n" + BODY)
    assert record.title == TITLE + "函"
