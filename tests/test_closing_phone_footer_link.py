"""A bare phone row with a site's footer link left after it (``0000-5550123 联系我们``,
``…网站地图``: data/page_footer_links.txt), under the contact's name, is the contact's row as
the phone alone is: the closing reads on above it, so the signer and the date sign (a page
copied with its footer's links lost them). Words after a phone that are no link keep the
line out of the closing as before. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县十八届人大二次会议第55号建议的答复\n冯某某代表：\n"
    "    您提出的关于加装某小区路灯的建议收悉，现答复如下：\n"
    "    我们已安排加装路灯二十盏。感谢您的关心和支持。\n\n某县城市管理局\n2024年5月6日\n"
    "联系人：韩某某\n"
)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("0000-5550123 联系我们", id="link"),
        pytest.param("0000-5550123联系我们", id="glued"),
        pytest.param("13800000000  联系我们", id="mobile"),
        pytest.param("0000-5550123", id="phone-alone"),
    ],
)  # fmt: skip
def test_the_signature_reads_above_a_phone_and_link(row: str) -> None:
    record = parse_text(HEAD + row + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县城市管理局", "2024-05-06")


def test_a_sentence_after_a_phone_is_no_link() -> None:
    # must not match: words after the number that are a sentence's, not a site's link
    record = parse_text(HEAD + "0000-5550123请联系我们办公室\n", keywords=False)
    assert record.signature.issuer is None
