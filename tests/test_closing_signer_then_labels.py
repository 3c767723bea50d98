"""The letter's last line an authority's name and, after a gap, its contact labels
(``某县财政局  联系电话：…``), no date anywhere below: the name is the undated signer, as it
is on a line of its own over the contact line. A sentence before the labels, or a name
that is no authority, stays the contact's. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "关于县十届人大三次会议第12号建议的答复\n王某代表：\n"
    "你提出的关于整修某村水渠的建议收悉，现答复如下：我局已将该水渠列入明年整修计划。\n"
    "办复类别：A类\n"
)


@pytest.mark.parametrize(
    ("last", "org"),
    [
        pytest.param("桐溪县财政局 联系电话：0000-5550123", "桐溪县财政局", id="phone"),
        pytest.param(
            "桐溪县财政局　　联系人：李某  联系电话：0000-5550123",
            "桐溪县财政局",
            id="person-and-phone",
        ),
        # on a line of its own the name signs only, as before
        pytest.param("桐溪县财政局\n联系电话：0000-5550123", None, id="on-two-lines"),
    ],
)
def test_the_name_before_the_labels_signs(last: str, org: str | None) -> None:
    # and stays the office of the contact it opened the line of (docs/record.md)
    letter = parse_text(BODY + last)
    assert letter.signature.issuer == "桐溪县财政局"
    assert letter.issuer == "桐溪县财政局"
    assert [(c.phone, c.org) for c in letter.contacts] == [("0000-5550123", org)]


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("请与李某联系 联系电话：0000-5550123", id="a-clause-before"),
        pytest.param("财务科 联系电话：0000-5550123", id="an-office-of-no-authority"),
    ],
)
def test_no_signer_before_the_labels(last: str) -> None:
    letter = parse_text(BODY + last)
    assert letter.signature.issuer is None
