"""A salutation naming several people each with the role, the pairs parted by blanks
(``王某 代表 李某 代表：``, ``王某代表 李某代表：``) or glued with no separator
(``王某代表李某代表：``): one salutation line, not its first pair cut off into the title,
and one addressee per person. Near-misses: one person with a blank before the role, a
name padded with blanks, a pair then the opening after a blank, a body glued before a
person, a single long name. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import addressees_read

TITLE = "关于增设某某公交线路的建议的答复"
LETTER = TITLE + "\n{s}\n您提出的建议收悉，现答复如下：\n感谢您的关心。\n某市交通局\n2024年6月1日\n"


def _read(salutation: str) -> tuple[str | None, str | None, list[tuple[str, str | None]]]:
    record = parse_text(LETTER.format(s=salutation), keywords=False)
    return record.title, record.salutation, addressees_read(record)


PAIRS = [
    pytest.param(
        "王某 代表 李某 代表：", [("王某", "代表"), ("李某", "代表")], id="blank-each-side"
    ),
    pytest.param("王某代表 李某代表：", [("王某", "代表"), ("李某", "代表")], id="blank-between"),
    pytest.param(
        "王某 代表  刘某某 代表  陈某 代表：",
        [("王某", "代表"), ("刘某某", "代表"), ("陈某", "代表")],
        id="three",
    ),
    pytest.param("赵某 委员 钱某 委员：", [("赵某", "委员"), ("钱某", "委员")], id="members"),
    pytest.param(
        "王某代表 李某代表 张某委员：",
        [("王某", "代表"), ("李某", "代表"), ("张某", "委员")],
        id="mixed-roles",
    ),
    pytest.param("尊敬的王某代表 李某代表：", [("王某", "代表"), ("李某", "代表")], id="opener"),
    pytest.param("王某代表李某代表：", [("王某", "代表"), ("李某", "代表")], id="glued"),
    pytest.param(
        "欧阳某某代表李某代表：", [("欧阳某某", "代表"), ("李某", "代表")], id="glued-long-name"
    ),
    pytest.param("王某同志李某同志：", [("王某", "同志"), ("李某", "同志")], id="glued-courtesy"),
]

# the last name's role lost with the blank before it, as a list parted by 、 may write it
# (王某代表、李某：): the role the pairs' own
BARE_LAST = [
    pytest.param("王某代表 李某：", [("王某", "代表"), ("李某", "代表")], id="bare-last"),
    pytest.param("王某代表  李某某：", [("王某", "代表"), ("李某某", "代表")], id="bare-last-gap"),
    pytest.param(
        "王某代表 李某代表 赵某：",
        [("王某", "代表"), ("李某", "代表"), ("赵某", "代表")],
        id="bare-last-of-three",
    ),
    pytest.param(
        "王某代表 欧阳某某：", [("王某", "代表"), ("欧阳某某", "代表")], id="bare-last-compound"
    ),
    pytest.param("王某代表李某：", [("王某", "代表"), ("李某", "代表")], id="bare-last-glued"),
]

NOT_PAIRS = [
    pytest.param("王某代表李：", [("王某代表李", None)], id="glued-surname-alone"),
    pytest.param("王某代表办公室：", [("王某代表办公室", None)], id="glued-office"),
    pytest.param("王某 代表：", [("王某", "代表")], id="one-blank-before-role"),
    pytest.param("王  某代表：", [("王某", "代表")], id="padded-name"),
    pytest.param("王小明代表：", [("王小明", "代表")], id="one-name"),
    pytest.param("欧阳小明委员：", [("欧阳小明", "委员")], id="one-compound-surname"),
    pytest.param(
        "某镇代表团李某代表：", [("某镇代表团", None), ("李某", "代表")], id="body-then-person"
    ),
    pytest.param(
        "民盟某市委员会王某委员：", [("民盟某市委员会", None), ("王某", "委员")], id="committee"
    ),
    # a body of three, its place's level and 人大 or 政协, as 某县政协 is read
    pytest.param(
        "县政协孙明达委员：", [("县政协", None), ("孙明达", "委员")], id="level-body-then-person"
    ),
    pytest.param("市人大周某代表：", [("市人大", None), ("周某", "代表")], id="level-body-two"),
    pytest.param(
        "县政协、孙明达委员：", [("县政协", None), ("孙明达", "委员")], id="level-body-listed"
    ),
    pytest.param("县政协委员孙明达：", [("孙明达", "县政协委员")], id="role-before-the-name"),
]


@pytest.mark.parametrize(("salutation", "expected"), PAIRS + BARE_LAST + NOT_PAIRS)
def test_pairs_apart_are_one_salutation(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    title, written, addressees = _read(salutation)
    assert title == TITLE
    assert written is not None and written.replace(" ", "") == salutation.replace(" ", "")
    assert addressees == expected


def test_a_pair_then_the_opening_after_a_blank_is_no_list() -> None:
    text = (
        TITLE
        + "\n王某代表 您提出的建议收悉，现答复如下：\n感谢您的关心。\n某市交通局\n2024年6月1日\n"
    )
    record = parse_text(text, keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]


def test_a_pair_then_a_label_after_a_blank_is_no_list() -> None:
    text = (
        TITLE
        + "\n王某代表 联系人：李某\n您提出的建议收悉，现答复如下：\n感谢您的关心。\n某市交通局\n"
        + "2024年6月1日\n"
    )
    record = parse_text(text, keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]


# The same list written without its colon, its bare last name ending the line: one
# salutation, as written, the role read the pairs' (a pair then the opening after a blank
# is no list: test_a_pair_then_the_opening_after_a_blank_is_no_list)
WITHOUT_COLON = [
    pytest.param("王某代表 李某", [("王某", "代表"), ("李某", "代表")], id="blank"),
    pytest.param("王某代表、李某", [("王某", "代表"), ("李某", "代表")], id="dun"),
    pytest.param("王某代表李某", [("王某", "代表"), ("李某", "代表")], id="glued"),
    pytest.param(
        "王某代表 李某代表 赵某",
        [("王某", "代表"), ("李某", "代表"), ("赵某", "代表")],
        id="three",
    ),
    pytest.param("王某代表 联系人", [("王某", "代表")], id="a-label-after-no-name"),
]


@pytest.mark.parametrize(("salutation", "expected"), WITHOUT_COLON)
def test_pairs_with_a_bare_last_and_no_colon(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    text = LETTER.format(s=salutation).replace("您提出", "您们提出")
    record = parse_text(text, keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == expected
