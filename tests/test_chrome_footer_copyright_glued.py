"""A saved page flattened with nothing between its lines: the site's footer, opened by its
notice of rights in English (``Copyright© 2099 …``), glued after the letter's last figures
or words (its signer and a date that lost its 年月日, ``某局209962Copyright©…``). The footer
is chrome from there: the site's host it names (``主办：某州人民政府办公室``) is never read as
the letter's signer or issuer. A sentence that speaks of copyright stays the letter's."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LINES = [
    "关于对州九届人大四次会议第87号建议的答复",
    "钱某、孙某两位代表：",
    "你们提出的《关于完善山区民宿配套设施的建议》(第87号)收悉，现答复如下：",
    "今年以来我局已向上级争取民宿配套项目两个，资金正在陆续下达，"
    "山区民宿的停车和供水条件将逐步改善。",
    "联系单位：州文化和旅游局规划科联系电话：0000-0000000",
    "某州文化和旅游局",
    "{date}",
    "Copyright© 2099 EXAMPLE.GOV.CN All Rights Reserved   主办：某州人民政府办公室"
    "      承办：某州大数据中心",
    "联系地址：某市人民街96号    网站标识码：0000000000",
]


@pytest.mark.parametrize("date", ["209962", "2099年6月2日"])
@pytest.mark.parametrize("joiner", ["", "\n\n"])
def test_footer_glued_after_the_signer(date: str, joiner: str) -> None:
    letter = parse_text(joiner.join(LINES).replace("{date}", date), keywords=False)
    assert letter.signature.issuer == "某州文化和旅游局"
    assert letter.issuer == "某州文化和旅游局"


# Must not match
def test_sentence_about_copyright_before_the_signer_stays() -> None:
    lines = [*LINES[:3], "我局将加强Copyright 2099年度版权保护宣传。", *LINES[5:7]]
    letter = parse_text("".join(lines).replace("{date}", "2099年6月2日"), keywords=False)
    assert letter.signature.issuer == "某州文化和旅游局"
    assert letter.signature.date == "2099-06-02"
