"""A closing label a flattened copy glued right after the signature's date
(``某局2024年5月10日类别：B联系人：…``): it opens a line of its own, so the signer, the
date and the label's value are all read; a label glued to a word that is no date is no
such line (snippets written here, names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "甲县林业局关于县人大三次会议第3号建议的答复王某代表：    您提出的建议收悉。现答复如下："
    "    我局已落实。感谢您的支持！甲县林业局"
)

# (id, what follows the signer, date, handling type)
READ = [
    ("class", "2022年6月20日类别：B联系人：陈某", "2022-06-20", "B"),
    ("kind", "2022年6月20日类型：A联系人：陈某", "2022-06-20", "A"),
    ("chinese-date", "二〇二二年六月二十日类别：C联系人：陈某", "2022-06-20", "C"),
]


@pytest.mark.parametrize(
    ("tail", "date", "handling"), [case[1:] for case in READ], ids=[case[0] for case in READ]
)
def test_label_glued_after_date(tail: str, date: str, handling: str) -> None:
    letter = parse_text(_HEAD + tail, keywords=False)
    assert letter.signature.issuer == "甲县林业局"
    assert letter.signature.date == date
    assert letter.handling_type == handling
    assert [c.name for c in letter.contacts] == ["陈某"]


def test_label_after_other_words_stays_glued() -> None:
    """类别： after a 日 that ends no date (每日) is no closing label of its own."""
    text = (
        _HEAD.replace("我局已落实。", "巡查记录按每日类别：防火、防汛分别填报。") + "2022年6月20日"
    )
    letter = parse_text(text, keywords=False)
    assert letter.handling_type is None
    assert letter.signature.issuer == "甲县林业局"
    assert letter.signature.date == "2022-06-20"
