"""A spam mirror that set its site's name where the place stood, a blank before the
authority (``环宇娱乐(中国)官方网站 教育局``, over the date or beside it): the site's name
(…官方网站, …官网, …网站) is the page's, no second signer; the authority signs alone.
Glued to the authority with no blank, the name is taken as written, one signer, as a
mirror's advertisement words glued before it always were. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于增加某镇幼儿园学位的建议的答复\n郑某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已作安排。\n"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("环宇娱乐(中国)官方网站 教育局\n2021年6月3日", "教育局", id="over-the-date"),
        pytest.param("环宇娱乐(中国)官方网站 教育局 2021年6月3日", "教育局", id="beside-the-date"),
        pytest.param("环宇娱乐官网 某县教育局\n2021年6月3日", "某县教育局", id="short-site-word"),
    ],
)  # fmt: skip
def test_the_site_name_signs_for_none(closing: str, signer: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("环宇娱乐(中国)官方网站教育局\n2021年6月3日", "环宇娱乐(中国)官方网站教育局",
                     id="glued"),
        pytest.param("某县水文站 某县水利局\n2021年6月3日", "某县水文站、某县水利局",
                     id="a-station-signs"),
        pytest.param("甲县财政局\n乙县教育局\n2021年6月3日", "甲县财政局、乙县教育局",
                     id="two-authorities"),
    ],
)  # fmt: skip
def test_other_signers_are_left_alone(closing: str, signer: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == signer
