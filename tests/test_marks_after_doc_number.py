"""Marks written after the 发文字号 on its line, glued to it or after a gap, as a line of
marks (``某民函〔2024〕5号（A类，同意公开）``, ``某民函〔2024〕5号  B类/主动公开``): each
mark feeds its field and the number stays the letter's number."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于某市十五届人大三次会议第8号建议的答复"
TEXT = (
    "某市民政局\n{line}\n" + TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n2024年6月1日\n"
)

# (the line, handling type, public)
LINES = [
    pytest.param("某民函〔2024〕5号（A类，同意公开）", "A", True, id="glued-bracketed"),
    pytest.param("某民函〔2024〕5号  （B类，不予公开）", "B", False, id="gap-bracketed"),
    pytest.param("某民函〔2024〕5号【C类；依申请公开】", "C", False, id="square-semicolon"),
    pytest.param("某民函〔2024〕5号（A类/主动公开）", "A", True, id="slash"),
    pytest.param("某民函〔2024〕5号（所提问题已经解决或采纳，同意公开）", "A", True, id="class-words"),
    pytest.param(
        "某民函〔2024〕5号（C类（因条件限制暂不能解决），此件依申请公开）", "C", False, id="long-marks"
    ),
]  # fmt: skip


@pytest.mark.parametrize(("line", "handling", "public"), LINES)
def test_marks_after_the_number(line: str, handling: str, public: bool) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某民函〔2024〕5号"
    assert (letter.handling_type, letter.public) == (handling, public)
    assert letter.title == TITLE


# Near-misses: what follows the number is no line of marks (a cited title's words, one
# word among the marks that is none).
NOT_MARKS = [
    pytest.param("某民函〔2024〕5号（关于A类，同意公开）", id="word-among-marks"),
    pytest.param("某民函〔2024〕5号（B类项目，已公开招标）", id="no-marks"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_MARKS)
def test_no_marks_after_the_number(line: str) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert (letter.handling_type, letter.public) == (None, None)


# A bare class letter set off from the number by a gap (某民函〔2024〕5号 B): the class, as
# on a line of its own (an earlier round read none). Glued to the number, or no class's
# letter, it is none.
@pytest.mark.parametrize(
    ("line", "handling"),
    [
        pytest.param("某民函〔2024〕5号 B", "B", id="bare-after-blank"),
        pytest.param("某民函〔2024〕5号　A", "A", id="bare-after-wide-blank"),
        pytest.param("某民函〔2024〕5号    C", "C", id="bare-after-blanks"),
        pytest.param("某民函〔2024〕5号B", None, id="bare-glued"),
        pytest.param("某民函〔2024〕5号 E", None, id="no-class-letter"),
        pytest.param("某民函〔2024〕5号 AB", None, id="two-letters"),
    ],
)
def test_a_bare_letter_after_the_number(line: str, handling: str | None) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某民函〔2024〕5号"
    assert letter.handling_type == handling
    assert letter.title == TITLE
