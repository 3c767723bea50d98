"""Closing lines a printed page laid out over two lines: a 抄送 list wrapped in the middle
of a body's name, and a contact table's second row (a person and a phone, label cells
blank). Each is a closing line: the signature above it is still read."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import Kind, cc_list_end, kind
from replyparse.textview import TextView

BODY = "关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "                某县水务局\n              2023年5月8日\n"

# (抄送 lines under the signature, cc list): a full line wrapped in the middle of a name
WRAPPED_CC = [
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财\n      政局。", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="rest-ends-with-full-stop"),
    pytest.param("抄送：市人大常委会教育科学文化卫生工作委员会，市人民\n政府督查室。", ["市人大常委会教育科学文化卫生工作委员会", "市人民政府督查室"], id="rest-flush-left"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会、县人民政府督\n查室、县发展改革局", ["县人大常委会代表选举联络工作委员会", "县人民政府督查室", "县发展改革局"], id="rest-with-a-separator-no-stop"),
    pytest.param("抄报：州人大常委会代表选举联络工作委员会，州人民政府办公室，州财\n政局，州发展和改革委员会，州自然资源局，州生态环境局，州农业农\n村局。", ["州人大常委会代表选举联络工作委员会", "州人民政府办公室", "州财政局", "州发展和改革委员会", "州自然资源局", "州生态环境局", "州农业农村局"], id="three-lines"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财\n      政局。\n某县水务局办公室          2023年5月8日印发", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="then-the-印发-line"),
]  # fmt: skip

# (抄送 lines, cc list): lines under a list that are no rest of it
NOT_WRAPPED_CC = [
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财政局\n联系人：王某，电话：0000-5550123", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="a-label-below"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财政局\n办理结果：已解决，列入计划。", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="an-unknown-label-below"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财政局\n（此件公开发布，共印十份。）", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="a-bracketed-note-below"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财政局\n某县水务局办公室  2023年5月8日印发。", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="the-印发-line-below"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财政局。\n县水务局办公室，县档案馆。", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="the-list-ended-with-its-stop"),
    pytest.param("抄送：县人大常委会代表选举联络工作委员会，县人民政府办公室，县财政局\n共印十份", ["县人大常委会代表选举联络工作委员会", "县人民政府办公室", "县财政局"], id="no-stop-no-separator-below"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), WRAPPED_CC)
def test_a_wrapped_cc_list_is_read_whole(lines: str, expected: list[str]) -> None:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    assert letter.cc == expected
    assert (letter.signature.issuer, letter.signature.date) == ("某县水务局", "2023-05-08")


@pytest.mark.parametrize(("lines", "expected"), NOT_WRAPPED_CC)
def test_a_line_under_a_cc_list_that_is_no_rest_of_it(lines: str, expected: list[str]) -> None:
    assert parse_text(BODY + SIGNED + lines + "\n").cc == expected


# (contact lines under the signature, the contacts read): a second row names a person and a
# phone alone, its label cells blank
CONTACT_ROWS = [
    pytest.param("联系人：刘某          联系电话：0000-5550123\n        黄某                  13900001234", [("刘某", "0000-5550123"), ("黄某", "13900001234")], id="labels-then-a-row"),
    pytest.param("联系人：刘某  0000-5550123\n        黄某  13900001234", [("刘某", "0000-5550123"), ("黄某", "13900001234")], id="bare-phones"),
    pytest.param("联系人：刘某              联系电话：0000-5550123\n          黄某某                    0000-5550124\n          欧阳某                    0000-5550125", [("刘某", "0000-5550123"), ("黄某某", "0000-5550124"), ("欧阳某", "0000-5550125")], id="three-rows"),
    pytest.param("联系人：刘某  联系电话：0000-5550123\n黄某    （0000-5550124）", [("刘某", "0000-5550123"), ("黄某", "0000-5550124")], id="bracketed-phone-row"),
    pytest.param("联系人：刘某\n联系电话：0000-5550123\n黄某    13900001234", [("刘某", "0000-5550123"), ("黄某", "13900001234")], id="under-the-phone-line"),
]  # fmt: skip

# (lines under the signature, the contacts read): a person and a phone that are no row of a
# contact table
NOT_CONTACT_ROWS = [
    pytest.param("黄某    13900001234", [], id="under-the-date"),
    pytest.param("抄送：县人大选工委。\n黄某    13900001234", [], id="under-the-cc-list"),
    pytest.param("附件：联系人名单\n黄某    13900001234", [], id="under-a-line-naming-contacts-without-a-label"),
    pytest.param("联系人：刘某  联系电话：0000-5550123\n\n抄送：县人大选工委。\n黄某    13900001234", [("刘某", "0000-5550123")], id="not-right-under-the-contact"),
    pytest.param("联系人：刘某  联系电话：0000-5550123\n黄某    13900001234    备注", [("刘某", "0000-5550123")], id="a-third-cell"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), CONTACT_ROWS)
def test_a_contact_row_is_a_contact(lines: str, expected: list[tuple[str, str]]) -> None:
    letter = parse_text(BODY + SIGNED + "\n" + lines + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == expected
    assert (letter.signature.issuer, letter.signature.date) == ("某县水务局", "2023-05-08")


@pytest.mark.parametrize(("lines", "expected"), NOT_CONTACT_ROWS)
def test_a_person_and_phone_that_is_no_contact_row(
    lines: str, expected: list[tuple[str, str]]
) -> None:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == expected


# (a closing line, its kind): a person and a phone alone is a closing line; near misses
ROW_KINDS = [
    pytest.param("黄某        13900001234", Kind.OTHER, id="person-and-mobile"),
    pytest.param("欧阳某某    0000-5550124", Kind.OTHER, id="two-character-surname"),
    pytest.param("黄某13900001234", None, id="no-gap-is-one-part"),
    pytest.param("工作        13900001234", None, id="no-surname"),
    pytest.param("黄某    13900001234    已办结", None, id="a-third-part"),
    pytest.param("某县水务局    13900001234", None, id="an-office-is-no-person"),
    pytest.param("黄某    第1390号", None, id="no-phone"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), ROW_KINDS)
def test_a_row_of_a_person_and_a_phone(line: str, expected: Kind | None) -> None:
    view = TextView(line + "\n")
    assert kind(view, view.lines[0]) is expected


@pytest.mark.parametrize(("lines", "expected"), NOT_WRAPPED_CC)
def test_a_cc_list_ends_on_its_own_line(lines: str, expected: list[str]) -> None:
    view = TextView(lines + "\n")
    assert cc_list_end(view.content_lines, 0) == 0


@pytest.mark.parametrize(("lines", "expected"), WRAPPED_CC)
def test_a_wrapped_cc_list_ends_on_its_last_line(lines: str, expected: list[str]) -> None:
    view = TextView(lines + "\n")
    last = max(i for i, line in enumerate(view.content_lines) if "印发" not in line.text)
    assert cc_list_end(view.content_lines, 0) == last
