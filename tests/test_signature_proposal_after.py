"""A 建议 database's page prints the reply, its signer, date and contact note, and then the
proposal's own text (its 建议内容 tab): a paragraph opening with 建议. That paragraph is
none of the reply's: the signature above it is read, and its 一是/二是 are no sections.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

REPLY = """对《关于某镇建设产业园的建议》的答复

近年来，县政府出台了《某县奖励扶持政策》。

以上是对您所提建议的答复，真诚感谢您的关心。

某县自然资源局

2021年5月26日
"""
CONTACT = "\n（联系单位：某县自然资源局，联系人：李某，联系电话：0000-5550123）\n"

AFTER = [
    pytest.param(
        "\n建议出台政策支持某镇。建议：一是举全县之力创建产业园区。二是借助试点机遇，全力支持某镇发展。\n",
        id="proposal-text",
    ),
    pytest.param(
        f"{CONTACT}\n建议出台政策支持某镇。建议：一是举全县之力创建产业园区。二是全力支持某镇发展。\n",
        id="after-the-contact-note",
    ),
    pytest.param("\n建议：一是加快产业园区建设；二是加大资金扶持。\n", id="proposal-with-colon"),
    pytest.param(
        "\n建议县政府加大扶持力度。\n一是完善配套设施。\n二是落实用地指标。\n",
        id="items-a-line-each",
    ),
]


@pytest.mark.parametrize("after", AFTER)
def test_the_proposal_after_the_signed_reply_hides_no_signature(after: str) -> None:
    letter = parse_text(REPLY + after)
    assert letter.signature.issuer == "某县自然资源局"
    assert letter.signature.date == "2021-05-26"
    assert letter.issuer == "某县自然资源局"
    assert letter.sections == []


@pytest.mark.parametrize(
    "after",
    [
        pytest.param("\n建议人：王某\n", id="proposer-row"),
        pytest.param("\n建议内容：\n", id="content-label"),
    ],
)
def test_a_row_under_the_date_is_no_proposal_text(after: str) -> None:
    # (the rows stay as before: a label under the date, the signature read)
    letter = parse_text(REPLY + after)
    assert letter.signature.issuer == "某县自然资源局"


def test_a_body_paragraph_opening_with_the_word_stays_the_bodys() -> None:
    text = (
        "关于第5号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        "建议由县交通局牵头实施：一是加快设计，二是加快施工。\n"
        "某县自然资源局\n2021年5月26日\n"
    )
    letter = parse_text(text)
    assert [s.marker for s in letter.sections] == ["一是", "二是"]
    assert letter.signature.issuer == "某县自然资源局"
