"""A 主送 line set in the 版记 at the foot, beside 抄送 (``主送：某某代表``), in a copy that
lost its line breaks: a closing line of its own, so the signature and date before it are
read and the 抄送 list after it too; it feeds no field (the addressees are the salutation's)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

FLAT_HEAD = (
    "关于县十八届人大三次会议第63号建议的答复 钱某代表： "
    "您提出的《关于完善乡村客运站点的建议》收悉。现答复如下： "
    "我局已将乡村客运站点建设列入年度计划。 感谢您对交通运输工作的关心和支持。"
)

# (the flattened closing, the cc list)
FOOTS = [
    pytest.param(" 某县交通运输局 2024年5月10日 主送：钱某代表 抄送：县政府督查室。", ["县政府督查室"],
                 id="then-cc"),
    pytest.param(" 某县交通运输局 2024年5月10日 （此件主动公开） 主送：钱某代表", [], id="after-a-note"),
    pytest.param(" 某县交通运输局 2024年5月10日  主送：钱某代表抄送：县人大选工委，县政府督查室。",
                 ["县人大选工委", "县政府督查室"], id="cc-glued-after-it"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "cc"), FOOTS)
def test_a_foot_addressee_line_is_a_closing_line(closing: str, cc: list[str]) -> None:
    record = parse_text(FLAT_HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert record.cc == cc
    assert [a.name for a in record.addressees] == ["钱某"]


# 主送 with no colon is a word of a sentence, no label: the body goes on.
def test_a_sentence_naming_the_addressee_is_no_label() -> None:
    text = (
        FLAT_HEAD.replace("感谢您", "相关材料已主送县政府审定。 感谢您")
        + " 某县交通运输局 2024年5月10日"
    )
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert record.cc == []
