"""A body's heading naming an act on the disclosure before a government written by its bare
level (``（二）全面推进县政府政务公开``, ``加强我县政府信息公开``) is no sign of a page: the
sign a disclosure platform's name gives (``某县人民政府信息公开`` alone on its line) reads
back from its ``公开`` and stops where an act's word (推进, 加强, 深化…) stands before the
government, up to two characters between. A tidy letter with such a heading is read as a
letter (its text shows no page); a page whose platform's name stands over the letter still
shows one, and that line is still chrome. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import chrome, parse_text, textview

LETTER = (
    "关于加强基层政务公开工作的建议的答复\n"
    "冯某代表：\n"
    "　　您提出的建议收悉，现答复如下：\n"
    "　　（一）规范村务栏目\n"
    "　　今年将加大力度，逐步把办事指南放到村务栏。\n"
    "{heading}\n"
    "　　明年起每季度更新一次公开目录。\n"
    "某县人民政府办公室\n"
    "2023年4月6日\n"
)


def _shows_page(text: str) -> bool:
    """Whether the text shows a page's sign, as the chrome's search and the view's scan
    read it (the two agree)."""
    searched = chrome._SHOWS_PAGE_UNTRIMMED().search(text) is not None
    assert textview._scanned(text, textview._BMP_BLANKS).shown == searched
    return searched


@pytest.mark.parametrize(
    "heading",
    [
        "（二）全面推进县政府政务公开",
        "二、深化市政府信息公开",
        "（三）加强我县政府信息公开",
        "持续做好区人民政府政务公开专栏",
        "（四）扎实推进全县政府信息公开",
    ],
)
def test_a_letters_heading_on_the_disclosure_shows_no_page(heading: str) -> None:
    text = LETTER.format(heading=heading)
    assert not _shows_page(text)
    letter = parse_text(text)
    assert letter.title == "关于加强基层政务公开工作的建议的答复"
    assert letter.signature.issuer == "某县人民政府办公室"


@pytest.mark.parametrize(
    "banner", ["乙县人民政府信息公开", "丙市政府政务公开平台", "某某自治县人民政府信息公开"]
)
def test_a_platforms_name_still_shows_a_page(banner: str) -> None:
    text = banner + "\n" + LETTER.format(heading="（二）规范公开流程")
    assert _shows_page(text)
    assert 0 in chrome.chrome_lines(text.split("\n"))
    assert parse_text(text).title == "关于加强基层政务公开工作的建议的答复"
