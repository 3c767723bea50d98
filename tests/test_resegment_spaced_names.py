"""A salutation's name a typist spaced out to a form's width (``王 小 明代表：``), on its
own line or after a label's cell on the same line (``办理情况： 王 小 明代表：``): one
person, whole. A name whose middle character is a body's ending (社, 局, 院) is no body
(``王 社 明代表：`` is no salutation ``王社`` with a name after it), and a label's value
before the blank is no value when the characters after the label are one spaced name
(pert65b). Names, places and text invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "对某县十三届人大五次会议第35号建议的答复函\n\n"
_BODY = "\n\n    您提出的《关于修缮某村便桥的建议》收悉，现答复如下：已列入今年计划。\n\n某县交通运输局\n2024年5月6日\n"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        pytest.param("  王 社 明代表:", "王社明", id="middle-is-a-body-ending"),
        pytest.param("  赵 局 峰委员：", "赵局峰", id="middle-is-another-ending"),
        pytest.param("办理情况: 王 小 明代表:", "王小明", id="after-a-label"),
        pytest.param("办理情况：陈  锦代表：", "陈锦", id="two-padded-after-a-label"),
        pytest.param("王 小 明代表：", "王小明", id="alone"),
    ],
)
def test_a_spaced_name_is_one_person(line: str, name: str) -> None:
    letter = parse_text(_TITLE + line + _BODY, keywords=False)
    assert [a.name for a in letter.addressees] == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a label's value, then the names after a blank: the value stays the label's
        pytest.param("签发人：张某  李小明代表：", "李小明", id="value-then-names"),
        # a body spoken to, its name not spaced out
        pytest.param("某县供销合作社：", "某县供销合作社", id="a-body"),
    ],
)
def test_values_and_bodies_stay_apart(line: str, name: str) -> None:
    letter = parse_text(_TITLE + line + _BODY, keywords=False)
    assert [a.name for a in letter.addressees] == [name]
