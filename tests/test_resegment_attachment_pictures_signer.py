"""A reply flattened with nothing between its lines whose attachment row names pictures or a
list (``附件：某地标识牌照片``, ``…示意图``, ``…名单``) right before the signer and the date
(``附件：…照片某县某局2031年6月2日``): the attachment's title ends with the word for what it
is, so the authority glued after it signs, as where the copy kept its lines (fix102,
dev102/005 glued; an earlier round signed with the attachment's title and the name as one)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LINES = [
    "白石县自然资源局关于答复县政协某届某次会议第16号提案的函",
    "周小禾委员:",
    "您提出的关于设置耕地保护标志的提案收悉,现答复如下:",
    "我局已在全县主要耕地保护区设立标志牌,标志牌完好,将继续沿用。",
    "感谢您对自然资源工作的关心和支持。",
]


@pytest.mark.parametrize("kind", ["标志牌照片", "标志牌位置示意图", "管护人员名单"])
@pytest.mark.parametrize("joiner", ["", "\n"])
def test_signer_after_the_attachments_title(kind: str, joiner: str) -> None:
    text = joiner.join([*LINES, f"附件:部分{kind}", "白石县自然资源局", "2031年6月2日"])
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == "白石县自然资源局"
    assert letter.signature.date == "2031-06-02"
    assert letter.issuer == "白石县自然资源局"


def test_a_name_with_no_such_word_is_read_as_before() -> None:
    # (an attachment's title that ends with no document's word: no cut is made inside it)
    text = "".join([*LINES, "附件:部分标志牌", "白石县自然资源局", "2031年6月2日"])
    letter = parse_text(text, keywords=False)
    assert letter.signature.date == "2031-06-02"
