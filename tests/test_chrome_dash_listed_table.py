"""A page's metadata table that a copy turned into a dash list, one cell an item (``- 索引号``
over ``- 0000/2021-001``, ``- 发文机构`` over ``- 某局``, a label left empty, ``- 日期`` over
``- 2021-06-01``), is the page's, as the same table with its labels alone over their values
is: no title, date, addressee nor issuer is read from it, and the salutation under it and
the letter's title again is found."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于对政协某区三届二次会议第31号提案的答复"
LISTED = (
    "- 索引号\n- 0000-1-/2021-0601003\n- 发文机构\n- 某区水务局\n- 公开目录\n"
    "- 政协提案办理结果\n- 文 号\n- 浏览量\n- 日期\n- 2021-06-01\n"
)
LETTER = (
    "某乡政协联络组：\n"
    "你们提出的关于加快农村小水窖建设的建议已交我们研究办理，现答复如下：\n"
    "一、加强规划。我局已将小水窖建设纳入年度计划，安排资金30万元。\n"
    "感谢联络组对水利工作的关心和支持！\n"
    "某区水务局\n"
    "2021年5月20日\n"
)


def test_a_dash_listed_page_table_is_chrome_and_the_salutation_under_it_is_read() -> None:
    text = f"{TITLE}\n{LISTED}{TITLE}\n{LETTER}"
    lines = text.split("\n")
    chrome = chrome_lines(lines, text)
    assert set(range(1, 11)) <= chrome  # every item of the list
    letter = parse_text(text)
    assert letter.title == TITLE
    assert letter.salutation == "某乡政协联络组："
    assert [(a.name, a.role) for a in letter.addressees] == [("某乡政协联络组", None)]
    assert [d.value for d in letter.dates] == ["2021-05-20"]  # the page's date is none
    assert letter.issuer == "某区水务局"


def test_the_list_under_the_title_alone_is_chrome_too() -> None:
    text = f"{TITLE}\n{LISTED}{LETTER}"
    letter = parse_text(text)
    assert letter.salutation == "某乡政协联络组："
    assert [d.value for d in letter.dates] == ["2021-05-20"]


def test_blank_lines_between_the_items_keep_the_list_whole() -> None:
    spaced = LISTED.replace("\n", "\n\n")
    text = f"{TITLE}\n\n{spaced}{TITLE}\n\n{LETTER}"
    letter = parse_text(text)
    assert letter.salutation == "某乡政协联络组："
    assert [d.value for d in letter.dates] == ["2021-05-20"]


def test_a_letters_own_dash_list_is_left_alone() -> None:
    # a list of the letter's own points, no page's label among them
    own = (
        f"{TITLE}\n某乡政协联络组：\n你们的提案收悉，现答复如下：\n"
        "- 加强规划，安排资金30万元。\n- 完善管护制度。\n- 落实专人管理。\n- 定期检查水质。\n"
        "某区水务局\n2021年5月20日\n"
    )
    lines = own.split("\n")
    assert chrome_lines(lines, own) == frozenset()
    letter = parse_text(own)
    assert [a.value for a in letter.amounts] == [300000]


def test_a_short_dash_run_is_not_a_table() -> None:
    # three items, one a page's label: too few to be a table's cells
    text = f"{TITLE}\n- 日期\n- 2021-06-01\n- 备注\n{LETTER}"
    lines = text.split("\n")
    assert not {1, 2, 3} <= chrome_lines(lines, text)
