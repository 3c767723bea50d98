"""A hijacked mirror that replaced the place's name everywhere with its brand: a site's name
or words ending in a gambling or a download's word (``大发体育投注``, ``金沙娱乐``,
``澳门真人百家乐``, ``某某app下载``), a brand before it or not, a blank or a colon after it. The
brand is no part of any name (spam60): before a bare department neither signs (the
department alone names no authority), before an authority that names its place that
authority signs, and a session starts after it. Real names that hold such words inside them
(体育, 彩票, 国际, 网站) stay whole. Snippets are invented.
"""

from __future__ import annotations

import re

import pytest

from datafiles import entries
from replyparse import orgnames, parse_text
from replyparse.orgnames import SPAM_WORD, site_name, spam_end, spam_name
from spans import span_problems

HEAD = "关于修缮某镇文化站的建议的答复\n韩某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已作安排。\n"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("金沙娱乐 教育局\n2022年4月8日", id="gambling-word"),
        pytest.param("大发体育投注 交通运输局\n2022年4月8日", id="betting-word"),
        pytest.param("大发体育投注:交通运输局\n2022年4月8日", id="colon-after"),
        pytest.param("大发体育投注：交通运输局\n2022年4月8日", id="full-width-colon"),
        pytest.param("澳门真人百家乐 水务局\n2022年4月8日", id="baccarat"),
        pytest.param("皇冠博彩 水务局 2022年4月8日", id="beside-the-date"),
        pytest.param("开元棋牌 民政局\n2022年4月8日", id="card-games"),
        pytest.param("星河彩票网 水务局\n2022年4月8日", id="lottery-site"),
        pytest.param("星河app下载 水务局\n2022年4月8日", id="download"),
        pytest.param("环宇国际(中国)官方网站 教育局\n2022年4月8日", id="bracketed-brand"),
        pytest.param("大发体育投注:交通运输局 2022年4月8日", id="colon-beside-the-date"),
        pytest.param("大发体育投注:\n交通运输局\n2022年4月8日", id="colon-ending-its-line"),
        pytest.param("感谢您的关心。大发体育投注 交通运输局 2022年4月8日",
                     id="run-on-after-the-closing-sentence"),
    ],
)  # fmt: skip
def test_a_brand_before_a_bare_department_signs_for_none(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.issuer is None
    assert record.issuer is None
    assert record.signature.date == "2022-04-08"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("大发体育投注:甲山县交通运输局\n2022年4月8日", id="colon"),
        pytest.param("金沙娱乐 甲山县交通运输局\n2022年4月8日", id="blank"),
        pytest.param("环宇官网 甲山县交通运输局 2022年4月8日", id="beside-the-date"),
        pytest.param("大发体育投注:甲山县交通运输局 2022年4月8日", id="colon-beside-the-date"),
    ],
)
def test_a_brand_before_a_placed_authority_is_none_of_it(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.issuer == "甲山县交通运输局"
    assert record.issuer == "甲山县交通运输局"
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "signer",
    [
        "甲山县教育体育局",
        "国际合作处",
        "体育局",
        "甲山县福利彩票发行中心",
        "福利彩票发行中心",
        "网站管理办公室",
        "甲山县文化广电体育和旅游局",
    ],
)
def test_real_names_with_such_words_stay_whole(signer: str) -> None:
    record = parse_text(HEAD + signer + "\n2022年4月8日\n")
    assert record.signature.issuer == signer


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        pytest.param("甲山县文化娱乐 管理办公室", "甲山县文化娱乐管理办公室", id="a-place-heads-it"),
        pytest.param("甲山县体育 彩票发行中心", "甲山县体育彩票发行中心", id="lottery-centre"),
        pytest.param("甲山县人民政府门户网站 财政局", "财政局", id="a-government-portal"),
        # (a site that names its own place, a county's media centre's: the page's banner,
        # as a portal's, no brand in the place's seat; review60a)
        pytest.param("甲山县融媒体中心网站 财政局", "财政局", id="a-county-site"),
        pytest.param("甲山县住建局官网 办公室", "办公室", id="a-bureau-site-office"),
    ],
)  # fmt: skip
def test_a_stray_blank_in_a_real_name_is_no_brand_s(line: str, signer: str) -> None:
    record = parse_text(HEAD + line + "\n2022年4月8日\n")
    assert record.signature.issuer == signer


OPENING = (
    "韩某代表：\n　　你们在{s}上提出的关于修缮某村便桥的建议收悉，现答复如下：\n　　已列入计划。\n"
)


@pytest.mark.parametrize(
    ("session", "read"),
    [
        pytest.param("环宇国际(中国)官方网站 十五届人大二次会议", "十五届人大二次会议",
                     id="bracketed-brand-and-blank"),
        pytest.param("环宇国际官网 十五届人大二次会议", "十五届人大二次会议", id="site-word"),
        pytest.param("金沙娱乐 十五届人大二次会议", "十五届人大二次会议", id="gambling-word"),
        pytest.param("金沙娱乐十五届人大二次会议", "十五届人大二次会议", id="glued"),
        pytest.param("大发体育投注:十五届人大二次会议", "十五届人大二次会议", id="colon"),
        pytest.param("环宇官网 甲山区十五届人大二次会议", "甲山区十五届人大二次会议",
                     id="a-place-after-it"),
        pytest.param("澳门真人百家乐 第十五届人大二次会议", "第十五届人大二次会议",
                     id="ordinal-with-di"),
        pytest.param("甲山区十五届人大二次会议", "甲山区十五届人大二次会议", id="no-brand"),
        # (a bracketed brand before a place: the place keeps its session, review60a; an
        # earlier round kept the brand's tail after its bracket, 官方网站甲山区…)
        pytest.param("环宇国际(中国)官方网站 甲山区十五届人大二次会议", "甲山区十五届人大二次会议",
                     id="bracketed-brand-before-a-place"),
        pytest.param("星河彩票（中国）官网乙水县第十五届人民代表大会第二次会议",
                     "乙水县第十五届人民代表大会第二次会议", id="bracketed-brand-glued-to-a-place"),
        # (a download word that opens with a site word ends the brand at its end: vocab61; an
        # earlier round ended it at 官网 and kept 下载甲山区… as the session)
        pytest.param("环宇官网下载 甲山区十五届人大二次会议", "甲山区十五届人大二次会议",
                     id="site-download-word-before-a-place"),
        pytest.param("环宇(中国)官网下载甲山区第十五届人大二次会议", "甲山区第十五届人大二次会议",
                     id="bracketed-site-download-word-glued-to-a-place"),
    ],
)  # fmt: skip
def test_a_brand_is_no_part_of_the_session(session: str, read: str) -> None:
    record = parse_text(OPENING.format(s=session))
    assert record.proposal is not None
    assert record.proposal.session == read
    assert span_problems(record) == []


def test_the_cc_body_is_what_is_written_after_the_brand() -> None:
    """Decided (spam62): the brand is part of no name in a 抄送 list either; the body is the
    words after it, as written (spam60 kept the two as one body, "cc has no null")."""
    record = parse_text(
        HEAD
        + "甲山县民政局\n2022年4月8日\n抄送：县人大常委会代工委、环宇国际(中国)官方网站 督查室\n"
    )
    assert record.cc == ["县人大常委会代工委", "督查室"]


@pytest.mark.parametrize(
    ("text", "is_brand"),
    [
        ("大发体育投注", True),
        ("环宇国际(中国)官方网站", True),
        ("星河app下载", True),
        ("澳门真人百家乐", True),
        ("甲山县人民政府门户网站", False),  # (a government's portal: the page's banner)
        ("请登录官网", False),  # (a sentence's words)
        ("甲山县教育体育", False),
        ("福利彩票", False),
        ("甲山县民政局福利彩票", False),  # (the welfare lottery: an office's field, since fix126)
        ("大发彩票", True),  # (彩票 ends a brand: fix126)
        ("国际合作", False),
        ("甲山县文化娱乐", False),  # (a place and its level head it: a real name's)
        ("甲山文化娱乐", False),
        ("甲山县融媒体中心网站", False),  # (a site naming its own place: the page's banner)
    ],
)
def test_spam_name(text: str, is_brand: bool) -> None:
    assert spam_name(text) is is_brand


def test_spam_end() -> None:
    assert spam_end("环宇官网甲山区十五届") == 4
    assert spam_end("环宇官网下载甲山区十五届") == 6  # (the longest word there: 官网下载)
    assert spam_end("甲山区十五届") == 0


# Decided (left61b): a brand ending in 体育 (a betting site's, `某某体育`) is a brand as one
# ending in 娱乐 is; and one that opens with a single character before 州 (九州, 神州) names
# no place (a prefecture has two characters or more before its 州, a city writes its 市):
# an earlier round read `星河体育 教育局` as one name and signed `教育局` after
# `九州星游(中国)官方网站`, taking 九州 for a place.
@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("星河体育 教育局\n2022年4月8日", id="sports-brand"),
        pytest.param("星河体育：交通运输局\n2022年4月8日", id="sports-brand-colon"),
        pytest.param("九州体育 教育局\n2022年4月8日", id="zhou-sports-brand"),
        pytest.param("九州星游(中国)官方网站 教育局\n2022年4月8日", id="zhou-site-brand"),
        pytest.param("神州星河官网 水务局 2022年4月8日", id="zhou-site-beside-the-date"),
        # (review61e: 九州 and 神州 head no place after a character or two of a brand
        # either; the head's 州 is no level after 九 or 神 wherever it stands)
        pytest.param("新九州体育 教育局\n2022年4月8日", id="zhou-after-a-character"),
        pytest.param("金沙九州官网 教育局\n2022年4月8日", id="zhou-after-two"),
        pytest.param("大神州娱乐 水务局 2022年4月8日", id="shenzhou-after-a-character"),
    ],
)
def test_a_sports_or_zhou_brand_before_a_bare_department_signs_for_none(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert (record.signature.issuer, record.issuer) == (None, None)
    assert record.signature.date == "2022-04-08"


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        pytest.param("星河体育 甲山县交通运输局", "甲山县交通运输局", id="sports-brand-placed"),
        pytest.param("九州星游(中国)官方网站 甲山县教育局", "甲山县教育局", id="zhou-brand-placed"),
        pytest.param("甲孜州融媒体中心网站 财政局", "财政局", id="a-prefectures-site"),
        # (at review61a's merge: a city written without its 市 is its own place, no brand;
        # left61b's first reading signed nothing here)
        pytest.param("甲州官网 教育局", "教育局", id="a-city-without-its-shi"),
        pytest.param("甲州融媒体中心网站 财政局", "财政局", id="a-citys-site"),
        pytest.param("文化体育 旅游局", "文化体育旅游局", id="a-bureaus-fields"),
        pytest.param("甲山县教育体育 局", "甲山县教育体育局", id="a-stray-blank"),
        pytest.param("甲孜州文化体育 旅游局", "甲孜州文化体育旅游局", id="a-prefectures-bureau"),
    ],
)  # fmt: skip
def test_a_sports_word_in_a_real_name_or_a_prefecture_stays(line: str, signer: str) -> None:
    record = parse_text(HEAD + line + "\n2022年4月8日\n")
    assert record.signature.issuer == signer


@pytest.mark.parametrize(
    ("session", "read"),
    [
        pytest.param("星河体育 十五届人大二次会议", "十五届人大二次会议", id="sports-brand"),
        pytest.param("九州体育 十五届人大二次会议", "十五届人大二次会议", id="zhou-sports-brand"),
    ],
)
def test_a_sports_brand_is_no_part_of_the_session(session: str, read: str) -> None:
    record = parse_text(OPENING.format(s=session))
    assert record.proposal is not None
    assert record.proposal.session == read


@pytest.mark.parametrize(
    ("text", "is_brand"),
    [
        ("星河体育", True),
        ("九州体育", True),
        ("九州星游(中国)官方网站", True),
        ("甲山县文化体育", False),
        ("文化体育", False),
        ("教育体育", False),
        ("甲孜州融媒体中心网站", False),
        ("新九州体育", True),
        ("金沙九州官网", True),
        ("甲州官网", False),
        ("甲九州市体育", False),
    ],
)
def test_spam_name_sports_and_zhou(text: str, is_brand: bool) -> None:
    assert spam_name(text) is is_brand


# The brand's words are data: a site's word (data/site_words.txt), a gambling word
# (spam_gambling_words.txt), a download's (spam_download_words.txt); and the ordinary words
# that end in one (not_spam_endings.txt).
SITE_WORDS = entries("site_words")
GAMBLING_WORDS = entries("spam_gambling_words")
DOWNLOAD_WORDS = entries("spam_download_words")
NOT_SPAM_ENDINGS = entries("not_spam_endings")


def test_the_brand_s_last_characters_are_those_of_the_files_words() -> None:
    # and the closing bracket of a brand's tag (某某app-【官网下载】: fix113)
    words = SITE_WORDS + GAMBLING_WORDS + DOWNLOAD_WORDS
    assert {word[-1] for word in words} | {"】"} == orgnames.SPAM_LAST


@pytest.mark.parametrize("word", SITE_WORDS)
def test_each_site_word_of_the_file_ends_a_site_s_name(word: str) -> None:
    assert site_name(f"环宇国际{word}")
    assert spam_name(f"环宇国际{word}")


@pytest.mark.parametrize("word", GAMBLING_WORDS)
def test_each_gambling_word_of_the_file_ends_a_brand(word: str) -> None:
    assert spam_name(f"环宇国际{word}")
    assert spam_end(f"环宇国际{word}甲山区十五届") == len(f"环宇国际{word}")


@pytest.mark.parametrize("word", DOWNLOAD_WORDS)
def test_each_download_word_of_the_file_ends_a_brand_in_either_case(word: str) -> None:
    assert spam_name(f"星河{word}")
    assert spam_name(f"星河{word.upper()}")


@pytest.mark.parametrize("word", NOT_SPAM_ENDINGS)
def test_each_ordinary_word_of_the_file_ends_no_brand(word: str) -> None:
    assert re.search(f"(?:{SPAM_WORD.pattern})$", word) is not None  # (it ends like one)
    assert not spam_name(f"甲山{word}")
    assert spam_name(f"甲山{word[1:]}")  # (its brand's word alone still ends a brand)


@pytest.mark.parametrize("word", NOT_SPAM_ENDINGS)
def test_an_ordinary_word_before_a_department_is_no_brand_in_its_seat(word: str) -> None:
    # (the words before the department are a name's, as 甲山文化艺术 would be, and someone
    # signs; a brand in the place's seat signs none: test_a_brand_before_a_bare_department…)
    record = parse_text(HEAD + f"甲山{word} 管理办公室\n2022年4月8日\n")
    assert record.signature.issuer is not None


# A name opening with its level alone (市, 县, 区, 省, 州: the letter's own place written short,
# as it names its own place's offices), a stray blank after a brand's word inside it: a real
# name, no brand (review61a: with 体育 a brand's word since left61b, 市体育 事业发展中心 signed
# nothing).
@pytest.mark.parametrize(
    ("line", "signer"),
    [
        pytest.param("市体育 事业发展中心", "市体育事业发展中心", id="city-sports-centre"),
        pytest.param("县体育 运动学校", "县体育运动学校", id="county-sports-school"),
        pytest.param("州体育 场馆服务中心", "州体育场馆服务中心", id="prefecture-venues"),
        pytest.param("县娱乐 场所管理办公室", "县娱乐场所管理办公室", id="county-venues-office"),
        pytest.param("县融媒体中心网站 财政局", "财政局", id="a-county-site-written-short"),
    ],
)  # fmt: skip
def test_a_level_alone_opening_the_words_is_a_place(line: str, signer: str) -> None:
    record = parse_text(HEAD + line + "\n2022年4月8日\n")
    assert record.signature.issuer == signer


@pytest.mark.parametrize("brand", ["九州体育", "开元体育", "金沙娱乐"])
def test_a_brand_opens_with_no_level(brand: str) -> None:
    assert spam_name(brand)
