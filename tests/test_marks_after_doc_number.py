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


# A damaged number that lost its 〕 and 号, the class's letter glued to its serial
# (某民函〔20245A): the number as written up to its serial, the letter its class (an earlier
# round read neither, and glued the line into the title). Another letter, or two, is none.
@pytest.mark.parametrize(
    ("line", "number", "handling"),
    [
        pytest.param("某民函〔202405A", "某民函〔202405", "A", id="lost-bracket-and-hao"),
        pytest.param("某民提字〔202412C", "某民提字〔202412", "C", id="code-in-zi"),
        pytest.param("某民函〔202405E", None, None, id="no-class-letter"),
        pytest.param("某民函〔202405AB", None, None, id="two-letters"),
    ],
)
def test_a_letter_glued_to_a_damaged_number(
    line: str, number: str | None, handling: str | None
) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert (letter.doc_number.text if letter.doc_number else None) == number
    assert letter.handling_type == handling
    if number is not None:
        assert letter.title == TITLE


@pytest.mark.parametrize("mark", ["A", " A"], ids=["glued", "one-blank"])
def test_a_damaged_number_between_a_page_heading_and_the_title(mark: str) -> None:
    """The page's heading, its empty 来源/日期 cells, the damaged number and the letter's own
    title broken over a blank line: the title is the letter's, the number no part of it. The
    class's letter glued to the serial or after one blank (a web copy's gap collapsed)."""
    text = (
        "关于某市政协一届二次会议 第9号提案的答复\n\n来源: 日期: 【字号:大 中 \n\n"
        f"某公交提字〔202302{mark}\n\n关于某市政协一届二次会议\n\n9号提案的答复\n\n王某委员:\n\n"
        "您提出的关于某巷乱停车的提案已收悉，现将办理情况回复如下：\n\n我大队将加强巡逻。\n\n"
        "某市公安局交通警察大队\n\n2023年5月18日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "关于某市政协一届二次会议9号提案的答复"
    assert letter.doc_number is not None and letter.doc_number.text == "某公交提字〔202302"
    assert letter.handling_type == "A"
