"""A seal note in whatever brackets a copy writes it (``〔印章〕``, ``[盖章]``, ``【公章】``,
as well as ``（印章）``) is no part of the signer's name or of the date it stands beside:
glued after the name, after a gap, after the date, or set before the name where the copy
put the seal over it (``〔印章〕某局``, ``（印章）某局``). A bracket that holds no seal word
stays the name's (``（筹）某局``)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第21号建议的答复\n周某代表：\n　　您提出的关于改善村道照明的建议收悉，现答复如下：\n"
    "　　我局已将该路段纳入明年计划。\n感谢您对我们工作的支持。\n"
)

SEALED = [
    pytest.param("某县民政局〔印章〕\n2024年6月1日", id="tortoise-after-name"),
    pytest.param("某县民政局[盖章]\n2024年6月1日", id="square-after-name"),
    pytest.param("某县民政局【公章】\n2024年6月1日", id="lenticular-after-name"),
    pytest.param("某县民政局    〔印章〕\n2024年6月1日", id="after-a-gap"),
    pytest.param("某县民政局〔印章〕  2024年6月1日", id="name-seal-date-one-line"),
    pytest.param("某县民政局\n2024年6月1日〔印章〕", id="after-the-date"),
    pytest.param("〔印章〕某县民政局\n2024年6月1日", id="tortoise-before-name"),
    pytest.param("（印章）某县民政局\n2024年6月1日", id="round-before-name"),
    pytest.param("【印章】某县民政局  2024年6月1日", id="before-name-date-on-line"),
]  # fmt: skip


@pytest.mark.parametrize("closing", SEALED)
def test_a_seal_note_in_any_bracket_is_no_part_of_the_signature(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县民政局", "2024-06-01")
    assert span_problems(record) == []


def test_a_bracket_without_a_seal_word_stays_the_name_s() -> None:
    record = parse_text(HEAD + "（筹）某县民政局\n2024年6月1日\n")
    assert record.signature.issuer == "（筹）某县民政局"


JOINT = [
    pytest.param("某县民政局〔印章〕    某县财政局〔印章〕\n2024年6月1日", id="each-sealed-tortoise"),
    pytest.param("某县民政局[盖章]  某县财政局[盖章]\n2024年6月1日", id="each-sealed-square"),
    pytest.param("某县民政局（印章）    某县财政局（印章）\n2024年6月1日", id="each-sealed-round"),
]  # fmt: skip


@pytest.mark.parametrize("closing", JOINT)
def test_joint_signers_each_sealed_sign(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (
        "某县民政局、某县财政局",
        "2024-06-01",
    )
    assert span_problems(record) == []
