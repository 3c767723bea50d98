"""A letter whose title line opens with its authority and a blank (``某局 对…的答复``), copied
with its line breaks lost and nothing in their place: the title's end is glued to the
salutation (``…的答复王某代表：``), so the copy put no blank where a line ended, and the blank
after the authority is the title line's own: the title keeps its authority, as the tidy
letter reads it. A copy that put a blank at every line's end (…的答复 王某代表：) cannot
tell the authority's own line from the title's, and reads it as a line of its own."""

from __future__ import annotations

from replyparse import parse_text

TITLE = "某县交通运输局 对某县第九届人民代表大会第二次会议第46号建议的答复"
REST = [
    "王某代表：",
    "您提出的关于维护乡村道路的建议收悉，现答复如下：",
    "我局将定期抽查村道养护情况，要求各乡镇明确专人负责。",
    "感谢您对交通工作的关心和支持。",
    "某县交通运输局",
    "2099年6月15日",
]


def test_glued_copy_keeps_the_title_line() -> None:
    tidy = parse_text("\n".join([TITLE, *REST]), keywords=False)
    glued = parse_text("".join([TITLE, *REST]), keywords=False)
    assert tidy.title == "某县交通运输局对某县第九届人民代表大会第二次会议第46号建议的答复"
    assert glued.title == tidy.title
    assert glued.issuer == "某县交通运输局"


# Must not match
def test_spaced_copy_reads_the_authority_apart() -> None:
    letter = parse_text(" ".join([TITLE, *REST]), keywords=False)
    assert letter.title == "对某县第九届人民代表大会第二次会议第46号建议的答复"
    assert letter.issuer == "某县交通运输局"


def test_authority_line_glued_without_blank() -> None:
    head = TITLE.replace(" ", "")
    letter = parse_text("".join([head, *REST]), keywords=False)
    assert letter.issuer == "某县交通运输局"
