"""A site footer's line that writes the site's registration number (``某ICP备00000000号``,
``某公网安备00000000000000号``, ``网站标识码：0000000000``) is chrome whole, also when a cell
of it holds a comma (``地址：某路1号，邮编：000000``): its labels give no contact. A line that
ends a sentence, or names ICP备案 with no number, is the letter's. Snippets in our own
words, invented units and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line
from spans import span_problems

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n\n"

FOOTERS = [
    pytest.param("主办单位：某市人民政府办公室  地址：某市某路1号，邮编：000000  联系电话：0000-5550000  网站标识码：0000000000", id="address-comma-site-code"),
    pytest.param("联系电话：0000-5550000，传真：0000-5550001  某ICP备00000000号", id="phone-comma-icp"),
    pytest.param("主办：某市人民政府办公室，承办：某市信息中心  电话：0000-5550000  某公网安备00000000000000号", id="units-comma-police-record"),
    pytest.param("地址:某市某路1号,邮编:000000  电话:0000-5550000  网站标识码:0000000000", id="half-width"),
    pytest.param("主办单位：某市人民政府办公室；联系电话：0000-5550000；某ICP证000000号", id="semicolons-icp-licence"),
]  # fmt: skip

LETTER_LINES = [
    pytest.param("我局将督促各网站完成ICP备案，做好网站标识码管理", id="icp-filing-no-number"),
    pytest.param("经核查，该网站已取得某ICP备00000000号，联系电话：0000-5550000。", id="a-sentence-with-a-number"),
    pytest.param("联系人：王某，联系电话：0000-5550000", id="a-contact-line"),
]  # fmt: skip


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_with_a_registration_number_is_chrome(footer: str) -> None:
    assert is_chrome_line(footer)
    record = parse_text(BODY + SIGNED + footer + "\n")
    assert record.contacts == []
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert span_problems(record) == []


@pytest.mark.parametrize("line", LETTER_LINES)
def test_a_letter_line_stays(line: str) -> None:
    assert not is_chrome_line(line)
