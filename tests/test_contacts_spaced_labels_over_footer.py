"""A contact whose labels a page spaced out character by character (``承 办 人 电 话：…``)
over a site's footer keeps its phone: a footer's label (承办, 电话) read inside such a
spaced-out word is none, so the line is no footer cell. A footer's own spaced label before
its colon (``主 办：…``) still is one. Snippets in our own words, invented numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

LETTER = "王某委员：\n您提出的《关于某某的提案》已收悉，现答复如下：\n街道开展专项检查。\n2023年10月16日\n"
FOOTER = "\n设为首页 | 加入收藏 | 网站声明 | 网站地图 | 联系我们\n主办单位：某某网 某公网安备 00000000000000号\n某ICP备00000000号\n"

CONTACTS = [
    pytest.param("承 办 人 姓 名：李某\n承 办 人 电 话：5550123\n", id="name-and-phone"),
    pytest.param("承 办 人：李某\n承 办 人 电 话：5550123\n", id="short-name-label"),
    pytest.param("联 系 人：李某\n承 办 人 电 话：5550123\n", id="contact-label"),
]  # fmt: skip


@pytest.mark.parametrize("contact", CONTACTS)
def test_the_spaced_phone_label_over_a_footer_keeps_the_phone(contact: str) -> None:
    record = parse_text(LETTER + contact + FOOTER)
    assert [(c.name, c.phone) for c in record.contacts] == [("李某", "5550123")]
    assert span_problems(record) == []


def test_a_footers_spaced_host_label_is_still_chrome() -> None:
    lines = ["正文。", "主 办：某市人民政府办公室 | 联系电话：0000-5550123", "某ICP备00000000号"]
    assert chrome_lines(lines) == frozenset({1, 2})
