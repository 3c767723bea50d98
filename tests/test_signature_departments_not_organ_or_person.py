"""Pieces one blank apart on the signers' line that are no joint reply's departments,
though each ends as a department's name does: a court's or a procuratorate's own organ
after it (``某县人民法院 执行局``, ``某县人民检察院 第二检察部``: one name, as a government's
``法制办`` after it is), and the person who signed after the authority, a given name ending
with 会 (``某县教育局 刘建会``: no second signer). Joint departments stay joint. Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于整修某村文化广场的建议的答复\n周某代表：\n　　您提出的建议收悉，现答复如下：\n　　已列入年度计划。\n"
DATE = "2024年5月9日"


def _issuers(names: str) -> list[str | None]:
    """The signer read with the date beside the names, under them, and under a note."""
    closings = (names + "  " + DATE, names + "\n" + DATE, names + "\n（此件公开发布）\n" + DATE)
    return [parse_text(HEAD + c + "\n", keywords=False).signature.issuer for c in closings]


@pytest.mark.parametrize(
    ("names", "whole"),
    [
        pytest.param("某县人民法院 执行局", "某县人民法院执行局", id="court-organ"),
        pytest.param("某县人民检察院 第二检察部", "某县人民检察院第二检察部", id="procuratorate-organ"),
    ],
)  # fmt: skip
def test_a_bodys_organ_is_one_name(names: str, whole: str) -> None:
    assert _issuers(names) == [whole] * 3


@pytest.mark.parametrize("names", ["某县教育局 刘建会", "某县水利局 王金会"])
def test_a_person_after_the_authority_is_no_second_signer(names: str) -> None:
    for issuer in _issuers(names):
        assert issuer is not None and "、" not in issuer
        assert issuer.startswith(names.split()[0])


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        pytest.param("甲县农业局 林业局", "甲县农业局、林业局", id="short-second-surname-first"),
        pytest.param("甲县财政局 卫健委", "甲县财政局、卫健委", id="commission-second"),
        pytest.param("某县人民法院 某县司法局", "某县人民法院、某县司法局", id="court-then-placed"),
        pytest.param("某县民政局 某县慈善总会", "某县民政局、某县慈善总会", id="placed-association"),
    ],
)  # fmt: skip
def test_joint_departments_stay_joint(names: str, issuer: str) -> None:
    assert _issuers(names) == [issuer] * 3
