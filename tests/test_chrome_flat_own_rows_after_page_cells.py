"""A reply's page flattened onto one line with blanks between its lines: the page's cells
(发布日期, 信息来源) and then the letter's own head rows, its class row with the label's
characters apart (``类  别：B``) and its signer's label with the name after a blank
(``签发人： 王某``), then its 发文字号. The page's run of chrome ends before the letter's
rows: a page's cells hold no class letter nor signer. Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_head

_BODY = (
    "王明、李红代表：您提出的《关于完善某村道路照明的建议》收悉。现答复如下："
    + "我局高度重视，会同有关乡镇实地查看，已在某村主干道新装路灯二十盏，其余路段列入明年计划。" * 4
    + "专此答复。某县交通运输局2022年9月27日"
)
_HEAD = "对县十六届人大四次会议第31号建议的复函 发布日期:2022-09-28 信息来源: 县交通运输局 "


def test_class_and_signer_rows_after_the_page_cells_are_the_letters() -> None:
    text = _HEAD + "类  别:B 签发人: 王大明 某交函〔2022〕9号 " + _BODY
    letter = parse_text(text)
    assert letter.handling_type == "B"
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某交函〔2022〕9号"
    spans = chrome_head(text)
    assert all("类" not in text[a:b] and "签发人" not in text[a:b] for a, b in spans)


def test_page_category_cell_stays_the_pages() -> None:
    # (must-not-match: a page's 信息类别 holds words, no class letter; an empty 签发人
    # cell with the letter's number after it names no one)
    text = _HEAD + "信息类别: 交通 签发人: 某交函〔2022〕9号 " + _BODY
    spans = chrome_head(text)
    assert any("信息类别: 交通" in text[a:b] for a, b in spans)
