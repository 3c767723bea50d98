"""A hijacked mirror's brand set where the signer stood, over the signed date (``某某博彩app`` /
``2031年8月28日``), in a copy that lost its line breaks: glued after the last sentence and
before the date (``…支持。某某博彩app2031年8月28日``), the brand is the line over the date, as
the letter's lines keep it: the date signs the letter, the brand no one's name (dev129: glued,
the date was read nowhere). Snippets in our own words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

LETTER = (
    "关于区九届人大二次会议第88号建议的答复\n李某代表:\n"
    "我局协办您提出的第88号建议，现将办理情况答复如下：\n"
    "今年我们安排草原生态修复资金300万元，推动饲草种植。\n"
    "下一步我们将继续争取资金支持。\n{signer}\n2031年8月28日\n"
)


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(lambda t: t, id="lined"),
        pytest.param(spaced, id="spaced"),
        pytest.param(glued, id="glued"),
    ],
)
@pytest.mark.parametrize("signer", ["某某博彩app", "某某棋牌"])
def test_a_brand_glued_before_the_signed_date(copy, signer: str) -> None:
    record = parse_text(copy(LETTER.format(signer=signer)), keywords=False)
    assert record.signature.date == "2031-08-28"
    assert record.signature.issuer is None
    assert record.issuer is None
    assert span_problems(record) == []


def test_a_sentences_words_glued_before_the_date_sign_nothing() -> None:
    # (no brand: the words end a sentence of the body, as before)
    text = glued(LETTER.format(signer="").replace("支持。\n\n", "支持到"))
    record = parse_text(text, keywords=False)
    assert record.signature.date is None
