"""A site footer written one cell a line that names only the site's host and how to reach
it (``主办单位：…`` or ``主办：…`` over ``联系电话：…``, an address or a fax beside), right over
the footer's marks (``网站标识码：…``, ``…ICP备…号``, ``版权所有``), is chrome with them: its
phone is no contact, as when the site's 承办 is named too. A run that names a 协办 (the
units handling a proposal, as a letter notes them: ``主办单位：…`` / ``协办单位：…``), one
with a person named, a lone phone over the marks, or the same lines with no footer's mark
under them, stay the letter's. Snippets in our own words, invented numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n\n"
MARKS = "网站标识码：0000000000\n某ICP备00000000号\n"

FOOTERS = [
    pytest.param("主办单位：某市人民政府办公室\n联系电话：0000-5550000\n" + MARKS, id="host-phone"),
    pytest.param("主办：某市人民政府办公室\n电话：0000-5550000\n" + MARKS, id="short-labels"),
    pytest.param("主办单位：某市人民政府办公室\n地址：某市某路1号\n联系电话：0000-5550000\n" + MARKS, id="with-address"),
    pytest.param("主办单位：某市人民政府办公室\n联系电话：0000-5550000\n传真：0000-5550001\n" + MARKS, id="with-fax"),
    pytest.param("主办单位：某市人民政府办公室\n联系电话：0000-5550000\n版权所有：某市人民政府\n", id="over-copyright"),
    pytest.param("主办单位：某县交通运输局\n联系电话：0000-5550000\n" + MARKS, id="the-signers-own-site"),
]  # fmt: skip

# (closing lines, the contacts as (name, phone) the letter keeps)
NOT_FOOTERS = [
    pytest.param("主办单位：某县交通运输局\n协办单位：某县财政局\n联系电话：0000-5550000\n" + MARKS, [(None, "0000-5550000")], id="a-协办-named"),
    pytest.param("主办：某县交通运输局\n协办：某县财政局\n电话：0000-5550000\n" + MARKS, [(None, "0000-5550000")], id="a-协办-short"),
    pytest.param("主办单位：某县交通运输局\n联系人：王某\n联系电话：0000-5550000\n" + MARKS, [("王某", "0000-5550000")], id="a-person-named"),
    pytest.param("联系电话：0000-5550000\n" + MARKS, [(None, "0000-5550000")], id="a-lone-phone"),
    pytest.param("主办单位：某市人民政府办公室\n联系电话：0000-5550000\n", [(None, "0000-5550000")], id="no-footer-mark"),
]  # fmt: skip


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_sites_host_and_phone_over_its_marks_are_chrome(footer: str) -> None:
    record = parse_text(BODY + SIGNED + footer)
    assert record.contacts == []
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert span_problems(record) == []


@pytest.mark.parametrize(("closing", "contacts"), NOT_FOOTERS)
def test_the_letters_lines_stay(closing: str, contacts: list[tuple[str | None, str]]) -> None:
    record = parse_text(BODY + SIGNED + closing)
    assert [(c.name, c.phone) for c in record.contacts] == contacts
