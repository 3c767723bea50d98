"""A saved page's empty box of attachments (``附件下载：``, the colon half- or full-width)
after the signed date in a copy flattened with blanks: the page's, and the signer and the
date before it are the letter's whatever its last sentence says (an earlier round read
them only after a thanks or a closing formula, and lost both after a sentence of the
reply's own). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

OPENING = (
    "关于戊村渡口改建的答复 郑某代表： 您提出的关于戊村渡口改建的建议收悉，现答复如下： "
    "我局已将渡口改建列入年度计划。"
)


@pytest.mark.parametrize("box", ["附件下载:", "附件下载：", "附件下载: 【打印】"])
@pytest.mark.parametrize("last", ["剩余工程由镇里负责完成。", "感谢您的关心。"])
def test_the_signature_before_the_box_is_read(box: str, last: str) -> None:
    record = parse_text(f"{OPENING}{last} 戊山县交通运输局 2030年3月20日 {box}")
    assert record.signature.issuer == "戊山县交通运输局"
    assert record.signature.date == "2030-03-20"
    assert span_problems(record) == []
