"""A title whose 第N号 stands with no kind word after it, the reply's ending right after
its 的 (关于…会议第12号的答复, 对…会议第5号的答复函, 第12号的办理意见): the number is the
item's, as 第12号建议的答复 reads it (decided, left63; an earlier round read none), the session
read as before, the kind the letter's word for the item elsewhere and never the addressee's
role. A 发文字号 (with 第 after its bracket or none), a decree's number and a number in the
opening's sentences give none. Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

_REST = "王某委员：\n您提出的{item}收悉，现答复如下：\n我局将加强管理。\n某市民政局\n2024年6月1日\n"
_TITLED_ITEM = "关于加强某村道路养护的提案"


def _proposal(title: str, item: str = _TITLED_ITEM) -> tuple[str | None, ...] | None:
    letter = parse_text(title + "\n" + _REST.format(item=item), keywords=False)
    assert span_problems(letter) == []
    p = letter.proposal
    return None if p is None else (p.kind, p.number, p.session)


@pytest.mark.parametrize(
    ("title", "read"),
    [
        pytest.param(
            "关于市人大十五届三次会议第12号的答复",
            ("提案", "12", "市人大十五届三次会议"),
            id="guanyu-answer",
        ),
        pytest.param(
            "对县政协九届二次会议第5号的答复函",
            ("提案", "5", "县政协九届二次会议"),
            id="dui-answer-letter",
        ),
        pytest.param("第12号的办理意见", ("提案", "12", None), id="handling-opinion"),
        pytest.param(
            "关于某区政协五届一次会议第046号的复函",
            ("提案", "046", "某区政协五届一次会议"),
            id="fuhan-zeros",
        ),
        pytest.param(
            "关于市人大十五届三次会议第十二号的答复",
            ("提案", "十二", "市人大十五届三次会议"),
            id="numerals-as-written",
        ),
        pytest.param(
            "关于市人大十五届三次会议第5号、第17号的答复",
            ("提案", "5、17", "市人大十五届三次会议"),
            id="two-items",
        ),
        # as before: the kind word after the number
        pytest.param(
            "关于市人大十五届三次会议第12号建议的答复",
            ("建议", "12", "市人大十五届三次会议"),
            id="kind-word-as-before",
        ),
    ],
)
def test_the_number_before_the_replys_ending_is_the_items(
    title: str, read: tuple[str | None, ...]
) -> None:
    assert _proposal(title) == read


def test_the_kind_is_never_the_addressees_role() -> None:
    # nothing names the item's kind: the salutation's 委员 makes it no 提案
    assert _proposal("关于县政协九届二次会议第5号的答复", item="问题") == (
        None,
        "5",
        "县政协九届二次会议",
    )


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于某政发〔2023〕第12号的答复", id="doc-number-with-di"),
        pytest.param("关于某政函〔2023〕12号的答复", id="doc-number"),
        pytest.param("关于第5号令的答复", id="decree"),
        pytest.param("关于第12号楼的答复", id="a-word-after-hao"),
        # (review63a: a decree's or a notice's number as it is written, 令 or 公告 before the
        # 第; a year's count of documents; a letter the reply answers, its 函 no ending)
        pytest.param("关于执行某市人民政府令第5号的答复", id="decree-as-numbered"),
        pytest.param("关于某局公告第3号的复函", id="notice"),
        pytest.param("关于某局公告2023年第12号的答复", id="notice-a-years-count"),
        pytest.param("关于2023年第12号的答复", id="a-years-count"),
        pytest.param("关于县政协第12号的函的复函", id="the-letter-answered"),
    ],
)
def test_other_numbers_are_none(title: str) -> None:
    # (the opening names a titled item, so a proposal is read and its number asked: with
    # none named, 您提出的问题, no proposal is read and no number could be wrong, review63a)
    read = _proposal(title)
    assert read is not None
    assert read[1] is None


def test_a_sentence_of_the_opening_gives_none() -> None:
    letter = parse_text(
        "关于加强管理的答复\n王某委员：\n现将第12号的答复意见报送如下：\n我局将加强管理。\n"
        "某市民政局\n2024年6月1日\n",
        keywords=False,
    )
    assert letter.proposal is None or letter.proposal.number is None


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
def test_flattened_copies_read_it_too(flatten: Callable[[str], str]) -> None:
    text = "关于市人大十五届三次会议第12号的答复\n" + _REST.format(item=_TITLED_ITEM)
    letter = parse_text(flatten(text), keywords=False)
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.session) == ("12", "市人大十五届三次会议")
