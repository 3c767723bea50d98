"""A proposal database's record and listing over the reply (fix95), on a page flattened onto
one line, its lines joined by a blank or by nothing (flat61a).

- The record's title cell's value written again under the listing's link and the page's
  close button (``… 详细查看 关闭 关于…的议案 王某等9名代表 C 某交提〔…``) is the page's as
  on a line of its own: no title, no reference, the kind and number the reply's own title
  gives (an earlier round kept it and read it as the title, or glued the class mark and
  the number to it).
- A class's letter glued before the 发文字号 (``C某交提〔2031〕34号``) is the class mark: no
  code opens with one.
- A signer's name a page cut to its surname, the authority after it whose place the letter
  writes again (``签发人：陈 青石县交通局 对青石县…``, glued or after a blank), leaves the
  authority whole: the surname is no half of a padded name, nor the place's first
  character a name's second.

Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

ITEM = "关于制定《桐溪县农村道路养护办法》的议案"
RECORD = [
    "当前位置: 首页 >>> 人大建议",
    f"题  目: {ITEM} 王某等9名代表",
    "领衔代表: 代 表 团:",
    "承办单位及答复",
    "主办单位 会办 交办日期",
    "    2031-03-20",
    "承办单位 答复日期 答复内容",
    "交通局",
    "2031年6月14日",
    "详细查看",
    "关闭",
]
HEAD = [
    "C",
    "桐交提〔2031〕34号",
    "桐溪县交通局",
    "对桐溪县九届人大四次会议",
    "代表建议第16号的答复",
]
BODY = [
    "王某代表：",
    "您提出的“关于制定桐溪县农村道路养护办法的议案”收悉，现答复如下：",
    "一、我局已起草养护办法，年内报县政府审定。",
    "二、我局将会同县财政局筹措养护资金，逐年提高农村道路养护标准，建立县乡村三级养护责任制度。",
    "三、我局将加强对乡镇养护工作的督导检查，定期通报养护情况。",
    "感谢您对交通工作的关心和支持。",
    "桐溪县交通局",
    "2031年6月14日",
]
FLATTENED = [pytest.param(spaced, id="one-line-space"), pytest.param(glued, id="one-line-glued")]


@pytest.mark.parametrize("flatten", FLATTENED)
def test_the_records_title_again_is_the_pages(flatten: Callable[[str], str]) -> None:
    text = flatten("\n".join([*RECORD, f"{ITEM} 王某等9名代表", *HEAD, *BODY]))
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.references == []
    assert letter.title is not None and letter.title.endswith(
        "对桐溪县九届人大四次会议代表建议第16号的答复"
    )
    assert letter.issuer == "桐溪县交通局"
    assert letter.doc_number is not None and letter.doc_number.text == "桐交提〔2031〕34号"
    assert letter.handling_type == "C"
    assert letter.proposal is not None
    assert (letter.proposal.kind, letter.proposal.number) == ("建议", "16")


@pytest.mark.parametrize("flatten", FLATTENED)
def test_another_title_under_the_link_stays(flatten: Callable[[str], str]) -> None:
    # (only the record's title written again is its heading: the reply's own title stays)
    title = "桐溪县交通局关于县九届人大四次会议第16号建议的答复"
    letter = parse_text(flatten("\n".join([*RECORD, title, *BODY])), keywords=False)
    assert letter.title == title


def test_a_class_letter_glued_before_the_number() -> None:
    letter = parse_text(glued("\n".join([*HEAD, *BODY])), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "桐交提〔2031〕34号"
    assert letter.handling_type == "C"


@pytest.mark.parametrize("flatten", FLATTENED)
def test_a_surname_alone_before_the_authority(flatten: Callable[[str], str]) -> None:
    head = [
        "桐交提〔2031〕34号 签发人：陈",
        "桐溪县交通局",
        "对桐溪县九届人大四次会议代表建议第16号的答复",
    ]
    letter = parse_text(flatten("\n".join([*head, *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert letter.issuer == "桐溪县交通局"
    assert letter.title is not None and letter.title.endswith(
        "对桐溪县九届人大四次会议代表建议第16号的答复"
    )
    assert not letter.title.startswith("溪")


def test_a_padded_name_before_the_title_stays_whole() -> None:
    # (a name of two characters padded to three, the title glued after it: decided dev49)
    head = "桐交提〔2031〕34号 签发人：陈 某桐溪县交通局关于县九届人大四次会议第16号建议的答复"
    letter = parse_text(head + "".join(BODY), keywords=False)
    assert letter.issuer == "桐溪县交通局"
