"""Joint signers one blank apart read alike over the date and beside it: a branch named by
its place alone (``甲市生态环境局 乙县分局``) or a section opening with a word that ends with
a level's character (``城市管理科``, ``社区警务室``) after its authority is one name in both
layouts; a class mark after two signers over the date (``甲县财政局 乙县教育局（B类）``) keeps
them two; a province's 厅 with its own 局 glued after it (``甲省交通运输厅省公路管理局``) is
one name. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于改善某乡学校校舍的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n　　我们已作安排。\n"
DATE = "2023年6月3日"


def _issuer(closing: str) -> str | None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.date == "2023-06-03"
    return letter.signature.issuer


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        pytest.param("甲市生态环境局 乙县分局", "甲市生态环境局乙县分局", id="county-branch"),
        pytest.param("甲市公安局 乙区分局", "甲市公安局乙区分局", id="district-branch"),
        pytest.param("甲县公安局 城关派出所", "甲县公安局城关派出所", id="station"),
        pytest.param("甲县住房和城乡建设局 城市管理科", "甲县住房和城乡建设局城市管理科", id="city-word"),
        pytest.param("甲县民政局 社区事务科", "甲县民政局社区事务科", id="community-word"),
        # decided (signers50): so after a wide gap too
        pytest.param("甲市公安局  乙区分局", "甲市公安局乙区分局", id="wide-gap"),
    ],
)  # fmt: skip
def test_one_unit_over_and_beside_the_date(names: str, issuer: str) -> None:
    assert _issuer(names + "\n" + DATE) == issuer
    assert _issuer(names + " " + DATE) == issuer


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        pytest.param("甲县财政局 乙县教育局", "甲县财政局、乙县教育局", id="two-counties"),
        pytest.param("甲市财政局 乙县财政局", "甲市财政局、乙县财政局", id="city-and-county"),
        pytest.param("甲县公安局 乙县公安局交警大队", "甲县公安局、乙县公安局交警大队", id="named-parent"),
        pytest.param("市财政局 县教育局", "市财政局、县教育局", id="levels-alone"),
    ],
)  # fmt: skip
def test_joint_signers_still_several(names: str, issuer: str) -> None:
    assert _issuer(names + "\n" + DATE) == issuer
    assert _issuer(names + " " + DATE) == issuer


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        pytest.param("甲县财政局 乙县教育局（B类）", "甲县财政局、乙县教育局", id="class-mark"),
        pytest.param("甲县财政局 乙县教育局（A类，同意公开）", "甲县财政局、乙县教育局", id="mark-and-note"),
        pytest.param("某市财政局 某市教育局（B类）", "某市财政局、某市教育局", id="same-place"),
        pytest.param("甲市公安局 乙区分局（B类）", "甲市公安局乙区分局", id="branch-marked"),
        pytest.param("甲县教育局（B类）", "甲县教育局", id="one-marked"),
        pytest.param("某市 财政局（B类）", "某市财政局", id="stray-blank-marked"),
    ],
)  # fmt: skip
def test_class_mark_after_joint_signers(names: str, issuer: str) -> None:
    assert _issuer(names + "\n" + DATE) == issuer
    assert _issuer(names + " " + DATE) == issuer


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        pytest.param("甲省交通运输厅省公路管理局", "甲省交通运输厅省公路管理局", id="department-bureau"),
        pytest.param("省教育厅省财政厅", "省教育厅、省财政厅", id="two-departments"),
        pytest.param("省教育厅市教育局", "省教育厅、市教育局", id="province-city"),
        pytest.param("市财政局县教育局", "市财政局、县教育局", id="city-county"),
    ],
)  # fmt: skip
def test_glued_department_and_its_bureau(name: str, issuer: str) -> None:
    assert _issuer(name + "\n" + DATE) == issuer
    assert _issuer(name + " " + DATE) == issuer
