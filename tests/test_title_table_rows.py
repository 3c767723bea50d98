"""A table's rows a web copy kept as text above the letter (``|序号|届次|建议号|标题|…`` over a
row of values): header, never title. A cell holding a whole reply's title is the title; a
title a stray bar cuts, a bar at a line's end, stay title."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "{head}\n"
    "王某代表：\n"
    "　　您提出的建议收悉，现答复如下：\n"
    "　　我局将加强乡村道路养护。\n"
    "某县交通运输局\n"
    "2024年5月12日\n"
)
TITLE = "关于县十七届人大三次会议第15号建议的答复"

ROWS = [
    pytest.param(
        "|序号|届次|建议号|标题|主办单位|\n"
        "|1|某县十七届人大三次会议|15|关于加强乡村道路养护的建议|某县交通运输局|\n" + TITLE,
        TITLE, id="labels-over-values"),
    pytest.param(
        "| 届次 | 某县十七届人大三次会议 | 建议号 | 15 |\n" + TITLE, TITLE, id="label-value-cells"),
    pytest.param(
        "｜序号｜建议号｜主办单位｜\n｜3｜15｜某县财政局｜\n" + TITLE, TITLE, id="full-width-bars"),
    pytest.param("| 标题 | " + TITLE + " |", TITLE, id="title-label-cell"),
    pytest.param("|1|" + TITLE + "|某县交通运输局|2024-05-12|", TITLE, id="title-in-a-listing-row"),
    pytest.param(
        "|3|某县十七届人大三次会议|15|某县财政局|\n1\n" + TITLE, TITLE,
        id="serial-cell-alone-above"),
]  # fmt: skip

# near misses: bars that leave a title a title
TITLES = [
    pytest.param(TITLE + " |", TITLE, id="bar-at-the-end"),
    pytest.param("| " + TITLE + " |", TITLE, id="bars-around-one-cell"),
    pytest.param("关于某某道路|桥梁建设的建议的答复", "关于某某道路|桥梁建设的建议的答复",
                 id="a-stray-bar-inside"),
    pytest.param("关于县十七届人大三次会议\n第15号建议的答复", TITLE, id="wrapped-no-bar"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "title"), ROWS + TITLES)
def test_table_rows_stay_out_of_the_title(head: str, title: str) -> None:
    record = parse_text(LETTER.format(head=head))
    assert record.title == title
    assert span_problems(record) == []


def test_a_row_still_gives_the_session_when_the_title_names_none() -> None:
    head = "| 届次 | 某县十七届人大三次会议 | 建议号 | 15 |\n关于加强乡村道路养护的建议的答复"
    record = parse_text(LETTER.format(head=head))
    assert record.title == "关于加强乡村道路养护的建议的答复"
    assert record.proposal is not None
    assert (record.proposal.session, record.proposal.number) == ("某县十七届人大三次会议", "15")


def test_a_unit_cell_of_a_row_is_no_issuer() -> None:
    head = "|序号|建议号|主办单位|\n|1|15|某县财政局|\n" + TITLE
    record = parse_text(LETTER.format(head=head))
    assert record.issuer == "某县交通运输局"  # the signer, not the row's 主办单位 cell
