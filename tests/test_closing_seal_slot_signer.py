"""The signer written under the signed date with a slot's label between or before it: a seal
slot left empty (单位负责人盖章：) or a handling unit's label alone (承办单位：) over the
authority's name, or the slot's label with the name as its value (单位负责人盖章：某局,
单位负责人签章：某局). The name signs, as where it stands right under the date, in the copy as
written and flattened (an earlier round read the date and no signer)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

HEAD = (
    "甲山县交通局关于县人大第九届二次会议第12号建议的答复\n"
    "王某代表：\n"
    "您提出的关于修缮村道的建议收悉，现答复如下：\n"
    "我局已安排资金修缮道路。\n"
    "感谢您对我县交通工作的关注！\n"
    "2099年5月6日\n"
)

TAILS = [
    pytest.param("单位负责人盖章：\n甲山县交通局\n", id="seal-slot-over-name"),
    pytest.param("单位盖章：\n甲山县交通局\n", id="unit-seal-slot-over-name"),
    pytest.param("承办单位：\n甲山县交通局\n", id="handler-label-over-name"),
    pytest.param("单位负责人盖章：甲山县交通局\n", id="seal-slot-with-name"),
    pytest.param("单位负责人签章：甲山县交通局\n", id="signed-slot-with-name"),
    pytest.param("单位负责人签章：\n承办单位：甲山县交通局\n", id="signed-slot-over-handler"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("tail", TAILS)
def test_name_under_a_slot_signs(tail: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + tail), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县交通局", "2099-05-06")
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_a_person_in_the_slot_signs_nothing(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + "单位负责人盖章：王某\n"), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (None, "2099-05-06")
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_page_tools_after_the_handler_leave_the_signer(flatten: Callable[[str], str]) -> None:
    """The page's tools and its links' heading run on after the closing's last row (扫一扫…,
    上一篇, 下一篇, 相关文章; glued in a copy that lost its line breaks, the heading glued
    after the next article's link) are the page's: the units the row names sign."""
    tail = (
        "单位负责人盖章：\n承办单位：甲山县交通局、乙河镇人民政府\n"
        "扫一扫在手机上打开页面\n上一篇\n下一篇\n相关文章\n"
    )
    letter = parse_text(flatten(HEAD + tail), keywords=False)
    assert letter.signature.issuer == "甲山县交通局、乙河镇人民政府"
    assert letter.signature.date == "2099-05-06"
    assert span_problems(letter) == []


# (left74b) the 版记 under the slot (抄送：…, a 印发 line): the imprint is the letter's last
# part, so the name under an empty slot's label still closes the signature; flattened, the
# label and the name are one row (承办单位：某局) with the 抄送 list after it, and that row
# signs as where it is the closing's last (an earlier round signed it only in the lined copy).
IMPRINTS = [
    pytest.param("抄送：甲山县人大常委会选举任免联络工作委员会\n", id="cc"),
    pytest.param(
        "抄送：甲山县人大常委会选举任免联络工作委员会\n甲山县交通局办公室  2099年5月7日印发\n",
        id="cc-and-printed",
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("slot", ["承办单位：\n", "单位负责人盖章：\n"])
@pytest.mark.parametrize("imprint", IMPRINTS)
def test_the_imprint_under_a_slot_leaves_its_signer(
    slot: str, imprint: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(HEAD + slot + "甲山县交通局\n" + imprint), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县交通局", "2099-05-06")
    assert letter.cc == ["甲山县人大常委会选举任免联络工作委员会"]
    assert span_problems(letter) == []


# A row of notes under the handler's (a contact's) is no imprint: the handler is a note then.
@pytest.mark.parametrize("flatten", COPIES)
def test_a_contact_under_the_handler_leaves_no_signer(flatten: Callable[[str], str]) -> None:
    tail = "承办单位：甲山县交通局\n联系人：李小明\n"
    letter = parse_text(flatten(HEAD + tail), keywords=False)
    assert letter.signature.issuer is None
