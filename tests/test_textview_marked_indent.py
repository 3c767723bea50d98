"""A copy that wrote a page in a character set lacking its blanks (a no-break space, an
ideographic space) left its mark for each character it could not write, ``?`` or U+FFFD,
where the blank stood. Two or more such marks opening a line are the line's indent, and a
line of them alone is blank: the view reads them as blanks, so the signer indented so
signs (an earlier round read ``??????某局`` as a sentence of the body and signed nothing).
So are four marks or more inside a line, where a copy that lost its line breaks ran such a
line on after the last sentence. One mark before words (a lost character, maybe) and up to
three inside a line stay as written.
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from snippets import signature_of
from spans import span_problems

BODY = (
    "孙某代表：\n您提出的关于修缮某村便桥的建议收悉，现答复如下：\n"
    "我局已将便桥维修列入年度计划。\n感谢您对交通工作的关心。\n"
)


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        pytest.param(
            "?\n????????????某县交通运输局\n??????????????2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="question-marks",
        ),
        pytest.param(
            "\ufffd\ufffd\ufffd\ufffd某县交通运输局\n\ufffd\ufffd\ufffd\ufffd2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="replacement-characters",
        ),
        pytest.param(
            "  ?? ??某县交通运输局\n　?? ??2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="blanks-among-the-marks",
        ),
        pytest.param(
            "????某县交通运输局\n2024年3月8日\n", "某县交通运输局", "2024-03-08", id="signer-only"
        ),
        pytest.param(
            "????????某县交通运输局\n??????\u00ad??2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="a-soft-hyphen-among-the-marks",
        ),
    ],
)
def test_a_signer_indented_in_marks_signs(closing: str, signer: str, date: str) -> None:
    text = BODY + closing
    assert signature_of(text) == (signer, date)
    letter = parse_text(text, keywords=False)
    assert letter.issuer == signer
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("??????某县交通运输局????????2024年3月8日", id="glued"),
        pytest.param(" ? ??????某县交通运输局 ????????2024年3月8日", id="spaced"),
    ],
)
def test_a_run_on_signer_indented_in_marks_signs(closing: str) -> None:
    # a copy that lost its line breaks ran the indented lines on after the last sentence
    text = BODY.replace("\n", "") + closing
    assert signature_of(text) == ("某县交通运输局", "2024-03-08")


@pytest.mark.parametrize(
    ("line", "norm"),
    [
        pytest.param("????某县交通运输局", "某县交通运输局", id="indent-dropped"),
        pytest.param("?? ?? 2024年3月8日", "2024年3月8日", id="marks-and-blanks"),
        pytest.param("???", "", id="a-line-of-marks-is-blank"),
        pytest.param("?", "", id="one-mark-alone-is-blank"),
        pytest.param("?某县交通运输局", "？某县交通运输局", id="one-mark-before-words-kept"),
        pytest.param("计划投入??万元", "计划投入？？万元", id="marks-inside-a-line-kept"),
        pytest.param("计划投入???万元", "计划投入？？？万元", id="three-inside-a-line-kept"),
        pytest.param("工作。????某县交通运输局", "工作。某县交通运输局", id="four-inside-a-line"),
        pytest.param("是否同意?", "是否同意？", id="a-question-kept"),
    ],
)
def test_the_view_of_a_marked_line(line: str, norm: str) -> None:
    view = TextView("标题\n" + line + "\n")
    assert view.norm == "标题\n" + norm + "\n"
