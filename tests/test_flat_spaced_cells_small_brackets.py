"""Two heads a flattened copy lost its line breaks in (flat63): read as their lines read.

- A page's table that spaces each label out to its cell's width (``发 布 机 构: 某处``,
  ``时     效:``), flattened onto one line: the label's lone characters are one label, so
  its last character and colon are no salutation (``构:`` ended the page's head, and the
  title read ``构:某处``), and a value glued after a spaced label's colon is a piece of its
  own. The letter's own class row spaced so (``类  别:B``) still ends the page's head.
- A 发文字号 written with the small brackets ``﹝﹞`` (the compatibility forms of ``〔〕``)
  glued to the authority and the title after it is a line of its own, as one with ``〔〕``
  (it was read into the title, and the letter lost its number and its issuer).

Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

TITLE = "对县九届人大二次会议第37号建议的答复"
BODY = [
    "周某代表：",
    "您提出的《关于改善乡村道路照明的建议》收悉，现答复如下：",
    "今年我局已在三个乡镇安装太阳能路灯，明年将继续推进，并落实日常维护经费。",
    "感谢您对交通工作的关心和支持。",
]
FLATTENED = [pytest.param(spaced, id="one-line-space"), pytest.param(glued, id="one-line-glued")]


@pytest.mark.parametrize("flatten", FLATTENED)
def test_a_table_of_spaced_labels_over_the_letter(flatten: Callable[[str], str]) -> None:
    head = [
        "首页 >政府信息公开>建议提案",
        "索   引   号: 0000-1/2031-00037 分          类: 建议提案",
        "发 布 机 构: 综合科 发 文 日 期: 2031-06-02",
        f"标          题: {TITLE} 主   题   词:",
        "文          号:",
        "内 容 概 述:",
        "时          效:",
        TITLE,
        "发布日期:2031-06-02 10:15 浏览次数:",
    ]
    letter = parse_text(flatten("\n".join([*head, *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("周某", "代表")]


def test_the_letters_spaced_class_row_ends_the_head() -> None:
    head = [
        "索引号: 0000-1/2031-00037 | 发布机构: 某县交通局 | 公开方式: 主动公开 | 类 别:B",
        "某县交通运输局",
        "签发人:王某某",
        "某交函〔2031〕37号",
        TITLE,
    ]
    letter = parse_text(spaced("\n".join([*head, *BODY])), keywords=False)
    assert letter.handling_type == "B"
    assert letter.issuer == "某县交通运输局"


@pytest.mark.parametrize("flatten", FLATTENED)
def test_a_number_in_small_brackets_glued_to_the_authority(
    flatten: Callable[[str], str],
) -> None:
    head = ["类别  A类           某交函﹝2031﹞37号", "某县交通运输局", "关于" + TITLE[1:]]
    text = flatten("\n".join([*head, *BODY]))
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.doc_number is not None
    assert text[slice(*letter.doc_number.span)] == "某交函﹝2031﹞37号"
    assert letter.issuer == "某县交通运输局"
    assert letter.title is not None and letter.title.endswith(
        "关于县九届人大二次会议第37号建议的答复"
    )
