"""A mirror that swapped the place in the signing authority for a site's handle, figures
joined to its words by ``_`` (``某游88_88平台下载_某某交通运输局``): the authority is taken
as written, as a place swapped for Latin letters and figures is (dev35), over its date, last
in the letter or after a unit's label. Figures that stand alone before an office are none.
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "关于县十八届人大二次会议第9号建议的答复\n郑某代表：\n"
    "    您提出的关于修缮某村道路的建议收悉，现答复如下：\n"
    "    我局已将该路段列入计划。感谢您对交通工作的支持！\n"
)
SIGNER = "某游88_88平台下载_某某交通运输局"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(f"{SIGNER}\n2022年7月7日\n", id="over-the-date"),
        pytest.param(f"{SIGNER}\n", id="last"),
        pytest.param(f"承办单位：{SIGNER}\n", id="unit-label"),
    ],
)
def test_a_handle_in_the_place_keeps_the_signer(closing: str) -> None:
    record = parse_text(LETTER + closing, keywords=False)
    assert record.signature.issuer == SIGNER
    assert span_problems(record) == []


@pytest.mark.parametrize("line", ["2022年7月7日某局", "电话12345678某局", "88 某局"])
def test_figures_alone_before_an_office_are_no_name(line: str) -> None:
    record = parse_text(LETTER + line + "\n2022年7月7日\n", keywords=False)
    assert record.signature.issuer != line
