"""An old-style 发文字号 a letter cites: its year in two figures, in brackets, before the
issuer's code (``〔87〕某水字第12号``, ``(88)某财预字5号``, ``【90】某发3号``), read as a
reference with its year of the 1900s (fields/docnumber.py, fix80). A bracketed number that
opens a line or a clause (a list's item), a building's number (``（12）某发3号楼``, also a
block's, a group's or a class's before its own number, ``（12）栋3号楼``, review58e) or a
proposal's number (``（21）某函3号建议``) is none. Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.docnumber import find_doc_numbers
from replyparse.textview import TextView
from test_real_letters import SIGN, letter

HEAD = "某县交通运输局\n某交函〔2024〕18号"


def _numbers(body: str) -> list[str]:
    record = parse_text(letter(head=HEAD, body=body, closing=SIGN), keywords=False)
    assert record.doc_number is not None and record.doc_number.text == "某交函〔2024〕18号"
    for ref in record.references:
        assert record.text[ref.span[0] : ref.span[1]] == ref.text
    return [r.text for r in record.references if r.kind == "doc_number"]


OLD_STYLE = [
    pytest.param("在《某水域保护规定》（〔87〕某水字第12号）中有明确要求。", "〔87〕某水字第12号", id="hexagonal-zi-di"),
    pytest.param("依照《某办法》[88]某林字第5号执行。", "[88]某林字第5号", id="square-half-width"),
    pytest.param("依照某部(86)某财预字32号文件执行。", "(86)某财预字32号", id="round-zi-no-di"),
    pytest.param("按照某院【90】某发7号文件精神办理。", "【90】某发7号", id="lenticular-code-fa"),
    pytest.param("参照（85）某环函第4号的意见办理。", "（85）某环函第4号", id="full-width-round-han"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "number"), OLD_STYLE)
def test_an_old_style_number_is_a_reference(body: str, number: str) -> None:
    assert _numbers(body) == [number]


@pytest.mark.parametrize(("figures", "year"), [("87", 1987), ("05", 2005)])
def test_its_year_reads_two_figures(figures: str, year: int) -> None:
    found = find_doc_numbers(TextView(f"依照（{figures}）某水字第12号文件执行。"))
    assert [(d.item.prefix, d.item.year, d.item.serial) for d in found] == [("某水字", year, 12)]


NOT_NUMBERS = [
    pytest.param("全县共有（89）户困难家庭需要帮扶。", id="a-count-in-brackets"),
    pytest.param("第（12）项工作已完成，其余正在推进。", id="an-item-in-brackets"),
    pytest.param("措施如下：\n（12）按照某函5号文件执行。", id="a-list-item-opening-the-line"),
    pytest.param("具体如下：（12）按照某函5号文件执行。", id="a-list-item-after-the-colon"),
    pytest.param("我们收到（21）某函3号代表建议后即开展调研。", id="a-proposals-number"),
    pytest.param("将某小区（18）某发3号楼纳入改造。", id="a-buildings-number"),
    pytest.param("将某小区（14）栋6号楼纳入改造。", id="a-block-and-its-building"),
    pytest.param("某小区(17)幢11号已完成加装电梯。", id="a-block-half-width"),
    pytest.param("某村（15）组4号户已纳入帮扶。", id="a-villages-group"),
    pytest.param("某中学（23）班8号学生参加了评选。", id="a-schools-class"),
    # (left59a: a list's item before a plot, a verb's 发 no code's; a source's mark)
    pytest.param("其中（14）开发6号地块已完成征收。", id="an-item-then-a-plot"),
    pytest.param("沿线（16）某发2号线站点已开工。", id="a-lines-number"),
    pytest.param("详见参考文献[13]某发9号的论述。", id="a-sources-mark"),
]


@pytest.mark.parametrize("body", NOT_NUMBERS)
def test_a_bracketed_number_in_a_sentence_is_none(body: str) -> None:
    assert _numbers(body) == []
