"""Joint signers as copies write them: one blank apart on the line with the date
(``甲县财政局 乙县教育局 2021年6月3日``), read as the same names over the date on the next
line are, each its own signer; and two glued in one signer's place (``市财政局县教育局``),
parted only where each part is a whole authority of four characters or more ending as an
office does (局, 委, 办, 厅, 政府) and the second opens with its level (省, 市, 县, 区, 乡,
镇). One name a stray blank or a sub-unit sits in stays one. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于改善某乡学校校舍的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n　　我们已作安排。\n"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("甲县财政局 乙县教育局 2021年6月3日", id="one-line"),
        pytest.param("甲县财政局 乙县教育局\n2021年6月3日", id="two-lines"),
        pytest.param("甲县财政局　乙县教育局　2021年6月3日", id="full-width-blanks"),
    ],
)  # fmt: skip
def test_joint_signers_beside_the_date(closing: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == "甲县财政局、乙县教育局"
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    ("name", "signers"),
    [
        pytest.param("市财政局县教育局", "市财政局、县教育局", id="city-county"),
        pytest.param("省教育厅市教育局", "省教育厅、市教育局", id="province-city"),
        pytest.param("区农业农村局区财政局", "区农业农村局、区财政局", id="same-level"),
    ],
)  # fmt: skip
def test_glued_signers_parted(name: str, signers: str) -> None:
    for closing in (name + "\n2021年6月3日", name + " 2021年6月3日"):
        letter = parse_text(HEAD + closing + "\n")
        assert letter.signature.issuer == signers, closing
        assert letter.signature.date == "2021-06-03"
        span = letter.signature.issuer_span
        assert span is not None and letter.text is not None
        assert letter.text[slice(*span)] == name


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("某县人民政府\n2021年6月3日", id="one-authority"),
        pytest.param("某县市场监督管理局\n2021年6月3日", id="level-inside"),
        pytest.param("某市人民政府市政管理局\n2021年6月3日", id="municipal-word"),
        pytest.param("某县政府市场监督管理局\n2021年6月3日", id="market-word"),
        pytest.param("县委县政府信访局\n2021年6月3日", id="short-first"),
        pytest.param("某市公安局交通警察支队\n2021年6月3日", id="sub-unit"),
        pytest.param("某市财政局某县教育局\n2021年6月3日", id="no-level-word"),
        pytest.param("某市交 通运输局 2021年6月3日", id="stray-blank"),
        pytest.param("某县人民政府 办公室 2021年6月3日", id="office-tail"),
    ],
)  # fmt: skip
def test_one_name_stays_one(closing: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    issuer = letter.signature.issuer
    assert issuer is not None and "、" not in issuer
    assert letter.signature.date == "2021-06-03"
