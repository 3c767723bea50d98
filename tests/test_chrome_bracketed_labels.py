"""Rows of a page's metadata written with their labels in brackets for a colon
(``[ 索引号 ] …``, ``【发布日期】…``) are the page's cells as the ``索引号：…`` rows are
(replyparse.chrome): a row with a page label by itself, a run of them with the letter's
labels among them (成文日期, 发文字号) whole. They give no date, doc number nor issuer.
Near-misses: a letter's label or a sentence in brackets stays. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("[ 索引号 ] 000000/2024-00001", id="spaced-square"),
        pytest.param("【发布日期】2024-09-19", id="lenticular"),
        pytest.param("[发布机构] 某县教委", id="square"),
        pytest.param("【来源】：某县教委", id="bracket-then-colon"),
        pytest.param("［ 主题分类 ］ 教育", id="full-width-square"),
    ],
)
def test_a_bracketed_page_row_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("【办理类型】B", id="letter-label"),
        pytest.param("【来源】群众反映的问题，我们已认真研究。", id="sentence"),
        pytest.param("[ 建议 ] 请加强管理", id="no-label"),
    ],
)
def test_a_letters_bracketed_line_stays(line: str) -> None:
    assert not is_chrome_line(line)


HEAD = (
    "{o}索引号{c}000000/2024-00001\n"
    "{o}发文字号{c}某教委函〔2024〕12号\n"
    "{o}发布机构{c}某县教委\n"
    "{o}成文日期{c}2024-09-19\n"
    "{o}发布日期{c}2024-09-19\n"
)
LETTER = (
    "某县教育委员会关于县政协十届三次会议第10号提案的答复函\n"
    "某教委函〔2024〕9号\n"
    "王某委员：\n您提出的《关于某校操场开放的提案》收悉，现答复如下：\n"
    "我委已通知各校有序开放操场。\n某县教育委员会\n2024年6月4日\n"
)


@pytest.mark.parametrize(
    ("o", "c"),
    [
        pytest.param("[ ", " ] ", id="spaced-square"),
        pytest.param("【", "】", id="lenticular"),
        pytest.param("", "：", id="colon"),
    ],
)
def test_a_bracketed_metadata_block_gives_nothing(o: str, c: str) -> None:
    text = HEAD.format(o=o, c=c) + LETTER
    assert chrome_lines(None, text) >= frozenset(range(5))
    letter = parse_text(text)
    assert [d.value for d in letter.dates] == ["2024-06-04"]
    assert letter.doc_number is not None and letter.doc_number.text == "某教委函〔2024〕9号"


@pytest.mark.parametrize(
    ("o", "c"),
    [
        pytest.param("[ ", " ] ", id="spaced-square"),
        pytest.param("【", "】", id="lenticular"),
        pytest.param("", "：", id="colon"),
    ],
)
def test_the_bracketed_number_cell_stands_in_for_a_number_not_written(o: str, c: str) -> None:
    text = HEAD.format(o=o, c=c) + LETTER.replace("某教委函〔2024〕9号\n", "")
    number = parse_text(text).doc_number
    assert number is not None and number.text == "某教委函〔2024〕12号"
