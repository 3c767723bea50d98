"""A form's row naming the unit that handles the item (承办单位：某局, 主办单位：, 协办部门：)
with the salutation's names after it on its line (``承办单位：某县住建局 周小岚代表：``): the
unit is the row's value, the handler, no one the letter answers; the salutation is the names
after it, as where the row stands on a line of its own (decided, left68). Snippets are
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

REPLY = (
    "您提出的关于修缮村道的建议收悉，现答复如下：\n我局已将该路段列入今年养护计划。\n"
    "感谢您对住建工作的关心。\n东坪县住建局\n2099年5月1日\n"
)


def _letter(row: str) -> str:
    return f"关于修缮村道的建议的答复\n案由：关于修缮村道的建议\n{row}\n{REPLY}"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row",
    [
        pytest.param("承办单位：东坪县住建局 周小岚代表：", id="handling-unit"),
        pytest.param("主办单位：东坪县住建局 周小岚代表：", id="main-unit"),
        pytest.param("协办部门：东坪县财政局 周小岚代表：", id="helping-office"),
        pytest.param("承办单位：东坪县住建局、东坪县财政局 周小岚代表：", id="two-units"),
    ],
)
def test_a_handling_units_row_names_no_addressee(row: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(_letter(row)), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]
    assert letter.salutation == "周小岚代表："


def test_the_row_on_a_line_of_its_own_reads_as_before() -> None:
    letter = parse_text(_letter("承办单位：东坪县住建局\n周小岚代表："), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]


def test_a_body_addressed_before_a_deputy_with_no_row_label_stays_one() -> None:
    # (no label before it: a deputy's employer, the body and then the person, left64)
    letter = parse_text(_letter("东坪县供电公司 周小岚代表："), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [
        ("东坪县供电公司", None),
        ("周小岚", "代表"),
    ]
