"""A 成文日期 in Chinese numerals whose 〇 a typist wrote as the figure 0 (二0二一年九月三日)
is still a date in Chinese numerals: the info diagnostic ``date-chinese-numerals`` notes it,
as it does 二〇二一年九月三日, and as the dates and the signature read its year
(``replyparse.fields.numerals.CN_YEAR_DIGITS``, the one set of a Chinese year's digits).
A date in figures gets none. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.model import DiagnosticCode

BODY = (
    "关于修缮某古桥的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我们将联合开展修缮。\n　　感谢您对我们工作的支持。\n某县林业局\n"
)


@pytest.mark.parametrize(
    ("date", "noted"),
    [
        pytest.param("二0二一年九月三日", True, id="typed-zero"),
        pytest.param("二〇二一年九月三日", True, id="ling"),
        pytest.param("2021年9月3日", False, id="figures"),
        pytest.param("2021年九月三日", False, id="year-in-figures"),
    ],
)
def test_chinese_numeral_date_is_noted(date: str, noted: bool) -> None:
    letter = parse_text(BODY + date + "\n")
    assert letter.signature is not None and letter.signature.date == "2021-09-03"
    codes = [d.code for d in letter.diagnostics]
    assert (DiagnosticCode.DATE_CHINESE_NUMERALS in codes) is noted
