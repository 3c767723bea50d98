"""A letter a web page stores twice (its text version, then the print version; a copy that
pasted it again): the view drops the second copy's lines, so every list field holds the
letter once (one contact, each 抄送 body once, one date) and every span lies in the first
copy. The copy is the opening's line written again and the lines around it the same in
both, a letter's worth; a line the letter repeats in its own words stays. Snippets written
for these tests (names, units and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from spans import span_problems

SALUTATION = "王某委员：\n"
OPENING = "您提出的《关于改善某路口照明的建议》的提案收悉。现答复如下：\n"
BODY = (
    "首先感谢您对城市管理工作的关心与支持。\n"
    "该路口照明由我局负责，已于今年增设路灯六盏，夜间照明明显改善。\n"
)
CLOSING = (
    "某区城市管理局\n2020年8月18日\n联系单位及电话：某区城市管理局 0000-5550123\n"
    "联 系 人：李某\n抄 报：区政协办公室、区督查局\n"
)
LETTER = SALUTATION + OPENING + BODY + CLOSING
MORE = (
    "下一步，我局将加强日常巡查，发现路灯损坏及时维修，确保市民夜间出行安全。再次感谢您的关心。\n"
)
FLAT = (SALUTATION + OPENING + BODY + MORE + CLOSING).replace("\n", " ") + "\n"
TITLE = "关于改善某路口照明的建议的答复\n"

PAGES = [
    pytest.param(LETTER + LETTER, id="back-to-back"),
    pytest.param(LETTER + LETTER + "留言与评论(共有 0 条评论)\n", id="page-tail-after"),
    pytest.param(TITLE + LETTER + "打印本页\n" + TITLE + LETTER, id="title-each-copy"),
    pytest.param(LETTER + "\n\n" + LETTER.replace("\n", "\n\n"), id="print-copy-spaced-out"),
    pytest.param(FLAT + FLAT, id="flattened-one-line-each"),
    # the page's crumb and cells set again over the second copy's title, other cells than
    # the first copy's (dev33): the title between them is the second copy's
    pytest.param(
        TITLE
        + "发布日期：2020-08-20 来源：某区城市管理局 字体：\n分享到：\n"
        + LETTER
        + "当前位置：\n"
        + TITLE
        + "发布时间：2020-08-20 来源：\n"
        + LETTER,
        id="page-head-again-other-cells",
    ),
    # invisible format characters strewn into each copy at other places (a zero-width
    # space, a soft hyphen, a byte-order mark): the copies are compared without them
    pytest.param(
        LETTER.replace("收悉", "收\u200b悉").replace("联 系 人", "联 \u00ad系 人")
        + LETTER.replace("督查局", "督\ufeff查局").replace("照明明显", "照明\u200d明显"),
        id="invisible-characters-apart",
    ),
]


@pytest.mark.parametrize("page", PAGES)
def test_second_copy_is_dropped(page: str) -> None:
    record = parse_text(page, keywords=False)
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [
        ("李某", "某区城市管理局", "0000-5550123")
    ]
    assert record.cc == ["区政协办公室", "区督查局"]
    assert [d.value for d in record.dates] == ["2020-08-18"]
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "委员")]
    assert record.signature.date == "2020-08-18"
    assert record.signature.date_span is not None
    assert record.signature.date_span[1] < len(page) // 2 + 1  # the first copy's
    assert span_problems(record) == []


def _kept(text: str) -> str:
    return TextView(text).norm


# Near misses: the letter once with its opening line written again; two letters to the same
# member with the same opening and other bodies; a short paragraph written twice
def test_opening_line_repeated_alone_stays() -> None:
    text = SALUTATION + OPENING + BODY + "现将有关情况再作说明。\n" + OPENING + CLOSING
    assert _kept(text).count("提案收悉") == 2


def test_two_letters_with_one_opening_stay() -> None:
    other = "该路段绿化由园林部门负责，我局已转交其办理。\n"
    text = LETTER + SALUTATION + OPENING + other + CLOSING.replace("8月18日", "9月2日")
    kept = _kept(text)
    assert kept.count("提案收悉") == 2
    assert "园林部门" in kept
    record = parse_text(text, keywords=False)
    assert [d.value for d in record.dates] == ["2020-08-18", "2020-09-02"]


def test_title_again_under_the_pages_cells_is_the_copys() -> None:
    """The title the page writes again under its crumb, over other cells than the first
    copy's, is the second copy's: the signer over a damaged date ends the letter (dev33: the
    title left under the contact line hid the signature)."""
    first = LETTER.replace("2020年8月18日", "2020818")
    text = (
        TITLE + "发布日期：2020-08-20 来源： 作者： 字体：\n分享到：\n" + first
        + "当前位置：\n" + TITLE + "发布时间：2020-08-20 来源：\n" + SALUTATION + OPENING + BODY
    )  # fmt: skip
    assert _kept(text).count(TITLE.strip()) == 1
    record = parse_text(text, keywords=False)
    assert record.signature.issuer == "某区城市管理局"
    assert record.title == TITLE.strip()


def test_opening_in_a_chrome_line_is_still_compared() -> None:
    """The first line holding 收悉 read as the page's chrome (a link to the previous
    article, over each copy) is compared all the same: the view is made, the letter read."""
    link = "上一篇：某局关于王某建议收悉情况的说明\n"
    record = parse_text(link + LETTER + link + LETTER, keywords=False)
    assert all(d.code != "internal-error" for d in record.diagnostics)
    assert record.signature.date == "2020-08-18"
