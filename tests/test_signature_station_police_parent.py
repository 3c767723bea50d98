"""A police station named by its place (``乙镇派出所``) on the line under an authority is
that authority's part only under a police authority (``甲县公安局``, ``甲市公安局乙区分局``):
no other body has police stations, so under a bureau of another kind it is a signer of its
own (an earlier round took any 局 as its parent, ``甲县财政局乙镇派出所``). A brigade
(支队, 大队, 中队) stays a part under any 局, an enforcing bureau's too. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于市十五届人大三次会议第66号建议的答复\n周某某代表：\n"
    "    您提出的关于规范某片区治安管理的建议收悉，现答复如下：\n"
    "    我们将加强巡逻防控。感谢您的关心和支持。\n\n"
)


@pytest.mark.parametrize(
    ("names", "signer"),
    [
        pytest.param("甲县财政局\n乙镇派出所", "甲县财政局、乙镇派出所", id="not-police"),
        pytest.param("甲县财政局  乙镇派出所", "甲县财政局、乙镇派出所", id="gap"),
        # must not match: a police authority's own station, a brigade under a bureau
        pytest.param("甲县公安局\n乙镇派出所", "甲县公安局乙镇派出所", id="county-police"),
        pytest.param("甲市公安局乙区分局\n乙镇派出所", "甲市公安局乙区分局乙镇派出所",
                     id="district-branch"),
        pytest.param("甲县城市管理局\n乙镇中队", "甲县城市管理局乙镇中队", id="brigade"),
    ],
)  # fmt: skip
def test_a_station_signs_under_police_only(names: str, signer: str) -> None:
    record = parse_text(HEAD + names + "\n2024年8月2日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-08-02")
