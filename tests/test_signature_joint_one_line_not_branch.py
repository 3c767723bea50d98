"""Joint signers one blank apart before the date on their line are several only where each
names its place (``甲县财政局 乙县教育局 2021年6月3日``). A branch named by its place alone
after its parent (``甲市公安局 乙区分局``) is one unit's name a stray blank parts, as it was
read before the joint reading; and a word that ends with a level's character (城市, 社区)
names no place (``城市管理科``). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于改善某乡学校校舍的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n　　我们已作安排。\n"


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        pytest.param("甲市公安局 乙区分局 2021年6月3日", "甲市公安局乙区分局", id="district-branch"),
        pytest.param("甲市生态环境局 乙县分局 2021年6月3日", "甲市生态环境局乙县分局", id="county-branch"),
        pytest.param("甲县住房和城乡建设局 城市管理科 2021年6月3日", "甲县住房和城乡建设局城市管理科", id="city-word"),
        pytest.param("甲县公安局 社区警务室 2021年6月3日", "甲县公安局社区警务室", id="community-word"),
    ],
)  # fmt: skip
def test_one_unit_beside_the_date(closing: str, issuer: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == issuer
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        pytest.param("甲县财政局 乙县教育局 2021年6月3日", "甲县财政局、乙县教育局", id="two-counties"),
        pytest.param("甲县公安局 乙县公安局交警大队 2021年6月3日", "甲县公安局、乙县公安局交警大队", id="named-parent"),
        pytest.param("甲市城管局 乙区民政局 2021年6月3日", "甲市城管局、乙区民政局", id="placed"),
    ],
)  # fmt: skip
def test_joint_signers_still_several(closing: str, issuer: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == issuer
    assert letter.signature.date == "2021-06-03"
