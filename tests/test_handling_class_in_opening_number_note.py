"""A page heading opened by a note in brackets that holds the 发文字号 with the class glued
to its 号 (``（某水提〔2017〕46号A类）对…第29号建议的答复``), the letter's title written again
under it: the class is read as after a 发文字号 opening its line (``…〔2023〕7号C2类`` is C,
``5号（A类）`` is A). An earlier round read none (dev33). A bare letter glued to the 号
(``46号A``) stays none, as on a line of its own. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = """某水提〔2017〕46号
对县九届人大三次会议
第29号建议的答复
王某代表：
您提出的《关于加强某河治理力度的建议》收悉，现答复如下：
某河治理工程已纳入计划。
某县水利局
2017年5月18日"""
TITLE = "对县九届人大三次会议第29号建议的答复"


@pytest.mark.parametrize(
    ("note", "value"),
    [
        pytest.param("（某水提〔2017〕46号A类）", "A", id="glued-wide"),
        pytest.param("(某水提〔2017〕46号B类)", "B", id="glued-ascii"),
        pytest.param("（某水提〔2017〕46号 C类）", "C", id="after-a-gap"),
        pytest.param("（某水提〔2017〕46号C2类）", "C", id="graded"),
        pytest.param("（某水提〔2017〕46号）", None, id="no-class"),
        pytest.param("（某水提〔2017〕46号A）", None, id="bare-letter-glued"),
    ],
)  # fmt: skip
def test_the_class_in_the_number_note_opening_the_heading(note: str, value: str | None) -> None:
    letter = parse_text(f"{note}{TITLE}\n{LETTER}")
    assert letter.handling_type == value
    assert letter.title == TITLE
    if value is not None:
        assert letter.text is not None and letter.handling_type_span is not None
        assert letter.text[slice(*letter.handling_type_span)] == value
