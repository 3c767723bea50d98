"""A spam mirror that set its site's name where the place stood, a blank before the
authority (``环宇娱乐(中国)官方网站 教育局``, over the date or beside it). The site's words are
no part of any name (spam60): before a bare department, which names no place, neither signs,
the department alone naming no authority (mirror57 signed the two as one name, notes46's
round ``教育局`` alone); before an authority that names its place (``某县教育局``) that
authority signs (notes46). Glued to the authority with no blank, the name is taken as
written, as a mirror's advertisement words glued before it always were. Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于增加某镇幼儿园学位的建议的答复\n郑某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已作安排。\n"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("环宇娱乐(中国)官方网站 教育局\n2021年6月3日", id="over-the-date"),
        pytest.param("环宇娱乐(中国)官方网站 卫健局 2021年6月3日", id="beside-the-date"),
        pytest.param("星河彩票官网 督查室\n2021年6月3日", id="short-site-word"),
        pytest.param("星河彩票官网 水务局 2021年6月3日", id="short-site-word-beside-the-date"),
        pytest.param("感谢您的关心。星河彩票官方网站 交通运输局 2021年6月3日",
                     id="run-on-after-the-closing-sentence"),
        pytest.param("感谢您的关心！     星河彩票(中国)官方网站 交通运输局     2021年6月3日",
                     id="run-on-with-gaps-bracketed-note"),
        pytest.param("环宇娱乐官网 办公室\n2021年6月3日", id="brand-office"),
    ],
)  # fmt: skip
def test_the_site_name_in_the_place_seat_signs_for_none(closing: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer is None
    assert letter.issuer is None
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("环宇娱乐(中国)官方网站 某县教育局\n2021年6月3日", "某县教育局", id="placed"),
        pytest.param("环宇娱乐官网 某县教育局\n2021年6月3日", "某县教育局", id="short-site-word"),
        pytest.param("环宇娱乐官网 某县教育局 2021年6月3日", "某县教育局", id="beside-the-date"),
    ],
)  # fmt: skip
def test_the_site_name_before_a_placed_authority_signs_for_none(closing: str, signer: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("感谢您的关心。详见本局官网 教育局 2021年6月3日", id="self-reference"),
        pytest.param("感谢您的关心！ 请查阅官网 教育局 2021年6月3日", id="a-request-after-a-gap"),
        pytest.param("感谢您的关心。可登录官方网站 教育局 2021年6月3日", id="a-reader-s-verb"),
        pytest.param("感谢您的关心。\n可登录官方网站 教育局\n2021年6月3日", id="on-its-line"),
    ],
)
def test_a_sentence_ending_in_a_site_s_word_is_no_site_s_name(closing: str) -> None:
    """The last sentence run on with no stop before the signer, its words ending in a
    site's word (``详见本局官网``): a sentence's, no mirror's words; the authority signs."""
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == "教育局"
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("丙州人民政府门户网站 财政局\n2021年6月3日", "财政局", id="over-the-date"),
        pytest.param("丙州人民政府门户网站 财政局 2021年6月3日", "财政局", id="beside-the-date"),
        pytest.param("感谢您的关心。丁县政务公开网站 水务局 2021年6月3日", "水务局",
                     id="run-on-after-the-closing-sentence"),
        # (an office's ending after the portal: no tail of the portal's name, left58a)
        pytest.param("丙州人民政府门户网站 办公室\n2021年6月3日", "办公室", id="office-after-a-gap"),
        pytest.param("丙州人民政府门户网站　办公室 2021年6月3日", "办公室",
                     id="office-beside-the-date"),
        pytest.param("丙州人民政府门户网站\n办公室\n2021年6月3日", "办公室",
                     id="office-on-the-line-under"),
        # (a portal named with 网 alone)
        pytest.param("丙州人民政府网 财政局\n2021年6月3日", "财政局", id="portal-net"),
        pytest.param("丁县政府门户网 办公室\n2021年6月3日", "办公室", id="portal-net-office"),
    ],
)  # fmt: skip
def test_a_government_portal_s_name_is_the_page_s_banner(closing: str, signer: str) -> None:
    """A government's own portal (its name holds 政府, 门户 or 政务) is the page's banner
    that carried the letter, never a mirror's words in the place's seat: notes46 holds."""
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2021-06-03"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("环宇娱乐(中国)官方网站教育局\n2021年6月3日", "环宇娱乐(中国)官方网站教育局",
                     id="glued"),
        pytest.param("某县水文站 某县水利局\n2021年6月3日", "某县水文站、某县水利局",
                     id="a-station-signs"),
        pytest.param("甲县财政局\n乙县教育局\n2021年6月3日", "甲县财政局、乙县教育局",
                     id="two-authorities"),
        # (an authority's own office under it, or after a blank: one name, as before)
        pytest.param("丙州人民政府 办公室\n2021年6月3日", "丙州人民政府办公室", id="own-office"),
        pytest.param("丙州人民政府\n办公室\n2021年6月3日", "丙州人民政府办公室",
                     id="own-office-under"),
        # (a real authority over a bare department: one name as written, left58a)
        pytest.param("丙州人民政府\n教育局\n2021年6月3日", "丙州人民政府教育局",
                     id="authority-over-a-department"),
    ],
)  # fmt: skip
def test_other_signers_are_left_alone(closing: str, signer: str) -> None:
    letter = parse_text(HEAD + closing + "\n")
    assert letter.signature.issuer == signer
