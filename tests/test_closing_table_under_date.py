"""A table of units and figures under the signed date (closing.py, ``_table_under_date``):
a page's copy of the figures a reply gives, set after the letter a cell a line (``某镇`` /
``120``) or a row a line (``某镇  120``). Its lines are the closing's and none of them signs:
the authority over the date signs and the date is the signature's (an earlier round read
the figures' lines as a phone's, stopped the closing there, and lost both; left61a).
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import _table_under_date
from replyparse.textview import TextView
from snippets import signature_of
from spans import span_problems

HEAD = (
    "关于增加乡村公路养护资金的建议的答复\n孙某代表：\n"
    "您提出的建议收悉。今年我局已下达各乡镇养护资金，分配情况附后。\n感谢您对交通工作的支持。\n"
)
SIGNED = "某县交通运输局\n2024年5月10日\n"


@pytest.mark.parametrize(
    "table",
    [
        pytest.param("青石镇\n120\n白沙乡\n80\n合计\n200", id="cell-a-line"),
        pytest.param(
            "单位\n金额（万元）\n青石镇\n1980000\n白沙乡\n2015312\n红岩村\n30", id="headings-above"
        ),
        pytest.param("序号\n单位\n金额\n1\n青石镇\n120\n2\n白沙乡\n80", id="numbered-rows"),
        pytest.param("青石镇  120\n白沙乡  80\n红岩村  30\n合计  230", id="row-a-line"),
        pytest.param("青石镇\t120\t5%\n白沙乡\t80\t3%\n红岩村\t30\t1%", id="two-columns"),
        pytest.param("\n青石镇\n120\n\n白沙乡\n80\n", id="blank-lines"),
    ],
)
def test_the_signer_and_date_over_a_table(table: str) -> None:
    text = HEAD + SIGNED + table + "\n"
    assert signature_of(text) == ("某县交通运输局", "2024-05-10")
    assert span_problems(parse_text(text, keywords=False)) == []


def test_the_table_under_a_signer_and_date_on_one_line() -> None:
    text = HEAD + "某县交通运输局  2024年5月10日\n青石镇  120\n白沙乡  80\n红岩村  30\n"
    assert signature_of(text) == ("某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(
    "closing",
    [
        # one unit and one figure: a contact's cell and its number as well
        pytest.param(SIGNED + "青石镇\n5550123", id="one-row"),
        # a closing label's cells, one a line, are a contact's
        pytest.param(SIGNED + "联系电话\n5550123\n传真\n5550124", id="contact-cells"),
        # a sentence among the lines is no table's cell
        pytest.param(SIGNED + "青石镇\n120\n以上资金已全部拨付到位。\n80", id="sentence"),
    ],
)
def test_no_table_read(closing: str) -> None:
    view = TextView(HEAD + closing + "\n")
    lines = view.content_lines
    assert _table_under_date(view, lines, 0) == len(lines)


def test_no_table_without_a_whole_date_over_it() -> None:
    # review60f's table of units and figures with no date over it still signs nothing
    text = HEAD + "附件：资金分配表\n青石镇\n1980000\n白沙乡\n2015312\n共计\n"
    assert signature_of(text)[0] is None


@pytest.mark.parametrize(
    "under",
    [
        # a contact's rows whose labels the copy lost, a name and a phone each
        pytest.param("王某 13800000000\n李某 13900000000", id="unlabelled-contacts"),
        pytest.param("王某 13800000000\n650000", id="contact-and-postcode"),
        pytest.param("王某\n13800000000\n李某\n13900000000", id="contact-cells"),
        pytest.param("电话 5550123\n传真 5550124", id="labels-without-colons"),
    ],
)
def test_a_date_over_its_authority_is_no_table(under: str) -> None:
    # the date first, its authority under it, nothing signing over the date: the authority
    # is the signer, no unit of a table (review61c; left61a's table read it as a cell)
    text = HEAD + "2024年5月10日\n某县交通运输局\n" + under + "\n"
    assert signature_of(text) == ("某县交通运输局", "2024-05-10")


def test_a_table_of_offices_under_a_signed_date() -> None:
    # units that are offices under a date with its signer over it: a table still
    text = HEAD + SIGNED + "青石镇人民政府\n120\n白沙乡人民政府\n80\n"
    assert signature_of(text) == ("某县交通运输局", "2024-05-10")
