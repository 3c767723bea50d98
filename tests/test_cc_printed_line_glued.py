"""The 版记's 印发 line (the office that printed the letter, its date and 印发) a copy glued
after the 抄送 list's last body with no gap (``抄送：县财政局县某局办公室2099年8月24日印发``),
or set after it on the list's line after a blank, ends the list: its office is the 印发
line's, no body, and its date is no part of one. The office glued to the last body starts
where a whole office opens as that body does (its place, or a level), after the body's
organisation word (its place, a level, or a place named to its level: ``省政府办公厅甲乙省
某厅办公室``); where no such cut parts them the date alone ends the list. A list with no 印发 line, or with the 印发 line on a line of its own,
reads as before. The line's 印 alone, no word glued after it (``2099年8月24日印``), is its
印发 (fix7071)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

HEAD = (
    "赵某代表：\n你提出的关于修缮村道的建议收悉，现答复如下：\n村道已列入维修计划。\n"
    "甲县交通运输局\n2099年8月20日\n联系人：钱某，联系电话：0000-5550123\n"
)


@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        pytest.param("抄送：甲县财政局甲县交通运输局办公室2099年8月24日印发", ["甲县财政局"], id="glued"),
        pytest.param("抄送：县财政局县交通运输局办公室2099年8月24日印发", ["县财政局"], id="glued-level"),
        pytest.param("抄送：市财政局县交通运输局办公室2099年8月24日印发", ["市财政局"], id="glued-other-level"),
        pytest.param(
            "抄送：县人大选工委，县财政局县交通运输局办公室2099年8月24日印发",
            ["县人大选工委", "县财政局"],
            id="glued-after-two",
        ),
        pytest.param(
            "抄送：县人大选工委，县财政局 县交通运输局办公室 2099年8月24日 印发",
            ["县人大选工委", "县财政局"],
            id="after-blanks",
        ),
        pytest.param(
            "抄送：县财政局县交通运输局办公室二〇九九年八月二十四日印发", ["县财政局"], id="numerals"
        ),
        pytest.param(
            "抄送：省人大选工委，省政府办公厅甲乙省交通运输厅办公室2099年8月24日印发",
            ["省人大选工委", "省政府办公厅"],
            id="glued-place-named",
        ),
        pytest.param(
            "抄送：县人大选工委 县财政局 县交通运输局办公室 2099年8月24日印 （共印5份）",
            ["县人大选工委", "县财政局"],
            id="after-blanks-yin-alone",
        ),
        pytest.param(
            "抄送：县人大选工委，县财政局县交通运输局办公室2099年8月24日印", ["县人大选工委", "县财政局"], id="glued-yin-alone"
        ),
    ],
)  # fmt: skip
def test_the_printing_line_ends_the_list(line: str, bodies: list[str]) -> None:
    assert parse_text(HEAD + line + "\n").cc == bodies


# Must not match: the 印发 line on its own line, a list with no 印发 line, a body whose
# name glues two offices with no date after them.
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "抄送：县人大选工委，县财政局。\n县交通运输局办公室  2099年8月24日印发",
            ["县人大选工委", "县财政局"],
        ),
        ("抄送：县人大选工委，县财政局。", ["县人大选工委", "县财政局"]),
        ("抄送：县人民政府办公室，县财政局", ["县人民政府办公室", "县财政局"]),
        # no cut parts the office from the body glued before it: the date alone ends the list
        (
            "抄送：县人大选工委，县财政局办公室2099年8月24日印发",
            ["县人大选工委", "县财政局办公室"],
        ),
    ],
)
def test_lists_with_no_glued_printing_line_keep_their_bodies(text: str, bodies: list[str]) -> None:
    assert parse_text(HEAD + text + "\n").cc == bodies


# (tail75) the whole letter flattened, the 印发 line's office glued after the list's last
# body: the office starts where a whole office opens as the body does (its place, a level,
# a place named to its level or a 街道's), the body whole, as on lines. A body that runs on
# past an organisation word of its own (…常委会选举任免联络工作委员会) was cut after its
# 常委会 (the rest read as the office); a 街道's office (乙河街道党政办) is cut as a 镇's is.
LISTS = [
    pytest.param("甲山县人大常委会选举任免联络工作委员会", "甲山县交通局办公室", id="long-body"),
    pytest.param("县政协提案委", "乙河街道党政办", id="street-office"),
    pytest.param("县政协提案委", "乙河镇党政办", id="town-office"),
    # (mend75b) a body's own words that hold a level's character and name no place (城乡, 社区,
    # 乡村) open no office: tail75's round cut the body after its 常委会 there
    pytest.param(
        "甲山县人大常委会城乡建设环境保护工作委员会", "甲山县水利局办公室", id="city-word"
    ),
    pytest.param("甲山县人大常委会社区治理工作委员会", "甲山县水利局办公室", id="community-word"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("gap", ["  ", ""], ids=["gap", "no-gap"])
@pytest.mark.parametrize(("body", "office"), LISTS)
def test_the_last_body_stays_whole_before_the_printing_office(
    body: str, office: str, gap: str, flatten: Callable[[str], str]
) -> None:
    text = (
        HEAD.replace("甲县交通运输局", "甲山县交通局")
        + f"抄送：{body}\n{office}{gap}2099年8月24日印发\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert letter.cc == [body]
    assert letter.signature.issuer == "甲山县交通局"
