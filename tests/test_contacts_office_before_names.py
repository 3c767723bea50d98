"""An office written once before a contact value's list of names (``联系人：办公室 王某、
李某``) is every one's org, as an office label's value over the list is; an office written
after one name in brackets (``王某（办公室）、李某``) stays that name's alone, and a label's
office is not overridden. Each name after an office of its own (``办公室 王某、财务科 李某``,
glued or not) has that office, and no name is dropped."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于区四届人大三次会议第17号建议的答复\n吴某代表：\n"
    "　　您提出的关于改造老旧小区管网的建议收悉，现答复如下：\n"
    "　　我局已将管网改造纳入今年计划。感谢您的支持。\n"
    "某区住房和城乡建设局\n2024年5月6日\n"
)

# (the contact lines, each contact as (name, org, phone))
SHARED = [
    pytest.param(
        "联系人：办公室 郑某、冯某\n联系电话：0000-5550161\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", "办公室", "0000-5550161")],
        id="two-names-one-phone",
    ),
    pytest.param(
        "联系人：综合科郑某、冯某、陈某\n联系电话：0000-5550161\n",
        [("郑某", "综合科", "0000-5550161"), ("冯某", "综合科", "0000-5550161"),
         ("陈某", "综合科", "0000-5550161")],
        id="glued-three-names",
    ),
    pytest.param(
        "联系人：办公室 郑某，0000-5550161；冯某，0000-5550162\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", "办公室", "0000-5550162")],
        id="a-phone-each",
    ),
]  # fmt: skip

# each name after its own office (办公室 郑某、财务科 冯某): each office that name's alone
EACH_OWN = [
    pytest.param(
        "联系人：办公室 郑某、财务科 冯某\n联系电话：0000-5550161\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", "财务科", "0000-5550161")],
        id="spaced-each-office",
    ),
    pytest.param(
        "联系人：办公室郑某、财务科冯某\n联系电话：0000-5550161\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", "财务科", "0000-5550161")],
        id="glued-each-office",
    ),
    pytest.param(
        "联系人：办公室 郑某，0000-5550161；财务科 冯某，0000-5550162\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", "财务科", "0000-5550162")],
        id="each-office-each-phone",
    ),
    pytest.param(
        "联系人：办公室 郑某 0000-5550161、财务科 冯某 0000-5550162\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", "财务科", "0000-5550162")],
        id="each-office-phone-gapped",
    ),
]  # fmt: skip

# near misses: an office that is one person's, or a label's office over the list
OWN = [
    pytest.param(
        "联系人：郑某（办公室）、冯某\n联系电话：0000-5550161\n",
        [("郑某", "办公室", "0000-5550161"), ("冯某", None, "0000-5550161")],
        id="bracketed-after-one-name",
    ),
    pytest.param(
        "联系单位：某区住建局办公室\n联系人：郑某、冯某\n联系电话：0000-5550161\n",
        [("郑某", "某区住建局办公室", "0000-5550161"), ("冯某", "某区住建局办公室", "0000-5550161")],
        id="label-office",
    ),
    pytest.param(
        "联系人：郑某、冯某\n联系电话：0000-5550161\n",
        [("郑某", None, "0000-5550161"), ("冯某", None, "0000-5550161")],
        id="no-office",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "contacts"), SHARED + EACH_OWN + OWN)
def test_office_before_the_names(lines: str, contacts: list[tuple[str, str | None, str]]) -> None:
    record = parse_text(HEAD + lines)
    assert [(c.name, c.org, c.phone) for c in record.contacts] == contacts
    assert record.signature.issuer == "某区住房和城乡建设局"
