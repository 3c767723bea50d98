"""A flattened page whose closing runs on into the site's footer: the contact's phone row,
then the signing authority (its date damaged, 2020612 for 2020年6月12日, or left out), then
the footer (Copyright…, 主办：…). The phone row is no footer cell when an authority's name
stands alone after its number: that is the letter's signer, and the chrome starts after
it. A footer's own cells (a unit as a label's value, 主办：某县人民政府办公室) are still the
footer's."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_tail

FOOTER = (
    "Copyright© 2020 EXAMPLE.GOV.CN All Rights Reserved   主办：某县人民政府办公室"
    "      承办：某县信息中心 联系地址：某县某路1号   ICP备案号：某ICP备00000000号"
)
CLOSING = "感谢您对文旅工作的支持。 联系单位：县文化和旅游局资源开发股 联系电话：0000—5550123"


@pytest.mark.parametrize("dated", [" 2020612", ""])
def test_signer_after_the_phone_row_is_no_footer(dated: str) -> None:
    line = f"{CLOSING} 某县文化和旅游局{dated} {FOOTER}"
    at = chrome_tail(line)
    assert at is not None
    assert line[at:].strip().startswith("Copyright")


def test_signer_read_before_the_footer() -> None:
    text = (
        "关于县九届人大三次会议第41号建议的答复\n"
        "韩明代表： 您提出的《关于修缮乡村文化站的建议》收悉，现答复如下： 今年已完成修缮。 "
        f"{CLOSING} 某县文化和旅游局 2020612 {FOOTER}"
    )
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == "某县文化和旅游局"
    assert [(c.org, c.phone) for c in letter.contacts] == [
        ("县文化和旅游局资源开发股", "0000-5550123")
    ]


def test_footer_cells_still_go() -> None:
    # (a unit as a label's value, a blank after the colon: the footer's, no signer)
    line = "以上答复。 某县文化和旅游局 2020年6月12日 主办单位： 某县人民政府办公室 联系电话：0000-5550000 ICP备案号：某ICP备00000000号"
    at = chrome_tail(line)
    assert at is not None and line[at:].strip().startswith("主办单位")
