"""A site footer written one cell a line: the site's units (``主办单位：…`` over
``承办单位：…``), how to reach it (``联系电话：…``, ``地址：…``) right over the footer's marks
(``网站标识码：…``, ``…ICP备…号``) are chrome with them, and their phone no contact (a run with
no 承办: ``tests/test_chrome_footer_host_and_phone.py``). A run with a person named, or the
letter's own lines under the signature with no footer's mark under them, stays the letter's.
Snippets in our own words, invented numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n\n"
MARKS = "网站标识码：0000000000\n某ICP备00000000号\n"

FOOTERS = [
    pytest.param("主办单位：某市人民政府办公室\n承办单位：某市大数据中心\n联系电话：0000-5550000\n" + MARKS, id="units-phone-marks"),
    pytest.param("主办：某市人民政府办公室\n承办：某市信息中心\n地址：某市某路1号\n电话：0000-5550000\n" + MARKS, id="short-labels-address"),
    pytest.param("主办单位：某市人民政府办公室\n联系电话：0000-5550000\n承办单位：某市大数据中心\n" + MARKS, id="承办-last"),
]  # fmt: skip

# (closing lines, the contacts as (name, phone) the letter keeps)
NOT_FOOTERS = [
    pytest.param("主办单位：某县交通运输局\n承办单位：某县公路中心\n联系人：王某\n联系电话：0000-5550000\n" + MARKS, [("王某", "0000-5550000")], id="a-person-named"),
    pytest.param("联系电话：0000-5550000\n" + MARKS, [(None, "0000-5550000")], id="a-lone-phone"),
    pytest.param("主办单位：某市人民政府办公室\n承办单位：某市大数据中心\n联系电话：0000-5550000\n", [(None, "0000-5550000")], id="no-footer-mark"),
]  # fmt: skip


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_a_cell_a_line_is_chrome(footer: str) -> None:
    record = parse_text(BODY + SIGNED + footer)
    assert record.contacts == []
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert span_problems(record) == []


@pytest.mark.parametrize(("closing", "contacts"), NOT_FOOTERS)
def test_the_letters_lines_stay(closing: str, contacts: list[tuple[str | None, str]]) -> None:
    record = parse_text(BODY + SIGNED + closing)
    assert [(c.name, c.phone) for c in record.contacts] == contacts
