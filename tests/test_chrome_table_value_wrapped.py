"""A page's metadata table in a hard-wrapped copy: a cell's long value broken off its row
(``主题分类：代表建议和政协`` over ``提案办理``), then the table's last row (``关键词：`` left
empty). The broken-off words are the row's, so the table runs on to its last row and that
row is no addressee; a line of words between the table and the letter (no row under it)
stays the letter's."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TABLE = [
    "索引号：0000-0/2023-0000001 发布机构：",
    "发文日期：2023年05月10日 主题分类：代表建议和政协",
    "提案办理",
    "关键词：",
]
LETTER = [
    "",
    "某街道办〔2023〕4号",
    "关于区六届人大三次会议第A021号代表建议的会办意见",
    "",
    "区绿化管理局：",
    "关于增设社区口袋公园的代表建议收悉，现将会办意见函告如下：",
    "街道将配合做好选址工作。",
    "某区人民政府某某街道办事处",
    "2023年4月20日",
]


def test_wrapped_value_and_last_row_are_the_tables() -> None:
    lines = TABLE + LETTER
    assert chrome_lines(lines) >= {0, 1, 2, 3}
    letter = parse_text("\n".join(lines), keywords=False)
    assert [a.name for a in letter.addressees] == ["区绿化管理局"]
    assert letter.title == "关于区六届人大三次会议第A021号代表建议的会办意见"


def test_words_under_the_table_without_a_row_after_stay() -> None:
    # (the issuer's name over the 发文字号: no row of the table follows it)
    lines = [*TABLE[:2], "某区人民政府某某街道办事处", *LETTER]
    chrome = chrome_lines(lines)
    assert 2 not in chrome


def test_title_under_the_table_stays() -> None:
    lines = [
        *TABLE[:2],
        "关于区六届人大三次会议第A021号代表建议的会办意见",
        "关键词：",
        *LETTER[4:],
    ]
    assert 2 not in chrome_lines(lines)
