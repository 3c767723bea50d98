"""A web page's 政府信息公开 metadata table names the letter's own 发文字号 in its 文号 cell
(chrome.page_doc_number, docnumber): when the letter itself writes none, that cell gives
``doc_number``; the rest of the table stays out of the letter, and the letter's own number
wins when it writes one."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = (
    "关于市人大第33号建议的答复\n周某代表：\n您提出的建议收悉，现答复如下：\n感谢您。\n"
    "某市民政局\n2024年6月28日\n"
)

# Tables as pages render them, each with the letter's number in its 文号 cell.
_TABLES = [
    pytest.param(
        "索引号：11520300/2024-00123\n信息分类：建议提案\n发布机构：某市民政局\n"
        "文号：某民函〔2024〕5号\n标题：关于市人大第33号建议的答复\n发布日期：2024-07-02\n",
        "某民函〔2024〕5号",
        id="a-cell-to-a-line",
    ),
    pytest.param(
        "索引号\n11520300/2024-00123\n发布机构\n某市民政局\n文号\n某民函〔2024〕5号\n",
        "某民函〔2024〕5号",
        id="labels-over-values",
    ),
    pytest.param(
        "索引号\n\n11520300/2024-00123\n\n发布机构\n\n某市民政局\n\n文号\n\n某民函〔2024〕5号\n\n",
        "某民函〔2024〕5号",
        id="labels-over-values-blank-between",
    ),
    pytest.param(
        "索引号\n\u00a0\u00a011520300/2024-00123\n发布机构\n\u00a0\u00a0某市民政局\n文号\n"
        "\u00a0\u00a0\u00a0\u00a0某民函〔2024〕5号\n",
        "某民函〔2024〕5号",
        id="labels-over-values-no-break-indent",
    ),
    pytest.param(
        "| 索引号: | 11520300/2024-00123 | 发布机构: | 某市民政局 |\n"
        "| 生成日期: | 2024-07-02 | 文号: | 某民函(2024)5号 |\n",
        "某民函(2024)5号",
        id="pipes-half-width",
    ),
    pytest.param(
        "索 引 号  11520300/2024-00123    主题分类  民政\n文 号  某民函〔2024〕5号    发布机构  某市民政局\n",
        "某民函〔2024〕5号",
        id="spaced-labels",
    ),
    # fix8486: 文号 spaced to its cell's width by several blanks, over its value
    pytest.param(
        "索引号\n11520300/2024-00123\n发文机构\n某市民政局\n文      号\n某民函〔2024〕5号\n"
        "浏览量\n日期\n2024-07-02\n",
        "某民函〔2024〕5号",
        id="label-spaced-wide-over-value",
    ),
    pytest.param(
        "索引号：11520300/2024-00123\n发布机构：某市民政局\n文\u3000\u3000号：某民函〔2024〕5号\n",
        "某民函〔2024〕5号",
        id="label-spaced-ideographic",
    ),
    pytest.param(
        "索引号: 000014349/2023-01234 主题分类: 民政 发布机构: 某县民政局 发文字号: 某县民函〔2023〕18号\n",
        "某县民函〔2023〕18号",
        id="one-line-fawenzihao",
    ),
    # the cell's other labels of the letter's number, glued to the value or not (left57a)
    pytest.param(
        "索引号：11520300/2024-00123  文件编号某民函〔2024〕5号\n发布机构：某市民政局\n",
        "某民函〔2024〕5号",
        id="file-number-label-glued",
    ),
    pytest.param(
        "索引号：11520300/2024-00123  发文号：某民函〔2024〕5号\n发布机构：某市民政局\n",
        "某民函〔2024〕5号",
        id="fawenhao-label",
    ),
]


@pytest.mark.parametrize(("table", "number"), _TABLES)
def test_the_number_cell_gives_the_own_number(table: str, number: str) -> None:
    letter = parse_text(table + _LETTER)
    assert letter.doc_number is not None and letter.doc_number.text == number
    assert letter.doc_number.span is not None
    start, end = letter.doc_number.span
    assert letter.text is not None and letter.text[start:end] == number
    assert letter.title == "关于市人大第33号建议的答复"
    assert letter.signature.date == "2024-06-28"  # (no page date of the table)
    assert letter.references == []


# Tables whose 文号 cell gives nothing: empty, not a number, or the letter writes its own.
_NO_CELL = [
    pytest.param("索引号：11520300/2024-00123\n发布机构：某市民政局\n文号：\n", None, id="empty"),
    pytest.param(
        "索引号\n11520300/2024-00123\n发布机构\n某市民政局\n文号\n公开方式\n主动公开\n",
        None,
        id="empty-over",
    ),
    pytest.param("索引号：11520300/2024-00123\n发布机构：某市民政局\n文号：无\n", None, id="wu"),
    pytest.param(
        "索引号：11520300/2024-00123\n发布机构：某市民政局\n文号：某民函〔2024〕5号\n某民函〔2024〕6号\n",
        "某民函〔2024〕6号",
        id="letter-writes-its-own",
    ),
]


@pytest.mark.parametrize(("table", "number"), _NO_CELL)
def test_no_number_from_the_cell(table: str, number: str | None) -> None:
    letter = parse_text(table + _LETTER)
    assert (letter.doc_number and letter.doc_number.text) == number
