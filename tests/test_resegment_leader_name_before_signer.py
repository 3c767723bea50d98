"""A leader's row (``责任人：王某``, ``签发人：``, ``分管领导：``) over the signer, in a copy glued
with nothing between its lines (``…联系电话：0000-5550123责任人：王某甲山县交通运输局2024年
5月20日``): the person's name ends before the unit, which signs, as after a contact's person
label (an earlier round read ``王某甲山县交通运输局`` as the signer and the contact's unit).
Snippets in our own words, invented names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

HEAD = "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "rows",
    [
        pytest.param("联系人：李小明\n联系电话：0000-5550123\n责任人：王某\n", id="responsible-under-phone"),
        pytest.param("联系人：李小明\n联系电话：0000-5550123\n负责人：王小明\n", id="in-charge"),
        pytest.param("联系人：李小明\n联系电话：0000-5550123\n分管领导：欧阳小明\n", id="leader-compound-surname"),
        pytest.param("签发人：王某\n", id="signed-off-alone"),
    ],
)  # fmt: skip
def test_the_unit_signs_after_the_leaders_name(rows: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + rows + "甲山县交通运输局\n2024年5月20日\n"), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县交通运输局", "2024-05-20")
    assert all(c.org is None for c in letter.contacts)
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("unit", ["王山县交通运输局", "林山县交通运输局"])
def test_a_unit_whose_place_opens_with_a_surname_stays_whole(
    unit: str, flatten: Callable[[str], str]
) -> None:
    # (the label's value left empty, the unit signing under it: its place is no person)
    letter = parse_text(flatten(HEAD + f"责任人：\n{unit}\n2024年5月20日\n"), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (unit, "2024-05-20")
    assert span_problems(letter) == []
