"""A 抄送 body whose place a spam mirror replaced with its site's name, a blank before the
office (``星河彩票(中国)官方网站 督查室``): one body, as written (mirror57). A site's name ends
no body's name (网站 is no station's 站: data/not_org_endings.txt), so the blank is read
through as inside any name whose first piece ends as no body does. Snippets are invented."""

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
        pytest.param("抄送：县人大常委会代工委、星河彩票(中国)官方网站 督查室",
                     ["县人大常委会代工委", "星河彩票(中国)官方网站督查室"], id="listed"),
        pytest.param("抄送：星河彩票官网 政府办，县政协", ["星河彩票官网政府办", "县政协"],
                     id="short-site-word"),
        pytest.param("抄送：县人大 县政协 县政府办", ["县人大", "县政协", "县政府办"],
                     id="bodies-parted-by-blanks"),
        pytest.param("抄送：某县水文站 某县水利局", ["某县水文站", "某县水利局"], id="a-station"),
        pytest.param("抄送：县人大常委会代工委、丙县人民政府门户网站 督查室",
                     ["县人大常委会代工委", "丙县人民政府门户网站", "督查室"],
                     id="a-government-portal-listed-to-publish"),
    ],
)  # fmt: skip
def test_a_site_name_before_an_office_is_one_body(line: str, bodies: list[str]) -> None:
    record = parse_text(HEAD + line + "\n")
    assert record.cc == bodies
    assert span_problems(record) == []
