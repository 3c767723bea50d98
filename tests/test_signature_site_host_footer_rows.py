"""A site's footer names its host after 主办单位 with its address and postcode on one line
(``主办单位：某区人民政府办公室  地址：某路8号  邮编：000000``): no signer. A flattened page
re-segmented sets each of those labels on a line of its own; the host's line with only the
footer's rows under it (地址, 邮编, 网站标识码, 备案号, 技术支持) is that footer still, as the
last line alone is (an earlier round signed the host there). A host over a contact's line,
or over a 协办 line, still signs. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于区四届人大四次会议第17号建议的回复\n周某某代表：\n"
    "    您提出的关于打通某路北段的建议收悉。现答复如下：\n"
    "    该路段已列入明年城建计划。再次感谢您对我们工作的支持！\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("主办单位：某区人民政府办公室  地址：某市某路8号  邮编：000000", id="one-line"),
        pytest.param("主办单位：某区人民政府办公室\n地址：某市某路8号\n邮编：000000", id="rows"),
        pytest.param("主办单位：某区人民政府办公室\n网站标识码：0000000000\n某ICP备00000000号",
                     id="site-code"),
        pytest.param("感谢支持！ 主办单位：某区人民政府办公室 地址：某市某路8号 邮编：000000",
                     id="flattened"),
    ],
)  # fmt: skip
def test_the_footer_host_signs_nothing(footer: str) -> None:
    record = parse_text(HEAD + footer + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (None, None)


@pytest.mark.parametrize(
    "closing",
    [
        # must not match: the unit that answers, over a contact's line or beside a 协办 line
        pytest.param("主办单位：某区住房和城乡建设局\n联系人：李某  联系电话：138xxxx0000",
                     id="contact-under"),
        pytest.param("协办单位：某区财政局\n主办单位：某区住房和城乡建设局", id="helper-above"),
    ],
)  # fmt: skip
def test_the_answering_unit_still_signs(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert record.signature.issuer == "某区住房和城乡建设局"
