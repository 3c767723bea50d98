"""Joint signers one blank apart, each opening with its level alone, the place left
unsaid (``市规划局 县林业局 区水务局``), also before the date on their line: each signs.
An office's tail after a blank (``县人民政府 办公室``) stays one name. Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "关于修缮某古桥的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我们将联合开展修缮。\n　　感谢您对我们工作的支持。\n"
)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        pytest.param("市规划局 县林业局 区水务局\n2020年6月5日", "市规划局、县林业局、区水务局", id="three"),
        pytest.param("市规划局 县林业局 2020年6月5日", "市规划局、县林业局", id="dated-line"),
        pytest.param("县委宣传部 县林业局 县水务局\n2020年6月5日", "县委宣传部、县林业局、县水务局", id="one-level"),
        pytest.param("市规划局\n县林业局\n2020年6月5日", "市规划局、县林业局", id="a-line-each"),
    ],
)  # fmt: skip
def test_each_level_opened_office_signs(closing: str, signers: str) -> None:
    letter = parse_text(BODY + closing + "\n")
    assert letter.signature is not None and letter.signature.issuer == signers
    assert letter.signature.date == "2020-06-05"
    assert letter.issuer == signers.split("、")[0]


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("县人民政府 办公室\n2020年6月5日", "县人民政府办公室", id="office-tail"),
        pytest.param("某县林业局\n2020年6月5日", "某县林业局", id="tidy"),
    ],
)  # fmt: skip
def test_one_signer_stays_one(closing: str, signer: str) -> None:
    letter = parse_text(BODY + closing + "\n")
    assert letter.signature is not None and letter.signature.issuer == signer
