"""A 抄送 body whose place a spam mirror replaced with its site's name, a blank before the
office (``星河彩票(中国)官方网站 督查室``). Decided (spam62): the brand is part of no name in
the list either: the body is what the letter wrote after it (``督查室``), and a brand alone
gives no body (mirror57 and spam60 read the two as one body, as written). A government's
own portal (review57f) is a body a reply is copied to. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第12号建议的答复\n冯某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我局将认真研究。感谢您的支持。\n某县民政局\n2024年8月20日\n"
)


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        # (spam62: mirror57 read 星河彩票(中国)官方网站督查室 and 星河彩票官网政府办)
        pytest.param("抄送：县人大常委会代工委、星河彩票(中国)官方网站 督查室",
                     ["县人大常委会代工委", "督查室"], id="listed"),
        pytest.param("抄送：星河彩票官网 政府办，县政协", ["政府办", "县政协"],
                     id="short-site-word"),
        pytest.param("抄送：星河彩票官网 某县督查室，县政协", ["某县督查室", "县政协"],
                     id="a-placed-body-after-the-brand"),
        pytest.param("抄送：星河彩票官网 县督查室 县政协", ["县督查室", "县政协"],
                     id="parted-by-blanks-alone"),
        pytest.param("抄送：县政协、金樽娱乐 督查室", ["县政协", "督查室"],
                     id="a-gambling-word-brand"),
        pytest.param("抄送：县政协、星河彩票(中国)官方网站", ["县政协"], id="the-brand-alone"),
        pytest.param("抄送：县政协、甲山县融媒体中心网站", ["县政协", "甲山县融媒体中心网站"],
                     id="a-real-site-named-by-its-place"),
        # (a brand glued to the body with no blank is read as written, as a signer's is:
        # spam60; an ordinary word ending in a brand's word is no brand: vocab61)
        pytest.param("抄送：县政协、星河彩票官网督查室", ["县政协", "星河彩票官网督查室"],
                     id="glued-as-written"),
        pytest.param("抄送：县政协、甲山文化娱乐 管理办公室", ["县政协", "甲山文化娱乐管理办公室"],
                     id="an-ordinary-word-is-no-brand"),
        # (review62d: the fields of sport an office or a school names, a stray blank in the
        # body; spam62 had read each as a brand and kept only 局, 指导中心, 学校)
        pytest.param("抄送：文化旅游体育 局、社会体育 指导中心", ["文化旅游体育局",
                     "社会体育指导中心"], id="a-bureaus-fields-of-sport"),
        pytest.param("抄送：青少年体育 学校 县政协", ["青少年体育学校", "县政协"],
                     id="a-sports-school"),
        pytest.param("抄送：县人大 县政协 县政府办", ["县人大", "县政协", "县政府办"],
                     id="bodies-parted-by-blanks"),
        pytest.param("抄送：某县水文站 某县水利局", ["某县水文站", "某县水利局"], id="a-station"),
        pytest.param("抄送：县人大常委会代工委、丙县人民政府门户网站 督查室",
                     ["县人大常委会代工委", "丙县人民政府门户网站", "督查室"],
                     id="a-government-portal-listed-to-publish"),
    ],
)  # fmt: skip
def test_a_brand_before_an_office_is_no_part_of_the_body(line: str, bodies: list[str]) -> None:
    record = parse_text(HEAD + line + "\n")
    assert record.cc == bodies
    assert span_problems(record) == []
