"""A page's record of the article dumped as the site stores it, a JSON object with quoted
keys (``摘要: {"发布时间":"…","发布者":"…"}``), on one line or wrapped over lines, is the
page's: its date is no date of the letter's. A letter's own braces, with no quoted key
after them, stay. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line, shows_page

DUMP = '摘要: {"原始ID":"a1b2c3","发布时间":"2031年04月09日","发布者":"某县政府网","附件":[]}'
LETTER = (
    "某县水务局关于县政协五届二次会议第8号提案的复函\n\n{head}\n\n王某委员：\n\n"
    "您提出的《关于改造灌溉管道的提案》收悉。现答复如下：我局将于2031年完成改造。\n\n"
    "某县水务局\n2031年5月6日\n"
)


@pytest.mark.parametrize(
    "line",
    [DUMP, '{"发布时间":"2031-04-09","来源":"某县政府"}', '摘要：{"发布时间"："2031-04-09"}'],
)
def test_a_dump_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    ["经费{含配套}已拨付", "公式 {a} 见附表", "摘要：本项目分两期实施"],
)
def test_braces_of_the_letter_stay(line: str) -> None:
    assert not is_chrome_line(line)


def test_the_dumps_date_is_none() -> None:
    dates = [d.text for d in parse_text(LETTER.format(head=DUMP)).dates]
    assert dates == ["2031年", "2031年5月6日"]


def test_a_wrapped_dump_is_chrome_whole() -> None:
    pieces = [DUMP[:30], DUMP[30:55], DUMP[55:]]
    lines = ["某县水务局关于某事的复函", "", *pieces, "", "王某委员："]
    assert chrome_lines(lines, "\n".join(lines)) >= {2, 3, 4}
    dates = [d.text for d in parse_text(LETTER.format(head="\n".join(pieces))).dates]
    assert dates == ["2031年", "2031年5月6日"]


def test_a_long_dump_on_its_line_is_chrome() -> None:
    files = ",".join(f'{{"名称":"附件{n}.pdf","大小":"{n}KB"}}' for n in range(1, 9))
    long_dump = DUMP.removesuffix("[]}") + f"[{files}]}}"
    lines = ["某县水务局关于某事的复函", "", long_dump, "", "王某委员："]
    assert len(long_dump) > 200
    assert chrome_lines(lines, "\n".join(lines)) >= {2}


def test_an_opening_never_closed_takes_nothing() -> None:
    lines = ["某县水务局关于某事的复函", "", DUMP[:30], "王某委员："]
    assert not chrome_lines(lines, "\n".join(lines)) & {2, 3}


@pytest.mark.parametrize(
    "row",
    [
        "2031-4-9 00:00| 发布者: 某县人民政府| 查看: 17| 评论: 0|来自: 某县政府门户网",
        "2031-4-9 00:00  发布者: 某县人民政府  查看: 17  评论: 0  来自: 某县政府门户网",
        "2031-04-09 10:20 | 作者: 王某 | 浏览: 17 | 来自: 某县政府网",
        "2031-04-09 10:20 作者：王某 点击：17",
        "发布者: 某县人民政府| 2031-4-9| 查看: 17",
    ],
)
def test_a_row_of_page_labels_with_its_date_gives_no_date(row: str) -> None:
    # (the forum's or CMS's row over the letter, bars or blanks between its cells: chrome
    # already before the dump was; pinned beside it, dev83/006)
    dates = [d.text for d in parse_text(LETTER.format(head=row)).dates]
    assert dates == ["2031年", "2031年5月6日"]


CURLY = "摘要: {“原始ID”:“a1b2c3”,“发布时间”:“2031年04月09日”,“发布者”:“某县政府网”}"


@pytest.mark.parametrize(
    "pieces",
    [
        pytest.param([CURLY], id="one-line"),
        pytest.param([CURLY[:30], CURLY[30:]], id="wrapped"),
    ],
)
def test_a_curly_quoted_dump_is_the_pages(pieces: list[str]) -> None:
    # (curly quotes as straight ones, on one line or wrapped; a sign of a page by itself)
    dates = [d.text for d in parse_text(LETTER.format(head="\n".join(pieces))).dates]
    assert dates == ["2031年", "2031年5月6日"]


@pytest.mark.parametrize(
    "line",
    ['{"状态":"正常","次数":3}', "{“状态”:“正常”}", '样例: {"编号":"A-1"}'],
)
def test_an_object_with_no_pages_key_stays_the_letters(line: str) -> None:
    # (no page's label among its keys: a letter may quote such an object; left59b: an
    # earlier round dropped it as chrome and took it for a sign of a page)
    assert not is_chrome_line(line)
    lines = ["某县水务局关于某事的复函", "王某委员：", "接口返回的内容如下：", line, "某县水务局"]
    assert not chrome_lines(lines, "\n".join(lines))
    assert not shows_page("\n".join(lines))


def test_a_dump_with_a_pages_key_shows_a_page() -> None:
    assert shows_page('摘要: {"原始ID":"a1","发布时间":"2031-04-09"}')
    assert shows_page('{"编号":"A-1","来源":"某县政府"}')


def test_a_dump_wrapped_inside_its_pages_key_is_chrome_whole() -> None:
    # (review59b: the page's key read over the pieces joined; left59b's round asked each
    # piece alone, and a copy that wrapped inside the key, "发 / 布时间":, kept the dump)
    pieces = ['摘要: {"附件":[],"来', '源":"某县政府网"}']
    lines = ["某县水务局关于某事的复函", "发布时间：2031-04-09", *pieces, "", "王某委员："]
    assert chrome_lines(lines, "\n".join(lines)) >= {1, 2, 3}
