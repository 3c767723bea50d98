"""A proposal numbered in a registry's scheme of class letter, bracketed year and serial
(第B（2031）45号建议), named in the title after a blank, is the title's and the item's
number, no 发文字号 cut off the title."""

import pytest

from replyparse import parse_text

BODY = (
    "\n刘某代表：\n"
    "您提出的“关于改造某街道老旧路灯的建议”已收悉，现答复如下：\n"
    "我局已将该路段列入今年维修计划。\n"
    "感谢您对城市管理工作的关心。\n"
    "某市城市管理局\n"
    "2024年7月9日\n"
)

READ = [
    pytest.param(
        "关于市九届人大三次会议 第B(2024)88号建议的答复",
        "关于市九届人大三次会议第B(2024)88号建议的答复",
        "B（2024）88",  # (read in the normalised text, its brackets full-width)
        id="half-width",
    ),
    pytest.param(
        "关于市九届人大三次会议 第A（2024）7号代表建议的答复",
        "关于市九届人大三次会议第A（2024）7号代表建议的答复",
        "A（2024）7",
        id="full-width-whose",
    ),
    pytest.param(
        "关于县政协六届二次会议 第C(2023)105号提案的答复",
        "关于县政协六届二次会议第C(2023)105号提案的答复",
        "C（2023）105",
        id="proposal",
    ),
]


@pytest.mark.parametrize(("title", "want_title", "number"), READ)
def test_class_year_number_in_title(title: str, want_title: str, number: str) -> None:
    letter = parse_text(title + BODY)
    assert letter.title == want_title
    assert letter.proposal is not None
    assert letter.proposal.number == number
    assert letter.doc_number is None


KEPT = [
    # the reply's own 发文字号 after the title, its code an issuer's: still cut off
    pytest.param(
        "关于市九届人大三次会议第88号建议的答复 某城管函〔2024〕15号",
        "某城管函〔2024〕15号",
        id="own-number-after",
    ),
    # a class letter before the bracket with an issuer's code: a 发文字号 on its own line
    pytest.param(
        "某城管B〔2024〕15号\n关于市九届人大三次会议第88号建议的答复",
        "某城管B〔2024〕15号",
        id="code-with-letter",
    ),
]


@pytest.mark.parametrize(("head", "doc"), KEPT)
def test_reply_number_still_cut(head: str, doc: str) -> None:
    letter = parse_text(head + BODY)
    assert letter.doc_number is not None
    assert letter.doc_number.text == doc
    assert letter.title == "关于市九届人大三次会议第88号建议的答复"
    assert letter.proposal is not None and letter.proposal.number == "88"
