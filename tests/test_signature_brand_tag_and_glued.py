"""A hijacked mirror's brand with a download tag in lenticular brackets after its words
(``银星体育_银星体育app-【官网下载】``) is a brand as spam60's are (fix113): before a bare
department, a blank between, neither signs. Glued to the name with no blank, a brand whose
marks (an underscore, 【】, Latin letters or figures right before the name's hanzi) tell its
end is read as with a blank between (fix114: a bare department after it signs nothing, an
authority naming its place signs); one with no such mark is read as written (spam60, dev35).
In a copy glued with nothing between its lines, a brand whose marks tell its end is the
signer's line with the name after the last sentence, over the date. Brands, places and
dates invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.orgnames import glued_brand_end, marked_brand, spam_end, spam_name
from spans import span_problems

LETTER = (
    "关于修缮某村便桥的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
    "我局已组织研究，将加快推进。\n感谢您对交通工作的支持。\n{signer}\n2031年5月6日\n"
)


@pytest.mark.parametrize(
    ("signer", "signed"),
    [
        pytest.param("银星体育_银星体育app-【官网下载】 教育局", None, id="tag-then-bare-department"),
        pytest.param("银星_银星app-【官网下载】 交通运输局", None, id="tag-then-bare-office"),
        pytest.param("银星体育_银星体育app-【官网下载】 甲山县教育局", "甲山县教育局",
                     id="tag-then-placed"),
        # glued with no blank, the brand's marks telling its end: as with a blank (fix114)
        pytest.param("银星体育_银星app-【官网下载】甲山县教育局", "甲山县教育局", id="tag-glued-placed"),
        pytest.param("银星体育_银星app-【官网下载】教育局", None, id="tag-glued-bare"),
        pytest.param("xy365银星博彩_银星体育app下载教育局", None, id="marked-glued"),
        pytest.param("ab12银星app下载_银星教育局", None, id="mark-after-the-brand-word"),
        pytest.param("ab12银星app下载_甲山县教育局", "甲山县教育局", id="mark-then-placed"),
        pytest.param("dx88银星体育平台_88dx手机版_mobile77dx水务局", None,
                     id="marked-junk-after-the-brand-word"),
        # a blank after the marked brand reads as the glued form does (left64)
        pytest.param("dx88银星体育平台_88dx手机版_mobile77dx 水务局", None,
                     id="marked-junk-then-blank-bare"),
        pytest.param("xy365银星博彩_银星体育app 教育局", None, id="letters-after-the-brand-word-blank"),
        pytest.param("dx88银星体育平台_mobile77dx 甲山县水务局", "甲山县水务局",
                     id="marked-junk-then-blank-placed"),
        # as written: no mark tells the brand's end from a place's (dev35)
        pytest.param("银星官方网站教育局", "银星官方网站教育局", id="unmarked-glued"),
        pytest.param("国家体育总局", "国家体育总局", id="real-name"),
    ],
)  # fmt: skip
def test_signer(signer: str, signed: str | None) -> None:
    record = parse_text(LETTER.format(signer=signer))
    assert record.signature.issuer == signed
    assert record.issuer == signed
    assert record.signature.date == "2031-05-06"
    assert span_problems(record) == []


def test_tagged_brand_is_no_part_of_the_session() -> None:
    record = parse_text(
        "关于某事的答复\n王某代表：\n您在银星体育_银星app-【官网下载】十六届人大一次会议上提出的"
        "第5号建议收悉。\n我局已组织研究。\n"
    )
    assert record.proposal is not None
    assert record.proposal.session == "十六届人大一次会议"


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("银星体育_银星体育app-【官网下载】", True),
        ("【官网下载】", True),
        ("银星平台【官网】", True),
        ("甲山县融媒体中心【官网】", False),  # a real site that names its own place
        ("请登录【官网下载】", False),  # a sentence's words
        ("银星体育_银星体育app", False),  # no brand word at its end
    ],
)
def test_spam_name_with_a_tag(text: str, brand: bool) -> None:
    assert spam_name(text) is brand


def test_spam_end_takes_the_tag_whole() -> None:
    text = "银星体育_银星体育app-【官网下载】水务局"
    assert text[: spam_end(text)] == "银星体育_银星体育app-【官网下载】"


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("xy365银星博彩_银星体育app下载公安局", "xy365银星博彩_银星体育app下载"),
        ("银星_银星app-【官网下载】交通运输局", "银星_银星app-【官网下载】"),
        ("ab12银星app下载_银星公安局", "ab12银星app下载_"),
        ("dx88银星体育平台_mobile77dx水务局", "dx88银星体育平台_mobile77dx"),
        ("xy365_体育局", ""),  # one character after the brand's word: no office's name
        ("银星官方网站教育局", ""),
        ("国家体育总局", ""),
        ("甲山县文化体育局", ""),
    ],
)
def test_glued_brand_end(name: str, brand: str) -> None:
    assert name[: glued_brand_end(name)] == brand


def test_glued_brand_signer_after_the_last_sentence_in_a_glued_copy() -> None:
    # a copy glued with nothing between its lines: the brand and the department over the
    # date, signed as the lined letter signs
    signer = "xy365银星博彩_银星体育app下载甲山县公安局"
    text = LETTER.format(signer=signer).replace("\n", "")
    record = parse_text(text)
    assert record.signature.issuer == "甲山县公安局"
    assert record.signature.date == "2031-05-06"


@pytest.mark.parametrize(
    ("words", "brand"),
    [
        ("dx88银星体育平台_mobile77dx", True),  # an underscore in the run that ends them
        ("xy365银星博彩_银星体育app", True),  # letters right after the brand's word
        ("ab12xy", False),  # no brand's word
        ("甲山县体育app", False),  # a place and its level open them
        ("银星官网123", False),  # figures alone: no mirror's mark
    ],
)
def test_marked_brand_before_a_blank(words: str, brand: bool) -> None:
    assert marked_brand(words) is brand
