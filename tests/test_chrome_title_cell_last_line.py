"""A page's title cell on the text's very last line (the site's metadata table set under
the letter, the copy ending with it: ``标题：关于…的答复``) is read as anywhere else: no
line under it to carry a rest of its value from (a barred row printed at a width), and
the letter above is read whole. Snippets are invented.
"""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import page_title

LETTER = (
    "首页 > 政务公开 > 建议提案\n"
    "关于改善某镇校车接送的建议的答复\n"
    "王某代表：\n"
    "　　您提出的建议收悉，我局已安排专车。\n"
    "某县教育局\n"
    "2023年4月6日\n"
    "索引号：000/2023-01  发布机构：某县教育局\n"
)


def test_a_title_cell_ending_the_text_is_read() -> None:
    # (the letter without its own title line: the cell gives it)
    text = (
        LETTER.replace("关于改善某镇校车接送的建议的答复\n", "", 1)
        + "标题：关于改善某镇校车接送的建议的答复"
    )
    span = page_title(text)
    assert span is not None
    assert text[span[0] : span[1]] == "关于改善某镇校车接送的建议的答复"
    # (the letter writing it: the cell gives nothing, and nothing fails)
    assert page_title(LETTER + "标题：关于改善某镇校车接送的建议的答复") is None


def test_the_letter_over_it_is_read_whole() -> None:
    letter = parse_text(LETTER + "标题：关于改善某镇校车接送的建议的答复")
    assert not [d for d in letter.diagnostics if d.code.value == "internal-error"]
    assert letter.title == "关于改善某镇校车接送的建议的答复"
    assert letter.signature.issuer == "某县教育局"
    assert letter.signature.date == "2023-04-06"


def test_a_barred_cell_ending_the_text_unclosed() -> None:
    text = LETTER + "| 标题： | 关于改善某镇校车接送的建议的答复"
    letter = parse_text(text)
    assert not [d for d in letter.diagnostics if d.code.value == "internal-error"]
    assert letter.signature.issuer == "某县教育局"
