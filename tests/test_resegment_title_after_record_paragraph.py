"""A page's record of the item flattened over the letter onto one line (``案由:… 提案人:…
提案内容:…``), its content row's paragraph with no full stop at its end, then a blank and the
letter's title before the salutation (fix96): the title is a line of its own, read whole,
its session and number with it (an earlier round ran it into the content row's value and
read no title). A title so damaged by a broken encoding that a tag of the page's markup and
question marks stand where its 第 and kind word were (``建?/strong>?45号的答复``) is kept
as written, and the figures before 号 are the item's number. Snippets written for these
tests; places, names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_RECORD = (
    "案由:关于延长溪口至高铁站公交线路的建议 提案人:苏望舒 提案内容:溪口镇至高铁站之间没有直达"
    "公交,居民换乘要等很久。建议延长现有线路,方便群众出行 "
)
_REPLY = (
    " 苏望舒代表: 您提出的《关于延长溪口至高铁站公交线路的建议》收悉。现答复如下 "
    "我局已将线路延长列入今年计划,将于年底前开通。 感谢您对交通工作的关心"
)

TITLES = [
    pytest.param(
        "关于对柳川市十五届人大二次会议代表建议第45号的答复",
        "关于对柳川市十五届人大二次会议代表建议第45号的答复",
        id="whole",
    ),
    pytest.param(
        "关于对柳川市十五届人大二次会议代表建?/strong>?45号的答复",
        "关于对柳川市十五届人大二次会议代表建?/strong>?45号的答复",
        id="tag-debris",
    ),
    pytest.param(
        "关于对柳川市十五届人大二次会议代表建?45号的答复",
        "关于对柳川市十五届人大二次会议代表建?45号的答复",
        id="one-mark-before-the-number",
    ),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_title_after_the_record(title: str, expected: str) -> None:
    letter = parse_text(_RECORD + title + _REPLY)
    assert letter.title == expected
    assert letter.proposal is not None
    assert letter.proposal.number == "45"
    assert letter.proposal.session == "柳川市十五届人大二次会议"
    assert [a.name for a in letter.addressees] == ["苏望舒"]
    assert span_problems(letter) == []


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_title_after_the_record_lines_kept(title: str, expected: str) -> None:
    lined = _RECORD.replace(" ", "\n") + title + _REPLY.replace(" ", "\n")
    letter = parse_text(lined)
    assert letter.title == expected
    assert letter.proposal is not None
    assert letter.proposal.number == "45"


def test_a_question_before_figures_is_no_number() -> None:
    # a mark before figures that end no title's number (怎么办？12号楼…) reads none
    letter = parse_text(
        "关于修缮东河便桥建议的答复\n苏望舒代表：\n您提出的建议收悉，现答复如下：\n"
        "群众问怎么办？12号楼的住户已搬离。\n柳川市住建局\n2099年5月1日\n"
    )
    assert letter.proposal is not None
    assert letter.proposal.number is None
