"""A proposal database's record of the item over its listing, on a page that kept its lines:
the crumb, the item's title row and its proposers' row (``题  目: 关于…的议案 王某等9名代表``
/ ``领衔代表: 代 表 团:``), the heading over the listing's heads (``承办单位及答复``), the
listing to its link (``详细查看``), the page's close button, and the record's title written
again as the heading of the item's page (``关于…的议案 王某等9名代表``). All of it is the
page's: the 《》 of the item's title are no reference, the heading no title of the reply's,
and an authority alone over the reply's own title stays the header's (fix95). Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

ITEM = "关于制定《桐溪县农村道路养护办法》的议案"
RECORD = [
    "当前位置: 首页 >>> 人大建议",
    f"题  目: {ITEM} 王某等9名代表",
    "领衔代表: 代 表 团:",
    "承办单位及答复",
    "主办单位 会办 交办日期",
    "    2031-03-20",
    " ",
    "承办单位 答复日期 答复内容",
    "交通局",
    "2031年6月14日",
    "详细查看",
    "关闭",
]
AGAIN = f"{ITEM} 王某等9名代表"
HEAD = [
    "C",
    "",
    "桐交提〔2031〕34号",
    "",
    "桐溪县交通局",
    "",
    "对桐溪县九届人大四次会议",
    "代表建议第16号的答复",
]
BODY = [
    "王某代表：",
    "您提出的“关于制定桐溪县农村道路养护办法的议案”收悉，现答复如下：",
    "一、我局已起草养护办法，年内报县政府审定。",
    "感谢您对交通工作的关心和支持。",
]


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


@pytest.mark.parametrize(
    "again", [pytest.param([AGAIN], id="heading-again"), pytest.param([], id="no-heading")]
)
def test_the_record_over_the_listing_is_the_pages(again: list[str]) -> None:
    text = "\n".join([*RECORD, *again, *HEAD, *BODY])
    assert _chrome(text) >= {*RECORD[:4], *again} - {" "}
    letter = parse_text(text)
    assert span_problems(letter) == []
    assert letter.references == []
    assert letter.title == "对桐溪县九届人大四次会议代表建议第16号的答复"
    assert letter.issuer == "桐溪县交通局"
    assert letter.proposal is not None
    assert letter.proposal.number == "16"


def test_the_records_title_again_over_the_salutation_is_no_title() -> None:
    # (a reply cut to its body: the record's heading alone over the salutation)
    record = [
        line.replace(f"{ITEM} 王某等9名代表", "关于加快桐溪县乡村公路建设的建议") for line in RECORD
    ]
    text = "\n".join([*record, "关于加快桐溪县乡村公路建设的建议", *BODY[:3]])
    letter = parse_text(text)
    assert letter.title is None
    assert letter.proposal is not None
    assert letter.proposal.title == "关于制定桐溪县农村道路养护办法的议案"


def test_another_line_under_the_link_stays() -> None:
    # (only the record's title written again is its heading: the reply's own title stays)
    title = "桐溪县交通局关于县九届人大四次会议第16号建议的答复"
    text = "\n".join([*RECORD, title, *BODY])
    assert title not in _chrome(text)
    assert parse_text(text).title == title


def test_rows_without_a_listing_stay() -> None:
    # (a 办理单's rows over the reply, no listing's link under them: the letter's)
    rows = [f"题  目: {ITEM}", "领衔代表: 王某", "承办单位及答复"]
    assert not _chrome("\n".join([*rows, *HEAD, *BODY])) & set(rows)


def test_a_sentence_among_the_rows_ends_the_record() -> None:
    # (a row holding a sentence is no record's cell: it and the rows over it stay)
    record = [*RECORD]
    record[2] = "领衔代表: 王某。请尽快办理"
    chrome = _chrome("\n".join([*record, *HEAD, *BODY]))
    assert record[2] not in chrome
    assert record[1] not in chrome
    assert "承办单位及答复" in chrome


def test_the_letters_rows_over_a_listing_at_the_foot_stay() -> None:
    # (the listing under the letter: its contact rows over the listing's heading are the
    # letter's, a line of the letter's over them, no crumb; review61b)
    letter = [
        "桐溪县交通局关于县九届人大四次会议第16号建议的答复",
        *BODY,
        "桐溪县交通局",
        "2031年6月14日",
        "联系人：李某",
        "联系电话：0000-5550123",
    ]
    text = "\n".join([*letter, *RECORD[3:]])
    assert not _chrome(text) & {"联系人：李某", "联系电话：0000-5550123"}
    assert "承办单位及答复" in _chrome(text)
    letter_read = parse_text(text)
    assert span_problems(letter_read) == []
    assert [(c.name, c.phone) for c in letter_read.contacts] == [("李某", "0000-5550123")]
