"""Decided (spam62): a hijacked mirror's brand set where a place stood (``某某国际(中国)官方网站``,
``某某娱乐``, ``某某官网``) is part of no name in a contact's org or an addressee's body either:
the body is the words the letter wrote after the brand, and a brand alone gives none (an
earlier round read the brand as an org or an addressee of its own, or cut its bracketed note
into persons). Glued to the body with no gap the words are read as written (spam60).
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems


def _letter(salutation: str, tail: str = "") -> str:
    return (
        f"关于第7号建议的答复\n{salutation}\n　　您提出的建议收悉，现答复如下：\n"
        f"　　我局将认真研究。感谢您的支持。\n甲山县民政局\n2024年3月9日\n{tail}"
    )


@pytest.mark.parametrize(
    ("tail", "org"),
    [
        pytest.param("联系单位：星河国际(中国)官方网站 督查室\n联系人：冯某\n联系电话：0000-5550123\n",
                     "督查室", id="bracketed-brand-on-the-office-label"),
        pytest.param("联系人：星河国际(中国)官方网站 督查室 冯某 0000-5550123\n", "督查室",
                     id="office-beside-the-person"),
        pytest.param("联系单位及联系人：金樽娱乐官网 教育局 冯某\n联系电话：0000-5550123\n",
                     "教育局", id="office-and-person-label"),
        pytest.param("联系单位：金樽娱乐 甲山县教育局\n联系人：冯某\n联系电话：0000-5550123\n",
                     "甲山县教育局", id="a-placed-office"),
        pytest.param("联系单位：甲山文化娱乐\n联系人：冯某\n联系电话：0000-5550123\n",
                     "甲山文化娱乐", id="an-ordinary-word-is-no-brand"),
    ],
)  # fmt: skip
def test_a_brand_is_no_part_of_a_contact_s_org(tail: str, org: str) -> None:
    record = parse_text(_letter("冯某代表：", tail))
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [("冯某", org, "0000-5550123")]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        pytest.param("星河国际(中国)官方网站 人大常委会：", ["人大常委会"], id="bracketed-brand"),
        pytest.param("金樽娱乐官网 教育局、甲山县财政局：", ["教育局", "甲山县财政局"],
                     id="a-list"),
        pytest.param("金樽体育 政协提案委：", ["政协提案委"], id="a-gambling-word"),
        pytest.param("甲山县人民政府门户网站、甲山县财政局：", ["甲山县人民政府门户网站", "甲山县财政局"],
                     id="a-government-portal-stays"),
    ],
)  # fmt: skip
def test_a_brand_is_no_addressee(salutation: str, names: list[str]) -> None:
    record = parse_text(_letter(salutation))
    assert [a.name for a in record.addressees] == names
    assert span_problems(record) == []
