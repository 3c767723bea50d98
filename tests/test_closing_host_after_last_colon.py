"""A copy that left a site's name between the signing label and the unit (承办单位:某某网:
县林业局, 承办单位：某某网：县林业局): the unit after the last colon signs. A label
whose value is no unit gives none. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "关于补植某山林木的建议的答复\n周某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我局将于明年春季补植。\n　　感谢您对我们工作的支持。\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("承办单位:某某网:县林业局", id="ascii-colons"),
        pytest.param("承办单位：某某在线：县林业局", id="wide-colons"),
        pytest.param("答复单位：某某网：县林业局", id="answering-unit"),
    ],
)  # fmt: skip
def test_the_unit_after_the_last_colon(closing: str) -> None:
    letter = parse_text(BODY + closing + "\n2021年4月9日\n")
    assert letter.issuer == "县林业局"
    assert letter.signature is not None and letter.signature.issuer == "县林业局"
    assert letter.text is not None and letter.signature.issuer_span is not None
    assert letter.text[slice(*letter.signature.issuer_span)] == "县林业局"


def test_no_unit_after_the_colons() -> None:
    letter = parse_text(BODY + "承办单位：某某网：联系电话\n县林业局\n2021年4月9日\n")
    assert letter.issuer == "县林业局"
