"""The letter's contact row under its signed date, the site's line for reporting harmful
content after it (``联系人：赵某 联系电话：0000-5550124 违法和不良信息举报电话：…``), in a
copy flattened with blanks: the report line is the footer's (fix131), the phone's cell right
after the contact person's the letter's, no footer cell (an earlier round took the phone
with the footer and read the person with no number). Snippets in our own words, invented
names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import spaced

LETTER = (
    "关于增设某村公交站点的建议的答复\n孙某代表：\n您提出的建议收悉，现答复如下：\n"
    "我局已会同公交公司完成站点选址，预计下月投入使用。\n感谢您对交通工作的关心和支持。\n"
    "某县交通运输局\n2031年6月10日\n联系人：赵某\n联系电话：0000-5550124\n{footer}\n"
)


@pytest.mark.parametrize(
    "footer", ["违法和不良信息举报电话：0000-5550123", "网站举报电话：0000-5550123"]
)
@pytest.mark.parametrize(
    "copy", [pytest.param(lambda t: t, id="lined"), pytest.param(spaced, id="spaced")]
)
def test_the_contacts_phone_before_a_report_line_is_the_letters(copy, footer: str) -> None:
    record = parse_text(copy(LETTER.format(footer=footer)), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2031-06-10")
    assert [(c.name, c.phone) for c in record.contacts] == [("赵某", "0000-5550124")]
