"""The session at its edges: how the office handles the item glued before it (协办市…会议,
主办县…会议: no part of the name), the congress named with no 会议 before 上 and the
asking word or 期间 (您在第十七届人民代表大会上提出的…), and underscores a copy left inside
the name (市十七届人大___三次会议: read past, kept as written). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

GREETING = "\n陈某代表：\n"
CLOSING = "\n某县水务局\n2022年9月1日\n"


@pytest.mark.parametrize(
    ("title", "session"),
    [
        pytest.param("协办市第十届人大二次会议第18号建议的答复", "市第十届人大二次会议", id="helping"),
        pytest.param("主办县九届人大四次会议第3号建议的答复", "县九届人大四次会议", id="leading"),
        pytest.param("对市第十届人大___二次会议第18号建议的答复", "市第十届人大___二次会议", id="underscores"),
        pytest.param("对县九届人大四次会议第3号建议的答复", "县九届人大四次会议", id="tidy"),
        pytest.param(
            "乙河区人民政府办公室关于反馈市人大五届二次会议第40号建议办理情况的函",
            "市人大五届二次会议",
            id="reporting-back",
        ),
    ],
)  # fmt: skip
def test_the_title_names_the_session(title: str, session: str) -> None:
    letter = parse_text(title + GREETING + "　　您提出的建议收悉。" + CLOSING)
    assert letter.proposal is not None and letter.proposal.session == session
    assert letter.text is not None and letter.proposal.session_span is not None
    assert letter.text[slice(*letter.proposal.session_span)] == session


@pytest.mark.parametrize(
    ("opening", "session"),
    [
        pytest.param("您在第十届人民代表大会上提出的第18号建议收悉。", "第十届人民代表大会", id="congress-on"),
        pytest.param("您在第十届人民代表大会期间提出的第18号建议收悉。", "第十届人民代表大会", id="during"),
        pytest.param("您在市十届人大__二次会议上提出的第18号建议收悉。", "市十届人大__二次会议", id="underscores"),
    ],
)  # fmt: skip
def test_the_opening_names_the_session(opening: str, session: str) -> None:
    letter = parse_text("关于整修某水渠的建议的答复" + GREETING + "　　" + opening + CLOSING)
    assert letter.proposal is not None and letter.proposal.session == session


def test_a_traditional_letters_opening_names_the_congress_on() -> None:
    # (the letter in traditional characters throughout, as a mirror serves it: a simplified
    # letter with a traditional sentence is read as written, left57b)
    letter = parse_text(
        "關於整修某水渠的建議的答復\n陳某代表：\n　　您在第十屆人民代表大會上提出的第18號建議收悉。"
        "\n某縣水務局\n2022年9月1日\n"
    )
    assert letter.proposal is not None and letter.proposal.session == "第十屆人民代表大會"


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("您提出的建议收悉，第十届人大常委会上审议了此事。", id="a-standing-committee"),
        pytest.param("您提出的建议收悉，请于__月__日前反馈。", id="form-blanks"),
    ],
)  # fmt: skip
def test_no_session_is_named(opening: str) -> None:
    letter = parse_text("关于整修某水渠的建议的答复" + GREETING + "　　" + opening + CLOSING)
    assert letter.proposal is None or letter.proposal.session is None
