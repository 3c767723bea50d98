"""A flattened head whose header elements stand between a page's heading (or cells) and
the letter's own title (snippets written here, names and numbers invented).

A page prints its heading and its cells (来源, 日期, 浏览量), then the letter's head: the
发文字号, the class mark, the publication value, the title. Flattened onto one line, with
blanks or with nothing between them, each element still feeds its field and none is glued
to the title: the run is read after a gap (one element a 发文字号 or a class mark) when a
title follows it. So is a 发文字号 whose serial is a local scheme's word (``某教提复字〔2019〕
来信号``, a letter answered outside the numbered items), its class glued after it. A page's
table whose 文号 cell was left empty, the title glued after its label, gives the title, and
the page's date in figures glued after the title is the page's. Near misses: a title that
cites a 发文字号 stays whole; a letter with its lines is read as before.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "对某县第十届人大二次会议第18号建议的答复"
_BODY = [
    "王某某等代表：",
    "你们提出的《关于修建某村道路的建议》收悉。现答复如下：",
    "我局已将该路段列入明年计划。",
    "感谢你们对自然资源工作的关心和支持。",
    "某县自然资源局",
    "2023年8月31日",
]


def _read(parts: list[str], separator: str):  # type: ignore[no-untyped-def]
    record = parse_text(separator.join(parts) + "\n")
    assert span_problems(record) == []
    return record


@pytest.mark.parametrize("separator", [" "], ids=["one-line"])
def test_elements_between_heading_and_title(separator: str) -> None:
    head = [
        _TITLE,
        "来源：某县政府网",
        "日期：2023-11-08",
        "某自然资字〔2023〕5号",
        "B1类",
        "同意公开",
    ]
    record = _read([*head, _TITLE, *_BODY], separator)
    assert record.doc_number is not None and record.doc_number.text == "某自然资字〔2023〕5号"
    assert record.handling_type == "B"
    assert record.public is True
    assert record.title == _TITLE


@pytest.mark.parametrize("separator", ["\n", " ", ""], ids=["lines", "one-line", "glued"])
def test_word_serial_number_before_the_title(separator: str) -> None:
    head = ["某教提复字〔2019〕来信号B类", "对县政协八届二次会议第来信号提案的答复"]
    body = ["王某委员：" if b == "王某某等代表：" else b for b in _BODY]
    record = _read([*head, *body], separator)
    assert record.doc_number is not None and record.doc_number.text == "某教提复字〔2019〕来信号"
    assert record.handling_type == "B"
    assert record.title == head[1]


@pytest.mark.parametrize("separator", [" ", ""], ids=["one-line", "glued"])
def test_empty_number_cell_then_the_title(separator: str) -> None:
    # (the table's labels padded as the page writes them: 文号 :, half-width colons)
    head = [
        "您现在所在的位置 : 首页 > 专题专栏 > 建议提案办理",
        "索引号: 0000000000/2023-00001 分类:",
        "发文机关: 县自然资源局 发文日期: 2023-09-16",
        "名称: " + _TITLE,
        "文号 :",
        _TITLE,
        "2023-09-16           来源: 综合科 【字体:   打印",
        "分享到:",
    ]
    record = _read([*head, *_BODY], separator)
    assert record.title == _TITLE
    assert record.doc_number is None
    assert [d.text for d in record.dates] == ["2023年8月31日"]


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_a_title_citing_a_number_stays_whole(separator: str) -> None:
    title = "关于落实某政发〔2020〕3号文件第18号建议的答复"
    record = _read(["某自然资字〔2023〕5号", "B类", title, *_BODY], separator)
    assert record.title == title
    assert record.doc_number is not None and record.doc_number.text == "某自然资字〔2023〕5号"
