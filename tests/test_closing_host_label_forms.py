"""The signing slot of a form written with other words than 领导签字 (单位领导签名：,
负责人签字：, 签名：), the unit after it, and a unit given with the person who handled it
in brackets (承办单位：某局（王某某）), or a signer's line that writes who signed after the
unit (某局（王某某）, 某局  王某某): the unit is the issuer, never the label or the person. A person alone after 签发人 signs nothing. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "关于整治某河沿岸垃圾的建议的答复\n孙某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我局已组织清理。\n　　感谢您对我们工作的支持。\n"
)


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        pytest.param("单位领导签名：某县环卫所\n2022年8月3日", "某县环卫所", id="leader-signed-name"),
        pytest.param("单位负责人签字：某县环卫所\n2022年8月3日", "某县环卫所", id="head-signs"),
        pytest.param("签名：某县环卫所\n2022年8月3日", "某县环卫所", id="signed"),
        pytest.param("承办单位：某县环卫所（钱某某）\n2022年8月3日", "某县环卫所", id="person-in-brackets"),
        pytest.param("某县环卫所（钱某某）\n2022年8月3日", "某县环卫所", id="signer-then-person"),
        pytest.param("某县环卫所 钱某某\n2022年8月3日", "某县环卫所", id="signer-blank-person"),
        pytest.param("某县环卫所　　钱某某\n2022年8月3日", "某县环卫所", id="signer-gap-person"),
    ],
)  # fmt: skip
def test_the_unit_after_the_label_signs(closing: str, issuer: str) -> None:
    letter = parse_text(BODY + closing + "\n")
    assert letter.issuer == issuer
    assert letter.signature is not None and letter.signature.issuer == issuer
    assert letter.text is not None and letter.signature.issuer_span is not None
    assert letter.text[slice(*letter.signature.issuer_span)] == issuer
    assert letter.signature.date == "2022-08-03"


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        pytest.param("签发人：钱某某\n某县环卫所\n2022年8月3日", "某县环卫所", id="person-then-unit"),
        pytest.param("某县环卫所\n2022年8月3日", "某县环卫所", id="tidy"),
        pytest.param("某县环卫所（盖章）\n2022年8月3日", "某县环卫所", id="seal-note"),
    ],
)  # fmt: skip
def test_tidy_closings_keep_their_signer(closing: str, issuer: str) -> None:
    letter = parse_text(BODY + closing + "\n")
    assert letter.issuer == issuer


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("承  办  单  位：某县环卫所\n2022年8月3日", id="two-spaces"),
        pytest.param("答\u3000复\u3000单\u3000位：某县环卫所\n2022年8月3日", id="full-width"),
        pytest.param("承 办 单 位：某县环卫所\n2022年8月3日", id="one-space"),
        pytest.param("2022年8月3日\n承  办  单  位：某县环卫所", id="under-the-date"),
    ],
)  # fmt: skip
def test_a_unit_label_spread_out_by_a_form_signs(closing: str) -> None:
    # a form's label spread to its cell's width (damage56's labels-spaced): read whole
    letter = parse_text(BODY + closing + "\n")
    assert letter.signature is not None and letter.signature.issuer == "某县环卫所"
    assert letter.text is not None and letter.signature.issuer_span is not None
    assert letter.text[slice(*letter.signature.issuer_span)] == "某县环卫所"
    assert letter.signature.date == "2022-08-03"


def test_a_spread_contact_label_names_no_signer() -> None:
    letter = parse_text(BODY + "某县环卫所\n2022年8月3日\n联  系  人：钱某某\n")
    assert letter.signature is not None and letter.signature.issuer == "某县环卫所"
    assert [c.name for c in letter.contacts] == ["钱某某"]


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("承办单位：某  县  环  卫  所", id="after-the-label-two-spaces"),
        pytest.param("承办单位：某 县 环 卫 所", id="after-the-label-one-space"),
        pytest.param("某  县  环  卫  所", id="alone"),
        pytest.param("感谢关心。某  县  环  卫  所", id="after-a-sentence"),
        # (review57e) the person who handled it in brackets after the spaced unit
        pytest.param("承办单位：某 县 环 卫 所（钱某某）", id="person-in-brackets-after"),
        pytest.param("承办单位：某  县  环  卫  所(钱某某)", id="person-in-half-brackets-after"),
    ],
)
def test_a_unit_letter_spaced_to_its_cell_signs_whole(closing: str) -> None:
    """A unit whose characters a form spaced out to fill its cell signs whole, its place's
    first character too (left57a: an earlier round cut ``承办单位：某`` off and signed the
    rest, ``县环卫所``)."""
    letter = parse_text(BODY + closing + "\n2022年8月3日\n")
    assert letter.signature is not None
    assert (letter.signature.issuer, letter.signature.date) == ("某县环卫所", "2022-08-03")
    assert letter.text is not None and letter.signature.issuer_span is not None
    assert "".join(letter.text[slice(*letter.signature.issuer_span)].split()) == "某县环卫所"
