"""A page that prints the reply, then the proposal's own text under its title (or a
heading naming it, ``代表建议原文``): from that heading down, none of it is the letter's,
so its sections, sums and dates are not the reply's, and the reply's signer and date
stand. An attachment that is no proposal (``附件：关于印发…的通知``) and a proposal's title
alone at the end are left as they are. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

REPLY = (
    "关于改造某街老旧管网的建议的答复\n郑某代表：\n"
    "　　您提出的关于改造某街老旧管网的建议收悉，现答复如下：\n"
    "　　一、改造安排\n　　我公司已安排资金80万元。\n"
    "　　感谢您对我们工作的支持。\n某县供水公司\n2021年10月8日\n"
)
PROPOSAL = (
    "　　一、存在问题\n　　某街管网建于上世纪，漏损严重。\n"
    "　　二、具体建议\n　　投入资金500万元，于2022年6月30日前完成改造。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("关于改造某街老旧管网的建议\n", id="its-title"),
        pytest.param("附件：关于改造某街老旧管网的建议\n", id="attached"),
        pytest.param("代表建议原文\n", id="named"),
        pytest.param("代表建议原文：\n", id="named-with-colon"),
        pytest.param("《关于改造某街老旧管网的建议》\n", id="in-title-marks"),
        pytest.param("（联系人：冯某，电话：0000-0000000）\n\n《关于改造某街老旧管网的建议》\n", id="after-contact"),
    ],
)  # fmt: skip
def test_the_proposal_after_the_reply_is_not_the_letter(head: str) -> None:
    letter = parse_text(REPLY + "\n" + head + PROPOSAL)
    assert letter.signature is not None
    assert letter.signature.issuer == "某县供水公司"
    assert letter.signature.date == "2021-10-08"
    assert [s.heading for s in letter.sections] == ["改造安排"]
    assert [a.text for a in letter.amounts] == ["80万元"]
    assert [d.value for d in letter.dates] == ["2021-10-08"]


def test_an_attachment_that_is_no_proposal_stays() -> None:
    letter = parse_text(REPLY + "附件：关于印发某街管网维护办法的通知\n")
    plain = parse_text(REPLY)
    assert letter.signature == plain.signature


def test_a_title_alone_at_the_end_stays() -> None:
    text = REPLY + "关于改造某街老旧管网的建议\n"
    assert parse_text(text).signature is not None
