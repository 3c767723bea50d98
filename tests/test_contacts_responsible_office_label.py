"""The office that answers given after a 责任 label (``责任科室：``, ``责任处室：``,
``责任单位：``), a 负责 one (``负责科室：``, ``负责部门：``) or a 主办 one (``主办科室：``,
``主办处室：``; not 主办单位, a signer's label), as after 承办科室 or 经办处室: the contact's ``org``, on the contact's line,
above it or after it. Such a label in the body's sentences, or with no person or phone
near it, gives no contact."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第33号建议的答复\n钱某代表：\n"
    "　　您提出的关于完善农村客运的建议收悉，现答复如下：\n"
    "　　我局将优化班线。感谢您对交通工作的支持。\n"
)
SIGNED = "某县交通运输局\n2024年7月3日\n"

Row = tuple[str | None, str | None, str | None]

# (the contact lines under the date, [(name, org, phone)])
READ = [
    pytest.param("责任科室：运输股\n联系人：郑某  联系电话：0000-5550131",
                 [("郑某", "运输股", "0000-5550131")], id="own-line-above"),
    pytest.param("联系人：郑某  联系电话：0000-5550131  责任科室：运输股",
                 [("郑某", "运输股", "0000-5550131")], id="after-on-the-line"),
    pytest.param("责任处室：综合运输处  联系人：郑某  电话：0000-5550131",
                 [("郑某", "综合运输处", "0000-5550131")], id="before-on-the-line"),
    pytest.param("责任单位：县交通运输局运输股\n联系人：郑某\n联系电话：0000-5550131",
                 [("郑某", "县交通运输局运输股", "0000-5550131")], id="unit-lines"),
    pytest.param("（责任股室：运输股；联系人：郑某；联系电话：0000-5550131）",
                 [("郑某", "运输股", "0000-5550131")], id="in-brackets"),
    pytest.param("责任部门：县交通运输局  联系电话：0000-5550131",
                 [(None, "县交通运输局", "0000-5550131")], id="office-and-phone"),
    pytest.param("负责科室：运输股\n联系人：郑某\n联系电话：0000-5550131",
                 [("郑某", "运输股", "0000-5550131")], id="负责-own-line-above"),
    pytest.param("主办科室：运输股  联系人：郑某  联系电话：0000-5550131",
                 [("郑某", "运输股", "0000-5550131")], id="主办-before-on-the-line"),
    pytest.param("联系人：郑某  电话：0000-5550131  主办处室：综合运输处",
                 [("郑某", "综合运输处", "0000-5550131")], id="主办处室-after"),
    pytest.param("负责部门：县交通运输局  联系电话：0000-5550131",
                 [(None, "县交通运输局", "0000-5550131")], id="负责-office-and-phone"),
]  # fmt: skip

# a 责任 label that gives no contact
NOT_READ = [
    pytest.param(HEAD.replace("我局将优化班线。", "我局将明确责任单位：由县运输公司牵头，各乡镇配合。")
                 + SIGNED, id="in-a-sentence"),
    pytest.param(HEAD + "　　责任单位：县交通运输局，完成时限：2024年底。\n" + SIGNED,
                 id="a-plan-row-in-the-body"),
    pytest.param(HEAD + SIGNED + "责任科室：运输股", id="no-person-or-phone"),
    pytest.param(HEAD + SIGNED + "主办科室：运输股", id="主办-no-person-or-phone"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), READ)
def test_a_responsible_office_is_the_contact_org(lines: str, expected: list[Row]) -> None:
    record = parse_text(HEAD + SIGNED + lines + "\n")
    assert [(c.name, c.org, c.phone) for c in record.contacts] == expected
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-07-03")
    assert span_problems(record) == []


@pytest.mark.parametrize("text", NOT_READ)
def test_a_responsible_label_without_a_contact_gives_none(text: str) -> None:
    record = parse_text(text + "\n")
    assert record.contacts == []
