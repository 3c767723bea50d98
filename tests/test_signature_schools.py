"""A school or a hospital answers a suggestion in its own name: ``某县第一中学``,
``某某小学``, ``某县实验学校``, ``某市第二人民医院`` sign, and the record's issuer is theirs
when no header names another. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县十八届人大三次会议第7号建议的答复\n李某代表：\n"
    "　　您提出的关于改善校园周边交通的建议收悉，现答复如下：\n"
    "　　我校已与交警部门沟通，增设上下学时段护学岗。感谢您的关心和支持。\n"
)

SIGNERS = ["某县第一中学", "某某小学", "某县实验学校", "某市第二人民医院", "某镇中心小学"]


@pytest.mark.parametrize("signer", SIGNERS)
def test_a_school_or_hospital_signs(signer: str) -> None:
    record = parse_text(HEAD + signer + "\n2024年6月1日\n")
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-06-01")
    assert record.issuer == signer


def test_a_sentence_naming_a_school_signs_nothing() -> None:
    record = parse_text(HEAD + "详情请咨询某县第一中学。\n2024年6月1日\n")
    assert record.signature.issuer is None
