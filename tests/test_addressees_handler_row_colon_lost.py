"""A form's row naming the unit that handles the item with its colon lost, the unit and the
salutation's names run together on its line (``承办单位某县住建局周小岚代表：``): the unit is the
row's value, the handler, so the addressee is the person alone; the salutation string keeps
the unit, as left68 decided (left69; an earlier round read the unit as an addressee, role
null, and in a glued copy kept the label in the title). With no label before it, a body
addressed before a deputy stays an addressee."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "关于修缮村道的建议的答复"
REPLY = (
    "您提出的关于修缮村道的建议收悉，现答复如下：\n我局已将该路段列入今年养护计划。\n"
    "感谢您对住建工作的关心。\n乙河县住建局\n2099年5月1日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row", ["承办单位乙河县住建局周小岚代表：", "主办单位甲山县住建局周小岚代表："]
)
def test_the_unit_after_a_label_that_lost_its_colon_is_no_addressee(
    row: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(f"{TITLE}\n{row}\n{REPLY}"), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]
    assert letter.title == TITLE
    assert letter.salutation == row[4:]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_body_before_a_deputy_with_no_label_stays_an_addressee(
    flatten: Callable[[str], str],
) -> None:
    letter = parse_text(flatten(f"{TITLE}\n乙河县供电公司周小岚代表：\n{REPLY}"), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [
        ("乙河县供电公司", None),
        ("周小岚", "代表"),
    ]
