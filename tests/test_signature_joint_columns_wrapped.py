"""Two authorities signing a joint reply side by side, in two columns, the first one's name
too long for its column and wrapped under itself: ``甲山县城市 乙河市生态环境局`` over
``管理行政执法局``. The first signer is the head joined to the tail under it, the second the
name beside the head (fix153; an earlier round read the line as one name and the tail as a
second signer, ``甲山县城市乙河市生态环境局、管理行政执法局``). A line that is one name with a
stray blank inside it, or two whole names, is read as before. Names are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of
from spans import span_problems

OPENING = (
    "关于某某建议的答复\n王某代表：\n　　您提出的建议收悉，现答复如下。\n"
    "　　我们将加快建设。感谢您的关心和支持。\n"
)
DATE = "2024年5月10日\n"

COLUMNS = [
    pytest.param("甲山县城市 乙河市生态环境局\n管理行政执法局\n", id="one-blank"),
    pytest.param("甲山县城市      乙河市生态环境局\n管理行政执法局\n", id="wide-gap"),
    pytest.param("甲山县城市\u3000\u3000乙河市生态环境局\n管理行政执法局\n", id="ideographic-gap"),
]


@pytest.mark.parametrize("signers", COLUMNS)
def test_first_column_wrapped_under_itself(signers: str) -> None:
    letter = parse_text(OPENING + signers + DATE, keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (
        "甲山县城市管理行政执法局、乙河市生态环境局",
        "2024-05-10",
    )
    assert span_problems(letter) == []


AS_BEFORE = [
    # (one name a stray blank sits in, its office's ending under it)
    pytest.param("甲山县城市 管理局\n", "甲山县城市管理局", id="one-name-stray-blank"),
    # (two whole names side by side, an office's ending under the line: as read before)
    pytest.param(
        "甲山县财政局  乙河市教育局\n", "甲山县财政局、乙河市教育局", id="two-whole-names"
    ),
    # (a place and its office over the rest of the name: one name, wrapped)
    pytest.param("甲山县城市\n管理行政执法局\n", "甲山县城市管理行政执法局", id="one-column"),
]


@pytest.mark.parametrize(("signers", "issuer"), AS_BEFORE)
def test_other_signers_read_as_before(signers: str, issuer: str) -> None:
    assert signature_of(OPENING + signers + DATE) == (issuer, "2024-05-10")
